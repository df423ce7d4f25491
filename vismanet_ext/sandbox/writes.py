"""Apply ``*UpdateDto`` bodies to records.

Visma's write DTOs wrap every value: ``{"name": {"value": "Acme"}}``. A bare
``{"name": "Acme"}`` does not bind on the real server, so here it is a 400
that names the field. Field mapping is generic: a body field lands on the
same-named record field when the record has it; ``xxxId`` / ``xxxNumber``
land on ``xxx.id`` / ``xxx.number``; anything else a resource needs is in its
``aliases``. Values are type-checked against a template record, so written
records stay valid against the response DTO.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from .dates import format_datetime, parse_record_datetime
from .errors import bad_request
from .resources import LineSpec, ResourceSpec

Record = dict[str, Any]

# Update-DTO members that are plain values, not {"value": ...} wrappers.
_UNWRAPPED = {"overrideWithClassValues", "operation"}
# Members that steer the write itself and never land on the record.
_CONTROL = {"overrideNumberSeries", "overrideWithClassValues", "operation", "recalculateShipment",
            "validateLineDetails", "rotRutDetails", "approvalDetails", "attributeLines",
            "directDebitLines", "taxDetailLines", "addPOReceiptLines", "addPurchaseOrders",
            "landedCosts", "supplierPaymentMethodDetails", "glAccounts", "ordersToApply",
            "defaultPaymentMethod", "eInvoiceContract", "packaging", "intrastat", "supplierDetails",
            "expenseSubaccount", "cogsSubaccount", "salesSubaccount", "subaccount"}
_COUNTRIES = {"NO": "Norway", "SE": "Sweden", "DK": "Denmark", "FI": "Finland", "NL": "Netherlands",
              "GB": "United Kingdom", "DE": "Germany", "US": "United States"}


def unwrap(name: str, raw: Any) -> Any:
    """``{"value": x}`` -> x; a bare scalar is the classic client mistake: 400."""
    if isinstance(raw, dict):
        if "value" not in raw:
            raise bad_request(
                f"The value for '{name}' must be an object of the form {{\"value\": ...}}."
            )
        return raw["value"]
    if name in _UNWRAPPED:
        return raw
    as_json = json.dumps(raw, ensure_ascii=False, default=str)  # a hint to paste into JSON: JSON quotes
    raise bad_request(
        f"The value {as_json} is not valid for '{name}': Visma write DTOs wrap values, "
        f"send {{\"{name}\": {{\"value\": {as_json}}}}}."
    )


def _coerce(name: str, value: Any, like: Any) -> Any:
    """Check ``value`` against the type of the template's value ``like``."""
    if value is None:
        return None
    if isinstance(like, bool):
        if not isinstance(value, bool):
            raise bad_request(f"The value {json.dumps(value, default=str)} is not valid for '{name}' (expected a boolean).")
        return value
    if isinstance(like, int):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or int(value) != value:
            raise bad_request(f"The value {json.dumps(value, default=str)} is not valid for '{name}' (expected an integer).")
        return int(value)
    if isinstance(like, float):
        if isinstance(value, str):
            try:
                value = float(value)
            except ValueError:
                raise bad_request(f"The value {json.dumps(value, default=str)} is not valid for '{name}' (expected a number).") from None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise bad_request(f"The value {json.dumps(value, default=str)} is not valid for '{name}' (expected a number).")
        return float(value)
    if isinstance(like, str):
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise bad_request(f"The value {json.dumps(value, default=str)} is not valid for '{name}' (expected a string).")
        text = str(value)
        if parse_record_datetime(like) is not None and "T" in like:
            moment = parse_record_datetime(text)
            if moment is None:
                raise bad_request(f"The value '{text}' is not a valid date for '{name}'.")
            return format_datetime(moment) if moment.microsecond else moment.isoformat()
        return text
    return value


def _merge_object(name: str, target: Any, update: Any) -> Record:
    """An address/contact update: ``{"addressLine1": {"value": ...}, "countryId": ...}``."""
    if not isinstance(update, dict):
        raise bad_request(f"The value for '{name}' must be an object.")
    merged: Record = dict(target) if isinstance(target, dict) else {}
    for key, raw in update.items():
        value = unwrap(f"{name}.{key}", raw)
        if key == "countryId":
            merged["country"] = {"id": value, "name": _COUNTRIES.get(str(value), str(value))}
        elif key == "county":
            merged["county"] = {"id": value, "name": str(value)}
        elif key in merged and not isinstance(merged[key], (dict, list)):
            merged[key] = _coerce(f"{name}.{key}", value, merged[key])
        elif key in ("addressLine1", "addressLine2", "addressLine3", "postalCode", "city",
                     "name", "attention", "email", "web", "phone1", "phone2", "fax",
                     "businessName"):
            merged[key] = _coerce(f"{name}.{key}", value, "")
    return merged


def _target(
    name: str, template: Record, aliases: dict[str, tuple[str, str | None]]
) -> tuple[str, str | None] | None:
    if name in aliases:
        return aliases[name]
    if name in template:
        return name, None
    for suffix, sub in (("Id", "id"), ("ID", "id"), ("Number", "number"), ("Nbr", "number")):
        base = name[: -len(suffix)]
        if name.endswith(suffix) and isinstance(template.get(base), dict):
            return base, sub
    return None


def apply_fields(
    record: Record,
    body: Record,
    template: Record,
    aliases: dict[str, tuple[str, str | None]],
    skip: set[str],
) -> None:
    for name, raw in body.items():
        if name in _CONTROL or name in skip:
            continue
        target = _target(name, template, aliases)
        if target is None:
            continue  # the real server ignores members it does not bind
        field, sub = target
        value = unwrap(name, raw)
        like = template.get(field)
        if sub is not None:
            current = record.get(field)
            existing: Record = current if isinstance(current, dict) else {}
            sub_like = (like or {}).get(sub, "") if isinstance(like, dict) else ""
            coerced = _coerce(name, value, sub_like)
            if existing.get(sub) != coerced:
                existing = {sub: coerced}  # a new reference: drop the stale description
            record[field] = existing
        elif isinstance(like, dict) or isinstance(value, dict):
            record[field] = _merge_object(name, record.get(field), value)
        elif isinstance(like, list):
            continue
        else:
            record[field] = _coerce(name, value, like if like is not None else value)


def apply_lines(record: Record, body: Record, lines: LineSpec, template_line: Record) -> None:
    raw_lines = body.get(lines.body_field)
    if raw_lines is None:
        return
    if not isinstance(raw_lines, list):
        raise bad_request(f"'{lines.body_field}' must be an array.")
    current: list[Record] = [dict(line) for line in record.get(lines.record_field) or []]
    number_field = lines.number_field
    numeric = isinstance(template_line.get(number_field), int)
    for position, raw in enumerate(raw_lines):
        where = f"{lines.body_field}[{position}]"
        if not isinstance(raw, dict):
            raise bad_request(f"'{where}' must be an object.")
        operation = raw.get("operation", "Insert")
        if operation not in ("Insert", "Update", "Delete"):
            raise bad_request(f"The value '{operation}' is not valid for '{where}.operation'.")
        number = raw.get(number_field, raw.get("lineNumber"))
        number = unwrap(f"{where}.{number_field}", number) if number is not None else None
        existing = next((line for line in current if str(line.get(number_field)) == str(number)), None)
        if operation == "Delete":
            if existing is None:
                raise bad_request(f"Line {number} cannot be found in the system.")
            current.remove(existing)
            continue
        if operation == "Update" and existing is None:
            raise bad_request(f"Line {number} cannot be found in the system.")
        line = existing if existing is not None else {}
        apply_fields(line, raw, template_line, dict(lines.aliases), {"lineNumber", number_field})
        if existing is None:
            if number is None and numeric:
                number = max((int(l.get(number_field) or 0) for l in current), default=0) + 1
            line[number_field] = _coerce(f"{where}.{number_field}", number, template_line.get(number_field, ""))
            if "attachments" in template_line:
                line.setdefault("attachments", [])
            current.append(line)
    record[lines.record_field] = current


def recompute_totals(spec: ResourceSpec, record: Record) -> None:
    """Keep document totals consistent with lines after a write."""
    if spec.name == "customerinvoice":
        for line in record.get("invoiceLines", []):
            if "quantity" in line and "unitPriceInCurrency" in line:
                line["amountInCurrency"] = round(line["quantity"] * line["unitPriceInCurrency"], 2)
                line["amount"] = line["amountInCurrency"]
                line["unitPrice"] = line["unitPriceInCurrency"]
        net = round(sum(line.get("amount", 0.0) for line in record.get("invoiceLines", [])), 2)
        _set_document_totals(record, net, ("detailTotal", "detailTotalInCurrency",
                                           "vatTaxableTotal", "vatTaxableTotalInCurrency"),
                             ("amount", "amountInCurrency"))
    elif spec.name == "supplierInvoice":
        for line in record.get("invoiceLines", []):
            if "quantity" in line and "unitCostInCurrency" in line:
                line["costInCurrency"] = round(line["quantity"] * line["unitCostInCurrency"], 2)
                line["cost"] = line["costInCurrency"]
                line["unitCost"] = line["unitCostInCurrency"]
        net = round(sum(line.get("cost", 0.0) for line in record.get("invoiceLines", [])), 2)
        _set_document_totals(record, net, ("detailTotal", "detailTotalInCurrency"), ("amount",))
        record["vatAmount"] = record["vatTotal"]
    elif spec.name == "salesorder":
        for line in record.get("lines", []):
            if "quantity" in line and "unitPrice" in line:
                line["extPrice"] = round(line["quantity"] * line["unitPrice"], 2)
                line.setdefault("openQty", line["quantity"])
        net = round(sum(line.get("extPrice", 0.0) for line in record.get("lines", [])), 2)
        record["orderTotal"] = record["orderTotalInBaseCurrency"] = round(net * 1.25, 2)
        record["taxTotal"] = round(net * 0.25, 2)
    elif spec.name == "journaltransaction":
        lines = record.get("journalTransactionLines", [])
        for line in lines:
            line.setdefault("debitAmountInCurrency", 0.0)
            line.setdefault("creditAmountInCurrency", 0.0)
            line["debitAmount"] = line["debitAmountInCurrency"]
            line["creditAmount"] = line["creditAmountInCurrency"]
        debit = round(sum(line["debitAmount"] for line in lines), 2)
        credit = round(sum(line["creditAmount"] for line in lines), 2)
        for name in ("debitTotal", "debitTotalInCurrency"):
            record[name] = debit
        for name in ("creditTotal", "creditTotalInCurrency", "controlTotal", "controlTotalInCurrency"):
            record[name] = credit
    elif spec.name in ("customerPayment", "supplierPayment"):
        amount = record.get("paymentAmount", 0.0)
        if spec.name == "customerPayment":
            record["paymentAmountInCurrency"] = amount
            if record.get("status") not in spec.released:
                record["availableBalance"] = record["availableBalanceInCurrency"] = amount
        elif record.get("status") not in spec.released:
            record["balance"] = record["unappliedBalance"] = amount


def _set_document_totals(record: Record, net: float, net_fields: tuple[str, ...],
                         gross_fields: tuple[str, ...]) -> None:
    vat = round(net * 0.25, 2)
    for name in net_fields:
        record[name] = net
    for name in gross_fields:
        record[name] = round(net + vat, 2)
    record["vatTotal"] = record["vatTotalInCurrency"] = vat
    if record.get("status") in ("Balanced", "Hold"):
        record["balance"] = record["balanceInCurrency"] = round(net + vat, 2)


def new_record(
    spec: ResourceSpec, seed_record: Record, template: Record, key: str, now: str
) -> Record:
    """The starting point for a POST: a generated record stripped of its history."""
    record = copy.deepcopy(seed_record)
    if spec.lines is not None:
        record[spec.lines.record_field] = []
    if "attachments" in record:
        record["attachments"] = []
    if spec.created_status is not None:
        record["status"] = spec.created_status
    if "hold" in record:
        record["hold"] = False
    if "released" in record:
        record["released"] = False
    for stamp in ("lastModifiedDateTime", "createdDateTime"):
        if stamp in template:
            record[stamp] = now
    return record


def key_from_body(spec: ResourceSpec, body: Record) -> str | None:
    if spec.body_key is None or spec.body_key not in body:
        return None
    value = unwrap(spec.body_key, body[spec.body_key])
    if value is None or str(value).strip() == "":
        return None
    return str(value)
