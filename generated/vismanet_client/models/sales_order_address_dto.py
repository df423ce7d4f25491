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
    from ..models.country_in_sales_order_address_dto import CountryInSalesOrderAddressDto
    from ..models.county_in_sales_order_address_dto import CountyInSalesOrderAddressDto


T = TypeVar("T", bound="SalesOrderAddressDto")

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
class SalesOrderAddressDto(GeneratedModel):
    """
    Attributes:
        override_address (bool | Unset): Override address &gt; A check box indicating that you want to override the
            default address information.
        address_id (int | Unset):
        address_line_1 (str | Unset): Address 1 &gt; The first line of the customer's/supplier's/company's/employee's
            contact address.
        address_line_2 (str | Unset): Address 2 &gt; The second line of the address.
        address_line_3 (str | Unset): Address 3 &gt; The third line of the address.
        postal_code (str | Unset): Postcode &gt; The postcode.
        city (str | Unset): City &gt; The city.
        country (CountryInSalesOrderAddressDto | Unset): Country &gt; The country.
        county (CountyInSalesOrderAddressDto | Unset): County &gt; The county or province.
    """

    override_address: bool | Unset | None = UNSET
    address_id: int | Unset | None = UNSET
    address_line_1: str | Unset | None = UNSET
    address_line_2: str | Unset | None = UNSET
    address_line_3: str | Unset | None = UNSET
    postal_code: str | Unset | None = UNSET
    city: str | Unset | None = UNSET
    country: CountryInSalesOrderAddressDto | Unset | None = UNSET
    county: CountyInSalesOrderAddressDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.override_address
        if _value is not UNSET:
            field_dict["overrideAddress"] = _value
        _value = self.address_id
        if _value is not UNSET:
            field_dict["addressId"] = _value
        _value = self.address_line_1
        if _value is not UNSET:
            field_dict["addressLine1"] = _value
        _value = self.address_line_2
        if _value is not UNSET:
            field_dict["addressLine2"] = _value
        _value = self.address_line_3
        if _value is not UNSET:
            field_dict["addressLine3"] = _value
        _value = self.postal_code
        if _value is not UNSET:
            field_dict["postalCode"] = _value
        _value = self.city
        if _value is not UNSET:
            field_dict["city"] = _value
        _value = self.country
        if _value is not UNSET:
            field_dict["country"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.county
        if _value is not UNSET:
            field_dict["county"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SalesOrderAddressDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.override_address = _rest.pop("overrideAddress", UNSET)
        self.address_id = _rest.pop("addressId", UNSET)
        self.address_line_1 = _rest.pop("addressLine1", UNSET)
        self.address_line_2 = _rest.pop("addressLine2", UNSET)
        self.address_line_3 = _rest.pop("addressLine3", UNSET)
        self.postal_code = _rest.pop("postalCode", UNSET)
        self.city = _rest.pop("city", UNSET)
        _value = _rest.pop("country", UNSET)
        self.country = (
            _models.CountryInSalesOrderAddressDto._vn_fill(_new(_models.CountryInSalesOrderAddressDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("county", UNSET)
        self.county = (
            _models.CountyInSalesOrderAddressDto._vn_fill(_new(_models.CountyInSalesOrderAddressDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("override_address", "overrideAddress", False, "bool"),
        ("address_id", "addressId", False, "int"),
        ("address_line_1", "addressLine1", False, "str"),
        ("address_line_2", "addressLine2", False, "str"),
        ("address_line_3", "addressLine3", False, "str"),
        ("postal_code", "postalCode", False, "str"),
        ("city", "city", False, "str"),
        ("country", "country", False, ("model", "CountryInSalesOrderAddressDto")),
        ("county", "county", False, ("model", "CountyInSalesOrderAddressDto")),
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


_Lazy = _lazy_twin(SalesOrderAddressDto)
