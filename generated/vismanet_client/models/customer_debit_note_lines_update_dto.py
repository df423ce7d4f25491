from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_debit_note_lines_update_dto_operation import (
    CustomerDebitNoteLinesUpdateDtoOperation,
    check_customer_debit_note_lines_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_date_time import DtoValueOfDateTime
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_rut_rot_item_types import DtoValueOfNullableOfRutRotItemTypes
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.segment_update_dto import SegmentUpdateDto


T = TypeVar("T", bound="CustomerDebitNoteLinesUpdateDto")


@_attrs_define
class CustomerDebitNoteLinesUpdateDto:
    """
    Attributes:
        discount_code (DtoValueOfString | Unset):
        domestic_services_deductible (DtoValueOfNullableOfBoolean | Unset):
        item_type (DtoValueOfNullableOfRutRotItemTypes | Unset):
        type_of_work (DtoValueOfString | Unset):
        operation (CustomerDebitNoteLinesUpdateDtoOperation | Unset):
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

    discount_code: DtoValueOfString | Unset = UNSET
    domestic_services_deductible: DtoValueOfNullableOfBoolean | Unset = UNSET
    item_type: DtoValueOfNullableOfRutRotItemTypes | Unset = UNSET
    type_of_work: DtoValueOfString | Unset = UNSET
    operation: CustomerDebitNoteLinesUpdateDtoOperation | Unset = UNSET
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
        discount_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_code, Unset):
            discount_code = self.discount_code.to_dict()

        domestic_services_deductible: dict[str, Any] | Unset = UNSET
        if not isinstance(self.domestic_services_deductible, Unset):
            domestic_services_deductible = self.domestic_services_deductible.to_dict()

        item_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_type, Unset):
            item_type = self.item_type.to_dict()

        type_of_work: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_of_work, Unset):
            type_of_work = self.type_of_work.to_dict()

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
        if discount_code is not UNSET:
            field_dict["discountCode"] = discount_code
        if domestic_services_deductible is not UNSET:
            field_dict["domesticServicesDeductible"] = domestic_services_deductible
        if item_type is not UNSET:
            field_dict["itemType"] = item_type
        if type_of_work is not UNSET:
            field_dict["typeOfWork"] = type_of_work
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
        from ..models.dto_value_of_boolean import DtoValueOfBoolean
        from ..models.dto_value_of_date_time import DtoValueOfDateTime
        from ..models.dto_value_of_decimal import DtoValueOfDecimal
        from ..models.dto_value_of_int_32 import DtoValueOfInt32
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_nullable_of_rut_rot_item_types import DtoValueOfNullableOfRutRotItemTypes
        from ..models.dto_value_of_string import DtoValueOfString
        from ..models.segment_update_dto import SegmentUpdateDto

        d = dict(src_dict)
        _discount_code = d.pop("discountCode", UNSET)
        discount_code: DtoValueOfString | Unset
        if isinstance(_discount_code, Unset):
            discount_code = UNSET
        else:
            discount_code = DtoValueOfString.from_dict(_discount_code)

        _domestic_services_deductible = d.pop("domesticServicesDeductible", UNSET)
        domestic_services_deductible: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_domestic_services_deductible, Unset):
            domestic_services_deductible = UNSET
        else:
            domestic_services_deductible = DtoValueOfNullableOfBoolean.from_dict(_domestic_services_deductible)

        _item_type = d.pop("itemType", UNSET)
        item_type: DtoValueOfNullableOfRutRotItemTypes | Unset
        if isinstance(_item_type, Unset):
            item_type = UNSET
        else:
            item_type = DtoValueOfNullableOfRutRotItemTypes.from_dict(_item_type)

        _type_of_work = d.pop("typeOfWork", UNSET)
        type_of_work: DtoValueOfString | Unset
        if isinstance(_type_of_work, Unset):
            type_of_work = UNSET
        else:
            type_of_work = DtoValueOfString.from_dict(_type_of_work)

        _operation = d.pop("operation", UNSET)
        operation: CustomerDebitNoteLinesUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_customer_debit_note_lines_update_dto_operation(_operation)

        _inventory_number = d.pop("inventoryNumber", UNSET)
        inventory_number: DtoValueOfString | Unset
        if isinstance(_inventory_number, Unset):
            inventory_number = UNSET
        else:
            inventory_number = DtoValueOfString.from_dict(_inventory_number)

        _line_number = d.pop("lineNumber", UNSET)
        line_number: DtoValueOfInt32 | Unset
        if isinstance(_line_number, Unset):
            line_number = UNSET
        else:
            line_number = DtoValueOfInt32.from_dict(_line_number)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _quantity = d.pop("quantity", UNSET)
        quantity: DtoValueOfDecimal | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = DtoValueOfDecimal.from_dict(_quantity)

        _unit_price_in_currency = d.pop("unitPriceInCurrency", UNSET)
        unit_price_in_currency: DtoValueOfDecimal | Unset
        if isinstance(_unit_price_in_currency, Unset):
            unit_price_in_currency = UNSET
        else:
            unit_price_in_currency = DtoValueOfDecimal.from_dict(_unit_price_in_currency)

        _manual_amount_in_currency = d.pop("manualAmountInCurrency", UNSET)
        manual_amount_in_currency: DtoValueOfDecimal | Unset
        if isinstance(_manual_amount_in_currency, Unset):
            manual_amount_in_currency = UNSET
        else:
            manual_amount_in_currency = DtoValueOfDecimal.from_dict(_manual_amount_in_currency)

        _account_number = d.pop("accountNumber", UNSET)
        account_number: DtoValueOfString | Unset
        if isinstance(_account_number, Unset):
            account_number = UNSET
        else:
            account_number = DtoValueOfString.from_dict(_account_number)

        _vat_code_id = d.pop("vatCodeId", UNSET)
        vat_code_id: DtoValueOfString | Unset
        if isinstance(_vat_code_id, Unset):
            vat_code_id = UNSET
        else:
            vat_code_id = DtoValueOfString.from_dict(_vat_code_id)

        _uom = d.pop("uom", UNSET)
        uom: DtoValueOfString | Unset
        if isinstance(_uom, Unset):
            uom = UNSET
        else:
            uom = DtoValueOfString.from_dict(_uom)

        _discount_percent = d.pop("discountPercent", UNSET)
        discount_percent: DtoValueOfDecimal | Unset
        if isinstance(_discount_percent, Unset):
            discount_percent = UNSET
        else:
            discount_percent = DtoValueOfDecimal.from_dict(_discount_percent)

        _discount_amount_in_currency = d.pop("discountAmountInCurrency", UNSET)
        discount_amount_in_currency: DtoValueOfDecimal | Unset
        if isinstance(_discount_amount_in_currency, Unset):
            discount_amount_in_currency = UNSET
        else:
            discount_amount_in_currency = DtoValueOfDecimal.from_dict(_discount_amount_in_currency)

        _manual_discount = d.pop("manualDiscount", UNSET)
        manual_discount: DtoValueOfBoolean | Unset
        if isinstance(_manual_discount, Unset):
            manual_discount = UNSET
        else:
            manual_discount = DtoValueOfBoolean.from_dict(_manual_discount)

        _subaccount = d.pop("subaccount", UNSET)
        subaccount: list[SegmentUpdateDto] | Unset = UNSET
        if _subaccount is not UNSET:
            subaccount = []
            for subaccount_item_data in _subaccount:
                subaccount_item = SegmentUpdateDto.from_dict(subaccount_item_data)

                subaccount.append(subaccount_item)

        _salesperson = d.pop("salesperson", UNSET)
        salesperson: DtoValueOfString | Unset
        if isinstance(_salesperson, Unset):
            salesperson = UNSET
        else:
            salesperson = DtoValueOfString.from_dict(_salesperson)

        _deferral_schedule = d.pop("deferralSchedule", UNSET)
        deferral_schedule: DtoValueOfInt32 | Unset
        if isinstance(_deferral_schedule, Unset):
            deferral_schedule = UNSET
        else:
            deferral_schedule = DtoValueOfInt32.from_dict(_deferral_schedule)

        _deferral_code = d.pop("deferralCode", UNSET)
        deferral_code: DtoValueOfString | Unset
        if isinstance(_deferral_code, Unset):
            deferral_code = UNSET
        else:
            deferral_code = DtoValueOfString.from_dict(_deferral_code)

        _term_start_date = d.pop("termStartDate", UNSET)
        term_start_date: DtoValueOfDateTime | Unset
        if isinstance(_term_start_date, Unset):
            term_start_date = UNSET
        else:
            term_start_date = DtoValueOfDateTime.from_dict(_term_start_date)

        _term_end_date = d.pop("termEndDate", UNSET)
        term_end_date: DtoValueOfDateTime | Unset
        if isinstance(_term_end_date, Unset):
            term_end_date = UNSET
        else:
            term_end_date = DtoValueOfDateTime.from_dict(_term_end_date)

        _note = d.pop("note", UNSET)
        note: DtoValueOfString | Unset
        if isinstance(_note, Unset):
            note = UNSET
        else:
            note = DtoValueOfString.from_dict(_note)

        _branch_number = d.pop("branchNumber", UNSET)
        branch_number: DtoValueOfString | Unset
        if isinstance(_branch_number, Unset):
            branch_number = UNSET
        else:
            branch_number = DtoValueOfString.from_dict(_branch_number)

        customer_debit_note_lines_update_dto = cls(
            discount_code=discount_code,
            domestic_services_deductible=domestic_services_deductible,
            item_type=item_type,
            type_of_work=type_of_work,
            operation=operation,
            inventory_number=inventory_number,
            line_number=line_number,
            description=description,
            quantity=quantity,
            unit_price_in_currency=unit_price_in_currency,
            manual_amount_in_currency=manual_amount_in_currency,
            account_number=account_number,
            vat_code_id=vat_code_id,
            uom=uom,
            discount_percent=discount_percent,
            discount_amount_in_currency=discount_amount_in_currency,
            manual_discount=manual_discount,
            subaccount=subaccount,
            salesperson=salesperson,
            deferral_schedule=deferral_schedule,
            deferral_code=deferral_code,
            term_start_date=term_start_date,
            term_end_date=term_end_date,
            note=note,
            branch_number=branch_number,
        )

        customer_debit_note_lines_update_dto.additional_properties = d
        return customer_debit_note_lines_update_dto

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
