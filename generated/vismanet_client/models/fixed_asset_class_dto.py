from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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
class FixedAssetClassDto:
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

    class_id: str | Unset = UNSET
    record_type: str | Unset = UNSET
    description: str | Unset = UNSET
    active: bool | Unset = UNSET
    asset_type_id: str | Unset = UNSET
    is_tangible: bool | Unset = UNSET
    depreciable: bool | Unset = UNSET
    useful_life: float | Unset = UNSET
    accelerated_depreciation: bool | Unset = UNSET
    book_settings: BookSettingsInFixedAssetClassDto | Unset = UNSET
    accounts: AccountsInFixedAssetClassDto | Unset = UNSET
    sub_account_mask: str | Unset = UNSET
    accumulated_depreciation_sub_account_mask: str | Unset = UNSET
    depreciated_expense_sub_account_mask: str | Unset = UNSET
    proceed_sub_account_mask: str | Unset = UNSET
    gain_loss_sub_account_mask: str | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        class_id = self.class_id

        record_type = self.record_type

        description = self.description

        active = self.active

        asset_type_id = self.asset_type_id

        is_tangible = self.is_tangible

        depreciable = self.depreciable

        useful_life = self.useful_life

        accelerated_depreciation = self.accelerated_depreciation

        book_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.book_settings, Unset):
            book_settings = self.book_settings.to_dict()

        accounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = self.accounts.to_dict()

        sub_account_mask = self.sub_account_mask

        accumulated_depreciation_sub_account_mask = self.accumulated_depreciation_sub_account_mask

        depreciated_expense_sub_account_mask = self.depreciated_expense_sub_account_mask

        proceed_sub_account_mask = self.proceed_sub_account_mask

        gain_loss_sub_account_mask = self.gain_loss_sub_account_mask

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if class_id is not UNSET:
            field_dict["classID"] = class_id
        if record_type is not UNSET:
            field_dict["recordType"] = record_type
        if description is not UNSET:
            field_dict["description"] = description
        if active is not UNSET:
            field_dict["active"] = active
        if asset_type_id is not UNSET:
            field_dict["assetTypeID"] = asset_type_id
        if is_tangible is not UNSET:
            field_dict["isTangible"] = is_tangible
        if depreciable is not UNSET:
            field_dict["depreciable"] = depreciable
        if useful_life is not UNSET:
            field_dict["usefulLife"] = useful_life
        if accelerated_depreciation is not UNSET:
            field_dict["acceleratedDepreciation"] = accelerated_depreciation
        if book_settings is not UNSET:
            field_dict["bookSettings"] = book_settings
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if sub_account_mask is not UNSET:
            field_dict["subAccountMask"] = sub_account_mask
        if accumulated_depreciation_sub_account_mask is not UNSET:
            field_dict["accumulatedDepreciationSubAccountMask"] = accumulated_depreciation_sub_account_mask
        if depreciated_expense_sub_account_mask is not UNSET:
            field_dict["depreciatedExpenseSubAccountMask"] = depreciated_expense_sub_account_mask
        if proceed_sub_account_mask is not UNSET:
            field_dict["proceedSubAccountMask"] = proceed_sub_account_mask
        if gain_loss_sub_account_mask is not UNSET:
            field_dict["gainLossSubAccountMask"] = gain_loss_sub_account_mask
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
        _instance.class_id = _rest.pop("classID", UNSET)
        _instance.record_type = _rest.pop("recordType", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.active = _rest.pop("active", UNSET)
        _instance.asset_type_id = _rest.pop("assetTypeID", UNSET)
        _instance.is_tangible = _rest.pop("isTangible", UNSET)
        _instance.depreciable = _rest.pop("depreciable", UNSET)
        _instance.useful_life = _rest.pop("usefulLife", UNSET)
        _instance.accelerated_depreciation = _rest.pop("acceleratedDepreciation", UNSET)
        _value = _rest.pop("bookSettings", UNSET)
        _instance.book_settings = (
            UNSET if _value is UNSET else _models.BookSettingsInFixedAssetClassDto.from_dict(_value)
        )
        _value = _rest.pop("accounts", UNSET)
        _instance.accounts = UNSET if _value is UNSET else _models.AccountsInFixedAssetClassDto.from_dict(_value)
        _instance.sub_account_mask = _rest.pop("subAccountMask", UNSET)
        _instance.accumulated_depreciation_sub_account_mask = _rest.pop("accumulatedDepreciationSubAccountMask", UNSET)
        _instance.depreciated_expense_sub_account_mask = _rest.pop("depreciatedExpenseSubAccountMask", UNSET)
        _instance.proceed_sub_account_mask = _rest.pop("proceedSubAccountMask", UNSET)
        _instance.gain_loss_sub_account_mask = _rest.pop("gainLossSubAccountMask", UNSET)
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
