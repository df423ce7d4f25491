"""Sandbox settings from text: ``vismanet sandbox serve`` flags and ``VISMANET_SANDBOX_*`` variables.

Every parser raises ``ValueError`` with a message naming the bad value, so the CLI can
turn it into a usage error (exit 2) before anything starts. Flags override variables.

==============================  ==========================  ======================================
variable                        flag                        value
==============================  ==========================  ======================================
``VISMANET_SANDBOX_SIZES``      ``--sizes``                 ``customer=20000,branch=50`` (names as
                                                            ``vismanet resources`` prints them)
``VISMANET_SANDBOX_SEED``       ``--seed``                  integer >= 0 (same seed, same data)
``VISMANET_SANDBOX_LATENCY``    ``--latency``               seconds added to each request, 0-60
``VISMANET_SANDBOX_RATE_LIMIT`` ``--rate-limit``            ``test`` (500), ``production`` (15,000)
                                                            or calls per window
``VISMANET_SANDBOX_RATE_WINDOW`` ``--rate-window``          window seconds (default 3600)
``VISMANET_SANDBOX_TENANTS``    ``--tenants``               ``t1,t2,t3``: several tenants
==============================  ==========================  ======================================
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

MAX_LATENCY = 60.0
MAX_SIZE = 1_000_000  # seeded data lives in memory (about 1.5 kB per customer)
MAX_WINDOW = 366 * 24 * 3600.0
VARIABLES = {
    "sizes": "VISMANET_SANDBOX_SIZES",
    "seed": "VISMANET_SANDBOX_SEED",
    "latency": "VISMANET_SANDBOX_LATENCY",
    "rate_limit": "VISMANET_SANDBOX_RATE_LIMIT",
    "rate_window": "VISMANET_SANDBOX_RATE_WINDOW",
    "tenants": "VISMANET_SANDBOX_TENANTS",
}


def _shown(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:40] + "...")


def parse_sizes(text: str) -> dict[str, int]:
    """``customer=20000,branch=50`` -> sizes by store name (names checked, any case)."""
    parsed: dict[str, int] = {}
    for item in text.split(","):
        if not item.strip():
            continue
        name, sep, count = item.partition("=")
        try:
            size = int(count.strip()) if sep and name.strip() else -1
        except ValueError:
            size = -1
        if size < 0 or size > MAX_SIZE:
            raise ValueError(f"{_shown(item)} is not NAME=COUNT with a COUNT from 0 to {MAX_SIZE:,}")
        parsed[name.strip()] = size
    if not parsed:
        raise ValueError("no NAME=COUNT given")
    from .store import Store

    return Store.check_sizes(parsed)


def parse_seed(text: str) -> int:
    try:
        seed = int(text.strip())
    except ValueError:
        seed = -1
    if seed < 0 or seed >= 2**63:
        raise ValueError(f"{_shown(text)} is not a seed (an integer >= 0)")
    return seed


def _seconds(text: str, low: float, high: float, what: str, *, zero: bool) -> float:
    try:
        value = float(text.strip())
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < low or value > high or (not zero and value == 0):
        bound = f"from {low:g}" if zero else "greater than 0"
        raise ValueError(f"{_shown(text)} is not {what}: a number of seconds {bound} up to {high:g}")
    return value


def parse_latency(text: str) -> float:
    return _seconds(text, 0.0, MAX_LATENCY, "a latency", zero=True)


def parse_rate_window(text: str) -> float:
    return _seconds(text, 0.0, MAX_WINDOW, "a rate window", zero=False)


def parse_rate_limit(text: str) -> str | int:
    value = text.strip().lower()
    if value in ("test", "production"):
        return value
    try:
        calls = int(value)
    except ValueError:
        calls = 0
    if calls < 1:
        raise ValueError(f"{_shown(text)} is not a quota: use test (500), production (15000) or a "
                         "positive number of calls per window")
    return calls


def parse_tenants(text: str) -> tuple[str, ...]:
    names = tuple(name.strip() for name in text.split(",") if name.strip())
    if not names:
        raise ValueError("no tenant ids given")
    if len(set(names)) != len(names):
        raise ValueError(f"{_shown(text)} lists a tenant twice")
    return names


_PARSERS: dict[str, Any] = {
    "sizes": parse_sizes, "seed": parse_seed, "latency": parse_latency,
    "rate_limit": parse_rate_limit, "rate_window": parse_rate_window, "tenants": parse_tenants,
}


@dataclass(frozen=True)
class SandboxSettings:
    sizes: dict[str, int] = field(default_factory=dict)
    seed: int | None = None
    latency: float = 0.0
    rate_limit: str | int | None = None
    rate_window: float | None = None
    tenants: tuple[str, ...] = ()

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> SandboxSettings:
        """The ``VISMANET_SANDBOX_*`` variables; ValueError names the variable."""
        values: dict[str, Any] = {}
        for name, variable in VARIABLES.items():
            raw = environ.get(variable, "")
            if raw.strip():
                try:
                    values[name] = _PARSERS[name](raw)
                except ValueError as error:
                    raise ValueError(f"{variable}: {error}") from None
        return cls(**values)

    def override(self, **flags: Any) -> SandboxSettings:
        """These settings with every flag that was given (not None) taking precedence."""
        return replace(self, **{k: v for k, v in flags.items() if v is not None})

    def sandbox_kwargs(self) -> dict[str, Any]:
        """Keywords for :class:`Sandbox` (latency is a fault knob: ``sb.faults.latency``)."""
        kwargs: dict[str, Any] = {}
        if self.sizes:
            kwargs["sizes"] = dict(self.sizes)
        if self.seed is not None:
            kwargs["seed"] = self.seed
        if self.rate_limit is not None:
            kwargs["rate_limit"] = self.rate_limit
        if self.rate_window is not None:
            kwargs["rate_window"] = self.rate_window
        if self.tenants:
            kwargs["tenants"] = list(self.tenants)
        return kwargs
