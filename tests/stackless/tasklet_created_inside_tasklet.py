# Checks: a tasklet created by a running tasklet is inserted at the end of the
# runqueue, i.e. after the tasklets already queued.
import stackless
def child(name):
    print("child", name)
def parent():
    print("parent starts")
    stackless.tasklet(child)("from parent")
    stackless.schedule()
    print("parent resumes")
def other():
    print("other")
stackless.tasklet(parent)()
stackless.tasklet(other)()
stackless.run()
