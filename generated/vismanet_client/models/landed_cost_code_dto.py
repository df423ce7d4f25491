from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.landed_cost_code_dto_allocation_method import (
    LandedCostCodeDtoAllocationMethod,
)
from ..models.landed_cost_code_dto_application_method import (
    LandedCostCodeDtoApplicationMethod,
)
from ..models.landed_cost_code_dto_landed_cost_type import (
    LandedCostCodeDtoLandedCostType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="LandedCostCodeDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "landed_cost_code_id",
    "description",
    "landed_cost_type",
    "application_method",
    "allocation_method",
    "supplier_id",
    "supplier_location_id",
    "terms",
    "reason_code",
    "landed_cost_accrual_account",
    "landed_cost_accrual_subaccount",
    "vat_category",
    "landed_cost_variance_account",
    "landed_cost_variance_subaccount",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class LandedCostCodeDto:
    """
    Attributes:
        landed_cost_code_id (str | Unset): Landed Cost Code
        description (str | Unset): Description
        landed_cost_type (LandedCostCodeDtoLandedCostType | Unset): Type
        application_method (LandedCostCodeDtoApplicationMethod | Unset): Application Method
        allocation_method (LandedCostCodeDtoAllocationMethod | Unset): Allocation Method
        supplier_id (str | Unset): Supplier ID
        supplier_location_id (str | Unset): Supplier Location ID
        terms (str | Unset): Terms
        reason_code (str | Unset): Reason Code
        landed_cost_accrual_account (str | Unset): Landed Cost Accrual Account
        landed_cost_accrual_subaccount (str | Unset): Landed Cost Accrual Sub.
        vat_category (str | Unset): Tax Category
        landed_cost_variance_account (str | Unset): Landed Cost Variance Account
        landed_cost_variance_subaccount (str | Unset): Landed Cost Variance Sub.
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    landed_cost_code_id: str | Unset = UNSET
    description: str | Unset = UNSET
    landed_cost_type: LandedCostCodeDtoLandedCostType | Unset = UNSET
    application_method: LandedCostCodeDtoApplicationMethod | Unset = UNSET
    allocation_method: LandedCostCodeDtoAllocationMethod | Unset = UNSET
    supplier_id: str | Unset = UNSET
    supplier_location_id: str | Unset = UNSET
    terms: str | Unset = UNSET
    reason_code: str | Unset = UNSET
    landed_cost_accrual_account: str | Unset = UNSET
    landed_cost_accrual_subaccount: str | Unset = UNSET
    vat_category: str | Unset = UNSET
    landed_cost_variance_account: str | Unset = UNSET
    landed_cost_variance_subaccount: str | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        landed_cost_code_id = self.landed_cost_code_id

        description = self.description

        landed_cost_type: str | Unset = UNSET
        if not isinstance(self.landed_cost_type, Unset):
            landed_cost_type = self.landed_cost_type

        application_method: str | Unset = UNSET
        if not isinstance(self.application_method, Unset):
            application_method = self.application_method

        allocation_method: str | Unset = UNSET
        if not isinstance(self.allocation_method, Unset):
            allocation_method = self.allocation_method

        supplier_id = self.supplier_id

        supplier_location_id = self.supplier_location_id

        terms = self.terms

        reason_code = self.reason_code

        landed_cost_accrual_account = self.landed_cost_accrual_account

        landed_cost_accrual_subaccount = self.landed_cost_accrual_subaccount

        vat_category = self.vat_category

        landed_cost_variance_account = self.landed_cost_variance_account

        landed_cost_variance_subaccount = self.landed_cost_variance_subaccount

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if landed_cost_code_id is not UNSET:
            field_dict["landedCostCodeId"] = landed_cost_code_id
        if description is not UNSET:
            field_dict["description"] = description
        if landed_cost_type is not UNSET:
            field_dict["landedCostType"] = landed_cost_type
        if application_method is not UNSET:
            field_dict["applicationMethod"] = application_method
        if allocation_method is not UNSET:
            field_dict["allocationMethod"] = allocation_method
        if supplier_id is not UNSET:
            field_dict["supplierId"] = supplier_id
        if supplier_location_id is not UNSET:
            field_dict["supplierLocationId"] = supplier_location_id
        if terms is not UNSET:
            field_dict["terms"] = terms
        if reason_code is not UNSET:
            field_dict["reasonCode"] = reason_code
        if landed_cost_accrual_account is not UNSET:
            field_dict["landedCostAccrualAccount"] = landed_cost_accrual_account
        if landed_cost_accrual_subaccount is not UNSET:
            field_dict["landedCostAccrualSubaccount"] = landed_cost_accrual_subaccount
        if vat_category is not UNSET:
            field_dict["vatCategory"] = vat_category
        if landed_cost_variance_account is not UNSET:
            field_dict["landedCostVarianceAccount"] = landed_cost_variance_account
        if landed_cost_variance_subaccount is not UNSET:
            field_dict["landedCostVarianceSubaccount"] = landed_cost_variance_subaccount
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.landed_cost_code_id = _rest.pop("landedCostCodeId", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.landed_cost_type = _rest.pop("landedCostType", UNSET)
        _instance.application_method = _rest.pop("applicationMethod", UNSET)
        _instance.allocation_method = _rest.pop("allocationMethod", UNSET)
        _instance.supplier_id = _rest.pop("supplierId", UNSET)
        _instance.supplier_location_id = _rest.pop("supplierLocationId", UNSET)
        _instance.terms = _rest.pop("terms", UNSET)
        _instance.reason_code = _rest.pop("reasonCode", UNSET)
        _instance.landed_cost_accrual_account = _rest.pop("landedCostAccrualAccount", UNSET)
        _instance.landed_cost_accrual_subaccount = _rest.pop("landedCostAccrualSubaccount", UNSET)
        _instance.vat_category = _rest.pop("vatCategory", UNSET)
        _instance.landed_cost_variance_account = _rest.pop("landedCostVarianceAccount", UNSET)
        _instance.landed_cost_variance_subaccount = _rest.pop("landedCostVarianceSubaccount", UNSET)
        _instance.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        _instance.metadata = UNSET if _value is UNSET else _models.MetadataDto.from_dict(_value)
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
