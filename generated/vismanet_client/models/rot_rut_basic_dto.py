from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rot_rut_basic_dto_type import RotRutBasicDtoType, check_rot_rut_basic_dto_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rot_rut_distribution_dto import RotRutDistributionDto


T = TypeVar("T", bound="RotRutBasicDto")


@_attrs_define
class RotRutBasicDto:
    """
    Attributes:
        distributed_automaticaly (bool | Unset):
        type_ (RotRutBasicDtoType | Unset):
        appartment (str | Unset):
        estate (str | Unset):
        organization_nbr (str | Unset):
        distribution (list[RotRutDistributionDto] | Unset):
    """

    distributed_automaticaly: bool | Unset = UNSET
    type_: RotRutBasicDtoType | Unset = UNSET
    appartment: str | Unset = UNSET
    estate: str | Unset = UNSET
    organization_nbr: str | Unset = UNSET
    distribution: list[RotRutDistributionDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        distributed_automaticaly = self.distributed_automaticaly

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        appartment = self.appartment

        estate = self.estate

        organization_nbr = self.organization_nbr

        distribution: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.distribution, Unset):
            distribution = []
            for distribution_item_data in self.distribution:
                distribution_item = distribution_item_data.to_dict()
                distribution.append(distribution_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if distributed_automaticaly is not UNSET:
            field_dict["distributedAutomaticaly"] = distributed_automaticaly
        if type_ is not UNSET:
            field_dict["type"] = type_
        if appartment is not UNSET:
            field_dict["appartment"] = appartment
        if estate is not UNSET:
            field_dict["estate"] = estate
        if organization_nbr is not UNSET:
            field_dict["organizationNbr"] = organization_nbr
        if distribution is not UNSET:
            field_dict["distribution"] = distribution

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.rot_rut_distribution_dto import RotRutDistributionDto

        d = dict(src_dict)
        distributed_automaticaly = d.pop("distributedAutomaticaly", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: RotRutBasicDtoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_rot_rut_basic_dto_type(_type_)

        appartment = d.pop("appartment", UNSET)

        estate = d.pop("estate", UNSET)

        organization_nbr = d.pop("organizationNbr", UNSET)

        _distribution = d.pop("distribution", UNSET)
        distribution: list[RotRutDistributionDto] | Unset = UNSET
        if _distribution is not UNSET:
            distribution = []
            for distribution_item_data in _distribution:
                distribution_item = RotRutDistributionDto.from_dict(distribution_item_data)

                distribution.append(distribution_item)

        rot_rut_basic_dto = cls(
            distributed_automaticaly=distributed_automaticaly,
            type_=type_,
            appartment=appartment,
            estate=estate,
            organization_nbr=organization_nbr,
            distribution=distribution,
        )

        rot_rut_basic_dto.additional_properties = d
        return rot_rut_basic_dto

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
