from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.customer_overdue_charge_create_header_attachment_byoverdue_charge_number_response_201 import (
    CustomerOverdueChargeCreateHeaderAttachmentByoverdueChargeNumberResponse201,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    overdue_charge_number: str,
    *,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/customerOverdueCharge/{overdue_charge_number}/attachment".format(
            overdue_charge_number=quote(str(overdue_charge_number), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | CustomerOverdueChargeCreateHeaderAttachmentByoverdueChargeNumberResponse201 | None:
    if response.status_code == 201:
        response_201 = CustomerOverdueChargeCreateHeaderAttachmentByoverdueChargeNumberResponse201.from_dict(
            response.json()
        )

        return response_201

    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | CustomerOverdueChargeCreateHeaderAttachmentByoverdueChargeNumberResponse201]:
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
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | CustomerOverdueChargeCreateHeaderAttachmentByoverdueChargeNumberResponse201]:
    """Creates an attachment and associates it with an overdue charge. If the file already exists, a new
    revision is created.

     Response Message has StatusCode Created if POST operation succeed

    Args:
        overdue_charge_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | CustomerOverdueChargeCreateHeaderAttachmentByoverdueChargeNumberResponse201]
    """

    kwargs = _get_kwargs(
        overdue_charge_number=overdue_charge_number,
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
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | CustomerOverdueChargeCreateHeaderAttachmentByoverdueChargeNumberResponse201 | None:
    """Creates an attachment and associates it with an overdue charge. If the file already exists, a new
    revision is created.

     Response Message has StatusCode Created if POST operation succeed

    Args:
        overdue_charge_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | CustomerOverdueChargeCreateHeaderAttachmentByoverdueChargeNumberResponse201
    """

    return sync_detailed(
        overdue_charge_number=overdue_charge_number,
        client=client,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    overdue_charge_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | CustomerOverdueChargeCreateHeaderAttachmentByoverdueChargeNumberResponse201]:
    """Creates an attachment and associates it with an overdue charge. If the file already exists, a new
    revision is created.

     Response Message has StatusCode Created if POST operation succeed

    Args:
        overdue_charge_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | CustomerOverdueChargeCreateHeaderAttachmentByoverdueChargeNumberResponse201]
    """

    kwargs = _get_kwargs(
        overdue_charge_number=overdue_charge_number,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    overdue_charge_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | CustomerOverdueChargeCreateHeaderAttachmentByoverdueChargeNumberResponse201 | None:
    """Creates an attachment and associates it with an overdue charge. If the file already exists, a new
    revision is created.

     Response Message has StatusCode Created if POST operation succeed

    Args:
        overdue_charge_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | CustomerOverdueChargeCreateHeaderAttachmentByoverdueChargeNumberResponse201
    """

    return (
        await asyncio_detailed(
            overdue_charge_number=overdue_charge_number,
            client=client,
            erp_api_background=erp_api_background,
        )
    ).parsed
