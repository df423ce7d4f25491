"""Every list operation of the spec answers: schema-derived records for the resources
without a hand-written seed, filters the spec demands, case-insensitive paths, and a
404 that says when the sandbox (not the client) is the reason."""

from __future__ import annotations

import httpx
import pytest
from vismanet_client import models

from vismanet_ext import validate
from vismanet_ext.sandbox import Sandbox
from vismanet_ext.sandbox.catalog import generic_names, generic_spec

GENERIC = generic_names()


@pytest.fixture(scope="module")
def served() -> tuple[Sandbox, httpx.Client]:
    sb = Sandbox(seed=3, background_delay=None, sizes={"branch": 7, "CashAccount": 12})
    return sb, sb.client(headers=sb.auth_headers())


def filter_values(sb: Sandbox, name: str) -> dict[str, str]:
    """Values for the filters an operation demands, taken from its first seeded record."""
    spec = generic_spec(name)
    record = sb.records(name)[0]

    def value(param: str) -> str:
        found = record.get(param)
        return "x" if found is None or isinstance(found, (dict, list)) else str(found)

    chosen = {p: value(p) for p in spec.required_params}
    if spec.require_one_of:
        if "lastModifiedDateTime" in spec.filters:
            chosen.update({"lastModifiedDateTime": "2000-01-01", "lastModifiedDateTimeCondition": ">="})
        else:
            first = spec.require_one_of[0]
            chosen[first] = value(first)
            condition = getattr(spec.filters.get(first), "condition", None)
            if condition:
                chosen[condition] = ">="
    return chosen


def _without_dates(record: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in record.items() if "DateTime" not in k and k != "metadata"}


def test_the_catalog_covers_every_list_operation_without_a_seed() -> None:
    from vismanet_ext.cli.resources import all_resources
    from vismanet_ext.sandbox.data import DATASETS

    assert len(GENERIC) + len(DATASETS) < len(all_resources()) == 106  # hand ones cover several paths
    assert {"branch", "customer/balance", "v2/discount", "GeneralLedgerTransactions"} <= set(GENERIC)
    assert not set(GENERIC) & set(DATASETS)


@pytest.mark.parametrize("name", GENERIC)
def test_every_generic_list_answers_with_records_of_its_schema(
    name: str, served: tuple[Sandbox, httpx.Client]
) -> None:
    sb, client = served
    spec = generic_spec(name)
    params: dict[str, str] = {"pageSize": "3"} if spec.paged else {}
    reply = client.get(spec.collection, params=params)
    if spec.require_one_of or spec.required_params:
        assert reply.status_code == 400
        message = reply.json()["message"]
        named = spec.required_params or spec.require_one_of
        assert all(p in message for p in named), message
        params.update(filter_values(sb, name))
        reply = client.get(spec.collection, params=params)
    assert reply.status_code == 200, reply.text
    body = reply.json()
    if spec.envelope:  # BasePaginationDto: {"pageNumber", "pageSize", "totalCount", "records"}
        assert set(body) == {"pageNumber", "pageSize", "totalCount", "records"}
        assert (body["pageNumber"], body["pageSize"], body["totalCount"]) == (1, 3, sb.count(name))
        body = body["records"]
        assert not any("metadata" in r for r in body)
    else:
        assert all(r["metadata"]["totalCount"] >= len(body) for r in body)
    assert body, f"{name} answered no records"
    dto = getattr(models, spec.dto)
    for record in body:
        parsed = validate(dto.from_dict(record))  # strict: every value of its documented type
        assert set(parsed.additional_properties) <= {"metadata"}  # all else is a property of the schema
        assert _without_dates(parsed.to_dict()) == _without_dates(record)
    assert sb.errors == []


def test_generic_records_are_seeded_per_seed_and_sized(served: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = served
    assert sb.count("branch") == 7 and sb.count("cashaccount") == 12
    again = Sandbox(seed=3, background_delay=None, sizes={"branch": 7})
    other = Sandbox(seed=4, background_delay=None, sizes={"branch": 7})
    assert again.records("branch") == sb.records("branch") != other.records("branch")
    listed = client.get("/v1/branch").json()
    assert [r["number"] for r in listed] == [f"{i:06d}" for i in range(1, 8)]


def test_paths_match_case_insensitively_and_literals_beat_keys(served: tuple[Sandbox, httpx.Client]) -> None:
    _, client = served
    assert client.get("/V1/BRANCH").json() == client.get("/v1/branch").json()
    balance = client.get("/v1/Customer/Balance")
    assert balance.status_code == 200 and isinstance(balance.json(), list)  # not customer "Balance"
    assert client.get("/v1/CUSTOMER/10001").json()["number"] == "10001"
    one = client.get("/v1/branch/000002")
    assert one.status_code == 200 and one.json()["number"] == "000002"
    assert client.get("/v1/branch/999999").status_code == 404


def test_generic_date_filters_and_paging(served: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = served
    records = sb.records("cashaccount")
    cut = sorted(r["lastModifiedDateTime"] for r in records)[6]
    newer = client.get("/v1/cashaccount", params={"lastModifiedDateTime": cut,
                                                 "lastModifiedDateTimeCondition": ">="}).json()
    assert len(newer) == sum(1 for r in records if r["lastModifiedDateTime"] >= cut) == 6
    missing_condition = client.get("/v1/cashaccount", params={"lastModifiedDateTime": cut})
    assert missing_condition.status_code == 400


def test_unmodelled_routes_say_the_sandbox_is_the_reason(served: tuple[Sandbox, httpx.Client]) -> None:
    _, client = served
    write = client.post("/v1/cashsale", json={})
    assert write.status_code == 404
    assert write.json()["message"].startswith("The sandbox does not model POST /v1/cashsale")
    nowhere = client.get("/v1/nosuchresource")
    assert "No HTTP resource was found" in nowhere.json()["message"]  # not in the spec either


def test_sizes_for_unknown_resources_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown resource nosuchresource; the sandbox has account, customer"):
        Sandbox(sizes={"nosuchresource": 3})


def test_the_request_log_is_a_ring_buffer() -> None:
    sb = Sandbox(background_delay=None, request_log_size=5)
    client = sb.client(headers=sb.auth_headers())
    for number in range(10001, 10013):
        client.get(f"/v1/customer/{number}")
    assert [r.path for r in sb.request_log] == [f"/v1/customer/{n}" for n in range(10008, 10013)]
    assert sb.requests_seen == 12
    quiet = Sandbox(background_delay=None, request_log_size=0)
    quiet.client(headers=quiet.auth_headers()).get("/v1/customer/10001")
    assert (quiet.request_log, quiet.requests_seen) == ([], 1)
