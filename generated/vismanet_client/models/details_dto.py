from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.details_dto_property_type import DetailsDtoPropertyType
from ..models.details_dto_status import DetailsDtoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.disposal_method_in_details_dto import DisposalMethodInDetailsDto
    from ..models.lease_and_rent_info_in_details_dto import LeaseAndRentInfoInDetailsDto


T = TypeVar("T", bound="DetailsDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "property_type",
    "status",
    "receipt_date",
    "depreciate_from_date",
    "acquisition_cost",
    "salvage_amount",
    "disposal_date",
    "disposal_period_id",
    "disposal_method_id",
    "sale_amount",
    "bill_number",
    "serial_number",
    "disposal_method",
    "lease_and_rent_info",
)


@_attrs_define(repr=False)
class DetailsDto:
    """
    Attributes:
        property_type (DetailsDtoPropertyType | Unset): Type can be
        status (DetailsDtoStatus | Unset): Status can be
        receipt_date (datetime.datetime | Unset): The date of the receipt
        depreciate_from_date (datetime.datetime | Unset): The date this asset is placed in service
        acquisition_cost (float | Unset): The acquisition cost of this fixed asset
        salvage_amount (float | Unset): The salvage amount of this fixed asset
        disposal_date (datetime.datetime | Unset): The date of the disposal of this fixed asset
        disposal_period_id (str | Unset): The period of the disposal of this fixed asset
        disposal_method_id (int | Unset): The disposal method of this fixed asset
        sale_amount (float | Unset): The disposal amount of this fixed asset
        bill_number (str | Unset): The bill number of the fixed asset invoice
        serial_number (str | Unset): The serial number of this fixed asset
        disposal_method (DisposalMethodInDetailsDto | Unset): The disposal method details of this fixed asset
        lease_and_rent_info (LeaseAndRentInfoInDetailsDto | Unset): The lease and rent infor for this fixed asset
    """

    property_type: DetailsDtoPropertyType | Unset = UNSET
    status: DetailsDtoStatus | Unset = UNSET
    receipt_date: datetime.datetime | Unset = UNSET
    depreciate_from_date: datetime.datetime | Unset = UNSET
    acquisition_cost: float | Unset = UNSET
    salvage_amount: float | Unset = UNSET
    disposal_date: datetime.datetime | Unset = UNSET
    disposal_period_id: str | Unset = UNSET
    disposal_method_id: int | Unset = UNSET
    sale_amount: float | Unset = UNSET
    bill_number: str | Unset = UNSET
    serial_number: str | Unset = UNSET
    disposal_method: DisposalMethodInDetailsDto | Unset = UNSET
    lease_and_rent_info: LeaseAndRentInfoInDetailsDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_type: str | Unset = UNSET
        if not isinstance(self.property_type, Unset):
            property_type = self.property_type

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        receipt_date: str | Unset = UNSET
        if not isinstance(self.receipt_date, Unset):
            receipt_date = self.receipt_date.isoformat()

        depreciate_from_date: str | Unset = UNSET
        if not isinstance(self.depreciate_from_date, Unset):
            depreciate_from_date = self.depreciate_from_date.isoformat()

        acquisition_cost = self.acquisition_cost

        salvage_amount = self.salvage_amount

        disposal_date: str | Unset = UNSET
        if not isinstance(self.disposal_date, Unset):
            disposal_date = self.disposal_date.isoformat()

        disposal_period_id = self.disposal_period_id

        disposal_method_id = self.disposal_method_id

        sale_amount = self.sale_amount

        bill_number = self.bill_number

        serial_number = self.serial_number

        disposal_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disposal_method, Unset):
            disposal_method = self.disposal_method.to_dict()

        lease_and_rent_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lease_and_rent_info, Unset):
            lease_and_rent_info = self.lease_and_rent_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if property_type is not UNSET:
            field_dict["propertyType"] = property_type
        if status is not UNSET:
            field_dict["status"] = status
        if receipt_date is not UNSET:
            field_dict["receiptDate"] = receipt_date
        if depreciate_from_date is not UNSET:
            field_dict["depreciateFromDate"] = depreciate_from_date
        if acquisition_cost is not UNSET:
            field_dict["acquisitionCost"] = acquisition_cost
        if salvage_amount is not UNSET:
            field_dict["salvageAmount"] = salvage_amount
        if disposal_date is not UNSET:
            field_dict["disposalDate"] = disposal_date
        if disposal_period_id is not UNSET:
            field_dict["disposalPeriodID"] = disposal_period_id
        if disposal_method_id is not UNSET:
            field_dict["disposalMethodID"] = disposal_method_id
        if sale_amount is not UNSET:
            field_dict["saleAmount"] = sale_amount
        if bill_number is not UNSET:
            field_dict["billNumber"] = bill_number
        if serial_number is not UNSET:
            field_dict["serialNumber"] = serial_number
        if disposal_method is not UNSET:
            field_dict["disposalMethod"] = disposal_method
        if lease_and_rent_info is not UNSET:
            field_dict["leaseAndRentInfo"] = lease_and_rent_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.property_type = _rest.pop("propertyType", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _value = _rest.pop("receiptDate", UNSET)
        _instance.receipt_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("depreciateFromDate", UNSET)
        _instance.depreciate_from_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.acquisition_cost = _rest.pop("acquisitionCost", UNSET)
        _instance.salvage_amount = _rest.pop("salvageAmount", UNSET)
        _value = _rest.pop("disposalDate", UNSET)
        _instance.disposal_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.disposal_period_id = _rest.pop("disposalPeriodID", UNSET)
        _instance.disposal_method_id = _rest.pop("disposalMethodID", UNSET)
        _instance.sale_amount = _rest.pop("saleAmount", UNSET)
        _instance.bill_number = _rest.pop("billNumber", UNSET)
        _instance.serial_number = _rest.pop("serialNumber", UNSET)
        _value = _rest.pop("disposalMethod", UNSET)
        _instance.disposal_method = UNSET if _value is UNSET else _models.DisposalMethodInDetailsDto.from_dict(_value)
        _value = _rest.pop("leaseAndRentInfo", UNSET)
        _instance.lease_and_rent_info = (
            UNSET if _value is UNSET else _models.LeaseAndRentInfoInDetailsDto.from_dict(_value)
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
