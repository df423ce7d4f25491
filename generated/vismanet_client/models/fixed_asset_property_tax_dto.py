from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fixed_asset_property_tax_details_dto import FixedAssetPropertyTaxDetailsDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="FixedAssetPropertyTaxDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "property_tax_id",
    "description",
    "active",
    "details",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class FixedAssetPropertyTaxDto:
    """This class represents an attribute in FixedAssetPropertyTaxGroup. Used for getting data.

    Attributes:
        property_tax_id (str | Unset): The property tax id of this property tax group
        description (str | Unset): The description of this property tax group
        active (bool | Unset): A flag that indicates whether this fixed asset property tax group is active.
        details (list[FixedAssetPropertyTaxDetailsDto] | Unset): Fixed Asset Property Tax Details
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    property_tax_id: str | Unset = UNSET
    description: str | Unset = UNSET
    active: bool | Unset = UNSET
    details: list[FixedAssetPropertyTaxDetailsDto] | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_tax_id = self.property_tax_id

        description = self.description

        active = self.active

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if property_tax_id is not UNSET:
            field_dict["propertyTaxID"] = property_tax_id
        if description is not UNSET:
            field_dict["description"] = description
        if active is not UNSET:
            field_dict["active"] = active
        if details is not UNSET:
            field_dict["details"] = details
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
        _instance.property_tax_id = _rest.pop("propertyTaxID", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.active = _rest.pop("active", UNSET)
        _value = _rest.pop("details", UNSET)
        _instance.details = (
            UNSET
            if _value is UNSET
            else [_models.FixedAssetPropertyTaxDetailsDto.from_dict(details_item_data) for details_item_data in _value]
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
