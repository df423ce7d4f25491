"""No collector pass per page: a paused decode's objects are promoted without a walk, and cycles still go."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from vismanet_client.api.customer import customer_get_all
from vn_loopback import Listing, Loopback, customers

from vismanet_ext import VismaNet, _gc
from vismanet_ext._gc import collector_paused


@pytest.fixture
def collector() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    gc.collect()
    yield
    if gc.get_freeze_count():
        gc.unfreeze()
    if not was:
        gc.disable()


def test_a_paused_block_leaves_no_pass_pending_and_its_objects_in_the_oldest_generation(collector: None) -> None:
    with collector_paused():
        page = [{"id": i, "lines": [i]} for i in range(20_000)]
    assert gc.isenabled()
    assert gc.get_count()[0] < gc.get_threshold()[0]  # without the promotion: 40,000 allocations pending
    assert any(obj is page for obj in gc.get_objects(generation=2))


def test_application_frozen_objects_stay_frozen(collector: None) -> None:
    gc.freeze()
    frozen = gc.get_freeze_count()
    with collector_paused():
        page = [[i] for i in range(5_000)]
    assert gc.get_freeze_count() == frozen
    assert len(page) == 5_000


class Node:
    def __init__(self) -> None:
        self.me = self


def test_promoted_cycles_are_collected_once_enough_objects_were_promoted(
    collector: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_gc, "FULL_COLLECTION_AFTER", 30_000)
    monkeypatch.setattr(_gc, "_promoted", 0)
    gc.disable()  # only the promotion's full collection may free the cycle below
    try:
        cycle = Node()
        gone = weakref.ref(cycle)
        del cycle
        kept: list[list[list[int]]] = []  # pages still alive: 10,000 new objects each
        gc.enable()
        with collector_paused():
            kept.append([[i] for i in range(10_000)])
        gc.disable()
        assert gone() is not None  # promoted, not collected
        for _ in range(3):
            gc.enable()
            with collector_paused():
                kept.append([[i] for i in range(10_000)])
            gc.disable()
        assert gone() is None  # the full collection after 30,000 promoted objects freed it
        assert len(kept) == 4
    finally:
        gc.enable()


def _generation_of(obj: object) -> int | None:
    for generation in (0, 1, 2):
        if any(o is obj for o in gc.get_objects(generation=generation)):
            return generation
    return None


def _generations_seen(vn: VismaNet, target: Any) -> list[int | None]:
    """The generation each page's first record is in when the page reaches the caller."""
    seen = []
    with vn.pages(target, page_size=1000) as pages:
        for page in pages:
            if page.records:  # the listing may end with an empty page
                seen.append(_generation_of(page.records[0]))
    return seen


@pytest.mark.parametrize("target", [customer_get_all, "GET /v1/customer"], ids=["typed", "raw"])
def test_a_decoded_page_reaches_the_caller_in_the_oldest_generation_unwalked(
    loopback: Loopback, collector: None, monkeypatch: pytest.MonkeyPatch, target: Any
) -> None:
    # Records with a nested object, so the decoded dicts are tracked by the collector (as Visma's are).
    records = [dict(r, mainAddress={"city": "Oslo"}, metadata={"totalCount": 3000}) for r in customers(3000)]
    loopback.route("GET", "/v1/customer", Listing(records, max_page_size=1000))
    with VismaNet(base_url=loopback.base_url, token="t", retry=None) as vn:
        promoted = _generations_seen(vn, target)
        monkeypatch.setattr(_gc, "_promote_young", lambda: False)  # pausing alone, as before
        before = _generations_seen(vn, target)
    assert promoted == [2, 2, 2]
    assert len(before) == 3 and 2 not in before  # walked by a young pass (now in 1) or about to be (0)
