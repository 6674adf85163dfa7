# Peer of bench/memory.py: N asyncio tasks blocked on rendezvous channels.
import asyncio, sys
from aiochannel import Channel
N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000

async def link(inp, out):
    await out.send(await inp.receive() + 1)

async def main():
    first = Channel()
    inp = first
    tasks = []
    for i in range(N):
        out = Channel()
        tasks.append(asyncio.ensure_future(link(inp, out)))
        inp = out
    await asyncio.sleep(0)  # every task is now blocked in receive()
    blocked = len(first.receivers)
    tasks.append(asyncio.ensure_future(first.send(0)))
    result = await inp.receive()
    assert result == N, result
    print("memory N=%d blocked=%d result=%d" % (N, blocked, result))

asyncio.run(main())
