from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.customer_direct_debit_update_dto_operation import (
    CustomerDirectDebitUpdateDtoOperation,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_uuid as _parse_uuid
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="CustomerDirectDebitUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
    "id",
    "mandate_id",
    "mandate_description",
    "date_of_signature",
    "is_default",
    "one_time",
    "bic",
    "iban",
    "last_collection_date",
    "max_amount",
    "expiration_date",
    "branch",
)


@_attrs_define(repr=False)
class CustomerDirectDebitUpdateDto(GeneratedModel):
    """
    Attributes:
        operation (CustomerDirectDebitUpdateDtoOperation | Unset):
        id (UUID | Unset):
        mandate_id (DtoValueOfString | Unset):
        mandate_description (DtoValueOfString | Unset):
        date_of_signature (DtoValueOfNullableOfDateTime | Unset):
        is_default (DtoValueOfNullableOfBoolean | Unset):
        one_time (DtoValueOfNullableOfBoolean | Unset):
        bic (DtoValueOfString | Unset):
        iban (DtoValueOfString | Unset):
        last_collection_date (DtoValueOfNullableOfDateTime | Unset):
        max_amount (DtoValueOfNullableOfDecimal | Unset):
        expiration_date (DtoValueOfNullableOfDateTime | Unset):
        branch (DtoValueOfString | Unset):
    """

    operation: CustomerDirectDebitUpdateDtoOperation | Unset | None = UNSET
    id: UUID | Unset | None = UNSET
    mandate_id: DtoValueOfString | Unset | None = UNSET
    mandate_description: DtoValueOfString | Unset | None = UNSET
    date_of_signature: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    is_default: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    one_time: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    bic: DtoValueOfString | Unset | None = UNSET
    iban: DtoValueOfString | Unset | None = UNSET
    last_collection_date: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    max_amount: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    expiration_date: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    branch: DtoValueOfString | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.operation
        if _value is not UNSET:
            field_dict["operation"] = _value
        _value = self.id
        if _value is not UNSET:
            field_dict["id"] = str(_value) if isinstance(_value, UUID) else _value
        _value = self.mandate_id
        if _value is not UNSET:
            field_dict["mandateId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.mandate_description
        if _value is not UNSET:
            field_dict["mandateDescription"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.date_of_signature
        if _value is not UNSET:
            field_dict["dateOfSignature"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.is_default
        if _value is not UNSET:
            field_dict["isDefault"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.one_time
        if _value is not UNSET:
            field_dict["oneTime"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.bic
        if _value is not UNSET:
            field_dict["bic"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.iban
        if _value is not UNSET:
            field_dict["iban"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.last_collection_date
        if _value is not UNSET:
            field_dict["lastCollectionDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.max_amount
        if _value is not UNSET:
            field_dict["maxAmount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.expiration_date
        if _value is not UNSET:
            field_dict["expirationDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not CustomerDirectDebitUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("id", UNSET)
        self.id = _parse_uuid(_value)
        _value = _rest.pop("mandateId", UNSET)
        self.mandate_id = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("mandateDescription", UNSET)
        self.mandate_description = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("dateOfSignature", UNSET)
        self.date_of_signature = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("isDefault", UNSET)
        self.is_default = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("oneTime", UNSET)
        self.one_time = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("bic", UNSET)
        self.bic = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("iban", UNSET)
        self.iban = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("lastCollectionDate", UNSET)
        self.last_collection_date = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("maxAmount", UNSET)
        self.max_amount = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expirationDate", UNSET)
        self.expiration_date = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("operation", "operation", False, "str"),
        ("id", "id", False, "uuid"),
        ("mandate_id", "mandateId", False, ("model", "DtoValueOfString")),
        ("mandate_description", "mandateDescription", False, ("model", "DtoValueOfString")),
        ("date_of_signature", "dateOfSignature", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("is_default", "isDefault", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("one_time", "oneTime", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("bic", "bic", False, ("model", "DtoValueOfString")),
        ("iban", "iban", False, ("model", "DtoValueOfString")),
        ("last_collection_date", "lastCollectionDate", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("max_amount", "maxAmount", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("expiration_date", "expirationDate", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("branch", "branch", False, ("model", "DtoValueOfString")),
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


_Lazy = _lazy_twin(CustomerDirectDebitUpdateDto)
