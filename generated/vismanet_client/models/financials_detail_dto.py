from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.financials_detail_dto_tax_calc_mode import (
    FinancialsDetailDtoTaxCalcMode,
    check_financials_detail_dto_tax_calc_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.branch_in_financials_detail_dto import BranchInFinancialsDetailDto
    from ..models.tax_zone_in_financials_detail_dto import TaxZoneInFinancialsDetailDto


T = TypeVar("T", bound="FinancialsDetailDto")


@_attrs_define
class FinancialsDetailDto:
    """
    Attributes:
        batch_number (str | Unset): Link to general ledger section &gt; Batch number &gt; The number of the batch
            generated to implement the cash transaction.
        branch (BranchInFinancialsDetailDto | Unset): Link to general ledger section &gt; Branch &gt; 	The branch that
            initiated the transaction.
        cleared (bool | Unset): Link to general ledger section &gt; Cleared &gt; A check box that indicates (if
            selected) that the transaction was cleared.
        clear_date (datetime.datetime | Unset): Link to general ledger section &gt; Clear date &gt; 	The date when the
            transaction was cleared.
        tax_zone (TaxZoneInFinancialsDetailDto | Unset): VAT settings section &gt; VAT zone &gt; The VAT zone that
            applies to the transaction.
        tax_calc_mode (FinancialsDetailDtoTaxCalcMode | Unset): VAT settings section &gt; VAT calculation &gt; The VAT
            calculation mode, which defines which amounts (VAT-inclusive or VAT-exclusive) should be entered in the detail
            lines of a document.
    """

    batch_number: str | Unset = UNSET
    branch: BranchInFinancialsDetailDto | Unset = UNSET
    cleared: bool | Unset = UNSET
    clear_date: datetime.datetime | Unset = UNSET
    tax_zone: TaxZoneInFinancialsDetailDto | Unset = UNSET
    tax_calc_mode: FinancialsDetailDtoTaxCalcMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_number = self.batch_number

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        cleared = self.cleared

        clear_date: str | Unset = UNSET
        if not isinstance(self.clear_date, Unset):
            clear_date = self.clear_date.isoformat()

        tax_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_zone, Unset):
            tax_zone = self.tax_zone.to_dict()

        tax_calc_mode: str | Unset = UNSET
        if not isinstance(self.tax_calc_mode, Unset):
            tax_calc_mode = self.tax_calc_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_number is not UNSET:
            field_dict["batchNumber"] = batch_number
        if branch is not UNSET:
            field_dict["branch"] = branch
        if cleared is not UNSET:
            field_dict["cleared"] = cleared
        if clear_date is not UNSET:
            field_dict["clearDate"] = clear_date
        if tax_zone is not UNSET:
            field_dict["taxZone"] = tax_zone
        if tax_calc_mode is not UNSET:
            field_dict["taxCalcMode"] = tax_calc_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.branch_in_financials_detail_dto import BranchInFinancialsDetailDto
        from ..models.tax_zone_in_financials_detail_dto import TaxZoneInFinancialsDetailDto

        d = dict(src_dict)
        batch_number = d.pop("batchNumber", UNSET)

        _branch = d.pop("branch", UNSET)
        branch: BranchInFinancialsDetailDto | Unset
        if isinstance(_branch, Unset):
            branch = UNSET
        else:
            branch = BranchInFinancialsDetailDto.from_dict(_branch)

        cleared = d.pop("cleared", UNSET)

        _clear_date = d.pop("clearDate", UNSET)
        clear_date: datetime.datetime | Unset
        if isinstance(_clear_date, Unset):
            clear_date = UNSET
        else:
            clear_date = datetime.datetime.fromisoformat(_clear_date)

        _tax_zone = d.pop("taxZone", UNSET)
        tax_zone: TaxZoneInFinancialsDetailDto | Unset
        if isinstance(_tax_zone, Unset):
            tax_zone = UNSET
        else:
            tax_zone = TaxZoneInFinancialsDetailDto.from_dict(_tax_zone)

        _tax_calc_mode = d.pop("taxCalcMode", UNSET)
        tax_calc_mode: FinancialsDetailDtoTaxCalcMode | Unset
        if isinstance(_tax_calc_mode, Unset):
            tax_calc_mode = UNSET
        else:
            tax_calc_mode = check_financials_detail_dto_tax_calc_mode(_tax_calc_mode)

        financials_detail_dto = cls(
            batch_number=batch_number,
            branch=branch,
            cleared=cleared,
            clear_date=clear_date,
            tax_zone=tax_zone,
            tax_calc_mode=tax_calc_mode,
        )

        financials_detail_dto.additional_properties = d
        return financials_detail_dto

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
