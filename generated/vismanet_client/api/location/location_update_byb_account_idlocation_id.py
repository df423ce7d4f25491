from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.location_update_byb_account_idlocation_id_response_204 import (
    LocationUpdateBybAccountIdlocationIdResponse204,
)
from ...models.location_update_dto import LocationUpdateDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    b_account_id: str,
    location_id: str,
    *,
    body: LocationUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/location/{b_account_id}/{location_id}".format(
            b_account_id=quote(str(b_account_id), safe=""),
            location_id=quote(str(location_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | LocationUpdateBybAccountIdlocationIdResponse204 | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = LocationUpdateBybAccountIdlocationIdResponse204.from_dict(response.json())

        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | LocationUpdateBybAccountIdlocationIdResponse204]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    b_account_id: str,
    location_id: str,
    *,
    client: AuthenticatedClient,
    body: LocationUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | LocationUpdateBybAccountIdlocationIdResponse204]:
    """Update a specific Location

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        b_account_id (str):
        location_id (str):
        erp_api_background (str | Unset):
        body (LocationUpdateDto): This class represents a Location in LocationController. Used to
            create and update Location.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | LocationUpdateBybAccountIdlocationIdResponse204]
    """

    kwargs = _get_kwargs(
        b_account_id=b_account_id,
        location_id=location_id,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    b_account_id: str,
    location_id: str,
    *,
    client: AuthenticatedClient,
    body: LocationUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | LocationUpdateBybAccountIdlocationIdResponse204 | None:
    """Update a specific Location

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        b_account_id (str):
        location_id (str):
        erp_api_background (str | Unset):
        body (LocationUpdateDto): This class represents a Location in LocationController. Used to
            create and update Location.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | LocationUpdateBybAccountIdlocationIdResponse204
    """

    return sync_detailed(
        b_account_id=b_account_id,
        location_id=location_id,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    b_account_id: str,
    location_id: str,
    *,
    client: AuthenticatedClient,
    body: LocationUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | LocationUpdateBybAccountIdlocationIdResponse204]:
    """Update a specific Location

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        b_account_id (str):
        location_id (str):
        erp_api_background (str | Unset):
        body (LocationUpdateDto): This class represents a Location in LocationController. Used to
            create and update Location.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | LocationUpdateBybAccountIdlocationIdResponse204]
    """

    kwargs = _get_kwargs(
        b_account_id=b_account_id,
        location_id=location_id,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    b_account_id: str,
    location_id: str,
    *,
    client: AuthenticatedClient,
    body: LocationUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | LocationUpdateBybAccountIdlocationIdResponse204 | None:
    """Update a specific Location

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        b_account_id (str):
        location_id (str):
        erp_api_background (str | Unset):
        body (LocationUpdateDto): This class represents a Location in LocationController. Used to
            create and update Location.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | LocationUpdateBybAccountIdlocationIdResponse204
    """

    return (
        await asyncio_detailed(
            b_account_id=b_account_id,
            location_id=location_id,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed
