from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.shipment_dto import ShipmentDto
from ...models.shipment_get_all_shipments_shipment_type import (
    ShipmentGetAllShipmentsShipmentType,
)
from ...models.shipment_get_all_shipments_status import (
    ShipmentGetAllShipmentsStatus,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    customer_id: int | Unset = UNSET,
    customer_number: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    status: ShipmentGetAllShipmentsStatus | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_number: int | Unset = UNSET,
    shipment_type: ShipmentGetAllShipmentsShipmentType | Unset = UNSET,
    shipment_date: str | Unset = UNSET,
    shipment_date_condition: str | Unset = UNSET,
    include_custom_free_fields: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    params["customerId"] = customer_id

    params["customerNumber"] = customer_number

    params["greaterThanValue"] = greater_than_value

    params["numberToRead"] = number_to_read

    params["skipRecords"] = skip_records

    params["orderBy"] = order_by

    params["lastModifiedDateTime"] = last_modified_date_time

    params["lastModifiedDateTimeCondition"] = last_modified_date_time_condition

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["pageSize"] = page_size

    params["pageNumber"] = page_number

    json_shipment_type: str | Unset = UNSET
    if not isinstance(shipment_type, Unset):
        json_shipment_type = shipment_type

    params["shipmentType"] = json_shipment_type

    params["shipmentDate"] = shipment_date

    params["shipmentDateCondition"] = shipment_date_condition

    params["includeCustomFreeFields"] = include_custom_free_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/shipment",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | list[ShipmentDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ShipmentDto.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | list[ShipmentDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    customer_id: int | Unset = UNSET,
    customer_number: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    status: ShipmentGetAllShipmentsStatus | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_number: int | Unset = UNSET,
    shipment_type: ShipmentGetAllShipmentsShipmentType | Unset = UNSET,
    shipment_date: str | Unset = UNSET,
    shipment_date_condition: str | Unset = UNSET,
    include_custom_free_fields: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[ShipmentDto]]:
    """Get a range of SO Shipments - ScreenId=SO302000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

    Args:
        customer_id (int | Unset):
        customer_number (str | Unset):
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        order_by (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        status (ShipmentGetAllShipmentsStatus | Unset):
        page_size (int | Unset):
        page_number (int | Unset):
        shipment_type (ShipmentGetAllShipmentsShipmentType | Unset):
        shipment_date (str | Unset):
        shipment_date_condition (str | Unset):
        include_custom_free_fields (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[ShipmentDto]]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        customer_number=customer_number,
        greater_than_value=greater_than_value,
        number_to_read=number_to_read,
        skip_records=skip_records,
        order_by=order_by,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        status=status,
        page_size=page_size,
        page_number=page_number,
        shipment_type=shipment_type,
        shipment_date=shipment_date,
        shipment_date_condition=shipment_date_condition,
        include_custom_free_fields=include_custom_free_fields,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    customer_id: int | Unset = UNSET,
    customer_number: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    status: ShipmentGetAllShipmentsStatus | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_number: int | Unset = UNSET,
    shipment_type: ShipmentGetAllShipmentsShipmentType | Unset = UNSET,
    shipment_date: str | Unset = UNSET,
    shipment_date_condition: str | Unset = UNSET,
    include_custom_free_fields: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[ShipmentDto] | None:
    """Get a range of SO Shipments - ScreenId=SO302000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

    Args:
        customer_id (int | Unset):
        customer_number (str | Unset):
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        order_by (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        status (ShipmentGetAllShipmentsStatus | Unset):
        page_size (int | Unset):
        page_number (int | Unset):
        shipment_type (ShipmentGetAllShipmentsShipmentType | Unset):
        shipment_date (str | Unset):
        shipment_date_condition (str | Unset):
        include_custom_free_fields (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[ShipmentDto]
    """

    return sync_detailed(
        client=client,
        customer_id=customer_id,
        customer_number=customer_number,
        greater_than_value=greater_than_value,
        number_to_read=number_to_read,
        skip_records=skip_records,
        order_by=order_by,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        status=status,
        page_size=page_size,
        page_number=page_number,
        shipment_type=shipment_type,
        shipment_date=shipment_date,
        shipment_date_condition=shipment_date_condition,
        include_custom_free_fields=include_custom_free_fields,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    customer_id: int | Unset = UNSET,
    customer_number: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    status: ShipmentGetAllShipmentsStatus | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_number: int | Unset = UNSET,
    shipment_type: ShipmentGetAllShipmentsShipmentType | Unset = UNSET,
    shipment_date: str | Unset = UNSET,
    shipment_date_condition: str | Unset = UNSET,
    include_custom_free_fields: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[ShipmentDto]]:
    """Get a range of SO Shipments - ScreenId=SO302000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

    Args:
        customer_id (int | Unset):
        customer_number (str | Unset):
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        order_by (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        status (ShipmentGetAllShipmentsStatus | Unset):
        page_size (int | Unset):
        page_number (int | Unset):
        shipment_type (ShipmentGetAllShipmentsShipmentType | Unset):
        shipment_date (str | Unset):
        shipment_date_condition (str | Unset):
        include_custom_free_fields (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[ShipmentDto]]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        customer_number=customer_number,
        greater_than_value=greater_than_value,
        number_to_read=number_to_read,
        skip_records=skip_records,
        order_by=order_by,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        status=status,
        page_size=page_size,
        page_number=page_number,
        shipment_type=shipment_type,
        shipment_date=shipment_date,
        shipment_date_condition=shipment_date_condition,
        include_custom_free_fields=include_custom_free_fields,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    customer_id: int | Unset = UNSET,
    customer_number: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    status: ShipmentGetAllShipmentsStatus | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_number: int | Unset = UNSET,
    shipment_type: ShipmentGetAllShipmentsShipmentType | Unset = UNSET,
    shipment_date: str | Unset = UNSET,
    shipment_date_condition: str | Unset = UNSET,
    include_custom_free_fields: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[ShipmentDto] | None:
    """Get a range of SO Shipments - ScreenId=SO302000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

    Args:
        customer_id (int | Unset):
        customer_number (str | Unset):
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        order_by (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        status (ShipmentGetAllShipmentsStatus | Unset):
        page_size (int | Unset):
        page_number (int | Unset):
        shipment_type (ShipmentGetAllShipmentsShipmentType | Unset):
        shipment_date (str | Unset):
        shipment_date_condition (str | Unset):
        include_custom_free_fields (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[ShipmentDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            customer_id=customer_id,
            customer_number=customer_number,
            greater_than_value=greater_than_value,
            number_to_read=number_to_read,
            skip_records=skip_records,
            order_by=order_by,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            status=status,
            page_size=page_size,
            page_number=page_number,
            shipment_type=shipment_type,
            shipment_date=shipment_date,
            shipment_date_condition=shipment_date_condition,
            include_custom_free_fields=include_custom_free_fields,
            erp_api_background=erp_api_background,
        )
    ).parsed
