from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.customer_balance_dto import CustomerBalanceDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_cd: str,
    *,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customer/{customer_cd}/balance".format(
            customer_cd=quote(str(customer_cd), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BackgroundApiAcceptedDto | CustomerBalanceDto | None:
    if response.status_code == 200:
        response_200 = CustomerBalanceDto.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

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
) -> Response[Any | BackgroundApiAcceptedDto | CustomerBalanceDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_cd: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | CustomerBalanceDto]:
    """Get a specific customer's balance - ScreenId=AR303000

    Args:
        customer_cd (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | CustomerBalanceDto]
    """

    kwargs = _get_kwargs(
        customer_cd=customer_cd,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_cd: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | CustomerBalanceDto | None:
    """Get a specific customer's balance - ScreenId=AR303000

    Args:
        customer_cd (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | CustomerBalanceDto
    """

    return sync_detailed(
        customer_cd=customer_cd,
        client=client,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    customer_cd: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | CustomerBalanceDto]:
    """Get a specific customer's balance - ScreenId=AR303000

    Args:
        customer_cd (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | CustomerBalanceDto]
    """

    kwargs = _get_kwargs(
        customer_cd=customer_cd,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_cd: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | CustomerBalanceDto | None:
    """Get a specific customer's balance - ScreenId=AR303000

    Args:
        customer_cd (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | CustomerBalanceDto
    """

    return (
        await asyncio_detailed(
            customer_cd=customer_cd,
            client=client,
            erp_api_background=erp_api_background,
        )
    ).parsed
