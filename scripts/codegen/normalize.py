"""Trim the spec to what the generated client should see, before openapi-python-client reads it.

Visma lists every body as application/json, text/json, application/xml, text/xml and form-urlencoded.
The SDK speaks JSON only: ``text/json`` counts as JSON and the other variants are dropped, which keeps
the generator free of hundreds of "unsupported content type" warnings and the signatures simple.
"""

from __future__ import annotations

import copy
from typing import Any

JSON_ALIASES = ("application/json", "text/json", "application/*+json")
KEPT_NON_JSON = ("multipart/form-data", "application/octet-stream")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _normalize_content(content: dict[str, Any]) -> dict[str, Any]:
    kept: dict[str, Any] = {}
    for alias in JSON_ALIASES:
        if alias in content:
            kept["application/json"] = content[alias]
            break
    for media_type in KEPT_NON_JSON:
        if media_type in content:
            kept[media_type] = content[media_type]
    return kept


def _normalize_holder(holder: dict[str, Any]) -> None:
    content = holder.get("content")
    if isinstance(content, dict):
        normalized = _normalize_content(content)
        if normalized:
            holder["content"] = normalized
        else:
            holder.pop("content")


def normalize(document: dict[str, Any]) -> dict[str, Any]:
    spec = copy.deepcopy(document)
    for path_item in spec.get("paths", {}).values():
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if not isinstance(operation, dict):
                continue
            body = operation.get("requestBody")
            if isinstance(body, dict):
                _normalize_holder(body)
            for response in operation.get("responses", {}).values():
                if isinstance(response, dict):
                    _normalize_holder(response)
    components = spec.get("components", {})
    for section in ("requestBodies", "responses"):
        for holder in components.get(section, {}).values():
            if isinstance(holder, dict):
                _normalize_holder(holder)
    return spec
