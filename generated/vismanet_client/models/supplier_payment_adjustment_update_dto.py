from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supplier_payment_adjustment_update_dto_operation import (
    SupplierPaymentAdjustmentUpdateDtoOperation,
    check_supplier_payment_adjustment_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_nullable_of_supplier_invoice_types import DtoValueOfNullableOfSupplierInvoiceTypes
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="SupplierPaymentAdjustmentUpdateDto")


@_attrs_define
class SupplierPaymentAdjustmentUpdateDto:
    """
    Attributes:
        operation (SupplierPaymentAdjustmentUpdateDtoOperation | Unset):
        document_type (DtoValueOfNullableOfSupplierInvoiceTypes | Unset):
        ref_nbr (DtoValueOfString | Unset):
        amount_paid (DtoValueOfNullableOfDecimal | Unset):
        cash_discount_taken (DtoValueOfNullableOfDecimal | Unset):
        cross_rate (DtoValueOfDecimal | Unset):
    """

    operation: SupplierPaymentAdjustmentUpdateDtoOperation | Unset = UNSET
    document_type: DtoValueOfNullableOfSupplierInvoiceTypes | Unset = UNSET
    ref_nbr: DtoValueOfString | Unset = UNSET
    amount_paid: DtoValueOfNullableOfDecimal | Unset = UNSET
    cash_discount_taken: DtoValueOfNullableOfDecimal | Unset = UNSET
    cross_rate: DtoValueOfDecimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        document_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = self.document_type.to_dict()

        ref_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ref_nbr, Unset):
            ref_nbr = self.ref_nbr.to_dict()

        amount_paid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_paid, Unset):
            amount_paid = self.amount_paid.to_dict()

        cash_discount_taken: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_discount_taken, Unset):
            cash_discount_taken = self.cash_discount_taken.to_dict()

        cross_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cross_rate, Unset):
            cross_rate = self.cross_rate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if ref_nbr is not UNSET:
            field_dict["refNbr"] = ref_nbr
        if amount_paid is not UNSET:
            field_dict["amountPaid"] = amount_paid
        if cash_discount_taken is not UNSET:
            field_dict["cashDiscountTaken"] = cash_discount_taken
        if cross_rate is not UNSET:
            field_dict["crossRate"] = cross_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_decimal import DtoValueOfDecimal
        from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
        from ..models.dto_value_of_nullable_of_supplier_invoice_types import DtoValueOfNullableOfSupplierInvoiceTypes
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: SupplierPaymentAdjustmentUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_supplier_payment_adjustment_update_dto_operation(_operation)

        _document_type = d.pop("documentType", UNSET)
        document_type: DtoValueOfNullableOfSupplierInvoiceTypes | Unset
        if isinstance(_document_type, Unset):
            document_type = UNSET
        else:
            document_type = DtoValueOfNullableOfSupplierInvoiceTypes.from_dict(_document_type)

        _ref_nbr = d.pop("refNbr", UNSET)
        ref_nbr: DtoValueOfString | Unset
        if isinstance(_ref_nbr, Unset):
            ref_nbr = UNSET
        else:
            ref_nbr = DtoValueOfString.from_dict(_ref_nbr)

        _amount_paid = d.pop("amountPaid", UNSET)
        amount_paid: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_amount_paid, Unset):
            amount_paid = UNSET
        else:
            amount_paid = DtoValueOfNullableOfDecimal.from_dict(_amount_paid)

        _cash_discount_taken = d.pop("cashDiscountTaken", UNSET)
        cash_discount_taken: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_cash_discount_taken, Unset):
            cash_discount_taken = UNSET
        else:
            cash_discount_taken = DtoValueOfNullableOfDecimal.from_dict(_cash_discount_taken)

        _cross_rate = d.pop("crossRate", UNSET)
        cross_rate: DtoValueOfDecimal | Unset
        if isinstance(_cross_rate, Unset):
            cross_rate = UNSET
        else:
            cross_rate = DtoValueOfDecimal.from_dict(_cross_rate)

        supplier_payment_adjustment_update_dto = cls(
            operation=operation,
            document_type=document_type,
            ref_nbr=ref_nbr,
            amount_paid=amount_paid,
            cash_discount_taken=cash_discount_taken,
            cross_rate=cross_rate,
        )

        supplier_payment_adjustment_update_dto.additional_properties = d
        return supplier_payment_adjustment_update_dto

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
