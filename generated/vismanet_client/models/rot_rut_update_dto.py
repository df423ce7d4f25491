from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_rut_rot_types import DtoValueOfNullableOfRutRotTypes
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.rot_rut_distribution_update_dto import RotRutDistributionUpdateDto


T = TypeVar("T", bound="RotRutUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "distributed_automaticaly",
    "type_",
    "appartment",
    "estate",
    "organization_nbr",
    "distribution",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("distributedAutomaticaly", UNSET)
        _instance.distributed_automaticaly = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        )
        _value = _rest.pop("type", UNSET)
        _instance.type_ = UNSET if _value is UNSET else _models.DtoValueOfNullableOfRutRotTypes.from_dict(_value)
        _value = _rest.pop("appartment", UNSET)
        _instance.appartment = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("estate", UNSET)
        _instance.estate = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("organizationNbr", UNSET)
        _instance.organization_nbr = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("distribution", UNSET)
        _instance.distribution = (
            UNSET
            if _value is UNSET
            else [
                _models.RotRutDistributionUpdateDto.from_dict(distribution_item_data)
                for distribution_item_data in _value
            ]
        )
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
