from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class FixedAssetDto(GeneratedModel):
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

    asset_id: str | Unset | None = UNSET
    record_type: str | Unset | None = UNSET
    parent_asset_id: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    class_id: str | Unset | None = UNSET
    is_tangible: bool | Unset | None = UNSET
    quantity: float | Unset | None = UNSET
    depreciable: bool | Unset | None = UNSET
    useful_life: float | Unset | None = UNSET
    accounts: AccountsInFixedAssetDto | Unset | None = UNSET
    details: DetailsInFixedAssetDto | Unset | None = UNSET
    book_balance: BookBalanceInFixedAssetDto | Unset | None = UNSET
    location: LocationInFixedAssetDto | Unset | None = UNSET
    property_tax: PropertyTaxInFixedAssetDto | Unset | None = UNSET
    type_: TypeInFixedAssetDto | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.asset_id
        if _value is not UNSET:
            field_dict["assetID"] = _value
        _value = self.record_type
        if _value is not UNSET:
            field_dict["recordType"] = _value
        _value = self.parent_asset_id
        if _value is not UNSET:
            field_dict["parentAssetID"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.class_id
        if _value is not UNSET:
            field_dict["classID"] = _value
        _value = self.is_tangible
        if _value is not UNSET:
            field_dict["isTangible"] = _value
        _value = self.quantity
        if _value is not UNSET:
            field_dict["quantity"] = _value
        _value = self.depreciable
        if _value is not UNSET:
            field_dict["depreciable"] = _value
        _value = self.useful_life
        if _value is not UNSET:
            field_dict["usefulLife"] = _value
        _value = self.accounts
        if _value is not UNSET:
            field_dict["accounts"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.details
        if _value is not UNSET:
            field_dict["details"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.book_balance
        if _value is not UNSET:
            field_dict["bookBalance"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.property_tax
        if _value is not UNSET:
            field_dict["propertyTax"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.type_
        if _value is not UNSET:
            field_dict["type"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
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
        if cls is not FixedAssetDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.asset_id = _rest.pop("assetID", UNSET)
        self.record_type = _rest.pop("recordType", UNSET)
        self.parent_asset_id = _rest.pop("parentAssetID", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.class_id = _rest.pop("classID", UNSET)
        self.is_tangible = _rest.pop("isTangible", UNSET)
        self.quantity = _rest.pop("quantity", UNSET)
        self.depreciable = _rest.pop("depreciable", UNSET)
        self.useful_life = _rest.pop("usefulLife", UNSET)
        _value = _rest.pop("accounts", UNSET)
        self.accounts = (
            _models.AccountsInFixedAssetDto._vn_fill(_new(_models.AccountsInFixedAssetDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("details", UNSET)
        self.details = (
            _models.DetailsInFixedAssetDto._vn_fill(_new(_models.DetailsInFixedAssetDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("bookBalance", UNSET)
        self.book_balance = (
            _models.BookBalanceInFixedAssetDto._vn_fill(_new(_models.BookBalanceInFixedAssetDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInFixedAssetDto._vn_fill(_new(_models.LocationInFixedAssetDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("propertyTax", UNSET)
        self.property_tax = (
            _models.PropertyTaxInFixedAssetDto._vn_fill(_new(_models.PropertyTaxInFixedAssetDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("type", UNSET)
        self.type_ = (
            _models.TypeInFixedAssetDto._vn_fill(_new(_models.TypeInFixedAssetDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
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
        ("asset_id", "assetID", False, "str"),
        ("record_type", "recordType", False, "str"),
        ("parent_asset_id", "parentAssetID", False, "str"),
        ("description", "description", False, "str"),
        ("class_id", "classID", False, "str"),
        ("is_tangible", "isTangible", False, "bool"),
        ("quantity", "quantity", False, "float"),
        ("depreciable", "depreciable", False, "bool"),
        ("useful_life", "usefulLife", False, "float"),
        ("accounts", "accounts", False, ("model", "AccountsInFixedAssetDto")),
        ("details", "details", False, ("model", "DetailsInFixedAssetDto")),
        ("book_balance", "bookBalance", False, ("model", "BookBalanceInFixedAssetDto")),
        ("location", "location", False, ("model", "LocationInFixedAssetDto")),
        ("property_tax", "propertyTax", False, ("model", "PropertyTaxInFixedAssetDto")),
        ("type_", "type", False, ("model", "TypeInFixedAssetDto")),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
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


_Lazy = _lazy_twin(FixedAssetDto)
