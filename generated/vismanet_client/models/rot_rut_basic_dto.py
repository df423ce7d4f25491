from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.rot_rut_basic_dto_type import RotRutBasicDtoType
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.rot_rut_distribution_dto import RotRutDistributionDto


T = TypeVar("T", bound="RotRutBasicDto")

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
class RotRutBasicDto(GeneratedModel):
    """
    Attributes:
        distributed_automaticaly (bool | Unset):
        type_ (RotRutBasicDtoType | Unset):
        appartment (str | Unset):
        estate (str | Unset):
        organization_nbr (str | Unset):
        distribution (list[RotRutDistributionDto] | Unset):
    """

    distributed_automaticaly: bool | Unset | None = UNSET
    type_: RotRutBasicDtoType | Unset | None = UNSET
    appartment: str | Unset | None = UNSET
    estate: str | Unset | None = UNSET
    organization_nbr: str | Unset | None = UNSET
    distribution: list[RotRutDistributionDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.distributed_automaticaly
        if _value is not UNSET:
            field_dict["distributedAutomaticaly"] = _value
        _value = self.type_
        if _value is not UNSET:
            field_dict["type"] = _value
        _value = self.appartment
        if _value is not UNSET:
            field_dict["appartment"] = _value
        _value = self.estate
        if _value is not UNSET:
            field_dict["estate"] = _value
        _value = self.organization_nbr
        if _value is not UNSET:
            field_dict["organizationNbr"] = _value
        _value = self.distribution
        if _value is not UNSET:
            field_dict["distribution"] = (
                [
                    distribution_item_data.to_dict()
                    if isinstance(distribution_item_data, GeneratedModel)
                    else distribution_item_data
                    for distribution_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not RotRutBasicDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.distributed_automaticaly = _rest.pop("distributedAutomaticaly", UNSET)
        self.type_ = _rest.pop("type", UNSET)
        self.appartment = _rest.pop("appartment", UNSET)
        self.estate = _rest.pop("estate", UNSET)
        self.organization_nbr = _rest.pop("organizationNbr", UNSET)
        _value = _rest.pop("distribution", UNSET)
        self.distribution = (
            [
                _models.RotRutDistributionDto._vn_fill(_new(_models.RotRutDistributionDto), distribution_item_data)
                if isinstance(distribution_item_data, dict)
                else distribution_item_data
                for distribution_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("distributed_automaticaly", "distributedAutomaticaly", False, "bool"),
        ("type_", "type", False, "str"),
        ("appartment", "appartment", False, "str"),
        ("estate", "estate", False, "str"),
        ("organization_nbr", "organizationNbr", False, "str"),
        ("distribution", "distribution", False, ("list", ("model", "RotRutDistributionDto"))),
    )
    _vn_extra = None

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


_Lazy = _lazy_twin(RotRutBasicDto)
