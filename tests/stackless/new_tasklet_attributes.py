# Checks: attributes of a freshly created, scheduled but not yet run tasklet.
import stackless
def f():
    pass
t = stackless.tasklet(f)()
print("alive", t.alive)
print("scheduled", t.scheduled)
print("paused", t.paused)
print("blocked", t.blocked)
print("is_main", t.is_main)
print("is_current", t.is_current)
print("atomic", t.atomic)
print("block_trap", t.block_trap)
print("restorable", t.restorable)
print("prev is main", t.prev is stackless.main, "next is main", t.next is stackless.main)
stackless.run()
