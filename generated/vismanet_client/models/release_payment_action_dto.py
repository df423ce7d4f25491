from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_payment_types import DtoValueOfNullableOfPaymentTypes


T = TypeVar("T", bound="ReleasePaymentActionDto")


@_attrs_define
class ReleasePaymentActionDto:
    """
    Attributes:
        type_ (DtoValueOfNullableOfPaymentTypes | Unset):
    """

    type_: DtoValueOfNullableOfPaymentTypes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_nullable_of_payment_types import DtoValueOfNullableOfPaymentTypes

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: DtoValueOfNullableOfPaymentTypes | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DtoValueOfNullableOfPaymentTypes.from_dict(_type_)

        release_payment_action_dto = cls(
            type_=type_,
        )

        release_payment_action_dto.additional_properties = d
        return release_payment_action_dto

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
