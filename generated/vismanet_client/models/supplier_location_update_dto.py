from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.baccount_id_in_supplier_location_update_dto import BaccountIdInSupplierLocationUpdateDto
    from ..models.dto_value_of_address_update_dto import DtoValueOfAddressUpdateDto
    from ..models.dto_value_of_contact_info_update_dto import DtoValueOfContactInfoUpdateDto
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.location_id_in_supplier_location_update_dto import LocationIdInSupplierLocationUpdateDto


T = TypeVar("T", bound="SupplierLocationUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "baccount_id",
    "location_id",
    "location_name",
    "active",
    "address_is_same_as_main",
    "address",
    "contact_is_same_as_main",
    "contact",
    "vat_registration_id",
    "vat_zone",
    "edi_code",
    "gln",
    "corporate_id",
)


@_attrs_define(repr=False)
class SupplierLocationUpdateDto(GeneratedModel):
    """This class represents a Location in LocationController. Used to create and update Location.

    Attributes:
        baccount_id (BaccountIdInSupplierLocationUpdateDto | Unset): Mandatory field for creating a new location. Can
            not be updated after it has been created.
        location_id (LocationIdInSupplierLocationUpdateDto | Unset): Mandatory field for creating a new location. Can
            not be updated after it has been created.
        location_name (DtoValueOfString | Unset):
        active (DtoValueOfNullableOfBoolean | Unset):
        address_is_same_as_main (DtoValueOfNullableOfBoolean | Unset):
        address (DtoValueOfAddressUpdateDto | Unset):
        contact_is_same_as_main (DtoValueOfNullableOfBoolean | Unset):
        contact (DtoValueOfContactInfoUpdateDto | Unset):
        vat_registration_id (DtoValueOfString | Unset):
        vat_zone (DtoValueOfString | Unset):
        edi_code (DtoValueOfString | Unset):
        gln (DtoValueOfString | Unset):
        corporate_id (DtoValueOfString | Unset):
    """

    baccount_id: BaccountIdInSupplierLocationUpdateDto | Unset | None = UNSET
    location_id: LocationIdInSupplierLocationUpdateDto | Unset | None = UNSET
    location_name: DtoValueOfString | Unset | None = UNSET
    active: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    address_is_same_as_main: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    address: DtoValueOfAddressUpdateDto | Unset | None = UNSET
    contact_is_same_as_main: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    contact: DtoValueOfContactInfoUpdateDto | Unset | None = UNSET
    vat_registration_id: DtoValueOfString | Unset | None = UNSET
    vat_zone: DtoValueOfString | Unset | None = UNSET
    edi_code: DtoValueOfString | Unset | None = UNSET
    gln: DtoValueOfString | Unset | None = UNSET
    corporate_id: DtoValueOfString | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.baccount_id
        if _value is not UNSET:
            field_dict["baccountId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location_id
        if _value is not UNSET:
            field_dict["locationId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location_name
        if _value is not UNSET:
            field_dict["locationName"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.active
        if _value is not UNSET:
            field_dict["active"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.address_is_same_as_main
        if _value is not UNSET:
            field_dict["addressIsSameAsMain"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.address
        if _value is not UNSET:
            field_dict["address"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.contact_is_same_as_main
        if _value is not UNSET:
            field_dict["contactIsSameAsMain"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.contact
        if _value is not UNSET:
            field_dict["contact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_registration_id
        if _value is not UNSET:
            field_dict["vatRegistrationId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_zone
        if _value is not UNSET:
            field_dict["vatZone"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.edi_code
        if _value is not UNSET:
            field_dict["ediCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.gln
        if _value is not UNSET:
            field_dict["gln"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.corporate_id
        if _value is not UNSET:
            field_dict["corporateId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SupplierLocationUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("baccountId", UNSET)
        self.baccount_id = (
            _models.BaccountIdInSupplierLocationUpdateDto._vn_fill(
                _new(_models.BaccountIdInSupplierLocationUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("locationId", UNSET)
        self.location_id = (
            _models.LocationIdInSupplierLocationUpdateDto._vn_fill(
                _new(_models.LocationIdInSupplierLocationUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("locationName", UNSET)
        self.location_name = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("active", UNSET)
        self.active = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("addressIsSameAsMain", UNSET)
        self.address_is_same_as_main = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("address", UNSET)
        self.address = (
            _models.DtoValueOfAddressUpdateDto._vn_fill(_new(_models.DtoValueOfAddressUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("contactIsSameAsMain", UNSET)
        self.contact_is_same_as_main = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("contact", UNSET)
        self.contact = (
            _models.DtoValueOfContactInfoUpdateDto._vn_fill(_new(_models.DtoValueOfContactInfoUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("vatRegistrationId", UNSET)
        self.vat_registration_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("vatZone", UNSET)
        self.vat_zone = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("ediCode", UNSET)
        self.edi_code = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("gln", UNSET)
        self.gln = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("corporateId", UNSET)
        self.corporate_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("baccount_id", "baccountId", False, ("model", "BaccountIdInSupplierLocationUpdateDto")),
        ("location_id", "locationId", False, ("model", "LocationIdInSupplierLocationUpdateDto")),
        ("location_name", "locationName", False, ("model", "DtoValueOfString")),
        ("active", "active", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("address_is_same_as_main", "addressIsSameAsMain", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("address", "address", False, ("model", "DtoValueOfAddressUpdateDto")),
        ("contact_is_same_as_main", "contactIsSameAsMain", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("contact", "contact", False, ("model", "DtoValueOfContactInfoUpdateDto")),
        ("vat_registration_id", "vatRegistrationId", False, ("model", "DtoValueOfString")),
        ("vat_zone", "vatZone", False, ("model", "DtoValueOfString")),
        ("edi_code", "ediCode", False, ("model", "DtoValueOfString")),
        ("gln", "gln", False, ("model", "DtoValueOfString")),
        ("corporate_id", "corporateId", False, ("model", "DtoValueOfString")),
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


_Lazy = _lazy_twin(SupplierLocationUpdateDto)
