# Peer of bench/yieldloop.py: T asyncio tasks each yield to the loop R times.
import asyncio, time, sys
T = int(sys.argv[1]) if len(sys.argv) > 1 else 100
R = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
count = [0]

async def spin():
    for i in range(R):
        count[0] += 1
        await asyncio.sleep(0)

async def main():
    t0 = time.perf_counter()
    await asyncio.gather(*[spin() for i in range(T)])
    t1 = time.perf_counter()
    assert count[0] == T * R
    print("yieldloop switches=%d s=%.4f ns_per_switch=%.1f" % (T * R, t1 - t0, (t1 - t0) * 1e9 / (T * R)))

asyncio.run(main())
