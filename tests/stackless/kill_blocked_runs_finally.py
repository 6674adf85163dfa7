# Checks: kill() on a tasklet blocked on a channel raises TaskletExit inside
# its receive(); the finally block runs at once, the channel balance goes
# back to 0 and main continues right after kill().
import stackless
ch = stackless.channel()
def f():
    try:
        print("blocking")
        ch.receive()
        print("never")
    finally:
        print("finally runs")
t = stackless.tasklet(f)()
stackless.run()
print("before kill", t.blocked, ch.balance)
t.kill()
print("after kill", t.alive, t.blocked, t.scheduled, ch.balance)
