# uncaught exception raised while handling another (implicit chaining)
def cleanup(resource):
    print("cleaning", resource)
    return resource["handle"]
def process():
    res = {"name": "db"}
    try:
        print("processing")
        raise RuntimeError("connection lost")
    except RuntimeError:
        cleanup(res)
log = []
def audit(msg):
    log.append(msg)
    print("audit:", msg)
audit("start")
process()
