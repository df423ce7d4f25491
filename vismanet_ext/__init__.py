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
    "webhooks": "",
    "BearerToken": "auth",
    "ClientCredentials": "auth",
    "CLEAR": "bodies",
    "AsyncVismaNet": "client",
    "VismaNet": "client",
    "user_agent": "client",
    "ApiError": "errors",
    "AuthenticationError": "errors",
    "BadRequest": "errors",
    "BackgroundJobFailed": "errors",
    "BackgroundNotAccepted": "errors",
    "BackgroundTimeout": "errors",
    "Conflict": "errors",
    "InvalidArgument": "errors",
    "InvalidResponse": "errors",
    "NetworkError": "errors",
    "NotFound": "errors",
    "OutcomeUnknown": "errors",
    "PermissionDenied": "errors",
    "PreconditionFailed": "errors",
    "RateLimited": "errors",
    "ServerError": "errors",
    "VismaNetError": "errors",
    "OperationInfo": "lookup",
    "find_operations": "lookup",
    "operation": "lookup",
    "ResponseParseError": "operations",
    "ResponseValidationError": "errors",
    "validate": "validation",
    "IncompleteListing": "pagination",
    "Page": "pagination",
    "PaginationLimitExceeded": "pagination",
    "PagingStats": "pagination",
    "RepeatingPages": "pagination",
    "Result": "result",
    "RateLimitInfo": "result",
    "RateLimiter": "transports",
    "RetryPolicy": "transports",
    "AsyncTenants": "tenants",
    "Tenants": "tenants",
    "AsyncBackgroundJob": "writes",
    "BackgroundJob": "writes",
    "BackgroundResult": "writes",
    "BackgroundState": "writes",
    "ReconciledResult": "writes",
    "tune_memory": "_malloc",
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
    from . import errors as errors, sandbox as sandbox, webhooks as webhooks
    from ._malloc import tune_memory as tune_memory
    from .auth import BearerToken as BearerToken, ClientCredentials as ClientCredentials
    from .bodies import CLEAR as CLEAR
    from .client import AsyncVismaNet as AsyncVismaNet
    from .client import VismaNet as VismaNet
    from .client import user_agent as user_agent
    from .errors import (
        ApiError as ApiError,
        AuthenticationError as AuthenticationError,
        BadRequest as BadRequest,
        BackgroundJobFailed as BackgroundJobFailed,
        BackgroundNotAccepted as BackgroundNotAccepted,
        BackgroundTimeout as BackgroundTimeout,
        Conflict as Conflict,
        InvalidArgument as InvalidArgument,
        InvalidResponse as InvalidResponse,
        NetworkError as NetworkError,
        NotFound as NotFound,
        OutcomeUnknown as OutcomeUnknown,
        PermissionDenied as PermissionDenied,
        PreconditionFailed as PreconditionFailed,
        RateLimited as RateLimited,
        ServerError as ServerError,
        VismaNetError as VismaNetError,
    )
    from .errors import ResponseValidationError as ResponseValidationError
    from .lookup import OperationInfo as OperationInfo
    from .lookup import find_operations as find_operations
    from .lookup import operation as operation
    from .operations import ResponseParseError as ResponseParseError
    from .pagination import Page as Page
    from .pagination import IncompleteListing as IncompleteListing
    from .pagination import PaginationLimitExceeded as PaginationLimitExceeded
    from .pagination import PagingStats as PagingStats
    from .pagination import RepeatingPages as RepeatingPages
    from .result import RateLimitInfo as RateLimitInfo, Result as Result
    from .tenants import AsyncTenants as AsyncTenants, Tenants as Tenants
    from .transports import RateLimiter as RateLimiter, RetryPolicy as RetryPolicy
    from .validation import validate as validate
    from .writes import AsyncBackgroundJob as AsyncBackgroundJob
    from .writes import BackgroundJob as BackgroundJob
    from .writes import BackgroundResult as BackgroundResult
    from .writes import BackgroundState as BackgroundState
    from .writes import ReconciledResult as ReconciledResult
