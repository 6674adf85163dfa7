# custom exceptions with extra attributes, __str__/__repr__, and exception-based control flow
class ValidationError(Exception):
    def __init__(self, field, value, reason):
        self.field, self.value, self.reason = field, value, reason
        super().__init__(field, value, reason)
    def __str__(self):
        return f"{self.field}={self.value!r}: {self.reason}"
class MultiError(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f"{len(errors)} validation errors")
def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValidationError("name", record.get("name"), "required"))
    age = record.get("age")
    if not isinstance(age, int):
        errors.append(ValidationError("age", age, "must be int"))
    elif not 0 <= age <= 150:
        errors.append(ValidationError("age", age, "out of range"))
    email = record.get("email", "")
    if "@" not in email:
        errors.append(ValidationError("email", email, "missing @"))
    if errors:
        raise MultiError(errors)
    return True
records = [{"name": "ann", "age": 30, "email": "a@x.io"}, {"name": "", "age": 200, "email": "bad"},
           {"name": "bob", "age": "old", "email": "b@y"}, {}]
for r in records:
    try:
        print("valid:", validate(r))
    except MultiError as me:
        print(me, me.args)
        for e in me.errors:
            print("   ", e, "|", repr(e), "|", e.field, e.args)
class StopSearch(Exception):
    def __init__(self, where):
        self.where = where
grid = [[1, 2, 3], [4, 42, 6], [7, 8, 42]]
try:
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == 42:
                raise StopSearch((r, c))
except StopSearch as s:
    print("found at", s.where, s.args)
class ErrWithDefault(Exception):
    code = 500
class NotFoundErr(ErrWithDefault):
    code = 404
for cls in (ErrWithDefault, NotFoundErr):
    try:
        raise cls("boom")
    except ErrWithDefault as e:
        print(type(e).__name__, e.code, e)
e = ValidationError("f", 1, "r")
e.extra = "dynamic attribute"
print(e.extra, str(e), isinstance(e, Exception))
