from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rot_rut_dto_doc_type import RotRutDtoDocType, check_rot_rut_dto_doc_type
from ..models.rot_rut_dto_type import RotRutDtoType, check_rot_rut_dto_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rot_rut_distribution_dto import RotRutDistributionDto


T = TypeVar("T", bound="RotRutDto")


@_attrs_define
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
        from ..models.rot_rut_distribution_dto import RotRutDistributionDto

        d = dict(src_dict)
        _doc_type = d.pop("docType", UNSET)
        doc_type: RotRutDtoDocType | Unset
        if isinstance(_doc_type, Unset):
            doc_type = UNSET
        else:
            doc_type = check_rot_rut_dto_doc_type(_doc_type)

        ref_nbr = d.pop("refNbr", UNSET)

        distributed_automaticaly = d.pop("distributedAutomaticaly", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: RotRutDtoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_rot_rut_dto_type(_type_)

        total_deductable_amount = d.pop("totalDeductableAmount", UNSET)

        other_cost = d.pop("otherCost", UNSET)

        material_cost = d.pop("materialCost", UNSET)

        work_price = d.pop("workPrice", UNSET)

        distributed_amount = d.pop("distributedAmount", UNSET)

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

        rot_rut_dto = cls(
            doc_type=doc_type,
            ref_nbr=ref_nbr,
            distributed_automaticaly=distributed_automaticaly,
            type_=type_,
            total_deductable_amount=total_deductable_amount,
            other_cost=other_cost,
            material_cost=material_cost,
            work_price=work_price,
            distributed_amount=distributed_amount,
            appartment=appartment,
            estate=estate,
            organization_nbr=organization_nbr,
            distribution=distribution,
        )

        rot_rut_dto.additional_properties = d
        return rot_rut_dto

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
