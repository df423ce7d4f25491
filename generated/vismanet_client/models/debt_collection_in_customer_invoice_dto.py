from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

T = TypeVar("T", bound="DebtCollectionInCustomerInvoiceDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "case_number",
    "case_type",
    "case_status",
    "case_url",
)


@_attrs_define(repr=False)
class DebtCollectionInCustomerInvoiceDto(GeneratedModel):
    """Debt Collection information

    Attributes:
        case_number (str | Unset): Debt Collection Case Number
        case_type (str | Unset): Debt Collection Case Number
        case_status (str | Unset): Debt Collection Case Number
        case_url (str | Unset): Debt Collection Case Number
    """

    case_number: str | Unset | None = UNSET
    case_type: str | Unset | None = UNSET
    case_status: str | Unset | None = UNSET
    case_url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.case_number
        if _value is not UNSET:
            field_dict["caseNumber"] = _value
        _value = self.case_type
        if _value is not UNSET:
            field_dict["caseType"] = _value
        _value = self.case_status
        if _value is not UNSET:
            field_dict["caseStatus"] = _value
        _value = self.case_url
        if _value is not UNSET:
            field_dict["caseUrl"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not DebtCollectionInCustomerInvoiceDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.case_number = _rest.pop("caseNumber", UNSET)
        self.case_type = _rest.pop("caseType", UNSET)
        self.case_status = _rest.pop("caseStatus", UNSET)
        self.case_url = _rest.pop("caseUrl", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("case_number", "caseNumber", False, "str"),
        ("case_type", "caseType", False, "str"),
        ("case_status", "caseStatus", False, "str"),
        ("case_url", "caseUrl", False, "str"),
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


_Lazy = _lazy_twin(DebtCollectionInCustomerInvoiceDto)
