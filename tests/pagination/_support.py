"""Helpers for the pager tests: a served sandbox with a client, and a line-counted scripted listing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from vn_loopback import Reply, Seen

from vismanet_ext import AsyncVismaNet, VismaNet
from vismanet_ext.sandbox import Sandbox


@contextmanager
def served(sandbox: Sandbox) -> Iterator[tuple[str, VismaNet]]:
    """The sandbox over real loopback HTTP, and a client signing in with client credentials."""
    with sandbox.serve() as url, VismaNet(base_url=url, retry=None, **sandbox.client_kwargs(url)) as vn:
        yield url, vn


def async_client(sandbox: Sandbox, url: str) -> AsyncVismaNet:
    return AsyncVismaNet(base_url=url, retry=None, **sandbox.client_kwargs(url))


class LineListing:
    """A scripted ``/v2/journaltransaction``: pages count lines, a batch continues on the next page.

    ``hooks[n]`` runs before page n is served (e.g. to delete batches between pages).
    """

    def __init__(self, batches: list[dict[str, Any]], max_page_size: int = 1000) -> None:
        self.batches = batches
        self.max_page_size = max_page_size
        self.hooks: dict[int, Callable[[], None]] = {}
        self.served: list[int] = []

    def __call__(self, seen: Seen) -> Reply:
        number = int(seen.query.get("pageNumber", "1"))
        size = min(int(seen.query.get("pageSize", "100")), self.max_page_size)
        hook = self.hooks.pop(number, None)
        if hook is not None:
            hook()
        self.served.append(number)
        start, stop = (number - 1) * size, number * size
        total = sum(len(b["journalTransactionLines"]) for b in self.batches)
        meta = {"totalCount": total, "maxPageSize": self.max_page_size}
        page, offset = [], 0
        for batch in self.batches:
            lines = batch["journalTransactionLines"]
            if offset < stop and offset + len(lines) > start:
                cut = lines[max(start - offset, 0) : stop - offset]
                page.append(dict(batch, journalTransactionLines=cut, metadata=meta))
            offset += len(lines)
        return Reply(200, page)


def batch(number: int, lines: int, module: str = "ModuleGL") -> dict[str, Any]:
    return {
        "batchNumber": f"{number:06d}",
        "module": module,
        "description": f"Batch {number}",
        "journalTransactionLines": [
            {"lineNumber": n, "accountNumber": "1920", "debitAmount": float(n), "description": f"line {n}"}
            for n in range(1, lines + 1)
        ],
    }
