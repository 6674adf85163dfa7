# Realistic: an RPC server tasklet; clients send (function, args, reply
# channel) requests and block on their private reply channel. Errors raised
# by the handler are sent back with send_exception.
import stackless
requests = stackless.channel()
def server():
    handlers = {"add": lambda a, b: a + b, "div": lambda a, b: a // b}
    while True:
        name, args, reply = requests.receive()
        if name == "shutdown":
            break
        try:
            reply.send(handlers[name](*args))
        except Exception as e:
            reply.send_exception(type(e), *e.args)
def rpc(name, *args):
    reply = stackless.channel()
    requests.send((name, args, reply))
    return reply.receive()
results = {}
def client(cid, calls):
    out = []
    for name, args in calls:
        try:
            out.append(rpc(name, *args))
        except ZeroDivisionError as e:
            out.append("error: %s" % e)
    results[cid] = out
stackless.tasklet(server)()
stackless.tasklet(client)("A", [("add", (1, 2)), ("div", (7, 0)), ("div", (9, 2))])
stackless.tasklet(client)("B", [("add", (10, 20))])
stackless.run()
print(results["A"])
print(results["B"])
requests.send(("shutdown", (), None))
print("server stopped", stackless.getruncount())
