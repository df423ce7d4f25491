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


def concurrent_export(records: int, page_size: int, latency: float, concurrency: int = 4) -> list[Row]:
    """Sequential against ``max_concurrency`` paging, for typed records and for plain dicts (a raw route).

    The typed variant is what ``vn.paginate(customer_get_all)`` gives; the raw one is what ``vismanet export``
    does (``GET /v1/customer``, records as dicts), which saves the models' CPU time on every page.
    """
    from vismanet_client.api.customer import customer_get_all

    from vismanet_ext.client import VismaNet

    pages = math.ceil(records / page_size)
    floor = pages * latency / concurrency
    config = ServerConfig(sizes={"customer": records}, latency=latency, warm=("customer",))
    out = []
    with SandboxProcess(config) as server, VismaNet(base_url=server.base_url, token=server.token) as vn:
        for kind, target in (("typed CustomerDto", customer_get_all), ("raw dicts", "GET /v1/customer")):

            def export(max_concurrency: int, target: object = target) -> tuple[float, float]:
                started, cpu = time.perf_counter(), time.process_time()
                pager = vn.paginate(target, page_size=page_size, max_concurrency=max_concurrency)
                count = sum(1 for _ in pager)
                if count != records:
                    raise RuntimeError(f"exported {count} records, expected {records}")
                return time.perf_counter() - started, time.process_time() - cpu

            sequential, _ = export(1)
            parallel, cpu = export(concurrency)
            out.append(
                Row.measured(
                    f"full export of {records:,} records ({kind}), pageSize {page_size:,}, "
                    f"{latency * 1000:.0f} ms server latency per page",
                    f"max_concurrency={concurrency}: {parallel:.2f} s (client CPU {cpu:.2f} s)",
                    f"sequential {sequential:.2f} s; floor {pages} pages x {latency:g} s / {concurrency} = {floor:.2f} s",
                    sequential / parallel,
                    f"max_concurrency={concurrency} at least 3x faster than sequential",
                    lambda r: r >= 3.0,
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
