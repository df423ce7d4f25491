from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.update_cost_action_result_dto import UpdateCostActionResultDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    inventory_cd: str,
    *,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/inventory/{inventory_cd}/action/updateCost".format(
            inventory_cd=quote(str(inventory_cd), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | UpdateCostActionResultDto | None:
    if response.status_code == 200:
        response_200 = UpdateCostActionResultDto.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | UpdateCostActionResultDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    inventory_cd: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | UpdateCostActionResultDto]:
    """Update Cost action on Non-Stock Item

     The action result dto contains information about the result of running the action

    Args:
        inventory_cd (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | UpdateCostActionResultDto]
    """

    kwargs = _get_kwargs(
        inventory_cd=inventory_cd,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    inventory_cd: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | UpdateCostActionResultDto | None:
    """Update Cost action on Non-Stock Item

     The action result dto contains information about the result of running the action

    Args:
        inventory_cd (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | UpdateCostActionResultDto
    """

    return sync_detailed(
        inventory_cd=inventory_cd,
        client=client,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    inventory_cd: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | UpdateCostActionResultDto]:
    """Update Cost action on Non-Stock Item

     The action result dto contains information about the result of running the action

    Args:
        inventory_cd (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | UpdateCostActionResultDto]
    """

    kwargs = _get_kwargs(
        inventory_cd=inventory_cd,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    inventory_cd: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | UpdateCostActionResultDto | None:
    """Update Cost action on Non-Stock Item

     The action result dto contains information about the result of running the action

    Args:
        inventory_cd (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | UpdateCostActionResultDto
    """

    return (
        await asyncio_detailed(
            inventory_cd=inventory_cd,
            client=client,
            erp_api_background=erp_api_background,
        )
    ).parsed
