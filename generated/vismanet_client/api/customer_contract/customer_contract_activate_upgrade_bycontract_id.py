import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.customer_contract_activate_upgrade_bycontract_id_response_200 import (
    CustomerContractActivateUpgradeBycontractIdResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    contract_id: str,
    *,
    activation_date: datetime.datetime | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    json_activation_date: str | Unset = UNSET
    if not isinstance(activation_date, Unset):
        json_activation_date = activation_date.isoformat()
    params["activationDate"] = json_activation_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/customerContract/{contract_id}/action/activateUpgrade".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | CustomerContractActivateUpgradeBycontractIdResponse200 | None:
    if response.status_code == 200:
        response_200 = CustomerContractActivateUpgradeBycontractIdResponse200.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | CustomerContractActivateUpgradeBycontractIdResponse200]:
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
    activation_date: datetime.datetime | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | CustomerContractActivateUpgradeBycontractIdResponse200]:
    """Activate upgrade contract operation

     Response Message has StatusCode BadRequest or InternalServerError if POST operation failed

    Args:
        contract_id (str):
        activation_date (datetime.datetime | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | CustomerContractActivateUpgradeBycontractIdResponse200]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        activation_date=activation_date,
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
    activation_date: datetime.datetime | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | CustomerContractActivateUpgradeBycontractIdResponse200 | None:
    """Activate upgrade contract operation

     Response Message has StatusCode BadRequest or InternalServerError if POST operation failed

    Args:
        contract_id (str):
        activation_date (datetime.datetime | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | CustomerContractActivateUpgradeBycontractIdResponse200
    """

    return sync_detailed(
        contract_id=contract_id,
        client=client,
        activation_date=activation_date,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient,
    activation_date: datetime.datetime | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | CustomerContractActivateUpgradeBycontractIdResponse200]:
    """Activate upgrade contract operation

     Response Message has StatusCode BadRequest or InternalServerError if POST operation failed

    Args:
        contract_id (str):
        activation_date (datetime.datetime | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | CustomerContractActivateUpgradeBycontractIdResponse200]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        activation_date=activation_date,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contract_id: str,
    *,
    client: AuthenticatedClient,
    activation_date: datetime.datetime | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | CustomerContractActivateUpgradeBycontractIdResponse200 | None:
    """Activate upgrade contract operation

     Response Message has StatusCode BadRequest or InternalServerError if POST operation failed

    Args:
        contract_id (str):
        activation_date (datetime.datetime | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | CustomerContractActivateUpgradeBycontractIdResponse200
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            client=client,
            activation_date=activation_date,
            erp_api_background=erp_api_background,
        )
    ).parsed
