"""The figures measured over loopback against a sandbox in its own process.

* client overhead: CPU time of the SDK's call path against a raw ``httpx.Client`` doing the same GET;
* concurrent export: wall time of ``paginate`` with ``max_concurrency=4`` against sequential paging;
* rate-limited export: calls per second the client reaches under a server quota, and the 429s it caused.
* shared quota: two clients of one company and API client, each with only the server's X-RateLimit-*
  headers to go by (no client-side limit), share one quota: how much of it they use, and the 429s.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from _server import SandboxProcess, ServerConfig, ServerStats
from _table import Row


def _cpu_per_call(call: Callable[[], object], calls: int) -> float:
    started = time.process_time()  # the server is another process: this is the client's CPU alone
    for _ in range(calls):
        call()
    return (time.process_time() - started) / calls


def client_overhead(calls: int, blocks: int = 10) -> Row:
    from vismanet_client.api.customer import customer_get_bycustomer_cd

    from vismanet_ext.client import VismaNet

    figure = f"client overhead: CPU per small GET ({calls:,} calls each over loopback)"
    with (
        SandboxProcess(ServerConfig(sizes={"customer": 5})) as server,
        httpx.Client(base_url=server.base_url, headers={"Authorization": f"Bearer {server.token}"}) as raw,
        VismaNet(base_url=server.base_url, token=server.token) as vn,
    ):

        def raw_call() -> None:
            response = raw.get("/v1/customer/10000")
            if response.status_code != 200:
                raise RuntimeError(f"raw GET answered {response.status_code}")

        def sdk_call() -> None:
            vn.call(customer_get_bycustomer_cd, customer_cd="10000")

        per_block = max(1, calls // blocks)
        for call in (raw_call, sdk_call):  # connections open, caches warm
            _cpu_per_call(call, min(50, per_block))
        raw_cpu, sdk_cpu = [], []
        for _ in range(blocks):  # interleaved, so drifts in machine load hit both alike
            raw_cpu.append(_cpu_per_call(raw_call, per_block))
            sdk_cpu.append(_cpu_per_call(sdk_call, per_block))
    raw_us, sdk_us = statistics.median(raw_cpu) * 1e6, statistics.median(sdk_cpu) * 1e6
    return Row.measured(
        figure,
        f"VismaNet.call {sdk_us:.0f} us",
        f"raw httpx.Client.get {raw_us:.0f} us",
        sdk_us / raw_us,
        "within 1.25x",
        lambda r: r <= 1.25,
    )


@dataclass(frozen=True)
class Export:
    """One ``paginate`` run: wall time and the client's CPU (the server is another process)."""

    wall: float
    cpu: float


def _sync_export(vn: Any, target: object, records: int, page_size: int, concurrency: int) -> Export:
    started, cpu = time.perf_counter(), time.process_time()
    count = sum(1 for _ in vn.paginate(target, page_size=page_size, max_concurrency=concurrency))
    if count != records:
        raise RuntimeError(f"exported {count} records, expected {records}")
    return Export(time.perf_counter() - started, time.process_time() - cpu)


async def _async_export(avn: Any, target: object, records: int, page_size: int, concurrency: int) -> Export:
    started, cpu = time.perf_counter(), time.process_time()
    count = 0
    async for _ in avn.paginate(target, page_size=page_size, max_concurrency=concurrency):
        count += 1
    if count != records:
        raise RuntimeError(f"exported {count} records, expected {records}")
    return Export(time.perf_counter() - started, time.process_time() - cpu)


def _series(flavour: str, server: SandboxProcess, count: int, page_size: int, ways: tuple[int, ...]) -> list[Export]:
    """Sequential, then each of ``ways``, after one warm-up run: one client (and one event loop) throughout."""
    from vismanet_client.api.customer import customer_get_all

    from vismanet_ext.client import AsyncVismaNet, VismaNet

    if flavour == "sync":
        with VismaNet(base_url=server.base_url, token=server.token) as vn:
            _sync_export(vn, customer_get_all, count, page_size, 2)
            return [_sync_export(vn, customer_get_all, count, page_size, c) for c in (1, *ways)]

    async def run() -> list[Export]:
        async with AsyncVismaNet(base_url=server.base_url, token=server.token) as avn:
            await _async_export(avn, customer_get_all, count, page_size, 2)
            return [await _async_export(avn, customer_get_all, count, page_size, c) for c in (1, *ways)]

    import asyncio

    return asyncio.run(run())


def rounds_bound(pages: int, ways: int) -> float:
    """Sequential round trips over ``ways``-way ones: the pager reads page 1 alone (it learns the count from it),
    then the rest and the page that ends the listing (empty after a full last page) ``ways`` at a time."""
    requests = pages + 1
    return requests / (1 + math.ceil(pages / ways))


def _median(runs: list[Export]) -> Export:
    return Export(statistics.median(r.wall for r in runs), statistics.median(r.cpu for r in runs))


def concurrent_export(records: int, page_size: int, latency: float, concurrency: int = 4, runs: int = 5) -> list[Row]:
    """Sequential against ``max_concurrency`` paging, typed records and plain dicts (a raw route).

    The typed variant is what ``vn.paginate(customer_get_all)`` gives; the raw one is what ``vismanet export``
    reads (``GET /v1/customer``, records as dicts). Runs are paired (sequential, then concurrent) and the
    median of ``runs`` speed-ups is reported beside the client-CPU ceiling: with one core for Python
    (the GIL), no concurrency beats sequential wall / client CPU. Also returns the quota rows (client CPU per
    company at Visma's 15,000 calls/hour, from the sequential runs' CPU per page).
    """
    from vismanet_client.api.customer import customer_get_all

    from vismanet_ext.client import VismaNet

    pages = math.ceil(records / page_size)
    floor = pages * latency / concurrency
    config = ServerConfig(sizes={"customer": records}, latency=latency, warm=("customer",))
    out, quota = [], []
    with SandboxProcess(config) as server, VismaNet(base_url=server.base_url, token=server.token) as vn:
        for kind, target in (("typed CustomerDto", customer_get_all), ("raw dicts", "GET /v1/customer")):
            _sync_export(vn, target, records, page_size, 1)  # connections open, caches warm
            sequential, parallel = [], []
            for _ in range(runs):
                sequential.append(_sync_export(vn, target, records, page_size, 1))
                parallel.append(_sync_export(vn, target, records, page_size, concurrency))
            speedup = statistics.median(s.wall / p.wall for s, p in zip(sequential, parallel, strict=True))
            seq, par = _median(sequential), _median(parallel)
            ceiling = seq.wall / seq.cpu
            out.append(
                Row.measured(
                    f"full export of {records:,} records ({kind}), pageSize {page_size:,}, "
                    f"{latency * 1000:.0f} ms server latency per page (median of {runs} paired runs)",
                    f"max_concurrency={concurrency}: {par.wall:.2f} s (client CPU {par.cpu:.2f} s)",
                    f"sequential {seq.wall:.2f} s (client CPU {seq.cpu:.2f} s); bound {rounds_bound(pages, concurrency):.2f}x "
                    f"(round trips), client-CPU ceiling {ceiling:.1f}x; floor {floor:.2f} s",
                    speedup,
                    f"max_concurrency={concurrency} at least 3.5x faster than sequential",
                    lambda r: r >= 3.5,
                )
            )
            quota.append((kind, seq.cpu / pages))
    return out + [_quota_row(quota, page_size)]


#: Visma's production quota per company and API client (the developers' guide).
CALLS_PER_HOUR = 15_000


def _quota_row(per_page: list[tuple[str, float]], page_size: int) -> Row:
    """Client CPU to keep one company at the full quota, every call a full page, and companies per core."""
    share = {kind: cpu * CALLS_PER_HOUR / 3600.0 for kind, cpu in per_page}  # cores per company
    typed, raw = share["typed CustomerDto"], share["raw dicts"]
    cpu = dict(per_page)
    return Row.measured(
        f"quota: client CPU per company at Visma's {CALLS_PER_HOUR:,} calls/hour, every call a "
        f"{page_size:,}-record page (`vn.paginate`, sequential)",
        f"typed {typed:.3f} core ({cpu['typed CustomerDto'] * 1000:.0f} ms per page) = {1 / typed:.1f} "
        f"companies per core",
        f"raw {raw:.3f} core ({cpu['raw dicts'] * 1000:.0f} ms per page) = {1 / raw:.1f} companies per core",
        1 / typed,
        "typed at least 5 companies per core (0.20 core per company at the start of this round)",
        lambda r: r >= 5.0,
    )


def scaling(records: int, page_sizes: tuple[int, ...], latency: float, ways: tuple[int, ...]) -> list[Row]:
    """Typed exports at 8- and 16-way against sequential, sync (threads) and async (one event loop).

    The bound is what the listing allows (pages / rounds of ``ways`` requests) and the client-CPU ceiling
    (sequential wall / client CPU), whichever is lower; the goal is 80% of it.
    """
    out: list[Row] = []
    for page_size in page_sizes:
        count = records if page_size >= 1000 else records * page_size // 1000
        pages = math.ceil(count / page_size)
        config = ServerConfig(sizes={"customer": count}, latency=latency, warm=("customer",))
        with SandboxProcess(config) as server:
            for flavour in ("sync", "async"):
                seq, *parallel = _series(flavour, server, count, page_size, ways)
                ceiling = seq.wall / seq.cpu
                for c, par in zip(ways, parallel, strict=True):
                    bound = min(rounds_bound(pages, c), ceiling)
                    out.append(
                        Row.measured(
                            f"{c}-way export ({flavour}), {count:,} typed records, pageSize {page_size:,}, "
                            f"{latency * 1000:.0f} ms latency",
                            f"{par.wall:.2f} s (client CPU {par.cpu:.2f} s)",
                            f"sequential {seq.wall:.2f} s; bound {bound:.1f}x (round trips "
                            f"{rounds_bound(pages, c):.1f}x, client-CPU ceiling {ceiling:.1f}x)",
                            seq.wall / par.wall,
                            "speed-up at least 80% of the bound",
                            lambda r, b=bound: r >= 0.8 * b,
                        )
                    )
    return out


def windowed_rate(arrivals: list[float], window: float = 1.0) -> float:
    """Mean calls per complete window, windows starting at the first call (as the server counts them)."""
    if len(arrivals) < 2:
        return float("nan")
    ordered = sorted(arrivals)
    start = ordered[0]
    complete = math.floor((ordered[-1] - start) / window)
    if complete == 0:
        return (len(ordered) - 1) / (ordered[-1] - start)
    inside = sum(1 for t in ordered if t < start + complete * window)
    return inside / (complete * window)


def rate_limited_export(rate: int, calls: int) -> Row:
    from vismanet_client.api.customer import customer_get_all

    from vismanet_ext.client import VismaNet

    page_size = 10
    records = calls * page_size - page_size // 2  # `calls` pages, the last one short
    figure = f"rate-limited export: server quota {rate} calls/s (429 beyond it), {calls} pages"
    config = ServerConfig(sizes={"customer": records}, rate_per_second=rate)
    with SandboxProcess(config) as server:
        with VismaNet(base_url=server.base_url, token=server.token, rate_limit=(rate, 1.0)) as vn:
            started = time.perf_counter()
            count = sum(1 for _ in vn.paginate(customer_get_all, page_size=page_size))
            elapsed = time.perf_counter() - started
        stats: ServerStats = server.stats()
    if count != records:
        raise RuntimeError(f"exported {count} records, expected {records}")
    achieved = windowed_rate(stats.arrivals)
    throttled = stats.count(429)
    return Row.measured(
        figure,
        f"{achieved:.1f} calls/s ({len(stats.arrivals)} calls in {elapsed:.1f} s), {throttled} x 429",
        f"the quota, {rate} calls/s",
        achieved / rate if throttled == 0 else 0.0,
        "at least 95% of the quota, zero 429 (ratio 0 when any 429)",
        lambda r: r >= 0.95,
    )


def shared_quota(rate: int, window: float, calls: int) -> Row:
    """Two clients in one process, separate limiters: they coordinate only through the sandbox's headers."""
    import threading

    from vismanet_client.api.customer import customer_get_all

    from vismanet_ext.client import VismaNet

    page_size = 10
    pages_each = max(1, calls // 2)
    records = pages_each * page_size - page_size // 2  # `pages_each` pages, the last one short
    figure = f"shared quota: two clients, one company quota of {rate} calls per {window:g} s, headers only"
    config = ServerConfig(sizes={"customer": records}, rate_per_second=rate, rate_window=window)
    counts: list[int] = []
    failures: list[BaseException] = []
    with SandboxProcess(config) as server:

        def export() -> None:
            try:
                with VismaNet(base_url=server.base_url, token=server.token) as vn:
                    counts.append(sum(1 for _ in vn.paginate(customer_get_all, page_size=page_size)))
            except BaseException as exc:  # noqa: BLE001 - reported below
                failures.append(exc)

        started = time.perf_counter()
        threads = [threading.Thread(target=export) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
        stats: ServerStats = server.stats()
    if failures:
        raise failures[0]
    if counts != [records, records]:
        raise RuntimeError(f"exported {counts} records, expected {records} each")
    used = windowed_rate(stats.arrivals, window) * window / rate
    throttled = stats.count(429)
    return Row.measured(
        figure,
        f"quota used {used:.0%} ({len(stats.arrivals)} calls in {elapsed:.1f} s), {throttled} x 429",
        f"the quota, {rate} calls per {window:g} s",
        used if throttled == 0 else 0.0,
        "zero 429 (ratio 0 when any 429), at least 75% of the quota used",
        lambda r: r >= 0.75,
    )
