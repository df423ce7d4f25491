from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.baccount_id_in_location_update_dto import BaccountIdInLocationUpdateDto
    from ..models.dto_value_of_address_update_dto import DtoValueOfAddressUpdateDto
    from ..models.dto_value_of_contact_info_update_dto import DtoValueOfContactInfoUpdateDto
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_peppol_scheme_update_dto import DtoValueOfPeppolSchemeUpdateDto
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.location_id_in_location_update_dto import LocationIdInLocationUpdateDto


T = TypeVar("T", bound="LocationUpdateDto")

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
    "peppol_scheme",
)


@_attrs_define(repr=False)
class LocationUpdateDto:
    """This class represents a Location in LocationController. Used to create and update Location.

    Attributes:
        baccount_id (BaccountIdInLocationUpdateDto | Unset): Mandatory field for creating a new location. Can not be
            updated after it has been created.
        location_id (LocationIdInLocationUpdateDto | Unset): Mandatory field for creating a new location. Can not be
            updated after it has been created.
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
        peppol_scheme (DtoValueOfPeppolSchemeUpdateDto | Unset):
    """

    baccount_id: BaccountIdInLocationUpdateDto | Unset = UNSET
    location_id: LocationIdInLocationUpdateDto | Unset = UNSET
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
    peppol_scheme: DtoValueOfPeppolSchemeUpdateDto | Unset = UNSET
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

        peppol_scheme: dict[str, Any] | Unset = UNSET
        if not isinstance(self.peppol_scheme, Unset):
            peppol_scheme = self.peppol_scheme.to_dict()

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
        if peppol_scheme is not UNSET:
            field_dict["peppolScheme"] = peppol_scheme

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("baccountId", UNSET)
        _instance.baccount_id = UNSET if _value is UNSET else _models.BaccountIdInLocationUpdateDto.from_dict(_value)
        _value = _rest.pop("locationId", UNSET)
        _instance.location_id = UNSET if _value is UNSET else _models.LocationIdInLocationUpdateDto.from_dict(_value)
        _value = _rest.pop("locationName", UNSET)
        _instance.location_name = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("active", UNSET)
        _instance.active = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("addressIsSameAsMain", UNSET)
        _instance.address_is_same_as_main = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("address", UNSET)
        _instance.address = UNSET if _value is UNSET else _models.DtoValueOfAddressUpdateDto.from_dict(_value)
        _value = _rest.pop("contactIsSameAsMain", UNSET)
        _instance.contact_is_same_as_main = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("contact", UNSET)
        _instance.contact = UNSET if _value is UNSET else _models.DtoValueOfContactInfoUpdateDto.from_dict(_value)
        _value = _rest.pop("vatRegistrationId", UNSET)
        _instance.vat_registration_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("vatZone", UNSET)
        _instance.vat_zone = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("ediCode", UNSET)
        _instance.edi_code = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("gln", UNSET)
        _instance.gln = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("corporateId", UNSET)
        _instance.corporate_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("peppolScheme", UNSET)
        _instance.peppol_scheme = (
            UNSET if _value is UNSET else _models.DtoValueOfPeppolSchemeUpdateDto.from_dict(_value)
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
