# Realistic: ping-pong between two tasklets over two channels. Each side
# blocks until the other answers, so the exchange strictly alternates. At the
# end pong receives the None from the waiting ping and (preference -1: the
# receiver continues) prints "pong done" before ping resumes.
import stackless
to_pong = stackless.channel()
to_ping = stackless.channel()
def ping(n):
    for i in range(n):
        print("ping", i)
        to_pong.send(i)
        reply = to_ping.receive()
        assert reply == i * 10
    to_pong.send(None)
    print("ping done")
def pong():
    while True:
        v = to_pong.receive()
        if v is None:
            break
        print("pong", v)
        to_ping.send(v * 10)
    print("pong done")
stackless.tasklet(ping)(4)
stackless.tasklet(pong)()
stackless.run()
print("rally over")
