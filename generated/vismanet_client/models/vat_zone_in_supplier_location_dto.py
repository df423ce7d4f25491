from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto
    from ..models.tax_category_number_description_dto import TaxCategoryNumberDescriptionDto


T = TypeVar("T", bound="VatZoneInSupplierLocationDto")


@_attrs_define
class VatZoneInSupplierLocationDto:
    """General information tab &gt; Location address section &gt; VAT zone &gt; The VAT zone associated with the account
    location.

        Attributes:
            id (str | Unset): Click the magnifier. The identifier for the VAT zone of the supplier, which is specified in
                the  AP303000 window.
            description (str | Unset): Click the magnifier. The description for the VAT zone of the supplier, which is
                specified in the  AP303000 window.
            default_vat_category (str | Unset): Click the magnifier. The Default VAT category for the VAT zone of the
                supplier, which is specified in the  AP303000 window.
            default_tax_category (TaxCategoryNumberDescriptionDto | Unset):
            error_info (str | Unset):
            metadata (MetadataDto | Unset):
    """

    id: str | Unset = UNSET
    description: str | Unset = UNSET
    default_vat_category: str | Unset = UNSET
    default_tax_category: TaxCategoryNumberDescriptionDto | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        default_vat_category = self.default_vat_category

        default_tax_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_tax_category, Unset):
            default_tax_category = self.default_tax_category.to_dict()

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if default_vat_category is not UNSET:
            field_dict["defaultVatCategory"] = default_vat_category
        if default_tax_category is not UNSET:
            field_dict["defaultTaxCategory"] = default_tax_category
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata_dto import MetadataDto
        from ..models.tax_category_number_description_dto import TaxCategoryNumberDescriptionDto

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        default_vat_category = d.pop("defaultVatCategory", UNSET)

        _default_tax_category = d.pop("defaultTaxCategory", UNSET)
        default_tax_category: TaxCategoryNumberDescriptionDto | Unset
        if isinstance(_default_tax_category, Unset):
            default_tax_category = UNSET
        else:
            default_tax_category = TaxCategoryNumberDescriptionDto.from_dict(_default_tax_category)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        vat_zone_in_supplier_location_dto = cls(
            id=id,
            description=description,
            default_vat_category=default_vat_category,
            default_tax_category=default_tax_category,
            error_info=error_info,
            metadata=metadata,
        )

        vat_zone_in_supplier_location_dto.additional_properties = d
        return vat_zone_in_supplier_location_dto

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
