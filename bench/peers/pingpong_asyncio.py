# Peer of bench/pingpong.py: two asyncio tasks bounce a counter over two channels.
import asyncio, time, sys
from aiochannel import Channel
M = int(sys.argv[1]) if len(sys.argv) > 1 else 500000

async def main():
    a = Channel(); b = Channel()
    async def ping():
        for i in range(M):
            await a.send(i)
            await b.receive()
    async def pong():
        for i in range(M):
            await a.receive()
            await b.send(i)
    t0 = time.perf_counter()
    await asyncio.gather(ping(), pong())
    t1 = time.perf_counter()
    print("pingpong M=%d transfers=%d s=%.4f ns_per_transfer=%.1f" % (M, 2 * M, t1 - t0, (t1 - t0) * 1e9 / (2 * M)))

asyncio.run(main())
