from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.customer_class_dto import CustomerClassDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_class_id: str,
    *,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customer/customerClass/{customer_class_id}".format(
            customer_class_id=quote(str(customer_class_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BackgroundApiAcceptedDto | CustomerClassDto | None:
    if response.status_code == 200:
        response_200 = CustomerClassDto.from_dict(response.json())

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
) -> Response[Any | BackgroundApiAcceptedDto | CustomerClassDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_class_id: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | CustomerClassDto]:
    """Get a specific customer class - ScreenId=AR201000

    Args:
        customer_class_id (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | CustomerClassDto]
    """

    kwargs = _get_kwargs(
        customer_class_id=customer_class_id,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_class_id: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | CustomerClassDto | None:
    """Get a specific customer class - ScreenId=AR201000

    Args:
        customer_class_id (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | CustomerClassDto
    """

    return sync_detailed(
        customer_class_id=customer_class_id,
        client=client,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    customer_class_id: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | CustomerClassDto]:
    """Get a specific customer class - ScreenId=AR201000

    Args:
        customer_class_id (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | CustomerClassDto]
    """

    kwargs = _get_kwargs(
        customer_class_id=customer_class_id,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_class_id: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | CustomerClassDto | None:
    """Get a specific customer class - ScreenId=AR201000

    Args:
        customer_class_id (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | CustomerClassDto
    """

    return (
        await asyncio_detailed(
            customer_class_id=customer_class_id,
            client=client,
            erp_api_background=erp_api_background,
        )
    ).parsed
