"""vismanet: the Visma.net ERP API from Python.

``VismaNet`` / ``AsyncVismaNet`` call any of the generated operations (``vismanet_client.api.*``) or a raw
``"METHOD /path"`` route, page through listings, write safely (created IDs, ETags, attachments, background
jobs), and raise ``vismanet_ext.errors`` on failure. ``vismanet_ext.sandbox.Sandbox`` is an offline server.

Names are imported on first use (PEP 562), so ``import vismanet_ext`` and the ``vismanet`` command start
fast; ``from vismanet_ext import VismaNet`` works as usual.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._version import __version__

# public name -> submodule that defines it
_LAZY: dict[str, str] = {
    "errors": "",
    "sandbox": "",
    "BearerToken": "auth",
    "ClientCredentials": "auth",
    "AsyncVismaNet": "client",
    "VismaNet": "client",
    "user_agent": "client",
    "ApiError": "errors",
    "AuthenticationError": "errors",
    "BackgroundJobFailed": "errors",
    "BackgroundNotAccepted": "errors",
    "BackgroundTimeout": "errors",
    "Conflict": "errors",
    "InvalidArgument": "errors",
    "NetworkError": "errors",
    "NotFound": "errors",
    "PermissionDenied": "errors",
    "PreconditionFailed": "errors",
    "RateLimited": "errors",
    "ServerError": "errors",
    "VismaNetError": "errors",
    "ResponseParseError": "operations",
    "Page": "pagination",
    "PaginationLimitExceeded": "pagination",
    "PagingStats": "pagination",
    "Result": "result",
    "RateLimiter": "transports",
    "RetryPolicy": "transports",
    "AsyncBackgroundJob": "writes",
    "BackgroundJob": "writes",
    "BackgroundResult": "writes",
    "BackgroundState": "writes",
}

__all__ = ["__version__", *sorted(_LAZY)]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = import_module(f".{module or name}", __name__)
    if module:
        value = getattr(value, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


if TYPE_CHECKING:
    from . import errors, sandbox
    from .auth import BearerToken, ClientCredentials
    from .client import AsyncVismaNet, VismaNet, user_agent
    from .errors import (
        ApiError,
        AuthenticationError,
        BackgroundJobFailed,
        BackgroundNotAccepted,
        BackgroundTimeout,
        Conflict,
        InvalidArgument,
        NetworkError,
        NotFound,
        PermissionDenied,
        PreconditionFailed,
        RateLimited,
        ServerError,
        VismaNetError,
    )
    from .operations import ResponseParseError
    from .pagination import Page, PaginationLimitExceeded, PagingStats
    from .result import Result
    from .transports import RateLimiter, RetryPolicy
    from .writes import AsyncBackgroundJob, BackgroundJob, BackgroundResult, BackgroundState
