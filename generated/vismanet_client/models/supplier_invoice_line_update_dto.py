from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supplier_invoice_line_update_dto_operation import (
    SupplierInvoiceLineUpdateDtoOperation,
    check_supplier_invoice_line_update_dto_operation,
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


@_attrs_define
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

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: SupplierInvoiceLineUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_supplier_invoice_line_update_dto_operation(_operation)

        _line_number = d.pop("lineNumber", UNSET)
        line_number: DtoValueOfInt32 | Unset
        if isinstance(_line_number, Unset):
            line_number = UNSET
        else:
            line_number = DtoValueOfInt32.from_dict(_line_number)

        _inventory_number = d.pop("inventoryNumber", UNSET)
        inventory_number: DtoValueOfString | Unset
        if isinstance(_inventory_number, Unset):
            inventory_number = UNSET
        else:
            inventory_number = DtoValueOfString.from_dict(_inventory_number)

        _transaction_description = d.pop("transactionDescription", UNSET)
        transaction_description: DtoValueOfString | Unset
        if isinstance(_transaction_description, Unset):
            transaction_description = UNSET
        else:
            transaction_description = DtoValueOfString.from_dict(_transaction_description)

        _quantity = d.pop("quantity", UNSET)
        quantity: DtoValueOfDecimal | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = DtoValueOfDecimal.from_dict(_quantity)

        _uom = d.pop("uom", UNSET)
        uom: DtoValueOfString | Unset
        if isinstance(_uom, Unset):
            uom = UNSET
        else:
            uom = DtoValueOfString.from_dict(_uom)

        _unit_cost_in_currency = d.pop("unitCostInCurrency", UNSET)
        unit_cost_in_currency: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_unit_cost_in_currency, Unset):
            unit_cost_in_currency = UNSET
        else:
            unit_cost_in_currency = DtoValueOfNullableOfDecimal.from_dict(_unit_cost_in_currency)

        _cost_in_currency = d.pop("costInCurrency", UNSET)
        cost_in_currency: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_cost_in_currency, Unset):
            cost_in_currency = UNSET
        else:
            cost_in_currency = DtoValueOfNullableOfDecimal.from_dict(_cost_in_currency)

        _discount_percent = d.pop("discountPercent", UNSET)
        discount_percent: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_discount_percent, Unset):
            discount_percent = UNSET
        else:
            discount_percent = DtoValueOfNullableOfDecimal.from_dict(_discount_percent)

        _discount_amount_in_currency = d.pop("discountAmountInCurrency", UNSET)
        discount_amount_in_currency: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_discount_amount_in_currency, Unset):
            discount_amount_in_currency = UNSET
        else:
            discount_amount_in_currency = DtoValueOfNullableOfDecimal.from_dict(_discount_amount_in_currency)

        _discount_unit_cost_in_currency = d.pop("discountUnitCostInCurrency", UNSET)
        discount_unit_cost_in_currency: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_discount_unit_cost_in_currency, Unset):
            discount_unit_cost_in_currency = UNSET
        else:
            discount_unit_cost_in_currency = DtoValueOfNullableOfDecimal.from_dict(_discount_unit_cost_in_currency)

        _manual_discount = d.pop("manualDiscount", UNSET)
        manual_discount: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_manual_discount, Unset):
            manual_discount = UNSET
        else:
            manual_discount = DtoValueOfNullableOfBoolean.from_dict(_manual_discount)

        _account_number = d.pop("accountNumber", UNSET)
        account_number: DtoValueOfString | Unset
        if isinstance(_account_number, Unset):
            account_number = UNSET
        else:
            account_number = DtoValueOfString.from_dict(_account_number)

        _subaccount = d.pop("subaccount", UNSET)
        subaccount: list[SegmentUpdateDto] | Unset = UNSET
        if _subaccount is not UNSET:
            subaccount = []
            for subaccount_item_data in _subaccount:
                subaccount_item = SegmentUpdateDto.from_dict(subaccount_item_data)

                subaccount.append(subaccount_item)

        _deferral_schedule = d.pop("deferralSchedule", UNSET)
        deferral_schedule: DtoValueOfNullableOfInt32 | Unset
        if isinstance(_deferral_schedule, Unset):
            deferral_schedule = UNSET
        else:
            deferral_schedule = DtoValueOfNullableOfInt32.from_dict(_deferral_schedule)

        _deferral_code = d.pop("deferralCode", UNSET)
        deferral_code: DtoValueOfString | Unset
        if isinstance(_deferral_code, Unset):
            deferral_code = UNSET
        else:
            deferral_code = DtoValueOfString.from_dict(_deferral_code)

        _vat_code_id = d.pop("vatCodeId", UNSET)
        vat_code_id: DtoValueOfString | Unset
        if isinstance(_vat_code_id, Unset):
            vat_code_id = UNSET
        else:
            vat_code_id = DtoValueOfString.from_dict(_vat_code_id)

        _branch = d.pop("branch", UNSET)
        branch: BranchInSupplierInvoiceLineUpdateDto | Unset
        if isinstance(_branch, Unset):
            branch = UNSET
        else:
            branch = BranchInSupplierInvoiceLineUpdateDto.from_dict(_branch)

        _branch_number = d.pop("branchNumber", UNSET)
        branch_number: DtoValueOfString | Unset
        if isinstance(_branch_number, Unset):
            branch_number = UNSET
        else:
            branch_number = DtoValueOfString.from_dict(_branch_number)

        _note = d.pop("note", UNSET)
        note: DtoValueOfString | Unset
        if isinstance(_note, Unset):
            note = UNSET
        else:
            note = DtoValueOfString.from_dict(_note)

        _project_id = d.pop("projectId", UNSET)
        project_id: DtoValueOfString | Unset
        if isinstance(_project_id, Unset):
            project_id = UNSET
        else:
            project_id = DtoValueOfString.from_dict(_project_id)

        _project_task_id = d.pop("projectTaskId", UNSET)
        project_task_id: DtoValueOfString | Unset
        if isinstance(_project_task_id, Unset):
            project_task_id = UNSET
        else:
            project_task_id = DtoValueOfString.from_dict(_project_task_id)

        _split_line = d.pop("splitLine", UNSET)
        split_line: DtoValueOfBoolean | Unset
        if isinstance(_split_line, Unset):
            split_line = UNSET
        else:
            split_line = DtoValueOfBoolean.from_dict(_split_line)

        _undo_split_line = d.pop("undoSplitLine", UNSET)
        undo_split_line: DtoValueOfBoolean | Unset
        if isinstance(_undo_split_line, Unset):
            undo_split_line = UNSET
        else:
            undo_split_line = DtoValueOfBoolean.from_dict(_undo_split_line)

        _split_hierarchy = d.pop("splitHierarchy", UNSET)
        split_hierarchy: DtoValueOfString | Unset
        if isinstance(_split_hierarchy, Unset):
            split_hierarchy = UNSET
        else:
            split_hierarchy = DtoValueOfString.from_dict(_split_hierarchy)

        _retainage_pct = d.pop("retainagePct", UNSET)
        retainage_pct: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_retainage_pct, Unset):
            retainage_pct = UNSET
        else:
            retainage_pct = DtoValueOfNullableOfDecimal.from_dict(_retainage_pct)

        _cury_retainage_amt = d.pop("curyRetainageAmt", UNSET)
        cury_retainage_amt: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_cury_retainage_amt, Unset):
            cury_retainage_amt = UNSET
        else:
            cury_retainage_amt = DtoValueOfNullableOfDecimal.from_dict(_cury_retainage_amt)

        _link_line = d.pop("linkLine", UNSET)
        link_line: LinkLineDto | Unset
        if isinstance(_link_line, Unset):
            link_line = UNSET
        else:
            link_line = LinkLineDto.from_dict(_link_line)

        _term_start_date = d.pop("termStartDate", UNSET)
        term_start_date: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_term_start_date, Unset):
            term_start_date = UNSET
        else:
            term_start_date = DtoValueOfNullableOfDateTime.from_dict(_term_start_date)

        _term_end_date = d.pop("termEndDate", UNSET)
        term_end_date: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_term_end_date, Unset):
            term_end_date = UNSET
        else:
            term_end_date = DtoValueOfNullableOfDateTime.from_dict(_term_end_date)

        _external_inventory_id = d.pop("externalInventoryId", UNSET)
        external_inventory_id: DtoValueOfString | Unset
        if isinstance(_external_inventory_id, Unset):
            external_inventory_id = UNSET
        else:
            external_inventory_id = DtoValueOfString.from_dict(_external_inventory_id)

        _prebook_account_number = d.pop("prebookAccountNumber", UNSET)
        prebook_account_number: PrebookAccountNumberInSupplierInvoiceLineUpdateDto | Unset
        if isinstance(_prebook_account_number, Unset):
            prebook_account_number = UNSET
        else:
            prebook_account_number = PrebookAccountNumberInSupplierInvoiceLineUpdateDto.from_dict(
                _prebook_account_number
            )

        _prebook_subaccount = d.pop("prebookSubaccount", UNSET)
        prebook_subaccount: list[SegmentUpdateDto] | Unset = UNSET
        if _prebook_subaccount is not UNSET:
            prebook_subaccount = []
            for prebook_subaccount_item_data in _prebook_subaccount:
                prebook_subaccount_item = SegmentUpdateDto.from_dict(prebook_subaccount_item_data)

                prebook_subaccount.append(prebook_subaccount_item)

        supplier_invoice_line_update_dto = cls(
            operation=operation,
            line_number=line_number,
            inventory_number=inventory_number,
            transaction_description=transaction_description,
            quantity=quantity,
            uom=uom,
            unit_cost_in_currency=unit_cost_in_currency,
            cost_in_currency=cost_in_currency,
            discount_percent=discount_percent,
            discount_amount_in_currency=discount_amount_in_currency,
            discount_unit_cost_in_currency=discount_unit_cost_in_currency,
            manual_discount=manual_discount,
            account_number=account_number,
            subaccount=subaccount,
            deferral_schedule=deferral_schedule,
            deferral_code=deferral_code,
            vat_code_id=vat_code_id,
            branch=branch,
            branch_number=branch_number,
            note=note,
            project_id=project_id,
            project_task_id=project_task_id,
            split_line=split_line,
            undo_split_line=undo_split_line,
            split_hierarchy=split_hierarchy,
            retainage_pct=retainage_pct,
            cury_retainage_amt=cury_retainage_amt,
            link_line=link_line,
            term_start_date=term_start_date,
            term_end_date=term_end_date,
            external_inventory_id=external_inventory_id,
            prebook_account_number=prebook_account_number,
            prebook_subaccount=prebook_subaccount,
        )

        supplier_invoice_line_update_dto.additional_properties = d
        return supplier_invoice_line_update_dto

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
