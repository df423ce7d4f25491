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
from ..types import UNSET, Unset

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
class DeferralCodeDto:
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

    deferral_code: str | Unset = UNSET
    description: str | Unset = UNSET
    deferred_revenue_from_item: bool | Unset = UNSET
    recognition_method: DeferralCodeDtoRecognitionMethod | Unset = UNSET
    code_type: DeferralCodeDtoCodeType | Unset = UNSET
    deferral_account: DeferralAccountInDeferralCodeDto | Unset = UNSET
    deferral_sub: DeferralSubInDeferralCodeDto | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deferral_code = self.deferral_code

        description = self.description

        deferred_revenue_from_item = self.deferred_revenue_from_item

        recognition_method: str | Unset = UNSET
        if not isinstance(self.recognition_method, Unset):
            recognition_method = self.recognition_method

        code_type: str | Unset = UNSET
        if not isinstance(self.code_type, Unset):
            code_type = self.code_type

        deferral_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deferral_account, Unset):
            deferral_account = self.deferral_account.to_dict()

        deferral_sub: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deferral_sub, Unset):
            deferral_sub = self.deferral_sub.to_dict()

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deferral_code is not UNSET:
            field_dict["deferralCode"] = deferral_code
        if description is not UNSET:
            field_dict["description"] = description
        if deferred_revenue_from_item is not UNSET:
            field_dict["deferredRevenueFromItem"] = deferred_revenue_from_item
        if recognition_method is not UNSET:
            field_dict["recognitionMethod"] = recognition_method
        if code_type is not UNSET:
            field_dict["codeType"] = code_type
        if deferral_account is not UNSET:
            field_dict["deferralAccount"] = deferral_account
        if deferral_sub is not UNSET:
            field_dict["deferralSub"] = deferral_sub
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
        _instance.deferral_code = _rest.pop("deferralCode", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.deferred_revenue_from_item = _rest.pop("deferredRevenueFromItem", UNSET)
        _instance.recognition_method = _rest.pop("recognitionMethod", UNSET)
        _instance.code_type = _rest.pop("codeType", UNSET)
        _value = _rest.pop("deferralAccount", UNSET)
        _instance.deferral_account = (
            UNSET if _value is UNSET else _models.DeferralAccountInDeferralCodeDto.from_dict(_value)
        )
        _value = _rest.pop("deferralSub", UNSET)
        _instance.deferral_sub = UNSET if _value is UNSET else _models.DeferralSubInDeferralCodeDto.from_dict(_value)
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
