from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.account_number_description_dto_type import (
    AccountNumberDescriptionDtoType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_code_number_description_dto import ExternalCodeNumberDescriptionDto


T = TypeVar("T", bound="AccountNumberDescriptionDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "type_",
    "external_code_1",
    "external_code_2",
    "external_code_1_info",
    "external_code_2_info",
    "gl_consol_account_cd",
    "number",
    "description",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.type_ = _rest.pop("type", UNSET)
        _instance.external_code_1 = _rest.pop("externalCode1", UNSET)
        _instance.external_code_2 = _rest.pop("externalCode2", UNSET)
        _value = _rest.pop("externalCode1Info", UNSET)
        _instance.external_code_1_info = (
            UNSET if _value is UNSET else _models.ExternalCodeNumberDescriptionDto.from_dict(_value)
        )
        _value = _rest.pop("externalCode2Info", UNSET)
        _instance.external_code_2_info = (
            UNSET if _value is UNSET else _models.ExternalCodeNumberDescriptionDto.from_dict(_value)
        )
        _instance.gl_consol_account_cd = _rest.pop("glConsolAccountCD", UNSET)
        _instance.number = _rest.pop("number", UNSET)
        _instance.description = _rest.pop("description", UNSET)
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
