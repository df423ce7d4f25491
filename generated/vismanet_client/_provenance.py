"""Which spec this package was generated from (written by scripts/regenerate.sh; do not edit)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SpecInfo:
    """Provenance of the generated client: compare ``sha256`` with a spec file to know if it is current."""

    sha256: str
    title: str
    version: str
    openapi: str
    generator: str
    operations: int
    schemas: int


SPEC = SpecInfo(
    sha256="c3a554568510fba172adede8088b6ce2a2729d765de6f9047143097d39260d86",
    title="Visma.net ERP API",
    version="v1",
    openapi="3.0.4",
    generator="openapi-python-client 0.29.1",
    operations=498,
    schemas=1666,
)
