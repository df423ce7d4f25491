from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alternate_type_in_inventory_cross_reference_update_dto import (
        AlternateTypeInInventoryCrossReferenceUpdateDto,
    )
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="InventoryCrossReferenceUpdateDto")


@_attrs_define
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
        from ..models.alternate_type_in_inventory_cross_reference_update_dto import (
            AlternateTypeInInventoryCrossReferenceUpdateDto,
        )
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _alternate_type = d.pop("alternateType", UNSET)
        alternate_type: AlternateTypeInInventoryCrossReferenceUpdateDto | Unset
        if isinstance(_alternate_type, Unset):
            alternate_type = UNSET
        else:
            alternate_type = AlternateTypeInInventoryCrossReferenceUpdateDto.from_dict(_alternate_type)

        _b_account = d.pop("bAccount", UNSET)
        b_account: DtoValueOfString | Unset
        if isinstance(_b_account, Unset):
            b_account = UNSET
        else:
            b_account = DtoValueOfString.from_dict(_b_account)

        _alternate_id = d.pop("alternateID", UNSET)
        alternate_id: DtoValueOfString | Unset
        if isinstance(_alternate_id, Unset):
            alternate_id = UNSET
        else:
            alternate_id = DtoValueOfString.from_dict(_alternate_id)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _uom = d.pop("uom", UNSET)
        uom: DtoValueOfString | Unset
        if isinstance(_uom, Unset):
            uom = UNSET
        else:
            uom = DtoValueOfString.from_dict(_uom)

        inventory_cross_reference_update_dto = cls(
            alternate_type=alternate_type,
            b_account=b_account,
            alternate_id=alternate_id,
            description=description,
            uom=uom,
        )

        inventory_cross_reference_update_dto.additional_properties = d
        return inventory_cross_reference_update_dto

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
