from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_number_description_dto_type import (
    AccountNumberDescriptionDtoType,
    check_account_number_description_dto_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_code_number_description_dto import ExternalCodeNumberDescriptionDto


T = TypeVar("T", bound="AccountNumberDescriptionDto")


@_attrs_define
class AccountNumberDescriptionDto:
    """
    Attributes:
        type_ (AccountNumberDescriptionDtoType | Unset):
        external_code_1 (str | Unset): ExternalCode1 is deprecated, please use ExternalCode1Info instead.
        external_code_2 (str | Unset): ExternalCode2 is deprecated, please use ExternalCode2Info instead.
        external_code_1_info (ExternalCodeNumberDescriptionDto | Unset):
        external_code_2_info (ExternalCodeNumberDescriptionDto | Unset):
        gl_consol_account_cd (str | Unset):
        number (str | Unset): Number of item
        description (str | Unset): Name of item/description
    """

    type_: AccountNumberDescriptionDtoType | Unset = UNSET
    external_code_1: str | Unset = UNSET
    external_code_2: str | Unset = UNSET
    external_code_1_info: ExternalCodeNumberDescriptionDto | Unset = UNSET
    external_code_2_info: ExternalCodeNumberDescriptionDto | Unset = UNSET
    gl_consol_account_cd: str | Unset = UNSET
    number: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        external_code_1 = self.external_code_1

        external_code_2 = self.external_code_2

        external_code_1_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_code_1_info, Unset):
            external_code_1_info = self.external_code_1_info.to_dict()

        external_code_2_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_code_2_info, Unset):
            external_code_2_info = self.external_code_2_info.to_dict()

        gl_consol_account_cd = self.gl_consol_account_cd

        number = self.number

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if external_code_1 is not UNSET:
            field_dict["externalCode1"] = external_code_1
        if external_code_2 is not UNSET:
            field_dict["externalCode2"] = external_code_2
        if external_code_1_info is not UNSET:
            field_dict["externalCode1Info"] = external_code_1_info
        if external_code_2_info is not UNSET:
            field_dict["externalCode2Info"] = external_code_2_info
        if gl_consol_account_cd is not UNSET:
            field_dict["glConsolAccountCD"] = gl_consol_account_cd
        if number is not UNSET:
            field_dict["number"] = number
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.external_code_number_description_dto import ExternalCodeNumberDescriptionDto

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: AccountNumberDescriptionDtoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_account_number_description_dto_type(_type_)

        external_code_1 = d.pop("externalCode1", UNSET)

        external_code_2 = d.pop("externalCode2", UNSET)

        _external_code_1_info = d.pop("externalCode1Info", UNSET)
        external_code_1_info: ExternalCodeNumberDescriptionDto | Unset
        if isinstance(_external_code_1_info, Unset):
            external_code_1_info = UNSET
        else:
            external_code_1_info = ExternalCodeNumberDescriptionDto.from_dict(_external_code_1_info)

        _external_code_2_info = d.pop("externalCode2Info", UNSET)
        external_code_2_info: ExternalCodeNumberDescriptionDto | Unset
        if isinstance(_external_code_2_info, Unset):
            external_code_2_info = UNSET
        else:
            external_code_2_info = ExternalCodeNumberDescriptionDto.from_dict(_external_code_2_info)

        gl_consol_account_cd = d.pop("glConsolAccountCD", UNSET)

        number = d.pop("number", UNSET)

        description = d.pop("description", UNSET)

        account_number_description_dto = cls(
            type_=type_,
            external_code_1=external_code_1,
            external_code_2=external_code_2,
            external_code_1_info=external_code_1_info,
            external_code_2_info=external_code_2_info,
            gl_consol_account_cd=gl_consol_account_cd,
            number=number,
            description=description,
        )

        account_number_description_dto.additional_properties = d
        return account_number_description_dto

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
