"""N workers syncing one company at once share its quota through the server's X-RateLimit-* headers.

Each worker has its own Tenants pool, hence its own rate limiter, as separate processes (Dagster
partitions, cron jobs) would; nothing is shared between them but the server's answers. The sandbox
counts calls per company and client in fixed windows and answers 429 beyond the quota.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

dlt = pytest.importorskip("dlt")

from vismanet_ext.dlt import SyncReport, visma_net_source
from vismanet_ext.sandbox import Sandbox
from vismanet_ext.tenants import Tenants
from vismanet_ext.transports import RateLimiter

WORKERS = 4
CONCURRENCY = 2  # pages in flight per worker
QUOTA = 12  # calls per window, for the company and client


@pytest.mark.slow
def test_parallel_workers_for_one_company_meet_zero_429(tmp_path: Path) -> None:
    sb = Sandbox(tenants=["acme"], sizes={"customer": 60, "supplier": 60, "customerinvoice": 60, "account": 10},
                 rate_limit=QUOTA, rate_window=1.0)
    resources = [["customer"], ["supplier"], ["customerinvoice"], ["account", "customer"]]
    reports = [SyncReport() for _ in range(WORKERS)]
    errors: list[BaseException] = []

    with sb.serve(port=0) as url:
        creds = sb.client_kwargs(url)

        def worker(i: int) -> None:
            try:
                # Header-following only, no client-side cap; each worker leaves the calls the others may
                # have in flight unused at the end of a window (one per worker and page in flight).
                pool = Tenants(creds["client_id"], creds["client_secret"], base_url=url,
                               token_url=creds["token_url"],
                               rate_limit=lambda tenant: RateLimiter.server_headers(reserve=WORKERS * CONCURRENCY))
                with pool:
                    source = visma_net_source(resources[i], ["acme"], pool, page_size=6, max_concurrency=CONCURRENCY,
                                              report=reports[i])
                    pipeline = dlt.pipeline(pipeline_name=f"worker{i}", pipelines_dir=str(tmp_path / "p"),
                                            destination=dlt.destinations.duckdb(str(tmp_path / f"w{i}.duckdb")),
                                            dataset_name="visma")
                    pipeline.run(source, loader_file_format="jsonl")
            except BaseException as e:  # noqa: BLE001 - reported by the test below
                errors.append(e)

        threads = [threading.Thread(target=worker, args=(i,)) for i in range(WORKERS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=300)

    assert not errors, errors
    assert all(not r.failures for r in reports), [r.failures for r in reports]
    api_calls: list[Any] = [r for r in sb.request_log if not r.path.endswith("/connect/token")]
    statuses = [r.status for r in api_calls]
    assert len(api_calls) > 3 * QUOTA  # far more than one window's quota, so the workers had to share
    assert statuses.count(429) == 0
    assert {r.records for rep in reports for r in rep.results} >= {60, 10}
