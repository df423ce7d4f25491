"""Typed parsing of a page (CustomerDto, CustomerInvoiceDto), against json.loads alone: the pager's whole page
(``vn.pages``, the server's bytes from an in-memory transport), json.loads + from_dict, and the page read whole.

The pages are the sandbox's own first pages (the bytes a client would receive). Both are timed in
the same process, interleaved, as the least thread-CPU time of many rounds, so other processes on the
machine disturb the ratio as little as possible. When openapi-python-client is installed (the codegen
extra), the same page is also parsed by models generated with the stock templates, to show what the
project's templates buy.
"""

from __future__ import annotations

import importlib
import io
import json
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stdout
from pathlib import Path
from typing import Any

from _table import Row

SPEC = Path(__file__).resolve().parents[2] / "shared" / "specs" / "vismanet-erp-api-v1-20250424.json"


def sandbox_page(records: int, path: str = "/v1/customer", resource: str = "customer") -> bytes:
    """The sandbox's answer to GET path?pageSize=records (in-process; no socket needed)."""
    from vismanet_ext.sandbox import Sandbox

    with (
        Sandbox(seed=1, sizes={resource: records}) as sandbox,
        sandbox.client(headers=sandbox.auth_headers()) as client,
    ):
        response = client.get(path, params={"pageSize": records, "pageNumber": 1})
        response.raise_for_status()
        return response.content


def least_cpu(cases: dict[str, Callable[[], object]], rounds: int) -> dict[str, float]:
    """Least thread-CPU seconds per case over ``rounds`` interleaved rounds."""
    best = {name: float("inf") for name in cases}
    for _ in range(rounds):
        for name, case in cases.items():
            started = time.thread_time()
            case()
            best[name] = min(best[name], time.thread_time() - started)
    return best


@contextmanager
def stock_models(root_schema: str = "CustomerDto") -> Iterator[Any]:
    """``root_schema`` and what it refers to, generated with the stock openapi-python-client templates."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    schemas = json.loads(SPEC.read_text(encoding="utf-8"))["components"]["schemas"]
    spec = {
        "openapi": "3.0.1",
        "info": {"title": "stock", "version": "1"},
        "paths": {},
        "components": {"schemas": {name: schemas[name] for name in _closure(schemas, root_schema)}},
    }
    with tempfile.TemporaryDirectory(prefix="vismanet-bench-stock-") as tmp:
        root = Path(tmp)
        (root / "spec.json").write_text(json.dumps(spec), encoding="utf-8")
        config_file = ConfigFile(package_name_override="stock_generated", literal_enums=True, post_hooks=[])
        config = Config.from_sources(config_file, MetaType.NONE, root / "spec.json", "utf-8", True, root / "pkg")
        data = GeneratorData.from_dict(spec, config=config)
        if isinstance(data, GeneratorError):
            raise RuntimeError(f"stock generation failed: {data.header}: {data.detail}")  # noqa: TRY004
        with redirect_stdout(io.StringIO()):  # the generator prints what it is doing
            Project(openapi=data, config=config).build()
        (root / "pkg").rename(root / "stock_generated")
        sys.path.insert(0, str(root))
        try:
            yield importlib.import_module("stock_generated.models")
        finally:
            sys.path.remove(str(root))
            for name in [m for m in sys.modules if m.split(".")[0] == "stock_generated"]:
                del sys.modules[name]


def _closure(schemas: dict[str, Any], root: str) -> list[str]:
    seen: set[str] = set()
    todo = [root]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo.extend(ref.rsplit("/", 1)[1] for ref in _refs(schemas[name]))
    return sorted(seen)


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


#: (sandbox resource, path, response model, list operation): the pages issue 15 measures
PAGES = (
    ("customer", "/v1/customer", "CustomerDto", "vismanet_client.api.customer.customer_get_all"),
    (
        "customerInvoice",
        "/v1/customerinvoice",
        "CustomerInvoiceDto",
        "vismanet_client.api.customer_invoice.customer_invoice_get_all",
    ),
)


def pager_first_page(module_name: str, raw: bytes, records: int) -> tuple[Callable[[], object], Callable[[], None]]:
    """``vn.pages(operation)``'s first page, the server answering ``raw`` (an in-memory transport), and a closer."""
    import httpx

    from vismanet_ext import VismaNet

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=raw, headers={"Content-Type": "application/json"})

    module = importlib.import_module(module_name)
    vn = VismaNet(token="bench", transport=httpx.MockTransport(answer), retry=None, log=False)

    def first_page() -> object:
        return next(iter(vn.pages(module, page_size=records))).records

    return first_page, vn.close


def rows(records: int, rounds: int) -> list[Row]:
    from vismanet_client import models

    out: list[Row] = []
    for resource, path, model_name, module_name in PAGES:
        out.extend(_page_rows(records, rounds, resource, path, getattr(models, model_name), module_name))
    return out


def _read_whole(records: list[Any]) -> None:
    for record in records:
        record.to_dict()


def _page_rows(
    records: int, rounds: int, resource: str, path: str, model: Any, module_name: str
) -> list[Row]:
    raw = sandbox_page(records, path, resource)
    name = model.__name__
    first_page, close = pager_first_page(module_name, raw, records)
    cases: dict[str, Callable[[], object]] = {
        "json": lambda: json.loads(raw),
        "typed": lambda: [model.from_dict(r) for r in json.loads(raw)],
        "pager": first_page,
        "read": lambda: _read_whole([model.from_dict(r) for r in json.loads(raw)]),
    }
    stock_note = ""
    try:
        with stock_models(name) as stock:
            stock_dto = getattr(stock, name)
            cases["stock"] = lambda: [stock_dto.from_dict(r) for r in json.loads(raw)]
            cases["stock_read"] = lambda: _read_whole([stock_dto.from_dict(r) for r in json.loads(raw)])
            best = least_cpu(cases, rounds)
    except ImportError:
        best = least_cpu(cases, rounds)
        stock_note = "; stock templates: n/a (openapi-python-client not installed)"
    finally:
        close()
    if "stock" in best:
        stock_note = f"; stock templates {best['stock'] * 1000:.1f} ms = {best['stock'] / best['json']:.2f}x"
    page = f"{records:,}-record page (sandbox {name}, {len(raw) / 1e6:.2f} MB)"
    floor = f"json.loads {best['json'] * 1000:.1f} ms"
    result = [
        Row.measured(
            f"pager's typed page: `vn.pages(...)`, {page}",
            f"{best['pager'] * 1000:.1f} ms",
            floor,
            best["pager"] / best["json"],
            "within 1.3x",
            lambda r: r <= 1.3,
        ),
        Row.measured(
            f"typed parsing of a {page}",
            f"json.loads + from_dict {best['typed'] * 1000:.1f} ms",
            floor + stock_note,
            best["typed"] / best["json"],
            "within 1.3x",
            lambda r: r <= 1.3,
        ),
    ]
    if "stock_read" in best:
        result.append(
            Row.measured(
                f"typed page, every record then read whole (`to_dict()`), {page}",
                f"{best['read'] * 1000:.1f} ms ({best['read'] / best['json']:.2f}x json.loads)",
                f"stock templates (eager) {best['stock_read'] * 1000:.1f} ms",
                best["read"] / best["stock_read"],
                "faster than the stock templates",
                lambda r: r < 1.0,
            )
        )
    return result
