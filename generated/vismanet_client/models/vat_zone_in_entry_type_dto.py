from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto
    from ..models.tax_category_number_description_dto import TaxCategoryNumberDescriptionDto


T = TypeVar("T", bound="VatZoneInEntryTypeDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "id",
    "description",
    "default_vat_category",
    "default_tax_category",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class VatZoneInEntryTypeDto:
    """VAT zone &gt; The VAT zone to be used by default with this entry type.

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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.id = _rest.pop("id", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.default_vat_category = _rest.pop("defaultVatCategory", UNSET)
        _value = _rest.pop("defaultTaxCategory", UNSET)
        _instance.default_tax_category = (
            UNSET if _value is UNSET else _models.TaxCategoryNumberDescriptionDto.from_dict(_value)
        )
        _instance.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        _instance.metadata = UNSET if _value is UNSET else _models.MetadataDto.from_dict(_value)
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
