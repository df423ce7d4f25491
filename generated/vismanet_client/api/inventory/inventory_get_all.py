from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.inventory_dto import InventoryDto
from ...models.inventory_get_all_status import InventoryGetAllStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = UNSET,
    alternate_id: str | Unset = UNSET,
    inventory_number: str | Unset = UNSET,
    sales_category: int | Unset = UNSET,
    add_cost_price_statistics: bool | Unset = UNSET,
    attributes: str | Unset = UNSET,
    description: str | Unset = UNSET,
    availability_last_modified_date_time: str | Unset = UNSET,
    availability_last_modified_date_time_condition: str | Unset = UNSET,
    inventory_types: list[str] | Unset = UNSET,
    expand_cross_reference: bool | Unset = UNSET,
    expand_attachment: bool | Unset = UNSET,
    expand_attribute: bool | Unset = UNSET,
    expand_warehouse_detail: bool | Unset = UNSET,
    expand_account_information: bool | Unset = UNSET,
    expand_inventory_units: bool | Unset = UNSET,
    expand_supplier_details: bool | Unset = UNSET,
    expand_sales_categories: bool | Unset = UNSET,
    expand_note: bool | Unset = UNSET,
    attachment_last_modified_date_time: str | Unset = UNSET,
    attachment_last_modified_date_time_condition: str | Unset = UNSET,
    status: InventoryGetAllStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["alternateID"] = alternate_id

    params["inventoryNumber"] = inventory_number

    params["salesCategory"] = sales_category

    params["addCostPriceStatistics"] = add_cost_price_statistics

    params["attributes"] = attributes

    params["description"] = description

    params["availabilityLastModifiedDateTime"] = availability_last_modified_date_time

    params["availabilityLastModifiedDateTimeCondition"] = availability_last_modified_date_time_condition

    json_inventory_types: list[str] | Unset = UNSET
    if not isinstance(inventory_types, Unset):
        json_inventory_types = inventory_types

    params["inventoryTypes"] = json_inventory_types

    params["expandCrossReference"] = expand_cross_reference

    params["expandAttachment"] = expand_attachment

    params["expandAttribute"] = expand_attribute

    params["expandWarehouseDetail"] = expand_warehouse_detail

    params["expandAccountInformation"] = expand_account_information

    params["expandInventoryUnits"] = expand_inventory_units

    params["expandSupplierDetails"] = expand_supplier_details

    params["expandSalesCategories"] = expand_sales_categories

    params["expandNote"] = expand_note

    params["attachmentLastModifiedDateTime"] = attachment_last_modified_date_time

    params["attachmentLastModifiedDateTimeCondition"] = attachment_last_modified_date_time_condition

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["numberToRead"] = number_to_read

    params["skipRecords"] = skip_records

    params["greaterThanValue"] = greater_than_value

    params["lastModifiedDateTime"] = last_modified_date_time

    params["lastModifiedDateTimeCondition"] = last_modified_date_time_condition

    params["createdDateTime"] = created_date_time

    params["createdDateTimeCondition"] = created_date_time_condition

    params["pageNumber"] = page_number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/inventory",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BackgroundApiAcceptedDto | list[InventoryDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = InventoryDto.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | BackgroundApiAcceptedDto | list[InventoryDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    alternate_id: str | Unset = UNSET,
    inventory_number: str | Unset = UNSET,
    sales_category: int | Unset = UNSET,
    add_cost_price_statistics: bool | Unset = UNSET,
    attributes: str | Unset = UNSET,
    description: str | Unset = UNSET,
    availability_last_modified_date_time: str | Unset = UNSET,
    availability_last_modified_date_time_condition: str | Unset = UNSET,
    inventory_types: list[str] | Unset = UNSET,
    expand_cross_reference: bool | Unset = UNSET,
    expand_attachment: bool | Unset = UNSET,
    expand_attribute: bool | Unset = UNSET,
    expand_warehouse_detail: bool | Unset = UNSET,
    expand_account_information: bool | Unset = UNSET,
    expand_inventory_units: bool | Unset = UNSET,
    expand_supplier_details: bool | Unset = UNSET,
    expand_sales_categories: bool | Unset = UNSET,
    expand_note: bool | Unset = UNSET,
    attachment_last_modified_date_time: str | Unset = UNSET,
    attachment_last_modified_date_time_condition: str | Unset = UNSET,
    status: InventoryGetAllStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | list[InventoryDto]]:
    """Get a range of Inventory items - ScreenId=IN202000 and IN202500

     Data for Inventory

    Args:
        page_size (int | Unset):
        alternate_id (str | Unset):
        inventory_number (str | Unset):
        sales_category (int | Unset):
        add_cost_price_statistics (bool | Unset):
        attributes (str | Unset):
        description (str | Unset):
        availability_last_modified_date_time (str | Unset):
        availability_last_modified_date_time_condition (str | Unset):
        inventory_types (list[str] | Unset):
        expand_cross_reference (bool | Unset):
        expand_attachment (bool | Unset):
        expand_attribute (bool | Unset):
        expand_warehouse_detail (bool | Unset):
        expand_account_information (bool | Unset):
        expand_inventory_units (bool | Unset):
        expand_supplier_details (bool | Unset):
        expand_sales_categories (bool | Unset):
        expand_note (bool | Unset):
        attachment_last_modified_date_time (str | Unset):
        attachment_last_modified_date_time_condition (str | Unset):
        status (InventoryGetAllStatus | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        greater_than_value (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        created_date_time (str | Unset):
        created_date_time_condition (str | Unset):
        page_number (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | list[InventoryDto]]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        alternate_id=alternate_id,
        inventory_number=inventory_number,
        sales_category=sales_category,
        add_cost_price_statistics=add_cost_price_statistics,
        attributes=attributes,
        description=description,
        availability_last_modified_date_time=availability_last_modified_date_time,
        availability_last_modified_date_time_condition=availability_last_modified_date_time_condition,
        inventory_types=inventory_types,
        expand_cross_reference=expand_cross_reference,
        expand_attachment=expand_attachment,
        expand_attribute=expand_attribute,
        expand_warehouse_detail=expand_warehouse_detail,
        expand_account_information=expand_account_information,
        expand_inventory_units=expand_inventory_units,
        expand_supplier_details=expand_supplier_details,
        expand_sales_categories=expand_sales_categories,
        expand_note=expand_note,
        attachment_last_modified_date_time=attachment_last_modified_date_time,
        attachment_last_modified_date_time_condition=attachment_last_modified_date_time_condition,
        status=status,
        number_to_read=number_to_read,
        skip_records=skip_records,
        greater_than_value=greater_than_value,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        created_date_time=created_date_time,
        created_date_time_condition=created_date_time_condition,
        page_number=page_number,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    alternate_id: str | Unset = UNSET,
    inventory_number: str | Unset = UNSET,
    sales_category: int | Unset = UNSET,
    add_cost_price_statistics: bool | Unset = UNSET,
    attributes: str | Unset = UNSET,
    description: str | Unset = UNSET,
    availability_last_modified_date_time: str | Unset = UNSET,
    availability_last_modified_date_time_condition: str | Unset = UNSET,
    inventory_types: list[str] | Unset = UNSET,
    expand_cross_reference: bool | Unset = UNSET,
    expand_attachment: bool | Unset = UNSET,
    expand_attribute: bool | Unset = UNSET,
    expand_warehouse_detail: bool | Unset = UNSET,
    expand_account_information: bool | Unset = UNSET,
    expand_inventory_units: bool | Unset = UNSET,
    expand_supplier_details: bool | Unset = UNSET,
    expand_sales_categories: bool | Unset = UNSET,
    expand_note: bool | Unset = UNSET,
    attachment_last_modified_date_time: str | Unset = UNSET,
    attachment_last_modified_date_time_condition: str | Unset = UNSET,
    status: InventoryGetAllStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | list[InventoryDto] | None:
    """Get a range of Inventory items - ScreenId=IN202000 and IN202500

     Data for Inventory

    Args:
        page_size (int | Unset):
        alternate_id (str | Unset):
        inventory_number (str | Unset):
        sales_category (int | Unset):
        add_cost_price_statistics (bool | Unset):
        attributes (str | Unset):
        description (str | Unset):
        availability_last_modified_date_time (str | Unset):
        availability_last_modified_date_time_condition (str | Unset):
        inventory_types (list[str] | Unset):
        expand_cross_reference (bool | Unset):
        expand_attachment (bool | Unset):
        expand_attribute (bool | Unset):
        expand_warehouse_detail (bool | Unset):
        expand_account_information (bool | Unset):
        expand_inventory_units (bool | Unset):
        expand_supplier_details (bool | Unset):
        expand_sales_categories (bool | Unset):
        expand_note (bool | Unset):
        attachment_last_modified_date_time (str | Unset):
        attachment_last_modified_date_time_condition (str | Unset):
        status (InventoryGetAllStatus | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        greater_than_value (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        created_date_time (str | Unset):
        created_date_time_condition (str | Unset):
        page_number (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | list[InventoryDto]
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        alternate_id=alternate_id,
        inventory_number=inventory_number,
        sales_category=sales_category,
        add_cost_price_statistics=add_cost_price_statistics,
        attributes=attributes,
        description=description,
        availability_last_modified_date_time=availability_last_modified_date_time,
        availability_last_modified_date_time_condition=availability_last_modified_date_time_condition,
        inventory_types=inventory_types,
        expand_cross_reference=expand_cross_reference,
        expand_attachment=expand_attachment,
        expand_attribute=expand_attribute,
        expand_warehouse_detail=expand_warehouse_detail,
        expand_account_information=expand_account_information,
        expand_inventory_units=expand_inventory_units,
        expand_supplier_details=expand_supplier_details,
        expand_sales_categories=expand_sales_categories,
        expand_note=expand_note,
        attachment_last_modified_date_time=attachment_last_modified_date_time,
        attachment_last_modified_date_time_condition=attachment_last_modified_date_time_condition,
        status=status,
        number_to_read=number_to_read,
        skip_records=skip_records,
        greater_than_value=greater_than_value,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        created_date_time=created_date_time,
        created_date_time_condition=created_date_time_condition,
        page_number=page_number,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    alternate_id: str | Unset = UNSET,
    inventory_number: str | Unset = UNSET,
    sales_category: int | Unset = UNSET,
    add_cost_price_statistics: bool | Unset = UNSET,
    attributes: str | Unset = UNSET,
    description: str | Unset = UNSET,
    availability_last_modified_date_time: str | Unset = UNSET,
    availability_last_modified_date_time_condition: str | Unset = UNSET,
    inventory_types: list[str] | Unset = UNSET,
    expand_cross_reference: bool | Unset = UNSET,
    expand_attachment: bool | Unset = UNSET,
    expand_attribute: bool | Unset = UNSET,
    expand_warehouse_detail: bool | Unset = UNSET,
    expand_account_information: bool | Unset = UNSET,
    expand_inventory_units: bool | Unset = UNSET,
    expand_supplier_details: bool | Unset = UNSET,
    expand_sales_categories: bool | Unset = UNSET,
    expand_note: bool | Unset = UNSET,
    attachment_last_modified_date_time: str | Unset = UNSET,
    attachment_last_modified_date_time_condition: str | Unset = UNSET,
    status: InventoryGetAllStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | list[InventoryDto]]:
    """Get a range of Inventory items - ScreenId=IN202000 and IN202500

     Data for Inventory

    Args:
        page_size (int | Unset):
        alternate_id (str | Unset):
        inventory_number (str | Unset):
        sales_category (int | Unset):
        add_cost_price_statistics (bool | Unset):
        attributes (str | Unset):
        description (str | Unset):
        availability_last_modified_date_time (str | Unset):
        availability_last_modified_date_time_condition (str | Unset):
        inventory_types (list[str] | Unset):
        expand_cross_reference (bool | Unset):
        expand_attachment (bool | Unset):
        expand_attribute (bool | Unset):
        expand_warehouse_detail (bool | Unset):
        expand_account_information (bool | Unset):
        expand_inventory_units (bool | Unset):
        expand_supplier_details (bool | Unset):
        expand_sales_categories (bool | Unset):
        expand_note (bool | Unset):
        attachment_last_modified_date_time (str | Unset):
        attachment_last_modified_date_time_condition (str | Unset):
        status (InventoryGetAllStatus | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        greater_than_value (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        created_date_time (str | Unset):
        created_date_time_condition (str | Unset):
        page_number (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | list[InventoryDto]]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        alternate_id=alternate_id,
        inventory_number=inventory_number,
        sales_category=sales_category,
        add_cost_price_statistics=add_cost_price_statistics,
        attributes=attributes,
        description=description,
        availability_last_modified_date_time=availability_last_modified_date_time,
        availability_last_modified_date_time_condition=availability_last_modified_date_time_condition,
        inventory_types=inventory_types,
        expand_cross_reference=expand_cross_reference,
        expand_attachment=expand_attachment,
        expand_attribute=expand_attribute,
        expand_warehouse_detail=expand_warehouse_detail,
        expand_account_information=expand_account_information,
        expand_inventory_units=expand_inventory_units,
        expand_supplier_details=expand_supplier_details,
        expand_sales_categories=expand_sales_categories,
        expand_note=expand_note,
        attachment_last_modified_date_time=attachment_last_modified_date_time,
        attachment_last_modified_date_time_condition=attachment_last_modified_date_time_condition,
        status=status,
        number_to_read=number_to_read,
        skip_records=skip_records,
        greater_than_value=greater_than_value,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        created_date_time=created_date_time,
        created_date_time_condition=created_date_time_condition,
        page_number=page_number,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    alternate_id: str | Unset = UNSET,
    inventory_number: str | Unset = UNSET,
    sales_category: int | Unset = UNSET,
    add_cost_price_statistics: bool | Unset = UNSET,
    attributes: str | Unset = UNSET,
    description: str | Unset = UNSET,
    availability_last_modified_date_time: str | Unset = UNSET,
    availability_last_modified_date_time_condition: str | Unset = UNSET,
    inventory_types: list[str] | Unset = UNSET,
    expand_cross_reference: bool | Unset = UNSET,
    expand_attachment: bool | Unset = UNSET,
    expand_attribute: bool | Unset = UNSET,
    expand_warehouse_detail: bool | Unset = UNSET,
    expand_account_information: bool | Unset = UNSET,
    expand_inventory_units: bool | Unset = UNSET,
    expand_supplier_details: bool | Unset = UNSET,
    expand_sales_categories: bool | Unset = UNSET,
    expand_note: bool | Unset = UNSET,
    attachment_last_modified_date_time: str | Unset = UNSET,
    attachment_last_modified_date_time_condition: str | Unset = UNSET,
    status: InventoryGetAllStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | list[InventoryDto] | None:
    """Get a range of Inventory items - ScreenId=IN202000 and IN202500

     Data for Inventory

    Args:
        page_size (int | Unset):
        alternate_id (str | Unset):
        inventory_number (str | Unset):
        sales_category (int | Unset):
        add_cost_price_statistics (bool | Unset):
        attributes (str | Unset):
        description (str | Unset):
        availability_last_modified_date_time (str | Unset):
        availability_last_modified_date_time_condition (str | Unset):
        inventory_types (list[str] | Unset):
        expand_cross_reference (bool | Unset):
        expand_attachment (bool | Unset):
        expand_attribute (bool | Unset):
        expand_warehouse_detail (bool | Unset):
        expand_account_information (bool | Unset):
        expand_inventory_units (bool | Unset):
        expand_supplier_details (bool | Unset):
        expand_sales_categories (bool | Unset):
        expand_note (bool | Unset):
        attachment_last_modified_date_time (str | Unset):
        attachment_last_modified_date_time_condition (str | Unset):
        status (InventoryGetAllStatus | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        greater_than_value (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        created_date_time (str | Unset):
        created_date_time_condition (str | Unset):
        page_number (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | list[InventoryDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            alternate_id=alternate_id,
            inventory_number=inventory_number,
            sales_category=sales_category,
            add_cost_price_statistics=add_cost_price_statistics,
            attributes=attributes,
            description=description,
            availability_last_modified_date_time=availability_last_modified_date_time,
            availability_last_modified_date_time_condition=availability_last_modified_date_time_condition,
            inventory_types=inventory_types,
            expand_cross_reference=expand_cross_reference,
            expand_attachment=expand_attachment,
            expand_attribute=expand_attribute,
            expand_warehouse_detail=expand_warehouse_detail,
            expand_account_information=expand_account_information,
            expand_inventory_units=expand_inventory_units,
            expand_supplier_details=expand_supplier_details,
            expand_sales_categories=expand_sales_categories,
            expand_note=expand_note,
            attachment_last_modified_date_time=attachment_last_modified_date_time,
            attachment_last_modified_date_time_condition=attachment_last_modified_date_time_condition,
            status=status,
            number_to_read=number_to_read,
            skip_records=skip_records,
            greater_than_value=greater_than_value,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            created_date_time=created_date_time,
            created_date_time_condition=created_date_time_condition,
            page_number=page_number,
            erp_api_background=erp_api_background,
        )
    ).parsed
