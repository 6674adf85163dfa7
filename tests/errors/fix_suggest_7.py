abcdefghijklmnop = 1
abcdefghijklmnopqrstuvwxyz
