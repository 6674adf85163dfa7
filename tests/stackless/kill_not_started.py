# Checks: killing a tasklet that never ran: its function body (including its
# try/finally) never executes and it is dead afterwards.
import stackless
def f():
    try:
        print("body runs")
    finally:
        print("finally runs")
t = stackless.tasklet(f)()
print(t.alive, t.scheduled)
t.kill()
print(t.alive, t.scheduled, stackless.getruncount())
stackless.run()
print("end")
