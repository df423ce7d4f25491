from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.class_attribute_dto import ClassAttributeDto


T = TypeVar("T", bound="CustomerClassDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "id",
    "description",
    "tax_zone_id",
    "required_taxzone_id",
    "payment_method_id",
    "attributes",
)


@_attrs_define(repr=False)
class CustomerClassDto:
    """
    Attributes:
        id (str | Unset): The top part &gt; Class ID	&gt; The unique identifier of the class. You can use an
            alphanumeric string of up to 10 characters.
        description (str | Unset): The top part &gt; Description &gt; A detailed description of the customer class.
        tax_zone_id (str | Unset): The General information tab &gt; VAT zone ID &gt;	The default VAT zone for customers
            of the class.
        required_taxzone_id (bool | Unset): The General information tab &gt; Require VAT zone &gt; A check box that
            means (if selected) that the VAT zone value is required for customers of the class.
        payment_method_id (str | Unset): The General information tab &gt; Payment method &gt; The payment method used by
            default in relations with these customers.
        attributes (list[ClassAttributeDto] | Unset):
    """

    id: str | Unset = UNSET
    description: str | Unset = UNSET
    tax_zone_id: str | Unset = UNSET
    required_taxzone_id: bool | Unset = UNSET
    payment_method_id: str | Unset = UNSET
    attributes: list[ClassAttributeDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        tax_zone_id = self.tax_zone_id

        required_taxzone_id = self.required_taxzone_id

        payment_method_id = self.payment_method_id

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if tax_zone_id is not UNSET:
            field_dict["taxZoneId"] = tax_zone_id
        if required_taxzone_id is not UNSET:
            field_dict["requiredTaxzoneId"] = required_taxzone_id
        if payment_method_id is not UNSET:
            field_dict["paymentMethodId"] = payment_method_id
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.id = _rest.pop("id", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.tax_zone_id = _rest.pop("taxZoneId", UNSET)
        _instance.required_taxzone_id = _rest.pop("requiredTaxzoneId", UNSET)
        _instance.payment_method_id = _rest.pop("paymentMethodId", UNSET)
        _value = _rest.pop("attributes", UNSET)
        _instance.attributes = (
            UNSET
            if _value is UNSET
            else [_models.ClassAttributeDto.from_dict(attributes_item_data) for attributes_item_data in _value]
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
