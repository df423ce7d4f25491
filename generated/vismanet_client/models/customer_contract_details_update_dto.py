from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_contract_details_update_dto_operation import (
    CustomerContractDetailsUpdateDtoOperation,
    check_customer_contract_details_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_int_32 import DtoValueOfInt32
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="CustomerContractDetailsUpdateDto")


@_attrs_define
class CustomerContractDetailsUpdateDto:
    """
    Attributes:
        operation (CustomerContractDetailsUpdateDtoOperation | Unset):
        contract_detail_id (DtoValueOfInt32 | Unset):
        item_code (DtoValueOfString | Unset):
        included (DtoValueOfNullableOfDecimal | Unset):
        setup_price (DtoValueOfNullableOfDecimal | Unset):
        recurring_price (DtoValueOfNullableOfDecimal | Unset):
        extra_usage_price (DtoValueOfNullableOfDecimal | Unset):
        renewal_price (DtoValueOfNullableOfDecimal | Unset):
    """

    operation: CustomerContractDetailsUpdateDtoOperation | Unset = UNSET
    contract_detail_id: DtoValueOfInt32 | Unset = UNSET
    item_code: DtoValueOfString | Unset = UNSET
    included: DtoValueOfNullableOfDecimal | Unset = UNSET
    setup_price: DtoValueOfNullableOfDecimal | Unset = UNSET
    recurring_price: DtoValueOfNullableOfDecimal | Unset = UNSET
    extra_usage_price: DtoValueOfNullableOfDecimal | Unset = UNSET
    renewal_price: DtoValueOfNullableOfDecimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        contract_detail_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contract_detail_id, Unset):
            contract_detail_id = self.contract_detail_id.to_dict()

        item_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_code, Unset):
            item_code = self.item_code.to_dict()

        included: dict[str, Any] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = self.included.to_dict()

        setup_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.setup_price, Unset):
            setup_price = self.setup_price.to_dict()

        recurring_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurring_price, Unset):
            recurring_price = self.recurring_price.to_dict()

        extra_usage_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_usage_price, Unset):
            extra_usage_price = self.extra_usage_price.to_dict()

        renewal_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.renewal_price, Unset):
            renewal_price = self.renewal_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if contract_detail_id is not UNSET:
            field_dict["contractDetailId"] = contract_detail_id
        if item_code is not UNSET:
            field_dict["itemCode"] = item_code
        if included is not UNSET:
            field_dict["included"] = included
        if setup_price is not UNSET:
            field_dict["setupPrice"] = setup_price
        if recurring_price is not UNSET:
            field_dict["recurringPrice"] = recurring_price
        if extra_usage_price is not UNSET:
            field_dict["extraUsagePrice"] = extra_usage_price
        if renewal_price is not UNSET:
            field_dict["renewalPrice"] = renewal_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_int_32 import DtoValueOfInt32
        from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: CustomerContractDetailsUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_customer_contract_details_update_dto_operation(_operation)

        _contract_detail_id = d.pop("contractDetailId", UNSET)
        contract_detail_id: DtoValueOfInt32 | Unset
        if isinstance(_contract_detail_id, Unset):
            contract_detail_id = UNSET
        else:
            contract_detail_id = DtoValueOfInt32.from_dict(_contract_detail_id)

        _item_code = d.pop("itemCode", UNSET)
        item_code: DtoValueOfString | Unset
        if isinstance(_item_code, Unset):
            item_code = UNSET
        else:
            item_code = DtoValueOfString.from_dict(_item_code)

        _included = d.pop("included", UNSET)
        included: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_included, Unset):
            included = UNSET
        else:
            included = DtoValueOfNullableOfDecimal.from_dict(_included)

        _setup_price = d.pop("setupPrice", UNSET)
        setup_price: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_setup_price, Unset):
            setup_price = UNSET
        else:
            setup_price = DtoValueOfNullableOfDecimal.from_dict(_setup_price)

        _recurring_price = d.pop("recurringPrice", UNSET)
        recurring_price: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_recurring_price, Unset):
            recurring_price = UNSET
        else:
            recurring_price = DtoValueOfNullableOfDecimal.from_dict(_recurring_price)

        _extra_usage_price = d.pop("extraUsagePrice", UNSET)
        extra_usage_price: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_extra_usage_price, Unset):
            extra_usage_price = UNSET
        else:
            extra_usage_price = DtoValueOfNullableOfDecimal.from_dict(_extra_usage_price)

        _renewal_price = d.pop("renewalPrice", UNSET)
        renewal_price: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_renewal_price, Unset):
            renewal_price = UNSET
        else:
            renewal_price = DtoValueOfNullableOfDecimal.from_dict(_renewal_price)

        customer_contract_details_update_dto = cls(
            operation=operation,
            contract_detail_id=contract_detail_id,
            item_code=item_code,
            included=included,
            setup_price=setup_price,
            recurring_price=recurring_price,
            extra_usage_price=extra_usage_price,
            renewal_price=renewal_price,
        )

        customer_contract_details_update_dto.additional_properties = d
        return customer_contract_details_update_dto

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
