"""Cut-short and invalid-JSON pages from the sandbox, through the shared fault proxy: retried inside the
retry layer, every record yielded once; a page that never comes whole ends in InvalidResponse."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from faultproxy import Fault, FaultProxy

from vismanet_ext import VismaNet
from vismanet_ext.errors import InvalidResponse
from vismanet_ext.sandbox import Sandbox
from vismanet_ext.transports import RetryPolicy

RECORDS = 95
FAST = RetryPolicy(max_attempts=4, backoff_base=0.01, jitter=0.0)


@pytest.fixture
def proxied() -> Iterator[tuple[Sandbox, FaultProxy]]:
    sb = Sandbox(seed=3, sizes={"customer": RECORDS})
    with sb.serve(port=0) as upstream, FaultProxy(upstream) as proxy:
        yield sb, proxy


def _client(sb: Sandbox, proxy: FaultProxy, **kwargs: Any) -> VismaNet:
    return VismaNet(base_url=proxy.url, retry=FAST, **sb.client_kwargs(proxy.url), **kwargs)


@pytest.mark.parametrize("concurrency", [1, 4])
def test_bad_pages_are_refetched_and_every_record_arrives_once(
    proxied: tuple[Sandbox, FaultProxy], concurrency: int
) -> None:
    sb, proxy = proxied
    cut = proxy.add(Fault.truncated_body(method="GET", path=r"/v1/customer\?", every=3))
    garbled = proxy.add(Fault.invalid_json(method="GET", path=r"pageNumber=2\b", times=1))
    with _client(sb, proxy) as vn:
        numbers = [c["number"] for c in vn.paginate("GET /v1/customer", page_size=10, max_concurrency=concurrency)]
    expected = [r["number"] for r in sb.records("customer")]
    assert sorted(numbers) == sorted(expected) and len(numbers) == RECORDS  # none lost, none twice
    assert cut.faulted >= 3 and garbled.faulted == 1


def test_a_page_that_never_comes_whole_is_an_invalid_response(proxied: tuple[Sandbox, FaultProxy]) -> None:
    sb, proxy = proxied
    proxy.add(Fault.invalid_json(method="GET", path=r"pageNumber=3\b"))
    seen: list[str] = []
    with _client(sb, proxy) as vn, pytest.raises(InvalidResponse) as caught:
        for customer in vn.paginate("GET /v1/customer", page_size=10):
            seen.append(customer["number"])
    assert len(seen) == 20  # pages 1 and 2 were yielded before the bad page raised
    err = caught.value
    assert err.status_code == 200 and err.method == "GET" and "pageNumber=3" in err.url
    assert err.retries == FAST.max_attempts - 1
    assert "the body is not JSON" in str(err)
