# Checks: operations that do not switch are allowed under the switch trap:
# schedule() with only the current tasklet runnable, switching to oneself, and
# a receive from a waiting sender (preference -1: the receiver continues).
import stackless
ch = stackless.channel()
def s():
    ch.send("v")
    print("sender finished")
t = stackless.tasklet(s)()
t.run()
stackless.switch_trap(1)
print(stackless.schedule(5))
stackless.current.switch()
print(ch.receive())
stackless.switch_trap(-1)
stackless.run()
print("ok")
