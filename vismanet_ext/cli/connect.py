"""A ``VismaNet`` client from flags and ``VISMANET_*`` variables, or the offline sandbox.

Missing credentials are a usage error naming exactly the variables to set, checked before anything
else happens (no temp file, no request).  Hidden knobs for tests and demos of ``--sandbox``:
``VISMANET_SANDBOX_SIZES`` (``customer=50,supplier=10``), ``VISMANET_SANDBOX_SEED`` (int) and
``VISMANET_SANDBOX_LATENCY`` (seconds added to every request).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .errors import UsageError

if TYPE_CHECKING:
    from vismanet_ext.client import VismaNet

_CREDENTIALS = ("VISMANET_CLIENT_ID", "VISMANET_CLIENT_SECRET", "VISMANET_TENANT_ID")
_LEGACY_HOST = "integration.visma.net"


def _env(environ: Mapping[str, str], name: str) -> str | None:
    value = environ.get(name, "").strip()
    return value or None


def check_credentials(args: argparse.Namespace, environ: Mapping[str, str]) -> None:
    """UsageError naming the missing variables when no way to authenticate is configured."""
    if args.token or _env(environ, "VISMANET_TOKEN"):
        pass
    else:
        present = [n for n in _CREDENTIALS if _env(environ, n)]
        missing = [n for n in _CREDENTIALS if not _env(environ, n)]
        if not present:
            raise UsageError(
                "no credentials: set VISMANET_TOKEN (or pass --token), or set all of "
                + ", ".join(_CREDENTIALS)
                + " (missing: VISMANET_TOKEN, "
                + ", ".join(missing)
                + "); optional: VISMANET_BASE_URL, VISMANET_COMPANY_ID. "
                "To try it offline without credentials, add --sandbox."
            )
        if missing:
            raise UsageError(
                f"incomplete client credentials: missing {', '.join(missing)} "
                f"(set with {', '.join(present)}); or set VISMANET_TOKEN / pass --token; "
                "or add --sandbox to run offline"
            )
    base_url = args.base_url or _env(environ, "VISMANET_BASE_URL") or ""
    if _LEGACY_HOST in base_url.lower() and not _env(environ, "VISMANET_COMPANY_ID"):
        raise UsageError(f"{_LEGACY_HOST} needs the company id: set VISMANET_COMPANY_ID")


def _sandbox_kwargs(environ: Mapping[str, str]) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    sizes = _env(environ, "VISMANET_SANDBOX_SIZES")
    if sizes:
        parsed: dict[str, int] = {}
        for item in sizes.split(","):
            name, _, count = item.partition("=")
            try:
                parsed[name.strip()] = int(count)
            except ValueError:
                raise UsageError(f"VISMANET_SANDBOX_SIZES: {item!r} is not NAME=COUNT") from None
        from vismanet_ext.sandbox import RESOURCES

        unknown = sorted(set(parsed) - set(RESOURCES))
        if unknown:
            raise UsageError(
                f"VISMANET_SANDBOX_SIZES: unknown resource {', '.join(unknown)}; the sandbox has {', '.join(sorted(RESOURCES))}"
            )
        kwargs["sizes"] = parsed
    seed = _env(environ, "VISMANET_SANDBOX_SEED")
    if seed:
        try:
            kwargs["seed"] = int(seed)
        except ValueError:
            raise UsageError(f"VISMANET_SANDBOX_SEED: {seed!r} is not an integer") from None
    return kwargs


def _sandbox_latency(environ: Mapping[str, str]) -> float:
    latency = _env(environ, "VISMANET_SANDBOX_LATENCY")
    if not latency:
        return 0.0
    try:
        return float(latency)
    except ValueError:
        raise UsageError(f"VISMANET_SANDBOX_LATENCY: {latency!r} is not a number of seconds") from None


def connect(args: argparse.Namespace, environ: Mapping[str, str] | None = None) -> VismaNet:
    """The client the command should use (credentials checked first; the sandbox announced on stderr)."""
    env = os.environ if environ is None else environ
    if args.sandbox:
        if args.base_url or args.token:
            raise UsageError("--sandbox runs offline; it cannot be combined with --base-url or --token")
        kwargs = _sandbox_kwargs(env)
        latency = _sandbox_latency(env)
        from vismanet_ext.client import VismaNet

        try:
            vn = VismaNet.sandbox(**kwargs)
        except (TypeError, ValueError) as e:
            raise UsageError(f"sandbox settings: {e}") from None
        if latency:
            vn.sandbox_server.faults.latency = latency
        if not args.quiet:
            print("vismanet: using the built-in offline sandbox (generated demo data; nothing is sent to Visma)",
                  file=sys.stderr)
        return vn
    check_credentials(args, env)
    from vismanet_ext.client import VismaNet

    overrides: dict[str, Any] = {}
    if args.base_url:
        overrides["base_url"] = args.base_url
    if args.token:
        overrides["token"] = args.token
    if args.retries is not None:
        from vismanet_ext.transports import RetryPolicy

        overrides["retry"] = RetryPolicy(max_attempts=args.retries + 1)
    return VismaNet.from_env(env, **overrides)
