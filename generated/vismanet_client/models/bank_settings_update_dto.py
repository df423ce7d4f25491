from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class BankSettingsUpdateDto(GeneratedModel):
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

    bank_name: BankNameInBankSettingsUpdateDto | Unset | None = UNSET
    bank_address_1: BankAddress1InBankSettingsUpdateDto | Unset | None = UNSET
    bank_address_2: BankAddress2InBankSettingsUpdateDto | Unset | None = UNSET
    bank_address_3: BankAddress3InBankSettingsUpdateDto | Unset | None = UNSET
    bank_country: BankCountryInBankSettingsUpdateDto | Unset | None = UNSET
    iban: IbanInBankSettingsUpdateDto | Unset | None = UNSET
    bban: BbanInBankSettingsUpdateDto | Unset | None = UNSET
    bba_n2: BbaN2InBankSettingsUpdateDto | Unset | None = UNSET
    bba_n3: BbaN3InBankSettingsUpdateDto | Unset | None = UNSET
    bic: BicInBankSettingsUpdateDto | Unset | None = UNSET
    creditor_id: CreditorIdInBankSettingsUpdateDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.bank_name
        if _value is not UNSET:
            field_dict["bankName"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.bank_address_1
        if _value is not UNSET:
            field_dict["bankAddress1"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.bank_address_2
        if _value is not UNSET:
            field_dict["bankAddress2"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.bank_address_3
        if _value is not UNSET:
            field_dict["bankAddress3"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.bank_country
        if _value is not UNSET:
            field_dict["bankCountry"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.iban
        if _value is not UNSET:
            field_dict["iban"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.bban
        if _value is not UNSET:
            field_dict["bban"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.bba_n2
        if _value is not UNSET:
            field_dict["bbaN2"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.bba_n3
        if _value is not UNSET:
            field_dict["bbaN3"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.bic
        if _value is not UNSET:
            field_dict["bic"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.creditor_id
        if _value is not UNSET:
            field_dict["creditorId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not BankSettingsUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("bankName", UNSET)
        self.bank_name = (
            _models.BankNameInBankSettingsUpdateDto._vn_fill(_new(_models.BankNameInBankSettingsUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("bankAddress1", UNSET)
        self.bank_address_1 = (
            _models.BankAddress1InBankSettingsUpdateDto._vn_fill(
                _new(_models.BankAddress1InBankSettingsUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("bankAddress2", UNSET)
        self.bank_address_2 = (
            _models.BankAddress2InBankSettingsUpdateDto._vn_fill(
                _new(_models.BankAddress2InBankSettingsUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("bankAddress3", UNSET)
        self.bank_address_3 = (
            _models.BankAddress3InBankSettingsUpdateDto._vn_fill(
                _new(_models.BankAddress3InBankSettingsUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("bankCountry", UNSET)
        self.bank_country = (
            _models.BankCountryInBankSettingsUpdateDto._vn_fill(
                _new(_models.BankCountryInBankSettingsUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("iban", UNSET)
        self.iban = (
            _models.IbanInBankSettingsUpdateDto._vn_fill(_new(_models.IbanInBankSettingsUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("bban", UNSET)
        self.bban = (
            _models.BbanInBankSettingsUpdateDto._vn_fill(_new(_models.BbanInBankSettingsUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("bbaN2", UNSET)
        self.bba_n2 = (
            _models.BbaN2InBankSettingsUpdateDto._vn_fill(_new(_models.BbaN2InBankSettingsUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("bbaN3", UNSET)
        self.bba_n3 = (
            _models.BbaN3InBankSettingsUpdateDto._vn_fill(_new(_models.BbaN3InBankSettingsUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("bic", UNSET)
        self.bic = (
            _models.BicInBankSettingsUpdateDto._vn_fill(_new(_models.BicInBankSettingsUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("creditorId", UNSET)
        self.creditor_id = (
            _models.CreditorIdInBankSettingsUpdateDto._vn_fill(_new(_models.CreditorIdInBankSettingsUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("bank_name", "bankName", False, ("model", "BankNameInBankSettingsUpdateDto")),
        ("bank_address_1", "bankAddress1", False, ("model", "BankAddress1InBankSettingsUpdateDto")),
        ("bank_address_2", "bankAddress2", False, ("model", "BankAddress2InBankSettingsUpdateDto")),
        ("bank_address_3", "bankAddress3", False, ("model", "BankAddress3InBankSettingsUpdateDto")),
        ("bank_country", "bankCountry", False, ("model", "BankCountryInBankSettingsUpdateDto")),
        ("iban", "iban", False, ("model", "IbanInBankSettingsUpdateDto")),
        ("bban", "bban", False, ("model", "BbanInBankSettingsUpdateDto")),
        ("bba_n2", "bbaN2", False, ("model", "BbaN2InBankSettingsUpdateDto")),
        ("bba_n3", "bbaN3", False, ("model", "BbaN3InBankSettingsUpdateDto")),
        ("bic", "bic", False, ("model", "BicInBankSettingsUpdateDto")),
        ("creditor_id", "creditorId", False, ("model", "CreditorIdInBankSettingsUpdateDto")),
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


_Lazy = _lazy_twin(BankSettingsUpdateDto)
