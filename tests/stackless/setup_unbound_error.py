# Checks: setup() on a tasklet without a bound function raises RuntimeError;
# run()/insert() of a bound but not set up tasklet raise RuntimeError too.
import stackless
try:
    stackless.tasklet().setup()
except RuntimeError as e:
    print("RuntimeError:", e)
def f():
    pass
t = stackless.tasklet(f)
try:
    t.run()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.insert()
except RuntimeError as e:
    print("RuntimeError:", e)
