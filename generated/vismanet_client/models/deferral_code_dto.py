from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.deferral_code_dto_code_type import DeferralCodeDtoCodeType
from ..models.deferral_code_dto_recognition_method import (
    DeferralCodeDtoRecognitionMethod,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.deferral_account_in_deferral_code_dto import DeferralAccountInDeferralCodeDto
    from ..models.deferral_sub_in_deferral_code_dto import DeferralSubInDeferralCodeDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="DeferralCodeDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "deferral_code",
    "description",
    "deferred_revenue_from_item",
    "recognition_method",
    "code_type",
    "deferral_account",
    "deferral_sub",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class DeferralCodeDto(GeneratedModel):
    """
    Attributes:
        deferral_code (str | Unset): Mandatory field: Deferral code* &gt; 	The unique code for the deferral type.
        description (str | Unset): Description &gt; The description of the deferral code.
        deferred_revenue_from_item (bool | Unset): Deferred revenue from item &gt; When this check box is selected, the
            deferred revenue of the code will be retrieved from the connected item.
        recognition_method (DeferralCodeDtoRecognitionMethod | Unset): Recognition method &gt; The method used to
            distribute the document amount over the periods.
        code_type (DeferralCodeDtoCodeType | Unset): Code type &gt; The type of the deferral code.
        deferral_account (DeferralAccountInDeferralCodeDto | Unset): Deferral account &gt; The account used to hold the
            deferred amount until it is fully recognised.
        deferral_sub (DeferralSubInDeferralCodeDto | Unset): Deferral sub &gt; The corresponding subaccount.
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    deferral_code: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    deferred_revenue_from_item: bool | Unset | None = UNSET
    recognition_method: DeferralCodeDtoRecognitionMethod | Unset | None = UNSET
    code_type: DeferralCodeDtoCodeType | Unset | None = UNSET
    deferral_account: DeferralAccountInDeferralCodeDto | Unset | None = UNSET
    deferral_sub: DeferralSubInDeferralCodeDto | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.deferral_code
        if _value is not UNSET:
            field_dict["deferralCode"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.deferred_revenue_from_item
        if _value is not UNSET:
            field_dict["deferredRevenueFromItem"] = _value
        _value = self.recognition_method
        if _value is not UNSET:
            field_dict["recognitionMethod"] = _value
        _value = self.code_type
        if _value is not UNSET:
            field_dict["codeType"] = _value
        _value = self.deferral_account
        if _value is not UNSET:
            field_dict["deferralAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.deferral_sub
        if _value is not UNSET:
            field_dict["deferralSub"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        if cls is not DeferralCodeDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.deferral_code = _rest.pop("deferralCode", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.deferred_revenue_from_item = _rest.pop("deferredRevenueFromItem", UNSET)
        self.recognition_method = _rest.pop("recognitionMethod", UNSET)
        self.code_type = _rest.pop("codeType", UNSET)
        _value = _rest.pop("deferralAccount", UNSET)
        self.deferral_account = (
            _models.DeferralAccountInDeferralCodeDto._vn_fill(_new(_models.DeferralAccountInDeferralCodeDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("deferralSub", UNSET)
        self.deferral_sub = (
            _models.DeferralSubInDeferralCodeDto._vn_fill(_new(_models.DeferralSubInDeferralCodeDto), _value)
            if isinstance(_value, dict)
            else _value
        )
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
        ("deferral_code", "deferralCode", False, "str"),
        ("description", "description", False, "str"),
        ("deferred_revenue_from_item", "deferredRevenueFromItem", False, "bool"),
        ("recognition_method", "recognitionMethod", False, "str"),
        ("code_type", "codeType", False, "str"),
        ("deferral_account", "deferralAccount", False, ("model", "DeferralAccountInDeferralCodeDto")),
        ("deferral_sub", "deferralSub", False, ("model", "DeferralSubInDeferralCodeDto")),
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


_Lazy = _lazy_twin(DeferralCodeDto)
