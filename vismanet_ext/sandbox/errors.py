"""Visma-shaped error responses.

The real API answers in two shapes: business and validation errors as
``{"message": ...}``, and platform/company-context errors (no company, no
licence) as an ``IPPException`` document. Handlers raise :class:`ApiError` and
the app turns it into a response, so no handler builds error bodies by hand.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from .messages import SandboxResponse

JSON = "application/json; charset=utf-8"


class ApiError(Exception):
    def __init__(
        self, status: int, body: dict[str, Any], headers: list[tuple[str, str]] | None = None
    ) -> None:
        super().__init__(f"{status}: {body}")
        self.status = status
        self.body = body
        self.headers = headers or []

    def to_response(self) -> SandboxResponse:
        return json_response(self.status, self.body, self.headers)


def message_error(
    status: int, message: str, headers: list[tuple[str, str]] | None = None
) -> ApiError:
    return ApiError(status, {"message": message}, headers)


def bad_request(message: str) -> ApiError:
    return message_error(400, message)


def not_found(message: str) -> ApiError:
    return message_error(404, message)


def ipp_error(status: int, message: str, fault_code: str) -> ApiError:
    """The legacy platform's exception document (e.g. fault 12002: no company context)."""
    return ApiError(
        status,
        {
            "ExceptionType": "IPPException",
            "ExceptionMessage": message,
            "ExceptionFaultCode": fault_code,
            "ExceptionMessageID": f"{fault_code}_{uuid.uuid4()}",
            "ExceptionDetails": "",
        },
    )


def no_route(url: str) -> ApiError:
    # ASP.NET Web API's own wording for an unmatched route.
    return not_found(f"No HTTP resource was found that matches the request URI '{url}'.")


def not_modelled(method: str, operation_id: str, template: str) -> ApiError:
    """A route the spec has but the sandbox does not serve: say so, so nobody blames the client."""
    return not_found(
        f"The sandbox does not model {method} {template} (operation {operation_id}). It serves every "
        "list operation of the spec, reads by key where the spec has them, and the writes, actions "
        "and attachments of customer, supplier, account, inventory, customerinvoice, "
        "supplierInvoice, customerPayment, supplierPayment, salesorder and journaltransaction."
    )


def json_response(
    status: int, payload: Any, headers: list[tuple[str, str]] | None = None
) -> SandboxResponse:
    return raw_json_response(status, json.dumps(payload, separators=(",", ":")), headers)


def raw_json_response(
    status: int, text: str, headers: list[tuple[str, str]] | None = None
) -> SandboxResponse:
    all_headers = [("Content-Type", JSON), *(headers or [])]
    return SandboxResponse(status, all_headers, text.encode("utf-8"))
