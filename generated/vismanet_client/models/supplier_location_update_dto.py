from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.baccount_id_in_supplier_location_update_dto import BaccountIdInSupplierLocationUpdateDto
    from ..models.dto_value_of_address_update_dto import DtoValueOfAddressUpdateDto
    from ..models.dto_value_of_contact_info_update_dto import DtoValueOfContactInfoUpdateDto
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.location_id_in_supplier_location_update_dto import LocationIdInSupplierLocationUpdateDto


T = TypeVar("T", bound="SupplierLocationUpdateDto")


@_attrs_define
class SupplierLocationUpdateDto:
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

    baccount_id: BaccountIdInSupplierLocationUpdateDto | Unset = UNSET
    location_id: LocationIdInSupplierLocationUpdateDto | Unset = UNSET
    location_name: DtoValueOfString | Unset = UNSET
    active: DtoValueOfNullableOfBoolean | Unset = UNSET
    address_is_same_as_main: DtoValueOfNullableOfBoolean | Unset = UNSET
    address: DtoValueOfAddressUpdateDto | Unset = UNSET
    contact_is_same_as_main: DtoValueOfNullableOfBoolean | Unset = UNSET
    contact: DtoValueOfContactInfoUpdateDto | Unset = UNSET
    vat_registration_id: DtoValueOfString | Unset = UNSET
    vat_zone: DtoValueOfString | Unset = UNSET
    edi_code: DtoValueOfString | Unset = UNSET
    gln: DtoValueOfString | Unset = UNSET
    corporate_id: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        baccount_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.baccount_id, Unset):
            baccount_id = self.baccount_id.to_dict()

        location_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = self.location_id.to_dict()

        location_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location_name, Unset):
            location_name = self.location_name.to_dict()

        active: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.to_dict()

        address_is_same_as_main: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address_is_same_as_main, Unset):
            address_is_same_as_main = self.address_is_same_as_main.to_dict()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        contact_is_same_as_main: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_is_same_as_main, Unset):
            contact_is_same_as_main = self.contact_is_same_as_main.to_dict()

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        vat_registration_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_registration_id, Unset):
            vat_registration_id = self.vat_registration_id.to_dict()

        vat_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_zone, Unset):
            vat_zone = self.vat_zone.to_dict()

        edi_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.edi_code, Unset):
            edi_code = self.edi_code.to_dict()

        gln: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gln, Unset):
            gln = self.gln.to_dict()

        corporate_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.corporate_id, Unset):
            corporate_id = self.corporate_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if baccount_id is not UNSET:
            field_dict["baccountId"] = baccount_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if location_name is not UNSET:
            field_dict["locationName"] = location_name
        if active is not UNSET:
            field_dict["active"] = active
        if address_is_same_as_main is not UNSET:
            field_dict["addressIsSameAsMain"] = address_is_same_as_main
        if address is not UNSET:
            field_dict["address"] = address
        if contact_is_same_as_main is not UNSET:
            field_dict["contactIsSameAsMain"] = contact_is_same_as_main
        if contact is not UNSET:
            field_dict["contact"] = contact
        if vat_registration_id is not UNSET:
            field_dict["vatRegistrationId"] = vat_registration_id
        if vat_zone is not UNSET:
            field_dict["vatZone"] = vat_zone
        if edi_code is not UNSET:
            field_dict["ediCode"] = edi_code
        if gln is not UNSET:
            field_dict["gln"] = gln
        if corporate_id is not UNSET:
            field_dict["corporateId"] = corporate_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.baccount_id_in_supplier_location_update_dto import BaccountIdInSupplierLocationUpdateDto
        from ..models.dto_value_of_address_update_dto import DtoValueOfAddressUpdateDto
        from ..models.dto_value_of_contact_info_update_dto import DtoValueOfContactInfoUpdateDto
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_string import DtoValueOfString
        from ..models.location_id_in_supplier_location_update_dto import LocationIdInSupplierLocationUpdateDto

        d = dict(src_dict)
        _baccount_id = d.pop("baccountId", UNSET)
        baccount_id: BaccountIdInSupplierLocationUpdateDto | Unset
        if isinstance(_baccount_id, Unset):
            baccount_id = UNSET
        else:
            baccount_id = BaccountIdInSupplierLocationUpdateDto.from_dict(_baccount_id)

        _location_id = d.pop("locationId", UNSET)
        location_id: LocationIdInSupplierLocationUpdateDto | Unset
        if isinstance(_location_id, Unset):
            location_id = UNSET
        else:
            location_id = LocationIdInSupplierLocationUpdateDto.from_dict(_location_id)

        _location_name = d.pop("locationName", UNSET)
        location_name: DtoValueOfString | Unset
        if isinstance(_location_name, Unset):
            location_name = UNSET
        else:
            location_name = DtoValueOfString.from_dict(_location_name)

        _active = d.pop("active", UNSET)
        active: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = DtoValueOfNullableOfBoolean.from_dict(_active)

        _address_is_same_as_main = d.pop("addressIsSameAsMain", UNSET)
        address_is_same_as_main: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_address_is_same_as_main, Unset):
            address_is_same_as_main = UNSET
        else:
            address_is_same_as_main = DtoValueOfNullableOfBoolean.from_dict(_address_is_same_as_main)

        _address = d.pop("address", UNSET)
        address: DtoValueOfAddressUpdateDto | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = DtoValueOfAddressUpdateDto.from_dict(_address)

        _contact_is_same_as_main = d.pop("contactIsSameAsMain", UNSET)
        contact_is_same_as_main: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_contact_is_same_as_main, Unset):
            contact_is_same_as_main = UNSET
        else:
            contact_is_same_as_main = DtoValueOfNullableOfBoolean.from_dict(_contact_is_same_as_main)

        _contact = d.pop("contact", UNSET)
        contact: DtoValueOfContactInfoUpdateDto | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = DtoValueOfContactInfoUpdateDto.from_dict(_contact)

        _vat_registration_id = d.pop("vatRegistrationId", UNSET)
        vat_registration_id: DtoValueOfString | Unset
        if isinstance(_vat_registration_id, Unset):
            vat_registration_id = UNSET
        else:
            vat_registration_id = DtoValueOfString.from_dict(_vat_registration_id)

        _vat_zone = d.pop("vatZone", UNSET)
        vat_zone: DtoValueOfString | Unset
        if isinstance(_vat_zone, Unset):
            vat_zone = UNSET
        else:
            vat_zone = DtoValueOfString.from_dict(_vat_zone)

        _edi_code = d.pop("ediCode", UNSET)
        edi_code: DtoValueOfString | Unset
        if isinstance(_edi_code, Unset):
            edi_code = UNSET
        else:
            edi_code = DtoValueOfString.from_dict(_edi_code)

        _gln = d.pop("gln", UNSET)
        gln: DtoValueOfString | Unset
        if isinstance(_gln, Unset):
            gln = UNSET
        else:
            gln = DtoValueOfString.from_dict(_gln)

        _corporate_id = d.pop("corporateId", UNSET)
        corporate_id: DtoValueOfString | Unset
        if isinstance(_corporate_id, Unset):
            corporate_id = UNSET
        else:
            corporate_id = DtoValueOfString.from_dict(_corporate_id)

        supplier_location_update_dto = cls(
            baccount_id=baccount_id,
            location_id=location_id,
            location_name=location_name,
            active=active,
            address_is_same_as_main=address_is_same_as_main,
            address=address,
            contact_is_same_as_main=contact_is_same_as_main,
            contact=contact,
            vat_registration_id=vat_registration_id,
            vat_zone=vat_zone,
            edi_code=edi_code,
            gln=gln,
            corporate_id=corporate_id,
        )

        supplier_location_update_dto.additional_properties = d
        return supplier_location_update_dto

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
