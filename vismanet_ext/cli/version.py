"""``vismanet --version`` without importing the generated package (its ``__init__`` pulls in httpx).

The spec provenance is read from ``vismanet_client/_provenance.py`` as literals (``ast``), not executed.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import sys
from typing import Any


def _read_provenance() -> dict[str, Any] | None:
    """The keyword arguments of ``SPEC = SpecInfo(...)`` in the generated package, or None."""
    if "vismanet_client" in sys.modules:  # already imported anyway: use the real object
        from vismanet_client import SPEC

        return {name: getattr(SPEC, name) for name in SPEC.__slots__}
    spec = importlib.util.find_spec("vismanet_client")  # locates the package without running it
    for location in (spec.submodule_search_locations or []) if spec is not None else []:
        path = os.path.join(location, "_provenance.py")
        try:
            with open(path, encoding="utf-8") as f:
                tree = ast.parse(f.read(), path)
        except (OSError, SyntaxError):
            continue
        for node in tree.body:
            if (
                isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "SPEC" for t in node.targets)
                and isinstance(node.value, ast.Call)
            ):
                try:
                    return {kw.arg: ast.literal_eval(kw.value) for kw in node.value.keywords if kw.arg}
                except ValueError:
                    return None
    return None


def version_text() -> str:
    """The SDK version and the spec the client was generated from (title, version, sha256 prefix)."""
    from vismanet_ext._version import __version__

    info = _read_provenance()
    if info is None:
        return f"vismanet {__version__} (generated client not found)"
    return (
        f"vismanet {__version__}\n"
        f"generated from {info.get('title')} {info.get('version')} "
        f"(OpenAPI {info.get('openapi')}, spec sha256 {str(info.get('sha256'))[:12]}, "
        f"{info.get('operations')} operations) by {info.get('generator')}"
    )
