# Checks: when the spinning tasklet is interrupted, tasklets that had not run
# yet stay in the runqueue (runcount 2: main and polite) and run later.
import stackless
def spinner():
    while True:
        pass
def polite():
    print("polite runs")
s = stackless.tasklet(spinner)()
p = stackless.tasklet(polite)()
v = stackless.run(500)
print(v is s, p.scheduled, p.alive, stackless.getruncount())
stackless.run()
print(s.alive, s.scheduled, p.alive)
s.kill()
