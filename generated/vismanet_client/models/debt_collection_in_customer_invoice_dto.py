from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DebtCollectionInCustomerInvoiceDto")


@_attrs_define
class DebtCollectionInCustomerInvoiceDto:
    """Debt Collection information

    Attributes:
        case_number (str | Unset): Debt Collection Case Number
        case_type (str | Unset): Debt Collection Case Number
        case_status (str | Unset): Debt Collection Case Number
        case_url (str | Unset): Debt Collection Case Number
    """

    case_number: str | Unset = UNSET
    case_type: str | Unset = UNSET
    case_status: str | Unset = UNSET
    case_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_number = self.case_number

        case_type = self.case_type

        case_status = self.case_status

        case_url = self.case_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if case_number is not UNSET:
            field_dict["caseNumber"] = case_number
        if case_type is not UNSET:
            field_dict["caseType"] = case_type
        if case_status is not UNSET:
            field_dict["caseStatus"] = case_status
        if case_url is not UNSET:
            field_dict["caseUrl"] = case_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        case_number = d.pop("caseNumber", UNSET)

        case_type = d.pop("caseType", UNSET)

        case_status = d.pop("caseStatus", UNSET)

        case_url = d.pop("caseUrl", UNSET)

        debt_collection_in_customer_invoice_dto = cls(
            case_number=case_number,
            case_type=case_type,
            case_status=case_status,
            case_url=case_url,
        )

        debt_collection_in_customer_invoice_dto.additional_properties = d
        return debt_collection_in_customer_invoice_dto

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
