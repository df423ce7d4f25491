from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.create_shipment_action_dto import CreateShipmentActionDto
from ...models.create_shipment_action_result_dto import CreateShipmentActionResultDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    sale_order_number: str,
    *,
    body: CreateShipmentActionDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/salesorderbasic/{sale_order_number}/action/createShipment".format(
            sale_order_number=quote(str(sale_order_number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BackgroundApiAcceptedDto | CreateShipmentActionResultDto | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = CreateShipmentActionResultDto.from_dict(response.json())

        return response_204

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

    if response.status_code == 409:
        response_409 = cast(Any, None)
        return response_409

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | BackgroundApiAcceptedDto | CreateShipmentActionResultDto]:
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
    body: CreateShipmentActionDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | CreateShipmentActionResultDto]:
    """Crete shipment operation

     The action result dto contains information about the result of running the action

    Args:
        sale_order_number (str):
        erp_api_background (str | Unset):
        body (CreateShipmentActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | CreateShipmentActionResultDto]
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
    body: CreateShipmentActionDto,
    erp_api_background: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | CreateShipmentActionResultDto | None:
    """Crete shipment operation

     The action result dto contains information about the result of running the action

    Args:
        sale_order_number (str):
        erp_api_background (str | Unset):
        body (CreateShipmentActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | CreateShipmentActionResultDto
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
    body: CreateShipmentActionDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | CreateShipmentActionResultDto]:
    """Crete shipment operation

     The action result dto contains information about the result of running the action

    Args:
        sale_order_number (str):
        erp_api_background (str | Unset):
        body (CreateShipmentActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | CreateShipmentActionResultDto]
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
    body: CreateShipmentActionDto,
    erp_api_background: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | CreateShipmentActionResultDto | None:
    """Crete shipment operation

     The action result dto contains information about the result of running the action

    Args:
        sale_order_number (str):
        erp_api_background (str | Unset):
        body (CreateShipmentActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | CreateShipmentActionResultDto
    """

    return (
        await asyncio_detailed(
            sale_order_number=sale_order_number,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed
