from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alternate_type_in_inventory_cross_reference_update_dto import (
        AlternateTypeInInventoryCrossReferenceUpdateDto,
    )
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="InventoryCrossReferenceUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "alternate_type",
    "b_account",
    "alternate_id",
    "description",
    "uom",
)


@_attrs_define(repr=False)
class InventoryCrossReferenceUpdateDto:
    """
    Attributes:
        alternate_type (AlternateTypeInInventoryCrossReferenceUpdateDto | Unset): The alternate type field. Select one
            of the following predefined types: CPN, VPN, Global, Barcode
        b_account (DtoValueOfString | Unset):
        alternate_id (DtoValueOfString | Unset):
        description (DtoValueOfString | Unset):
        uom (DtoValueOfString | Unset):
    """

    alternate_type: AlternateTypeInInventoryCrossReferenceUpdateDto | Unset = UNSET
    b_account: DtoValueOfString | Unset = UNSET
    alternate_id: DtoValueOfString | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    uom: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alternate_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alternate_type, Unset):
            alternate_type = self.alternate_type.to_dict()

        b_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.b_account, Unset):
            b_account = self.b_account.to_dict()

        alternate_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alternate_id, Unset):
            alternate_id = self.alternate_id.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        uom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uom, Unset):
            uom = self.uom.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alternate_type is not UNSET:
            field_dict["alternateType"] = alternate_type
        if b_account is not UNSET:
            field_dict["bAccount"] = b_account
        if alternate_id is not UNSET:
            field_dict["alternateID"] = alternate_id
        if description is not UNSET:
            field_dict["description"] = description
        if uom is not UNSET:
            field_dict["uom"] = uom

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("alternateType", UNSET)
        _instance.alternate_type = (
            UNSET if _value is UNSET else _models.AlternateTypeInInventoryCrossReferenceUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("bAccount", UNSET)
        _instance.b_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("alternateID", UNSET)
        _instance.alternate_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("uom", UNSET)
        _instance.uom = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
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
