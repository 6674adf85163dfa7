class A:
    nonlocal q
