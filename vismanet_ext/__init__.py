"""vismanet: the Visma.net ERP API from Python.

``VismaNet`` / ``AsyncVismaNet`` call any of the generated operations (``vismanet_client.api.*``) or a raw
``"METHOD /path"`` route, page through listings, and raise ``vismanet_ext.errors`` on failure.
"""

from __future__ import annotations

from . import errors
from ._version import __version__
from .auth import BearerToken, ClientCredentials
from .client import AsyncVismaNet, VismaNet, user_agent
from .errors import (
    ApiError,
    InvalidArgument,
    NetworkError,
    NotFound,
    PreconditionFailed,
    RateLimited,
    VismaNetError,
)
from .operations import ResponseParseError
from .pagination import Page, PaginationLimitExceeded, PagingStats
from .result import Result
from .transports import RateLimiter, RetryPolicy

__all__ = [
    "__version__",
    "ApiError",
    "AsyncVismaNet",
    "BearerToken",
    "ClientCredentials",
    "InvalidArgument",
    "NetworkError",
    "NotFound",
    "Page",
    "PaginationLimitExceeded",
    "PagingStats",
    "PreconditionFailed",
    "RateLimited",
    "RateLimiter",
    "ResponseParseError",
    "Result",
    "RetryPolicy",
    "VismaNet",
    "VismaNetError",
    "errors",
    "user_agent",
]
