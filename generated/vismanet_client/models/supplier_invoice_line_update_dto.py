from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.supplier_invoice_line_update_dto_operation import (
    SupplierInvoiceLineUpdateDtoOperation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.branch_in_supplier_invoice_line_update_dto import BranchInSupplierInvoiceLineUpdateDto
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.link_line_dto import LinkLineDto
    from ..models.prebook_account_number_in_supplier_invoice_line_update_dto import (
        PrebookAccountNumberInSupplierInvoiceLineUpdateDto,
    )
    from ..models.segment_update_dto import SegmentUpdateDto


T = TypeVar("T", bound="SupplierInvoiceLineUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
    "line_number",
    "inventory_number",
    "transaction_description",
    "quantity",
    "uom",
    "unit_cost_in_currency",
    "cost_in_currency",
    "discount_percent",
    "discount_amount_in_currency",
    "discount_unit_cost_in_currency",
    "manual_discount",
    "account_number",
    "subaccount",
    "deferral_schedule",
    "deferral_code",
    "vat_code_id",
    "branch",
    "branch_number",
    "note",
    "project_id",
    "project_task_id",
    "split_line",
    "undo_split_line",
    "split_hierarchy",
    "retainage_pct",
    "cury_retainage_amt",
    "link_line",
    "term_start_date",
    "term_end_date",
    "external_inventory_id",
    "prebook_account_number",
    "prebook_subaccount",
)


@_attrs_define(repr=False)
class SupplierInvoiceLineUpdateDto:
    """
    Attributes:
        operation (SupplierInvoiceLineUpdateDtoOperation | Unset):
        line_number (DtoValueOfInt32 | Unset):
        inventory_number (DtoValueOfString | Unset):
        transaction_description (DtoValueOfString | Unset):
        quantity (DtoValueOfDecimal | Unset):
        uom (DtoValueOfString | Unset):
        unit_cost_in_currency (DtoValueOfNullableOfDecimal | Unset):
        cost_in_currency (DtoValueOfNullableOfDecimal | Unset):
        discount_percent (DtoValueOfNullableOfDecimal | Unset):
        discount_amount_in_currency (DtoValueOfNullableOfDecimal | Unset):
        discount_unit_cost_in_currency (DtoValueOfNullableOfDecimal | Unset):
        manual_discount (DtoValueOfNullableOfBoolean | Unset):
        account_number (DtoValueOfString | Unset):
        subaccount (list[SegmentUpdateDto] | Unset):
        deferral_schedule (DtoValueOfNullableOfInt32 | Unset):
        deferral_code (DtoValueOfString | Unset):
        vat_code_id (DtoValueOfString | Unset):
        branch (BranchInSupplierInvoiceLineUpdateDto | Unset): Branch is deprecated, please use BranchNumber instead.
        branch_number (DtoValueOfString | Unset):
        note (DtoValueOfString | Unset):
        project_id (DtoValueOfString | Unset):
        project_task_id (DtoValueOfString | Unset):
        split_line (DtoValueOfBoolean | Unset):
        undo_split_line (DtoValueOfBoolean | Unset):
        split_hierarchy (DtoValueOfString | Unset):
        retainage_pct (DtoValueOfNullableOfDecimal | Unset):
        cury_retainage_amt (DtoValueOfNullableOfDecimal | Unset):
        link_line (LinkLineDto | Unset):
        term_start_date (DtoValueOfNullableOfDateTime | Unset):
        term_end_date (DtoValueOfNullableOfDateTime | Unset):
        external_inventory_id (DtoValueOfString | Unset):
        prebook_account_number (PrebookAccountNumberInSupplierInvoiceLineUpdateDto | Unset): Account used for
            prebooking. Note that this feature is not available for all countries.
        prebook_subaccount (list[SegmentUpdateDto] | Unset): Subaccount used for prebooking. Note that this feature is
            not available for all countries.
    """

    operation: SupplierInvoiceLineUpdateDtoOperation | Unset = UNSET
    line_number: DtoValueOfInt32 | Unset = UNSET
    inventory_number: DtoValueOfString | Unset = UNSET
    transaction_description: DtoValueOfString | Unset = UNSET
    quantity: DtoValueOfDecimal | Unset = UNSET
    uom: DtoValueOfString | Unset = UNSET
    unit_cost_in_currency: DtoValueOfNullableOfDecimal | Unset = UNSET
    cost_in_currency: DtoValueOfNullableOfDecimal | Unset = UNSET
    discount_percent: DtoValueOfNullableOfDecimal | Unset = UNSET
    discount_amount_in_currency: DtoValueOfNullableOfDecimal | Unset = UNSET
    discount_unit_cost_in_currency: DtoValueOfNullableOfDecimal | Unset = UNSET
    manual_discount: DtoValueOfNullableOfBoolean | Unset = UNSET
    account_number: DtoValueOfString | Unset = UNSET
    subaccount: list[SegmentUpdateDto] | Unset = UNSET
    deferral_schedule: DtoValueOfNullableOfInt32 | Unset = UNSET
    deferral_code: DtoValueOfString | Unset = UNSET
    vat_code_id: DtoValueOfString | Unset = UNSET
    branch: BranchInSupplierInvoiceLineUpdateDto | Unset = UNSET
    branch_number: DtoValueOfString | Unset = UNSET
    note: DtoValueOfString | Unset = UNSET
    project_id: DtoValueOfString | Unset = UNSET
    project_task_id: DtoValueOfString | Unset = UNSET
    split_line: DtoValueOfBoolean | Unset = UNSET
    undo_split_line: DtoValueOfBoolean | Unset = UNSET
    split_hierarchy: DtoValueOfString | Unset = UNSET
    retainage_pct: DtoValueOfNullableOfDecimal | Unset = UNSET
    cury_retainage_amt: DtoValueOfNullableOfDecimal | Unset = UNSET
    link_line: LinkLineDto | Unset = UNSET
    term_start_date: DtoValueOfNullableOfDateTime | Unset = UNSET
    term_end_date: DtoValueOfNullableOfDateTime | Unset = UNSET
    external_inventory_id: DtoValueOfString | Unset = UNSET
    prebook_account_number: PrebookAccountNumberInSupplierInvoiceLineUpdateDto | Unset = UNSET
    prebook_subaccount: list[SegmentUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        line_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_number, Unset):
            line_number = self.line_number.to_dict()

        inventory_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_number, Unset):
            inventory_number = self.inventory_number.to_dict()

        transaction_description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_description, Unset):
            transaction_description = self.transaction_description.to_dict()

        quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity.to_dict()

        uom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uom, Unset):
            uom = self.uom.to_dict()

        unit_cost_in_currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_cost_in_currency, Unset):
            unit_cost_in_currency = self.unit_cost_in_currency.to_dict()

        cost_in_currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_in_currency, Unset):
            cost_in_currency = self.cost_in_currency.to_dict()

        discount_percent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_percent, Unset):
            discount_percent = self.discount_percent.to_dict()

        discount_amount_in_currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_amount_in_currency, Unset):
            discount_amount_in_currency = self.discount_amount_in_currency.to_dict()

        discount_unit_cost_in_currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_unit_cost_in_currency, Unset):
            discount_unit_cost_in_currency = self.discount_unit_cost_in_currency.to_dict()

        manual_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manual_discount, Unset):
            manual_discount = self.manual_discount.to_dict()

        account_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_number, Unset):
            account_number = self.account_number.to_dict()

        subaccount: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subaccount, Unset):
            subaccount = []
            for subaccount_item_data in self.subaccount:
                subaccount_item = subaccount_item_data.to_dict()
                subaccount.append(subaccount_item)

        deferral_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deferral_schedule, Unset):
            deferral_schedule = self.deferral_schedule.to_dict()

        deferral_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deferral_code, Unset):
            deferral_code = self.deferral_code.to_dict()

        vat_code_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_code_id, Unset):
            vat_code_id = self.vat_code_id.to_dict()

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.to_dict()

        project_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_id, Unset):
            project_id = self.project_id.to_dict()

        project_task_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_task_id, Unset):
            project_task_id = self.project_task_id.to_dict()

        split_line: dict[str, Any] | Unset = UNSET
        if not isinstance(self.split_line, Unset):
            split_line = self.split_line.to_dict()

        undo_split_line: dict[str, Any] | Unset = UNSET
        if not isinstance(self.undo_split_line, Unset):
            undo_split_line = self.undo_split_line.to_dict()

        split_hierarchy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.split_hierarchy, Unset):
            split_hierarchy = self.split_hierarchy.to_dict()

        retainage_pct: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retainage_pct, Unset):
            retainage_pct = self.retainage_pct.to_dict()

        cury_retainage_amt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cury_retainage_amt, Unset):
            cury_retainage_amt = self.cury_retainage_amt.to_dict()

        link_line: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link_line, Unset):
            link_line = self.link_line.to_dict()

        term_start_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.term_start_date, Unset):
            term_start_date = self.term_start_date.to_dict()

        term_end_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.term_end_date, Unset):
            term_end_date = self.term_end_date.to_dict()

        external_inventory_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_inventory_id, Unset):
            external_inventory_id = self.external_inventory_id.to_dict()

        prebook_account_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prebook_account_number, Unset):
            prebook_account_number = self.prebook_account_number.to_dict()

        prebook_subaccount: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prebook_subaccount, Unset):
            prebook_subaccount = []
            for prebook_subaccount_item_data in self.prebook_subaccount:
                prebook_subaccount_item = prebook_subaccount_item_data.to_dict()
                prebook_subaccount.append(prebook_subaccount_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if inventory_number is not UNSET:
            field_dict["inventoryNumber"] = inventory_number
        if transaction_description is not UNSET:
            field_dict["transactionDescription"] = transaction_description
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if uom is not UNSET:
            field_dict["uom"] = uom
        if unit_cost_in_currency is not UNSET:
            field_dict["unitCostInCurrency"] = unit_cost_in_currency
        if cost_in_currency is not UNSET:
            field_dict["costInCurrency"] = cost_in_currency
        if discount_percent is not UNSET:
            field_dict["discountPercent"] = discount_percent
        if discount_amount_in_currency is not UNSET:
            field_dict["discountAmountInCurrency"] = discount_amount_in_currency
        if discount_unit_cost_in_currency is not UNSET:
            field_dict["discountUnitCostInCurrency"] = discount_unit_cost_in_currency
        if manual_discount is not UNSET:
            field_dict["manualDiscount"] = manual_discount
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if deferral_schedule is not UNSET:
            field_dict["deferralSchedule"] = deferral_schedule
        if deferral_code is not UNSET:
            field_dict["deferralCode"] = deferral_code
        if vat_code_id is not UNSET:
            field_dict["vatCodeId"] = vat_code_id
        if branch is not UNSET:
            field_dict["branch"] = branch
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number
        if note is not UNSET:
            field_dict["note"] = note
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if project_task_id is not UNSET:
            field_dict["projectTaskId"] = project_task_id
        if split_line is not UNSET:
            field_dict["splitLine"] = split_line
        if undo_split_line is not UNSET:
            field_dict["undoSplitLine"] = undo_split_line
        if split_hierarchy is not UNSET:
            field_dict["splitHierarchy"] = split_hierarchy
        if retainage_pct is not UNSET:
            field_dict["retainagePct"] = retainage_pct
        if cury_retainage_amt is not UNSET:
            field_dict["curyRetainageAmt"] = cury_retainage_amt
        if link_line is not UNSET:
            field_dict["linkLine"] = link_line
        if term_start_date is not UNSET:
            field_dict["termStartDate"] = term_start_date
        if term_end_date is not UNSET:
            field_dict["termEndDate"] = term_end_date
        if external_inventory_id is not UNSET:
            field_dict["externalInventoryId"] = external_inventory_id
        if prebook_account_number is not UNSET:
            field_dict["prebookAccountNumber"] = prebook_account_number
        if prebook_subaccount is not UNSET:
            field_dict["prebookSubaccount"] = prebook_subaccount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNumber", UNSET)
        _instance.line_number = UNSET if _value is UNSET else _models.DtoValueOfInt32.from_dict(_value)
        _value = _rest.pop("inventoryNumber", UNSET)
        _instance.inventory_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("transactionDescription", UNSET)
        _instance.transaction_description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("quantity", UNSET)
        _instance.quantity = UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
        _value = _rest.pop("uom", UNSET)
        _instance.uom = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("unitCostInCurrency", UNSET)
        _instance.unit_cost_in_currency = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        )
        _value = _rest.pop("costInCurrency", UNSET)
        _instance.cost_in_currency = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("discountPercent", UNSET)
        _instance.discount_percent = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("discountAmountInCurrency", UNSET)
        _instance.discount_amount_in_currency = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        )
        _value = _rest.pop("discountUnitCostInCurrency", UNSET)
        _instance.discount_unit_cost_in_currency = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        )
        _value = _rest.pop("manualDiscount", UNSET)
        _instance.manual_discount = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("accountNumber", UNSET)
        _instance.account_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("subaccount", UNSET)
        _instance.subaccount = (
            UNSET
            if _value is UNSET
            else [_models.SegmentUpdateDto.from_dict(subaccount_item_data) for subaccount_item_data in _value]
        )
        _value = _rest.pop("deferralSchedule", UNSET)
        _instance.deferral_schedule = UNSET if _value is UNSET else _models.DtoValueOfNullableOfInt32.from_dict(_value)
        _value = _rest.pop("deferralCode", UNSET)
        _instance.deferral_code = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("vatCodeId", UNSET)
        _instance.vat_code_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.BranchInSupplierInvoiceLineUpdateDto.from_dict(_value)
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("note", UNSET)
        _instance.note = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("projectId", UNSET)
        _instance.project_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("projectTaskId", UNSET)
        _instance.project_task_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("splitLine", UNSET)
        _instance.split_line = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("undoSplitLine", UNSET)
        _instance.undo_split_line = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("splitHierarchy", UNSET)
        _instance.split_hierarchy = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("retainagePct", UNSET)
        _instance.retainage_pct = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("curyRetainageAmt", UNSET)
        _instance.cury_retainage_amt = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        )
        _value = _rest.pop("linkLine", UNSET)
        _instance.link_line = UNSET if _value is UNSET else _models.LinkLineDto.from_dict(_value)
        _value = _rest.pop("termStartDate", UNSET)
        _instance.term_start_date = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("termEndDate", UNSET)
        _instance.term_end_date = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("externalInventoryId", UNSET)
        _instance.external_inventory_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("prebookAccountNumber", UNSET)
        _instance.prebook_account_number = (
            UNSET if _value is UNSET else _models.PrebookAccountNumberInSupplierInvoiceLineUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("prebookSubaccount", UNSET)
        _instance.prebook_subaccount = (
            UNSET
            if _value is UNSET
            else [
                _models.SegmentUpdateDto.from_dict(prebook_subaccount_item_data)
                for prebook_subaccount_item_data in _value
            ]
        )
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
