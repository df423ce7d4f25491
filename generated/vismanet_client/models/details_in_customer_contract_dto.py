from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_contract_details_line_dto import CustomerContractDetailsLineDto
    from ..models.promo_code_id_description_dto import PromoCodeIdDescriptionDto


T = TypeVar("T", bound="DetailsInCustomerContractDto")


@_attrs_define
class DetailsInCustomerContractDto:
    """Details tab &gt;

    Attributes:
        effective_from (datetime.datetime | Unset):
        promo_code (PromoCodeIdDescriptionDto | Unset):
        pending_setup (float | Unset):
        pending_recurring (float | Unset):
        pending_renewal (float | Unset):
        total_pending (float | Unset):
        current_setup (float | Unset):
        current_recurring (float | Unset):
        current_renewal (float | Unset):
        lines (list[CustomerContractDetailsLineDto] | Unset):
    """

    effective_from: datetime.datetime | Unset = UNSET
    promo_code: PromoCodeIdDescriptionDto | Unset = UNSET
    pending_setup: float | Unset = UNSET
    pending_recurring: float | Unset = UNSET
    pending_renewal: float | Unset = UNSET
    total_pending: float | Unset = UNSET
    current_setup: float | Unset = UNSET
    current_recurring: float | Unset = UNSET
    current_renewal: float | Unset = UNSET
    lines: list[CustomerContractDetailsLineDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effective_from: str | Unset = UNSET
        if not isinstance(self.effective_from, Unset):
            effective_from = self.effective_from.isoformat()

        promo_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promo_code, Unset):
            promo_code = self.promo_code.to_dict()

        pending_setup = self.pending_setup

        pending_recurring = self.pending_recurring

        pending_renewal = self.pending_renewal

        total_pending = self.total_pending

        current_setup = self.current_setup

        current_recurring = self.current_recurring

        current_renewal = self.current_renewal

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effective_from is not UNSET:
            field_dict["effectiveFrom"] = effective_from
        if promo_code is not UNSET:
            field_dict["promoCode"] = promo_code
        if pending_setup is not UNSET:
            field_dict["pendingSetup"] = pending_setup
        if pending_recurring is not UNSET:
            field_dict["pendingRecurring"] = pending_recurring
        if pending_renewal is not UNSET:
            field_dict["pendingRenewal"] = pending_renewal
        if total_pending is not UNSET:
            field_dict["totalPending"] = total_pending
        if current_setup is not UNSET:
            field_dict["currentSetup"] = current_setup
        if current_recurring is not UNSET:
            field_dict["currentRecurring"] = current_recurring
        if current_renewal is not UNSET:
            field_dict["currentRenewal"] = current_renewal
        if lines is not UNSET:
            field_dict["lines"] = lines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_contract_details_line_dto import CustomerContractDetailsLineDto
        from ..models.promo_code_id_description_dto import PromoCodeIdDescriptionDto

        d = dict(src_dict)
        _effective_from = d.pop("effectiveFrom", UNSET)
        effective_from: datetime.datetime | Unset
        if isinstance(_effective_from, Unset):
            effective_from = UNSET
        else:
            effective_from = datetime.datetime.fromisoformat(_effective_from)

        _promo_code = d.pop("promoCode", UNSET)
        promo_code: PromoCodeIdDescriptionDto | Unset
        if isinstance(_promo_code, Unset):
            promo_code = UNSET
        else:
            promo_code = PromoCodeIdDescriptionDto.from_dict(_promo_code)

        pending_setup = d.pop("pendingSetup", UNSET)

        pending_recurring = d.pop("pendingRecurring", UNSET)

        pending_renewal = d.pop("pendingRenewal", UNSET)

        total_pending = d.pop("totalPending", UNSET)

        current_setup = d.pop("currentSetup", UNSET)

        current_recurring = d.pop("currentRecurring", UNSET)

        current_renewal = d.pop("currentRenewal", UNSET)

        _lines = d.pop("lines", UNSET)
        lines: list[CustomerContractDetailsLineDto] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = CustomerContractDetailsLineDto.from_dict(lines_item_data)

                lines.append(lines_item)

        details_in_customer_contract_dto = cls(
            effective_from=effective_from,
            promo_code=promo_code,
            pending_setup=pending_setup,
            pending_recurring=pending_recurring,
            pending_renewal=pending_renewal,
            total_pending=total_pending,
            current_setup=current_setup,
            current_recurring=current_recurring,
            current_renewal=current_renewal,
            lines=lines,
        )

        details_in_customer_contract_dto.additional_properties = d
        return details_in_customer_contract_dto

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
