from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.details_in_fixed_asset_dto_property_type import (
    DetailsInFixedAssetDtoPropertyType,
    check_details_in_fixed_asset_dto_property_type,
)
from ..models.details_in_fixed_asset_dto_status import (
    DetailsInFixedAssetDtoStatus,
    check_details_in_fixed_asset_dto_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.disposal_method_in_details_dto import DisposalMethodInDetailsDto
    from ..models.lease_and_rent_info_in_details_dto import LeaseAndRentInfoInDetailsDto


T = TypeVar("T", bound="DetailsInFixedAssetDto")


@_attrs_define
class DetailsInFixedAssetDto:
    """The details of this fixed asset

    Attributes:
        property_type (DetailsInFixedAssetDtoPropertyType | Unset): Type can be
        status (DetailsInFixedAssetDtoStatus | Unset): Status can be
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

    property_type: DetailsInFixedAssetDtoPropertyType | Unset = UNSET
    status: DetailsInFixedAssetDtoStatus | Unset = UNSET
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
        from ..models.disposal_method_in_details_dto import DisposalMethodInDetailsDto
        from ..models.lease_and_rent_info_in_details_dto import LeaseAndRentInfoInDetailsDto

        d = dict(src_dict)
        _property_type = d.pop("propertyType", UNSET)
        property_type: DetailsInFixedAssetDtoPropertyType | Unset
        if isinstance(_property_type, Unset):
            property_type = UNSET
        else:
            property_type = check_details_in_fixed_asset_dto_property_type(_property_type)

        _status = d.pop("status", UNSET)
        status: DetailsInFixedAssetDtoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_details_in_fixed_asset_dto_status(_status)

        _receipt_date = d.pop("receiptDate", UNSET)
        receipt_date: datetime.datetime | Unset
        if isinstance(_receipt_date, Unset):
            receipt_date = UNSET
        else:
            receipt_date = datetime.datetime.fromisoformat(_receipt_date)

        _depreciate_from_date = d.pop("depreciateFromDate", UNSET)
        depreciate_from_date: datetime.datetime | Unset
        if isinstance(_depreciate_from_date, Unset):
            depreciate_from_date = UNSET
        else:
            depreciate_from_date = datetime.datetime.fromisoformat(_depreciate_from_date)

        acquisition_cost = d.pop("acquisitionCost", UNSET)

        salvage_amount = d.pop("salvageAmount", UNSET)

        _disposal_date = d.pop("disposalDate", UNSET)
        disposal_date: datetime.datetime | Unset
        if isinstance(_disposal_date, Unset):
            disposal_date = UNSET
        else:
            disposal_date = datetime.datetime.fromisoformat(_disposal_date)

        disposal_period_id = d.pop("disposalPeriodID", UNSET)

        disposal_method_id = d.pop("disposalMethodID", UNSET)

        sale_amount = d.pop("saleAmount", UNSET)

        bill_number = d.pop("billNumber", UNSET)

        serial_number = d.pop("serialNumber", UNSET)

        _disposal_method = d.pop("disposalMethod", UNSET)
        disposal_method: DisposalMethodInDetailsDto | Unset
        if isinstance(_disposal_method, Unset):
            disposal_method = UNSET
        else:
            disposal_method = DisposalMethodInDetailsDto.from_dict(_disposal_method)

        _lease_and_rent_info = d.pop("leaseAndRentInfo", UNSET)
        lease_and_rent_info: LeaseAndRentInfoInDetailsDto | Unset
        if isinstance(_lease_and_rent_info, Unset):
            lease_and_rent_info = UNSET
        else:
            lease_and_rent_info = LeaseAndRentInfoInDetailsDto.from_dict(_lease_and_rent_info)

        details_in_fixed_asset_dto = cls(
            property_type=property_type,
            status=status,
            receipt_date=receipt_date,
            depreciate_from_date=depreciate_from_date,
            acquisition_cost=acquisition_cost,
            salvage_amount=salvage_amount,
            disposal_date=disposal_date,
            disposal_period_id=disposal_period_id,
            disposal_method_id=disposal_method_id,
            sale_amount=sale_amount,
            bill_number=bill_number,
            serial_number=serial_number,
            disposal_method=disposal_method,
            lease_and_rent_info=lease_and_rent_info,
        )

        details_in_fixed_asset_dto.additional_properties = d
        return details_in_fixed_asset_dto

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
