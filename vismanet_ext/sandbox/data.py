"""Deterministic seeded records shaped like the spec's response DTOs.

Record ``i`` of a resource is a pure function of ``(seed, resource, i)``, so a
100,000-record dataset costs nothing until a page is read, and the same seed
always yields the same data. Cross references (an invoice's customer) are
derived from the referenced record's index without building that record.

Every field emitted here exists in the corresponding DTO of the OpenAPI spec
with the spec's type; ``tests/sandbox/test_data_spec.py`` enforces that.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar

from .dates import format_date, format_datetime

Record = dict[str, Any]
T = TypeVar("T")

_MASK = (1 << 64) - 1

# The seeded history spans these dates; records written at run time get "now".
EPOCH = datetime(2023, 1, 2, 7, 30, 0)
HISTORY = timedelta(days=900)


def mix(*values: int) -> int:
    """A small 64-bit hash (splitmix64 steps) for cheap deterministic picks."""
    state = 0x9E3779B97F4A7C15
    for value in values:
        state = (state ^ (value & _MASK)) * 0xBF58476D1CE4E5B9 & _MASK
        state ^= state >> 31
        state = state * 0x94D049BB133111EB & _MASK
        state ^= state >> 29
    return state


def _quick_hash(a: int, b: int, c: int) -> int:
    """32-bit avalanche hash: enough to spread names, far cheaper than :func:`mix`."""
    h = ((c + 1) * 0x9E3779B1 ^ a * 0x85EBCA77 ^ b * 0xC2B2AE3D) & 0xFFFFFFFF
    h ^= h >> 15
    h = h * 0x2C1B3C6D & 0xFFFFFFFF
    h ^= h >> 12
    h = h * 0x297A2D39 & 0xFFFFFFFF
    return h ^ (h >> 15)


@dataclass(frozen=True)
class Context:
    """What builders may depend on besides the record's own index."""

    seed: int
    sizes: Mapping[str, int]

    def size(self, resource: str) -> int:
        return max(1, self.sizes.get(resource, 1))

    def pick_index(self, rng: random.Random, resource: str) -> int:
        return int(rng.random() * self.size(resource))


# --- small vocabularies -------------------------------------------------------

_ADJECTIVES = ("Nordic", "Fjord", "Polar", "Granite", "Aurora", "Coastal", "Birch",
               "Harbor", "Summit", "Valley", "Midnight", "Glacier", "Pine", "Viking")
_NOUNS = ("Trading", "Consulting", "Logistics", "Foods", "Engineering", "Marine",
          "Textiles", "Energy", "Systems", "Furniture", "Design", "Outdoor", "Media")
_SUFFIXES = ("AS", "ASA", "AB", "Oy", "ApS", "Ltd")
_FIRST = ("Ingrid", "Lars", "Sofie", "Ole", "Nora", "Henrik", "Emma", "Jonas",
          "Maja", "Erik", "Sara", "Anders", "Ida", "Magnus")
_LAST = ("Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Berg", "Dahl",
         "Nilsen", "Lie", "Haugen", "Bakken", "Strand")
_STREETS = ("Storgata", "Kongens gate", "Bryggen", "Dronningens gate", "Sjøgata",
            "Industriveien", "Parkveien", "Torget", "Havnegata")
_CITIES = (("0150", "OSLO", "03"), ("5003", "BERGEN", "46"), ("7011", "TRONDHEIM", "50"),
           ("4006", "STAVANGER", "11"), ("9008", "TROMSØ", "55"), ("3015", "DRAMMEN", "33"))
_COUNTY_NAMES = {"03": "Oslo", "46": "Vestland", "50": "Trøndelag", "11": "Rogaland",
                 "55": "Troms", "33": "Buskerud"}
_ITEMS = ("Office chair", "Desk lamp", "Consulting hour", "Laptop stand", "Cable kit",
          "Coffee beans 1kg", "Rain jacket", "Hiking boots", "Monitor 27in", "Paper A4 box",
          "Installation service", "Support agreement", "Safety gloves", "LED panel")
_UNITS = ("PCS", "HOUR", "BOX", "KG")


def company_name(ctx: Context, resource: str, index: int) -> str:
    h = _quick_hash(ctx.seed, salt(resource), index)
    return (f"{_ADJECTIVES[h % len(_ADJECTIVES)]} {_NOUNS[(h >> 8) % len(_NOUNS)]} "
            f"{_SUFFIXES[(h >> 16) % len(_SUFFIXES)]}")


def pick(rng: random.Random, options: Sequence[T]) -> T:
    """``rng.choice`` without its overhead (this runs millions of times in benchmarks)."""
    return options[int(rng.random() * len(options))]


def between(rng: random.Random, low: int, high: int) -> int:
    """``rng.randint`` (inclusive bounds), several times cheaper."""
    return low + int(rng.random() * (high - low + 1))


def person_name(rng: random.Random) -> str:
    return f"{pick(rng, _FIRST)} {pick(rng, _LAST)}"


def weighted(rng: random.Random, table: tuple[tuple[str, int], ...]) -> str:
    roll = rng.random() * sum(weight for _, weight in table)
    for value, weight in table:
        roll -= weight
        if roll < 0:
            return value
    return table[-1][0]


def money(rng: random.Random, low: float, high: float) -> float:
    return round(low + rng.random() * (high - low), 2)


def ref(id_: str, description: str) -> dict[str, str]:
    return {"id": id_, "description": description}


def address(rng: random.Random, address_id: int) -> Record:
    postal, city, county = pick(rng, _CITIES)
    return {
        "addressId": address_id,
        "addressLine1": f"{pick(rng, _STREETS)} {between(rng, 1, 120)}",
        "postalCode": postal,
        "city": city,
        "country": {"id": "NO", "name": "Norway"},
        "county": {"id": county, "name": _COUNTY_NAMES[county]},
    }


def contact(rng: random.Random, contact_id: int, company: str) -> Record:
    person = person_name(rng)
    domain = company.split()[0].lower() + ".example"
    return {
        "contactId": contact_id,
        "name": company,
        "attention": person,
        "email": f"{person.split()[0].lower()}@{domain}",
        "phone1": f"+47 {between(rng, 20, 99)} {between(rng, 10, 99)} {between(rng, 10, 99)} {between(rng, 10, 99)}",
    }


def corporate_id(rng: random.Random) -> str:
    return str(between(rng, 810000000, 999999999))


STATUSES: dict[str, tuple[tuple[str, int], ...]] = {
    "customer": (("Active", 85), ("Inactive", 7), ("OnHold", 5), ("CreditHold", 3)),
    "supplier": (("Active", 88), ("Inactive", 6), ("OnHold", 4), ("HoldPayments", 2)),
    "customerinvoice": (("Open", 40), ("Closed", 35), ("Balanced", 15), ("Hold", 10)),
    "supplierInvoice": (("Open", 40), ("Closed", 35), ("Balanced", 15), ("Hold", 10)),
    "customerPayment": (("Closed", 60), ("Open", 15), ("Balanced", 20), ("Hold", 5)),
    "supplierPayment": (("Closed", 60), ("Open", 10), ("Balanced", 25), ("Hold", 5)),
    "salesorder": (("Open", 30), ("Completed", 40), ("Hold", 10), ("Shipping", 10), ("Cancelled", 10)),
    "journaltransaction": (("Posted", 60), ("Unposted", 15), ("Balanced", 15), ("Hold", 10)),
    "inventory": (("Active", 85), ("Inactive", 5), ("NoSales", 5), ("NoPurchases", 5)),
}
# DTOs that carry createdDateTime (the others only have lastModifiedDateTime).
HAS_CREATED = frozenset({"customer", "customerinvoice", "supplierInvoice"})


@dataclass(frozen=True)
class Header:
    """A seeded record's timestamps and status, cheap to compute on their own.

    They come from a hash of (seed, resource, index), not from the record's
    random stream, so list filters on dates and status can run over 100,000
    records without building them (see :func:`light`).
    """

    created: datetime
    modified: datetime
    status: str


def _weighted_unit(roll: float, table: tuple[tuple[str, int], ...]) -> str:
    roll *= sum(weight for _, weight in table)
    for value, weight in table:
        roll -= weight
        if roll < 0:
            return value
    return table[-1][0]


def header(ctx: Context, resource: str, index: int) -> Header:
    h = mix(ctx.seed, salt(resource), index, 0xA5)
    u1 = (h & 0xFFFFF) / 0x100000
    u2 = ((h >> 20) & 0xFFFFF) / 0x100000
    u3 = ((h >> 40) & 0xFFFFF) / 0x100000
    # Creation follows the index so that "newest" really is newest; modification
    # lags creation by up to 120 days but never passes the end of history.
    step = HISTORY / ctx.size(resource)
    created = EPOCH + step * index + step * u1
    modified = min(created + timedelta(days=120) * u2 ** 3, EPOCH + HISTORY)
    table = STATUSES.get(resource)
    return Header(created, modified, _weighted_unit(u3, table) if table else "")


def light(ctx: Context, resource: str, index: int) -> Record:
    """The fields :func:`header` decides, exactly as the full record has them."""
    head = header(ctx, resource, index)
    record: Record = {"lastModifiedDateTime": format_datetime(head.modified)}
    if resource in HAS_CREATED:
        record["createdDateTime"] = format_datetime(head.created)
    if head.status:
        record["status"] = head.status
    return record


def light_fields(resource: str) -> frozenset[str]:
    fields = {"lastModifiedDateTime"}
    if resource in HAS_CREATED:
        fields.add("createdDateTime")
    if resource in STATUSES:
        fields.add("status")
    return frozenset(fields)


def period(moment: datetime) -> tuple[str, str]:
    """(financialPeriod ``YYYYPP``, postPeriod ``PPYYYY``) as the API writes them."""
    return f"{moment.year}{moment.month:02d}", f"{moment.month:02d}{moment.year}"


# --- builders -----------------------------------------------------------------


def build_customer(ctx: Context, rng: random.Random, i: int, key: str) -> Record:
    when = header(ctx, "customer", i)
    name = company_name(ctx, "customer", i)
    main = address(rng, 10000 + i * 3)
    org = corporate_id(rng)
    return {
        "internalId": 1000 + i,
        "number": key,
        "name": name,
        "status": when.status,
        "mainAddress": main,
        "mainContact": contact(rng, 20000 + i * 3, name),
        "customerClass": pick(rng, (ref("1", "Domestic customers"), ref("2", "Foreign customers"))),
        "creditTerms": pick(rng, (ref("14", "14 days"), ref("30", "30 days"))),
        "currencyId": "NOK",
        "creditVerification": "Disabled",
        "creditLimit": money(rng, 0, 500000),
        "creditDaysPastDue": 0,
        "invoiceAddress": dict(main, addressId=10001 + i * 3),
        "printInvoices": False,
        "acceptAutoInvoices": rng.random() < 0.4,
        "sendInvoicesByEmail": True,
        "sendDunningLettersViaEMail": True,
        "printDunningLetters": False,
        "printStatements": False,
        "sendStatementsByEmail": False,
        "printMultiCurrencyStatements": False,
        "statementType": "OpenItem",
        "vatRegistrationId": f"NO{org}MVA",
        "corporateId": org,
        "vatZone": {"id": "01", "description": "Domestic, taxable", "defaultVatCategory": "3"},
        "location": {"countryId": "NO", "id": "MAIN", "name": "Primary Location"},
        "attributes": [],
        "lastModifiedDateTime": format_datetime(when.modified),
        "createdDateTime": format_datetime(when.created),
        "priceClass": ref("STANDARD", "Standard prices"),
        "invoiceToDefaultLocation": True,
        "numberOfEmployees": between(rng, 1, 400),
        "excludeDebtCollection": False,
    }


def build_supplier(ctx: Context, rng: random.Random, i: int, key: str) -> Record:
    when = header(ctx, "supplier", i)
    name = company_name(ctx, "supplier", i)
    main = address(rng, 30000 + i * 2)
    org = corporate_id(rng)
    return {
        "internalId": 5000 + i,
        "number": key,
        "name": name,
        "status": when.status,
        "mainAddress": main,
        "mainContact": contact(rng, 40000 + i * 2, name),
        "supplierClass": ref("1", "Domestic suppliers"),
        "creditTerms": ref("30", "30 days"),
        "documentLanguage": "nb-NO",
        "currencyId": "NOK",
        "remitAddress": dict(main, addressId=30001 + i * 2),
        "paymentMethod": ref("BANK", "Bank transfer"),
        "cashAccount": "1920",
        "chargeBearer": "Shared",
        "accountUsedForPayment": "BBAN",
        "paymentBy": "DueDate",
        "paymentLeadTime": 0,
        "paySeparately": False,
        "location": {"countryId": "NO", "id": "MAIN", "name": "Primary Location"},
        "vatRegistrationId": f"NO{org}MVA",
        "corporateId": org,
        "vatZone": {"id": "01", "description": "Domestic, taxable", "defaultVatCategory": "3"},
        "attributes": [],
        "lastModifiedDateTime": format_datetime(when.modified),
        "retainageApply": False,
        "retainagePct": 0.0,
        "numberOfEmployees": between(rng, 1, 900),
        "landedCostSupplier": False,
        "currencyOverride": False,
        "currencyRateOverride": False,
    }


def _invoice_lines(rng: random.Random, unit_field: str, amount_field: str, text_field: str) -> list[Record]:
    lines = []
    for number in range(1, between(rng, 1, 3) + 1):
        quantity = float(between(rng, 1, 20))
        unit = money(rng, 50, 4000)
        lines.append({
            "lineNumber": number,
            "inventoryNumber": f"IT{between(rng, 1, 200):06d}",
            text_field: pick(rng, _ITEMS),
            "quantity": quantity,
            "uom": pick(rng, _UNITS),
            unit_field: unit,
            amount_field: round(quantity * unit, 2),
            "vatCode": ref("3", "Outgoing VAT, high rate"),
            "attachments": [],
        })
    return lines


def build_customer_invoice(ctx: Context, rng: random.Random, i: int, key: str) -> Record:
    when = header(ctx, "customerinvoice", i)
    customer = ctx.pick_index(rng, "customer")
    lines = _invoice_lines(rng, "unitPriceInCurrency", "amountInCurrency", "description")
    for line in lines:
        line["unitPrice"] = line["unitPriceInCurrency"]
        line["amount"] = line["amountInCurrency"]
    net = round(sum(line["amount"] for line in lines), 2)
    vat = round(net * 0.25, 2)
    status = when.status
    balance = 0.0 if status == "Closed" else round(net + vat, 2)
    doc_date = when.created.replace(hour=0, minute=0, second=0, microsecond=0)
    financial, post = period(doc_date)
    return {
        "documentDueDate": format_date(doc_date + timedelta(days=30)),
        "externalReference": f"EXT-{between(rng, 1000, 99999)}",
        "exchangeRate": 1.0,
        "attachments": [],
        "invoiceLines": lines,
        "sendToAutoInvoice": False,
        "hold": status == "Hold",
        "detailTotal": net,
        "detailTotalInCurrency": net,
        "vatTaxableTotal": net,
        "vatTaxableTotalInCurrency": net,
        "paymentReference": f"{between(rng, 10**9, 10**10 - 1)}",
        "customer": {"number": str(10000 + customer), "name": company_name(ctx, "customer", customer)},
        "documentType": "Invoice",
        "referenceNumber": key,
        "postPeriod": post,
        "financialPeriod": financial,
        "documentDate": format_date(doc_date),
        "status": status,
        "currencyId": "NOK",
        "amount": round(net + vat, 2),
        "amountInCurrency": round(net + vat, 2),
        "balance": balance,
        "balanceInCurrency": balance,
        "customerRefNumber": f"PO-{between(rng, 100, 9999)}",
        "invoiceText": f"Invoice {key}",
        "lastModifiedDateTime": format_datetime(when.modified),
        "createdDateTime": format_datetime(when.created),
        "vatTotal": vat,
        "vatTotalInCurrency": vat,
        "branchNumber": {"number": "1", "name": "Main branch"},
    }


def build_supplier_invoice(ctx: Context, rng: random.Random, i: int, key: str) -> Record:
    when = header(ctx, "supplierInvoice", i)
    supplier = ctx.pick_index(rng, "supplier")
    lines = _invoice_lines(rng, "unitCostInCurrency", "costInCurrency", "transactionDescription")
    for line in lines:
        line["unitCost"] = line["unitCostInCurrency"]
        line["cost"] = line["costInCurrency"]
    net = round(sum(line["cost"] for line in lines), 2)
    vat = round(net * 0.25, 2)
    status = when.status
    balance = 0.0 if status == "Closed" else round(net + vat, 2)
    doc_date = when.created.replace(hour=0, minute=0, second=0, microsecond=0)
    financial, post = period(doc_date)
    return {
        "attachments": [],
        "invoiceLines": lines,
        "hold": status == "Hold",
        "exchangeRate": 1.0,
        "paymentRefNo": f"{between(rng, 10**9, 10**10 - 1)}",
        "creditTerms": ref("30", "30 days"),
        "detailTotal": net,
        "detailTotalInCurrency": net,
        "amount": round(net + vat, 2),
        "vatAmount": vat,
        "taxCalculationMode": "TaxSetting",
        "supplier": {"internalId": 5000 + supplier, "number": str(50000 + supplier),
                     "name": company_name(ctx, "supplier", supplier)},
        "documentType": "Invoice",
        "referenceNumber": key,
        "postPeriod": post,
        "financialPeriod": financial,
        "date": format_date(doc_date),
        "dueDate": format_date(doc_date + timedelta(days=30)),
        "approvalStatus": "New",
        "status": status,
        "currencyId": "NOK",
        "balance": balance,
        "balanceInCurrency": balance,
        "supplierReference": f"INV-{between(rng, 1000, 999999)}",
        "description": f"Purchase {pick(rng, _ITEMS).lower()}",
        "createdDateTime": format_datetime(when.created),
        "lastModifiedDateTime": format_datetime(when.modified),
        "vatTotal": vat,
        "vatTotalInCurrency": vat,
        "branchNumber": {"number": "1", "name": "Main branch"},
    }


def build_customer_payment(ctx: Context, rng: random.Random, i: int, key: str) -> Record:
    when = header(ctx, "customerPayment", i)
    customer = ctx.pick_index(rng, "customer")
    invoice = ctx.pick_index(rng, "customerinvoice")
    amount = money(rng, 100, 90000)
    status = when.status
    available = amount if status in ("Open", "Balanced", "Hold") else 0.0
    day = when.created.replace(hour=0, minute=0, second=0, microsecond=0)
    financial, _ = period(day)
    return {
        "type": "Payment",
        "refNbr": key,
        "status": status,
        "hold": status == "Hold",
        "applicationDate": format_date(day),
        "applicationPeriod": financial,
        "paymentRef": f"{between(rng, 10**9, 10**10 - 1)}",
        "customer": {"number": str(10000 + customer), "name": company_name(ctx, "customer", customer)},
        "paymentMethod": ref("BANK", "Bank transfer"),
        "cashAccount": "1920",
        "currency": "NOK",
        "paymentAmount": amount,
        "paymentAmountInCurrency": amount,
        "appliedToDocuments": round(amount - available, 2),
        "availableBalance": available,
        "availableBalanceInCurrency": available,
        "branch": "1",
        "lastModifiedDateTime": format_datetime(when.modified),
        "paymentLines": [{
            "documentType": "Invoice",
            "refNbr": f"{invoice + 1:06d}",
            "amountPaid": round(amount - available, 2),
            "date": format_date(day),
            "currency": "NOK",
        }],
    }


def build_supplier_payment(ctx: Context, rng: random.Random, i: int, key: str) -> Record:
    when = header(ctx, "supplierPayment", i)
    supplier = ctx.pick_index(rng, "supplier")
    invoice = ctx.pick_index(rng, "supplierInvoice")
    amount = money(rng, 100, 120000)
    status = when.status
    unapplied = amount if status in ("Open", "Balanced", "Hold") else 0.0
    day = when.created.replace(hour=0, minute=0, second=0, microsecond=0)
    financial, _ = period(day)
    return {
        "type": "Payment",
        "documentType": "Payment",
        "refNbr": key,
        "status": status,
        "hold": status == "Hold",
        "applicationDate": format_date(day),
        "applicationPeriod": financial,
        "paymentRef": f"{between(rng, 10**9, 10**10 - 1)}",
        "supplier": {"internalId": 5000 + supplier, "number": str(50000 + supplier),
                     "name": company_name(ctx, "supplier", supplier)},
        "paymentMethod": "BANK",
        "cashAccount": "1920",
        "currency": {"id": "NOK", "description": "Norwegian krone", "symbol": "kr",
                     "isBaseCurrency": True, "decimalPrecision": 2, "isUsedForAccounting": True},
        "description": "Supplier payment",
        "paymentAmount": amount,
        "balance": unapplied,
        "unappliedBalance": unapplied,
        "appliedAmount": round(amount - unapplied, 2),
        "released": status in ("Open", "Closed"),
        "lastModifiedDateTime": format_datetime(when.modified),
        "branch": "1",
        "paymentLines": [{
            "docType": "Invoice",
            "invoiceRefNbr": f"{invoice + 1:06d}",
            "amountPaid": round(amount - unapplied, 2),
            "date": format_date(day),
            "currency": "NOK",
        }],
    }


_ACCOUNT_TYPES = (("1", "Asset"), ("2", "Liability"), ("3", "Income"), ("4", "Expense"),
                  ("5", "Expense"), ("6", "Expense"), ("7", "Expense"), ("8", "Income"))
_ACCOUNT_WORDS = ("Bank", "Receivables", "Inventory", "VAT", "Sales", "Salaries", "Rent",
                  "Travel", "Interest", "Equipment", "Freight", "Marketing")


def build_account(ctx: Context, rng: random.Random, i: int, key: str) -> Record:
    when = header(ctx, "account", i)
    account_type = dict(_ACCOUNT_TYPES).get(key[0], "Expense")
    return {
        "accountID": 100 + i,
        "accountCD": key,
        "accountGroupCD": key[:2],
        "accountClass": account_type.upper(),
        "type": account_type,
        "active": rng.random() < 0.95,
        "description": f"{pick(rng, _ACCOUNT_WORDS)} {key}",
        "useDefaultSub": False,
        "postOption": "Summary",
        "currency": "NOK",
        "cashAccount": key.startswith("19"),
        "publicCode1": key[:4],
        "lastModifiedDateTime": format_datetime(when.modified),
        "controlAccountModule": "",
        "allowManualEntry": True,
    }


def build_sales_order(ctx: Context, rng: random.Random, i: int, key: str) -> Record:
    when = header(ctx, "salesorder", i)
    customer = ctx.pick_index(rng, "customer")
    day = when.created.replace(hour=0, minute=0, second=0, microsecond=0)
    status = when.status
    lines: list[Record] = []
    for number in range(1, between(rng, 1, 4) + 1):
        quantity = float(between(rng, 1, 25))
        price = money(rng, 20, 3000)
        lines.append({
            "lineNbr": number,
            "inventory": {"number": f"IT{between(rng, 1, 200):06d}", "description": pick(rng, _ITEMS)},
            "warehouse": ref("MAIN", "Main warehouse"),
            "uom": pick(rng, _UNITS),
            "quantity": quantity,
            "openQty": 0.0 if status == "Completed" else quantity,
            "unitPrice": price,
            "extPrice": round(quantity * price, 2),
            "operation": "Issue",
            "completed": status == "Completed",
            "attachments": [],
        })
    total = round(sum(line["extPrice"] for line in lines) * 1.25, 2)
    return {
        "lines": lines,
        "orderType": "SO",
        "orderNo": key,
        "status": status,
        "hold": status == "Hold",
        "date": format_date(day),
        "requestOn": format_date(day + timedelta(days=7)),
        "customerOrder": f"CO-{between(rng, 100, 99999)}",
        "customer": {"internalId": 1000 + customer, "number": str(10000 + customer),
                     "name": company_name(ctx, "customer", customer)},
        "currency": "NOK",
        "description": f"Order from {company_name(ctx, 'customer', customer)}",
        "orderTotal": total,
        "orderTotalInBaseCurrency": total,
        "taxTotal": round(total / 5, 2),
        "exchangeRate": 1.0,
        "shipComplete": "BackOrderAllowed",
        "lastModifiedDateTime": format_datetime(when.modified),
        "branchNumber": {"number": "1", "name": "Main branch"},
        "attachments": [],
    }


def build_journal_transaction(ctx: Context, rng: random.Random, i: int, key: str) -> Record:
    when = header(ctx, "journaltransaction", i)
    day = when.created.replace(hour=0, minute=0, second=0, microsecond=0)
    financial, post = period(day)
    amount = money(rng, 100, 250000)
    module = weighted(rng, (("ModuleGL", 70), ("ModuleAP", 15), ("ModuleAR", 15)))
    status = when.status
    accounts = (f"{between(rng, 10, 79) * 100}", "1920")
    lines = [
        {"lineNumber": 1, "accountNumber": accounts[0], "description": "Debit",
         "debitAmount": amount, "debitAmountInCurrency": amount, "creditAmount": 0.0,
         "creditAmountInCurrency": 0.0, "transactionDescription": f"Batch {key}",
         "branch": "1", "module": module, "attachments": []},
        {"lineNumber": 2, "accountNumber": accounts[1], "description": "Credit",
         "debitAmount": 0.0, "debitAmountInCurrency": 0.0, "creditAmount": amount,
         "creditAmountInCurrency": amount, "transactionDescription": f"Batch {key}",
         "branch": "1", "module": module, "attachments": []},
    ]
    return {
        "module": module,
        "batchNumber": key,
        "status": status,
        "hold": status == "Hold",
        "transactionDate": format_date(day),
        "postPeriod": post,
        "financialPeriod": financial,
        "ledger": "ACTUAL",
        "ledgerDescription": "Actual ledger",
        "currencyId": "NOK",
        "exchangeRate": 1.0,
        "autoReversing": False,
        "reversingEntry": False,
        "description": f"Journal {key}",
        "debitTotal": amount,
        "debitTotalInCurrency": amount,
        "creditTotal": amount,
        "creditTotalInCurrency": amount,
        "controlTotal": amount,
        "controlTotalInCurrency": amount,
        "createVatTransaction": False,
        "skipVatAmountValidation": False,
        "lastModifiedDateTime": format_datetime(when.modified),
        "branch": "1",
        "journalTransactionLines": lines,
        "attachments": [],
    }


def build_inventory(ctx: Context, rng: random.Random, i: int, key: str) -> Record:
    when = header(ctx, "inventory", i)
    item = _ITEMS[_quick_hash(ctx.seed, 99, i) % len(_ITEMS)]
    service = "service" in item.lower() or "hour" in item.lower() or "agreement" in item.lower()
    price = money(rng, 20, 5000)
    return {
        "inventoryId": 7000 + i,
        "inventoryNumber": key,
        "status": when.status,
        "type": "ServiceItem" if service else "FinishedGoodItem",
        "description": f"{item} {key[-4:]}",
        "itemClass": {"id": "STD", "description": "Standard items",
                      "type": "ServiceItem" if service else "FinishedGoodItem"},
        "postingClass": ref("STD", "Standard posting"),
        "vatCode": ref("3", "Outgoing VAT, high rate"),
        "defaultPrice": price,
        "currentCost": round(price * 0.6, 2),
        "lastCost": round(price * 0.58, 2),
        "lastModifiedDateTime": format_datetime(when.modified),
        "baseUnit": "HOUR" if service else "PCS",
        "salesUnit": "HOUR" if service else "PCS",
        "purchaseUnit": "HOUR" if service else "PCS",
        "stockItem": not service,
        "kitItem": False,
        "attachments": [],
        "attributes": [],
        "recommendedPrice": round(price * 1.1, 2),
    }


@dataclass(frozen=True)
class Dataset:
    """How the records of one resource are keyed and built."""

    name: str
    default_size: int
    key_field: str
    key_of: Callable[[int], str]
    build: Callable[[Context, random.Random, int, str], Record]
    etag_field: str | None = None  # the DTO's own copy of the ETag, if it has one
    light_fields: frozenset[str] | None = None  # what light() may answer for (None: derive)


def _six(i: int) -> str:
    return f"{i + 1:06d}"


DATASETS: dict[str, Dataset] = {
    d.name: d
    for d in (
        Dataset("customer", 300, "number", lambda i: str(10000 + i), build_customer),
        Dataset("supplier", 200, "number", lambda i: str(50000 + i), build_supplier, "timeStamp"),
        Dataset("customerinvoice", 400, "referenceNumber", _six, build_customer_invoice),
        Dataset("supplierInvoice", 300, "referenceNumber", _six, build_supplier_invoice, "timeStamp"),
        Dataset("customerPayment", 300, "refNbr", _six, build_customer_payment),
        Dataset("supplierPayment", 250, "refNbr", _six, build_supplier_payment, "timeStamp"),
        Dataset("account", 120, "accountCD", lambda i: str(1000 + i * 10 if i < 900 else 10000 + i),
                build_account),
        Dataset("salesorder", 250, "orderNo", _six, build_sales_order),
        Dataset("journaltransaction", 300, "batchNumber", _six, build_journal_transaction),
        Dataset("inventory", 200, "inventoryNumber", lambda i: f"IT{i + 1:06d}", build_inventory,
                "timestamp"),
    )
}

_SALTS = {name: index + 1 for index, name in enumerate(DATASETS)}


def salt(resource: str) -> int:
    """Per-resource salt of the record hashes (stable for names added from the spec)."""
    found = _SALTS.get(resource)
    if found is None:
        found = _SALTS[resource] = 0x1000 + zlib.crc32(resource.encode("utf-8"))
    return found


def dataset_of(resource: str) -> Dataset:
    """A hand-written dataset, or one derived from the spec's response schema."""
    found = DATASETS.get(resource)
    if found is not None:
        return found
    from .catalog import generic_dataset

    return generic_dataset(resource)


def generate(ctx: Context, resource: str, index: int) -> Record:
    dataset = dataset_of(resource)
    rng = random.Random(mix(ctx.seed, salt(resource), index))
    return dataset.build(ctx, rng, index, dataset.key_of(index))
