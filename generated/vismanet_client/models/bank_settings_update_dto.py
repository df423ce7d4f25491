from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_address_1_in_bank_settings_update_dto import BankAddress1InBankSettingsUpdateDto
    from ..models.bank_address_2_in_bank_settings_update_dto import BankAddress2InBankSettingsUpdateDto
    from ..models.bank_address_3_in_bank_settings_update_dto import BankAddress3InBankSettingsUpdateDto
    from ..models.bank_country_in_bank_settings_update_dto import BankCountryInBankSettingsUpdateDto
    from ..models.bank_name_in_bank_settings_update_dto import BankNameInBankSettingsUpdateDto
    from ..models.bba_n2_in_bank_settings_update_dto import BbaN2InBankSettingsUpdateDto
    from ..models.bba_n3_in_bank_settings_update_dto import BbaN3InBankSettingsUpdateDto
    from ..models.bban_in_bank_settings_update_dto import BbanInBankSettingsUpdateDto
    from ..models.bic_in_bank_settings_update_dto import BicInBankSettingsUpdateDto
    from ..models.creditor_id_in_bank_settings_update_dto import CreditorIdInBankSettingsUpdateDto
    from ..models.iban_in_bank_settings_update_dto import IbanInBankSettingsUpdateDto


T = TypeVar("T", bound="BankSettingsUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "bank_name",
    "bank_address_1",
    "bank_address_2",
    "bank_address_3",
    "bank_country",
    "iban",
    "bban",
    "bba_n2",
    "bba_n3",
    "bic",
    "creditor_id",
)


@_attrs_define(repr=False)
class BankSettingsUpdateDto:
    """Bank settings update Dto

    Attributes:
        bank_name (BankNameInBankSettingsUpdateDto | Unset): Bank name
        bank_address_1 (BankAddress1InBankSettingsUpdateDto | Unset): Bank address 1
        bank_address_2 (BankAddress2InBankSettingsUpdateDto | Unset): Bank address 2
        bank_address_3 (BankAddress3InBankSettingsUpdateDto | Unset): Bank address 3
        bank_country (BankCountryInBankSettingsUpdateDto | Unset): Bank country
        iban (IbanInBankSettingsUpdateDto | Unset): IBAN
        bban (BbanInBankSettingsUpdateDto | Unset): BBAN
        bba_n2 (BbaN2InBankSettingsUpdateDto | Unset): BBAN 2
        bba_n3 (BbaN3InBankSettingsUpdateDto | Unset): BBAN 3
        bic (BicInBankSettingsUpdateDto | Unset): BIC
        creditor_id (CreditorIdInBankSettingsUpdateDto | Unset): Creditor Id
    """

    bank_name: BankNameInBankSettingsUpdateDto | Unset = UNSET
    bank_address_1: BankAddress1InBankSettingsUpdateDto | Unset = UNSET
    bank_address_2: BankAddress2InBankSettingsUpdateDto | Unset = UNSET
    bank_address_3: BankAddress3InBankSettingsUpdateDto | Unset = UNSET
    bank_country: BankCountryInBankSettingsUpdateDto | Unset = UNSET
    iban: IbanInBankSettingsUpdateDto | Unset = UNSET
    bban: BbanInBankSettingsUpdateDto | Unset = UNSET
    bba_n2: BbaN2InBankSettingsUpdateDto | Unset = UNSET
    bba_n3: BbaN3InBankSettingsUpdateDto | Unset = UNSET
    bic: BicInBankSettingsUpdateDto | Unset = UNSET
    creditor_id: CreditorIdInBankSettingsUpdateDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_name, Unset):
            bank_name = self.bank_name.to_dict()

        bank_address_1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_address_1, Unset):
            bank_address_1 = self.bank_address_1.to_dict()

        bank_address_2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_address_2, Unset):
            bank_address_2 = self.bank_address_2.to_dict()

        bank_address_3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_address_3, Unset):
            bank_address_3 = self.bank_address_3.to_dict()

        bank_country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_country, Unset):
            bank_country = self.bank_country.to_dict()

        iban: dict[str, Any] | Unset = UNSET
        if not isinstance(self.iban, Unset):
            iban = self.iban.to_dict()

        bban: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bban, Unset):
            bban = self.bban.to_dict()

        bba_n2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bba_n2, Unset):
            bba_n2 = self.bba_n2.to_dict()

        bba_n3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bba_n3, Unset):
            bba_n3 = self.bba_n3.to_dict()

        bic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bic, Unset):
            bic = self.bic.to_dict()

        creditor_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creditor_id, Unset):
            creditor_id = self.creditor_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank_name is not UNSET:
            field_dict["bankName"] = bank_name
        if bank_address_1 is not UNSET:
            field_dict["bankAddress1"] = bank_address_1
        if bank_address_2 is not UNSET:
            field_dict["bankAddress2"] = bank_address_2
        if bank_address_3 is not UNSET:
            field_dict["bankAddress3"] = bank_address_3
        if bank_country is not UNSET:
            field_dict["bankCountry"] = bank_country
        if iban is not UNSET:
            field_dict["iban"] = iban
        if bban is not UNSET:
            field_dict["bban"] = bban
        if bba_n2 is not UNSET:
            field_dict["bbaN2"] = bba_n2
        if bba_n3 is not UNSET:
            field_dict["bbaN3"] = bba_n3
        if bic is not UNSET:
            field_dict["bic"] = bic
        if creditor_id is not UNSET:
            field_dict["creditorId"] = creditor_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("bankName", UNSET)
        _instance.bank_name = UNSET if _value is UNSET else _models.BankNameInBankSettingsUpdateDto.from_dict(_value)
        _value = _rest.pop("bankAddress1", UNSET)
        _instance.bank_address_1 = (
            UNSET if _value is UNSET else _models.BankAddress1InBankSettingsUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("bankAddress2", UNSET)
        _instance.bank_address_2 = (
            UNSET if _value is UNSET else _models.BankAddress2InBankSettingsUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("bankAddress3", UNSET)
        _instance.bank_address_3 = (
            UNSET if _value is UNSET else _models.BankAddress3InBankSettingsUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("bankCountry", UNSET)
        _instance.bank_country = (
            UNSET if _value is UNSET else _models.BankCountryInBankSettingsUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("iban", UNSET)
        _instance.iban = UNSET if _value is UNSET else _models.IbanInBankSettingsUpdateDto.from_dict(_value)
        _value = _rest.pop("bban", UNSET)
        _instance.bban = UNSET if _value is UNSET else _models.BbanInBankSettingsUpdateDto.from_dict(_value)
        _value = _rest.pop("bbaN2", UNSET)
        _instance.bba_n2 = UNSET if _value is UNSET else _models.BbaN2InBankSettingsUpdateDto.from_dict(_value)
        _value = _rest.pop("bbaN3", UNSET)
        _instance.bba_n3 = UNSET if _value is UNSET else _models.BbaN3InBankSettingsUpdateDto.from_dict(_value)
        _value = _rest.pop("bic", UNSET)
        _instance.bic = UNSET if _value is UNSET else _models.BicInBankSettingsUpdateDto.from_dict(_value)
        _value = _rest.pop("creditorId", UNSET)
        _instance.creditor_id = (
            UNSET if _value is UNSET else _models.CreditorIdInBankSettingsUpdateDto.from_dict(_value)
        )
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
