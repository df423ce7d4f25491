from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounts_in_fixed_asset_dto import AccountsInFixedAssetDto
    from ..models.book_balance_in_fixed_asset_dto import BookBalanceInFixedAssetDto
    from ..models.details_in_fixed_asset_dto import DetailsInFixedAssetDto
    from ..models.location_in_fixed_asset_dto import LocationInFixedAssetDto
    from ..models.metadata_dto import MetadataDto
    from ..models.property_tax_in_fixed_asset_dto import PropertyTaxInFixedAssetDto
    from ..models.type_in_fixed_asset_dto import TypeInFixedAssetDto


T = TypeVar("T", bound="FixedAssetDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "asset_id",
    "record_type",
    "parent_asset_id",
    "description",
    "class_id",
    "is_tangible",
    "quantity",
    "depreciable",
    "useful_life",
    "accounts",
    "details",
    "book_balance",
    "location",
    "property_tax",
    "type_",
    "last_modified_date_time",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class FixedAssetDto:
    """This class represents an attribute in FixedAssetController. Used for getting data.

    Attributes:
        asset_id (str | Unset): The id that identifies this fixed asset
        record_type (str | Unset): The type of the record. This value is 'A' for fixed assets
        parent_asset_id (str | Unset): The asset id of the parent of this fixed asset
        description (str | Unset): The description of this fixed asset
        class_id (str | Unset): The class id of this fixed asset
        is_tangible (bool | Unset): Indicates whether this fixed asset is tangible or not
        quantity (float | Unset): The quantity of this fixed asset
        depreciable (bool | Unset): Indicates if this fixed asset can be depreciated or not
        useful_life (float | Unset): Useful life of this fixed asset in years
        accounts (AccountsInFixedAssetDto | Unset): All accounts selected for this fixed asset
        details (DetailsInFixedAssetDto | Unset): The details of this fixed asset
        book_balance (BookBalanceInFixedAssetDto | Unset): The book balance details for this fixed asset
        location (LocationInFixedAssetDto | Unset): The current location of this fixed asset
        property_tax (PropertyTaxInFixedAssetDto | Unset): The property tax group this fixed asset is conntected to
        type_ (TypeInFixedAssetDto | Unset): The type of this fixed asset
        last_modified_date_time (datetime.datetime | Unset): A system generated date/time that indicates the last change
            for this fixed asset
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    asset_id: str | Unset = UNSET
    record_type: str | Unset = UNSET
    parent_asset_id: str | Unset = UNSET
    description: str | Unset = UNSET
    class_id: str | Unset = UNSET
    is_tangible: bool | Unset = UNSET
    quantity: float | Unset = UNSET
    depreciable: bool | Unset = UNSET
    useful_life: float | Unset = UNSET
    accounts: AccountsInFixedAssetDto | Unset = UNSET
    details: DetailsInFixedAssetDto | Unset = UNSET
    book_balance: BookBalanceInFixedAssetDto | Unset = UNSET
    location: LocationInFixedAssetDto | Unset = UNSET
    property_tax: PropertyTaxInFixedAssetDto | Unset = UNSET
    type_: TypeInFixedAssetDto | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        record_type = self.record_type

        parent_asset_id = self.parent_asset_id

        description = self.description

        class_id = self.class_id

        is_tangible = self.is_tangible

        quantity = self.quantity

        depreciable = self.depreciable

        useful_life = self.useful_life

        accounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = self.accounts.to_dict()

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        book_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.book_balance, Unset):
            book_balance = self.book_balance.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        property_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.property_tax, Unset):
            property_tax = self.property_tax.to_dict()

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_id is not UNSET:
            field_dict["assetID"] = asset_id
        if record_type is not UNSET:
            field_dict["recordType"] = record_type
        if parent_asset_id is not UNSET:
            field_dict["parentAssetID"] = parent_asset_id
        if description is not UNSET:
            field_dict["description"] = description
        if class_id is not UNSET:
            field_dict["classID"] = class_id
        if is_tangible is not UNSET:
            field_dict["isTangible"] = is_tangible
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if depreciable is not UNSET:
            field_dict["depreciable"] = depreciable
        if useful_life is not UNSET:
            field_dict["usefulLife"] = useful_life
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if details is not UNSET:
            field_dict["details"] = details
        if book_balance is not UNSET:
            field_dict["bookBalance"] = book_balance
        if location is not UNSET:
            field_dict["location"] = location
        if property_tax is not UNSET:
            field_dict["propertyTax"] = property_tax
        if type_ is not UNSET:
            field_dict["type"] = type_
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
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
        _instance.asset_id = _rest.pop("assetID", UNSET)
        _instance.record_type = _rest.pop("recordType", UNSET)
        _instance.parent_asset_id = _rest.pop("parentAssetID", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.class_id = _rest.pop("classID", UNSET)
        _instance.is_tangible = _rest.pop("isTangible", UNSET)
        _instance.quantity = _rest.pop("quantity", UNSET)
        _instance.depreciable = _rest.pop("depreciable", UNSET)
        _instance.useful_life = _rest.pop("usefulLife", UNSET)
        _value = _rest.pop("accounts", UNSET)
        _instance.accounts = UNSET if _value is UNSET else _models.AccountsInFixedAssetDto.from_dict(_value)
        _value = _rest.pop("details", UNSET)
        _instance.details = UNSET if _value is UNSET else _models.DetailsInFixedAssetDto.from_dict(_value)
        _value = _rest.pop("bookBalance", UNSET)
        _instance.book_balance = UNSET if _value is UNSET else _models.BookBalanceInFixedAssetDto.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInFixedAssetDto.from_dict(_value)
        _value = _rest.pop("propertyTax", UNSET)
        _instance.property_tax = UNSET if _value is UNSET else _models.PropertyTaxInFixedAssetDto.from_dict(_value)
        _value = _rest.pop("type", UNSET)
        _instance.type_ = UNSET if _value is UNSET else _models.TypeInFixedAssetDto.from_dict(_value)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
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
