"""Fixtures for the ergonomics tests: a sandbox served on real loopback HTTP and clients pointed at it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from vismanet_ext.client import AsyncVismaNet, VismaNet
from vismanet_ext.sandbox import Sandbox

REPO = Path(__file__).resolve().parents[2]
SHARED_SPEC = REPO.parent / "shared" / "specs" / "vismanet-erp-api-v1-20250424.json"

SIZES = {"customer": 20, "supplier": 5, "customerinvoice": 5, "supplierInvoice": 5, "inventory": 5}


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    sandbox = Sandbox(seed=0, background_delay=None, sizes=SIZES)
    yield sandbox
    sandbox.close()


@pytest.fixture
def base_url(sb: Sandbox) -> Iterator[str]:
    with sb.serve(port=0) as url:
        yield url


@pytest.fixture
def vn(sb: Sandbox, base_url: str) -> Iterator[VismaNet]:
    client = VismaNet(base_url=base_url, log=False, **sb.client_kwargs(base_url))
    yield client
    client.close()


def async_client(sb: Sandbox, base_url: str) -> AsyncVismaNet:
    return AsyncVismaNet(base_url=base_url, log=False, **sb.client_kwargs(base_url))


def api_bodies(sb: Sandbox) -> list[tuple[str, str, int]]:
    """(method, path, status) of the API requests the sandbox saw (token requests left out)."""
    return [(r.method, r.path, r.status) for r in sb.request_log if not r.path.endswith("/connect/token")]


@pytest.fixture(scope="session")
def shared_spec() -> Path:
    if not SHARED_SPEC.is_file():
        pytest.skip(f"Visma's spec is not at {SHARED_SPEC}; this test reads it")
    return SHARED_SPEC
