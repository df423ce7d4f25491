"""What each route does to the data: list, get, create, update, delete,
release/void, attachments. Every handler returns a response or raises
:class:`ApiError`; none of them knows about auth, throttling or transports.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote

from . import bodies, multipart, query
from .attachments import AttachmentStore
from .catalog import spec_of, spec_operation
from .data import DATASETS, Context, Record, generate
from .dates import format_datetime
from .errors import (
    ApiError,
    bad_request,
    json_response,
    message_error,
    not_found,
    raw_json_response,
)
from .etag import if_match_satisfied
from .messages import SandboxRequest, SandboxResponse
from .resources import SPECS, ResourceSpec
from .routes import Check, Route
from .store import Store
from .writes import (
    apply_fields,
    apply_lines,
    key_from_body,
    new_record,
    recompute_totals,
    unwrap,
)

# Extra writable fields the generated records leave out but the DTOs declare.
_EXTRA_FIELDS: dict[str, dict[str, Any]] = {
    "supplier": {"note": "", "accountReference": "", "paymentRefDisplayMask": ""},
    "customer": {"accountReference": "", "gln": "", "defaultPaymentMethodId": ""},
    "customerinvoice": {"note": "", "customerProject": "", "cashAccount": "",
                        "dontPrint": False, "dontEmail": False, "revoked": False,
                        "cashDiscountDate": "2024-01-01T00:00:00", "origInvoiceDate": "2024-01-01T00:00:00"},
    "supplierInvoice": {"note": "", "cashAccount": "", "paymentMessage": "",
                        "cashDiscountDate": "2024-01-01T00:00:00", "payDate": "2024-01-01T00:00:00",
                        "origInvoiceDate": "2024-01-01T00:00:00"},
    "salesorder": {"note": "", "customerRefNo": "", "paymentRef": "", "cashAccount": "",
                   "invoiceSeparately": False, "shipSeparately": False, "priority": 0},
    "inventory": {"note": "", "body": ""},
    "journaltransaction": {"transactionCode": ""},
}


@dataclass
class Call:
    """One routed API call, as handlers see it."""

    request: SandboxRequest
    route: Route
    params: dict[str, str]
    company: str
    base: str  # scheme://host plus the legacy prefix, for Location headers
    tenant: str = ""  # whose data: the token's tenant
    path: str = ""  # the API path without the legacy prefix, still percent-encoded

    def if_match(self) -> str | None:
        return self.request.header("if-match")


class _Templates(dict[str, Record]):
    """Record 0 of each resource as the type reference for writes and filters, built on first use."""

    def __init__(self, seed: int) -> None:
        super().__init__()
        self._ctx = Context(seed, {})  # every size 1: record 0 of a one-record dataset

    def __missing__(self, name: str) -> Record:
        template = generate(self._ctx, name, 0)
        template.update(_EXTRA_FIELDS.get(name, {}))
        self[name] = template
        return template


class Handlers:
    def __init__(
        self,
        store: Store,
        attachments: AttachmentStore,
        page_sizes: Mapping[str, tuple[int, int]],  # resource -> (max, default)
        now: Callable[[], datetime],
        after_list: Callable[[str], None],
        strict_bodies: bool = True,
        on_change: Callable[[str, str, str], None] | None = None,
    ) -> None:
        self.strict_bodies = strict_bodies
        # (resource, key, event) after a write: the webhook notifier's hook
        self.changed: Callable[[str, str, str], None] = on_change or (lambda resource, key, event: None)
        self.store = store
        self.attachments = attachments
        self.page_sizes = page_sizes
        self.now = now
        self.after_list = after_list
        self.templates = _Templates(store.ctx.seed)

    # --- helpers -------------------------------------------------------------------

    def _spec(self, call: Call) -> ResourceSpec:
        assert call.route.resource is not None
        return spec_of(call.route.resource)

    def _key(self, call: Call) -> str:
        assert call.route.key is not None
        return call.params[call.route.key]

    def _body(self, call: Call) -> Record:
        """The JSON body, checked against the operation's body schema (see :mod:`bodies`)."""
        body = _json_object(call.request)
        found = spec_operation(call.request.method, call.path.strip("/").split("/"))
        model = bodies.body_model(found[0]) if found else None
        if model is None:
            return body
        bound: Record = bodies.check(model, body, unknown_fields=self.strict_bodies)
        return bound

    def _existing(self, call: Call, spec: ResourceSpec) -> tuple[str, Record]:
        key = self._key(call)
        record = self.store[spec.name].get(key)
        if record is None or not _checks_pass(call.route.checks, call.params, record):
            raise not_found(f"{spec.label} '{key}' was not found.")
        return key, record

    def _check_if_match(self, call: Call, spec: ResourceSpec, key: str) -> None:
        header = call.if_match()
        if header is None:
            return
        if not if_match_satisfied(header, self.store[spec.name].etag(key)):
            raise message_error(
                412, f"{spec.label} version does not match with If-Match header. "
                     "The record was changed after you read it; get it again and retry."
            )

    def _stamp(self, record: Record) -> None:
        if "lastModifiedDateTime" in record:
            record["lastModifiedDateTime"] = format_datetime(self.now())

    def location(self, call: Call, spec: ResourceSpec, key: str) -> str:
        return f"{call.base}{spec.collection}/{quote(key, safe='')}"

    # --- reads ---------------------------------------------------------------------

    def list(self, call: Call) -> SandboxResponse:
        spec = self._spec(call)
        store = self.store[spec.name]
        max_size, default_size = self.page_sizes[spec.name]
        with self.store.lock:
            page = query.select(spec, store, call.request.query(), self.templates[spec.name],
                                max_size, default_size)
            if spec.envelope and isinstance(page, query.Page):
                text = query.render_envelope(page, store.fragment)
            else:
                text = query.render(page, store.fragment)
        self.after_list(spec.name)
        return raw_json_response(200, text)

    def get(self, call: Call) -> SandboxResponse:
        spec = self._spec(call)
        with self.store.lock:
            key, _ = self._existing(call, spec)
            store = self.store[spec.name]
            text, etag = store.fragment(key), store.etag(key)
        return raw_json_response(200, text, [("ETag", etag)])

    # --- writes --------------------------------------------------------------------

    def create(self, call: Call) -> SandboxResponse:
        spec = self._spec(call)
        body = self._body(call)
        for name in spec.required:
            value = unwrap(name, body[name]) if name in body and not isinstance(body[name], list) else body.get(name)
            if value is None or value == "" or value == []:
                raise bad_request(f"'{name}' cannot be empty.")
        template = self.templates[spec.name]
        store = self.store[spec.name]
        with self.store.lock:
            self._check_references(spec, body)
            key = key_from_body(spec, body)
            if key is not None and key in store:
                raise bad_request(f"{spec.label} '{key}' already exists.")
            generated_key, seed_record = store.generate_new()
            key = key or generated_key
            record = new_record(spec, seed_record, template, key, format_datetime(self.now()))
            record[DATASETS[spec.name].key_field] = key
            self._apply(spec, record, body)
            store.put(key, record)
            etag = store.etag(key)
        self.changed(spec.name, key, "Created")
        return SandboxResponse(201, [("Location", self.location(call, spec, key)), ("ETag", etag)])

    def update(self, call: Call) -> SandboxResponse:
        spec = self._spec(call)
        body = self._body(call)
        store = self.store[spec.name]
        with self.store.lock:
            key, current = self._existing(call, spec)
            self._check_if_match(call, spec, key)
            if spec.locked_when_released and current.get("status") in spec.released:
                raise bad_request(f"{spec.label} can't be updated because it is already released.")
            self._check_references(spec, body)
            record = store.for_update(key)
            self._apply(spec, record, body)
            self._stamp(record)
            store.put(key, record)
            etag = store.etag(key)
        self.changed(spec.name, key, "Updated")
        return SandboxResponse(204, [("ETag", etag)])

    def delete(self, call: Call) -> SandboxResponse:
        spec = self._spec(call)
        with self.store.lock:
            key, current = self._existing(call, spec)
            self._check_if_match(call, spec, key)
            if current.get("status") in spec.released:
                raise bad_request(f"{spec.label} can't be deleted because it is already released.")
            self.store[spec.name].delete(key)
        self.changed(spec.name, key, "Deleted")
        return SandboxResponse(204)

    def _apply(self, spec: ResourceSpec, record: Record, body: Record) -> None:
        template = self.templates[spec.name]
        skip = {spec.body_key} if spec.body_key else set()
        if spec.lines is not None:
            skip.add(spec.lines.body_field)
        apply_fields(record, body, template, dict(spec.aliases), skip)
        if spec.lines is not None:
            lines = template.get(spec.lines.record_field) or [{}]
            apply_lines(record, body, spec.lines, lines[0])
        if record.get("hold") is True and "status" in record and spec.created_status:
            if record.get("status") not in spec.released:
                record["status"] = "Hold"
        elif record.get("status") == "Hold" and record.get("hold") is False:
            record["status"] = spec.created_status or record["status"]
        recompute_totals(spec, record)
        self._fill_reference_names(spec, record)

    def _check_references(self, spec: ResourceSpec, body: Record) -> None:
        for name, resource in spec.references.items():
            if name not in body:
                continue
            value = unwrap(name, body[name])
            if value is None or str(value) not in self.store[resource]:
                label = SPECS[resource].label
                raise bad_request(f"{label} '{value}' cannot be found in the system.")

    def _fill_reference_names(self, spec: ResourceSpec, record: Record) -> None:
        """A written customer/supplier reference shows the party's name, as reads do."""
        template = self.templates[spec.name]
        for field in ("customer", "supplier"):
            ref = record.get(field)
            if not isinstance(ref, dict) or "number" not in ref:
                continue
            target = self.store[field].get(str(ref["number"]))
            if target is None:
                continue
            ref["name"] = target.get("name", "")
            shape = template.get(field)
            if isinstance(shape, dict) and "internalId" in shape:
                ref["internalId"] = target.get("internalId", 0)

    # --- actions -------------------------------------------------------------------

    def release(self, call: Call) -> SandboxResponse:
        spec = self._spec(call)
        store = self.store[spec.name]
        with self.store.lock:
            key, current = self._existing(call, spec)
            self._check_if_match(call, spec, key)
            status = current.get("status")
            if status in spec.released:
                raise bad_request(f"{spec.label} can't be released because it is already released.")
            if status == "Hold" or current.get("hold") is True:
                raise bad_request(f"{spec.label} '{key}' is on hold and cannot be released. "
                                  "Remove the hold first.")
            record = store.for_update(key)
            record["status"] = _released_status(spec, record)
            if "released" in record:
                record["released"] = True
            self._stamp(record)
            store.put(key, record)
        self.changed(spec.name, key, "Released")
        return json_response(200, {"actionId": str(uuid.uuid4()), "actionResult": "Done"})

    def void(self, call: Call) -> SandboxResponse:
        spec = self._spec(call)
        store = self.store[spec.name]
        with self.store.lock:
            key, current = self._existing(call, spec)
            self._check_if_match(call, spec, key)
            if current.get("status") == "Voided":
                raise bad_request(f"{spec.label} '{key}' is already voided.")
            if current.get("status") not in spec.released:
                raise bad_request(f"{spec.label} '{key}' must be released before it can be voided.")
            record = store.for_update(key)
            record["status"] = "Voided"
            self._stamp(record)
            store.put(key, record)
        self.changed(spec.name, key, "Voided")
        return json_response(200, {"actionId": str(uuid.uuid4()), "actionResult": "Done"})

    # --- attachments ------------------------------------------------------------------

    def attach(self, call: Call) -> SandboxResponse:
        spec = self._spec(call)
        with self.store.lock:
            key, _ = self._existing(call, spec)
        parts = multipart.parse(call.request.body.open(), call.request.header("content-type"))
        upload = next((part for part in parts if part.name == "file"), None)
        if upload is None:
            names = ", ".join(part.name for part in parts) or "none"
            raise bad_request(f"The multipart/form-data body has no 'file' part (parts: {names}).")
        line_number = call.params.get(call.route.line) if call.route.line else None
        store = self.store[spec.name]
        with self.store.lock:
            key, _ = self._existing(call, spec)
            self._check_if_match(call, spec, key)
            record = store.for_update(key)
            holder = record
            if line_number is not None:
                holder = self._line(spec, record, line_number)
            attachment = self.attachments.add(
                (spec.name, key, line_number), upload.filename or "file", upload.content_type,
                upload.data,
            )
            listed = [a for a in holder.get("attachments") or [] if a.get("id") != attachment.id]
            holder["attachments"] = [*listed, attachment.dto()]
            self._stamp(record)
            store.put(key, record)
            etag = store.etag(key)
        location = f"{call.base}/v1/attachment/{attachment.id}"
        self.changed(spec.name, key, "Updated")
        return SandboxResponse(201, [("Location", location), ("ETag", etag)])

    def _line(self, spec: ResourceSpec, record: Record, line_number: str) -> Record:
        assert spec.lines is not None
        for line in record.get(spec.lines.record_field) or []:
            if str(line.get(spec.lines.number_field)) == line_number:
                if not isinstance(line, dict):
                    break
                return line
        raise not_found(f"Line {line_number} was not found on {spec.label.lower()} '{record.get(DATASETS[spec.name].key_field)}'.")

    def attachment_get(self, call: Call) -> SandboxResponse:
        attachment = self.attachments.get(call.params["attachmentId"])
        if attachment is None:
            raise not_found(f"Attachment '{call.params['attachmentId']}' was not found.")
        disposition = f"attachment; filename*=UTF-8''{quote(attachment.name, safe='')}"
        return SandboxResponse(
            200, [("Content-Type", attachment.content_type), ("Content-Disposition", disposition)],
            attachment.data,
        )

    def attachment_put(self, call: Call) -> SandboxResponse:
        attachment = self.attachments.get(call.params["attachmentId"])
        if attachment is None:
            raise not_found(f"Attachment '{call.params['attachmentId']}' was not found.")
        body = self._body(call)
        if "sendToAutoinvoice" in body:
            flag = unwrap("sendToAutoinvoice", body["sendToAutoinvoice"])
            if not isinstance(flag, bool):
                raise bad_request(f"The value {flag!r} is not valid for 'sendToAutoinvoice'.")
            attachment.send_to_autoinvoice = flag
        return SandboxResponse(204)


def _released_status(spec: ResourceSpec, record: Record) -> str:
    if spec.name == "customerPayment":
        return "Closed" if not record.get("availableBalance") else "Open"
    if spec.name == "supplierPayment":
        return "Closed" if not record.get("unappliedBalance") else "Open"
    return spec.release_to or "Open"


def _checks_pass(checks: tuple[Check, ...], params: Mapping[str, str], record: Record) -> bool:
    for check in checks:
        wanted = params[check.param]
        if check.prefix and not wanted.lower().startswith(check.prefix.lower()):
            wanted = check.prefix + wanted
        if str(record.get(check.field, "")).lower() != wanted.lower():
            return False
    return True


def _json_object(request: SandboxRequest) -> Record:
    raw = request.body.read()
    if not raw.strip():
        raise bad_request("The request body is empty. Send the DTO as JSON.")
    content_type = (request.header("content-type") or "").split(";")[0].strip().lower()
    if content_type and "json" not in content_type:
        raise ApiError(415, {"message": f"The request entity's media type '{content_type}' is not "
                                        "supported for this resource. Send application/json."})
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise bad_request(f"The request body is not valid JSON: {exc}.") from None
    if not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object.")
    return body
