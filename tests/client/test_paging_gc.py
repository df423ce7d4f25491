"""The cyclic collector is paused while a page is decoded, and left as it was found."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest
from vismanet_client.api.customer import customer_get_all
from vn_loopback import Listing, Loopback, customers

from vismanet_ext import VismaNet, _json
from vismanet_ext._gc import collector_paused


@pytest.fixture
def gc_enabled() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_collector_paused_restores_the_collector(gc_enabled: None) -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_collector_paused_leaves_a_disabled_collector_disabled(gc_enabled: None) -> None:
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


@pytest.mark.parametrize("target", [customer_get_all, "GET /v1/customer"], ids=["typed", "raw"])
def test_pages_are_decoded_with_the_collector_paused(
    loopback: Loopback, monkeypatch: pytest.MonkeyPatch, gc_enabled: None, target: Any
) -> None:
    loopback.route("GET", "/v1/customer", Listing(customers(25), max_page_size=10))
    seen: list[bool] = []
    real = _json.loads  # every body decode goes through it (orjson or the stdlib)

    def loads(s: Any, *args: Any, **kwargs: Any) -> Any:
        value = real(s, *args, **kwargs)
        if isinstance(value, list) and value and isinstance(value[0], dict) and "metadata" in value[0]:
            seen.append(gc.isenabled())
        return value

    monkeypatch.setattr(_json, "loads", loads)
    with VismaNet(base_url=loopback.base_url, token="t", retry=None) as vn:
        assert len(list(vn.paginate(target, page_size=10, max_concurrency=2))) == 25
    assert seen == [False, False, False]
    assert gc.isenabled()


@pytest.mark.parametrize("target", [customer_get_all, "GET /v1/customer"], ids=["typed", "raw"])
def test_a_read_response_is_freed_when_dropped_without_the_collector(
    loopback: Loopback, gc_enabled: None, target: Any
) -> None:
    # httpx binds response.stream to its response (a cycle); the client ends it once the body is read, so a
    # page body goes away with the last reference instead of waiting for the cyclic collector.
    import weakref

    loopback.route("GET", "/v1/customer", Listing(customers(5), max_page_size=10))
    with VismaNet(base_url=loopback.base_url, token="t", retry=None) as vn:
        result = vn.call(target, page_size=10)
        assert result.raw.json()[0]["internalId"] == 1  # still readable after the stream was released
        assert result.raw.content.startswith(b"[")
        gc.collect()
        gc.disable()
        ref = weakref.ref(result.raw)
        del result
        assert ref() is None
