"""A rendezvous channel for asyncio (send blocks until a receiver takes the
value), the peer of stackless.channel in the benchmarks."""
import asyncio
from collections import deque


class Channel:
    __slots__ = ("senders", "receivers")

    def __init__(self):
        self.senders = deque()    # (future, value) of blocked senders
        self.receivers = deque()  # futures of blocked receivers

    async def send(self, value):
        if self.receivers:
            self.receivers.popleft().set_result(value)
            return
        fut = asyncio.get_running_loop().create_future()
        self.senders.append((fut, value))
        await fut

    async def receive(self):
        if self.senders:
            fut, value = self.senders.popleft()
            fut.set_result(None)
            return value
        fut = asyncio.get_running_loop().create_future()
        self.receivers.append(fut)
        return await fut
