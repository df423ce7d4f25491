from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.customer_contract_details_line_dto import CustomerContractDetailsLineDto
    from ..models.promo_code_id_description_dto import PromoCodeIdDescriptionDto


T = TypeVar("T", bound="CustomerContractDetailsDto")

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
class CustomerContractDetailsDto(GeneratedModel):
    """This class represents the CustomerContractDetails in CustomerContractController. Used for getting data.

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

    effective_from: datetime.datetime | Unset | None = UNSET
    promo_code: PromoCodeIdDescriptionDto | Unset | None = UNSET
    pending_setup: float | Unset | None = UNSET
    pending_recurring: float | Unset | None = UNSET
    pending_renewal: float | Unset | None = UNSET
    total_pending: float | Unset | None = UNSET
    current_setup: float | Unset | None = UNSET
    current_recurring: float | Unset | None = UNSET
    current_renewal: float | Unset | None = UNSET
    lines: list[CustomerContractDetailsLineDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.effective_from
        if _value is not UNSET:
            field_dict["effectiveFrom"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.promo_code
        if _value is not UNSET:
            field_dict["promoCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.pending_setup
        if _value is not UNSET:
            field_dict["pendingSetup"] = _value
        _value = self.pending_recurring
        if _value is not UNSET:
            field_dict["pendingRecurring"] = _value
        _value = self.pending_renewal
        if _value is not UNSET:
            field_dict["pendingRenewal"] = _value
        _value = self.total_pending
        if _value is not UNSET:
            field_dict["totalPending"] = _value
        _value = self.current_setup
        if _value is not UNSET:
            field_dict["currentSetup"] = _value
        _value = self.current_recurring
        if _value is not UNSET:
            field_dict["currentRecurring"] = _value
        _value = self.current_renewal
        if _value is not UNSET:
            field_dict["currentRenewal"] = _value
        _value = self.lines
        if _value is not UNSET:
            field_dict["lines"] = (
                [
                    lines_item_data.to_dict() if isinstance(lines_item_data, GeneratedModel) else lines_item_data
                    for lines_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not CustomerContractDetailsDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("effectiveFrom", UNSET)
        self.effective_from = _parse_datetime(_value)
        _value = _rest.pop("promoCode", UNSET)
        self.promo_code = (
            _models.PromoCodeIdDescriptionDto._vn_fill(_new(_models.PromoCodeIdDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.pending_setup = _rest.pop("pendingSetup", UNSET)
        self.pending_recurring = _rest.pop("pendingRecurring", UNSET)
        self.pending_renewal = _rest.pop("pendingRenewal", UNSET)
        self.total_pending = _rest.pop("totalPending", UNSET)
        self.current_setup = _rest.pop("currentSetup", UNSET)
        self.current_recurring = _rest.pop("currentRecurring", UNSET)
        self.current_renewal = _rest.pop("currentRenewal", UNSET)
        _value = _rest.pop("lines", UNSET)
        self.lines = (
            [
                _models.CustomerContractDetailsLineDto._vn_fill(
                    _new(_models.CustomerContractDetailsLineDto), lines_item_data
                )
                if isinstance(lines_item_data, dict)
                else lines_item_data
                for lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("effective_from", "effectiveFrom", False, "datetime"),
        ("promo_code", "promoCode", False, ("model", "PromoCodeIdDescriptionDto")),
        ("pending_setup", "pendingSetup", False, "float"),
        ("pending_recurring", "pendingRecurring", False, "float"),
        ("pending_renewal", "pendingRenewal", False, "float"),
        ("total_pending", "totalPending", False, "float"),
        ("current_setup", "currentSetup", False, "float"),
        ("current_recurring", "currentRecurring", False, "float"),
        ("current_renewal", "currentRenewal", False, "float"),
        ("lines", "lines", False, ("list", ("model", "CustomerContractDetailsLineDto"))),
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


_Lazy = _lazy_twin(CustomerContractDetailsDto)
