from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.rot_rut_basic_dto import RotRutBasicDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_type: str,
    order_nbr: str,
    *,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/salesorder/{order_type}/{order_nbr}/rotrut".format(
            order_type=quote(str(order_type), safe=""),
            order_nbr=quote(str(order_nbr), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | RotRutBasicDto | None:
    if response.status_code == 200:
        response_200 = RotRutBasicDto.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | RotRutBasicDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_type: str,
    order_nbr: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | RotRutBasicDto]:
    """Get ROT/RUT details for a specific type of order

    Args:
        order_type (str):
        order_nbr (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | RotRutBasicDto]
    """

    kwargs = _get_kwargs(
        order_type=order_type,
        order_nbr=order_nbr,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_type: str,
    order_nbr: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | RotRutBasicDto | None:
    """Get ROT/RUT details for a specific type of order

    Args:
        order_type (str):
        order_nbr (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | RotRutBasicDto
    """

    return sync_detailed(
        order_type=order_type,
        order_nbr=order_nbr,
        client=client,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    order_type: str,
    order_nbr: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | RotRutBasicDto]:
    """Get ROT/RUT details for a specific type of order

    Args:
        order_type (str):
        order_nbr (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | RotRutBasicDto]
    """

    kwargs = _get_kwargs(
        order_type=order_type,
        order_nbr=order_nbr,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_type: str,
    order_nbr: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | RotRutBasicDto | None:
    """Get ROT/RUT details for a specific type of order

    Args:
        order_type (str):
        order_nbr (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | RotRutBasicDto
    """

    return (
        await asyncio_detailed(
            order_type=order_type,
            order_nbr=order_nbr,
            client=client,
            erp_api_background=erp_api_background,
        )
    ).parsed
