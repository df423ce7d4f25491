from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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
class AccountUpdateDto:
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

    account_cd: DtoValueOfString | Unset = UNSET
    active: DtoValueOfBoolean | Unset = UNSET
    account_class: DtoValueOfString | Unset = UNSET
    analysis_code: DtoValueOfString | Unset = UNSET
    currency: DtoValueOfString | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    extenal_code_1: DtoValueOfString | Unset = UNSET
    external_code_2: DtoValueOfString | Unset = UNSET
    account_group_cd: DtoValueOfString | Unset = UNSET
    post_option: DtoValueOfString | Unset = UNSET
    public_code_1: DtoValueOfString | Unset = UNSET
    type_: DtoValueOfAccountTypes | Unset = UNSET
    use_default_sub: DtoValueOfBoolean | Unset = UNSET
    tax_category: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_cd: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_cd, Unset):
            account_cd = self.account_cd.to_dict()

        active: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.to_dict()

        account_class: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_class, Unset):
            account_class = self.account_class.to_dict()

        analysis_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.analysis_code, Unset):
            analysis_code = self.analysis_code.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        extenal_code_1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extenal_code_1, Unset):
            extenal_code_1 = self.extenal_code_1.to_dict()

        external_code_2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_code_2, Unset):
            external_code_2 = self.external_code_2.to_dict()

        account_group_cd: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_group_cd, Unset):
            account_group_cd = self.account_group_cd.to_dict()

        post_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.post_option, Unset):
            post_option = self.post_option.to_dict()

        public_code_1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.public_code_1, Unset):
            public_code_1 = self.public_code_1.to_dict()

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        use_default_sub: dict[str, Any] | Unset = UNSET
        if not isinstance(self.use_default_sub, Unset):
            use_default_sub = self.use_default_sub.to_dict()

        tax_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_category, Unset):
            tax_category = self.tax_category.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_cd is not UNSET:
            field_dict["accountCD"] = account_cd
        if active is not UNSET:
            field_dict["active"] = active
        if account_class is not UNSET:
            field_dict["accountClass"] = account_class
        if analysis_code is not UNSET:
            field_dict["analysisCode"] = analysis_code
        if currency is not UNSET:
            field_dict["currency"] = currency
        if description is not UNSET:
            field_dict["description"] = description
        if extenal_code_1 is not UNSET:
            field_dict["extenalCode1"] = extenal_code_1
        if external_code_2 is not UNSET:
            field_dict["externalCode2"] = external_code_2
        if account_group_cd is not UNSET:
            field_dict["accountGroupCD"] = account_group_cd
        if post_option is not UNSET:
            field_dict["postOption"] = post_option
        if public_code_1 is not UNSET:
            field_dict["publicCode1"] = public_code_1
        if type_ is not UNSET:
            field_dict["type"] = type_
        if use_default_sub is not UNSET:
            field_dict["useDefaultSub"] = use_default_sub
        if tax_category is not UNSET:
            field_dict["taxCategory"] = tax_category

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("accountCD", UNSET)
        _instance.account_cd = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("active", UNSET)
        _instance.active = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("accountClass", UNSET)
        _instance.account_class = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("analysisCode", UNSET)
        _instance.analysis_code = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("currency", UNSET)
        _instance.currency = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("extenalCode1", UNSET)
        _instance.extenal_code_1 = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("externalCode2", UNSET)
        _instance.external_code_2 = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("accountGroupCD", UNSET)
        _instance.account_group_cd = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("postOption", UNSET)
        _instance.post_option = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("publicCode1", UNSET)
        _instance.public_code_1 = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("type", UNSET)
        _instance.type_ = UNSET if _value is UNSET else _models.DtoValueOfAccountTypes.from_dict(_value)
        _value = _rest.pop("useDefaultSub", UNSET)
        _instance.use_default_sub = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("taxCategory", UNSET)
        _instance.tax_category = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
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
