"""Which listings count sub-records (lines) in ``pageSize``/``totalCount``, derived from the spec.

Visma documents this in the operation's text, not in its schema. ``GET /v2/journaltransaction`` says:
"On this particular endpoint, pagesize and totalcount denotes number of journaltransaction lines. When
using pagination, the transactions for one specific batch can be split into several responses." A pager
that counts records there stops early and drops the rest of a split batch, so the operation index carries
the record field whose list items the pages count, and the pager counts and merges by it.

The rule: an operation whose summary or description says that page size and total count denote/count
*lines* pages by the array-of-objects property of its response record that the text names (the words
before "lines": "journaltransaction lines" -> ``journalTransactionLines``; when the text names none, the
only such property ending in ``Lines``). ``vismanet_line_counted_pages`` in config.yaml overrides the rule per operationId: a field
name to force one, ``null`` to say an operation pages by records after all. When the text says "lines"
but no property can be picked, regeneration fails with a message that asks for a table entry, rather than
generating a pager that silently miscounts.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from spec_source import SpecError

CONFIG = Path(__file__).resolve().parent / "config.yaml"
TABLE_KEY = "vismanet_line_counted_pages"
HTTP_GET = "get"

# "pagesize and totalcount denotes number of journaltransaction lines"
_LINES_TEXT = re.compile(
    r"page\s*size\s+and\s+total\s*count\s+(?:denotes?|counts?|is|are|refers?\s+to|means?)\s+"
    r"(?:the\s+)?(?:number\s+of\s+)?(?P<what>[\w\s-]{0,60}?)\s*\blines\b",
    re.IGNORECASE,
)


class LinePagingError(SpecError):
    """The spec says pages count lines, but which field holds them cannot be told (regeneration stops)."""


def load_table(path: Path = CONFIG) -> dict[str, str | None]:
    """The ``operationId -> field or None`` overrides from the codegen config (empty when absent)."""
    from ruamel.yaml import YAML

    document = YAML(typ="safe").load(path.read_text(encoding="utf-8")) or {}
    table = document.get(TABLE_KEY) or {}
    if not isinstance(table, dict) or not all(isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in table.items()):
        raise LinePagingError(f"{path}: {TABLE_KEY} must map operationId to a field name or null")
    return dict(table)


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in str(node["$ref"]).lstrip("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node = target
    return node


def _record_schema(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    """The schema of one record of a list response (200), or {}."""
    ok = (operation.get("responses") or {}).get("200") or {}
    for media in (ok.get("content") or {}).values():
        schema = _resolve(spec, (media or {}).get("schema"))
        if isinstance(schema, dict) and schema.get("type") == "array":
            item = _resolve(spec, schema.get("items"))
            return item if isinstance(item, dict) else {}
        if isinstance(schema, dict):  # BasePaginationDto-style {"records": [...]}
            records = _resolve(spec, (schema.get("properties") or {}).get("records"))
            if isinstance(records, dict) and records.get("type") == "array":
                item = _resolve(spec, records.get("items"))
                return item if isinstance(item, dict) else {}
    return {}


def _line_lists(spec: dict[str, Any], record: dict[str, Any]) -> list[str]:
    found = []
    for name, prop in (record.get("properties") or {}).items():
        prop = _resolve(spec, prop)
        if isinstance(prop, dict) and prop.get("type") == "array":
            item = _resolve(spec, prop.get("items"))
            if isinstance(item, dict) and (item.get("type") == "object" or "properties" in item):
                found.append(name)
    return found


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def says_lines(operation: dict[str, Any]) -> str | None:
    """The words naming the counted lines when the operation's text says pages count lines, else None."""
    text = f"{operation.get('summary') or ''}\n{operation.get('description') or ''}"
    match = _LINES_TEXT.search(text)
    return match.group("what").strip() if match else None


def line_field(spec: dict[str, Any], operation: dict[str, Any], table: dict[str, str | None]) -> str | None:
    """The record field whose items ``pageSize``/``totalCount`` count for this operation, or None."""
    operation_id = str(operation.get("operationId", ""))
    if operation_id in table:
        return table[operation_id]
    what = says_lines(operation)
    if what is None:
        return None
    candidates = _line_lists(spec, _record_schema(spec, operation))
    if what:  # the text names the lines: only the property of that name will do
        choice = [c for c in candidates if _squash(c) == _squash(what) + "lines"]
    else:
        choice = [c for c in candidates if c.lower().endswith("lines")]
    if len(choice) == 1:
        return choice[0]
    raise LinePagingError(
        f"{operation_id}: the spec says its pages count {what or ''} lines, but no single line list of the "
        f"response record can be picked (candidates: {candidates}); add {operation_id}: <field or null> "
        f"under {TABLE_KEY} in {CONFIG.name}"
    )


def line_counted_operations(spec: dict[str, Any], table: dict[str, str | None] | None = None) -> dict[str, str]:
    """``"GET /path" -> line field`` for every listing whose pages count lines."""
    table = load_table() if table is None else table
    found: dict[str, str] = {}
    for path, path_item in sorted((spec.get("paths") or {}).items()):
        operation = path_item.get(HTTP_GET) if isinstance(path_item, dict) else None
        if isinstance(operation, dict):
            field = line_field(spec, operation, table)
            if field is not None:
                found[f"GET {path}"] = field
    return found
