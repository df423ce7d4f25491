from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateShipmentActionDto")


@_attrs_define
class CreateShipmentActionDto:
    """
    Attributes:
        order_type (str): Mandatory field
        shipment_date (datetime.datetime): Mandatory field
        shipment_warehouse (str): Mandatory field
        return_shipment_dto (bool | Unset):
        operation (str | Unset): Operation Type. Possible values: I or R, I = Issue, R = Receipt. If not set it will
            take the default one defined on Order Type.
    """

    order_type: str
    shipment_date: datetime.datetime
    shipment_warehouse: str
    return_shipment_dto: bool | Unset = UNSET
    operation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_type = self.order_type

        shipment_date = self.shipment_date.isoformat()

        shipment_warehouse = self.shipment_warehouse

        return_shipment_dto = self.return_shipment_dto

        operation = self.operation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderType": order_type,
                "shipmentDate": shipment_date,
                "shipmentWarehouse": shipment_warehouse,
            }
        )
        if return_shipment_dto is not UNSET:
            field_dict["returnShipmentDto"] = return_shipment_dto
        if operation is not UNSET:
            field_dict["operation"] = operation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_type = d.pop("orderType")

        shipment_date = datetime.datetime.fromisoformat(d.pop("shipmentDate"))

        shipment_warehouse = d.pop("shipmentWarehouse")

        return_shipment_dto = d.pop("returnShipmentDto", UNSET)

        operation = d.pop("operation", UNSET)

        create_shipment_action_dto = cls(
            order_type=order_type,
            shipment_date=shipment_date,
            shipment_warehouse=shipment_warehouse,
            return_shipment_dto=return_shipment_dto,
            operation=operation,
        )

        create_shipment_action_dto.additional_properties = d
        return create_shipment_action_dto

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
