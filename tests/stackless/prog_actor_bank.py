# Realistic: an actor owning a bank account serves requests sent to its
# mailbox; each request carries a reply channel. Clients run concurrently;
# withdrawals that would overdraw are refused.
import stackless
mailbox = stackless.channel()
def account():
    balance = 0
    served = 0
    while True:
        op, amount, reply = mailbox.receive()
        if op == "stop":
            reply.send(served)
            return
        served += 1
        if op == "deposit":
            balance += amount
            reply.send(("ok", balance))
        elif op == "withdraw":
            if amount > balance:
                reply.send(("refused", balance))
            else:
                balance -= amount
                reply.send(("ok", balance))
        else:
            reply.send(("balance", balance))
def call(op, amount=0):
    reply = stackless.channel()
    mailbox.send((op, amount, reply))
    return reply.receive()
finals = {}
def client(name, ops):
    statuses = [call(op, amt)[0] for op, amt in ops]
    finals[name] = statuses
stackless.tasklet(account)()
stackless.tasklet(client)("c1", [("deposit", 100), ("withdraw", 30), ("deposit", 5)])
stackless.tasklet(client)("c2", [("deposit", 50), ("withdraw", 20)])
stackless.run()
print(call("balance"))
print("c1", finals["c1"])
print("c2", finals["c2"])
print("served", call("stop"))
