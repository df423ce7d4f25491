"""glibc's mmap threshold, fixed on request: ``VISMANET_TUNE_MEMORY=1`` or `tune_memory()`. Off by default.

glibc raises its mmap threshold to the largest block freed so far, so page-sized buffers (a 1.5 MB body, the
decoder's work space) come from the heap after the first page. Earlier in this project that let RSS creep
page after page (``vn.paginate`` of 100,000 customers peaked at 1.65x/1.83x the peak of 10,000), and both
the pager and ``vismanet export`` fixed the threshold at 128 KiB. Measured again with today's pager
(benchmarks/run.py, 10k/100k/300k customers): without it peak RSS is flat as well (export 1.00-1.02x,
``vn.paginate`` 1.07x at 300k vs 10k, within the 1.1x/1.2x goals; the creep was measured before later pager
changes: lazy models, responses released, no collector pass), while fixing it costs 15-25% of the CPU of an
export or a listing: every buffer above 128 KiB becomes a fresh mmap, and the heap above 128 KiB of free
space is returned and faulted back in on the next page (160,000 page faults for a 100k export instead of
24,000). So it is now opt-in, for an application whose own allocations still make the heap creep.

``VISMANET_TUNE_MEMORY=1`` makes the first pager (and ``vismanet export``/``sync``) apply it once per
process; calling `tune_memory` applies it at once. Elsewhere than glibc it does nothing.
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
    """`tune_memory` the first time a pager starts, when ``VISMANET_TUNE_MEMORY=1`` (read then)."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        _done = True
        if os.environ.get("VISMANET_TUNE_MEMORY", "").strip().lower() in ("1", "true", "yes", "on"):
            tune_memory()
