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
    from ..models.contract_usage_line_dto import ContractUsageLineDto


T = TypeVar("T", bound="ContractUsageDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "contract",
    "transaction",
    "last_modified_date_time",
)


@_attrs_define(repr=False)
class ContractUsageDto(GeneratedModel):
    """
    Attributes:
        contract (str | Unset):
        transaction (list[ContractUsageLineDto] | Unset): Transactions not yet invoiced tab or Transaction history tab
        last_modified_date_time (datetime.datetime | Unset):
    """

    contract: str | Unset | None = UNSET
    transaction: list[ContractUsageLineDto] | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.contract
        if _value is not UNSET:
            field_dict["contract"] = _value
        _value = self.transaction
        if _value is not UNSET:
            field_dict["transaction"] = (
                [
                    transaction_item_data.to_dict()
                    if isinstance(transaction_item_data, GeneratedModel)
                    else transaction_item_data
                    for transaction_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ContractUsageDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.contract = _rest.pop("contract", UNSET)
        _value = _rest.pop("transaction", UNSET)
        self.transaction = (
            [
                _models.ContractUsageLineDto._vn_fill(_new(_models.ContractUsageLineDto), transaction_item_data)
                if isinstance(transaction_item_data, dict)
                else transaction_item_data
                for transaction_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("contract", "contract", False, "str"),
        ("transaction", "transaction", False, ("list", ("model", "ContractUsageLineDto"))),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
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


_Lazy = _lazy_twin(ContractUsageDto)
