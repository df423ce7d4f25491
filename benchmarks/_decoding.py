"""The pager's whole page against ``json.loads`` of the same bytes, with the stdlib decoder and with orjson.

``vn.pages(...)`` reads the sandbox's own first page (its bytes, served by an in-memory transport), so the
figure is everything the pager does with a page: decoding (`vismanet_ext._json`), the completeness proof's
record keys, the models (typed) and the collector handling (`vismanet_ext._gc`); the retry layer's body check
is off here (``retry=None``), as in the parsing group. The decoder is switched in-process
(``vismanet_ext._json.loads``), cases interleaved, least thread-CPU time of many rounds.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from typing import Any

from _parsing import least_cpu
from _table import Row

#: (sandbox resource, path, raw route or typed operation module, label)
PAGES = (
    ("customer", "/v1/customer", "GET /v1/customer", "raw dicts, customer"),
    ("customer", "/v1/customer", "vismanet_client.api.customer.customer_get_all", "typed CustomerDto"),
    (
        "customerInvoice",
        "/v1/customerinvoice",
        "vismanet_client.api.customer_invoice.customer_invoice_get_all",
        "typed CustomerInvoiceDto",
    ),
)


def served_page(records: int, path: str, resource: str) -> bytes:
    """The sandbox's answer to GET path?pageSize=records (in-process; no socket needed)."""
    from vismanet_ext.sandbox import Sandbox

    with (
        Sandbox(seed=1, sizes={resource: records}) as sandbox,
        sandbox.client(headers=sandbox.auth_headers()) as client,
    ):
        response = client.get(path, params={"pageSize": records, "pageNumber": 1})
        response.raise_for_status()
        return response.content


def first_page(target: str, raw: bytes, records: int) -> tuple[Callable[[], object], Callable[[], None]]:
    """``vn.pages(target)``'s first page, the server answering ``raw``, and a closer."""
    import httpx

    from vismanet_ext import VismaNet

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=raw, headers={"Content-Type": "application/json"})

    operation: Any = target if target.startswith("GET ") else importlib.import_module(target)
    vn = VismaNet(token="bench", transport=httpx.MockTransport(answer), retry=None, log=False)

    def read() -> object:
        with vn.pages(operation, page_size=records) as pages:
            return next(iter(pages)).records

    return read, vn.close


def _with_decoder(loads: Callable[[Any], Any], case: Callable[[], object]) -> Callable[[], object]:
    from vismanet_ext import _json

    def run() -> object:
        _json.loads = loads  # type: ignore[assignment]  # the call sites look it up on every page
        return case()

    return run


def rows(records: int, rounds: int) -> list[Row]:
    from vismanet_ext import _json

    fast = _json.loads
    stdlib = _json._stdlib_loads
    out: list[Row] = []
    try:
        for resource, path, target, label in PAGES:
            raw = served_page(records, path, resource)
            read, close = first_page(target, raw, records)
            cases: dict[str, Callable[[], object]] = {
                "json": lambda raw=raw: json.loads(raw),
                "stdlib": _with_decoder(stdlib, read),
            }
            if _json.BACKEND == "orjson":
                cases["orjson"] = _with_decoder(fast, read)
            try:
                best = least_cpu(cases, rounds)
            finally:
                close()
            typed = label.startswith("typed")
            goal_stdlib, goal_fast = (1.3, 1.3) if typed else (1.0, 0.6)
            figure = f"pager's page ({label}): `vn.pages(...)`, {records:,} records ({len(raw) / 1e6:.2f} MB)"
            floor = f"json.loads {best['json'] * 1000:.1f} ms"
            out.append(
                Row.measured(
                    f"{figure}, stdlib decoder",
                    f"{best['stdlib'] * 1000:.1f} ms",
                    floor,
                    best["stdlib"] / best["json"],
                    f"within {goal_stdlib}x json.loads",
                    lambda r, g=goal_stdlib: r <= g,
                )
            )
            if "orjson" in best:
                out.append(
                    Row.measured(
                        f"{figure}, orjson (`vismanet[fast]`)",
                        f"{best['orjson'] * 1000:.1f} ms",
                        floor,
                        best["orjson"] / best["json"],
                        f"within {goal_fast}x json.loads",
                        lambda r, g=goal_fast: r <= g,
                    )
                )
            else:
                out.append(Row.unavailable(f"{figure}, orjson (`vismanet[fast]`)", "orjson not installed", floor, "-"))
    finally:
        _json.loads = fast  # type: ignore[assignment]
    return out
