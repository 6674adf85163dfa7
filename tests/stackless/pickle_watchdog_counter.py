# The busy counter: interrupted by the watchdog, pickled while runnable,
# killed, unpickled, inserted and resumed; its count continues where it
# stopped (it never restarts from zero: the loop runs 20000 times in all).
# The state dict is an argument, so the restored tasklet updates the
# restored copy; the original stays as it was when the count stopped
# (whichever instruction of the loop the watchdog stopped at).
import stackless, pickle

state = {"count": 0, "starts": 0, "loops": 0}

def busy(state):
    state["starts"] += 1
    n = 0
    while n < 20000:
        n += 1
        state["loops"] += 1
        state["count"] = n
    print("finished at", n)

t = stackless.tasklet(busy)(state)
victim = stackless.run(500)
print("interrupted", victim is t, t.alive, t.scheduled, 0 < state["count"] < 20000)
at = state["count"]
loops_at = state["loops"]
blob = pickle.dumps((t, state))
t.kill()
print("killed", t.alive)
t2, state2 = pickle.loads(blob)
print("restored", t2.alive, t2.scheduled, state2["count"] == at)
t2.insert()
stackless.run()
print("starts", state2["starts"], "count", state2["count"], "loops", state2["loops"])
print("original untouched", state["count"] == at, state["loops"] == loops_at)
