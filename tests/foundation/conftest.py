from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CODEGEN = REPO / "scripts" / "codegen"
SHARED_SPEC = REPO.parent / "shared" / "specs" / "vismanet-erp-api-v1-20250424.json"

if str(CODEGEN) not in sys.path:
    sys.path.insert(0, str(CODEGEN))


@pytest.fixture(scope="session")
def shared_spec() -> Path:
    if not SHARED_SPEC.is_file():
        pytest.skip(f"Visma's spec is not at {SHARED_SPEC}; regeneration tests need it")
    return SHARED_SPEC
