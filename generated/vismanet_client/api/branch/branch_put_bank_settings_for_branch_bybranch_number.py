from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.bank_settings_update_dto import BankSettingsUpdateDto
from ...models.branch_put_bank_settings_for_branch_bybranch_number_response_204 import (
    BranchPutBankSettingsForBranchBybranchNumberResponse204,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    branch_number: str,
    *,
    body: BankSettingsUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/branch/{branch_number}/BankSettings".format(
            branch_number=quote(str(branch_number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | BranchPutBankSettingsForBranchBybranchNumberResponse204 | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = BranchPutBankSettingsForBranchBybranchNumberResponse204.from_dict(response.json())

        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | BranchPutBankSettingsForBranchBybranchNumberResponse204]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    branch_number: str,
    *,
    client: AuthenticatedClient,
    body: BankSettingsUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | BranchPutBankSettingsForBranchBybranchNumberResponse204]:
    """Update bank settings for branch.

     Response Message has StatusCode No Content if PUT operation succeed

    Args:
        branch_number (str):
        erp_api_background (str | Unset):
        body (BankSettingsUpdateDto): Bank settings update Dto

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | BranchPutBankSettingsForBranchBybranchNumberResponse204]
    """

    kwargs = _get_kwargs(
        branch_number=branch_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    branch_number: str,
    *,
    client: AuthenticatedClient,
    body: BankSettingsUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | BranchPutBankSettingsForBranchBybranchNumberResponse204 | None:
    """Update bank settings for branch.

     Response Message has StatusCode No Content if PUT operation succeed

    Args:
        branch_number (str):
        erp_api_background (str | Unset):
        body (BankSettingsUpdateDto): Bank settings update Dto

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | BranchPutBankSettingsForBranchBybranchNumberResponse204
    """

    return sync_detailed(
        branch_number=branch_number,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    branch_number: str,
    *,
    client: AuthenticatedClient,
    body: BankSettingsUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | BranchPutBankSettingsForBranchBybranchNumberResponse204]:
    """Update bank settings for branch.

     Response Message has StatusCode No Content if PUT operation succeed

    Args:
        branch_number (str):
        erp_api_background (str | Unset):
        body (BankSettingsUpdateDto): Bank settings update Dto

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | BranchPutBankSettingsForBranchBybranchNumberResponse204]
    """

    kwargs = _get_kwargs(
        branch_number=branch_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    branch_number: str,
    *,
    client: AuthenticatedClient,
    body: BankSettingsUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | BranchPutBankSettingsForBranchBybranchNumberResponse204 | None:
    """Update bank settings for branch.

     Response Message has StatusCode No Content if PUT operation succeed

    Args:
        branch_number (str):
        erp_api_background (str | Unset):
        body (BankSettingsUpdateDto): Bank settings update Dto

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | BranchPutBankSettingsForBranchBybranchNumberResponse204
    """

    return (
        await asyncio_detailed(
            branch_number=branch_number,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed
