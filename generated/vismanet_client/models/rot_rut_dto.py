from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.rot_rut_dto_doc_type import RotRutDtoDocType
from ..models.rot_rut_dto_type import RotRutDtoType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rot_rut_distribution_dto import RotRutDistributionDto


T = TypeVar("T", bound="RotRutDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "doc_type",
    "ref_nbr",
    "distributed_automaticaly",
    "type_",
    "total_deductable_amount",
    "other_cost",
    "material_cost",
    "work_price",
    "distributed_amount",
    "appartment",
    "estate",
    "organization_nbr",
    "distribution",
)


@_attrs_define(repr=False)
class RotRutDto:
    """This class represents a RutRot in RutRotController. Used for getting data.

    Attributes:
        doc_type (RotRutDtoDocType | Unset):
        ref_nbr (str | Unset):
        distributed_automaticaly (bool | Unset):
        type_ (RotRutDtoType | Unset):
        total_deductable_amount (float | Unset):
        other_cost (float | Unset):
        material_cost (float | Unset):
        work_price (float | Unset):
        distributed_amount (float | Unset):
        appartment (str | Unset):
        estate (str | Unset):
        organization_nbr (str | Unset):
        distribution (list[RotRutDistributionDto] | Unset):
    """

    doc_type: RotRutDtoDocType | Unset = UNSET
    ref_nbr: str | Unset = UNSET
    distributed_automaticaly: bool | Unset = UNSET
    type_: RotRutDtoType | Unset = UNSET
    total_deductable_amount: float | Unset = UNSET
    other_cost: float | Unset = UNSET
    material_cost: float | Unset = UNSET
    work_price: float | Unset = UNSET
    distributed_amount: float | Unset = UNSET
    appartment: str | Unset = UNSET
    estate: str | Unset = UNSET
    organization_nbr: str | Unset = UNSET
    distribution: list[RotRutDistributionDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        doc_type: str | Unset = UNSET
        if not isinstance(self.doc_type, Unset):
            doc_type = self.doc_type

        ref_nbr = self.ref_nbr

        distributed_automaticaly = self.distributed_automaticaly

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        total_deductable_amount = self.total_deductable_amount

        other_cost = self.other_cost

        material_cost = self.material_cost

        work_price = self.work_price

        distributed_amount = self.distributed_amount

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
        if doc_type is not UNSET:
            field_dict["docType"] = doc_type
        if ref_nbr is not UNSET:
            field_dict["refNbr"] = ref_nbr
        if distributed_automaticaly is not UNSET:
            field_dict["distributedAutomaticaly"] = distributed_automaticaly
        if type_ is not UNSET:
            field_dict["type"] = type_
        if total_deductable_amount is not UNSET:
            field_dict["totalDeductableAmount"] = total_deductable_amount
        if other_cost is not UNSET:
            field_dict["otherCost"] = other_cost
        if material_cost is not UNSET:
            field_dict["materialCost"] = material_cost
        if work_price is not UNSET:
            field_dict["workPrice"] = work_price
        if distributed_amount is not UNSET:
            field_dict["distributedAmount"] = distributed_amount
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
        _instance.doc_type = _rest.pop("docType", UNSET)
        _instance.ref_nbr = _rest.pop("refNbr", UNSET)
        _instance.distributed_automaticaly = _rest.pop("distributedAutomaticaly", UNSET)
        _instance.type_ = _rest.pop("type", UNSET)
        _instance.total_deductable_amount = _rest.pop("totalDeductableAmount", UNSET)
        _instance.other_cost = _rest.pop("otherCost", UNSET)
        _instance.material_cost = _rest.pop("materialCost", UNSET)
        _instance.work_price = _rest.pop("workPrice", UNSET)
        _instance.distributed_amount = _rest.pop("distributedAmount", UNSET)
        _instance.appartment = _rest.pop("appartment", UNSET)
        _instance.estate = _rest.pop("estate", UNSET)
        _instance.organization_nbr = _rest.pop("organizationNbr", UNSET)
        _value = _rest.pop("distribution", UNSET)
        _instance.distribution = (
            UNSET
            if _value is UNSET
            else [_models.RotRutDistributionDto.from_dict(distribution_item_data) for distribution_item_data in _value]
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
