"""Keep peak memory flat however many pages a process reads: glibc's mmap threshold, fixed once.

glibc raises its mmap threshold to the largest block freed so far, so after the first page every
page-sized buffer (a 1.5 MB body, its decoded text) is carved from the heap, where long-lived small objects
pin it and RSS creeps up page after page (``vn.paginate`` of 100,000 customers peaked at 1.65x (raw) and
1.83x (typed) the peak of 10,000; benchmarks/run.py). Setting the threshold explicitly turns that adjustment
off: page buffers are mmapped and given back whole. ``vismanet export`` has always done this; the pager now
does it too, once per process, when the first pager starts.

``VISMANET_TUNE_MEMORY=0`` leaves the allocator alone (an application that tunes malloc itself); calling
`tune_memory` directly applies it at once. Elsewhere than glibc it does nothing.
"""

from __future__ import annotations

import os
import threading

__all__ = ["tune_memory", "tune_memory_once"]

#: glibc's ``M_MMAP_THRESHOLD`` parameter and its default starting value (128 KiB).
_M_MMAP_THRESHOLD = -3
_THRESHOLD = 128 * 1024

_lock = threading.Lock()
_done = False


def tune_memory() -> bool:
    """Fix glibc's mmap threshold at its default (128 KiB), so page-sized buffers go back to the system.

    Returns True when applied, False where there is no glibc ``mallopt`` (macOS, Windows, musl answers 0).
    """
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError, TypeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, _THRESHOLD))


def tune_memory_once() -> None:
    """`tune_memory` the first time a pager starts, unless ``VISMANET_TUNE_MEMORY=0``."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        _done = True
        if os.environ.get("VISMANET_TUNE_MEMORY", "").strip() not in ("0", "false", "no", "off"):
            tune_memory()
