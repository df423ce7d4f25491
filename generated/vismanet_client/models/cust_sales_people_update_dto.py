from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cust_sales_people_update_dto_operation import (
    CustSalesPeopleUpdateDtoOperation,
    check_cust_sales_people_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="CustSalesPeopleUpdateDto")


@_attrs_define
class CustSalesPeopleUpdateDto:
    """
    Attributes:
        operation (CustSalesPeopleUpdateDtoOperation | Unset):
        customer_id (DtoValueOfString | Unset):
        location_id (DtoValueOfString | Unset):
        commission_pct (DtoValueOfNullableOfDecimal | Unset):
    """

    operation: CustSalesPeopleUpdateDtoOperation | Unset = UNSET
    customer_id: DtoValueOfString | Unset = UNSET
    location_id: DtoValueOfString | Unset = UNSET
    commission_pct: DtoValueOfNullableOfDecimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        customer_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = self.customer_id.to_dict()

        location_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = self.location_id.to_dict()

        commission_pct: dict[str, Any] | Unset = UNSET
        if not isinstance(self.commission_pct, Unset):
            commission_pct = self.commission_pct.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if customer_id is not UNSET:
            field_dict["customerID"] = customer_id
        if location_id is not UNSET:
            field_dict["locationID"] = location_id
        if commission_pct is not UNSET:
            field_dict["commissionPct"] = commission_pct

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: CustSalesPeopleUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_cust_sales_people_update_dto_operation(_operation)

        _customer_id = d.pop("customerID", UNSET)
        customer_id: DtoValueOfString | Unset
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = DtoValueOfString.from_dict(_customer_id)

        _location_id = d.pop("locationID", UNSET)
        location_id: DtoValueOfString | Unset
        if isinstance(_location_id, Unset):
            location_id = UNSET
        else:
            location_id = DtoValueOfString.from_dict(_location_id)

        _commission_pct = d.pop("commissionPct", UNSET)
        commission_pct: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_commission_pct, Unset):
            commission_pct = UNSET
        else:
            commission_pct = DtoValueOfNullableOfDecimal.from_dict(_commission_pct)

        cust_sales_people_update_dto = cls(
            operation=operation,
            customer_id=customer_id,
            location_id=location_id,
            commission_pct=commission_pct,
        )

        cust_sales_people_update_dto.additional_properties = d
        return cust_sales_people_update_dto

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
