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
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class LandedCostCodeDto(GeneratedModel):
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

    landed_cost_code_id: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    landed_cost_type: LandedCostCodeDtoLandedCostType | Unset | None = UNSET
    application_method: LandedCostCodeDtoApplicationMethod | Unset | None = UNSET
    allocation_method: LandedCostCodeDtoAllocationMethod | Unset | None = UNSET
    supplier_id: str | Unset | None = UNSET
    supplier_location_id: str | Unset | None = UNSET
    terms: str | Unset | None = UNSET
    reason_code: str | Unset | None = UNSET
    landed_cost_accrual_account: str | Unset | None = UNSET
    landed_cost_accrual_subaccount: str | Unset | None = UNSET
    vat_category: str | Unset | None = UNSET
    landed_cost_variance_account: str | Unset | None = UNSET
    landed_cost_variance_subaccount: str | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.landed_cost_code_id
        if _value is not UNSET:
            field_dict["landedCostCodeId"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.landed_cost_type
        if _value is not UNSET:
            field_dict["landedCostType"] = _value
        _value = self.application_method
        if _value is not UNSET:
            field_dict["applicationMethod"] = _value
        _value = self.allocation_method
        if _value is not UNSET:
            field_dict["allocationMethod"] = _value
        _value = self.supplier_id
        if _value is not UNSET:
            field_dict["supplierId"] = _value
        _value = self.supplier_location_id
        if _value is not UNSET:
            field_dict["supplierLocationId"] = _value
        _value = self.terms
        if _value is not UNSET:
            field_dict["terms"] = _value
        _value = self.reason_code
        if _value is not UNSET:
            field_dict["reasonCode"] = _value
        _value = self.landed_cost_accrual_account
        if _value is not UNSET:
            field_dict["landedCostAccrualAccount"] = _value
        _value = self.landed_cost_accrual_subaccount
        if _value is not UNSET:
            field_dict["landedCostAccrualSubaccount"] = _value
        _value = self.vat_category
        if _value is not UNSET:
            field_dict["vatCategory"] = _value
        _value = self.landed_cost_variance_account
        if _value is not UNSET:
            field_dict["landedCostVarianceAccount"] = _value
        _value = self.landed_cost_variance_subaccount
        if _value is not UNSET:
            field_dict["landedCostVarianceSubaccount"] = _value
        _value = self.error_info
        if _value is not UNSET:
            field_dict["errorInfo"] = _value
        _value = self.metadata
        if _value is not UNSET:
            field_dict["metadata"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not LandedCostCodeDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.landed_cost_code_id = _rest.pop("landedCostCodeId", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.landed_cost_type = _rest.pop("landedCostType", UNSET)
        self.application_method = _rest.pop("applicationMethod", UNSET)
        self.allocation_method = _rest.pop("allocationMethod", UNSET)
        self.supplier_id = _rest.pop("supplierId", UNSET)
        self.supplier_location_id = _rest.pop("supplierLocationId", UNSET)
        self.terms = _rest.pop("terms", UNSET)
        self.reason_code = _rest.pop("reasonCode", UNSET)
        self.landed_cost_accrual_account = _rest.pop("landedCostAccrualAccount", UNSET)
        self.landed_cost_accrual_subaccount = _rest.pop("landedCostAccrualSubaccount", UNSET)
        self.vat_category = _rest.pop("vatCategory", UNSET)
        self.landed_cost_variance_account = _rest.pop("landedCostVarianceAccount", UNSET)
        self.landed_cost_variance_subaccount = _rest.pop("landedCostVarianceSubaccount", UNSET)
        self.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        self.metadata = (
            _models.MetadataDto._vn_fill(_new(_models.MetadataDto), _value) if isinstance(_value, dict) else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("landed_cost_code_id", "landedCostCodeId", False, "str"),
        ("description", "description", False, "str"),
        ("landed_cost_type", "landedCostType", False, "str"),
        ("application_method", "applicationMethod", False, "str"),
        ("allocation_method", "allocationMethod", False, "str"),
        ("supplier_id", "supplierId", False, "str"),
        ("supplier_location_id", "supplierLocationId", False, "str"),
        ("terms", "terms", False, "str"),
        ("reason_code", "reasonCode", False, "str"),
        ("landed_cost_accrual_account", "landedCostAccrualAccount", False, "str"),
        ("landed_cost_accrual_subaccount", "landedCostAccrualSubaccount", False, "str"),
        ("vat_category", "vatCategory", False, "str"),
        ("landed_cost_variance_account", "landedCostVarianceAccount", False, "str"),
        ("landed_cost_variance_subaccount", "landedCostVarianceSubaccount", False, "str"),
        ("error_info", "errorInfo", False, "str"),
        ("metadata", "metadata", False, ("model", "MetadataDto")),
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


_Lazy = _lazy_twin(LandedCostCodeDto)
