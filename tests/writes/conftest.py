"""Fixtures for the write-helper tests: a sandbox served on loopback and SDK clients pointed at it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from vismanet_ext.client import AsyncVismaNet, VismaNet
from vismanet_ext.sandbox import Sandbox


class FakeClock:
    """Sandbox time that tests move instead of sleeping (only the sandbox uses it)."""

    def __init__(self, start: float = 1_767_225_600.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sb(clock: FakeClock) -> Iterator[Sandbox]:
    """Background jobs run only when a test calls ``sb.run_background_jobs()``."""
    sandbox = Sandbox(
        seed=0,
        background_delay=None,
        clock=clock,
        sizes={"customer": 20, "supplier": 20, "customerinvoice": 10, "supplierInvoice": 10,
               "customerPayment": 30, "supplierPayment": 30, "salesorder": 10,
               "journaltransaction": 10, "inventory": 10},
    )
    yield sandbox
    sandbox.close()


@pytest.fixture
def base_url(sb: Sandbox) -> Iterator[str]:
    with sb.serve(port=0) as url:
        yield url


def credentials(sb: Sandbox, base_url: str) -> dict[str, Any]:
    """Client-credential keywords for a client talking to ``sb`` at ``base_url``."""
    return dict(sb.client_kwargs(base_url))


def sync_client(sb: Sandbox, base_url: str) -> VismaNet:
    return VismaNet(base_url=base_url, log=False, **credentials(sb, base_url))


def async_client(sb: Sandbox, base_url: str) -> AsyncVismaNet:
    return AsyncVismaNet(base_url=base_url, log=False, **credentials(sb, base_url))


@pytest.fixture
def vn(sb: Sandbox, base_url: str) -> Iterator[VismaNet]:
    client = sync_client(sb, base_url)
    yield client
    client.close()


def api_requests(sb: Sandbox) -> list[tuple[str, str, int]]:
    """(method, path, status) of every API request the sandbox saw, token requests left out."""
    return [(r.method, r.path, r.status) for r in sb.request_log if not r.path.endswith("/connect/token")]
