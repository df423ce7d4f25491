"""Paging, metadata and filters as Visma documents them, over loopback HTTP."""

from __future__ import annotations

import httpx
import pytest
from sandbox_support import page_all

from vismanet_ext.sandbox import Sandbox


def test_every_record_carries_total_count_and_max_page_size(http: httpx.Client) -> None:
    page = http.get("/v1/customer", params={"pageSize": 7, "pageNumber": 2}).json()
    assert len(page) == 7
    assert {tuple(r["metadata"].items()) for r in page} == {(("totalCount", 300), ("maxPageSize", 1000))}


def test_pages_concatenate_to_the_stable_full_order(sb: Sandbox, http: httpx.Client) -> None:
    records = page_all(http, "/v1/customer", 40)
    assert [r["number"] for r in records] == sb.keys("customer")
    assert len({r["number"] for r in records}) == 300
    again = page_all(http, "/v1/customer", 40)
    assert [r["number"] for r in again] == [r["number"] for r in records]


def test_page_size_above_max_is_silently_capped() -> None:
    sb = Sandbox(sizes={"customer": 30}, max_page_size=10, background_delay=None)
    with sb.serve() as url, httpx.Client(base_url=url, headers=sb.auth_headers()) as client:
        page = client.get("/v1/customer", params={"pageSize": 25, "pageNumber": 1}).json()
        assert len(page) == 10
        assert page[0]["metadata"] == {"totalCount": 30, "maxPageSize": 10}
        second = client.get("/v1/customer", params={"pageSize": 25, "pageNumber": 2}).json()
        assert [r["number"] for r in second] == sb.keys("customer")[10:20]


def test_default_page_size_is_the_max_unless_configured() -> None:
    for kwargs, expected in (({"max_page_size": 8}, 8), ({"max_page_size": 8, "default_page_size": 3}, 3)):
        sb = Sandbox(sizes={"supplier": 20}, background_delay=None, **kwargs)  # type: ignore[arg-type]
        reply = sb.client(headers=sb.auth_headers()).get("/v1/supplier")
        assert len(reply.json()) == expected


def test_per_resource_max_page_size() -> None:
    sb = Sandbox(sizes={"inventory": 60, "customer": 60}, background_delay=None,
                 max_page_size={"inventory": 50, "customer": 20})
    client = sb.client(headers=sb.auth_headers())
    assert len(client.get("/v1/inventory", params={"pageSize": 100}).json()) == 50
    assert len(client.get("/v1/customer", params={"pageSize": 100}).json()) == 20


def test_page_past_the_end_is_an_empty_array(http: httpx.Client) -> None:
    reply = http.get("/v1/customer", params={"pageSize": 100, "pageNumber": 4})
    assert reply.status_code == 200
    assert reply.json() == []
    last = http.get("/v1/customer", params={"pageSize": 100, "pageNumber": 3}).json()
    assert len(last) == 100


@pytest.mark.parametrize("params", [{"pageSize": "abc"}, {"pageNumber": "0"}, {"pageSize": "-5"}])
def test_invalid_paging_values_are_rejected(http: httpx.Client, params: dict[str, str]) -> None:
    reply = http.get("/v1/customer", params=params)
    assert reply.status_code == 400
    assert next(iter(params)) in reply.json()["message"]


def test_filters_apply_before_paging(sb: Sandbox, http: httpx.Client) -> None:
    active = [r["number"] for r in sb.records("customer") if r["status"] == "Active"]
    assert 0 < len(active) < 300
    records = page_all(http, "/v1/customer", 50, status="Active")
    assert [r["number"] for r in records] == active
    assert {r["metadata"]["totalCount"] for r in records} == {len(active)}


def test_name_filter_is_case_insensitive_equality(sb: Sandbox, http: httpx.Client) -> None:
    name = sb.record("customer", "10005")["name"]  # type: ignore[index]
    expected = [r["number"] for r in sb.records("customer") if r["name"] == name]
    found = http.get("/v1/customer", params={"name": name.upper()}).json()
    assert [r["number"] for r in found] == expected
    assert http.get("/v1/customer", params={"name": name + "x"}).json() == []


def test_nested_and_enum_filters(sb: Sandbox, http: httpx.Client) -> None:
    invoice = sb.record("customerinvoice", "000010")
    assert invoice is not None
    customer = invoice["customer"]["number"]
    found = http.get("/v1/customerinvoice", params={"customer": customer}).json()
    assert found and {r["customer"]["number"] for r in found} == {customer}
    bad = http.get("/v1/customer", params={"status": "Sleeping"})
    assert bad.status_code == 400
    assert "status" in bad.json()["message"]


def test_released_filter_on_invoices(sb: Sandbox, http: httpx.Client) -> None:
    unreleased = page_all(http, "/v1/customerinvoice", 500, released="0")
    assert unreleased and {r["status"] for r in unreleased} <= {"Balanced", "Hold"}
    released = page_all(http, "/v1/customerinvoice", 500, released="1")
    assert len(unreleased) + len(released) == sb.count("customerinvoice")


def test_number_filter_with_condition(http: httpx.Client) -> None:
    found = page_all(http, "/v1/supplierInvoice", 500, balance="0", balanceCondition=">")
    assert found and all(r["balance"] > 0 for r in found)
    missing = http.get("/v1/supplierInvoice", params={"balance": "0"})
    assert missing.status_code == 400
    assert "balanceCondition" in missing.json()["message"]


def test_unknown_parameters_are_ignored_like_aspnet(http: httpx.Client) -> None:
    reply = http.get("/v1/customer", params={"expandAccountInformation": "true", "noSuchThing": "1",
                                             "pageSize": 3})
    assert reply.status_code == 200 and len(reply.json()) == 3


def test_number_to_read_and_skip_records_still_work(sb: Sandbox, http: httpx.Client) -> None:
    page = http.get("/v1/customer", params={"numberToRead": 5, "skipRecords": 10}).json()
    assert [r["number"] for r in page] == sb.keys("customer")[10:15]
    assert page[0]["metadata"]["totalCount"] == 300


@pytest.mark.parametrize("extra", [{"pageNumber": 1}, {"pageSize": 10}])
def test_number_to_read_with_paging_is_rejected(http: httpx.Client, extra: dict[str, int]) -> None:
    reply = http.get("/v1/customer", params={"numberToRead": 5, **extra})
    assert reply.status_code == 400
    assert "numberToRead" in reply.json()["message"]


def test_records_inserted_between_pages_change_total_count(sb: Sandbox, http: httpx.Client) -> None:
    sb.faults.insert_after_list_call(1, "customer", n=2)
    first = http.get("/v1/customer", params={"pageSize": 100, "pageNumber": 1}).json()
    assert first[0]["metadata"]["totalCount"] == 300
    second = http.get("/v1/customer", params={"pageSize": 100, "pageNumber": 2}).json()
    assert second[0]["metadata"]["totalCount"] == 302
    records = page_all(http, "/v1/customer", 100)
    assert len(records) == 302
    assert records[-1]["number"] == sb.keys("customer")[-1]


def test_records_deleted_between_pages_shift_later_pages(sb: Sandbox, http: httpx.Client) -> None:
    keys = sb.keys("customer")
    sb.faults.delete_after_list_call(1, "customer", [keys[0], keys[1]])
    http.get("/v1/customer", params={"pageSize": 100, "pageNumber": 1})
    second = http.get("/v1/customer", params={"pageSize": 100, "pageNumber": 2}).json()
    assert second[0]["metadata"]["totalCount"] == 298
    assert second[0]["number"] == keys[102]  # two records moved up into page 1


def test_account_list_is_not_paged(sb: Sandbox) -> None:
    sandbox = Sandbox(sizes={"account": 40}, max_page_size=10, background_delay=None)
    reply = sandbox.client(headers=sandbox.auth_headers()).get("/v1/account", params={"pageSize": 5})
    assert len(reply.json()) == 40
    assert reply.json()[0]["metadata"]["totalCount"] == 40


def test_journal_transactions_need_a_period_or_modified_since(sb: Sandbox, http: httpx.Client) -> None:
    missing = http.get("/v2/journaltransaction")
    assert missing.status_code == 400
    assert "periodId" in missing.json()["message"]
    period = sb.record("journaltransaction", "000001")["financialPeriod"]  # type: ignore[index]
    by_period = page_all(http, "/v2/journaltransaction", 500, periodId=period)
    assert by_period and {r["financialPeriod"] for r in by_period} == {period}
    since = http.get("/v2/journaltransaction", params={"lastModifiedDateTime": "2020-01-01"}).json()
    # Visma: "On this particular endpoint, pagesize and totalcount denotes number of journaltransaction lines."
    lines = sum(len(r["journalTransactionLines"]) for r in sb.records("journaltransaction"))
    assert since[0]["metadata"]["totalCount"] == lines > sb.count("journaltransaction")


def test_journal_module_filter_accepts_short_names(http: httpx.Client) -> None:
    found = page_all(http, "/v2/journaltransaction", 500, periodId="202301", module="AP")
    assert {r["module"] for r in found} <= {"ModuleAP"}


def test_inventory_types_filter_takes_several_values(http: httpx.Client) -> None:
    found = page_all(http, "/v1/inventory", 500, inventoryTypes="ServiceItem,FinishedGoodItem")
    assert {r["type"] for r in found} == {"ServiceItem", "FinishedGoodItem"}
    only = page_all(http, "/v1/inventory", 500, inventoryTypes="ServiceItem")
    assert {r["type"] for r in only} == {"ServiceItem"}


def test_list_responses_carry_timestamp_only_in_the_dto(http: httpx.Client) -> None:
    reply = http.get("/v1/supplier", params={"pageSize": 2})
    assert "etag" not in reply.headers
    assert all(r["timeStamp"] for r in reply.json())


def test_concurrent_paging_is_consistent(sb: Sandbox, http: httpx.Client) -> None:
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        pages = list(pool.map(
            lambda n: http.get("/v1/customerinvoice", params={"pageSize": 50, "pageNumber": n}).json(),
            range(1, 9),
        ))
    numbers = [r["referenceNumber"] for page in pages for r in page]
    assert numbers == sb.keys("customerinvoice")
