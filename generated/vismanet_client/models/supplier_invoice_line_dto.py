from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.account_in_supplier_invoice_line_dto import AccountInSupplierInvoiceLineDto
    from ..models.attachment_dto import AttachmentDto
    from ..models.branch_number_in_supplier_invoice_line_dto import BranchNumberInSupplierInvoiceLineDto
    from ..models.prebook_account_in_supplier_invoice_line_dto import PrebookAccountInSupplierInvoiceLineDto
    from ..models.prebook_subaccount_in_supplier_invoice_line_dto import PrebookSubaccountInSupplierInvoiceLineDto
    from ..models.project_in_supplier_invoice_line_dto import ProjectInSupplierInvoiceLineDto
    from ..models.project_task_in_supplier_invoice_line_dto import ProjectTaskInSupplierInvoiceLineDto
    from ..models.subaccount_in_supplier_invoice_line_dto import SubaccountInSupplierInvoiceLineDto
    from ..models.vat_code_in_supplier_invoice_line_dto import VatCodeInSupplierInvoiceLineDto


T = TypeVar("T", bound="SupplierInvoiceLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "line_number",
    "inventory_number",
    "external_inventory_id",
    "stock_item",
    "transaction_description",
    "quantity",
    "uom",
    "unit_cost",
    "unit_cost_in_currency",
    "cost",
    "cost_in_currency",
    "discount_percent",
    "discount_amount",
    "discount_amount_in_currency",
    "discount_unit_cost",
    "discount_unit_cost_in_currency",
    "manual_discount",
    "account",
    "subaccount",
    "prebook_account",
    "prebook_subaccount",
    "deferral_schedule",
    "deferral_schedule_nbr",
    "deferral_code",
    "vat_code",
    "po_number",
    "po_line_nr",
    "po_receipt_nbr",
    "po_receipt_line_nbr",
    "branch_number",
    "note",
    "split_hierarchy",
    "project",
    "project_task",
    "attachments",
    "retainage_pct",
    "cury_retainage_amt",
    "term_start_date",
    "term_end_date",
)


@_attrs_define(repr=False)
class SupplierInvoiceLineDto(GeneratedModel):
    """
    Attributes:
        line_number (int | Unset): The table &gt; Number at the left indicating the line number of the table.
        inventory_number (str | Unset): The table &gt; Item ID &gt; The unique ID of the particular item or service
            delivered by the supplier.
        external_inventory_id (str | Unset): The table &gt; External inventory id &gt; External inventory number
        stock_item (bool | Unset): Background information indicating whether the item is a stock item or not.
        transaction_description (str | Unset): The table &gt; Transaction descr. &gt; Any description relevant to the
            transaction. An alphanumeric string of up to 30 characters may be used.
        quantity (float | Unset): The table &gt; Quantity &gt; The quantity of the item or service to be delivered by
            the supplier.
        uom (str | Unset): The table &gt; UoM &gt; The unit of measure for the item.
        unit_cost (float | Unset): The table &gt; Unit cost &gt; The unit cost of the item.
        unit_cost_in_currency (float | Unset): Background calculation giving you the Unit cost in the selected
            currency.This field is applicable if the amount is given in a another currency than your default.
        cost (float | Unset): The table &gt; Cost &gt; The unit cost of the item or service received from the supplier.
        cost_in_currency (float | Unset): Background calculation giving you the Cost in the selected currency.This field
            is applicable if the amount is given in a another currency than your default.
        discount_percent (float | Unset): The table &gt; Discount percent &gt; The percent of the line-level discount
            that has been applied manually or automatically.
        discount_amount (float | Unset): The table &gt; Discount amount &gt; The amount of the line-level discount that
            has been applied manually or automatically to this line.
        discount_amount_in_currency (float | Unset): Background calculation giving you the Discount amount in the
            selected currency.This field is applicable if the amount is given in a another currency than your default.
        discount_unit_cost (float | Unset): Background calculation giving you the Discount unit cost in the default
            currency.
        discount_unit_cost_in_currency (float | Unset): Background calculation giving you the Discount unit cost in the
            selected currency.This field is applicable if the amount is given in a another currency than your default.
        manual_discount (bool | Unset): The table &gt; Manual discount &gt; A check box that indicates (if selected)
            that the discount has been applied manually.
        account (AccountInSupplierInvoiceLineDto | Unset): The table &gt; Mandatory field: Account* &gt; The purchase
            account used for the invoice line.
        subaccount (SubaccountInSupplierInvoiceLineDto | Unset): The table &gt; Mandatory field: Subaccount* &gt; The
            corresponding subaccount used for this invoice line.
        prebook_account (PrebookAccountInSupplierInvoiceLineDto | Unset): Prebook account used on the line. Note that
            this feature is not available in all countries.
        prebook_subaccount (PrebookSubaccountInSupplierInvoiceLineDto | Unset): Prebook subaccount used on the line.
            Note that this feature is not available in all countries.
        deferral_schedule (int | Unset): The table &gt; Original deferral schedule &gt; A read-only column filled in by
            the system in the Debit adjustment documents created by the reversing process.It shows the ID of the deferral
            schedule associated with the original document (such as a purchase invoice).
        deferral_schedule_nbr (str | Unset): The public CD/Code of the deferral schedule visible to user
        deferral_code (str | Unset): The table &gt; Deferral code &gt; The deferral code assigned to the stock item or
            non-stock item specified in this document line.
        vat_code (VatCodeInSupplierInvoiceLineDto | Unset): The table &gt; VAT category &gt; The VAT category (if
            applied) for the transaction. Unless you specify otherwise, it is the default VAT category of the supplier
            location's VAT zone.
        po_number (str | Unset): The table &gt; Purchase order number &gt; The number of the purchase order linked to
            this line of the invoice.
        po_line_nr (int | Unset): The table &gt; Purchase order line &gt; The line number of the purchase order line
            linked to this line of the invoice.
        po_receipt_nbr (str | Unset): The table &gt; Purchase order receipt no. &gt; The number of the purchase receipt
            linked to this line of the invoice.
        po_receipt_line_nbr (int | Unset): The table &gt; Purchase order receipt line &gt; The line number of the
            purchase receipt's line that is linked to this line of the invoice.
        branch_number (BranchNumberInSupplierInvoiceLineDto | Unset): The table &gt; Mandatory field: Branch* &gt; The
            branch that purchases the line item or service.
            Note: The field type has been changed from string to BranchNumberDto, please consider doing changes accordingly.
        note (str | Unset): The table &gt; Icon Notes &gt; Pop-up window for providing any user-defined text connected
            with to invoice.
        split_hierarchy (str | Unset): The table &gt; Split hierarchy &gt; The number of the original row that has been
            split.
        project (ProjectInSupplierInvoiceLineDto | Unset): The table &gt; Project &gt; The project associated with the
            invoice line.
        project_task (ProjectTaskInSupplierInvoiceLineDto | Unset): The table &gt; Project task &gt; The project task
            associated with the invoice line.
        attachments (list[AttachmentDto] | Unset): The data containing information about the document attachments
        retainage_pct (float | Unset):
        cury_retainage_amt (float | Unset):
        term_start_date (datetime.datetime | Unset):
        term_end_date (datetime.datetime | Unset):
    """

    line_number: int | Unset | None = UNSET
    inventory_number: str | Unset | None = UNSET
    external_inventory_id: str | Unset | None = UNSET
    stock_item: bool | Unset | None = UNSET
    transaction_description: str | Unset | None = UNSET
    quantity: float | Unset | None = UNSET
    uom: str | Unset | None = UNSET
    unit_cost: float | Unset | None = UNSET
    unit_cost_in_currency: float | Unset | None = UNSET
    cost: float | Unset | None = UNSET
    cost_in_currency: float | Unset | None = UNSET
    discount_percent: float | Unset | None = UNSET
    discount_amount: float | Unset | None = UNSET
    discount_amount_in_currency: float | Unset | None = UNSET
    discount_unit_cost: float | Unset | None = UNSET
    discount_unit_cost_in_currency: float | Unset | None = UNSET
    manual_discount: bool | Unset | None = UNSET
    account: AccountInSupplierInvoiceLineDto | Unset | None = UNSET
    subaccount: SubaccountInSupplierInvoiceLineDto | Unset | None = UNSET
    prebook_account: PrebookAccountInSupplierInvoiceLineDto | Unset | None = UNSET
    prebook_subaccount: PrebookSubaccountInSupplierInvoiceLineDto | Unset | None = UNSET
    deferral_schedule: int | Unset | None = UNSET
    deferral_schedule_nbr: str | Unset | None = UNSET
    deferral_code: str | Unset | None = UNSET
    vat_code: VatCodeInSupplierInvoiceLineDto | Unset | None = UNSET
    po_number: str | Unset | None = UNSET
    po_line_nr: int | Unset | None = UNSET
    po_receipt_nbr: str | Unset | None = UNSET
    po_receipt_line_nbr: int | Unset | None = UNSET
    branch_number: BranchNumberInSupplierInvoiceLineDto | Unset | None = UNSET
    note: str | Unset | None = UNSET
    split_hierarchy: str | Unset | None = UNSET
    project: ProjectInSupplierInvoiceLineDto | Unset | None = UNSET
    project_task: ProjectTaskInSupplierInvoiceLineDto | Unset | None = UNSET
    attachments: list[AttachmentDto] | Unset | None = UNSET
    retainage_pct: float | Unset | None = UNSET
    cury_retainage_amt: float | Unset | None = UNSET
    term_start_date: datetime.datetime | Unset | None = UNSET
    term_end_date: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.line_number
        if _value is not UNSET:
            field_dict["lineNumber"] = _value
        _value = self.inventory_number
        if _value is not UNSET:
            field_dict["inventoryNumber"] = _value
        _value = self.external_inventory_id
        if _value is not UNSET:
            field_dict["externalInventoryId"] = _value
        _value = self.stock_item
        if _value is not UNSET:
            field_dict["stockItem"] = _value
        _value = self.transaction_description
        if _value is not UNSET:
            field_dict["transactionDescription"] = _value
        _value = self.quantity
        if _value is not UNSET:
            field_dict["quantity"] = _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value
        _value = self.unit_cost
        if _value is not UNSET:
            field_dict["unitCost"] = _value
        _value = self.unit_cost_in_currency
        if _value is not UNSET:
            field_dict["unitCostInCurrency"] = _value
        _value = self.cost
        if _value is not UNSET:
            field_dict["cost"] = _value
        _value = self.cost_in_currency
        if _value is not UNSET:
            field_dict["costInCurrency"] = _value
        _value = self.discount_percent
        if _value is not UNSET:
            field_dict["discountPercent"] = _value
        _value = self.discount_amount
        if _value is not UNSET:
            field_dict["discountAmount"] = _value
        _value = self.discount_amount_in_currency
        if _value is not UNSET:
            field_dict["discountAmountInCurrency"] = _value
        _value = self.discount_unit_cost
        if _value is not UNSET:
            field_dict["discountUnitCost"] = _value
        _value = self.discount_unit_cost_in_currency
        if _value is not UNSET:
            field_dict["discountUnitCostInCurrency"] = _value
        _value = self.manual_discount
        if _value is not UNSET:
            field_dict["manualDiscount"] = _value
        _value = self.account
        if _value is not UNSET:
            field_dict["account"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.subaccount
        if _value is not UNSET:
            field_dict["subaccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.prebook_account
        if _value is not UNSET:
            field_dict["prebookAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.prebook_subaccount
        if _value is not UNSET:
            field_dict["prebookSubaccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.deferral_schedule
        if _value is not UNSET:
            field_dict["deferralSchedule"] = _value
        _value = self.deferral_schedule_nbr
        if _value is not UNSET:
            field_dict["deferralScheduleNbr"] = _value
        _value = self.deferral_code
        if _value is not UNSET:
            field_dict["deferralCode"] = _value
        _value = self.vat_code
        if _value is not UNSET:
            field_dict["vatCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.po_number
        if _value is not UNSET:
            field_dict["poNumber"] = _value
        _value = self.po_line_nr
        if _value is not UNSET:
            field_dict["poLineNr"] = _value
        _value = self.po_receipt_nbr
        if _value is not UNSET:
            field_dict["poReceiptNbr"] = _value
        _value = self.po_receipt_line_nbr
        if _value is not UNSET:
            field_dict["poReceiptLineNbr"] = _value
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value
        _value = self.split_hierarchy
        if _value is not UNSET:
            field_dict["splitHierarchy"] = _value
        _value = self.project
        if _value is not UNSET:
            field_dict["project"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project_task
        if _value is not UNSET:
            field_dict["projectTask"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.attachments
        if _value is not UNSET:
            field_dict["attachments"] = (
                [
                    attachments_item_data.to_dict()
                    if isinstance(attachments_item_data, GeneratedModel)
                    else attachments_item_data
                    for attachments_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.retainage_pct
        if _value is not UNSET:
            field_dict["retainagePct"] = _value
        _value = self.cury_retainage_amt
        if _value is not UNSET:
            field_dict["curyRetainageAmt"] = _value
        _value = self.term_start_date
        if _value is not UNSET:
            field_dict["termStartDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.term_end_date
        if _value is not UNSET:
            field_dict["termEndDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SupplierInvoiceLineDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.line_number = _rest.pop("lineNumber", UNSET)
        self.inventory_number = _rest.pop("inventoryNumber", UNSET)
        self.external_inventory_id = _rest.pop("externalInventoryId", UNSET)
        self.stock_item = _rest.pop("stockItem", UNSET)
        self.transaction_description = _rest.pop("transactionDescription", UNSET)
        self.quantity = _rest.pop("quantity", UNSET)
        self.uom = _rest.pop("uom", UNSET)
        self.unit_cost = _rest.pop("unitCost", UNSET)
        self.unit_cost_in_currency = _rest.pop("unitCostInCurrency", UNSET)
        self.cost = _rest.pop("cost", UNSET)
        self.cost_in_currency = _rest.pop("costInCurrency", UNSET)
        self.discount_percent = _rest.pop("discountPercent", UNSET)
        self.discount_amount = _rest.pop("discountAmount", UNSET)
        self.discount_amount_in_currency = _rest.pop("discountAmountInCurrency", UNSET)
        self.discount_unit_cost = _rest.pop("discountUnitCost", UNSET)
        self.discount_unit_cost_in_currency = _rest.pop("discountUnitCostInCurrency", UNSET)
        self.manual_discount = _rest.pop("manualDiscount", UNSET)
        _value = _rest.pop("account", UNSET)
        self.account = (
            _models.AccountInSupplierInvoiceLineDto._vn_fill(_new(_models.AccountInSupplierInvoiceLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("subaccount", UNSET)
        self.subaccount = (
            _models.SubaccountInSupplierInvoiceLineDto._vn_fill(
                _new(_models.SubaccountInSupplierInvoiceLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("prebookAccount", UNSET)
        self.prebook_account = (
            _models.PrebookAccountInSupplierInvoiceLineDto._vn_fill(
                _new(_models.PrebookAccountInSupplierInvoiceLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("prebookSubaccount", UNSET)
        self.prebook_subaccount = (
            _models.PrebookSubaccountInSupplierInvoiceLineDto._vn_fill(
                _new(_models.PrebookSubaccountInSupplierInvoiceLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.deferral_schedule = _rest.pop("deferralSchedule", UNSET)
        self.deferral_schedule_nbr = _rest.pop("deferralScheduleNbr", UNSET)
        self.deferral_code = _rest.pop("deferralCode", UNSET)
        _value = _rest.pop("vatCode", UNSET)
        self.vat_code = (
            _models.VatCodeInSupplierInvoiceLineDto._vn_fill(_new(_models.VatCodeInSupplierInvoiceLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.po_number = _rest.pop("poNumber", UNSET)
        self.po_line_nr = _rest.pop("poLineNr", UNSET)
        self.po_receipt_nbr = _rest.pop("poReceiptNbr", UNSET)
        self.po_receipt_line_nbr = _rest.pop("poReceiptLineNbr", UNSET)
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.BranchNumberInSupplierInvoiceLineDto._vn_fill(
                _new(_models.BranchNumberInSupplierInvoiceLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.note = _rest.pop("note", UNSET)
        self.split_hierarchy = _rest.pop("splitHierarchy", UNSET)
        _value = _rest.pop("project", UNSET)
        self.project = (
            _models.ProjectInSupplierInvoiceLineDto._vn_fill(_new(_models.ProjectInSupplierInvoiceLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectTask", UNSET)
        self.project_task = (
            _models.ProjectTaskInSupplierInvoiceLineDto._vn_fill(
                _new(_models.ProjectTaskInSupplierInvoiceLineDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("attachments", UNSET)
        self.attachments = (
            [
                _models.AttachmentDto._vn_fill(_new(_models.AttachmentDto), attachments_item_data)
                if isinstance(attachments_item_data, dict)
                else attachments_item_data
                for attachments_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.retainage_pct = _rest.pop("retainagePct", UNSET)
        self.cury_retainage_amt = _rest.pop("curyRetainageAmt", UNSET)
        _value = _rest.pop("termStartDate", UNSET)
        self.term_start_date = _parse_datetime(_value)
        _value = _rest.pop("termEndDate", UNSET)
        self.term_end_date = _parse_datetime(_value)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("line_number", "lineNumber", False, "int"),
        ("inventory_number", "inventoryNumber", False, "str"),
        ("external_inventory_id", "externalInventoryId", False, "str"),
        ("stock_item", "stockItem", False, "bool"),
        ("transaction_description", "transactionDescription", False, "str"),
        ("quantity", "quantity", False, "float"),
        ("uom", "uom", False, "str"),
        ("unit_cost", "unitCost", False, "float"),
        ("unit_cost_in_currency", "unitCostInCurrency", False, "float"),
        ("cost", "cost", False, "float"),
        ("cost_in_currency", "costInCurrency", False, "float"),
        ("discount_percent", "discountPercent", False, "float"),
        ("discount_amount", "discountAmount", False, "float"),
        ("discount_amount_in_currency", "discountAmountInCurrency", False, "float"),
        ("discount_unit_cost", "discountUnitCost", False, "float"),
        ("discount_unit_cost_in_currency", "discountUnitCostInCurrency", False, "float"),
        ("manual_discount", "manualDiscount", False, "bool"),
        ("account", "account", False, ("model", "AccountInSupplierInvoiceLineDto")),
        ("subaccount", "subaccount", False, ("model", "SubaccountInSupplierInvoiceLineDto")),
        ("prebook_account", "prebookAccount", False, ("model", "PrebookAccountInSupplierInvoiceLineDto")),
        ("prebook_subaccount", "prebookSubaccount", False, ("model", "PrebookSubaccountInSupplierInvoiceLineDto")),
        ("deferral_schedule", "deferralSchedule", False, "int"),
        ("deferral_schedule_nbr", "deferralScheduleNbr", False, "str"),
        ("deferral_code", "deferralCode", False, "str"),
        ("vat_code", "vatCode", False, ("model", "VatCodeInSupplierInvoiceLineDto")),
        ("po_number", "poNumber", False, "str"),
        ("po_line_nr", "poLineNr", False, "int"),
        ("po_receipt_nbr", "poReceiptNbr", False, "str"),
        ("po_receipt_line_nbr", "poReceiptLineNbr", False, "int"),
        ("branch_number", "branchNumber", False, ("model", "BranchNumberInSupplierInvoiceLineDto")),
        ("note", "note", False, "str"),
        ("split_hierarchy", "splitHierarchy", False, "str"),
        ("project", "project", False, ("model", "ProjectInSupplierInvoiceLineDto")),
        ("project_task", "projectTask", False, ("model", "ProjectTaskInSupplierInvoiceLineDto")),
        ("attachments", "attachments", False, ("list", ("model", "AttachmentDto"))),
        ("retainage_pct", "retainagePct", False, "float"),
        ("cury_retainage_amt", "curyRetainageAmt", False, "float"),
        ("term_start_date", "termStartDate", False, "datetime"),
        ("term_end_date", "termEndDate", False, "datetime"),
    )
    _vn_extra = None

    def __repr__(self) -> str:
        """Only the fields that are set: a Visma DTO has dozens of fields and a record usually fills a few."""
        fields = [f"{name}={value!r}" for name in _FIELD_NAMES if (value := getattr(self, name)) is not UNSET]
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_Lazy = _lazy_twin(SupplierInvoiceLineDto)
