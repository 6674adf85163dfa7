# Checks: an uncaught deadlock in main ends the program with a traceback and
# exit status 1; output printed before is kept.
import stackless
ch = stackless.channel()
def helper():
    print("helper ran")
stackless.tasklet(helper)()
stackless.run()
print("about to receive, runcount", stackless.getruncount())
ch.receive()
print("never printed")
