"""Dagster assets for the Visma.net sync: one partition per tenant (company), via ``dagster-dlt``.

::

    from vismanet_ext.orchestration.dagster import visma_net_definitions

    defs = visma_net_definitions(
        tenants=["4f1b...", "9a2c..."],
        resources=["customer", "supplier", "customerinvoice"],
        credentials={"client_id": "isv_...", "client_secret": "...", "rate_limit": "production"},
        destination=dlt.destinations.postgres("postgresql://loader:...@db/warehouse"),
    )

Each dlt resource is one Dagster asset (``dlt_visma_net_customer``, ...); a run materializes one
partition, i.e. one tenant, so a failing company fails only its own partition, and partitions run in
parallel on Dagster's multiprocess or Kubernetes executors. Each tenant has its own dlt pipeline
(``vismanet_<tenant>``), so concurrent partitions never race on dlt's state; all tenants share the
dataset and tables (``tenant_id`` column, part of every key). Each process keeps one
:class:`~vismanet_ext.tenants.Tenants` pool (one token and one rate limiter per company); processes
working for the same company coordinate through the server's ``X-RateLimit-*`` headers.

Run the first load of new tables serially (one partition) before fanning out: concurrent pipelines that
create the same table at the same moment can collide on ``CREATE TABLE``/``ALTER TABLE``.
"""

# No `from __future__ import annotations`: Dagster reads the asset function's annotations at runtime.

import re
from collections.abc import Iterator, Sequence
from typing import Any

import dlt
from dagster import (
    AssetExecutionContext,
    AssetsDefinition,
    Definitions,
    Failure,
    StaticPartitionsDefinition,
)
from dagster_dlt import DagsterDltResource, dlt_assets

from ..dlt import SyncReport, visma_net_source
from ..dlt.source import _pool_from
from ..errors import InvalidArgument

__all__ = ["pipeline_name_for", "visma_net_assets", "visma_net_definitions"]

_UNSAFE = re.compile(r"[^A-Za-z0-9_]+")


def pipeline_name_for(tenant_id: str, prefix: str = "vismanet") -> str:
    """The dlt pipeline of one tenant (its state and cursors live under this name)."""
    return f"{prefix}_{_UNSAFE.sub('_', tenant_id)}"


def visma_net_assets(
    *,
    tenants: Sequence[str],
    resources: Sequence[str],
    credentials: Any,
    destination: Any,
    dataset_name: str = "visma_net",
    pipelines_dir: str | None = None,
    loader_file_format: str | None = None,
    name: str = "visma_net",
    **source_options: Any,
) -> AssetsDefinition:
    """The Dagster assets (one per listing), partitioned by tenant.

    ``credentials`` as for :func:`~vismanet_ext.dlt.visma_net_source` (a ``Tenants`` pool is shared by
    all partitions run in this process); ``destination`` a dlt destination; ``source_options`` go to
    ``visma_net_source`` (``page_size``, ``max_concurrency``, ``full_refresh``, ``overlap``, ...).
    """
    if isinstance(tenants, str) or not tenants:
        raise InvalidArgument("tenants must be a non-empty list of tenant ids")
    pool = _pool_from(credentials)
    tenant_ids = list(dict.fromkeys(tenants))
    partitions = StaticPartitionsDefinition(tenant_ids)
    # What Dagster needs to know the assets: the source's resources and where they land.
    shape = visma_net_source(resources, tenant_ids, pool, **source_options)
    where: dict[str, Any] = {"destination": destination, "dataset_name": dataset_name}
    if pipelines_dir is not None:
        where["pipelines_dir"] = pipelines_dir
    layout = dlt.pipeline(pipeline_name=name, **where)

    def pipeline_for(tenant: str) -> Any:
        return dlt.pipeline(pipeline_name=pipeline_name_for(tenant), **where)

    @dlt_assets(dlt_source=shape, dlt_pipeline=layout, name=name, group_name=name, partitions_def=partitions)
    def visma_net_tenant(context: AssetExecutionContext, dlt: DagsterDltResource) -> Iterator[Any]:
        tenant = context.partition_key
        report = SyncReport()
        source = visma_net_source(resources, [tenant], pool, report=report, **source_options)
        kwargs: dict[str, Any] = {"loader_file_format": loader_file_format} if loader_file_format else {}
        yield from dlt.run(context=context, dlt_source=source, dlt_pipeline=pipeline_for(tenant), **kwargs)
        if report.failures:
            failed = ", ".join(f"{r.resource}: {r.error}" for r in report.failures)
            raise Failure(description=f"tenant {tenant}: {len(report.failures)} listing(s) failed: {failed}")

    assets: AssetsDefinition = visma_net_tenant
    return assets


def visma_net_definitions(**kwargs: Any) -> Definitions:
    """:func:`visma_net_assets` with the ``dlt`` resource they need, ready for ``dagster dev``."""
    return Definitions(assets=[visma_net_assets(**kwargs)], resources={"dlt": DagsterDltResource()})

