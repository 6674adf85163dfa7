# Checks: insert() puts a tasklet at the end of the runqueue: after remove()
# and insert(), "a" runs after "b" and "c".
import stackless
def f(name):
    print("run", name)
a = stackless.tasklet(f)("a")
b = stackless.tasklet(f)("b")
c = stackless.tasklet(f)("c")
a.remove()
a.insert()
print(stackless.main.next is b, b.next is c, c.next is a, a.next is stackless.main)
stackless.run()
