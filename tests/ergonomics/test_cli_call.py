"""``vismanet call`` and ``vismanet resources --writes`` in-process, against the sandbox over loopback HTTP.

The client-credential variables point at the served sandbox, so the command does the real token flow,
retries and error mapping of every other command.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from vismanet_ext.cli import main
from vismanet_ext.sandbox import Sandbox

from .conftest import api_bodies


@pytest.fixture
def env(sb: Sandbox, base_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in list(os.environ):
        if name.startswith("VISMANET_"):
            monkeypatch.delenv(name)
    creds = sb.client_kwargs(base_url)
    monkeypatch.setenv("VISMANET_BASE_URL", base_url)
    monkeypatch.setenv("VISMANET_CLIENT_ID", creds["client_id"])
    monkeypatch.setenv("VISMANET_CLIENT_SECRET", creds["client_secret"])
    monkeypatch.setenv("VISMANET_TENANT_ID", creds["tenant_id"])
    monkeypatch.setenv("VISMANET_TOKEN_URL", creds["token_url"])
    yield


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_get_by_operation_id_with_params(env: None, sb: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "call", "Customer_GetBycustomerCd", "--param", "customerCd=10001", "-q")
    assert code == 0
    assert json.loads(out)["number"] == "10001" == sb.record("customer", "10001")["number"]  # type: ignore[index]
    code, out, _ = run(capsys, "call", "GET /v1/customer/10002", "-q")  # a concrete route
    assert code == 0 and json.loads(out)["number"] == "10002"


def test_retries_apply(env: None, sb: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    sb.faults.fail_next(1, status=503, path="/v1/customer/10003")
    code, out, err = run(capsys, "call", "customer_get_bycustomer_cd", "-p", "customer_cd=10003")
    assert code == 0 and json.loads(out)["number"] == "10003"
    assert "503" in err and "retry 1" in err
    assert [p for _, p, _ in api_bodies(sb)] == ["/v1/customer/10003", "/v1/customer/10003"]


def test_create_from_plain_json(env: None, sb: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = tmp_path / "customer.json"
    body.write_text(json.dumps({"name": "Fjord AS", "status": "Active"}), encoding="utf-8")
    code, out, _ = run(capsys, "call", "POST /v1/customer", "--json", str(body), "-q")
    assert code == 0
    answer = json.loads(out)
    assert answer["status"] == 201 and answer["location"].endswith("/v1/customer/" + answer["id"])
    assert sb.record("customer", answer["id"])["name"] == "Fjord AS"  # type: ignore[index]


def test_all_pages_to_csv(env: None, sb: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "customers.csv"
    code, _, err = run(capsys, "call", "Customer_GetAll", "--param", "pageSize=7", "--all", "--format", "csv",
                       "--out", str(out_file))  # fmt: skip
    assert code == 0, err
    lines = out_file.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("internalId,number,name") and len(lines) == 1 + len(sb.records("customer"))
    assert sum(1 for _, p, _ in api_bodies(sb) if p == "/v1/customer") == 3  # 20 records, 7 per page


def test_jsonl_of_a_list_answer(env: None, sb: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "call", "GET /v1/customer", "-p", "status=Active", "--format", "jsonl", "-q")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and all(r["status"] == "Active" for r in rows)


@pytest.mark.parametrize(
    "argv, message",
    [
        (["call", "Customer_Pots"], "did you mean"),
        (["call", "Customer_GetAll", "-p", "colour=red"], "--param colour: GET /v1/customer has no such parameter"),
        (["call", "Customer_GetAll", "-p", "pageSize=many"], "--param page_size: 'many' is not an integer"),
        (["call", "Customer_GetAll", "-p", "status"], "expected NAME=VALUE"),
        (["call", "Customer_GetAll", "-p", "status=Active", "-p", "status=Hold"], "given twice"),
        (["call", "Customer_GetBycustomerCd"], "missing required path parameter 'customer_cd'"),
        (["call", "Customer_GetBycustomerCd", "-p", "customerCd=1", "--all"], "is not a paged listing"),
    ],
)
def test_usage_errors_before_any_request(
    env: None, sb: Sandbox, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2 and message in err, err
    assert api_bodies(sb) == [] and sb.token_requests == 0


def test_body_errors_before_any_request(env: None, sb: Sandbox, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"nmae": "x"}), encoding="utf-8")
    code, _, err = run(capsys, "call", "Customer_Post", "--json", str(bad))
    assert code == 2 and "unknown field 'nmae'" in err and "did you mean 'name'" in err
    code, _, err = run(capsys, "call", "Customer_GetAll", "--json", str(bad))
    assert code == 2 and "takes no request body" in err
    assert sb.token_requests == 0


def test_describe_sends_nothing(env: None, sb: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "call", "POST /v1/customerinvoice", "--describe")
    assert code == 0
    assert "from vismanet_client.api.customer_invoice import customer_invoice_create" in out
    assert "body   CustomerInvoiceUpdateDto" in out and sb.token_requests == 0


def test_resources_writes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "resources", "--writes")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["METHOD", "PATH", "OPERATION"]
    assert any(line.split()[:3] == ["POST", "/v1/customerinvoice", "CustomerInvoice_Create"] for line in lines)
    assert not any(line.startswith("GET ") for line in lines) and len(lines) == 1 + 249
    code, out, _ = run(capsys, "resources", "--writes", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert {"method": "POST", "path": "/v1/customer", "operation_id": "Customer_Post"}.items() <= next(
        r for r in rows if r["operation_id"] == "Customer_Post").items()  # fmt: skip
