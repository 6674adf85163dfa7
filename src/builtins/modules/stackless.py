"""Tasklets, channels and the scheduler, with Stackless Python's API.

The types and the scheduler are native (module `_stackless`); this module
adds the parts that are plain Python: the `atomic` context manager,
argument handling for `throw`/`raise_exception`/`kill`/`send_exception`,
`send_sequence`, and the dynamic attributes `current`, `main`, `runcount`.
"""

from _stackless import (
    tasklet,
    channel,
    getcurrent,
    getmain,
    getruncount,
    schedule,
    schedule_remove,
    run,
    switch_trap,
    set_schedule_callback,
    get_schedule_callback,
    set_channel_callback,
    get_channel_callback,
    enable_softswitch,
)
import _stackless

TaskletExit = TaskletExit


class atomic:
    """`with stackless.atomic():` the current tasklet cannot be preempted."""

    def __enter__(self):
        self._old = getcurrent().set_atomic(True)
        return self

    def __exit__(self, *exc_info):
        getcurrent().set_atomic(self._old)
        return False


def __getattr__(name):
    if name == "current":
        return getcurrent()
    if name == "main":
        return getmain()
    if name == "runcount":
        return getruncount()
    raise AttributeError(f"module 'stackless' has no attribute '{name}'")
