"""A tiny validator for records against the OpenAPI spec's component schemas.

Stricter than the spec in one way on purpose: an object may only carry
properties its schema declares, because an undeclared field would land in a
generated model's ``additional_properties`` and signal drift from the real API.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

SPEC_CANDIDATES = (
    os.environ.get("VISMANET_SPEC", ""),
    "/work/shared/specs/vismanet-erp-api-v1-20250424.json",
)

_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})?$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def spec_path() -> Path | None:
    for candidate in SPEC_CANDIDATES:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    try:  # the generated package may ship the spec it was built from
        import vismanet_client

        for found in Path(vismanet_client.__file__).parent.glob("*.json"):
            return found
    except ImportError:
        pass
    return None


@lru_cache(maxsize=1)
def load_spec() -> dict[str, Any]:
    path = spec_path()
    if path is None:
        raise FileNotFoundError("Visma OpenAPI spec not found (set VISMANET_SPEC)")
    with path.open(encoding="utf-8") as handle:
        result: dict[str, Any] = json.load(handle)
        return result


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = load_spec()["components"]["schemas"][name]
    return schema


def validate(value: Any, schema: dict[str, Any], where: str = "$") -> list[str]:
    """Return a list of problems (empty when the value conforms)."""
    schema = _resolve(schema)
    problems: list[str] = []
    kind = schema.get("type")
    if value is None:
        if not schema.get("nullable"):
            problems.append(f"{where}: null not allowed")
        return problems
    if kind == "object" or "properties" in schema:
        if not isinstance(value, dict):
            return [f"{where}: expected object, got {type(value).__name__}"]
        props = schema.get("properties", {})
        for key, item in value.items():
            if key not in props:
                if not schema.get("additionalProperties"):
                    problems.append(f"{where}.{key}: not declared in schema")
                continue
            problems.extend(validate(item, props[key], f"{where}.{key}"))
        return problems
    if kind == "array":
        if not isinstance(value, list):
            return [f"{where}: expected array"]
        for index, item in enumerate(value):
            problems.extend(validate(item, schema.get("items", {}), f"{where}[{index}]"))
        return problems
    if kind == "string":
        if not isinstance(value, str):
            return [f"{where}: expected string, got {value!r}"]
        fmt = schema.get("format")
        if fmt == "date-time" and not _DATE_TIME.match(value):
            problems.append(f"{where}: bad date-time {value!r}")
        if fmt == "uuid" and not _UUID.match(value):
            problems.append(f"{where}: bad uuid {value!r}")
        if "enum" in schema and value not in schema["enum"]:
            problems.append(f"{where}: {value!r} not in enum")
        return problems
    if kind == "integer":
        if not isinstance(value, int) or isinstance(value, bool):
            problems.append(f"{where}: expected integer, got {value!r}")
        return problems
    if kind == "number":
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            problems.append(f"{where}: expected number, got {value!r}")
        return problems
    if kind == "boolean":
        if not isinstance(value, bool):
            problems.append(f"{where}: expected boolean, got {value!r}")
        return problems
    return problems


def validate_dto(record: dict[str, Any], dto: str) -> list[str]:
    return validate(record, {"$ref": f"#/components/schemas/{dto}"})
