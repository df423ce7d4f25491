"""Pause the cyclic garbage collector while a page is decoded into records.

A 1,000-record page becomes tens of thousands of dicts and model objects that all survive; the collector,
triggered by the allocations alone, walks them again and again and frees nothing (measured: about a third of
typed page parsing, see benchmarks/run.py). Pausing it for that block only is the usual remedy for bulk
decoding. It is left alone when something else already turned it off, and turned back on afterwards.

Safe for memory because nothing a page leaves behind needs the collector: the client releases each read
response's stream (``client._release_stream``), so page bodies are freed by reference counting.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
