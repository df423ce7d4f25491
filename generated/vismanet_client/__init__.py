"""A client library for accessing Visma.net ERP API"""

from ._provenance import SPEC, SpecInfo
from .client import AuthenticatedClient, Client

__all__ = (
    "SPEC",
    "AuthenticatedClient",
    "Client",
    "SpecInfo",
)
