from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.sales_person_update_dto import SalesPersonUpdateDto
from ...models.sales_person_update_salesperson_bysalesperson_cd_response_204 import (
    SalesPersonUpdateSalespersonBysalespersonCdResponse204,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    salesperson_cd: str,
    *,
    body: SalesPersonUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/salesperson/{salesperson_cd}".format(
            salesperson_cd=quote(str(salesperson_cd), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | SalesPersonUpdateSalespersonBysalespersonCdResponse204 | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = SalesPersonUpdateSalespersonBysalespersonCdResponse204.from_dict(response.json())

        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | SalesPersonUpdateSalespersonBysalespersonCdResponse204]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    salesperson_cd: str,
    *,
    client: AuthenticatedClient,
    body: SalesPersonUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | SalesPersonUpdateSalespersonBysalespersonCdResponse204]:
    """Update a specific Salesperson

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        salesperson_cd (str):
        erp_api_background (str | Unset):
        body (SalesPersonUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | SalesPersonUpdateSalespersonBysalespersonCdResponse204]
    """

    kwargs = _get_kwargs(
        salesperson_cd=salesperson_cd,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    salesperson_cd: str,
    *,
    client: AuthenticatedClient,
    body: SalesPersonUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | SalesPersonUpdateSalespersonBysalespersonCdResponse204 | None:
    """Update a specific Salesperson

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        salesperson_cd (str):
        erp_api_background (str | Unset):
        body (SalesPersonUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | SalesPersonUpdateSalespersonBysalespersonCdResponse204
    """

    return sync_detailed(
        salesperson_cd=salesperson_cd,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    salesperson_cd: str,
    *,
    client: AuthenticatedClient,
    body: SalesPersonUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | SalesPersonUpdateSalespersonBysalespersonCdResponse204]:
    """Update a specific Salesperson

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        salesperson_cd (str):
        erp_api_background (str | Unset):
        body (SalesPersonUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | SalesPersonUpdateSalespersonBysalespersonCdResponse204]
    """

    kwargs = _get_kwargs(
        salesperson_cd=salesperson_cd,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    salesperson_cd: str,
    *,
    client: AuthenticatedClient,
    body: SalesPersonUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | SalesPersonUpdateSalespersonBysalespersonCdResponse204 | None:
    """Update a specific Salesperson

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        salesperson_cd (str):
        erp_api_background (str | Unset):
        body (SalesPersonUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | SalesPersonUpdateSalespersonBysalespersonCdResponse204
    """

    return (
        await asyncio_detailed(
            salesperson_cd=salesperson_cd,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed
