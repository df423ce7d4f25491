"""What each seeded resource accepts: filters, write rules, release behaviour.

Filter and write names follow the spec's list operation parameters and
``*UpdateDto`` schemas; anything a resource does not list here falls back to
the generic rules in :mod:`query` and :mod:`writes` (same-named field).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# --- list filters ---------------------------------------------------------------


@dataclass(frozen=True)
class Eq:
    """Case-insensitive equality (SQL Server's default collation) on a field path."""

    path: str
    choices: tuple[str, ...] = ()  # spec enum: other values are a 400 like model binding


@dataclass(frozen=True)
class BoolEq:
    path: str


@dataclass(frozen=True)
class DateCond:
    """A date filter and its mutually inclusive condition parameter.

    ``condition`` None means the operation declares no condition parameter and
    the value means "modified since" (>=), as on /v2/journaltransaction.
    """

    path: str
    condition: str | None


@dataclass(frozen=True)
class NumCond:
    path: str
    condition: str


@dataclass(frozen=True)
class Released:
    """``released=1|0``: whether the document's status is a released one."""


@dataclass(frozen=True)
class Prefixed:
    """``module=GL`` matching ``ModuleGL``."""

    path: str
    prefix: str


@dataclass(frozen=True)
class OneOf:
    """An array parameter (repeated or comma separated) matching any value."""

    path: str


Filter = Eq | BoolEq | DateCond | NumCond | Released | Prefixed | OneOf

MODIFIED = DateCond("lastModifiedDateTime", "lastModifiedDateTimeCondition")
CREATED = DateCond("createdDateTime", "createdDateTimeCondition")

CUSTOMER_STATUS = ("Active", "OnHold", "CreditHold", "Inactive", "OneTime")
SUPPLIER_STATUS = ("Active", "OnHold", "HoldPayments", "Inactive", "OneTime")
AR_STATUS = ("Hold", "Balanced", "Voided", "Scheduled", "Open", "Closed", "PendingPrint",
             "PendingEmail", "CreditHold", "CcHold", "Reserved")
AP_STATUS = ("Hold", "Balanced", "Voided", "Scheduled", "Open", "Closed", "Printed", "Prebooked",
             "PendingApproval", "Rejected", "Reserved", "PendingPrint")


# --- write rules ------------------------------------------------------------------


@dataclass(frozen=True)
class LineSpec:
    """How ``*LineUpdateDto`` lists map onto the DTO's line list."""

    body_field: str          # in the update DTO, e.g. "invoiceLines"
    record_field: str        # in the response DTO
    number_field: str        # "lineNumber" or "lineNbr"
    aliases: Mapping[str, tuple[str, str | None]] = field(default_factory=dict)


@dataclass(frozen=True)
class ResourceSpec:
    name: str                   # store name, also the key in Sandbox(sizes=...)
    label: str                  # for messages: "Customer", "Payment"
    collection: str             # canonical path; Location headers point below it
    dto: str                    # response DTO in the spec
    filters: Mapping[str, Filter]
    paged: bool = True          # operation declares pageNumber/pageSize
    legacy_paging: bool = True  # operation declares numberToRead/skipRecords
    body_key: str | None = None          # key field in the create body
    required: tuple[str, ...] = ()       # create-body fields that must be present
    references: Mapping[str, str] = field(default_factory=dict)  # body field -> resource
    aliases: Mapping[str, tuple[str, str | None]] = field(default_factory=dict)
    lines: LineSpec | None = None
    released: frozenset[str] = frozenset()  # statuses meaning "released"
    release_to: str | None = None           # status after release
    created_status: str | None = None       # status of a new document (Hold if hold=true)
    locked_when_released: bool = False      # PUT on a released document is refused
    require_one_of: tuple[str, ...] = ()    # list needs at least one of these parameters
    required_params: tuple[str, ...] = ()   # list parameters the spec marks required
    read_only: bool = False                 # served from schema-derived records, no writes
    envelope: bool = False                  # the list answers BasePaginationDto, not an array


_DOC_RELEASED = frozenset({"Open", "Closed", "Voided", "Reserved"})
_CUSTOMER_REF = ("customer", "number")
_SUPPLIER_REF = ("supplier", "number")

SPECS: dict[str, ResourceSpec] = {
    s.name: s
    for s in (
        ResourceSpec(
            "customer", "Customer", "/v1/customer", "CustomerDto",
            filters={
                "name": Eq("name"), "status": Eq("status", CUSTOMER_STATUS),
                "corporateId": Eq("corporateId"), "vatRegistrationId": Eq("vatRegistrationId"),
                "email": Eq("mainContact.email"), "phone": Eq("mainContact.phone1"),
                "lastModifiedDateTime": MODIFIED, "createdDateTime": CREATED,
            },
            body_key="number", required=("name",),
            aliases={"parentRecordNumber": ("parentRecord", "number")},
        ),
        ResourceSpec(
            "supplier", "Supplier", "/v1/supplier", "SupplierDto",
            filters={
                "name": Eq("name"), "status": Eq("status", SUPPLIER_STATUS),
                "vatRegistrationId": Eq("vatRegistrationId"), "corporateId": Eq("corporateId"),
                "lastModifiedDateTime": MODIFIED,
            },
            body_key="number", required=("name",),
            aliases={"parentRecordNumber": ("parentRecord", "number")},
        ),
        ResourceSpec(
            "customerinvoice", "Invoice", "/v1/customerinvoice", "CustomerInvoiceDto",
            filters={
                "documentType": Eq("documentType", ("Invoice", "DebitNote", "CreditNote", "Payment",
                                                    "VoidPayment", "Prepayment", "Refund", "FinCharge")),
                "released": Released(), "status": Eq("status", AR_STATUS),
                "customer": Eq("customer.number"), "branch": Eq("branchNumber.number"),
                "financialPeriod": Eq("financialPeriod"),
                "externalReference": Eq("externalReference"),
                "paymentReference": Eq("paymentReference"),
                "customerRefNumber": Eq("customerRefNumber"),
                "documentDate": DateCond("documentDate", "documentDateCondition"),
                "documentDueDate": DateCond("documentDueDate", "documentDueDateCondition"),
                "lastModifiedDateTime": MODIFIED, "createdDateTime": CREATED,
            },
            body_key="referenceNumber", required=("customerNumber",),
            references={"customerNumber": "customer"},
            aliases={"customerNumber": _CUSTOMER_REF, "billingAddress": ("invoiceAddress", None),
                     "branchNumber": ("branchNumber", "number"), "locationId": ("location", "id")},
            lines=LineSpec("invoiceLines", "invoiceLines", "lineNumber",
                           {"vatCodeId": ("vatCode", "id")}),
            released=_DOC_RELEASED, release_to="Open", created_status="Balanced",
        ),
        ResourceSpec(
            "supplierInvoice", "Supplier invoice", "/v1/supplierInvoice", "SupplierInvoiceDto",
            filters={
                "supplier": Eq("supplier.number"),
                "documentType": Eq("documentType", ("Check", "CreditAdj", "DebitAdj", "Invoice",
                                                    "Prepayment", "QuickCheck", "Refund", "VoidCheck")),
                "released": Released(), "status": Eq("status", AP_STATUS),
                "branch": Eq("branchNumber.number"), "financialPeriod": Eq("financialPeriod"),
                "dueDate": DateCond("dueDate", "dueDateCondition"),
                "docDate": DateCond("date", "docDateCondition"),
                "balance": NumCond("balance", "balanceCondition"),
                "lastModifiedDateTime": MODIFIED, "createdDateTime": CREATED,
            },
            body_key="referenceNumber", required=("supplierNumber",),
            references={"supplierNumber": "supplier"},
            aliases={"supplierNumber": _SUPPLIER_REF, "branchNumber": ("branchNumber", "number"),
                     "locationId": ("location", "id"), "paymentMethod": ("paymentMethod", "id"),
                     "supplierTaxZone": ("supplierTaxZone", "id")},
            lines=LineSpec("invoiceLines", "invoiceLines", "lineNumber",
                           {"vatCodeId": ("vatCode", "id")}),
            released=_DOC_RELEASED, release_to="Open", created_status="Balanced",
        ),
        ResourceSpec(
            "customerPayment", "Payment", "/v1/customerPayment", "PaymentDto",
            filters={
                "paymentNbr": Eq("refNbr"),
                "paymentType": Eq("type", ("Payment", "CreditNote", "Prepayment", "Refund",
                                           "VoidPayment", "SmallBalanceWo", "VoidRefund")),
                "customer": Eq("customer.number"), "status": Eq("status", AR_STATUS),
                "branch": Eq("branch"), "financialPeriod": Eq("applicationPeriod"),
                "invoiceRefNbr": Eq("paymentLines.0.refNbr"),
                "docDate": DateCond("applicationDate", "docDateCondition"),
                "lastModifiedDateTime": MODIFIED,
            },
            body_key="referenceNumber", required=("customer", "paymentAmount"),
            references={"customer": "customer"},
            aliases={"referenceNumber": ("refNbr", None), "customer": _CUSTOMER_REF,
                     "paymentMethod": ("paymentMethod", "id"), "location": ("location", "id")},
            lines=LineSpec("paymentLines", "paymentLines", "refNbr"),
            released=_DOC_RELEASED, release_to="Closed", created_status="Balanced",
            locked_when_released=True,
        ),
        ResourceSpec(
            "supplierPayment", "Supplier payment", "/v1/supplierPayment", "SupplierPaymentDto",
            filters={
                "invoiceRefNbr": Eq("paymentLines.0.invoiceRefNbr"),
                "paymentType": Eq("type", ("Payment", "DebitAdj", "Prepayment", "Refund",
                                           "VoidPayment", "VoidRefund")),
                "supplier": Eq("supplier.number"), "branch": Eq("branch"),
                "docDate": DateCond("applicationDate", "docDateCondition"),
                "financialPeriod": Eq("applicationPeriod"),
                "balance": NumCond("balance", "balanceCondition"),
                "status": Eq("status", AP_STATUS), "lastModifiedDateTime": MODIFIED,
            },
            legacy_paging=False,
            body_key="referenceNumber", required=("supplier", "paymentAmount"),
            references={"supplier": "supplier"},
            aliases={"referenceNumber": ("refNbr", None), "supplier": _SUPPLIER_REF,
                     "location": ("location", "id"), "currency": ("currency", "id")},
            lines=LineSpec("paymentLines", "paymentLines", "invoiceRefNbr"),
            released=_DOC_RELEASED, release_to="Closed", created_status="Balanced",
            locked_when_released=True,
        ),
        ResourceSpec(
            "account", "Account", "/v1/account", "AccountDto",
            filters={
                "active": BoolEq("active"), "publicCode": Eq("publicCode1"),
                "externalCode1": Eq("externalCode1Info.number"),
                "externalCode2": Eq("externalCode2Info.number"),
                "analysisCode": Eq("analisysCodeInfo.number"),
                "lastModifiedDateTime": MODIFIED,
            },
            paged=False, body_key="accountCD", required=("accountCD", "type", "description"),
        ),
        ResourceSpec(
            "salesorder", "Sales order", "/v2/salesorder", "SalesOrderDto",
            filters={
                "orderType": Eq("orderType"),
                "status": Eq("status", ("Open", "Hold", "CreditHold", "Completed", "Cancelled",
                                        "BackOrder", "Shipping", "Invoiced", "PendingApproval",
                                        "Voided")),
                "lastModifiedDateTime": MODIFIED,
            },
            legacy_paging=False, body_key="orderNumber", required=("orderType", "customer"),
            references={"customer": "customer"},
            aliases={"orderNumber": ("orderNo", None), "customer": _CUSTOMER_REF,
                     "branchNumber": ("branchNumber", "number"), "location": ("location", "id")},
            lines=LineSpec("lines", "lines", "lineNbr",
                           {"inventoryNumber": ("inventory", "number"),
                            "warehouse": ("warehouse", "id"),
                            "lineDescription": ("lineDescription", None)}),
            created_status="Open",
        ),
        ResourceSpec(
            "journaltransaction", "Journal transaction", "/v2/journaltransaction",
            "JournalTransactionDto",
            filters={
                "periodId": Eq("financialPeriod"),
                "lastModifiedDateTime": DateCond("lastModifiedDateTime", None),
                "module": Prefixed("module", "Module"),
                "status": Eq("status", ("Hold", "Balanced", "Unposted", "Posted", "Voided",
                                        "Scheduled")),
                "releasedBatch": BoolEq("$released"), "branch": Eq("branch"),
            },
            legacy_paging=False, body_key="batchNumber", required=("journalTransactionLines",),
            lines=LineSpec("journalTransactionLines", "journalTransactionLines", "lineNumber"),
            released=frozenset({"Posted", "Unposted", "Released", "Completed", "Voided"}),
            release_to="Posted", created_status="Balanced",
            require_one_of=("periodId", "lastModifiedDateTime"),
        ),
        ResourceSpec(
            "inventory", "Inventory item", "/v1/inventory", "InventoryDto",
            filters={
                "inventoryNumber": Eq("inventoryNumber"), "description": Eq("description"),
                "status": Eq("status", ("Active", "NoSales", "NoPurchases", "NoRequest",
                                        "Inactive", "MarkedForDeletion")),
                "inventoryTypes": OneOf("type"),
                "lastModifiedDateTime": MODIFIED, "createdDateTime": CREATED,
            },
            body_key="inventoryNumber", required=("inventoryNumber", "description"),
            aliases={"itemClass": ("itemClass", "id"), "postingClass": ("postingClass", "id"),
                     "vatCode": ("vatCode", "id"), "defaultWarehouse": ("defaultWarehouse", "id")},
        ),
    )
}
