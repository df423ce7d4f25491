"""tests/perf: correctness of the performance work (same bytes, same values, same collector behaviour)."""

from __future__ import annotations

import sys
from pathlib import Path

# The loopback server of the client tests (a scripted HTTP server on 127.0.0.1).
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "client"))

from collections.abc import Iterator

import pytest
from vn_loopback import Loopback


@pytest.fixture
def loopback() -> Iterator[Loopback]:
    server = Loopback()
    try:
        yield server
    finally:
        server.close()
