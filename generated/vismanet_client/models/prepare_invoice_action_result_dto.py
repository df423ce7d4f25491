from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prepare_invoice_action_result_dto_action_result import (
    PrepareInvoiceActionResultDtoActionResult,
    check_prepare_invoice_action_result_dto_action_result,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_invoice_dto import CustomerInvoiceDto


T = TypeVar("T", bound="PrepareInvoiceActionResultDto")


@_attrs_define
class PrepareInvoiceActionResultDto:
    """
    Attributes:
        reference_number (str | Unset):
        customer_invoice_dto (CustomerInvoiceDto | Unset): This class represents an invoice in InvoiceController. Used
            by getting data.
        action_id (UUID | Unset):
        action_result (PrepareInvoiceActionResultDtoActionResult | Unset):
        error_info (str | Unset):
    """

    reference_number: str | Unset = UNSET
    customer_invoice_dto: CustomerInvoiceDto | Unset = UNSET
    action_id: UUID | Unset = UNSET
    action_result: PrepareInvoiceActionResultDtoActionResult | Unset = UNSET
    error_info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_number = self.reference_number

        customer_invoice_dto: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_invoice_dto, Unset):
            customer_invoice_dto = self.customer_invoice_dto.to_dict()

        action_id: str | Unset = UNSET
        if not isinstance(self.action_id, Unset):
            action_id = str(self.action_id)

        action_result: str | Unset = UNSET
        if not isinstance(self.action_result, Unset):
            action_result = self.action_result

        error_info = self.error_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if customer_invoice_dto is not UNSET:
            field_dict["customerInvoiceDto"] = customer_invoice_dto
        if action_id is not UNSET:
            field_dict["actionId"] = action_id
        if action_result is not UNSET:
            field_dict["actionResult"] = action_result
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_invoice_dto import CustomerInvoiceDto

        d = dict(src_dict)
        reference_number = d.pop("referenceNumber", UNSET)

        _customer_invoice_dto = d.pop("customerInvoiceDto", UNSET)
        customer_invoice_dto: CustomerInvoiceDto | Unset
        if isinstance(_customer_invoice_dto, Unset):
            customer_invoice_dto = UNSET
        else:
            customer_invoice_dto = CustomerInvoiceDto.from_dict(_customer_invoice_dto)

        _action_id = d.pop("actionId", UNSET)
        action_id: UUID | Unset
        if isinstance(_action_id, Unset):
            action_id = UNSET
        else:
            action_id = UUID(_action_id)

        _action_result = d.pop("actionResult", UNSET)
        action_result: PrepareInvoiceActionResultDtoActionResult | Unset
        if isinstance(_action_result, Unset):
            action_result = UNSET
        else:
            action_result = check_prepare_invoice_action_result_dto_action_result(_action_result)

        error_info = d.pop("errorInfo", UNSET)

        prepare_invoice_action_result_dto = cls(
            reference_number=reference_number,
            customer_invoice_dto=customer_invoice_dto,
            action_id=action_id,
            action_result=action_result,
            error_info=error_info,
        )

        prepare_invoice_action_result_dto.additional_properties = d
        return prepare_invoice_action_result_dto

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
