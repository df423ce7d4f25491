from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.landed_cost_code_dto_allocation_method import (
    LandedCostCodeDtoAllocationMethod,
    check_landed_cost_code_dto_allocation_method,
)
from ..models.landed_cost_code_dto_application_method import (
    LandedCostCodeDtoApplicationMethod,
    check_landed_cost_code_dto_application_method,
)
from ..models.landed_cost_code_dto_landed_cost_type import (
    LandedCostCodeDtoLandedCostType,
    check_landed_cost_code_dto_landed_cost_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="LandedCostCodeDto")


@_attrs_define
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
        from ..models.metadata_dto import MetadataDto

        d = dict(src_dict)
        landed_cost_code_id = d.pop("landedCostCodeId", UNSET)

        description = d.pop("description", UNSET)

        _landed_cost_type = d.pop("landedCostType", UNSET)
        landed_cost_type: LandedCostCodeDtoLandedCostType | Unset
        if isinstance(_landed_cost_type, Unset):
            landed_cost_type = UNSET
        else:
            landed_cost_type = check_landed_cost_code_dto_landed_cost_type(_landed_cost_type)

        _application_method = d.pop("applicationMethod", UNSET)
        application_method: LandedCostCodeDtoApplicationMethod | Unset
        if isinstance(_application_method, Unset):
            application_method = UNSET
        else:
            application_method = check_landed_cost_code_dto_application_method(_application_method)

        _allocation_method = d.pop("allocationMethod", UNSET)
        allocation_method: LandedCostCodeDtoAllocationMethod | Unset
        if isinstance(_allocation_method, Unset):
            allocation_method = UNSET
        else:
            allocation_method = check_landed_cost_code_dto_allocation_method(_allocation_method)

        supplier_id = d.pop("supplierId", UNSET)

        supplier_location_id = d.pop("supplierLocationId", UNSET)

        terms = d.pop("terms", UNSET)

        reason_code = d.pop("reasonCode", UNSET)

        landed_cost_accrual_account = d.pop("landedCostAccrualAccount", UNSET)

        landed_cost_accrual_subaccount = d.pop("landedCostAccrualSubaccount", UNSET)

        vat_category = d.pop("vatCategory", UNSET)

        landed_cost_variance_account = d.pop("landedCostVarianceAccount", UNSET)

        landed_cost_variance_subaccount = d.pop("landedCostVarianceSubaccount", UNSET)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        landed_cost_code_dto = cls(
            landed_cost_code_id=landed_cost_code_id,
            description=description,
            landed_cost_type=landed_cost_type,
            application_method=application_method,
            allocation_method=allocation_method,
            supplier_id=supplier_id,
            supplier_location_id=supplier_location_id,
            terms=terms,
            reason_code=reason_code,
            landed_cost_accrual_account=landed_cost_accrual_account,
            landed_cost_accrual_subaccount=landed_cost_accrual_subaccount,
            vat_category=vat_category,
            landed_cost_variance_account=landed_cost_variance_account,
            landed_cost_variance_subaccount=landed_cost_variance_subaccount,
            error_info=error_info,
            metadata=metadata,
        )

        landed_cost_code_dto.additional_properties = d
        return landed_cost_code_dto

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
