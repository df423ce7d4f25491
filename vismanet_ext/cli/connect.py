"""A ``VismaNet`` client from flags and ``VISMANET_*`` variables, or the offline sandbox.

Missing credentials are a usage error naming exactly the variables to set, checked before anything
else happens (no temp file, no request).  Hidden knobs for tests and demos of ``--sandbox``:
``VISMANET_SANDBOX_SIZES`` (``customer=50,supplier=10``), ``_SEED`` (int), ``_LATENCY`` (seconds added to
every request, 0 to 60), ``_RATE_LIMIT``, ``_RATE_WINDOW`` and ``_TENANTS``, parsed by
``vismanet_ext.sandbox.settings`` exactly as ``vismanet sandbox serve`` parses them.

The token comes from ``--token``, ``--token-file PATH`` ('-': stdin), ``VISMANET_TOKEN`` or
``VISMANET_TOKEN_FILE``, in that order; a base URL with ``user:password@`` is refused (httpx would log it).
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


def read_token(path: str, what: str = "--token-file") -> str:
    """The token from ``path`` ('-': stdin), as a usage error when the file is missing or malformed."""
    if path == "-":
        text = sys.stdin.read(64 * 1024 + 1) if sys.stdin is not None else ""
        token = text.strip()
        if not token or len(text) > 64 * 1024 or any(c in token for c in "\r\n\x00"):
            raise UsageError(f"{what} -: stdin must hold one token on one line")
        return token
    from vismanet_ext.client import read_token_file
    from vismanet_ext.errors import InvalidArgument

    try:
        return read_token_file(path, what=what)
    except InvalidArgument as e:
        raise UsageError(str(e)) from None


def check_credentials(args: argparse.Namespace, environ: Mapping[str, str]) -> None:
    """UsageError naming the missing variables when no way to authenticate is configured."""
    if args.token or getattr(args, "token_file", None) or _env(environ, "VISMANET_TOKEN") \
            or _env(environ, "VISMANET_TOKEN_FILE"):
        pass
    else:
        present = [n for n in _CREDENTIALS if _env(environ, n)]
        missing = [n for n in _CREDENTIALS if not _env(environ, n)]
        if not present:
            raise UsageError(
                "no credentials: set VISMANET_TOKEN or VISMANET_TOKEN_FILE (or pass --token-file), or set all of "
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
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(base_url)
        userinfo = parts.username is not None or parts.password is not None
    except ValueError:
        userinfo = False
    if userinfo:
        raise UsageError(
            "the base URL must not contain credentials (user:password@host): they would be logged with "
            "every request; use --token-file, VISMANET_TOKEN_FILE or the client-credential variables"
        )
    with_token = args.token or getattr(args, "token_file", None) or _env(environ, "VISMANET_TOKEN") \
        or _env(environ, "VISMANET_TOKEN_FILE")
    if _LEGACY_HOST in base_url.lower() and not _env(environ, "VISMANET_COMPANY_ID") and with_token:
        raise UsageError(f"{_LEGACY_HOST} needs the company id with a token: set VISMANET_COMPANY_ID "
                         "(client credentials name the company themselves)")


def _sandbox_settings(environ: Mapping[str, str]) -> Any:
    """The VISMANET_SANDBOX_* variables, parsed by the sandbox's own parser (the one `sandbox serve` uses)."""
    from vismanet_ext.sandbox.settings import SandboxSettings

    try:
        return SandboxSettings.from_env(environ)
    except ValueError as e:
        raise UsageError(str(e)) from None


def _sandbox_kwargs(environ: Mapping[str, str]) -> dict[str, Any]:
    """Sandbox keywords from VISMANET_SANDBOX_SIZES, _SEED, _RATE_LIMIT, _RATE_WINDOW and _TENANTS."""
    kwargs: dict[str, Any] = _sandbox_settings(environ).sandbox_kwargs()
    return kwargs


def _sandbox_latency(environ: Mapping[str, str]) -> float:
    """VISMANET_SANDBOX_LATENCY: seconds added to every request (0-60)."""
    latency: float = _sandbox_settings(environ).latency
    return latency


#: The OAuth scopes each command asks for with client credentials (VISMANET_SCOPES overrides): Visma's
#: ``vismanet_erp_service_api:read|create|update|delete``. `call` sets ``args.scopes`` from its operation.
COMMAND_SCOPES: dict[str, tuple[str, ...]] = {
    "export": ("read",), "get": ("read",), "job": ("read",), "download": ("read",), "resources": ("read",),
    "create": ("create",), "attach": ("create",),
}  # fmt: skip
METHOD_SCOPES = {"GET": "read", "HEAD": "read", "POST": "create", "PUT": "update", "PATCH": "update",
                 "DELETE": "delete"}  # fmt: skip


def command_scopes(args: argparse.Namespace) -> str | None:
    """The scope string for this command, or None (then the SDK's default: all four)."""
    names = getattr(args, "scopes", None) or COMMAND_SCOPES.get(getattr(args, "command", "") or "")
    return " ".join(f"vismanet_erp_service_api:{n}" for n in names) if names else None


def connect(args: argparse.Namespace, environ: Mapping[str, str] | None = None) -> VismaNet:
    """The client the command should use (credentials checked first; the sandbox announced on stderr)."""
    env = os.environ if environ is None else environ
    if args.sandbox:
        if args.base_url or args.token or getattr(args, "token_file", None):
            raise UsageError("--sandbox runs offline; it cannot be combined with --base-url, --token or --token-file")
        kwargs = _sandbox_kwargs(env)
        latency = _sandbox_latency(env)
        from vismanet_ext.client import VismaNet

        try:
            vn = VismaNet.sandbox(sandbox=kwargs)  # sandbox settings apart from client options
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
    elif getattr(args, "token_file", None):
        overrides["token"] = read_token(args.token_file)
    if args.retries is not None or getattr(args, "max_wait", None) is not None:
        import dataclasses

        from vismanet_ext.transports import DEFAULT_RETRY_POLICY

        changes: dict[str, Any] = {}
        if args.retries is not None:
            changes["max_attempts"] = args.retries + 1
            if args.retries == 0:
                changes["max_rate_limit_retries"] = 0
        if getattr(args, "max_wait", None) is not None:
            changes["max_rate_limit_wait"] = args.max_wait
        overrides["retry"] = dataclasses.replace(DEFAULT_RETRY_POLICY, **changes)
    scopes = command_scopes(args)
    if scopes is not None and not _env(env, "VISMANET_SCOPES"):
        overrides["scopes"] = scopes  # only what the command needs: a read-only app may be refused the others
    return VismaNet.from_env(env, **overrides)
