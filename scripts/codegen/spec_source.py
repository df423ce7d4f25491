"""Load an OpenAPI document from a path or URL and refuse anything that is not OpenAPI 3.x."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# The one place that names Visma's published spec: the ERP service API's document in Visma's API index
# (API Management). Public clients generate from this URL: Pionect/visma-php-sdk ("The SDK is generated using
# this openapi spec: ..." in its CLAUDE.md) and, per issue 14, CaesarDev/visma-erp-client. Any other path or
# URL can still be given on the command line.
DEFAULT_SPEC_URL = "https://api.finance.visma.net/API-index/api/vismanet.erp.service.api-apim"


class SpecError(Exception):
    """The spec cannot be used; the message says why, for a maintainer reading a terminal."""


@dataclass(frozen=True)
class LoadedSpec:
    source: str
    raw: bytes
    document: dict[str, Any]

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()


def _fetch(url: str) -> bytes:
    import httpx

    try:
        response = httpx.get(url, timeout=60.0, follow_redirects=True)
    except httpx.HTTPError as exc:
        raise SpecError(f"cannot fetch spec from {url}: {exc}") from exc
    if response.status_code != 200:
        raise SpecError(f"cannot fetch spec from {url}: HTTP {response.status_code}")
    return response.content


def _parse(raw: bytes, source: str) -> Any:
    text = raw.decode("utf-8-sig", errors="strict")
    try:
        return json.loads(text)
    except ValueError:
        pass
    from ruamel.yaml import YAML, YAMLError

    try:
        return YAML(typ="safe", pure=True).load(text)
    except YAMLError as exc:
        raise SpecError(f"{source} is neither JSON nor YAML: {exc}") from exc


def load_spec(source: str) -> LoadedSpec:
    if source.startswith(("http://", "https://")):
        raw = _fetch(source)
    else:
        path = Path(source)
        if not path.is_file():
            raise SpecError(f"spec file not found: {source}")
        raw = path.read_bytes()
    try:
        document = _parse(raw, source)
    except UnicodeDecodeError as exc:
        raise SpecError(f"{source} is not UTF-8 text: {exc}") from exc
    if not isinstance(document, dict):
        raise SpecError(f"{source} is not an OpenAPI document (top level is not an object)")
    version = str(document.get("openapi", ""))
    if not version.startswith("3."):
        found = f"openapi: {version!r}" if version else ("swagger 2.0" if "swagger" in document else "no 'openapi' key")
        raise SpecError(f"{source} is not OpenAPI 3.x ({found})")
    if not isinstance(document.get("paths"), dict) or not isinstance(document.get("info"), dict):
        raise SpecError(f"{source} has no 'paths' or 'info' object")
    return LoadedSpec(source=source, raw=raw, document=document)
