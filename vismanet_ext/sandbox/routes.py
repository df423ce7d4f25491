"""The sandbox's route table: the spec's paths for the seeded resources.

Literal segments match case-insensitively (ASP.NET routing does); path
parameters are percent-decoded per segment, so ``%2F`` inside a key is part of
the key, and Visma's ``b64(<base64url>)`` form is decoded too.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from urllib.parse import unquote

from .errors import bad_request


@dataclass(frozen=True)
class Check:
    """A path parameter that must agree with a record field (e.g. documentType)."""

    param: str
    field: str
    prefix: str = ""  # "GL" in the path matches "ModuleGL" in the record


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    op: str
    resource: str | None = None
    key: str | None = None
    line: str | None = None
    checks: tuple[Check, ...] = ()
    segments: tuple[str, ...] = field(init=False)
    literals: int = field(init=False)

    def __post_init__(self) -> None:
        segments = tuple(self.template.strip("/").split("/"))
        object.__setattr__(self, "segments", segments)
        object.__setattr__(self, "literals", sum(1 for s in segments if not s.startswith("{")))

    def match(self, parts: list[str]) -> dict[str, str] | None:
        if len(parts) != len(self.segments):
            return None
        params: dict[str, str] = {}
        for template, raw in zip(self.segments, parts):
            if template.startswith("{"):
                params[template[1:-1]] = decode_segment(raw)
            elif template.lower() != raw.lower():
                return None
        return params


def decode_segment(raw: str) -> str:
    text = unquote(raw)
    if text.startswith("b64(") and text.endswith(")"):
        encoded = text[4:-1]
        try:
            return base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            raise bad_request(f"'{text}' is not valid base64url.") from None
    return text


def _resource_routes(
    resource: str, collection: str, key: str, *, writable: bool = True,
    extra_collections: tuple[str, ...] = (),
) -> list[Route]:
    routes = [
        Route("GET", collection, "list", resource),
        Route("GET", f"{collection}/{{{key}}}", "get", resource, key),
    ]
    for path in (collection, *extra_collections):
        routes.append(Route("POST", path, "create", resource))
    if writable:
        routes.append(Route("PUT", f"{collection}/{{{key}}}", "update", resource, key))
    return routes


def _attachments(resource: str, base: str, key: str, checks: tuple[Check, ...] = ()) -> list[Route]:
    return [
        Route("POST", f"{base}/{{{key}}}/attachment", "attach", resource, key, checks=checks),
        Route("POST", f"{base}/{{{key}}}/{{lineNumber}}/attachment", "attach", resource, key,
              "lineNumber", checks),
    ]


_DOC_TYPE = (Check("documentType", "documentType"),)
_ORDER_TYPE = (Check("orderType", "orderType"),)
_MODULE = (Check("module", "module", "Module"),)


def _build() -> list[Route]:
    routes: list[Route] = []
    routes += _resource_routes("customer", "/v1/customer", "customerCd")
    routes += _resource_routes("supplier", "/v1/supplier", "supplierCd")
    routes += _resource_routes("account", "/v1/account", "accountCd")
    routes += _resource_routes("inventory", "/v1/inventory", "inventoryNumber")
    routes += _attachments("inventory", "/v1/inventory", "inventoryNumber")[:1]

    routes += _resource_routes("customerinvoice", "/v1/customerinvoice", "invoiceNumber",
                               extra_collections=("/v2/customerinvoice",))
    routes += [
        Route("DELETE", "/v1/customerinvoice/{invoiceNumber}", "delete", "customerinvoice", "invoiceNumber"),
        Route("POST", "/v1/customerinvoice/{invoiceNumber}/action/release", "release",
              "customerinvoice", "invoiceNumber"),
    ]
    routes += _attachments("customerinvoice", "/v1/customerinvoice", "invoiceNumber")

    si = "supplierInvoice"
    routes += _resource_routes(si, "/v1/supplierInvoice", "invoiceNumber")
    routes += [
        Route("DELETE", "/v1/supplierInvoice/{invoiceNumber}", "delete", si, "invoiceNumber"),
        Route("GET", "/v1/supplierInvoice/{documentType}/{invoiceNumber}", "get", si,
              "invoiceNumber", checks=_DOC_TYPE),
        Route("PUT", "/v1/supplierInvoice/{documentType}/{invoiceNumber}", "update", si,
              "invoiceNumber", checks=_DOC_TYPE),
        Route("DELETE", "/v1/supplierInvoice/{documentType}/{invoiceNumber}", "delete", si,
              "invoiceNumber", checks=_DOC_TYPE),
        Route("POST", "/v1/supplierInvoice/{invoiceNumber}/action/release", "release", si, "invoiceNumber"),
        Route("POST", "/v1/supplierInvoice/{documentType}/{invoiceNumber}/action/release", "release",
              si, "invoiceNumber", checks=_DOC_TYPE),
    ]
    routes += _attachments(si, "/v1/supplierInvoice", "invoiceNumber")
    routes += _attachments(si, "/v1/supplierInvoice/documentType/{documentType}", "invoiceNumber",
                           _DOC_TYPE)

    for collection in ("/v1/customerPayment", "/v1/payment"):
        routes += _resource_routes("customerPayment", collection, "paymentNumber")
        routes += [
            Route("POST", f"{collection}/{{paymentNumber}}/action/release", "release",
                  "customerPayment", "paymentNumber"),
            Route("POST", f"{collection}/{{paymentNumber}}/action/void", "void",
                  "customerPayment", "paymentNumber"),
        ]

    sp = "supplierPayment"
    routes += _resource_routes(sp, "/v1/supplierPayment", "paymentNumber")
    routes += [
        Route("GET", "/v1/supplierPayment/{paymentType}/{paymentNumber}", "get", sp, "paymentNumber",
              checks=(Check("paymentType", "type"),)),
        Route("POST", "/v1/supplierPayment/{paymentNumber}/action/release", "release", sp, "paymentNumber"),
    ]

    for version, writable in (("v2", False), ("v1", True)):
        base = f"/{version}/salesorder"
        routes += _resource_routes("salesorder", base, "orderNbr", writable=writable)
        if version == "v1":
            routes.append(Route("GET", f"{base}/{{orderType}}/{{orderNbr}}", "get", "salesorder",
                                "orderNbr", checks=_ORDER_TYPE))
        routes += _attachments("salesorder", base, "orderNumber")
        routes += _attachments("salesorder", f"{base}/orderType/{{orderType}}", "orderNumber",
                               _ORDER_TYPE)

    jt = "journaltransaction"
    routes += _resource_routes(jt, "/v2/journaltransaction", "journalTransactionNumber")
    routes.append(Route("POST", "/v2/journaltransaction/{journalTransactionNumber}/action/release",
                        "release", jt, "journalTransactionNumber"))
    routes += _attachments(jt, "/v2/journaltransaction/module/{module}", "journalTransactionNumber",
                           _MODULE)

    routes += [
        Route("GET", "/v1/attachment/{attachmentId}", "attachment_get"),
        Route("PUT", "/v1/attachment/{attachmentId}", "attachment_put"),
        Route("GET", "/v1/background/{requestId}", "background_state"),
        Route("GET", "/v1/background/{requestId}/content", "background_content"),
    ]
    # Most specific first: more literal segments win over parameters.
    return sorted(routes, key=lambda r: -r.literals)


ROUTES = _build()


@dataclass(frozen=True)
class Match:
    route: Route
    params: dict[str, str]


def find(method: str, parts: list[str]) -> Match | None | str:
    """The matching route; the string "method" if only the method is wrong."""
    method_mismatch = False
    for route in ROUTES:
        params = route.match(parts)
        if params is None:
            continue
        if route.method == method:
            return Match(route, params)
        method_mismatch = True
    return "method" if method_mismatch else None
