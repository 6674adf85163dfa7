def parse(text):
    try:
        return int(text)
    except ValueError:
        raise KeyError(text)

parse("abc")
