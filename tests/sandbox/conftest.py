"""Fixtures for the sandbox's own tests: a sandbox served on loopback and a
plain httpx client (never our SDK) pointed at it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from vismanet_ext.sandbox import Sandbox

sys.path.insert(0, str(Path(__file__).parent))

from sandbox_support import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sb(clock: FakeClock) -> Iterator[Sandbox]:
    sandbox = Sandbox(seed=0, background_delay=None, clock=clock)
    yield sandbox
    sandbox.close()


@pytest.fixture
def base_url(sb: Sandbox) -> Iterator[str]:
    with sb.serve() as url:
        yield url


@pytest.fixture
def anon(base_url: str) -> Iterator[httpx.Client]:
    """A plain client over real HTTP without credentials."""
    with httpx.Client(base_url=base_url, timeout=10.0) as client:
        yield client


@pytest.fixture
def http(sb: Sandbox, base_url: str) -> Iterator[httpx.Client]:
    """A plain client over real HTTP with a valid bearer token."""
    with httpx.Client(base_url=base_url, headers=sb.auth_headers(), timeout=10.0) as client:
        yield client
