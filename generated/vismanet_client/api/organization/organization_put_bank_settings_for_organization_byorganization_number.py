from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.bank_settings_update_dto import BankSettingsUpdateDto
from ...models.organization_put_bank_settings_for_organization_byorganization_number_response_204 import (
    OrganizationPutBankSettingsForOrganizationByorganizationNumberResponse204,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_number: str,
    *,
    body: BankSettingsUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/organization/{organization_number}/BankSettings".format(
            organization_number=quote(str(organization_number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | OrganizationPutBankSettingsForOrganizationByorganizationNumberResponse204 | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = OrganizationPutBankSettingsForOrganizationByorganizationNumberResponse204.from_dict(
            response.json()
        )

        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | OrganizationPutBankSettingsForOrganizationByorganizationNumberResponse204]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_number: str,
    *,
    client: AuthenticatedClient,
    body: BankSettingsUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | OrganizationPutBankSettingsForOrganizationByorganizationNumberResponse204]:
    """Update bank settings for organization

     Response Message has StatusCode No Content if PUT operation succeed

    Args:
        organization_number (str):
        erp_api_background (str | Unset):
        body (BankSettingsUpdateDto): Bank settings update Dto

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | OrganizationPutBankSettingsForOrganizationByorganizationNumberResponse204]
    """

    kwargs = _get_kwargs(
        organization_number=organization_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_number: str,
    *,
    client: AuthenticatedClient,
    body: BankSettingsUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | OrganizationPutBankSettingsForOrganizationByorganizationNumberResponse204 | None:
    """Update bank settings for organization

     Response Message has StatusCode No Content if PUT operation succeed

    Args:
        organization_number (str):
        erp_api_background (str | Unset):
        body (BankSettingsUpdateDto): Bank settings update Dto

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | OrganizationPutBankSettingsForOrganizationByorganizationNumberResponse204
    """

    return sync_detailed(
        organization_number=organization_number,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    organization_number: str,
    *,
    client: AuthenticatedClient,
    body: BankSettingsUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | OrganizationPutBankSettingsForOrganizationByorganizationNumberResponse204]:
    """Update bank settings for organization

     Response Message has StatusCode No Content if PUT operation succeed

    Args:
        organization_number (str):
        erp_api_background (str | Unset):
        body (BankSettingsUpdateDto): Bank settings update Dto

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | OrganizationPutBankSettingsForOrganizationByorganizationNumberResponse204]
    """

    kwargs = _get_kwargs(
        organization_number=organization_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_number: str,
    *,
    client: AuthenticatedClient,
    body: BankSettingsUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | OrganizationPutBankSettingsForOrganizationByorganizationNumberResponse204 | None:
    """Update bank settings for organization

     Response Message has StatusCode No Content if PUT operation succeed

    Args:
        organization_number (str):
        erp_api_background (str | Unset):
        body (BankSettingsUpdateDto): Bank settings update Dto

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | OrganizationPutBankSettingsForOrganizationByorganizationNumberResponse204
    """

    return (
        await asyncio_detailed(
            organization_number=organization_number,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed
