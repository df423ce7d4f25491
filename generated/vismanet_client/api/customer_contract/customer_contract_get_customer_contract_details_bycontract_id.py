from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.customer_contract_details_dto import CustomerContractDetailsDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    contract_id: str,
    *,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customerContract/{contract_id}/details".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | CustomerContractDetailsDto | None:
    if response.status_code == 200:
        response_200 = CustomerContractDetailsDto.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | CustomerContractDetailsDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | CustomerContractDetailsDto]:
    """Get a specific Customer Contract Details

    Args:
        contract_id (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | CustomerContractDetailsDto]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contract_id: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | CustomerContractDetailsDto | None:
    """Get a specific Customer Contract Details

    Args:
        contract_id (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | CustomerContractDetailsDto
    """

    return sync_detailed(
        contract_id=contract_id,
        client=client,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | CustomerContractDetailsDto]:
    """Get a specific Customer Contract Details

    Args:
        contract_id (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | CustomerContractDetailsDto]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contract_id: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | CustomerContractDetailsDto | None:
    """Get a specific Customer Contract Details

    Args:
        contract_id (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | CustomerContractDetailsDto
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            client=client,
            erp_api_background=erp_api_background,
        )
    ).parsed
