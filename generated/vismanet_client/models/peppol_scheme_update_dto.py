from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="PeppolSchemeUpdateDto")


@_attrs_define
class PeppolSchemeUpdateDto:
    """
    Attributes:
        endpoint (DtoValueOfString | Unset):
        party_identification (DtoValueOfString | Unset):
        party_legal (DtoValueOfString | Unset):
    """

    endpoint: DtoValueOfString | Unset = UNSET
    party_identification: DtoValueOfString | Unset = UNSET
    party_legal: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.endpoint, Unset):
            endpoint = self.endpoint.to_dict()

        party_identification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.party_identification, Unset):
            party_identification = self.party_identification.to_dict()

        party_legal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.party_legal, Unset):
            party_legal = self.party_legal.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if party_identification is not UNSET:
            field_dict["partyIdentification"] = party_identification
        if party_legal is not UNSET:
            field_dict["partyLegal"] = party_legal

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _endpoint = d.pop("endpoint", UNSET)
        endpoint: DtoValueOfString | Unset
        if isinstance(_endpoint, Unset):
            endpoint = UNSET
        else:
            endpoint = DtoValueOfString.from_dict(_endpoint)

        _party_identification = d.pop("partyIdentification", UNSET)
        party_identification: DtoValueOfString | Unset
        if isinstance(_party_identification, Unset):
            party_identification = UNSET
        else:
            party_identification = DtoValueOfString.from_dict(_party_identification)

        _party_legal = d.pop("partyLegal", UNSET)
        party_legal: DtoValueOfString | Unset
        if isinstance(_party_legal, Unset):
            party_legal = UNSET
        else:
            party_legal = DtoValueOfString.from_dict(_party_legal)

        peppol_scheme_update_dto = cls(
            endpoint=endpoint,
            party_identification=party_identification,
            party_legal=party_legal,
        )

        peppol_scheme_update_dto.additional_properties = d
        return peppol_scheme_update_dto

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
