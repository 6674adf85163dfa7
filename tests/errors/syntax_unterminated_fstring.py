s = f"abc
