from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.purchase_order_basic_dto import PurchaseOrderBasicDto
from ...models.purchase_order_basic_get_all_order_basic_order_status import (
    PurchaseOrderBasicGetAllOrderBasicOrderStatus,
)
from ...models.purchase_order_basic_get_all_order_basic_order_type import (
    PurchaseOrderBasicGetAllOrderBasicOrderType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    order_type: PurchaseOrderBasicGetAllOrderBasicOrderType | Unset = UNSET,
    order_status: PurchaseOrderBasicGetAllOrderBasicOrderStatus | Unset = UNSET,
    supplier: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    order_date: str | Unset = UNSET,
    order_date_condition: str | Unset = UNSET,
    delivery_date: str | Unset = UNSET,
    delivery_date_condition: str | Unset = UNSET,
    include_custom_free_fields: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    params["greaterThanValue"] = greater_than_value

    params["numberToRead"] = number_to_read

    params["skipRecords"] = skip_records

    params["lastModifiedDateTime"] = last_modified_date_time

    params["lastModifiedDateTimeCondition"] = last_modified_date_time_condition

    json_order_type: str | Unset = UNSET
    if not isinstance(order_type, Unset):
        json_order_type = order_type

    params["orderType"] = json_order_type

    json_order_status: str | Unset = UNSET
    if not isinstance(order_status, Unset):
        json_order_status = order_status

    params["orderStatus"] = json_order_status

    params["supplier"] = supplier

    params["branch"] = branch

    params["orderDate"] = order_date

    params["orderDateCondition"] = order_date_condition

    params["deliveryDate"] = delivery_date

    params["deliveryDateCondition"] = delivery_date_condition

    params["includeCustomFreeFields"] = include_custom_free_fields

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/purchaseorderbasic",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | list[PurchaseOrderBasicDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PurchaseOrderBasicDto.from_dict(response_200_item_data)

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
) -> Response[BackgroundApiAcceptedDto | list[PurchaseOrderBasicDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    order_type: PurchaseOrderBasicGetAllOrderBasicOrderType | Unset = UNSET,
    order_status: PurchaseOrderBasicGetAllOrderBasicOrderStatus | Unset = UNSET,
    supplier: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    order_date: str | Unset = UNSET,
    order_date_condition: str | Unset = UNSET,
    delivery_date: str | Unset = UNSET,
    delivery_date_condition: str | Unset = UNSET,
    include_custom_free_fields: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[PurchaseOrderBasicDto]]:
    """Get a range of Purchase Order - ScreenId=PO301000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

    Args:
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        order_type (PurchaseOrderBasicGetAllOrderBasicOrderType | Unset):
        order_status (PurchaseOrderBasicGetAllOrderBasicOrderStatus | Unset):
        supplier (str | Unset):
        branch (str | Unset):
        order_date (str | Unset):
        order_date_condition (str | Unset):
        delivery_date (str | Unset):
        delivery_date_condition (str | Unset):
        include_custom_free_fields (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[PurchaseOrderBasicDto]]
    """

    kwargs = _get_kwargs(
        greater_than_value=greater_than_value,
        number_to_read=number_to_read,
        skip_records=skip_records,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        order_type=order_type,
        order_status=order_status,
        supplier=supplier,
        branch=branch,
        order_date=order_date,
        order_date_condition=order_date_condition,
        delivery_date=delivery_date,
        delivery_date_condition=delivery_date_condition,
        include_custom_free_fields=include_custom_free_fields,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    order_type: PurchaseOrderBasicGetAllOrderBasicOrderType | Unset = UNSET,
    order_status: PurchaseOrderBasicGetAllOrderBasicOrderStatus | Unset = UNSET,
    supplier: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    order_date: str | Unset = UNSET,
    order_date_condition: str | Unset = UNSET,
    delivery_date: str | Unset = UNSET,
    delivery_date_condition: str | Unset = UNSET,
    include_custom_free_fields: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[PurchaseOrderBasicDto] | None:
    """Get a range of Purchase Order - ScreenId=PO301000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

    Args:
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        order_type (PurchaseOrderBasicGetAllOrderBasicOrderType | Unset):
        order_status (PurchaseOrderBasicGetAllOrderBasicOrderStatus | Unset):
        supplier (str | Unset):
        branch (str | Unset):
        order_date (str | Unset):
        order_date_condition (str | Unset):
        delivery_date (str | Unset):
        delivery_date_condition (str | Unset):
        include_custom_free_fields (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[PurchaseOrderBasicDto]
    """

    return sync_detailed(
        client=client,
        greater_than_value=greater_than_value,
        number_to_read=number_to_read,
        skip_records=skip_records,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        order_type=order_type,
        order_status=order_status,
        supplier=supplier,
        branch=branch,
        order_date=order_date,
        order_date_condition=order_date_condition,
        delivery_date=delivery_date,
        delivery_date_condition=delivery_date_condition,
        include_custom_free_fields=include_custom_free_fields,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    order_type: PurchaseOrderBasicGetAllOrderBasicOrderType | Unset = UNSET,
    order_status: PurchaseOrderBasicGetAllOrderBasicOrderStatus | Unset = UNSET,
    supplier: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    order_date: str | Unset = UNSET,
    order_date_condition: str | Unset = UNSET,
    delivery_date: str | Unset = UNSET,
    delivery_date_condition: str | Unset = UNSET,
    include_custom_free_fields: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[PurchaseOrderBasicDto]]:
    """Get a range of Purchase Order - ScreenId=PO301000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

    Args:
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        order_type (PurchaseOrderBasicGetAllOrderBasicOrderType | Unset):
        order_status (PurchaseOrderBasicGetAllOrderBasicOrderStatus | Unset):
        supplier (str | Unset):
        branch (str | Unset):
        order_date (str | Unset):
        order_date_condition (str | Unset):
        delivery_date (str | Unset):
        delivery_date_condition (str | Unset):
        include_custom_free_fields (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[PurchaseOrderBasicDto]]
    """

    kwargs = _get_kwargs(
        greater_than_value=greater_than_value,
        number_to_read=number_to_read,
        skip_records=skip_records,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        order_type=order_type,
        order_status=order_status,
        supplier=supplier,
        branch=branch,
        order_date=order_date,
        order_date_condition=order_date_condition,
        delivery_date=delivery_date,
        delivery_date_condition=delivery_date_condition,
        include_custom_free_fields=include_custom_free_fields,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    order_type: PurchaseOrderBasicGetAllOrderBasicOrderType | Unset = UNSET,
    order_status: PurchaseOrderBasicGetAllOrderBasicOrderStatus | Unset = UNSET,
    supplier: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    order_date: str | Unset = UNSET,
    order_date_condition: str | Unset = UNSET,
    delivery_date: str | Unset = UNSET,
    delivery_date_condition: str | Unset = UNSET,
    include_custom_free_fields: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[PurchaseOrderBasicDto] | None:
    """Get a range of Purchase Order - ScreenId=PO301000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

    Args:
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        order_type (PurchaseOrderBasicGetAllOrderBasicOrderType | Unset):
        order_status (PurchaseOrderBasicGetAllOrderBasicOrderStatus | Unset):
        supplier (str | Unset):
        branch (str | Unset):
        order_date (str | Unset):
        order_date_condition (str | Unset):
        delivery_date (str | Unset):
        delivery_date_condition (str | Unset):
        include_custom_free_fields (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[PurchaseOrderBasicDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            greater_than_value=greater_than_value,
            number_to_read=number_to_read,
            skip_records=skip_records,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            order_type=order_type,
            order_status=order_status,
            supplier=supplier,
            branch=branch,
            order_date=order_date,
            order_date_condition=order_date_condition,
            delivery_date=delivery_date,
            delivery_date_condition=delivery_date_condition,
            include_custom_free_fields=include_custom_free_fields,
            page_number=page_number,
            page_size=page_size,
            erp_api_background=erp_api_background,
        )
    ).parsed
