from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_in_supplier_location_dto import AddressInSupplierLocationDto
    from ..models.baccount_in_supplier_location_dto import BaccountInSupplierLocationDto
    from ..models.contact_in_supplier_location_dto import ContactInSupplierLocationDto
    from ..models.metadata_dto import MetadataDto
    from ..models.supplier_payment_method_detail_dto import SupplierPaymentMethodDetailDto
    from ..models.vat_zone_in_supplier_location_dto import VatZoneInSupplierLocationDto


T = TypeVar("T", bound="SupplierLocationDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "baccount",
    "location_id",
    "location_name",
    "active",
    "address",
    "contact",
    "vat_registration_id",
    "vat_zone",
    "edi_code",
    "gln",
    "corporate_id",
    "last_modified_date_time",
    "supplier_payment_method_details",
    "time_stamp",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class SupplierLocationDto:
    """This class represents a Location in LocationController. Used for getting data.

    Attributes:
        baccount (BaccountInSupplierLocationDto | Unset): Mandatory field: The top part &gt; Business connection* &gt;
            The business account this location is associated with. Click the magnifier.
        location_id (str | Unset): Mandatory field: The top part &gt; Location ID* &gt; The identifier of the location.
            Click the magnifier.
        location_name (str | Unset): The top part &gt; Location name &gt; A descriptive name to help users recognize the
            location.
        active (bool | Unset): The top part &gt; Active &gt; A check box that you select if the location is active.
        address (AddressInSupplierLocationDto | Unset): General information tab &gt; Location address section &gt;
        contact (ContactInSupplierLocationDto | Unset): General information tab &gt; Location contact section &gt;
        vat_registration_id (str | Unset): General information tab &gt; Location address section &gt; VAT registration
            ID &gt; The optional VAT registration ID associated with the location.
        vat_zone (VatZoneInSupplierLocationDto | Unset): General information tab &gt; Location address section &gt; VAT
            zone &gt; The VAT zone associated with the account location.
        edi_code (str | Unset): General information tab &gt; Location address section &gt; EDI code &gt; The EDI code to
            be used for the customer location.
        gln (str | Unset): General information tab &gt; Location address section &gt; GLN &gt; The GLN to be used for
            the customer location.
        corporate_id (str | Unset): General information tab &gt; Location address section &gt; Corporate ID &gt; The
            corporate ID associated with the customer location.
        last_modified_date_time (datetime.datetime | Unset): System generation information
        supplier_payment_method_details (list[SupplierPaymentMethodDetailDto] | Unset): Supplier payment method details
            from the supplier location page.
        time_stamp (str | Unset): Identifier that represents a specific version of the resource.
            It helps to prevent simultaneous updates of the resource from overwriting each other (by using ETags and If-
            Match headers)
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    baccount: BaccountInSupplierLocationDto | Unset = UNSET
    location_id: str | Unset = UNSET
    location_name: str | Unset = UNSET
    active: bool | Unset = UNSET
    address: AddressInSupplierLocationDto | Unset = UNSET
    contact: ContactInSupplierLocationDto | Unset = UNSET
    vat_registration_id: str | Unset = UNSET
    vat_zone: VatZoneInSupplierLocationDto | Unset = UNSET
    edi_code: str | Unset = UNSET
    gln: str | Unset = UNSET
    corporate_id: str | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    supplier_payment_method_details: list[SupplierPaymentMethodDetailDto] | Unset = UNSET
    time_stamp: str | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        baccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.baccount, Unset):
            baccount = self.baccount.to_dict()

        location_id = self.location_id

        location_name = self.location_name

        active = self.active

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        vat_registration_id = self.vat_registration_id

        vat_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_zone, Unset):
            vat_zone = self.vat_zone.to_dict()

        edi_code = self.edi_code

        gln = self.gln

        corporate_id = self.corporate_id

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        supplier_payment_method_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supplier_payment_method_details, Unset):
            supplier_payment_method_details = []
            for supplier_payment_method_details_item_data in self.supplier_payment_method_details:
                supplier_payment_method_details_item = supplier_payment_method_details_item_data.to_dict()
                supplier_payment_method_details.append(supplier_payment_method_details_item)

        time_stamp = self.time_stamp

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if baccount is not UNSET:
            field_dict["baccount"] = baccount
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if location_name is not UNSET:
            field_dict["locationName"] = location_name
        if active is not UNSET:
            field_dict["active"] = active
        if address is not UNSET:
            field_dict["address"] = address
        if contact is not UNSET:
            field_dict["contact"] = contact
        if vat_registration_id is not UNSET:
            field_dict["vatRegistrationId"] = vat_registration_id
        if vat_zone is not UNSET:
            field_dict["vatZone"] = vat_zone
        if edi_code is not UNSET:
            field_dict["ediCode"] = edi_code
        if gln is not UNSET:
            field_dict["gln"] = gln
        if corporate_id is not UNSET:
            field_dict["corporateId"] = corporate_id
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if supplier_payment_method_details is not UNSET:
            field_dict["supplierPaymentMethodDetails"] = supplier_payment_method_details
        if time_stamp is not UNSET:
            field_dict["timeStamp"] = time_stamp
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("baccount", UNSET)
        _instance.baccount = UNSET if _value is UNSET else _models.BaccountInSupplierLocationDto.from_dict(_value)
        _instance.location_id = _rest.pop("locationId", UNSET)
        _instance.location_name = _rest.pop("locationName", UNSET)
        _instance.active = _rest.pop("active", UNSET)
        _value = _rest.pop("address", UNSET)
        _instance.address = UNSET if _value is UNSET else _models.AddressInSupplierLocationDto.from_dict(_value)
        _value = _rest.pop("contact", UNSET)
        _instance.contact = UNSET if _value is UNSET else _models.ContactInSupplierLocationDto.from_dict(_value)
        _instance.vat_registration_id = _rest.pop("vatRegistrationId", UNSET)
        _value = _rest.pop("vatZone", UNSET)
        _instance.vat_zone = UNSET if _value is UNSET else _models.VatZoneInSupplierLocationDto.from_dict(_value)
        _instance.edi_code = _rest.pop("ediCode", UNSET)
        _instance.gln = _rest.pop("gln", UNSET)
        _instance.corporate_id = _rest.pop("corporateId", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("supplierPaymentMethodDetails", UNSET)
        _instance.supplier_payment_method_details = (
            UNSET
            if _value is UNSET
            else [
                _models.SupplierPaymentMethodDetailDto.from_dict(supplier_payment_method_details_item_data)
                for supplier_payment_method_details_item_data in _value
            ]
        )
        _instance.time_stamp = _rest.pop("timeStamp", UNSET)
        _instance.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        _instance.metadata = UNSET if _value is UNSET else _models.MetadataDto.from_dict(_value)
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
