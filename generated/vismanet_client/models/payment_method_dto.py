from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_dto_means_of_payment import (
    PaymentMethodDtoMeansOfPayment,
    check_payment_method_dto_means_of_payment,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_method_detail_dto import PaymentMethodDetailDto


T = TypeVar("T", bound="PaymentMethodDto")


@_attrs_define
class PaymentMethodDto:
    """This class represents a Payment Method in PaymentMethodController. Used for getting data.

    Attributes:
        payment_method_id (str | Unset): Mandatory field: The top part &gt; Payment method ID* &gt; The unique
            identifier of the payment method.
        active (bool | Unset): The top part &gt; Active &gt; A check box that indicates whether the payment method is
            active in the system.
        means_of_payment (PaymentMethodDtoMeansOfPayment | Unset): The top part &gt; Means of payment &gt; One of the
            system's built-in payment templates. The following options are available: Credit card, Cash, Direct deposit.
        description (str | Unset): Mandatory field: The top part &gt; Description* &gt; A description of the payment
            method.
        use_in_ap (bool | Unset): The top part &gt; Use for supplier &gt; A check box that indicates whether the payment
            method will be used in Supplier ledger.
        details (list[PaymentMethodDetailDto] | Unset): The settings for Customer ledger and The settings of Supplier
            ledger tab &gt; The table
    """

    payment_method_id: str | Unset = UNSET
    active: bool | Unset = UNSET
    means_of_payment: PaymentMethodDtoMeansOfPayment | Unset = UNSET
    description: str | Unset = UNSET
    use_in_ap: bool | Unset = UNSET
    details: list[PaymentMethodDetailDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method_id = self.payment_method_id

        active = self.active

        means_of_payment: str | Unset = UNSET
        if not isinstance(self.means_of_payment, Unset):
            means_of_payment = self.means_of_payment

        description = self.description

        use_in_ap = self.use_in_ap

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_method_id is not UNSET:
            field_dict["paymentMethodID"] = payment_method_id
        if active is not UNSET:
            field_dict["active"] = active
        if means_of_payment is not UNSET:
            field_dict["meansOfPayment"] = means_of_payment
        if description is not UNSET:
            field_dict["description"] = description
        if use_in_ap is not UNSET:
            field_dict["useInAP"] = use_in_ap
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payment_method_detail_dto import PaymentMethodDetailDto

        d = dict(src_dict)
        payment_method_id = d.pop("paymentMethodID", UNSET)

        active = d.pop("active", UNSET)

        _means_of_payment = d.pop("meansOfPayment", UNSET)
        means_of_payment: PaymentMethodDtoMeansOfPayment | Unset
        if isinstance(_means_of_payment, Unset):
            means_of_payment = UNSET
        else:
            means_of_payment = check_payment_method_dto_means_of_payment(_means_of_payment)

        description = d.pop("description", UNSET)

        use_in_ap = d.pop("useInAP", UNSET)

        _details = d.pop("details", UNSET)
        details: list[PaymentMethodDetailDto] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = PaymentMethodDetailDto.from_dict(details_item_data)

                details.append(details_item)

        payment_method_dto = cls(
            payment_method_id=payment_method_id,
            active=active,
            means_of_payment=means_of_payment,
            description=description,
            use_in_ap=use_in_ap,
            details=details,
        )

        payment_method_dto.additional_properties = d
        return payment_method_dto

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
