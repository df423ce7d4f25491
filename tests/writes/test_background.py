"""Background jobs over loopback: 202 -> Started -> Finished/Failed, timeouts, resume by id, notify formats."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from vismanet_client.api.customer import customer_get_bycustomer_cd, customer_post
from vismanet_client.api.supplier_payment import (
    supplier_payment_release_payment_bypayment_number,
)

from vismanet_ext.client import VismaNet
from vismanet_ext.errors import (
    BackgroundJobFailed,
    BackgroundNotAccepted,
    BackgroundTimeout,
    InvalidArgument,
    NotFound,
)
from vismanet_ext.sandbox import Sandbox
from vismanet_ext.writes import BackgroundJob

from ._servers import Reply, recording_server
from .conftest import FakeClock, api_requests, async_client, sync_client

FAST = {"poll_interval": 0.001}


def _header_sent(sb: Sandbox) -> list[str | None]:
    return [r.headers.get("erp-api-background") for r in sb.request_log if "/background/" not in r.path
            and not r.path.endswith("/connect/token")]


def test_full_lifecycle_of_a_create(vn: VismaNet, sb: Sandbox) -> None:
    job = vn.start_background(customer_post, body={"name": {"value": "Queued AS"}})
    assert job.id and job.state_location is not None and job.state_location.endswith(f"/v1/background/{job.id}")
    assert job.status() == "Accepted" and not job.done()  # no request made yet
    state = job.poll()
    assert (state.status, state.status_code, state.done) == ("Started", 0, False)
    assert state.original_uri is not None and state.original_uri.endswith("/v1/customer")
    assert state.has_request_content and state.received_utc is not None
    assert job.status() == "Started" and not job.done()
    assert sb.count("customer") == 20  # nothing ran yet

    assert sb.run_background_jobs() == 1
    result = job.wait(**FAST)
    assert job.done() and job.status() == "Finished"
    assert result.status_code == 201 and result.content is None
    assert result.id is not None and sb.record("customer", result.id)["name"] == "Queued AS"  # type: ignore[index]
    assert result.state.finished_utc is not None
    assert job.continuation_token() == job.id
    assert _header_sent(sb) == ["none"]


def test_finished_job_content_is_parsed_json(vn: VismaNet, sb: Sandbox) -> None:
    job = vn.start_background(customer_get_bycustomer_cd, customer_cd="10002")
    sb.run_background_jobs()
    result = job.wait(**FAST)
    assert result.status_code == 200
    assert isinstance(result.content, dict) and result.content["number"] == "10002"
    assert result.headers.get("content-type", "").startswith("application/json")
    paths = [p for (_m, p, _s) in api_requests(sb)]
    assert paths[-1] == f"/v1/background/{job.id}/content"


def test_failed_job_raises_with_the_operations_message(vn: VismaNet, sb: Sandbox) -> None:
    released = next(r["refNbr"] for r in sb.records("customerPayment") if r["status"] == "Closed")
    job = vn.start_background(
        "PUT /v1/customerPayment/{paymentNumber}", paymentNumber=released, json={"paymentAmount": {"value": 5}}
    )
    sb.run_background_jobs()
    with pytest.raises(BackgroundJobFailed) as caught:
        job.wait(**FAST)
    err = caught.value
    assert err.message == "Payment can't be updated because it is already released."
    assert err.status_code == 400 and err.job_id == job.id
    assert err.content == {"message": "Payment can't be updated because it is already released."}
    assert err.state.status == "Failed" and err.url.endswith(f"/v1/customerPayment/{released}")
    assert job.done()


def test_stale_if_match_on_a_background_action_fails_the_job(vn: VismaNet, sb: Sandbox) -> None:
    open_payment = next(r["refNbr"] for r in sb.records("supplierPayment") if r["status"] == "Balanced")
    job = vn.start_background(
        supplier_payment_release_payment_bypayment_number,
        payment_number=open_payment,
        body={"type": {"value": "Payment"}},
        if_match="AAAAAAAAAAE=",
        notify="subscription",
    )
    assert [r.headers.get("if-match") for r in sb.request_log if "/action/" in r.path] == ["AAAAAAAAAAE="]
    sb.run_background_jobs()
    with pytest.raises(BackgroundJobFailed) as caught:
        job.wait(**FAST)
    assert caught.value.status_code == 412 and "If-Match" in caught.value.message


def test_timeout_then_wait_again(vn: VismaNet, sb: Sandbox) -> None:
    job = vn.start_background(customer_get_bycustomer_cd, customer_cd="10001")
    with pytest.raises(BackgroundTimeout) as caught:
        job.wait(timeout=0.02, poll_interval=0.005)
    assert caught.value.job is job and caught.value.timeout == 0.02
    assert caught.value.last_state.status == "Started"
    assert job.id in str(caught.value) and "wait() again" in str(caught.value)
    polls = sum(1 for (_m, p, _s) in api_requests(sb) if p.startswith("/v1/background/"))
    assert polls >= 1
    sb.run_background_jobs()
    result = caught.value.job.wait(timeout=5, **FAST)
    assert result.content["number"] == "10001"
    assert caught.value.job.wait() is result  # a finished job keeps its result; no more requests


def test_zero_timeout_polls_once(vn: VismaNet, sb: Sandbox) -> None:
    job = vn.start_background(customer_get_bycustomer_cd, customer_cd="10001")
    before = len(api_requests(sb))
    with pytest.raises(BackgroundTimeout):
        job.wait(timeout=0)
    assert len(api_requests(sb)) == before + 1


def test_resume_by_id_from_another_client(vn: VismaNet, sb: Sandbox, base_url: str) -> None:
    token = vn.start_background(customer_get_bycustomer_cd, customer_cd="10003").continuation_token()
    sb.run_background_jobs()
    with sync_client(sb, base_url) as other:
        resumed = other.background_job(token)
        assert resumed.id == token and resumed.status() == "Accepted"
        assert resumed.wait(**FAST).content["number"] == "10003"


def test_unknown_and_expired_ids(vn: VismaNet, sb: Sandbox, clock: FakeClock) -> None:
    with pytest.raises(NotFound) as caught:
        vn.background_job("00000000-0000-0000-0000-000000000000").poll()
    assert "24 hours" in caught.value.message and caught.value.status_code == 404
    assert "No background operation state was found" in caught.value.message

    job = vn.start_background(customer_get_bycustomer_cd, customer_cd="10001")
    sb.run_background_jobs()
    job.poll()
    clock.advance(25 * 3600)
    with pytest.raises(NotFound, match="24 hours"):
        vn.background_job(job.id).wait(**FAST)
    with pytest.raises(NotFound) as gone:
        job.fetch_content()
    assert gone.value.status_code == 410 and "removed" in gone.value.message

    with pytest.raises(InvalidArgument):
        vn.background_job("  ")


@pytest.mark.parametrize(
    ("notify", "header"),
    [
        ("none", "none"),
        ("subscription", "subscription"),
        ({"orderRef": "A-17", "batch": 3}, "subscription:orderRef=A-17,batch=3"),
        ("subscription:orderRef=A-17", "subscription:orderRef=A-17"),
    ],
)
def test_notify_header_on_the_wire(vn: VismaNet, sb: Sandbox, notify: Any, header: str) -> None:
    job = vn.start_background(customer_get_bycustomer_cd, customer_cd="10001", notify=notify)
    assert _header_sent(sb) == [header]
    sb.run_background_jobs()
    job.wait(**FAST)
    if header == "none":
        assert sb.background_notifications == []
    else:
        (note,) = sb.background_notifications
        assert note["target"] == "subscription" and note["body"]["id"] == job.id
        assert note["headers"] == ({} if header == "subscription" else dict(
            pair.split("=") for pair in header.split(":", 1)[1].split(",")))


def test_url_notify_is_posted_to(vn: VismaNet, sb: Sandbox) -> None:
    with recording_server(lambda _r: Reply(200)) as (hook, seen):
        job = vn.start_background(customer_get_bycustomer_cd, customer_cd="10001", notify=f"{hook}/visma")
        assert _header_sent(sb) == [f"{hook}/visma"]
        sb.run_background_jobs()
        job.wait(**FAST)
        for _ in range(500):  # the sandbox posts the webhook from a thread
            if seen:
                break
            time.sleep(0.01)
    assert seen and seen[0].path == "/visma" and job.id.encode() in seen[0].body


def test_bad_start_arguments_send_nothing(vn: VismaNet, sb: Sandbox) -> None:
    before = len(api_requests(sb))
    for kwargs, message in (
        ({"notify": "webhook"}, "is not 'none'"),
        ({"notify": "ftp://x/y"}, "http"),
        ({"notify": {"a,b": 1}}, "header name"),
        ({"erp_api_background": "none"}, "pass notify="),
        ({"headers": {"ERP-API-Background": "none"}}, "pass notify="),
    ):
        with pytest.raises(InvalidArgument, match=message):
            vn.start_background(customer_get_bycustomer_cd, customer_cd="10001", **kwargs)
    with pytest.raises(InvalidArgument, match="poll_interval"):
        vn.background_job("abc").wait(poll_interval=0)
    with pytest.raises(InvalidArgument, match="timeout"):
        vn.background_job("abc").wait(timeout=-1)
    assert len(api_requests(sb)) == before


def test_a_synchronous_answer_is_not_a_job() -> None:
    reply = Reply(201, {"Location": "/v1/customer/7", "Content-Type": "application/json"}, b"{}")
    with recording_server(lambda _r: reply) as (url, seen), VismaNet(
        base_url=url, token="t", log=False
    ) as vn, pytest.raises(BackgroundNotAccepted) as caught:
        vn.start_background(customer_post, body={"name": {"value": "x"}})
    assert "did not accept background execution" in str(caught.value) and "ran synchronously" in str(caught.value)
    assert caught.value.status_code == 201 and caught.value.result.id == "7"
    assert seen[0].headers["erp-api-background"] == "none"


def test_poll_intervals_grow_and_are_capped(vn: VismaNet, sb: Sandbox) -> None:
    job_id = vn.start_background(customer_get_bycustomer_cd, customer_cd="10001").id
    delays: list[float] = []

    def fake_sleep(seconds: float) -> None:
        delays.append(seconds)
        if len(delays) == 6:
            sb.run_background_jobs()

    job = BackgroundJob(vn, job_id, sleep=fake_sleep)
    job.wait(poll_interval=1.0, max_interval=3.0, backoff=2.0)
    assert delays == [1.0, 2.0, 3.0, 3.0, 3.0, 3.0]


def test_async_lifecycle(sb: Sandbox, base_url: str) -> None:
    released = next(r["refNbr"] for r in sb.records("customerPayment") if r["status"] == "Closed")

    async def go() -> None:
        async with async_client(sb, base_url) as avn:
            job = await avn.start_background(customer_get_bycustomer_cd, customer_cd="10004", notify={"k": "v"})
            assert (await job.poll()).status == "Started"
            with pytest.raises(BackgroundTimeout) as caught:
                await job.wait(timeout=0.01, poll_interval=0.002)
            assert caught.value.job is job
            sb.run_background_jobs()
            result = await avn.background_job(job.id).wait(**FAST)
            assert result.content["number"] == "10004"

            failing = await avn.start_background(
                "PUT /v1/customerPayment/{paymentNumber}", paymentNumber=released, json={"paymentAmount": {"value": 1}}
            )
            sb.run_background_jobs()
            with pytest.raises(BackgroundJobFailed, match="already released"):
                await failing.wait(**FAST)
            with pytest.raises(NotFound, match="24 hours"):
                await avn.background_job("nope").poll()

    asyncio.run(go())
