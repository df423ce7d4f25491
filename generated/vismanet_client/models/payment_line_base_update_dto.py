from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_line_base_update_dto_operation import (
    PaymentLineBaseUpdateDtoOperation,
    check_payment_line_base_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_customer_document_types import DtoValueOfCustomerDocumentTypes
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="PaymentLineBaseUpdateDto")


@_attrs_define
class PaymentLineBaseUpdateDto:
    """
    Attributes:
        operation (PaymentLineBaseUpdateDtoOperation | Unset):
        document_type (DtoValueOfCustomerDocumentTypes | Unset):
        ref_nbr (DtoValueOfString | Unset):
        amount_paid (DtoValueOfDecimal | Unset):
    """

    operation: PaymentLineBaseUpdateDtoOperation | Unset = UNSET
    document_type: DtoValueOfCustomerDocumentTypes | Unset = UNSET
    ref_nbr: DtoValueOfString | Unset = UNSET
    amount_paid: DtoValueOfDecimal | Unset = UNSET
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_customer_document_types import DtoValueOfCustomerDocumentTypes
        from ..models.dto_value_of_decimal import DtoValueOfDecimal
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: PaymentLineBaseUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_payment_line_base_update_dto_operation(_operation)

        _document_type = d.pop("documentType", UNSET)
        document_type: DtoValueOfCustomerDocumentTypes | Unset
        if isinstance(_document_type, Unset):
            document_type = UNSET
        else:
            document_type = DtoValueOfCustomerDocumentTypes.from_dict(_document_type)

        _ref_nbr = d.pop("refNbr", UNSET)
        ref_nbr: DtoValueOfString | Unset
        if isinstance(_ref_nbr, Unset):
            ref_nbr = UNSET
        else:
            ref_nbr = DtoValueOfString.from_dict(_ref_nbr)

        _amount_paid = d.pop("amountPaid", UNSET)
        amount_paid: DtoValueOfDecimal | Unset
        if isinstance(_amount_paid, Unset):
            amount_paid = UNSET
        else:
            amount_paid = DtoValueOfDecimal.from_dict(_amount_paid)

        payment_line_base_update_dto = cls(
            operation=operation,
            document_type=document_type,
            ref_nbr=ref_nbr,
            amount_paid=amount_paid,
        )

        payment_line_base_update_dto.additional_properties = d
        return payment_line_base_update_dto

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
