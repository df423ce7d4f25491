from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.days_effective_in_create_currency_rate_type_dto import DaysEffectiveInCreateCurrencyRateTypeDto
    from ..models.description_in_create_currency_rate_type_dto import DescriptionInCreateCurrencyRateTypeDto
    from ..models.id_in_create_currency_rate_type_dto import IdInCreateCurrencyRateTypeDto


T = TypeVar("T", bound="CreateCurrencyRateTypeDto")


@_attrs_define
class CreateCurrencyRateTypeDto:
    """
    Attributes:
        id (IdInCreateCurrencyRateTypeDto | Unset): Currency rate type id.
        description (DescriptionInCreateCurrencyRateTypeDto | Unset): Description.
        days_effective (DaysEffectiveInCreateCurrencyRateTypeDto | Unset): Days effective.
    """

    id: IdInCreateCurrencyRateTypeDto | Unset = UNSET
    description: DescriptionInCreateCurrencyRateTypeDto | Unset = UNSET
    days_effective: DaysEffectiveInCreateCurrencyRateTypeDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        days_effective: dict[str, Any] | Unset = UNSET
        if not isinstance(self.days_effective, Unset):
            days_effective = self.days_effective.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if days_effective is not UNSET:
            field_dict["daysEffective"] = days_effective

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.days_effective_in_create_currency_rate_type_dto import DaysEffectiveInCreateCurrencyRateTypeDto
        from ..models.description_in_create_currency_rate_type_dto import DescriptionInCreateCurrencyRateTypeDto
        from ..models.id_in_create_currency_rate_type_dto import IdInCreateCurrencyRateTypeDto

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: IdInCreateCurrencyRateTypeDto | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = IdInCreateCurrencyRateTypeDto.from_dict(_id)

        _description = d.pop("description", UNSET)
        description: DescriptionInCreateCurrencyRateTypeDto | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DescriptionInCreateCurrencyRateTypeDto.from_dict(_description)

        _days_effective = d.pop("daysEffective", UNSET)
        days_effective: DaysEffectiveInCreateCurrencyRateTypeDto | Unset
        if isinstance(_days_effective, Unset):
            days_effective = UNSET
        else:
            days_effective = DaysEffectiveInCreateCurrencyRateTypeDto.from_dict(_days_effective)

        create_currency_rate_type_dto = cls(
            id=id,
            description=description,
            days_effective=days_effective,
        )

        create_currency_rate_type_dto.additional_properties = d
        return create_currency_rate_type_dto

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
