from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="ContactInEmployeeUpdateDto")


@_attrs_define
class ContactInEmployeeUpdateDto:
    """General information tab &gt; Contact section &gt;

    Attributes:
        first_name (DtoValueOfString | Unset):
        last_name (DtoValueOfString | Unset):
        middle_name (DtoValueOfString | Unset):
        email (DtoValueOfString | Unset):
        phone1 (DtoValueOfString | Unset):
        phone2 (DtoValueOfString | Unset):
        phone3 (DtoValueOfString | Unset):
        fax (DtoValueOfString | Unset):
    """

    first_name: DtoValueOfString | Unset = UNSET
    last_name: DtoValueOfString | Unset = UNSET
    middle_name: DtoValueOfString | Unset = UNSET
    email: DtoValueOfString | Unset = UNSET
    phone1: DtoValueOfString | Unset = UNSET
    phone2: DtoValueOfString | Unset = UNSET
    phone3: DtoValueOfString | Unset = UNSET
    fax: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.first_name, Unset):
            first_name = self.first_name.to_dict()

        last_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_name, Unset):
            last_name = self.last_name.to_dict()

        middle_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.middle_name, Unset):
            middle_name = self.middle_name.to_dict()

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        phone1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone1, Unset):
            phone1 = self.phone1.to_dict()

        phone2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone2, Unset):
            phone2 = self.phone2.to_dict()

        phone3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone3, Unset):
            phone3 = self.phone3.to_dict()

        fax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fax, Unset):
            fax = self.fax.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone1 is not UNSET:
            field_dict["phone1"] = phone1
        if phone2 is not UNSET:
            field_dict["phone2"] = phone2
        if phone3 is not UNSET:
            field_dict["phone3"] = phone3
        if fax is not UNSET:
            field_dict["fax"] = fax

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _first_name = d.pop("firstName", UNSET)
        first_name: DtoValueOfString | Unset
        if isinstance(_first_name, Unset):
            first_name = UNSET
        else:
            first_name = DtoValueOfString.from_dict(_first_name)

        _last_name = d.pop("lastName", UNSET)
        last_name: DtoValueOfString | Unset
        if isinstance(_last_name, Unset):
            last_name = UNSET
        else:
            last_name = DtoValueOfString.from_dict(_last_name)

        _middle_name = d.pop("middleName", UNSET)
        middle_name: DtoValueOfString | Unset
        if isinstance(_middle_name, Unset):
            middle_name = UNSET
        else:
            middle_name = DtoValueOfString.from_dict(_middle_name)

        _email = d.pop("email", UNSET)
        email: DtoValueOfString | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = DtoValueOfString.from_dict(_email)

        _phone1 = d.pop("phone1", UNSET)
        phone1: DtoValueOfString | Unset
        if isinstance(_phone1, Unset):
            phone1 = UNSET
        else:
            phone1 = DtoValueOfString.from_dict(_phone1)

        _phone2 = d.pop("phone2", UNSET)
        phone2: DtoValueOfString | Unset
        if isinstance(_phone2, Unset):
            phone2 = UNSET
        else:
            phone2 = DtoValueOfString.from_dict(_phone2)

        _phone3 = d.pop("phone3", UNSET)
        phone3: DtoValueOfString | Unset
        if isinstance(_phone3, Unset):
            phone3 = UNSET
        else:
            phone3 = DtoValueOfString.from_dict(_phone3)

        _fax = d.pop("fax", UNSET)
        fax: DtoValueOfString | Unset
        if isinstance(_fax, Unset):
            fax = UNSET
        else:
            fax = DtoValueOfString.from_dict(_fax)

        contact_in_employee_update_dto = cls(
            first_name=first_name,
            last_name=last_name,
            middle_name=middle_name,
            email=email,
            phone1=phone1,
            phone2=phone2,
            phone3=phone3,
            fax=fax,
        )

        contact_in_employee_update_dto.additional_properties = d
        return contact_in_employee_update_dto

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
