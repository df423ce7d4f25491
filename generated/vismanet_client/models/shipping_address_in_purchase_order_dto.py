from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.country_in_purchase_order_address_dto import CountryInPurchaseOrderAddressDto
    from ..models.county_in_purchase_order_address_dto import CountyInPurchaseOrderAddressDto


T = TypeVar("T", bound="ShippingAddressInPurchaseOrderDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "override_address",
    "address_id",
    "address_line_1",
    "address_line_2",
    "address_line_3",
    "postal_code",
    "city",
    "country",
    "county",
)


@_attrs_define(repr=False)
class ShippingAddressInPurchaseOrderDto:
    """Supplier info tab &gt; The Supplier address section &gt; The default shipping address for the supplier.

    Attributes:
        override_address (bool | Unset): The Supplier info tab &gt; The Supplier address section &gt; Override &gt; A
            check box that you select to override (that is, to edit ) the default shipping address for the supplier.
        address_id (int | Unset):
        address_line_1 (str | Unset): Address 1 &gt; The first line of the customer's/supplier's/company's/employee's
            contact address.
        address_line_2 (str | Unset): Address 2 &gt; The second line of the address.
        address_line_3 (str | Unset): Address 3 &gt; The third line of the address.
        postal_code (str | Unset): Postcode &gt; The postcode.
        city (str | Unset): City &gt; The city.
        country (CountryInPurchaseOrderAddressDto | Unset): Country &gt; The country.
        county (CountyInPurchaseOrderAddressDto | Unset): County &gt; The county or province.
    """

    override_address: bool | Unset = UNSET
    address_id: int | Unset = UNSET
    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    address_line_3: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    city: str | Unset = UNSET
    country: CountryInPurchaseOrderAddressDto | Unset = UNSET
    county: CountyInPurchaseOrderAddressDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        override_address = self.override_address

        address_id = self.address_id

        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        address_line_3 = self.address_line_3

        postal_code = self.postal_code

        city = self.city

        country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.to_dict()

        county: dict[str, Any] | Unset = UNSET
        if not isinstance(self.county, Unset):
            county = self.county.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if override_address is not UNSET:
            field_dict["overrideAddress"] = override_address
        if address_id is not UNSET:
            field_dict["addressId"] = address_id
        if address_line_1 is not UNSET:
            field_dict["addressLine1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if address_line_3 is not UNSET:
            field_dict["addressLine3"] = address_line_3
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if county is not UNSET:
            field_dict["county"] = county

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.override_address = _rest.pop("overrideAddress", UNSET)
        _instance.address_id = _rest.pop("addressId", UNSET)
        _instance.address_line_1 = _rest.pop("addressLine1", UNSET)
        _instance.address_line_2 = _rest.pop("addressLine2", UNSET)
        _instance.address_line_3 = _rest.pop("addressLine3", UNSET)
        _instance.postal_code = _rest.pop("postalCode", UNSET)
        _instance.city = _rest.pop("city", UNSET)
        _value = _rest.pop("country", UNSET)
        _instance.country = UNSET if _value is UNSET else _models.CountryInPurchaseOrderAddressDto.from_dict(_value)
        _value = _rest.pop("county", UNSET)
        _instance.county = UNSET if _value is UNSET else _models.CountyInPurchaseOrderAddressDto.from_dict(_value)
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
