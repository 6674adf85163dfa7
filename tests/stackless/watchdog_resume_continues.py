# Checks: an interrupted tasklet keeps its state: after insert() and another
# run(timeout) it continues counting from where it stopped.
import stackless
state = {"n": 0, "starts": 0}
def counter():
    state["starts"] += 1
    while True:
        state["n"] += 1
t = stackless.tasklet(counter)()
v1 = stackless.run(300)
n1 = state["n"]
t.insert()
v2 = stackless.run(300)
n2 = state["n"]
print(v1 is t, v2 is t, n2 > n1 > 0, state["starts"])
t.kill()
