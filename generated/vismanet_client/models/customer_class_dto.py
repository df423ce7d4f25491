from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.class_attribute_dto import ClassAttributeDto


T = TypeVar("T", bound="CustomerClassDto")


@_attrs_define
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
        from ..models.class_attribute_dto import ClassAttributeDto

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        tax_zone_id = d.pop("taxZoneId", UNSET)

        required_taxzone_id = d.pop("requiredTaxzoneId", UNSET)

        payment_method_id = d.pop("paymentMethodId", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: list[ClassAttributeDto] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = ClassAttributeDto.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        customer_class_dto = cls(
            id=id,
            description=description,
            tax_zone_id=tax_zone_id,
            required_taxzone_id=required_taxzone_id,
            payment_method_id=payment_method_id,
            attributes=attributes,
        )

        customer_class_dto.additional_properties = d
        return customer_class_dto

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
