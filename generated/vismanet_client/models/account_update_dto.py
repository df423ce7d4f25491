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
    from ..models.dto_value_of_account_types import DtoValueOfAccountTypes
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="AccountUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "account_cd",
    "active",
    "account_class",
    "analysis_code",
    "currency",
    "description",
    "extenal_code_1",
    "external_code_2",
    "account_group_cd",
    "post_option",
    "public_code_1",
    "type_",
    "use_default_sub",
    "tax_category",
)


@_attrs_define(repr=False)
class AccountUpdateDto(GeneratedModel):
    """
    Attributes:
        account_cd (DtoValueOfString | Unset):
        active (DtoValueOfBoolean | Unset):
        account_class (DtoValueOfString | Unset):
        analysis_code (DtoValueOfString | Unset):
        currency (DtoValueOfString | Unset):
        description (DtoValueOfString | Unset):
        extenal_code_1 (DtoValueOfString | Unset):
        external_code_2 (DtoValueOfString | Unset):
        account_group_cd (DtoValueOfString | Unset):
        post_option (DtoValueOfString | Unset):
        public_code_1 (DtoValueOfString | Unset):
        type_ (DtoValueOfAccountTypes | Unset):
        use_default_sub (DtoValueOfBoolean | Unset):
        tax_category (DtoValueOfString | Unset):
    """

    account_cd: DtoValueOfString | Unset | None = UNSET
    active: DtoValueOfBoolean | Unset | None = UNSET
    account_class: DtoValueOfString | Unset | None = UNSET
    analysis_code: DtoValueOfString | Unset | None = UNSET
    currency: DtoValueOfString | Unset | None = UNSET
    description: DtoValueOfString | Unset | None = UNSET
    extenal_code_1: DtoValueOfString | Unset | None = UNSET
    external_code_2: DtoValueOfString | Unset | None = UNSET
    account_group_cd: DtoValueOfString | Unset | None = UNSET
    post_option: DtoValueOfString | Unset | None = UNSET
    public_code_1: DtoValueOfString | Unset | None = UNSET
    type_: DtoValueOfAccountTypes | Unset | None = UNSET
    use_default_sub: DtoValueOfBoolean | Unset | None = UNSET
    tax_category: DtoValueOfString | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.account_cd
        if _value is not UNSET:
            field_dict["accountCD"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.active
        if _value is not UNSET:
            field_dict["active"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.account_class
        if _value is not UNSET:
            field_dict["accountClass"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.analysis_code
        if _value is not UNSET:
            field_dict["analysisCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.extenal_code_1
        if _value is not UNSET:
            field_dict["extenalCode1"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.external_code_2
        if _value is not UNSET:
            field_dict["externalCode2"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.account_group_cd
        if _value is not UNSET:
            field_dict["accountGroupCD"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.post_option
        if _value is not UNSET:
            field_dict["postOption"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.public_code_1
        if _value is not UNSET:
            field_dict["publicCode1"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.type_
        if _value is not UNSET:
            field_dict["type"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.use_default_sub
        if _value is not UNSET:
            field_dict["useDefaultSub"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.tax_category
        if _value is not UNSET:
            field_dict["taxCategory"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not AccountUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("accountCD", UNSET)
        self.account_cd = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("active", UNSET)
        self.active = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("accountClass", UNSET)
        self.account_class = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("analysisCode", UNSET)
        self.analysis_code = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("currency", UNSET)
        self.currency = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("description", UNSET)
        self.description = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("extenalCode1", UNSET)
        self.extenal_code_1 = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("externalCode2", UNSET)
        self.external_code_2 = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("accountGroupCD", UNSET)
        self.account_group_cd = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("postOption", UNSET)
        self.post_option = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("publicCode1", UNSET)
        self.public_code_1 = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("type", UNSET)
        self.type_ = (
            _models.DtoValueOfAccountTypes._vn_fill(_new(_models.DtoValueOfAccountTypes), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("useDefaultSub", UNSET)
        self.use_default_sub = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("taxCategory", UNSET)
        self.tax_category = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("account_cd", "accountCD", False, ("model", "DtoValueOfString")),
        ("active", "active", False, ("model", "DtoValueOfBoolean")),
        ("account_class", "accountClass", False, ("model", "DtoValueOfString")),
        ("analysis_code", "analysisCode", False, ("model", "DtoValueOfString")),
        ("currency", "currency", False, ("model", "DtoValueOfString")),
        ("description", "description", False, ("model", "DtoValueOfString")),
        ("extenal_code_1", "extenalCode1", False, ("model", "DtoValueOfString")),
        ("external_code_2", "externalCode2", False, ("model", "DtoValueOfString")),
        ("account_group_cd", "accountGroupCD", False, ("model", "DtoValueOfString")),
        ("post_option", "postOption", False, ("model", "DtoValueOfString")),
        ("public_code_1", "publicCode1", False, ("model", "DtoValueOfString")),
        ("type_", "type", False, ("model", "DtoValueOfAccountTypes")),
        ("use_default_sub", "useDefaultSub", False, ("model", "DtoValueOfBoolean")),
        ("tax_category", "taxCategory", False, ("model", "DtoValueOfString")),
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


_Lazy = _lazy_twin(AccountUpdateDto)
