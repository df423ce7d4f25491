"""Every generated model (all 1,666 of Visma's schemas) parses leniently and is checked strictly on demand.

For each property of each model, the test sends null and values of each wrong JSON type (string, integer,
number, boolean, list, object, lists of wrong items, strings that are not date-times or UUIDs): parsing never
raises, the value is reachable on the attribute when it does not fit (kept as received), ``to_dict()`` gives
it back unchanged, and ``vismanet_ext.validate()`` raises ResponseValidationError naming the model, the field
and the value exactly when it does not fit (null always fits: Visma sends it for "no value").
"""

from __future__ import annotations

import datetime
import json
import pickle
import uuid
from pathlib import Path
from typing import Any

import pytest
from vismanet_client import models
from vismanet_client.types import UNSET, GeneratedModel

from vismanet_ext import ResponseValidationError, validate

SPEC_FILE = Path(__file__).resolve().parents[2].parent / "shared" / "specs" / "vismanet-erp-api-v1-20250424.json"

GOOD_DATETIME = "2024-05-01T10:22:31.1234567"
GOOD_UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
#: null, every JSON type, lists of wrong items, and strings that fit only some formats
PROBES: list[Any] = [
    None,
    "text",
    7,
    1.5,
    True,
    [1, "x"],
    [True],
    ["x"],
    {"k": "v"},
    [{"k": "v"}],
    GOOD_DATETIME,
    "2024-13-45T99:00:00",
    GOOD_UUID,
    [],
]


def _model_classes() -> list[type[Any]]:
    found = []
    for name in models.__all__:
        cls = getattr(models, name)
        if isinstance(cls, type) and issubclass(cls, GeneratedModel):
            found.append(cls)
    return found


MODEL_CLASSES = _model_classes()


def _fits(value: Any, expected: Any) -> bool | None:
    """Whether a JSON value fits the documented type once parsed; None: depends on a nested model's fields."""
    if value is None or expected == "any":
        return True
    if expected == "str":
        return isinstance(value, str)
    if expected == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if expected == "float":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if expected == "bool":
        return isinstance(value, bool)
    if expected == "datetime":
        return value == GOOD_DATETIME
    if expected == "uuid":
        return value == GOOD_UUID
    kind = expected[0]
    if kind == "model":
        return None if isinstance(value, dict) else False
    if kind == "list":
        if not isinstance(value, list):
            return False
        items = [_fits(item, expected[1]) for item in value]
        return False if False in items else (None if None in items else True)
    raise AssertionError(f"no union or const in Visma's spec, got {expected!r}")


def test_every_schema_is_a_lenient_model() -> None:
    # Visma's 1,666 schemas with their 9,667 properties, plus the models for inline objects (enums are Literals).
    assert len(MODEL_CLASSES) >= 1666
    assert sum(len(cls._vn_expect) for cls in MODEL_CLASSES) >= 9667


@pytest.mark.parametrize("first", range(0, len(MODEL_CLASSES), 200))
def test_null_and_wrong_types_in_every_property_parse_round_trip_and_fail_strict_validation(first: int) -> None:
    checked = 0
    for cls in MODEL_CLASSES[first : first + 200]:
        for attribute, wire, _required, expected in cls._vn_expect:
            for probe in PROBES:
                record = {wire: probe}
                where = f"{cls.__name__}.{wire} = {probe!r}"
                parsed = cls.from_dict(record)  # never raises
                assert parsed.to_dict()[wire] == _dumped(probe, expected), where
                fits = _fits(probe, expected)
                if fits is False:
                    assert getattr(parsed, attribute) == probe, f"{where}: the raw value is kept"
                    with pytest.raises(ResponseValidationError) as caught:
                        validate(cls.from_dict(record))
                    problem = next(p for p in caught.value.problems if p.field == wire)  # (after required ones)
                    assert problem.model == cls.__name__, where
                    items = probe if isinstance(probe, list) else []
                    assert any(problem.value == v for v in [probe, *items]), (where, problem)
                    # The message names the model, the field and the value (the first five problems are shown).
                    message = str(caught.value) if len(caught.value.problems) <= 5 else str(problem)
                    assert f"{cls.__name__}.{wire}" in message, (where, message)
                    assert repr(problem.value)[:60] in message, (where, message)
                elif fits is True and not _has_required_fields(cls):
                    assert validate(cls.from_dict(record)) is not None, where
                checked += 1
    assert checked > 0


def _dumped(probe: Any, expected: Any) -> Any:
    """What to_dict() gives back: the probe itself (a parsed date-time goes back in isoformat)."""
    if probe == GOOD_DATETIME and expected in ("datetime", ("list", "datetime")):
        return datetime.datetime.fromisoformat(probe).isoformat()
    return probe


def _has_required_fields(cls: type[Any]) -> bool:
    return any(required for _, _, required, _ in cls._vn_expect)


def test_missing_required_fields_parse_as_unset_and_fail_strict_validation() -> None:
    with_required = [cls for cls in MODEL_CLASSES if _has_required_fields(cls)]
    assert with_required, "Visma's spec has 18 schemas with required properties"
    for cls in with_required:
        parsed = cls.from_dict({})
        names = [attribute for attribute, _, required, _ in cls._vn_expect if required]
        assert all(getattr(parsed, name) is UNSET for name in names)
        with pytest.raises(ResponseValidationError, match="missing, but the field is required"):
            validate(parsed)


def test_nested_problems_name_the_path_and_the_declaring_model() -> None:
    record = {
        "number": "10001",
        "creditLimit": "lots",
        "mainAddress": {"country": [1, 2], "city": None},
        "attributes": [{"id": "A"}, "not an object"],
        "lastModifiedDateTime": "yesterday",
        "responseFieldVismaAddsLater": {"x": 1},
    }
    customer = models.CustomerDto.from_dict(record)
    assert customer.credit_limit == "lots" and customer.main_address.country == [1, 2]
    assert customer.main_address.city is None and customer.attributes[1] == "not an object"
    assert customer.last_modified_date_time == "yesterday"
    assert customer.to_dict() == record  # nothing lost, nothing changed
    with pytest.raises(ResponseValidationError) as caught:
        validate(customer)
    paths = [p.path for p in caught.value.problems]
    assert paths == [
        "CustomerDto.mainAddress.country",
        "CustomerDto.creditLimit",
        "CustomerDto.attributes[1]",
        "CustomerDto.lastModifiedDateTime",
    ]
    text = str(caught.value)
    assert text.startswith("4 values do not fit the documented model: CustomerDto.mainAddress.country: expected ")
    assert "(MainAddressInCustomerDto.country), got a list [1, 2]" in text
    assert "CustomerDto.creditLimit: expected a number, got a string 'lots'" in text
    # A page (a list of models) names the record.
    with pytest.raises(ResponseValidationError, match=r"\[1\]\.creditLimit: expected a number"):
        validate([models.CustomerDto.from_dict({}), models.CustomerDto.from_dict({"creditLimit": "x"})])
    assert pickle.loads(pickle.dumps(caught.value)).problems == caught.value.problems


def test_lazy_models_behave_like_eager_ones() -> None:
    record = {"number": "1", "name": "Acme", "mainAddress": {"city": "OSLO"}}
    parsed = models.CustomerDto.from_dict(record)
    assert type(parsed).__name__ == "CustomerDto" and isinstance(parsed, models.CustomerDto)
    assert parsed == models.CustomerDto(number="1", name="Acme", main_address=models.MainAddressInCustomerDto(city="OSLO"))
    assert type(parsed) is models.CustomerDto  # comparing filled it; it is the model class from then on

    written = models.CustomerDto.from_dict(record)
    written.name = "Changed"  # a write before any read (read-modify-write) wins over the received value
    assert written.to_dict() == {**record, "name": "Changed"}

    copied = pickle.loads(pickle.dumps(models.CustomerDto.from_dict(record)))
    assert copied.to_dict() == record and copied.credit_limit is UNSET
    with pytest.raises(AttributeError, match="no attribute 'nmae'"):
        models.CustomerDto.from_dict(record).nmae  # noqa: B018

    class MyCustomer(models.CustomerDto):
        pass

    mine = MyCustomer.from_dict(record)
    assert type(mine) is MyCustomer and mine.main_address.city == "OSLO"
    with pytest.raises(TypeError, match="takes a JSON object"):
        models.CustomerDto.from_dict([record])  # type: ignore[arg-type]


def test_uuid_and_date_time_fields_parse_when_they_can() -> None:
    parsed = models.BackgroundRequestStateDto.from_dict(
        {"id": GOOD_UUID, "receivedUtc": "2022-11-10T10:20:53.75+01:00", "responseHeaders": None}
    )
    assert parsed.received_utc == datetime.datetime(
        2022, 11, 10, 10, 20, 53, 750000, tzinfo=datetime.timezone(datetime.timedelta(hours=1))
    )
    assert parsed.response_headers is None and validate(parsed) is parsed
    json.dumps(parsed.to_dict())  # JSON again
    action = models.CancelSalesOrderActionResultDto.from_dict({"actionId": GOOD_UUID})
    assert action.action_id == uuid.UUID(GOOD_UUID) and action.to_dict() == {"actionId": GOOD_UUID}
    odd = models.CancelSalesOrderActionResultDto.from_dict({"actionId": "string"})  # Swagger's placeholder
    assert odd.action_id == "string" and odd.to_dict() == {"actionId": "string"}
    with pytest.raises(ResponseValidationError, match=r"CancelSalesOrderActionResultDto.actionId: expected a UUID"):
        validate(odd)


def test_expected_types_agree_with_the_spec() -> None:
    """The generated check tables say what Visma's spec says, property by property."""
    if not SPEC_FILE.is_file():
        pytest.skip(f"Visma's spec is not at {SPEC_FILE}")
    from openapi_python_client.strings import pascal_case

    schemas = json.loads(SPEC_FILE.read_text(encoding="utf-8"))["components"]["schemas"]
    checked = 0
    for name, schema in schemas.items():
        cls = getattr(models, pascal_case(name))
        if not isinstance(cls, type):
            continue  # a Literal enum
        table = {wire: (required, expected) for _, wire, required, expected in cls._vn_expect}
        assert sorted(table) == sorted(schema.get("properties", {})), name
        for wire, prop in schema.get("properties", {}).items():
            required, expected = table[wire]
            assert required == (wire in schema.get("required", ())), (name, wire)
            spec_expected = _spec_expected(schemas, prop)
            if spec_expected == "inline object":  # generated as a model of its own (e.g. a map of strings)
                assert expected[0] == "model", (name, wire, expected)
            else:
                assert expected == spec_expected, (name, wire)
            checked += 1
    assert checked > 9000


def _spec_expected(schemas: dict[str, Any], prop: dict[str, Any]) -> Any:
    from openapi_python_client.strings import pascal_case

    if "$ref" in prop or "allOf" in prop:
        ref = prop["$ref"] if "$ref" in prop else prop["allOf"][0]["$ref"]
        target = ref.rsplit("/", 1)[1]
        if "enum" in schemas[target]:
            return "int" if schemas[target].get("type") == "integer" else "str"
        return ("model", pascal_case(target))
    if "enum" in prop:
        return "int" if prop.get("type") == "integer" else "str"
    kind, fmt = prop.get("type"), prop.get("format")
    if kind == "array":
        return ("list", _spec_expected(schemas, prop["items"]))
    if kind == "string":
        return {"date-time": "datetime", "date": "date", "uuid": "uuid"}.get(str(fmt), "str")
    if kind == "object":
        return "inline object"
    return {"integer": "int", "number": "float", "boolean": "bool"}[str(kind)]


def test_filled_models_have_no_read_hook_and_concurrent_first_reads_see_every_field() -> None:
    import threading

    # A class with __getattr__ loses CPython's specialised attribute reads; only the transient twins hook reads.
    assert not any("__getattr__" in vars(c) for c in models.CustomerDto.__mro__)
    record = {"number": "1", "name": "Acme", "mainAddress": {"city": "OSLO"}, "creditLimit": 5.0}
    for _ in range(50):
        shared = models.CustomerDto.from_dict(record)
        seen: list[Any] = []
        start = threading.Barrier(4)

        def read(target: Any = shared, start: threading.Barrier = start, seen: list[Any] = seen) -> None:
            start.wait()
            seen.append((target.number, target.name, target.main_address.city, target.credit_limit, target.gln))

        threads = [threading.Thread(target=read) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert seen == [("1", "Acme", "OSLO", 5.0, UNSET)] * 4
        assert type(shared) is models.CustomerDto
