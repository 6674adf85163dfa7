# Peer of bench/ring.py: N asyncio tasks in a chain of rendezvous channels.
import asyncio, time, sys
from aiochannel import Channel
N = int(sys.argv[1]) if len(sys.argv) > 1 else 100000

async def link(inp, out):
    await out.send(await inp.receive() + 1)

async def main():
    t0 = time.perf_counter()
    first = Channel()
    inp = first
    tasks = []
    for i in range(N):
        out = Channel()
        tasks.append(asyncio.ensure_future(link(inp, out)))
        inp = out
    t1 = time.perf_counter()
    tasks.append(asyncio.ensure_future(first.send(0)))
    result = await inp.receive()
    t2 = time.perf_counter()
    assert result == N, result
    print("ring N=%d result=%d create_s=%.4f pass_s=%.4f total_s=%.4f" % (N, result, t1 - t0, t2 - t1, t2 - t0))

asyncio.run(main())
