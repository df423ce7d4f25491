from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.customer_contract_put_bycontract_id_response_204 import CustomerContractPutBycontractIdResponse204
from ...models.customer_contract_update_dto import CustomerContractUpdateDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    contract_id: str,
    *,
    body: CustomerContractUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/customerContract/{contract_id}".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | CustomerContractPutBycontractIdResponse204 | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = CustomerContractPutBycontractIdResponse204.from_dict(response.json())

        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | CustomerContractPutBycontractIdResponse204]:
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
    body: CustomerContractUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | CustomerContractPutBycontractIdResponse204]:
    """Update a specific CustomerContract

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        contract_id (str):
        erp_api_background (str | Unset):
        body (CustomerContractUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | CustomerContractPutBycontractIdResponse204]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
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
    body: CustomerContractUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | CustomerContractPutBycontractIdResponse204 | None:
    """Update a specific CustomerContract

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        contract_id (str):
        erp_api_background (str | Unset):
        body (CustomerContractUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | CustomerContractPutBycontractIdResponse204
    """

    return sync_detailed(
        contract_id=contract_id,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient,
    body: CustomerContractUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | CustomerContractPutBycontractIdResponse204]:
    """Update a specific CustomerContract

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        contract_id (str):
        erp_api_background (str | Unset):
        body (CustomerContractUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | CustomerContractPutBycontractIdResponse204]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contract_id: str,
    *,
    client: AuthenticatedClient,
    body: CustomerContractUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | CustomerContractPutBycontractIdResponse204 | None:
    """Update a specific CustomerContract

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        contract_id (str):
        erp_api_background (str | Unset):
        body (CustomerContractUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | CustomerContractPutBycontractIdResponse204
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed
