"""A compact, derived view of the API kept in the generated package, and the change report between two views.

The next regeneration compares against this view, so a maintainer sees what a Visma release changed
without keeping the old spec file around.
"""

from __future__ import annotations

from typing import Any

from line_paging import line_counted_operations
from normalize import HTTP_METHODS

Summary = dict[str, Any]


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        target: Any = spec
        for part in ref.lstrip("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node = target
    return node


def _enum_values(schema: Any) -> list[str] | None:
    if isinstance(schema, dict):
        if "enum" in schema:
            return sorted(str(v) for v in schema["enum"])
        items = schema.get("items")
        if isinstance(items, dict) and "enum" in items:
            return sorted(str(v) for v in items["enum"])
    return None


def summarize(spec: dict[str, Any]) -> Summary:
    operations: dict[str, str] = {}
    enums: dict[str, list[str]] = {}
    for path, path_item in sorted(spec.get("paths", {}).items()):
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if not isinstance(operation, dict):
                continue
            key = f"{method.upper()} {path}"
            operations[key] = str(operation.get("operationId", ""))
            for param in operation.get("parameters", []):
                param = _resolve(spec, param)
                values = _enum_values(_resolve(spec, param.get("schema")))
                if values is not None:
                    enums[f"{key} ?{param.get('name')}"] = values
    schemas: dict[str, list[str]] = {}
    for name, schema in sorted(spec.get("components", {}).get("schemas", {}).items()):
        values = _enum_values(schema)
        if values is not None:
            enums[name] = values
        properties = schema.get("properties", {}) if isinstance(schema, dict) else {}
        schemas[name] = sorted(properties)
        for field, field_schema in properties.items():
            values = _enum_values(_resolve(spec, field_schema)) if "$ref" not in field_schema else None
            if values is not None:
                enums[f"{name}.{field}"] = values
    return {
        "operations": operations,
        "schemas": schemas,
        "enums": dict(sorted(enums.items())),
        # Listings whose pageSize/totalCount count lines (see line_paging.py): the pager relies on this.
        "line_counted": line_counted_operations(spec),
    }


def _section(title: str, lines: list[str]) -> list[str]:
    return [f"{title} ({len(lines)}):", *lines] if lines else []


def change_report(old: Summary | None, new: Summary) -> str:
    if old is None:
        return (
            "API change report: no previous generation to compare with; "
            f"{len(new['operations'])} operations and {len(new['schemas'])} schemas are new."
        )
    old_ops, new_ops = old["operations"], new["operations"]
    old_schemas, new_schemas = old["schemas"], new["schemas"]
    old_enums, new_enums = old["enums"], new["enums"]
    lines: list[str] = []
    lines += _section("Operations added", [f"  + {k}  ({new_ops[k]})" for k in sorted(new_ops.keys() - old_ops.keys())])
    lines += _section("Operations removed", [f"  - {k}  ({old_ops[k]})" for k in sorted(old_ops.keys() - new_ops.keys())])
    lines += _section("Schemas added", [f"  + {k}" for k in sorted(new_schemas.keys() - old_schemas.keys())])
    lines += _section("Schemas removed", [f"  - {k}" for k in sorted(old_schemas.keys() - new_schemas.keys())])
    field_lines = []
    for name in sorted(new_schemas.keys() & old_schemas.keys()):
        added = sorted(set(new_schemas[name]) - set(old_schemas[name]))
        removed = sorted(set(old_schemas[name]) - set(new_schemas[name]))
        changes = [f"+{f}" for f in added] + [f"-{f}" for f in removed]
        if changes:
            field_lines.append(f"  {name}: {', '.join(changes)}")
    lines += _section("Schemas with fields added/removed", field_lines)
    enum_lines = []
    for name in sorted(new_enums.keys() | old_enums.keys()):
        before, after = set(old_enums.get(name, [])), set(new_enums.get(name, []))
        changes = [f"+{v!r}" for v in sorted(after - before)] + [f"-{v!r}" for v in sorted(before - after)]
        if changes and name in old_enums and name in new_enums:
            enum_lines.append(f"  {name}: {', '.join(changes)}")
    lines += _section("Enum values added/removed", enum_lines)
    if "line_counted" in old:  # summaries written before this key existed say nothing about it
        old_lines, new_lines = old["line_counted"], new.get("line_counted", {})
        paging_lines = [f"  + {k}  (pages count {new_lines[k]})" for k in sorted(new_lines.keys() - old_lines.keys())]
        paging_lines += [f"  - {k}  (pages count records again, not {old_lines[k]})" for k in sorted(old_lines.keys() - new_lines.keys())]
        paging_lines += [
            f"  {k}: pages count {new_lines[k]} instead of {old_lines[k]}"
            for k in sorted(old_lines.keys() & new_lines.keys())
            if old_lines[k] != new_lines[k]
        ]
        lines += _section("Listings whose pages count lines, not records", paging_lines)
    if not lines:
        return "API change report: no changes to operations, schemas, fields or enum values."
    return "\n".join(["API change report:", *lines])
