"""A rendezvous channel for MicroPython's asyncio, which has no futures:
each blocked sender or receiver waits on its own asyncio.Event. The peer of
stackless.channel (and of ../peers/aiochannel.py) in the wasm table."""
import asyncio


class _Waiter:
    def __init__(self, value):
        self.value = value
        self.event = asyncio.Event()


class Channel:
    def __init__(self):
        self.senders = []    # blocked senders, oldest first
        self.receivers = []  # blocked receivers, oldest first

    async def send(self, value):
        if self.receivers:
            w = self.receivers.pop(0)
            w.value = value
            w.event.set()
            return
        w = _Waiter(value)
        self.senders.append(w)
        await w.event.wait()

    async def receive(self):
        if self.senders:
            w = self.senders.pop(0)
            w.event.set()
            return w.value
        w = _Waiter(None)
        self.receivers.append(w)
        await w.event.wait()
        return w.value
