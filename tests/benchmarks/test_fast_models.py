"""The speed-oriented, lenient model templates (scripts/codegen/templates/model.py.jinja, property_templates/,
types.py.jinja) parse valid data exactly like the stock openapi-python-client templates, never raise on data the
stock parser rejects (keeping every value), and the committed package keeps the models' API."""

from __future__ import annotations

import datetime
import importlib
import json
import random
import shutil
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

REPO = Path(__file__).resolve().parents[2]
TEMPLATES = REPO / "scripts" / "codegen" / "templates"
SPEC_FILE = REPO.parent / "shared" / "specs" / "vismanet-erp-api-v1-20250424.json"

# Every shape the templates treat differently: scalars, formats, Literal enums (values outside the enum must
# survive), reserved-word names, required fields, nullable scalars and models, lists of models, of lists, of
# dates and of enums, unions that need the stock try-each-member parser, a self reference, typed and closed
# additionalProperties, and a free-form value.
SYNTHETIC: dict[str, Any] = {
    "openapi": "3.0.1",
    "info": {"title": "synthetic", "version": "1"},
    "paths": {
        "/v1/thing": {
            "get": {
                "operationId": "Thing_GetAll",
                "tags": ["Thing"],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/ThingDto"}}
                            }
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "ThingDto": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "integer"},
                    "name": {"type": "string"},
                    "type": {"type": "string", "enum": ["A", "B"]},
                    "from": {"type": "string", "format": "date"},
                    "when": {"type": "string", "format": "date-time"},
                    "key": {"type": "string", "format": "uuid"},
                    "amount": {"type": "number"},
                    "flag": {"type": "boolean"},
                    "note": {"type": "string", "nullable": True},
                    "child": {"$ref": "#/components/schemas/ChildDto"},
                    "maybeChild": {"allOf": [{"$ref": "#/components/schemas/ChildDto"}], "nullable": True},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/ChildDto"}},
                    "grid": {
                        "type": "array",
                        "items": {"type": "array", "items": {"$ref": "#/components/schemas/ChildDto"}},
                    },
                    "days": {"type": "array", "items": {"type": "string", "format": "date-time"}},
                    "tags": {"type": "array", "items": {"type": "string", "enum": ["x", "y"]}},
                    "either": {
                        "oneOf": [{"$ref": "#/components/schemas/ChildDto"}, {"$ref": "#/components/schemas/OtherDto"}]
                    },
                    "numOrTime": {"oneOf": [{"type": "integer"}, {"type": "string", "format": "date-time"}]},
                    "parent": {"$ref": "#/components/schemas/ThingDto"},
                    "extras": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/ChildDto"}},
                    "closed": {"$ref": "#/components/schemas/ClosedDto"},
                    "anything": {},
                },
            },
            "ChildDto": {
                "type": "object",
                "required": ["code"],
                "properties": {"code": {"type": "string"}, "at": {"type": "string", "format": "date-time"}},
            },
            "OtherDto": {"type": "object", "required": ["other"], "properties": {"other": {"type": "integer"}}},
            "ClosedDto": {"type": "object", "additionalProperties": False, "properties": {"a": {"type": "string"}}},
        }
    },
}


def _generate(spec: dict[str, Any], templates: Path, out: Path, package: str) -> None:
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import ErrorLevel

    spec_path = out.parent / f"{package}.json"
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    config_file = ConfigFile(package_name_override=package, literal_enums=True, post_hooks=[])
    config = Config.from_sources(config_file, MetaType.NONE, spec_path, "utf-8", True, out)
    data = GeneratorData.from_dict(spec, config=config)
    assert isinstance(data, GeneratorData), data
    problems = Project(openapi=data, config=config, custom_template_path=templates).build()
    assert [p for p in problems if p.level == ErrorLevel.ERROR] == []
    # Our package_init.py.jinja imports the provenance module regenerate.py writes; a stand-in will do here.
    (out / "_provenance.py").write_text("SPEC = None\nSpecInfo = None\n", encoding="utf-8")


@pytest.fixture(scope="module")
def fast_and_stock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any]]:
    """The synthetic spec generated twice: with our templates, and with the stock model templates."""
    root = tmp_path_factory.mktemp("generated")
    stock_templates = root / "stock_templates"
    shutil.copytree(TEMPLATES, stock_templates)
    (stock_templates / "model.py.jinja").unlink()
    shutil.rmtree(stock_templates / "property_templates")
    _generate(SYNTHETIC, TEMPLATES, root / "fast_pkg", "fast_pkg")
    _generate(SYNTHETIC, stock_templates, root / "stock_pkg", "stock_pkg")
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module("fast_pkg.models"), importlib.import_module("stock_pkg.models")
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m.split(".")[0] in ("fast_pkg", "stock_pkg")]:
            del sys.modules[name]


def _value(schema: dict[str, Any], rng: random.Random, depth: int, dirty: bool = True) -> Any:
    """A JSON value for `schema`: absent optional fields and unknown keys, and when ``dirty``, sometimes nulls or
    wrong types (which the stock parser partly rejects)."""
    schemas = SYNTHETIC["components"]["schemas"]
    roll = rng.random()
    if dirty and roll < 0.04:
        return None
    if dirty and roll < 0.06:
        return rng.choice(["wrong", 3, [1], {"a": "wrong"}, "2024-13-45T99:00:00"])
    if "$ref" in schema:
        return _value(schemas[schema["$ref"].rsplit("/", 1)[1]], rng, depth, dirty)
    if "allOf" in schema:
        return _value(schema["allOf"][0], rng, depth, dirty)
    if "oneOf" in schema:
        return _value(rng.choice(schema["oneOf"]), rng, depth, dirty)
    if "enum" in schema:
        return rng.choice([*schema["enum"], "AddedByVismaLater"])
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "object" or "properties" in schema:
        if depth > 2:  # deep enough: required fields only (none at all when dirty)
            required = [] if dirty else schema.get("required", [])
            return {name: _value(schema["properties"][name], rng, depth + 1, dirty) for name in required}
        record = {}
        for name, sub in schema.get("properties", {}).items():
            if name in schema.get("required", ()) or rng.random() < 0.6:
                record[name] = _value(sub, rng, depth + 1, dirty)
        if isinstance(schema.get("additionalProperties"), dict):
            record[f"k{rng.randint(0, 9)}"] = _value(schema["additionalProperties"], rng, depth + 1, dirty)
        elif rng.random() < 0.3 and schema.get("additionalProperties") is not False:
            record["fieldVismaAddedLater"] = {"nested": [1, 2]}
        return record
    if kind == "array":
        return [_value(schema["items"], rng, depth + 1, dirty) for _ in range(rng.randint(0, 3))]
    if fmt == "date":
        return "2024-05-01"
    if fmt == "date-time":
        return rng.choice(["2024-05-01T10:22:31.1234567", "2024-05-01T10:22:31+02:00", "2024-05-01T10:22:31Z"])
    if fmt == "uuid":
        return str(uuid.UUID(int=rng.getrandbits(128)))
    return {"integer": 7, "number": 1.5, "boolean": True, "string": "text"}.get(str(kind), {"free": "form"})


def _dump(value: Any) -> Any:
    """Everything observable about a parsed value: class names, every field (UNSET included), types."""
    if attrs.has(type(value)):
        return {
            "class": type(value).__name__,
            **{f.name: _dump(getattr(value, f.name)) for f in attrs.fields(type(value))},
        }
    if isinstance(value, list):
        return [_dump(v) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    if isinstance(value, (datetime.date, uuid.UUID)):
        return [type(value).__name__, str(value)]
    return [type(value).__name__, repr(value)]


def _outcome(parse: Callable[[Any], Any], record: Any) -> Any:
    try:
        parsed = parse(record)
    except Exception as exc:  # noqa: BLE001 - the stock parser's error type is part of the behaviour to keep
        return ["raises", type(exc).__name__]
    try:
        serialized = _dump(parsed.to_dict())
    except Exception as exc:  # noqa: BLE001 - to_dict of a value the parser let through (a null list, say)
        serialized = ["to_dict raises", type(exc).__name__]
    return [_dump(parsed), serialized]


def test_fast_templates_parse_valid_data_exactly_like_the_stock_templates(fast_and_stock: tuple[Any, Any]) -> None:
    fast, stock = fast_and_stock
    rng = random.Random(20250424)
    schemas = SYNTHETIC["components"]["schemas"]
    for _ in range(1500):
        name = rng.choice(list(schemas))
        record = _value(schemas[name], rng, 0, dirty=False)
        snapshot = json.dumps(record, sort_keys=True)
        ours = _outcome(getattr(fast, name).from_dict, record)
        theirs = _outcome(getattr(stock, name).from_dict, record)
        assert theirs[0] != "raises", (name, record)
        assert ours == theirs, (name, record)
        assert json.dumps(record, sort_keys=True) == snapshot, "from_dict must not modify its input"


def _canonical(value: Any) -> Any:
    """JSON with date-time strings compared as instants (a parsed date-time goes back in isoformat)."""
    if isinstance(value, dict):
        return {k: _canonical(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_canonical(v) for v in value]
    if isinstance(value, str):
        try:
            return ["datetime", datetime.datetime.fromisoformat(value)]
        except ValueError:
            return value
    return value


def test_lenient_templates_never_raise_and_keep_every_value_the_stock_templates_reject(
    fast_and_stock: tuple[Any, Any],
) -> None:
    fast, stock = fast_and_stock
    find_problems = importlib.import_module("fast_pkg.types").find_problems
    rng = random.Random(4242)
    schemas = SYNTHETIC["components"]["schemas"]
    rejected_by_stock = 0
    for _ in range(1500):
        name = rng.choice(list(schemas))
        record = _value(schemas[name], rng, 0)
        if not isinstance(record, dict):
            continue  # a JSON object is what from_dict takes; the operation layer checks a body's shape
        snapshot = json.dumps(record, sort_keys=True)
        parsed = getattr(fast, name).from_dict(record)
        assert _canonical(parsed.to_dict()) == _canonical(record), (name, record)
        assert json.dumps(record, sort_keys=True) == snapshot, "from_dict must not modify its input"
        if _outcome(getattr(stock, name).from_dict, record)[0] == "raises":
            rejected_by_stock += 1
        # Null is accepted everywhere (Visma sends it); anything else that made the stock parser raise is a value
        # that does not fit, and the check finds it.
        without_nulls = _drop_nulls(record)
        if _outcome(getattr(stock, name).from_dict, without_nulls)[0] == "raises":
            assert find_problems(getattr(fast, name).from_dict(without_nulls)), (name, without_nulls)
    assert rejected_by_stock > 50


def _drop_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_nulls(v) for v in value if v is not None]
    return value


def test_fast_templates_avoid_per_call_imports_closures_and_checks(fast_and_stock: tuple[Any, Any]) -> None:
    fast, _ = fast_and_stock
    source = Path(importlib.import_module("fast_pkg.models.child_dto").__file__ or "").read_text()
    fill = source[source.index("def _vn_fill") : source.index("_vn_expect =")]
    assert "import" not in fill and "def _parse" not in fill and "check_" not in fill
    thing = Path(importlib.import_module("fast_pkg.models.thing_dto").__file__ or "").read_text()
    thing_fill = thing[thing.index("def _vn_fill") : thing.index("_vn_expect =")]
    assert "check_thing_dto_type" not in thing_fill  # Literal enums keep any string: no call per field
    # Unions that need the try-each-member parser keep the stock one (and the imports it needs); a nullable
    # member (note, maybeChild) is parsed like the member itself.
    assert "def _parse_either" in thing_fill and "def _parse_note" not in thing_fill
    assert "def _parse_maybe_child" not in thing_fill
    assert fast.ThingDto.from_dict({"id": 1, "note": None, "maybeChild": None}).maybe_child is None


def test_repr_shows_only_the_fields_that_are_set(fast_and_stock: tuple[Any, Any]) -> None:
    from vismanet_client.models import CountryInAddressDto, CustomerDto

    customer = CustomerDto.from_dict({"number": "10001", "mainAddress": {"country": {"id": "NO"}}, "x": 1})
    assert repr(customer) == (
        "CustomerDto(number='10001', main_address=MainAddressInCustomerDto(country=CountryInAddressDto(id='NO')), "
        "additional_properties={'x': 1})"
    )
    assert repr(CustomerDto()) == "CustomerDto()"
    # A JSON null is a value: only UNSET is hidden.
    assert repr(CountryInAddressDto.from_dict({"id": None})) == "CountryInAddressDto(id=None)"
    fast, _ = fast_and_stock
    assert repr(fast.ThingDto(id=3, type_="A")) == "ThingDto(id=3, type_='A')"


def test_parsed_models_are_independent_of_the_input_and_equal_to_constructed_ones() -> None:
    from vismanet_client.models import CustomerDto, MainAddressInCustomerDto

    record = {"number": "10001", "mainAddress": {"city": "OSLO"}, "brandNew": {"a": 1}}
    customer = CustomerDto.from_dict(record)
    customer.additional_properties["other"] = 2
    assert record == {"number": "10001", "mainAddress": {"city": "OSLO"}, "brandNew": {"a": 1}}
    plain = CustomerDto.from_dict({"number": "1"})
    assert plain == CustomerDto(number="1") and plain.additional_properties == {}
    plain["later"] = True  # __setitem__ writes to this instance's own dict
    assert CustomerDto.from_dict({"number": "1"}).additional_properties == {}
    assert customer.main_address == MainAddressInCustomerDto(city="OSLO")


def _spec_example(schemas: dict[str, Any], schema: dict[str, Any], depth: int) -> Any:
    if "$ref" in schema:
        return _spec_example(schemas, schemas[schema["$ref"].rsplit("/", 1)[1]], depth)
    if "allOf" in schema:
        return _spec_example(schemas, schema["allOf"][0], depth)
    if "enum" in schema:
        return "ValueVismaAddsLater"
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "object" or "properties" in schema:
        if depth > 2:
            return {}
        return {k: _spec_example(schemas, v, depth + 1) for k, v in schema.get("properties", {}).items()}
    if kind == "array":
        return [_spec_example(schemas, schema["items"], depth + 1)] if depth < 2 else []
    if fmt == "date-time":
        return "2024-05-01T10:22:31.123000"
    if fmt == "date":
        return "2024-05-01"
    if fmt == "uuid":
        return "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    return {"integer": 7, "number": 1.5, "boolean": True, "string": "text"}.get(str(kind), "text")


def test_every_schema_of_the_visma_spec_round_trips_through_the_committed_models() -> None:
    if not SPEC_FILE.is_file():
        pytest.skip(f"Visma's spec is not at {SPEC_FILE}")
    from openapi_python_client.strings import pascal_case
    from vismanet_client import models

    schemas = json.loads(SPEC_FILE.read_text(encoding="utf-8"))["components"]["schemas"]
    checked = 0
    for name, schema in schemas.items():
        cls = getattr(models, pascal_case(name))
        if not hasattr(cls, "from_dict"):
            continue  # a Literal enum
        record = _spec_example(schemas, schema, 0)
        record["fieldVismaAddsLater"] = [1, {"a": None}]
        parsed = cls.from_dict(record)
        assert parsed.to_dict() == record, name
        assert parsed.additional_properties == {"fieldVismaAddsLater": [1, {"a": None}]}, name
        checked += 1
    assert checked > 1500


def test_nested_models_load_on_first_parse_without_import_cycles() -> None:
    code = (
        "import sys\n"
        "from vismanet_client.models.sales_category_dto import SalesCategoryDto\n"  # refers to itself
        "from vismanet_client.models.customer_dto import CustomerDto\n"
        "before = {m for m in sys.modules if m.startswith('vismanet_client.models.')}\n"
        "c = CustomerDto.from_dict({'mainAddress': {'country': {'id': 'NO'}}})\n"
        "s = SalesCategoryDto.from_dict({'subCategories': [{'subCategories': [{'description': 'leaf'}]}]})\n"
        "c.to_dict(), s.to_dict()\n"  # from_dict is lazy: the first use fills the record
        "after = {m for m in sys.modules if m.startswith('vismanet_client.models.')}\n"
        "print(len(before), sorted(after - before), type(c.main_address.country).__name__,\n"
        "      s.sub_categories[0].sub_categories[0].description)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    count, rest = run.stdout.split(" ", 1)
    assert int(count) <= 8, "importing two models must not import the models they refer to"
    assert "'vismanet_client.models.main_address_in_customer_dto'" in rest
    assert "'vismanet_client.models.country_in_address_dto'" in rest
    assert rest.rstrip().endswith("CountryInAddressDto leaf")
