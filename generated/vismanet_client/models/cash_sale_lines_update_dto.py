from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.cash_sale_lines_update_dto_operation import (
    CashSaleLinesUpdateDtoOperation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_date_time import DtoValueOfDateTime
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.segment_update_dto import SegmentUpdateDto


T = TypeVar("T", bound="CashSaleLinesUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
    "inventory_number",
    "line_number",
    "description",
    "quantity",
    "unit_price_in_currency",
    "manual_amount_in_currency",
    "account_number",
    "vat_code_id",
    "uom",
    "discount_percent",
    "discount_amount_in_currency",
    "manual_discount",
    "subaccount",
    "salesperson",
    "deferral_schedule",
    "deferral_code",
    "term_start_date",
    "term_end_date",
    "note",
    "branch_number",
)


@_attrs_define(repr=False)
class CashSaleLinesUpdateDto:
    """
    Attributes:
        operation (CashSaleLinesUpdateDtoOperation | Unset):
        inventory_number (DtoValueOfString | Unset):
        line_number (DtoValueOfInt32 | Unset):
        description (DtoValueOfString | Unset):
        quantity (DtoValueOfDecimal | Unset):
        unit_price_in_currency (DtoValueOfDecimal | Unset):
        manual_amount_in_currency (DtoValueOfDecimal | Unset):
        account_number (DtoValueOfString | Unset):
        vat_code_id (DtoValueOfString | Unset):
        uom (DtoValueOfString | Unset):
        discount_percent (DtoValueOfDecimal | Unset):
        discount_amount_in_currency (DtoValueOfDecimal | Unset):
        manual_discount (DtoValueOfBoolean | Unset):
        subaccount (list[SegmentUpdateDto] | Unset):
        salesperson (DtoValueOfString | Unset):
        deferral_schedule (DtoValueOfInt32 | Unset):
        deferral_code (DtoValueOfString | Unset):
        term_start_date (DtoValueOfDateTime | Unset):
        term_end_date (DtoValueOfDateTime | Unset):
        note (DtoValueOfString | Unset):
        branch_number (DtoValueOfString | Unset):
    """

    operation: CashSaleLinesUpdateDtoOperation | Unset = UNSET
    inventory_number: DtoValueOfString | Unset = UNSET
    line_number: DtoValueOfInt32 | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    quantity: DtoValueOfDecimal | Unset = UNSET
    unit_price_in_currency: DtoValueOfDecimal | Unset = UNSET
    manual_amount_in_currency: DtoValueOfDecimal | Unset = UNSET
    account_number: DtoValueOfString | Unset = UNSET
    vat_code_id: DtoValueOfString | Unset = UNSET
    uom: DtoValueOfString | Unset = UNSET
    discount_percent: DtoValueOfDecimal | Unset = UNSET
    discount_amount_in_currency: DtoValueOfDecimal | Unset = UNSET
    manual_discount: DtoValueOfBoolean | Unset = UNSET
    subaccount: list[SegmentUpdateDto] | Unset = UNSET
    salesperson: DtoValueOfString | Unset = UNSET
    deferral_schedule: DtoValueOfInt32 | Unset = UNSET
    deferral_code: DtoValueOfString | Unset = UNSET
    term_start_date: DtoValueOfDateTime | Unset = UNSET
    term_end_date: DtoValueOfDateTime | Unset = UNSET
    note: DtoValueOfString | Unset = UNSET
    branch_number: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        inventory_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_number, Unset):
            inventory_number = self.inventory_number.to_dict()

        line_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_number, Unset):
            line_number = self.line_number.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity.to_dict()

        unit_price_in_currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_price_in_currency, Unset):
            unit_price_in_currency = self.unit_price_in_currency.to_dict()

        manual_amount_in_currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manual_amount_in_currency, Unset):
            manual_amount_in_currency = self.manual_amount_in_currency.to_dict()

        account_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_number, Unset):
            account_number = self.account_number.to_dict()

        vat_code_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_code_id, Unset):
            vat_code_id = self.vat_code_id.to_dict()

        uom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uom, Unset):
            uom = self.uom.to_dict()

        discount_percent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_percent, Unset):
            discount_percent = self.discount_percent.to_dict()

        discount_amount_in_currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_amount_in_currency, Unset):
            discount_amount_in_currency = self.discount_amount_in_currency.to_dict()

        manual_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manual_discount, Unset):
            manual_discount = self.manual_discount.to_dict()

        subaccount: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subaccount, Unset):
            subaccount = []
            for subaccount_item_data in self.subaccount:
                subaccount_item = subaccount_item_data.to_dict()
                subaccount.append(subaccount_item)

        salesperson: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salesperson, Unset):
            salesperson = self.salesperson.to_dict()

        deferral_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deferral_schedule, Unset):
            deferral_schedule = self.deferral_schedule.to_dict()

        deferral_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deferral_code, Unset):
            deferral_code = self.deferral_code.to_dict()

        term_start_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.term_start_date, Unset):
            term_start_date = self.term_start_date.to_dict()

        term_end_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.term_end_date, Unset):
            term_end_date = self.term_end_date.to_dict()

        note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.to_dict()

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if inventory_number is not UNSET:
            field_dict["inventoryNumber"] = inventory_number
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if description is not UNSET:
            field_dict["description"] = description
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_price_in_currency is not UNSET:
            field_dict["unitPriceInCurrency"] = unit_price_in_currency
        if manual_amount_in_currency is not UNSET:
            field_dict["manualAmountInCurrency"] = manual_amount_in_currency
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if vat_code_id is not UNSET:
            field_dict["vatCodeId"] = vat_code_id
        if uom is not UNSET:
            field_dict["uom"] = uom
        if discount_percent is not UNSET:
            field_dict["discountPercent"] = discount_percent
        if discount_amount_in_currency is not UNSET:
            field_dict["discountAmountInCurrency"] = discount_amount_in_currency
        if manual_discount is not UNSET:
            field_dict["manualDiscount"] = manual_discount
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if salesperson is not UNSET:
            field_dict["salesperson"] = salesperson
        if deferral_schedule is not UNSET:
            field_dict["deferralSchedule"] = deferral_schedule
        if deferral_code is not UNSET:
            field_dict["deferralCode"] = deferral_code
        if term_start_date is not UNSET:
            field_dict["termStartDate"] = term_start_date
        if term_end_date is not UNSET:
            field_dict["termEndDate"] = term_end_date
        if note is not UNSET:
            field_dict["note"] = note
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("inventoryNumber", UNSET)
        _instance.inventory_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("lineNumber", UNSET)
        _instance.line_number = UNSET if _value is UNSET else _models.DtoValueOfInt32.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("quantity", UNSET)
        _instance.quantity = UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
        _value = _rest.pop("unitPriceInCurrency", UNSET)
        _instance.unit_price_in_currency = UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
        _value = _rest.pop("manualAmountInCurrency", UNSET)
        _instance.manual_amount_in_currency = UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
        _value = _rest.pop("accountNumber", UNSET)
        _instance.account_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("vatCodeId", UNSET)
        _instance.vat_code_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("uom", UNSET)
        _instance.uom = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("discountPercent", UNSET)
        _instance.discount_percent = UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
        _value = _rest.pop("discountAmountInCurrency", UNSET)
        _instance.discount_amount_in_currency = (
            UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
        )
        _value = _rest.pop("manualDiscount", UNSET)
        _instance.manual_discount = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("subaccount", UNSET)
        _instance.subaccount = (
            UNSET
            if _value is UNSET
            else [_models.SegmentUpdateDto.from_dict(subaccount_item_data) for subaccount_item_data in _value]
        )
        _value = _rest.pop("salesperson", UNSET)
        _instance.salesperson = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("deferralSchedule", UNSET)
        _instance.deferral_schedule = UNSET if _value is UNSET else _models.DtoValueOfInt32.from_dict(_value)
        _value = _rest.pop("deferralCode", UNSET)
        _instance.deferral_code = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("termStartDate", UNSET)
        _instance.term_start_date = UNSET if _value is UNSET else _models.DtoValueOfDateTime.from_dict(_value)
        _value = _rest.pop("termEndDate", UNSET)
        _instance.term_end_date = UNSET if _value is UNSET else _models.DtoValueOfDateTime.from_dict(_value)
        _value = _rest.pop("note", UNSET)
        _instance.note = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
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
