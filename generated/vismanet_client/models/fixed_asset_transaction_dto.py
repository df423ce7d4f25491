from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.fixed_asset_transaction_dto_origin import (
    FixedAssetTransactionDtoOrigin,
)
from ..models.fixed_asset_transaction_dto_transaction_type import (
    FixedAssetTransactionDtoTransactionType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounts_in_fixed_asset_transaction_dto import AccountsInFixedAssetTransactionDto
    from ..models.metadata_dto import MetadataDto
    from ..models.register_in_fixed_asset_transaction_dto import RegisterInFixedAssetTransactionDto


T = TypeVar("T", bound="FixedAssetTransactionDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "ref_no",
    "line_no",
    "branch_id",
    "origin",
    "asset_id",
    "transaction_description",
    "book_id",
    "transaction_type",
    "accounts",
    "transaction_amount",
    "batch_no",
    "transaction_period_id",
    "transaction_date",
    "register",
    "last_modified_date_time",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class FixedAssetTransactionDto:
    """
    Attributes:
        ref_no (str | Unset): The referance number for this fixed asset transaction
        line_no (int | Unset): The line number of this fixed asset transaction
        branch_id (str | Unset): The branch id for this fixed asset transaction
        origin (FixedAssetTransactionDtoOrigin | Unset): The origin of this fixed asset transaction. Origin can be
        asset_id (str | Unset): The asset id this fixed asset transaction belongs to
        transaction_description (str | Unset): The description of this fixed asset transaction
        book_id (str | Unset): The book id for this fixed asset transaction
        transaction_type (FixedAssetTransactionDtoTransactionType | Unset): Type can be
        accounts (AccountsInFixedAssetTransactionDto | Unset): The accounts used in this fixed asset transaction
        transaction_amount (float | Unset): The amount of this fixed asset transaction
        batch_no (str | Unset): The batch number of the general ledger transaction for this fixed asset transaction
        transaction_period_id (str | Unset): The transaction period id for this fixed asset transaction
        transaction_date (datetime.datetime | Unset): The transaction date for this fixed asset transaction
        register (RegisterInFixedAssetTransactionDto | Unset): The registration details
        last_modified_date_time (datetime.datetime | Unset): A system generated date/time that indicates the last change
            for this fixed asset transaction
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    ref_no: str | Unset = UNSET
    line_no: int | Unset = UNSET
    branch_id: str | Unset = UNSET
    origin: FixedAssetTransactionDtoOrigin | Unset = UNSET
    asset_id: str | Unset = UNSET
    transaction_description: str | Unset = UNSET
    book_id: str | Unset = UNSET
    transaction_type: FixedAssetTransactionDtoTransactionType | Unset = UNSET
    accounts: AccountsInFixedAssetTransactionDto | Unset = UNSET
    transaction_amount: float | Unset = UNSET
    batch_no: str | Unset = UNSET
    transaction_period_id: str | Unset = UNSET
    transaction_date: datetime.datetime | Unset = UNSET
    register: RegisterInFixedAssetTransactionDto | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ref_no = self.ref_no

        line_no = self.line_no

        branch_id = self.branch_id

        origin: str | Unset = UNSET
        if not isinstance(self.origin, Unset):
            origin = self.origin

        asset_id = self.asset_id

        transaction_description = self.transaction_description

        book_id = self.book_id

        transaction_type: str | Unset = UNSET
        if not isinstance(self.transaction_type, Unset):
            transaction_type = self.transaction_type

        accounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = self.accounts.to_dict()

        transaction_amount = self.transaction_amount

        batch_no = self.batch_no

        transaction_period_id = self.transaction_period_id

        transaction_date: str | Unset = UNSET
        if not isinstance(self.transaction_date, Unset):
            transaction_date = self.transaction_date.isoformat()

        register: dict[str, Any] | Unset = UNSET
        if not isinstance(self.register, Unset):
            register = self.register.to_dict()

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
        if ref_no is not UNSET:
            field_dict["refNo"] = ref_no
        if line_no is not UNSET:
            field_dict["lineNo"] = line_no
        if branch_id is not UNSET:
            field_dict["branchID"] = branch_id
        if origin is not UNSET:
            field_dict["origin"] = origin
        if asset_id is not UNSET:
            field_dict["assetID"] = asset_id
        if transaction_description is not UNSET:
            field_dict["transactionDescription"] = transaction_description
        if book_id is not UNSET:
            field_dict["bookID"] = book_id
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if transaction_amount is not UNSET:
            field_dict["transactionAmount"] = transaction_amount
        if batch_no is not UNSET:
            field_dict["batchNo"] = batch_no
        if transaction_period_id is not UNSET:
            field_dict["transactionPeriodID"] = transaction_period_id
        if transaction_date is not UNSET:
            field_dict["transactionDate"] = transaction_date
        if register is not UNSET:
            field_dict["register"] = register
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
        _instance.ref_no = _rest.pop("refNo", UNSET)
        _instance.line_no = _rest.pop("lineNo", UNSET)
        _instance.branch_id = _rest.pop("branchID", UNSET)
        _instance.origin = _rest.pop("origin", UNSET)
        _instance.asset_id = _rest.pop("assetID", UNSET)
        _instance.transaction_description = _rest.pop("transactionDescription", UNSET)
        _instance.book_id = _rest.pop("bookID", UNSET)
        _instance.transaction_type = _rest.pop("transactionType", UNSET)
        _value = _rest.pop("accounts", UNSET)
        _instance.accounts = UNSET if _value is UNSET else _models.AccountsInFixedAssetTransactionDto.from_dict(_value)
        _instance.transaction_amount = _rest.pop("transactionAmount", UNSET)
        _instance.batch_no = _rest.pop("batchNo", UNSET)
        _instance.transaction_period_id = _rest.pop("transactionPeriodID", UNSET)
        _value = _rest.pop("transactionDate", UNSET)
        _instance.transaction_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("register", UNSET)
        _instance.register = UNSET if _value is UNSET else _models.RegisterInFixedAssetTransactionDto.from_dict(_value)
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
