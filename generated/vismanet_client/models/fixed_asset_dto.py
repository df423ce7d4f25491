from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
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
        from ..models.accounts_in_fixed_asset_dto import AccountsInFixedAssetDto
        from ..models.book_balance_in_fixed_asset_dto import BookBalanceInFixedAssetDto
        from ..models.details_in_fixed_asset_dto import DetailsInFixedAssetDto
        from ..models.location_in_fixed_asset_dto import LocationInFixedAssetDto
        from ..models.metadata_dto import MetadataDto
        from ..models.property_tax_in_fixed_asset_dto import PropertyTaxInFixedAssetDto
        from ..models.type_in_fixed_asset_dto import TypeInFixedAssetDto

        d = dict(src_dict)
        asset_id = d.pop("assetID", UNSET)

        record_type = d.pop("recordType", UNSET)

        parent_asset_id = d.pop("parentAssetID", UNSET)

        description = d.pop("description", UNSET)

        class_id = d.pop("classID", UNSET)

        is_tangible = d.pop("isTangible", UNSET)

        quantity = d.pop("quantity", UNSET)

        depreciable = d.pop("depreciable", UNSET)

        useful_life = d.pop("usefulLife", UNSET)

        _accounts = d.pop("accounts", UNSET)
        accounts: AccountsInFixedAssetDto | Unset
        if isinstance(_accounts, Unset):
            accounts = UNSET
        else:
            accounts = AccountsInFixedAssetDto.from_dict(_accounts)

        _details = d.pop("details", UNSET)
        details: DetailsInFixedAssetDto | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = DetailsInFixedAssetDto.from_dict(_details)

        _book_balance = d.pop("bookBalance", UNSET)
        book_balance: BookBalanceInFixedAssetDto | Unset
        if isinstance(_book_balance, Unset):
            book_balance = UNSET
        else:
            book_balance = BookBalanceInFixedAssetDto.from_dict(_book_balance)

        _location = d.pop("location", UNSET)
        location: LocationInFixedAssetDto | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = LocationInFixedAssetDto.from_dict(_location)

        _property_tax = d.pop("propertyTax", UNSET)
        property_tax: PropertyTaxInFixedAssetDto | Unset
        if isinstance(_property_tax, Unset):
            property_tax = UNSET
        else:
            property_tax = PropertyTaxInFixedAssetDto.from_dict(_property_tax)

        _type_ = d.pop("type", UNSET)
        type_: TypeInFixedAssetDto | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TypeInFixedAssetDto.from_dict(_type_)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        fixed_asset_dto = cls(
            asset_id=asset_id,
            record_type=record_type,
            parent_asset_id=parent_asset_id,
            description=description,
            class_id=class_id,
            is_tangible=is_tangible,
            quantity=quantity,
            depreciable=depreciable,
            useful_life=useful_life,
            accounts=accounts,
            details=details,
            book_balance=book_balance,
            location=location,
            property_tax=property_tax,
            type_=type_,
            last_modified_date_time=last_modified_date_time,
            error_info=error_info,
            metadata=metadata,
        )

        fixed_asset_dto.additional_properties = d
        return fixed_asset_dto

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
