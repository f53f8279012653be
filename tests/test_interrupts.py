"""Signals held back over a step that must not be cut in half, in this (real) process."""

import os
import signal
import threading
import time

from kgraph.interrupts import held


def test_a_signal_in_a_held_block_arrives_after_it_though_another_thread_takes_it():
    # A thread that does not block the signal, as libraries start them: the kernel may hand it the signal.
    idle = threading.Event()
    other = threading.Thread(target=idle.wait)
    other.start()
    seen = []
    previous = signal.signal(signal.SIGTERM, lambda number, frame: seen.append("handled"))
    try:
        with held():
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(0.2)  # a handler let through runs here
            seen.append("block done")
        seen.append("after")
    finally:
        signal.signal(signal.SIGTERM, previous)
        idle.set()
        other.join()
    assert seen == ["block done", "handled", "after"]
