from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.customer_overdue_charge_update_byoverdue_charge_number_response_204 import (
    CustomerOverdueChargeUpdateByoverdueChargeNumberResponse204,
)
from ...models.customer_overdue_charge_update_dto import CustomerOverdueChargeUpdateDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    overdue_charge_number: str,
    *,
    body: CustomerOverdueChargeUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/customerOverdueCharge/{overdue_charge_number}".format(
            overdue_charge_number=quote(str(overdue_charge_number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | CustomerOverdueChargeUpdateByoverdueChargeNumberResponse204 | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = CustomerOverdueChargeUpdateByoverdueChargeNumberResponse204.from_dict(response.json())

        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | CustomerOverdueChargeUpdateByoverdueChargeNumberResponse204]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    overdue_charge_number: str,
    *,
    client: AuthenticatedClient,
    body: CustomerOverdueChargeUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | CustomerOverdueChargeUpdateByoverdueChargeNumberResponse204]:
    """Update a specific Overdue Charge

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        overdue_charge_number (str):
        erp_api_background (str | Unset):
        body (CustomerOverdueChargeUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | CustomerOverdueChargeUpdateByoverdueChargeNumberResponse204]
    """

    kwargs = _get_kwargs(
        overdue_charge_number=overdue_charge_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    overdue_charge_number: str,
    *,
    client: AuthenticatedClient,
    body: CustomerOverdueChargeUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | CustomerOverdueChargeUpdateByoverdueChargeNumberResponse204 | None:
    """Update a specific Overdue Charge

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        overdue_charge_number (str):
        erp_api_background (str | Unset):
        body (CustomerOverdueChargeUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | CustomerOverdueChargeUpdateByoverdueChargeNumberResponse204
    """

    return sync_detailed(
        overdue_charge_number=overdue_charge_number,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    overdue_charge_number: str,
    *,
    client: AuthenticatedClient,
    body: CustomerOverdueChargeUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | CustomerOverdueChargeUpdateByoverdueChargeNumberResponse204]:
    """Update a specific Overdue Charge

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        overdue_charge_number (str):
        erp_api_background (str | Unset):
        body (CustomerOverdueChargeUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | CustomerOverdueChargeUpdateByoverdueChargeNumberResponse204]
    """

    kwargs = _get_kwargs(
        overdue_charge_number=overdue_charge_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    overdue_charge_number: str,
    *,
    client: AuthenticatedClient,
    body: CustomerOverdueChargeUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | CustomerOverdueChargeUpdateByoverdueChargeNumberResponse204 | None:
    """Update a specific Overdue Charge

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        overdue_charge_number (str):
        erp_api_background (str | Unset):
        body (CustomerOverdueChargeUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | CustomerOverdueChargeUpdateByoverdueChargeNumberResponse204
    """

    return (
        await asyncio_detailed(
            overdue_charge_number=overdue_charge_number,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed
