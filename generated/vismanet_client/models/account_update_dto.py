from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_account_types import DtoValueOfAccountTypes
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="AccountUpdateDto")


@_attrs_define
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
        from ..models.dto_value_of_account_types import DtoValueOfAccountTypes
        from ..models.dto_value_of_boolean import DtoValueOfBoolean
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _account_cd = d.pop("accountCD", UNSET)
        account_cd: DtoValueOfString | Unset
        if isinstance(_account_cd, Unset):
            account_cd = UNSET
        else:
            account_cd = DtoValueOfString.from_dict(_account_cd)

        _active = d.pop("active", UNSET)
        active: DtoValueOfBoolean | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = DtoValueOfBoolean.from_dict(_active)

        _account_class = d.pop("accountClass", UNSET)
        account_class: DtoValueOfString | Unset
        if isinstance(_account_class, Unset):
            account_class = UNSET
        else:
            account_class = DtoValueOfString.from_dict(_account_class)

        _analysis_code = d.pop("analysisCode", UNSET)
        analysis_code: DtoValueOfString | Unset
        if isinstance(_analysis_code, Unset):
            analysis_code = UNSET
        else:
            analysis_code = DtoValueOfString.from_dict(_analysis_code)

        _currency = d.pop("currency", UNSET)
        currency: DtoValueOfString | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = DtoValueOfString.from_dict(_currency)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _extenal_code_1 = d.pop("extenalCode1", UNSET)
        extenal_code_1: DtoValueOfString | Unset
        if isinstance(_extenal_code_1, Unset):
            extenal_code_1 = UNSET
        else:
            extenal_code_1 = DtoValueOfString.from_dict(_extenal_code_1)

        _external_code_2 = d.pop("externalCode2", UNSET)
        external_code_2: DtoValueOfString | Unset
        if isinstance(_external_code_2, Unset):
            external_code_2 = UNSET
        else:
            external_code_2 = DtoValueOfString.from_dict(_external_code_2)

        _account_group_cd = d.pop("accountGroupCD", UNSET)
        account_group_cd: DtoValueOfString | Unset
        if isinstance(_account_group_cd, Unset):
            account_group_cd = UNSET
        else:
            account_group_cd = DtoValueOfString.from_dict(_account_group_cd)

        _post_option = d.pop("postOption", UNSET)
        post_option: DtoValueOfString | Unset
        if isinstance(_post_option, Unset):
            post_option = UNSET
        else:
            post_option = DtoValueOfString.from_dict(_post_option)

        _public_code_1 = d.pop("publicCode1", UNSET)
        public_code_1: DtoValueOfString | Unset
        if isinstance(_public_code_1, Unset):
            public_code_1 = UNSET
        else:
            public_code_1 = DtoValueOfString.from_dict(_public_code_1)

        _type_ = d.pop("type", UNSET)
        type_: DtoValueOfAccountTypes | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DtoValueOfAccountTypes.from_dict(_type_)

        _use_default_sub = d.pop("useDefaultSub", UNSET)
        use_default_sub: DtoValueOfBoolean | Unset
        if isinstance(_use_default_sub, Unset):
            use_default_sub = UNSET
        else:
            use_default_sub = DtoValueOfBoolean.from_dict(_use_default_sub)

        _tax_category = d.pop("taxCategory", UNSET)
        tax_category: DtoValueOfString | Unset
        if isinstance(_tax_category, Unset):
            tax_category = UNSET
        else:
            tax_category = DtoValueOfString.from_dict(_tax_category)

        account_update_dto = cls(
            account_cd=account_cd,
            active=active,
            account_class=account_class,
            analysis_code=analysis_code,
            currency=currency,
            description=description,
            extenal_code_1=extenal_code_1,
            external_code_2=external_code_2,
            account_group_cd=account_group_cd,
            post_option=post_option,
            public_code_1=public_code_1,
            type_=type_,
            use_default_sub=use_default_sub,
            tax_category=tax_category,
        )

        account_update_dto.additional_properties = d
        return account_update_dto

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
