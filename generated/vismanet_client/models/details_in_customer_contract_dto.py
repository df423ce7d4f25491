from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_contract_details_line_dto import CustomerContractDetailsLineDto
    from ..models.promo_code_id_description_dto import PromoCodeIdDescriptionDto


T = TypeVar("T", bound="DetailsInCustomerContractDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "effective_from",
    "promo_code",
    "pending_setup",
    "pending_recurring",
    "pending_renewal",
    "total_pending",
    "current_setup",
    "current_recurring",
    "current_renewal",
    "lines",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("effectiveFrom", UNSET)
        _instance.effective_from = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("promoCode", UNSET)
        _instance.promo_code = UNSET if _value is UNSET else _models.PromoCodeIdDescriptionDto.from_dict(_value)
        _instance.pending_setup = _rest.pop("pendingSetup", UNSET)
        _instance.pending_recurring = _rest.pop("pendingRecurring", UNSET)
        _instance.pending_renewal = _rest.pop("pendingRenewal", UNSET)
        _instance.total_pending = _rest.pop("totalPending", UNSET)
        _instance.current_setup = _rest.pop("currentSetup", UNSET)
        _instance.current_recurring = _rest.pop("currentRecurring", UNSET)
        _instance.current_renewal = _rest.pop("currentRenewal", UNSET)
        _value = _rest.pop("lines", UNSET)
        _instance.lines = (
            UNSET
            if _value is UNSET
            else [_models.CustomerContractDetailsLineDto.from_dict(lines_item_data) for lines_item_data in _value]
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
