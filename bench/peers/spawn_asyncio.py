# Peer of bench/spawn.py: create K asyncio tasks that add to a total, run them all.
import asyncio, time, sys
K = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
total = [0]

async def work(i):
    total[0] += i

async def main():
    t0 = time.perf_counter()
    tasks = [asyncio.ensure_future(work(i)) for i in range(K)]
    await asyncio.gather(*tasks)
    t1 = time.perf_counter()
    assert total[0] == K * (K - 1) // 2
    print("spawn K=%d s=%.4f ns_per_tasklet=%.1f" % (K, t1 - t0, (t1 - t0) * 1e9 / K))

asyncio.run(main())
