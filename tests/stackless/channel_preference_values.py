# Checks: default preference is -1 and schedule_all 0; the preference setter
# clamps any integer to -1, 0 or 1.
import stackless
ch = stackless.channel()
print(ch.preference, ch.schedule_all)
for v in (5, -7, 0, 1, -1):
    ch.preference = v
    print(v, "->", ch.preference)
ch.schedule_all = True
print(ch.schedule_all)
ch.schedule_all = 0
print(ch.schedule_all)
