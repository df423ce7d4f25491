from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deferral_code_dto_code_type import DeferralCodeDtoCodeType, check_deferral_code_dto_code_type
from ..models.deferral_code_dto_recognition_method import (
    DeferralCodeDtoRecognitionMethod,
    check_deferral_code_dto_recognition_method,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deferral_account_in_deferral_code_dto import DeferralAccountInDeferralCodeDto
    from ..models.deferral_sub_in_deferral_code_dto import DeferralSubInDeferralCodeDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="DeferralCodeDto")


@_attrs_define
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
        from ..models.deferral_account_in_deferral_code_dto import DeferralAccountInDeferralCodeDto
        from ..models.deferral_sub_in_deferral_code_dto import DeferralSubInDeferralCodeDto
        from ..models.metadata_dto import MetadataDto

        d = dict(src_dict)
        deferral_code = d.pop("deferralCode", UNSET)

        description = d.pop("description", UNSET)

        deferred_revenue_from_item = d.pop("deferredRevenueFromItem", UNSET)

        _recognition_method = d.pop("recognitionMethod", UNSET)
        recognition_method: DeferralCodeDtoRecognitionMethod | Unset
        if isinstance(_recognition_method, Unset):
            recognition_method = UNSET
        else:
            recognition_method = check_deferral_code_dto_recognition_method(_recognition_method)

        _code_type = d.pop("codeType", UNSET)
        code_type: DeferralCodeDtoCodeType | Unset
        if isinstance(_code_type, Unset):
            code_type = UNSET
        else:
            code_type = check_deferral_code_dto_code_type(_code_type)

        _deferral_account = d.pop("deferralAccount", UNSET)
        deferral_account: DeferralAccountInDeferralCodeDto | Unset
        if isinstance(_deferral_account, Unset):
            deferral_account = UNSET
        else:
            deferral_account = DeferralAccountInDeferralCodeDto.from_dict(_deferral_account)

        _deferral_sub = d.pop("deferralSub", UNSET)
        deferral_sub: DeferralSubInDeferralCodeDto | Unset
        if isinstance(_deferral_sub, Unset):
            deferral_sub = UNSET
        else:
            deferral_sub = DeferralSubInDeferralCodeDto.from_dict(_deferral_sub)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        deferral_code_dto = cls(
            deferral_code=deferral_code,
            description=description,
            deferred_revenue_from_item=deferred_revenue_from_item,
            recognition_method=recognition_method,
            code_type=code_type,
            deferral_account=deferral_account,
            deferral_sub=deferral_sub,
            error_info=error_info,
            metadata=metadata,
        )

        deferral_code_dto.additional_properties = d
        return deferral_code_dto

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
