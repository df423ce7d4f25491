"""Whole bodies inside the retry layer: cut-short, non-JSON and wrong-shaped 2xx bodies, over loopback HTTP.

A GET carrying the ``vismanet_expect`` extension (the client sets it from the operation index) has its body
read and checked inside `RetryTransport`; a bad one is resent like a dropped connection and, once the budget
is spent, raised as `InvalidResponse` (status, method, URL, first bytes) -- never a raw traceback.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from vismanet_ext import VismaNet
from vismanet_ext.client import AsyncVismaNet
from vismanet_ext.errors import ApiError, InvalidResponse
from vismanet_ext.result import decode_body
from vismanet_ext.transports import (
    AsyncRetryTransport,
    RetryPolicy,
    RetryTransport,
    extensions,
)

from ._loopback import LoopbackServer, Reply
from .test_transport_retry import Waits, policy

RECORDS = [{"internalId": i, "number": str(10000 + i), "name": f"Customer {i}"} for i in range(3)]
GOOD = json.dumps(RECORDS).encode()
JSON = {"Content-Type": "application/json; charset=utf-8"}

#: (label, reply) pairs: every way a list endpoint's 200 can be unusable.
BAD_LIST_BODIES = [
    ("truncated", Reply(200, GOOD, JSON, truncate_at=len(GOOD) // 2)),
    ("invalid-json", Reply(200, b'[{"internalId": 1,, }]', JSON)),
    ("not-utf8", Reply(200, b'[{"name": "\xff\xfe\xfa"}]', JSON)),
    ("object", Reply(200, b'{"internalId": 1}', JSON)),
    ("null", Reply(200, b"null", JSON)),
    ("empty", Reply(200, b"", JSON)),
    ("html", Reply(200, b"<html><head><title>Maintenance</title></head></html>", {"Content-Type": "text/html"})),
    ("list-of-non-objects", Reply(200, b'[1, "two", null]', JSON)),
    ("list-with-one-non-object", Reply(200, b'[{"internalId": 1}, 7]', JSON)),
]


def _get(url: str, expect: str | None = "list") -> httpx.Request:
    ext = {extensions.EXPECT: expect} if expect else {}
    return httpx.Request("GET", url + "/v1/customer", extensions=ext)


def _client(waits: Waits, **overrides: Any) -> httpx.Client:
    return httpx.Client(transport=RetryTransport(httpx.HTTPTransport(), policy(waits, **overrides)), timeout=5.0)


@pytest.mark.parametrize(("label", "bad"), BAD_LIST_BODIES, ids=[label for label, _ in BAD_LIST_BODIES])
def test_a_bad_list_body_is_retried_and_the_good_one_returned(label: str, bad: Reply) -> None:
    waits = Waits()
    with LoopbackServer([bad, Reply(200, GOOD, JSON)]) as server, _client(waits) as http:
        response = http.send(_get(server.url))
    assert len(server.seen) == 2
    assert response.json() == RECORDS
    assert response.extensions[extensions.RETRIES] == 1
    assert waits.waits == [0.5]  # backoff, like a dropped connection
    assert response.extensions[extensions.DECODED] == RECORDS  # decoded once, reused by decode_body
    assert decode_body(response) is response.extensions[extensions.DECODED]


@pytest.mark.parametrize(("label", "bad"), BAD_LIST_BODIES, ids=[label for label, _ in BAD_LIST_BODIES])
def test_after_the_budget_a_bad_body_is_an_invalid_response(label: str, bad: Reply) -> None:
    waits = Waits()
    with LoopbackServer([bad, bad, bad]) as server, _client(waits, max_attempts=3) as http:
        with pytest.raises(InvalidResponse) as caught:
            http.send(_get(server.url))
    assert len(server.seen) == 3
    err = caught.value
    assert isinstance(err, ApiError)
    assert (err.status_code, err.method, err.url, err.retries) == (200, "GET", server.url + "/v1/customer", 2)
    text = str(err)
    assert text.startswith(f"200 OK: GET {server.url}/v1/customer: invalid response: ")
    assert "(after 2 retries)" in text
    assert "\n" not in text
    payload, _ = bad.encoded()
    sent = payload[: bad.truncate_at] if bad.truncate_at is not None else payload
    assert err.body == sent[:200].decode("utf-8", errors="replace")  # the first bytes, as received
    if sent:
        assert repr(sent[:10].decode("utf-8", errors="replace"))[:-1] in text


def test_the_problem_says_what_was_wrong() -> None:
    problems = {}
    for label, bad in BAD_LIST_BODIES:
        with LoopbackServer([bad]) as server, _client(Waits(), max_attempts=1) as http:
            with pytest.raises(InvalidResponse) as caught:
                http.send(_get(server.url))
        problems[label] = caught.value.problem
    assert problems["truncated"].startswith("the body ended early (RemoteProtocolError")
    assert problems["invalid-json"].startswith("the body is not JSON (JSONDecodeError")
    assert problems["not-utf8"].startswith("the body is not JSON (")  # UnicodeDecodeError (json) or orjson's error
    assert problems["object"] == "expected a JSON list of objects, got a JSON object"
    assert problems["null"] == "expected a JSON list of objects, got null"
    assert problems["empty"] == "expected a JSON list of objects, got an empty body"
    assert "content-type text/html" in problems["html"]
    assert problems["list-of-non-objects"] == "expected a JSON list of objects, but item 0 is a JSON number"
    assert problems["list-with-one-non-object"] == "expected a JSON list of objects, but item 1 is a JSON number"


@pytest.mark.parametrize(
    ("expect", "body", "ok"),
    [
        ("paged", b'{"records": [{"id": 1}], "totalCount": 1}', True),
        ("paged", b'{"totalCount": 0}', True),  # Visma leaves empty properties out
        ("paged", b"[]", False),
        ("paged", b'{"records": {"id": 1}}', False),
        ("paged", b'{"records": [1]}', False),
        ("object", b'{"number": "1"}', True),
        ("object", b"[]", False),
        ("object", b"null", False),
        ("object", b"", True),  # nothing to judge
        ("json", b'"a string"', True),
        ("json", b"{oops", False),
    ],
)
def test_other_shapes(expect: str, body: bytes, ok: bool) -> None:
    with LoopbackServer([Reply(200, body, JSON)]) as server, _client(Waits(), max_attempts=1) as http:
        if ok:
            assert http.send(_get(server.url, expect)).status_code == 200
        else:
            with pytest.raises(InvalidResponse):
                http.send(_get(server.url, expect))


def test_bodies_that_are_not_json_by_content_type_are_left_alone_for_object_and_json() -> None:
    pdf = Reply(200, b"%PDF-1.7 binary\xff", {"Content-Type": "application/pdf"})
    for expect in ("object", "json"):
        with LoopbackServer([pdf]) as server, _client(Waits(), max_attempts=1) as http:
            assert http.send(_get(server.url, expect)).content == b"%PDF-1.7 binary\xff"


def test_without_the_extension_or_for_writes_nothing_is_read_or_checked() -> None:
    bad = Reply(200, b"{oops", JSON)
    with LoopbackServer([bad, bad]) as server, _client(Waits()) as http:
        assert http.send(_get(server.url, None)).content == b"{oops"
        post = httpx.Request("POST", server.url + "/v1/customer", json={}, extensions={extensions.EXPECT: "list"})
        assert http.send(post).content == b"{oops"  # a POST is not resent: a bad body is reported, not retried
    assert len(server.seen) == 2


def test_async_twin_retries_and_reports() -> None:
    waits = Waits()
    bad = Reply(200, GOOD, JSON, truncate_at=5)

    async def main() -> None:
        transport = AsyncRetryTransport(httpx.AsyncHTTPTransport(), policy(waits, max_attempts=2))
        async with httpx.AsyncClient(transport=transport, timeout=5.0) as http:
            with LoopbackServer([bad, Reply(200, GOOD, JSON)]) as server:
                response = await http.send(_get(server.url))
                assert response.json() == RECORDS
            with LoopbackServer([bad, Reply(200, b"{}", JSON)]) as server:
                with pytest.raises(InvalidResponse) as caught:
                    await http.send(_get(server.url))
                assert caught.value.problem == "expected a JSON list of objects, got a JSON object"

    asyncio.run(main())
    assert waits.waits == [0.5, 0.5]


# -- through the client: the operation index tells the shape ---------------------------------------------


def _vn(url: str, cls: Any = VismaNet, **kwargs: Any) -> Any:
    retry = RetryPolicy(max_attempts=3, backoff_base=0.0, jitter=0.0)
    return cls(base_url=url, token="tok", retry=retry, **kwargs)


def test_paginate_retries_a_truncated_page_and_yields_every_record() -> None:
    page1 = json.dumps([dict(r, metadata={"totalCount": 3, "maxPageSize": 2}) for r in RECORDS[:2]]).encode()
    page2 = json.dumps([dict(RECORDS[2], metadata={"totalCount": 3, "maxPageSize": 2})]).encode()
    script = [
        Reply(200, page1, JSON, truncate_at=40),
        Reply(200, page1, JSON),
        Reply(200, b"<html>oops</html>", {"Content-Type": "text/html"}),
        Reply(200, page2, JSON),
    ]
    with LoopbackServer(script) as server, _vn(server.url) as vn:
        numbers = [c["number"] for c in vn.paginate("GET /v1/customer", page_size=2)]
    assert numbers == ["10000", "10001", "10002"]
    assert len(server.seen) == 4
    with LoopbackServer(script) as server, _vn(server.url) as vn:
        from vismanet_client.api.customer import customer_get_all

        typed = list(vn.paginate(customer_get_all, page_size=2))
    assert [c.number for c in typed] == ["10000", "10001", "10002"]


@pytest.mark.parametrize("label", ["object", "null", "empty", "html", "list-of-non-objects", "invalid-json"])
def test_a_list_operation_answering_garbage_raises_invalid_response(label: str) -> None:
    from vismanet_client.api.customer import customer_get_all

    bad = dict(BAD_LIST_BODIES)[label]
    with LoopbackServer([bad] * 6) as server, _vn(server.url) as vn:
        with pytest.raises(InvalidResponse) as caught:
            list(vn.paginate(customer_get_all))
        with pytest.raises(InvalidResponse):
            vn.call("GET /v1/customer")
    assert len(server.seen) == 6  # 3 attempts each
    assert caught.value.method == "GET"
    assert "/v1/customer" in caught.value.url


def test_a_single_record_operation_answering_a_list_is_invalid() -> None:
    from vismanet_client.api.customer import customer_get_bycustomer_cd

    with LoopbackServer([Reply(200, b"[]", JSON)] * 3) as server, _vn(server.url) as vn:
        with pytest.raises(InvalidResponse, match="expected a JSON object, got a JSON list"):
            vn.call(customer_get_bycustomer_cd, customer_cd="1")


def test_the_decoded_body_feeds_the_typed_value() -> None:
    from vismanet_client.api.customer import customer_get_bycustomer_cd

    with LoopbackServer([Reply(200, b'{"number": "7", "name": "Seven"}', JSON)]) as server, _vn(server.url) as vn:
        result = vn.call(customer_get_bycustomer_cd, customer_cd="7")
        assert result.raw.extensions[extensions.DECODED] == {"number": "7", "name": "Seven"}
        assert (result.value.number, result.value.name) == ("7", "Seven")


def test_async_client_raises_invalid_response() -> None:
    from vismanet_client.api.customer import customer_get_all

    async def main(url: str) -> None:
        async with _vn(url, AsyncVismaNet) as vn:
            with pytest.raises(InvalidResponse):
                async for _ in vn.paginate(customer_get_all):
                    pass

    with LoopbackServer([Reply(200, b"null", JSON)] * 3) as server:
        asyncio.run(main(server.url))
    assert len(server.seen) == 3


def test_without_retries_bad_json_is_still_an_invalid_response_not_a_traceback() -> None:
    with LoopbackServer([Reply(200, b"{oops", JSON)] * 2) as server:
        with VismaNet(base_url=server.url, token="tok", retry=None) as vn:
            with pytest.raises(InvalidResponse, match="the body is not JSON"):
                vn.call("GET /v1/unknown/route")
            with pytest.raises(InvalidResponse, match="the body is not JSON"):
                vn.call("POST /v1/unknown/route", json={})


@pytest.mark.parametrize("label", ["object", "truncated", "html", "list-of-non-objects"])
def test_cli_export_exits_1_and_leaves_no_output_file(
    label: str, tmp_path: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from vismanet_ext.cli import main

    _keep_logging_as_it_is(monkeypatch)
    for name in ("VISMANET_TOKEN", "VISMANET_CLIENT_ID", "VISMANET_CLIENT_SECRET", "VISMANET_TENANT_ID",
                 "VISMANET_BASE_URL", "VISMANET_COMPANY_ID", "VISMANET_TOKEN_FILE"):
        monkeypatch.delenv(name, raising=False)
    out = tmp_path / "customers.jsonl"
    bad = dict(BAD_LIST_BODIES)[label]
    with LoopbackServer([bad] * 2) as server:
        code = main(["export", "customer", "--base-url", server.url, "--token", "tok", "--retries", "1",
                     "--out", str(out), "-q"])
    assert code == 1
    assert list(tmp_path.iterdir()) == []  # neither the output nor its hidden .part file
    err = capsys.readouterr().err
    assert "invalid response" in err
    assert "Traceback" not in err
    assert len(server.seen) == 2


def _keep_logging_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI configures the ``vismanet`` logger and the root logger; undo that after the test."""
    import logging

    for logger in (logging.getLogger("vismanet"), logging.getLogger()):
        monkeypatch.setattr(logger, "handlers", list(logger.handlers))
        monkeypatch.setattr(logger, "propagate", logger.propagate)
        monkeypatch.setattr(logger, "level", logger.level)
    for name in ("httpx", "httpcore"):
        logger = logging.getLogger(name)
        monkeypatch.setattr(logger, "level", logger.level)
        monkeypatch.setattr(logger, "propagate", logger.propagate)


def test_overlapping_collector_pauses_end_with_the_last_one() -> None:
    """The retry layer decodes in pager workers while the consumer builds models: both pause the collector."""
    import gc
    import threading

    from vismanet_ext._gc import collector_paused

    was_enabled = gc.isenabled()  # an earlier test may have left it off
    gc.enable()
    try:
        _overlap(gc, threading, collector_paused)
    finally:
        if not was_enabled:
            gc.disable()


def _overlap(gc: Any, threading: Any, collector_paused: Any) -> None:
    entered, release = threading.Event(), threading.Event()

    def worker() -> None:
        with collector_paused():
            entered.set()
            release.wait(5)

    thread = threading.Thread(target=worker)
    with collector_paused():
        thread.start()
        assert entered.wait(5)
    assert not gc.isenabled()  # the worker's pause still holds
    release.set()
    thread.join(5)
    assert gc.isenabled()
