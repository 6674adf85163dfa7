# Checks: tasklets still runnable when main's code ends never run; a paused
# tasklet's finally block does not run either.
import stackless
def never():
    print("never printed")
def parked():
    try:
        stackless.schedule_remove()
    finally:
        print("finally not expected")
stackless.tasklet(parked)()
stackless.run()
stackless.tasklet(never)()
print("main ends with", stackless.getruncount(), "runnable")
