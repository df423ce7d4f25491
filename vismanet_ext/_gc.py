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
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# Pauses may overlap across threads (the retry layer decodes a page in a pager worker while the consumer
# builds the previous page's models): the collector comes back on when the last pause ends, never earlier.
_lock = threading.Lock()
_holders = 0
_paused_by_us = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _holders, _paused_by_us
    with _lock:
        if _holders == 0 and gc.isenabled():
            gc.disable()
            _paused_by_us = True
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _paused_by_us:
                _paused_by_us = False
                gc.enable()
