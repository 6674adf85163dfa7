# Checks: iteration ends with StopIteration when the channel is closing and no
# sender is waiting (balance <= 0) at the time __next__ is called. Preference 1
# keeps the sender running: queue R, S. R blocks in __next__/receive; S
# sends 0 (R appended), blocks sending 1; R gets 0 then receives 1 which
# switches to S (pref 1); S blocks sending 2; R gets 1, receive switches to S
# again; S closes and ends; R gets 2; next __next__ sees closing, balance 0.
import stackless
ch = stackless.channel()
ch.preference = 1
def R():
    for x in ch:
        print("R got", x)
    print("R loop ended", ch.closed)
def S():
    for i in range(3):
        print("S sends", i)
        ch.send(i)
    ch.close()
    print("S closed")
stackless.tasklet(R)()
stackless.tasklet(S)()
stackless.run()
