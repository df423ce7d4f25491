from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.accounts_in_fixed_asset_class_dto import AccountsInFixedAssetClassDto
    from ..models.book_settings_in_fixed_asset_class_dto import BookSettingsInFixedAssetClassDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="FixedAssetClassDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "class_id",
    "record_type",
    "description",
    "active",
    "asset_type_id",
    "is_tangible",
    "depreciable",
    "useful_life",
    "accelerated_depreciation",
    "book_settings",
    "accounts",
    "sub_account_mask",
    "accumulated_depreciation_sub_account_mask",
    "depreciated_expense_sub_account_mask",
    "proceed_sub_account_mask",
    "gain_loss_sub_account_mask",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class FixedAssetClassDto(GeneratedModel):
    """This class represents an attribute in FixedAssetClass. Used for getting data.

    Attributes:
        class_id (str | Unset): The id that identifies this fixed asset class
        record_type (str | Unset): The type of the record. This value is 'C' for fixed asset classes
        description (str | Unset): The description of this fixed asset class
        active (bool | Unset): Indicates whether this fixed asset class is active or not
        asset_type_id (str | Unset): The type id of this fixed asset class
        is_tangible (bool | Unset): Indicates whether the fixed asset using this fixed asset class is tangible or not by
            default
        depreciable (bool | Unset): Indicates whether the fixed asset using this fixed asset class can be depreciated or
            not by default
        useful_life (float | Unset): Default useful life in years of the fixed asset using this fixed asset class
        accelerated_depreciation (bool | Unset): Indicates whether the fixed asset using this fixed asset class will use
            accelerated depreciation depending on selected depreciation method
        book_settings (BookSettingsInFixedAssetClassDto | Unset): Default book settings for the fixed asset using this
            fixed asset class
        accounts (AccountsInFixedAssetClassDto | Unset): Default accounts for the fixed asset using this fixed asset
            class
        sub_account_mask (str | Unset): The sub account mask for this fixed asset class
        accumulated_depreciation_sub_account_mask (str | Unset): The accumulated depreciation sub account mask for this
            fixed asset class
        depreciated_expense_sub_account_mask (str | Unset): The depreciated expense sub account mask for this fixed
            asset class
        proceed_sub_account_mask (str | Unset): The proceed sub account mask for this fixed asset class
        gain_loss_sub_account_mask (str | Unset): The gain/loss sub account mask for this fixed asset class
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    class_id: str | Unset | None = UNSET
    record_type: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    active: bool | Unset | None = UNSET
    asset_type_id: str | Unset | None = UNSET
    is_tangible: bool | Unset | None = UNSET
    depreciable: bool | Unset | None = UNSET
    useful_life: float | Unset | None = UNSET
    accelerated_depreciation: bool | Unset | None = UNSET
    book_settings: BookSettingsInFixedAssetClassDto | Unset | None = UNSET
    accounts: AccountsInFixedAssetClassDto | Unset | None = UNSET
    sub_account_mask: str | Unset | None = UNSET
    accumulated_depreciation_sub_account_mask: str | Unset | None = UNSET
    depreciated_expense_sub_account_mask: str | Unset | None = UNSET
    proceed_sub_account_mask: str | Unset | None = UNSET
    gain_loss_sub_account_mask: str | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.class_id
        if _value is not UNSET:
            field_dict["classID"] = _value
        _value = self.record_type
        if _value is not UNSET:
            field_dict["recordType"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.active
        if _value is not UNSET:
            field_dict["active"] = _value
        _value = self.asset_type_id
        if _value is not UNSET:
            field_dict["assetTypeID"] = _value
        _value = self.is_tangible
        if _value is not UNSET:
            field_dict["isTangible"] = _value
        _value = self.depreciable
        if _value is not UNSET:
            field_dict["depreciable"] = _value
        _value = self.useful_life
        if _value is not UNSET:
            field_dict["usefulLife"] = _value
        _value = self.accelerated_depreciation
        if _value is not UNSET:
            field_dict["acceleratedDepreciation"] = _value
        _value = self.book_settings
        if _value is not UNSET:
            field_dict["bookSettings"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.accounts
        if _value is not UNSET:
            field_dict["accounts"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sub_account_mask
        if _value is not UNSET:
            field_dict["subAccountMask"] = _value
        _value = self.accumulated_depreciation_sub_account_mask
        if _value is not UNSET:
            field_dict["accumulatedDepreciationSubAccountMask"] = _value
        _value = self.depreciated_expense_sub_account_mask
        if _value is not UNSET:
            field_dict["depreciatedExpenseSubAccountMask"] = _value
        _value = self.proceed_sub_account_mask
        if _value is not UNSET:
            field_dict["proceedSubAccountMask"] = _value
        _value = self.gain_loss_sub_account_mask
        if _value is not UNSET:
            field_dict["gainLossSubAccountMask"] = _value
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
        if cls is not FixedAssetClassDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.class_id = _rest.pop("classID", UNSET)
        self.record_type = _rest.pop("recordType", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.active = _rest.pop("active", UNSET)
        self.asset_type_id = _rest.pop("assetTypeID", UNSET)
        self.is_tangible = _rest.pop("isTangible", UNSET)
        self.depreciable = _rest.pop("depreciable", UNSET)
        self.useful_life = _rest.pop("usefulLife", UNSET)
        self.accelerated_depreciation = _rest.pop("acceleratedDepreciation", UNSET)
        _value = _rest.pop("bookSettings", UNSET)
        self.book_settings = (
            _models.BookSettingsInFixedAssetClassDto._vn_fill(_new(_models.BookSettingsInFixedAssetClassDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("accounts", UNSET)
        self.accounts = (
            _models.AccountsInFixedAssetClassDto._vn_fill(_new(_models.AccountsInFixedAssetClassDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.sub_account_mask = _rest.pop("subAccountMask", UNSET)
        self.accumulated_depreciation_sub_account_mask = _rest.pop("accumulatedDepreciationSubAccountMask", UNSET)
        self.depreciated_expense_sub_account_mask = _rest.pop("depreciatedExpenseSubAccountMask", UNSET)
        self.proceed_sub_account_mask = _rest.pop("proceedSubAccountMask", UNSET)
        self.gain_loss_sub_account_mask = _rest.pop("gainLossSubAccountMask", UNSET)
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
        ("class_id", "classID", False, "str"),
        ("record_type", "recordType", False, "str"),
        ("description", "description", False, "str"),
        ("active", "active", False, "bool"),
        ("asset_type_id", "assetTypeID", False, "str"),
        ("is_tangible", "isTangible", False, "bool"),
        ("depreciable", "depreciable", False, "bool"),
        ("useful_life", "usefulLife", False, "float"),
        ("accelerated_depreciation", "acceleratedDepreciation", False, "bool"),
        ("book_settings", "bookSettings", False, ("model", "BookSettingsInFixedAssetClassDto")),
        ("accounts", "accounts", False, ("model", "AccountsInFixedAssetClassDto")),
        ("sub_account_mask", "subAccountMask", False, "str"),
        ("accumulated_depreciation_sub_account_mask", "accumulatedDepreciationSubAccountMask", False, "str"),
        ("depreciated_expense_sub_account_mask", "depreciatedExpenseSubAccountMask", False, "str"),
        ("proceed_sub_account_mask", "proceedSubAccountMask", False, "str"),
        ("gain_loss_sub_account_mask", "gainLossSubAccountMask", False, "str"),
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


_Lazy = _lazy_twin(FixedAssetClassDto)
