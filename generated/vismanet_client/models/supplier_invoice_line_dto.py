from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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
class SupplierInvoiceLineDto:
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

    line_number: int | Unset = UNSET
    inventory_number: str | Unset = UNSET
    external_inventory_id: str | Unset = UNSET
    stock_item: bool | Unset = UNSET
    transaction_description: str | Unset = UNSET
    quantity: float | Unset = UNSET
    uom: str | Unset = UNSET
    unit_cost: float | Unset = UNSET
    unit_cost_in_currency: float | Unset = UNSET
    cost: float | Unset = UNSET
    cost_in_currency: float | Unset = UNSET
    discount_percent: float | Unset = UNSET
    discount_amount: float | Unset = UNSET
    discount_amount_in_currency: float | Unset = UNSET
    discount_unit_cost: float | Unset = UNSET
    discount_unit_cost_in_currency: float | Unset = UNSET
    manual_discount: bool | Unset = UNSET
    account: AccountInSupplierInvoiceLineDto | Unset = UNSET
    subaccount: SubaccountInSupplierInvoiceLineDto | Unset = UNSET
    prebook_account: PrebookAccountInSupplierInvoiceLineDto | Unset = UNSET
    prebook_subaccount: PrebookSubaccountInSupplierInvoiceLineDto | Unset = UNSET
    deferral_schedule: int | Unset = UNSET
    deferral_schedule_nbr: str | Unset = UNSET
    deferral_code: str | Unset = UNSET
    vat_code: VatCodeInSupplierInvoiceLineDto | Unset = UNSET
    po_number: str | Unset = UNSET
    po_line_nr: int | Unset = UNSET
    po_receipt_nbr: str | Unset = UNSET
    po_receipt_line_nbr: int | Unset = UNSET
    branch_number: BranchNumberInSupplierInvoiceLineDto | Unset = UNSET
    note: str | Unset = UNSET
    split_hierarchy: str | Unset = UNSET
    project: ProjectInSupplierInvoiceLineDto | Unset = UNSET
    project_task: ProjectTaskInSupplierInvoiceLineDto | Unset = UNSET
    attachments: list[AttachmentDto] | Unset = UNSET
    retainage_pct: float | Unset = UNSET
    cury_retainage_amt: float | Unset = UNSET
    term_start_date: datetime.datetime | Unset = UNSET
    term_end_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_number = self.line_number

        inventory_number = self.inventory_number

        external_inventory_id = self.external_inventory_id

        stock_item = self.stock_item

        transaction_description = self.transaction_description

        quantity = self.quantity

        uom = self.uom

        unit_cost = self.unit_cost

        unit_cost_in_currency = self.unit_cost_in_currency

        cost = self.cost

        cost_in_currency = self.cost_in_currency

        discount_percent = self.discount_percent

        discount_amount = self.discount_amount

        discount_amount_in_currency = self.discount_amount_in_currency

        discount_unit_cost = self.discount_unit_cost

        discount_unit_cost_in_currency = self.discount_unit_cost_in_currency

        manual_discount = self.manual_discount

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subaccount, Unset):
            subaccount = self.subaccount.to_dict()

        prebook_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prebook_account, Unset):
            prebook_account = self.prebook_account.to_dict()

        prebook_subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prebook_subaccount, Unset):
            prebook_subaccount = self.prebook_subaccount.to_dict()

        deferral_schedule = self.deferral_schedule

        deferral_schedule_nbr = self.deferral_schedule_nbr

        deferral_code = self.deferral_code

        vat_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_code, Unset):
            vat_code = self.vat_code.to_dict()

        po_number = self.po_number

        po_line_nr = self.po_line_nr

        po_receipt_nbr = self.po_receipt_nbr

        po_receipt_line_nbr = self.po_receipt_line_nbr

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        note = self.note

        split_hierarchy = self.split_hierarchy

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        project_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_task, Unset):
            project_task = self.project_task.to_dict()

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        retainage_pct = self.retainage_pct

        cury_retainage_amt = self.cury_retainage_amt

        term_start_date: str | Unset = UNSET
        if not isinstance(self.term_start_date, Unset):
            term_start_date = self.term_start_date.isoformat()

        term_end_date: str | Unset = UNSET
        if not isinstance(self.term_end_date, Unset):
            term_end_date = self.term_end_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if inventory_number is not UNSET:
            field_dict["inventoryNumber"] = inventory_number
        if external_inventory_id is not UNSET:
            field_dict["externalInventoryId"] = external_inventory_id
        if stock_item is not UNSET:
            field_dict["stockItem"] = stock_item
        if transaction_description is not UNSET:
            field_dict["transactionDescription"] = transaction_description
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if uom is not UNSET:
            field_dict["uom"] = uom
        if unit_cost is not UNSET:
            field_dict["unitCost"] = unit_cost
        if unit_cost_in_currency is not UNSET:
            field_dict["unitCostInCurrency"] = unit_cost_in_currency
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_in_currency is not UNSET:
            field_dict["costInCurrency"] = cost_in_currency
        if discount_percent is not UNSET:
            field_dict["discountPercent"] = discount_percent
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount
        if discount_amount_in_currency is not UNSET:
            field_dict["discountAmountInCurrency"] = discount_amount_in_currency
        if discount_unit_cost is not UNSET:
            field_dict["discountUnitCost"] = discount_unit_cost
        if discount_unit_cost_in_currency is not UNSET:
            field_dict["discountUnitCostInCurrency"] = discount_unit_cost_in_currency
        if manual_discount is not UNSET:
            field_dict["manualDiscount"] = manual_discount
        if account is not UNSET:
            field_dict["account"] = account
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if prebook_account is not UNSET:
            field_dict["prebookAccount"] = prebook_account
        if prebook_subaccount is not UNSET:
            field_dict["prebookSubaccount"] = prebook_subaccount
        if deferral_schedule is not UNSET:
            field_dict["deferralSchedule"] = deferral_schedule
        if deferral_schedule_nbr is not UNSET:
            field_dict["deferralScheduleNbr"] = deferral_schedule_nbr
        if deferral_code is not UNSET:
            field_dict["deferralCode"] = deferral_code
        if vat_code is not UNSET:
            field_dict["vatCode"] = vat_code
        if po_number is not UNSET:
            field_dict["poNumber"] = po_number
        if po_line_nr is not UNSET:
            field_dict["poLineNr"] = po_line_nr
        if po_receipt_nbr is not UNSET:
            field_dict["poReceiptNbr"] = po_receipt_nbr
        if po_receipt_line_nbr is not UNSET:
            field_dict["poReceiptLineNbr"] = po_receipt_line_nbr
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number
        if note is not UNSET:
            field_dict["note"] = note
        if split_hierarchy is not UNSET:
            field_dict["splitHierarchy"] = split_hierarchy
        if project is not UNSET:
            field_dict["project"] = project
        if project_task is not UNSET:
            field_dict["projectTask"] = project_task
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if retainage_pct is not UNSET:
            field_dict["retainagePct"] = retainage_pct
        if cury_retainage_amt is not UNSET:
            field_dict["curyRetainageAmt"] = cury_retainage_amt
        if term_start_date is not UNSET:
            field_dict["termStartDate"] = term_start_date
        if term_end_date is not UNSET:
            field_dict["termEndDate"] = term_end_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.line_number = _rest.pop("lineNumber", UNSET)
        _instance.inventory_number = _rest.pop("inventoryNumber", UNSET)
        _instance.external_inventory_id = _rest.pop("externalInventoryId", UNSET)
        _instance.stock_item = _rest.pop("stockItem", UNSET)
        _instance.transaction_description = _rest.pop("transactionDescription", UNSET)
        _instance.quantity = _rest.pop("quantity", UNSET)
        _instance.uom = _rest.pop("uom", UNSET)
        _instance.unit_cost = _rest.pop("unitCost", UNSET)
        _instance.unit_cost_in_currency = _rest.pop("unitCostInCurrency", UNSET)
        _instance.cost = _rest.pop("cost", UNSET)
        _instance.cost_in_currency = _rest.pop("costInCurrency", UNSET)
        _instance.discount_percent = _rest.pop("discountPercent", UNSET)
        _instance.discount_amount = _rest.pop("discountAmount", UNSET)
        _instance.discount_amount_in_currency = _rest.pop("discountAmountInCurrency", UNSET)
        _instance.discount_unit_cost = _rest.pop("discountUnitCost", UNSET)
        _instance.discount_unit_cost_in_currency = _rest.pop("discountUnitCostInCurrency", UNSET)
        _instance.manual_discount = _rest.pop("manualDiscount", UNSET)
        _value = _rest.pop("account", UNSET)
        _instance.account = UNSET if _value is UNSET else _models.AccountInSupplierInvoiceLineDto.from_dict(_value)
        _value = _rest.pop("subaccount", UNSET)
        _instance.subaccount = (
            UNSET if _value is UNSET else _models.SubaccountInSupplierInvoiceLineDto.from_dict(_value)
        )
        _value = _rest.pop("prebookAccount", UNSET)
        _instance.prebook_account = (
            UNSET if _value is UNSET else _models.PrebookAccountInSupplierInvoiceLineDto.from_dict(_value)
        )
        _value = _rest.pop("prebookSubaccount", UNSET)
        _instance.prebook_subaccount = (
            UNSET if _value is UNSET else _models.PrebookSubaccountInSupplierInvoiceLineDto.from_dict(_value)
        )
        _instance.deferral_schedule = _rest.pop("deferralSchedule", UNSET)
        _instance.deferral_schedule_nbr = _rest.pop("deferralScheduleNbr", UNSET)
        _instance.deferral_code = _rest.pop("deferralCode", UNSET)
        _value = _rest.pop("vatCode", UNSET)
        _instance.vat_code = UNSET if _value is UNSET else _models.VatCodeInSupplierInvoiceLineDto.from_dict(_value)
        _instance.po_number = _rest.pop("poNumber", UNSET)
        _instance.po_line_nr = _rest.pop("poLineNr", UNSET)
        _instance.po_receipt_nbr = _rest.pop("poReceiptNbr", UNSET)
        _instance.po_receipt_line_nbr = _rest.pop("poReceiptLineNbr", UNSET)
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = (
            UNSET if _value is UNSET else _models.BranchNumberInSupplierInvoiceLineDto.from_dict(_value)
        )
        _instance.note = _rest.pop("note", UNSET)
        _instance.split_hierarchy = _rest.pop("splitHierarchy", UNSET)
        _value = _rest.pop("project", UNSET)
        _instance.project = UNSET if _value is UNSET else _models.ProjectInSupplierInvoiceLineDto.from_dict(_value)
        _value = _rest.pop("projectTask", UNSET)
        _instance.project_task = (
            UNSET if _value is UNSET else _models.ProjectTaskInSupplierInvoiceLineDto.from_dict(_value)
        )
        _value = _rest.pop("attachments", UNSET)
        _instance.attachments = (
            UNSET
            if _value is UNSET
            else [_models.AttachmentDto.from_dict(attachments_item_data) for attachments_item_data in _value]
        )
        _instance.retainage_pct = _rest.pop("retainagePct", UNSET)
        _instance.cury_retainage_amt = _rest.pop("curyRetainageAmt", UNSET)
        _value = _rest.pop("termStartDate", UNSET)
        _instance.term_start_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("termEndDate", UNSET)
        _instance.term_end_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        _instance.additional_properties = dict(_rest) if _rest else {}
        return _instance

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
