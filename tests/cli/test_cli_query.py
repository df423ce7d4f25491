"""--where and --since: validated against the operation before anything is sent."""

from __future__ import annotations

from datetime import datetime

import pytest

from vismanet_ext.cli.errors import UsageError
from vismanet_ext.cli.query import add_since, missing_required, parse_since, parse_where
from vismanet_ext.cli.resources import resolve


def test_where_accepts_wire_and_python_names_and_checks_types() -> None:
    customer = resolve("customer")
    q = parse_where(customer, ["status=active", "greater_than_value=100", "NAME=Acme=Ltd"])
    assert q == {"status": "Active", "greaterThanValue": "100", "name": "Acme=Ltd"}


def test_where_unknown_name_lists_allowed() -> None:
    with pytest.raises(UsageError) as e:
        parse_where(resolve("customer"), ["colour=red"])
    msg = str(e.value)
    assert "no filter 'colour'" in msg and "lastModifiedDateTime" in msg and "pageNumber" not in msg


@pytest.mark.parametrize(
    "item, match",
    [
        ("status", "expected NAME=VALUE"),
        ("=x", "expected NAME=VALUE"),
        ("status=Purple", "must be one of"),
        ("pageNumber=2", "no filter"),
        ("lastModifiedDateTime=yesterday", "not a date"),
    ],
)
def test_where_bad_values(item: str, match: str) -> None:
    with pytest.raises(UsageError, match=match):
        parse_where(resolve("customer"), [item])


def test_where_typed_params() -> None:
    account = resolve("account")
    assert parse_where(account, ["active=TRUE", "numberToRead=5"]) == {"active": "true", "numberToRead": "5"}
    with pytest.raises(UsageError, match="true or false"):
        parse_where(account, ["active=yes"])
    with pytest.raises(UsageError, match="integer"):
        parse_where(account, ["numberToRead=five"])
    with pytest.raises(UsageError, match="given twice"):
        parse_where(account, ["active=true", "active=false"])


def test_since_formats() -> None:
    assert parse_since("2025-05-25") == datetime(2025, 5, 25)
    assert parse_since("2025-05-25 10:11:12") == datetime(2025, 5, 25, 10, 11, 12)
    assert parse_since("2025-05-25T10:11:12.5") == datetime(2025, 5, 25, 10, 11, 12, 500000)
    assert parse_since("2025-05-25 10:11") == datetime(2025, 5, 25, 10, 11)  # unambiguous without seconds
    assert parse_since("0001-01-01") == datetime(1, 1, 1)
    for bad in ("25-05-2025", "2025-02-30", "yesterday", "2025-05-25 10", "2025-05-25 10:11:1"):
        with pytest.raises(UsageError):
            parse_since(bad)


def test_add_since_sets_value_and_condition() -> None:
    q: dict[str, str] = {}
    add_since(resolve("customer"), q, datetime(2025, 5, 25, 1, 2, 3, 456789), why="--since")
    assert q == {"lastModifiedDateTime": "2025-05-25 01:02:03.456", "lastModifiedDateTimeCondition": ">="}
    q2: dict[str, str] = {}
    add_since(resolve("journaltransaction"), q2, datetime(2025, 5, 25), why="--since")  # v2: no Condition param
    assert q2 == {"lastModifiedDateTime": "2025-05-25 00:00:00.000"}
    with pytest.raises(UsageError, match="no lastModifiedDateTime filter"):
        add_since(resolve("country"), {}, datetime(2025, 1, 1), why="--since")
    with pytest.raises(UsageError, match="cannot be combined"):
        add_since(resolve("customer"), {"lastModifiedDateTime": "2025-01-01"}, None, why="--state")


def test_missing_required() -> None:
    assert missing_required(resolve("budget"), {"ledger": "1"}) == ["branch", "financialYear"]
    assert missing_required(resolve("customer"), {}) == []
