"""A minimal greenlet scheduler (round-robin hub) and rendezvous channel,
the peers of stackless.tasklet / stackless.channel in the benchmarks."""
from collections import deque
from greenlet import greenlet, getcurrent

ready = deque()  # (greenlet, args) to switch to, in order


def _loop():
    while ready:
        g, args = ready.popleft()
        g.switch(*args)


_hub = greenlet(_loop)


def hub():
    """The scheduler greenlet (a fresh one once the last run finished)."""
    global _hub
    if _hub.dead:
        _hub = greenlet(_loop)
    return _hub


def spawn(fn, *args):
    ready.append((greenlet(fn, parent=hub()), args))


def schedule():
    ready.append((getcurrent(), ()))
    hub().switch()


def run():
    hub().switch()


class Channel:
    __slots__ = ("senders", "receivers")

    def __init__(self):
        self.senders = deque()    # (greenlet, value)
        self.receivers = deque()  # greenlets

    def send(self, value):
        if self.receivers:
            # Like Stackless's default preference: the receiver runs first.
            ready.append((getcurrent(), ()))
            self.receivers.popleft().switch(value)
            return
        self.senders.append((getcurrent(), value))
        hub().switch()

    def receive(self):
        if self.senders:
            g, value = self.senders.popleft()
            ready.append((g, ()))
            return value
        self.receivers.append(getcurrent())
        return hub().switch()
