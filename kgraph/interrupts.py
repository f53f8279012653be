"""Hold Ctrl-C and SIGTERM back while a step that must not be cut in half runs."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["held"]

_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def held() -> Iterator[None]:
    """SIGINT and SIGTERM arrive when the block is done (in the main thread; elsewhere the block runs as it is).

    While it runs, a signal is only noted, then raised again after it. Blocking the
    signals instead would not do: the mask is per thread, and a signal sent to the
    process reaches a thread that does not block it (a library's), whose handler then
    runs in the main thread at once, in the middle of the block.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    noted: list[int] = []
    previous = {number: signal.signal(number, lambda number, frame: noted.append(number)) for number in _SIGNALS}
    try:
        yield
    finally:
        for number, handler in previous.items():  # None: a handler not set from Python, which cannot be put back
            signal.signal(number, signal.SIG_DFL if handler is None else handler)
        for arrived in dict.fromkeys(noted):
            signal.raise_signal(arrived)
