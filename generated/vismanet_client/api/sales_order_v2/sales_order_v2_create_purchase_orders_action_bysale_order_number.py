from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.create_purchase_order_action_dto import CreatePurchaseOrderActionDto
from ...models.sales_order_v2_create_purchase_orders_action_bysale_order_number_response_200 import (
    SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse200,
)
from ...models.sales_order_v2_create_purchase_orders_action_bysale_order_number_response_207 import (
    SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse207,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    sale_order_number: str,
    *,
    body: CreatePurchaseOrderActionDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/salesorder/{sale_order_number}/action/createPurchaseOrders".format(
            sale_order_number=quote(str(sale_order_number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | BackgroundApiAcceptedDto
    | SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse200
    | SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse207
    | None
):
    if response.status_code == 200:
        response_200 = SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 207:
        response_207 = SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse207.from_dict(response.json())

        return response_207

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | BackgroundApiAcceptedDto
    | SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse200
    | SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse207
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sale_order_number: str,
    *,
    client: AuthenticatedClient,
    body: CreatePurchaseOrderActionDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[
    Any
    | BackgroundApiAcceptedDto
    | SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse200
    | SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse207
]:
    """This will create 0..n PO based on SO according to the following rules for the lines on the SO
    - Only issue lines
    - Only create PO based on lines with supplier
    - Create PO (0..n) for each supplier on the SO lines
    - Create PO type purchase/drop shipment based on PO Source on SO line
    - If no supplier on inventory item exist the SO line will not have a corresponding PO line (response
    should point to lines with no supplier in either SO line or inventory item)
    - If 'createPurchaseOrderActionDto.preferSupplierFromSOLine' is false then the default supplier for
    SOLine inventory item will be used if any
    - If 'createPurchaseOrderActionDto.preferSupplierFromSOLine' is true then the supplier from the
    SOLine inventory item will be used; if there is no supplier on SOLine then the default supplier for
    SOLine inventory item will be used if any

     The action result dto contains list of created purchase order numbers and list of errors if any

    Args:
        sale_order_number (str):
        erp_api_background (str | Unset):
        body (CreatePurchaseOrderActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse200 | SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse207]
    """

    kwargs = _get_kwargs(
        sale_order_number=sale_order_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sale_order_number: str,
    *,
    client: AuthenticatedClient,
    body: CreatePurchaseOrderActionDto,
    erp_api_background: str | Unset = UNSET,
) -> (
    Any
    | BackgroundApiAcceptedDto
    | SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse200
    | SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse207
    | None
):
    """This will create 0..n PO based on SO according to the following rules for the lines on the SO
    - Only issue lines
    - Only create PO based on lines with supplier
    - Create PO (0..n) for each supplier on the SO lines
    - Create PO type purchase/drop shipment based on PO Source on SO line
    - If no supplier on inventory item exist the SO line will not have a corresponding PO line (response
    should point to lines with no supplier in either SO line or inventory item)
    - If 'createPurchaseOrderActionDto.preferSupplierFromSOLine' is false then the default supplier for
    SOLine inventory item will be used if any
    - If 'createPurchaseOrderActionDto.preferSupplierFromSOLine' is true then the supplier from the
    SOLine inventory item will be used; if there is no supplier on SOLine then the default supplier for
    SOLine inventory item will be used if any

     The action result dto contains list of created purchase order numbers and list of errors if any

    Args:
        sale_order_number (str):
        erp_api_background (str | Unset):
        body (CreatePurchaseOrderActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse200 | SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse207
    """

    return sync_detailed(
        sale_order_number=sale_order_number,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    sale_order_number: str,
    *,
    client: AuthenticatedClient,
    body: CreatePurchaseOrderActionDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[
    Any
    | BackgroundApiAcceptedDto
    | SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse200
    | SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse207
]:
    """This will create 0..n PO based on SO according to the following rules for the lines on the SO
    - Only issue lines
    - Only create PO based on lines with supplier
    - Create PO (0..n) for each supplier on the SO lines
    - Create PO type purchase/drop shipment based on PO Source on SO line
    - If no supplier on inventory item exist the SO line will not have a corresponding PO line (response
    should point to lines with no supplier in either SO line or inventory item)
    - If 'createPurchaseOrderActionDto.preferSupplierFromSOLine' is false then the default supplier for
    SOLine inventory item will be used if any
    - If 'createPurchaseOrderActionDto.preferSupplierFromSOLine' is true then the supplier from the
    SOLine inventory item will be used; if there is no supplier on SOLine then the default supplier for
    SOLine inventory item will be used if any

     The action result dto contains list of created purchase order numbers and list of errors if any

    Args:
        sale_order_number (str):
        erp_api_background (str | Unset):
        body (CreatePurchaseOrderActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse200 | SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse207]
    """

    kwargs = _get_kwargs(
        sale_order_number=sale_order_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sale_order_number: str,
    *,
    client: AuthenticatedClient,
    body: CreatePurchaseOrderActionDto,
    erp_api_background: str | Unset = UNSET,
) -> (
    Any
    | BackgroundApiAcceptedDto
    | SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse200
    | SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse207
    | None
):
    """This will create 0..n PO based on SO according to the following rules for the lines on the SO
    - Only issue lines
    - Only create PO based on lines with supplier
    - Create PO (0..n) for each supplier on the SO lines
    - Create PO type purchase/drop shipment based on PO Source on SO line
    - If no supplier on inventory item exist the SO line will not have a corresponding PO line (response
    should point to lines with no supplier in either SO line or inventory item)
    - If 'createPurchaseOrderActionDto.preferSupplierFromSOLine' is false then the default supplier for
    SOLine inventory item will be used if any
    - If 'createPurchaseOrderActionDto.preferSupplierFromSOLine' is true then the supplier from the
    SOLine inventory item will be used; if there is no supplier on SOLine then the default supplier for
    SOLine inventory item will be used if any

     The action result dto contains list of created purchase order numbers and list of errors if any

    Args:
        sale_order_number (str):
        erp_api_background (str | Unset):
        body (CreatePurchaseOrderActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse200 | SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse207
    """

    return (
        await asyncio_detailed(
            sale_order_number=sale_order_number,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed
