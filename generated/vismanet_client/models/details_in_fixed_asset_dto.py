from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.details_in_fixed_asset_dto_property_type import (
    DetailsInFixedAssetDtoPropertyType,
)
from ..models.details_in_fixed_asset_dto_status import (
    DetailsInFixedAssetDtoStatus,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.disposal_method_in_details_dto import DisposalMethodInDetailsDto
    from ..models.lease_and_rent_info_in_details_dto import LeaseAndRentInfoInDetailsDto


T = TypeVar("T", bound="DetailsInFixedAssetDto")

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
class DetailsInFixedAssetDto(GeneratedModel):
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

    property_type: DetailsInFixedAssetDtoPropertyType | Unset | None = UNSET
    status: DetailsInFixedAssetDtoStatus | Unset | None = UNSET
    receipt_date: datetime.datetime | Unset | None = UNSET
    depreciate_from_date: datetime.datetime | Unset | None = UNSET
    acquisition_cost: float | Unset | None = UNSET
    salvage_amount: float | Unset | None = UNSET
    disposal_date: datetime.datetime | Unset | None = UNSET
    disposal_period_id: str | Unset | None = UNSET
    disposal_method_id: int | Unset | None = UNSET
    sale_amount: float | Unset | None = UNSET
    bill_number: str | Unset | None = UNSET
    serial_number: str | Unset | None = UNSET
    disposal_method: DisposalMethodInDetailsDto | Unset | None = UNSET
    lease_and_rent_info: LeaseAndRentInfoInDetailsDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.property_type
        if _value is not UNSET:
            field_dict["propertyType"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.receipt_date
        if _value is not UNSET:
            field_dict["receiptDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.depreciate_from_date
        if _value is not UNSET:
            field_dict["depreciateFromDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.acquisition_cost
        if _value is not UNSET:
            field_dict["acquisitionCost"] = _value
        _value = self.salvage_amount
        if _value is not UNSET:
            field_dict["salvageAmount"] = _value
        _value = self.disposal_date
        if _value is not UNSET:
            field_dict["disposalDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.disposal_period_id
        if _value is not UNSET:
            field_dict["disposalPeriodID"] = _value
        _value = self.disposal_method_id
        if _value is not UNSET:
            field_dict["disposalMethodID"] = _value
        _value = self.sale_amount
        if _value is not UNSET:
            field_dict["saleAmount"] = _value
        _value = self.bill_number
        if _value is not UNSET:
            field_dict["billNumber"] = _value
        _value = self.serial_number
        if _value is not UNSET:
            field_dict["serialNumber"] = _value
        _value = self.disposal_method
        if _value is not UNSET:
            field_dict["disposalMethod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.lease_and_rent_info
        if _value is not UNSET:
            field_dict["leaseAndRentInfo"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not DetailsInFixedAssetDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.property_type = _rest.pop("propertyType", UNSET)
        self.status = _rest.pop("status", UNSET)
        _value = _rest.pop("receiptDate", UNSET)
        self.receipt_date = _parse_datetime(_value)
        _value = _rest.pop("depreciateFromDate", UNSET)
        self.depreciate_from_date = _parse_datetime(_value)
        self.acquisition_cost = _rest.pop("acquisitionCost", UNSET)
        self.salvage_amount = _rest.pop("salvageAmount", UNSET)
        _value = _rest.pop("disposalDate", UNSET)
        self.disposal_date = _parse_datetime(_value)
        self.disposal_period_id = _rest.pop("disposalPeriodID", UNSET)
        self.disposal_method_id = _rest.pop("disposalMethodID", UNSET)
        self.sale_amount = _rest.pop("saleAmount", UNSET)
        self.bill_number = _rest.pop("billNumber", UNSET)
        self.serial_number = _rest.pop("serialNumber", UNSET)
        _value = _rest.pop("disposalMethod", UNSET)
        self.disposal_method = (
            _models.DisposalMethodInDetailsDto._vn_fill(_new(_models.DisposalMethodInDetailsDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("leaseAndRentInfo", UNSET)
        self.lease_and_rent_info = (
            _models.LeaseAndRentInfoInDetailsDto._vn_fill(_new(_models.LeaseAndRentInfoInDetailsDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("property_type", "propertyType", False, "str"),
        ("status", "status", False, "str"),
        ("receipt_date", "receiptDate", False, "datetime"),
        ("depreciate_from_date", "depreciateFromDate", False, "datetime"),
        ("acquisition_cost", "acquisitionCost", False, "float"),
        ("salvage_amount", "salvageAmount", False, "float"),
        ("disposal_date", "disposalDate", False, "datetime"),
        ("disposal_period_id", "disposalPeriodID", False, "str"),
        ("disposal_method_id", "disposalMethodID", False, "int"),
        ("sale_amount", "saleAmount", False, "float"),
        ("bill_number", "billNumber", False, "str"),
        ("serial_number", "serialNumber", False, "str"),
        ("disposal_method", "disposalMethod", False, ("model", "DisposalMethodInDetailsDto")),
        ("lease_and_rent_info", "leaseAndRentInfo", False, ("model", "LeaseAndRentInfoInDetailsDto")),
    )
    _vn_extra = None

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


_Lazy = _lazy_twin(DetailsInFixedAssetDto)
