# finally blocks run on the way out of an uncaught exception
def inner():
    try:
        print("inner try")
        raise LookupError("missing config")
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    finally:
        print("outer finally")
def safe():
    try:
        return "safe value"
    finally:
        print("safe finally")
print(safe())
try:
    outer()
except KeyError:
    print("wrong handler")
finally:
    print("top-level finally")
print("never printed")
