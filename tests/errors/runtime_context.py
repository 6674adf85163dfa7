try:
    {}["missing"]
except KeyError:
    print("handling")
    None.attribute
