"""Pause the cyclic garbage collector while a page is decoded into records, and skip the pass that follows.

A 1,000-record page becomes tens of thousands of dicts and model objects that all survive; the collector,
triggered by the allocations alone, walks them again and again and frees nothing (measured: about a third of
typed page parsing, see benchmarks/run.py). Pausing it for that block only is the usual remedy for bulk
decoding. It is left alone when something else already turned it off, and turned back on afterwards.

Pausing alone still left one young-generation pass per page: the allocation count is past the threshold when
the collector comes back, so the next allocation walks the whole new page (8-12% of ``paginate`` CPU). So the
page is promoted instead: ``gc.freeze(); gc.unfreeze()`` moves every tracked object to the oldest generation
and resets the counts, without walking anything. The page's objects are then freed by reference counting as
before; what the promotion delays is cyclic garbage that happened to be young at that moment. To keep that
bounded, a full collection runs once ``FULL_COLLECTION_AFTER`` objects have been promoted (about 30 typed or
100 raw 1,000-record pages; a few ms each on a small heap). Nothing is promoted while the application has
frozen objects of its own (``gc.get_freeze_count()``): ``unfreeze`` would thaw them.

Safe for memory because nothing a page leaves behind needs the collector: the client releases each read
response's stream (``client._release_stream``), so page bodies are freed by reference counting.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["FULL_COLLECTION_AFTER", "collector_paused"]

#: Objects promoted (counted as the allocations seen while paused) before a full collection runs.
FULL_COLLECTION_AFTER = 1_000_000

# Pauses may overlap across threads (the retry layer decodes a page in a pager worker while the consumer
# builds the previous page's models): the collector comes back on when the last pause ends, never earlier.
_lock = threading.Lock()
_holders = 0
_paused_by_us = False
_promoted = 0


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
        collect = False
        with _lock:
            _holders -= 1
            if _holders == 0 and _paused_by_us:
                _paused_by_us = False
                collect = _promote_young()
                gc.enable()
        if collect:
            gc.collect()


def _promote_young() -> bool:
    """Move the young generations to the oldest one without a pass; True when a full collection is due."""
    global _promoted
    if gc.get_freeze_count():
        return False  # the application froze objects on purpose (e.g. before fork): unfreeze would thaw them
    _promoted += gc.get_count()[0]
    gc.freeze()
    gc.unfreeze()
    if _promoted < FULL_COLLECTION_AFTER:
        return False
    _promoted = 0
    return True
