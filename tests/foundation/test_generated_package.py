"""Qualities of the generated package that the extension layer relies on."""

from __future__ import annotations

import importlib
import inspect
import json
import subprocess
import sys
from pathlib import Path

from vismanet_client._operations import OPERATIONS, by_module, find


def test_operation_index_covers_every_operation(shared_spec: Path) -> None:
    spec = json.loads(shared_spec.read_text(encoding="utf-8"))
    in_spec = {
        (method.upper(), path, op["operationId"])
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }
    assert len(in_spec) == 498
    assert {(op.method, op.path, op.operation_id) for op in OPERATIONS} == in_spec


def test_index_rows_match_the_generated_functions() -> None:
    for op in OPERATIONS:
        module = importlib.import_module(op.module)
        signature = inspect.signature(module._get_kwargs)
        expected = {p.python for p in op.params} | ({"body"} if op.body_model else set())
        assert set(signature.parameters) == expected, op.operation_id
        for param in op.params:
            if param.location == "path":
                assert "{" + param.wire + "}" in op.path, (op.operation_id, param.wire)
        if op.response_model:
            assert hasattr(importlib.import_module("vismanet_client.models"), op.response_model)


def test_index_flags_paging_background_and_attachments() -> None:
    get_all = by_module("vismanet_client.api.customer.customer_get_all")
    assert (get_all.method, get_all.path, get_all.pages, get_all.response_model, get_all.response_is_list) == (
        "GET", "/v1/customer", True, "CustomerDto", True,
    )
    assert get_all.background
    status = next(p for p in get_all.params if p.wire == "status")
    assert "Active" in status.enum and status.python == "status"
    assert find("post", "/v1/customerinvoice/{invoiceNumber}/attachment").attachment_upload  # type: ignore[union-attr]
    assert sum(op.pages for op in OPERATIONS) == 81
    assert sum(op.if_match for op in OPERATIONS) == 22
    assert find("GET", "/v1/nowhere") is None


def test_importing_one_operation_stays_lazy() -> None:
    code = (
        "import sys\n"
        "from vismanet_client.api.customer import customer_get_all\n"
        "loaded = [m for m in sys.modules if m.startswith('vismanet_client.models.')]\n"
        "print(len(loaded))\n"
        "from vismanet_client.models import CustomerDto\n"
        "print(CustomerDto.__module__)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    count, module = run.stdout.split()
    assert int(count) <= 10, f"{count} model modules imported for one operation"
    assert module == "vismanet_client.models.customer_dto"


def test_unknown_enum_values_and_fields_survive_parsing() -> None:
    from vismanet_client.models import CustomerDto

    record = {"number": "10001", "status": "Archived", "brandNewField": {"a": 1}}
    customer = CustomerDto.from_dict(record)
    assert customer.status == "Archived"
    assert customer.additional_properties == {"brandNewField": {"a": 1}}
    assert customer.to_dict() == record


def test_datetimes_with_seven_fraction_digits_and_offsets_parse() -> None:
    from vismanet_client.models import CustomerDto

    for text, expected in (
        ("2024-05-01T10:22:31.1234567", "2024-05-01T10:22:31.123456"),
        ("2024-05-01T10:22:31.1234567+02:00", "2024-05-01T10:22:31.123456+02:00"),
        ("2024-05-01T10:22:31Z", "2024-05-01T10:22:31+00:00"),
        ("2024-05-01T10:22:31.12", "2024-05-01T10:22:31.120000"),
    ):
        customer = CustomerDto.from_dict({"lastModifiedDateTime": text})
        assert customer.last_modified_date_time.isoformat() == expected  # type: ignore[union-attr]
