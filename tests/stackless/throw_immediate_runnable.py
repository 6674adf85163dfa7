# Checks: throw() without pending to a runnable tasklet waiting in schedule():
# the exception is raised there immediately; the tasklet handles it, finishes,
# and main resumes.
import stackless
def f():
    try:
        stackless.schedule()
    except IndexError as e:
        print("f caught IndexError", e)
    print("f finishing")
t = stackless.tasklet(f)()
stackless.schedule()
t.throw(IndexError, "idx")
print("main after throw", t.alive)
