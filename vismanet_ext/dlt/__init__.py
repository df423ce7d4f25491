"""A dlt ("data load tool") source for the Visma.net ERP API: ``pip install "vismanet[dlt]"``.

Importing :mod:`vismanet_ext` never imports dlt; importing this package does (Python 3 imports are
absolute, so ``import dlt`` in here is the real dlt, not this package). See :mod:`.source`.
"""

from __future__ import annotations

from .source import HASH_COLUMN, SyncReport, TenantResult, visma_net_source
from .specs import TENANT_COLUMN, ResourceSpec, all_specs, select

__all__ = [
    "HASH_COLUMN",
    "TENANT_COLUMN",
    "ResourceSpec",
    "SyncReport",
    "TenantResult",
    "all_specs",
    "select",
    "visma_net_source",
]
