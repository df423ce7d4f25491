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
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class FixedAssetTransactionDto(GeneratedModel):
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

    ref_no: str | Unset | None = UNSET
    line_no: int | Unset | None = UNSET
    branch_id: str | Unset | None = UNSET
    origin: FixedAssetTransactionDtoOrigin | Unset | None = UNSET
    asset_id: str | Unset | None = UNSET
    transaction_description: str | Unset | None = UNSET
    book_id: str | Unset | None = UNSET
    transaction_type: FixedAssetTransactionDtoTransactionType | Unset | None = UNSET
    accounts: AccountsInFixedAssetTransactionDto | Unset | None = UNSET
    transaction_amount: float | Unset | None = UNSET
    batch_no: str | Unset | None = UNSET
    transaction_period_id: str | Unset | None = UNSET
    transaction_date: datetime.datetime | Unset | None = UNSET
    register: RegisterInFixedAssetTransactionDto | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.ref_no
        if _value is not UNSET:
            field_dict["refNo"] = _value
        _value = self.line_no
        if _value is not UNSET:
            field_dict["lineNo"] = _value
        _value = self.branch_id
        if _value is not UNSET:
            field_dict["branchID"] = _value
        _value = self.origin
        if _value is not UNSET:
            field_dict["origin"] = _value
        _value = self.asset_id
        if _value is not UNSET:
            field_dict["assetID"] = _value
        _value = self.transaction_description
        if _value is not UNSET:
            field_dict["transactionDescription"] = _value
        _value = self.book_id
        if _value is not UNSET:
            field_dict["bookID"] = _value
        _value = self.transaction_type
        if _value is not UNSET:
            field_dict["transactionType"] = _value
        _value = self.accounts
        if _value is not UNSET:
            field_dict["accounts"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.transaction_amount
        if _value is not UNSET:
            field_dict["transactionAmount"] = _value
        _value = self.batch_no
        if _value is not UNSET:
            field_dict["batchNo"] = _value
        _value = self.transaction_period_id
        if _value is not UNSET:
            field_dict["transactionPeriodID"] = _value
        _value = self.transaction_date
        if _value is not UNSET:
            field_dict["transactionDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.register
        if _value is not UNSET:
            field_dict["register"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        if cls is not FixedAssetTransactionDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.ref_no = _rest.pop("refNo", UNSET)
        self.line_no = _rest.pop("lineNo", UNSET)
        self.branch_id = _rest.pop("branchID", UNSET)
        self.origin = _rest.pop("origin", UNSET)
        self.asset_id = _rest.pop("assetID", UNSET)
        self.transaction_description = _rest.pop("transactionDescription", UNSET)
        self.book_id = _rest.pop("bookID", UNSET)
        self.transaction_type = _rest.pop("transactionType", UNSET)
        _value = _rest.pop("accounts", UNSET)
        self.accounts = (
            _models.AccountsInFixedAssetTransactionDto._vn_fill(
                _new(_models.AccountsInFixedAssetTransactionDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.transaction_amount = _rest.pop("transactionAmount", UNSET)
        self.batch_no = _rest.pop("batchNo", UNSET)
        self.transaction_period_id = _rest.pop("transactionPeriodID", UNSET)
        _value = _rest.pop("transactionDate", UNSET)
        self.transaction_date = _parse_datetime(_value)
        _value = _rest.pop("register", UNSET)
        self.register = (
            _models.RegisterInFixedAssetTransactionDto._vn_fill(
                _new(_models.RegisterInFixedAssetTransactionDto), _value
            )
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
        ("ref_no", "refNo", False, "str"),
        ("line_no", "lineNo", False, "int"),
        ("branch_id", "branchID", False, "str"),
        ("origin", "origin", False, "str"),
        ("asset_id", "assetID", False, "str"),
        ("transaction_description", "transactionDescription", False, "str"),
        ("book_id", "bookID", False, "str"),
        ("transaction_type", "transactionType", False, "str"),
        ("accounts", "accounts", False, ("model", "AccountsInFixedAssetTransactionDto")),
        ("transaction_amount", "transactionAmount", False, "float"),
        ("batch_no", "batchNo", False, "str"),
        ("transaction_period_id", "transactionPeriodID", False, "str"),
        ("transaction_date", "transactionDate", False, "datetime"),
        ("register", "register", False, ("model", "RegisterInFixedAssetTransactionDto")),
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


_Lazy = _lazy_twin(FixedAssetTransactionDto)
