from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_rut_rot_types import DtoValueOfNullableOfRutRotTypes
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.rot_rut_distribution_update_dto import RotRutDistributionUpdateDto


T = TypeVar("T", bound="RotRutUpdateDto")


@_attrs_define
class RotRutUpdateDto:
    """
    Attributes:
        distributed_automaticaly (DtoValueOfNullableOfBoolean | Unset):
        type_ (DtoValueOfNullableOfRutRotTypes | Unset):
        appartment (DtoValueOfString | Unset):
        estate (DtoValueOfString | Unset):
        organization_nbr (DtoValueOfString | Unset):
        distribution (list[RotRutDistributionUpdateDto] | Unset):
    """

    distributed_automaticaly: DtoValueOfNullableOfBoolean | Unset = UNSET
    type_: DtoValueOfNullableOfRutRotTypes | Unset = UNSET
    appartment: DtoValueOfString | Unset = UNSET
    estate: DtoValueOfString | Unset = UNSET
    organization_nbr: DtoValueOfString | Unset = UNSET
    distribution: list[RotRutDistributionUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        distributed_automaticaly: dict[str, Any] | Unset = UNSET
        if not isinstance(self.distributed_automaticaly, Unset):
            distributed_automaticaly = self.distributed_automaticaly.to_dict()

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        appartment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.appartment, Unset):
            appartment = self.appartment.to_dict()

        estate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.estate, Unset):
            estate = self.estate.to_dict()

        organization_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization_nbr, Unset):
            organization_nbr = self.organization_nbr.to_dict()

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
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_nullable_of_rut_rot_types import DtoValueOfNullableOfRutRotTypes
        from ..models.dto_value_of_string import DtoValueOfString
        from ..models.rot_rut_distribution_update_dto import RotRutDistributionUpdateDto

        d = dict(src_dict)
        _distributed_automaticaly = d.pop("distributedAutomaticaly", UNSET)
        distributed_automaticaly: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_distributed_automaticaly, Unset):
            distributed_automaticaly = UNSET
        else:
            distributed_automaticaly = DtoValueOfNullableOfBoolean.from_dict(_distributed_automaticaly)

        _type_ = d.pop("type", UNSET)
        type_: DtoValueOfNullableOfRutRotTypes | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DtoValueOfNullableOfRutRotTypes.from_dict(_type_)

        _appartment = d.pop("appartment", UNSET)
        appartment: DtoValueOfString | Unset
        if isinstance(_appartment, Unset):
            appartment = UNSET
        else:
            appartment = DtoValueOfString.from_dict(_appartment)

        _estate = d.pop("estate", UNSET)
        estate: DtoValueOfString | Unset
        if isinstance(_estate, Unset):
            estate = UNSET
        else:
            estate = DtoValueOfString.from_dict(_estate)

        _organization_nbr = d.pop("organizationNbr", UNSET)
        organization_nbr: DtoValueOfString | Unset
        if isinstance(_organization_nbr, Unset):
            organization_nbr = UNSET
        else:
            organization_nbr = DtoValueOfString.from_dict(_organization_nbr)

        _distribution = d.pop("distribution", UNSET)
        distribution: list[RotRutDistributionUpdateDto] | Unset = UNSET
        if _distribution is not UNSET:
            distribution = []
            for distribution_item_data in _distribution:
                distribution_item = RotRutDistributionUpdateDto.from_dict(distribution_item_data)

                distribution.append(distribution_item)

        rot_rut_update_dto = cls(
            distributed_automaticaly=distributed_automaticaly,
            type_=type_,
            appartment=appartment,
            estate=estate,
            organization_nbr=organization_nbr,
            distribution=distribution,
        )

        rot_rut_update_dto.additional_properties = d
        return rot_rut_update_dto

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
