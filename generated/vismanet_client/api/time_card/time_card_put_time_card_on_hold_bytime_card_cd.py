from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.put_time_card_on_hold_action_result_dto import PutTimeCardOnHoldActionResultDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    time_card_cd: str,
    *,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/timeCard/{time_card_cd}/action/hold".format(
            time_card_cd=quote(str(time_card_cd), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | PutTimeCardOnHoldActionResultDto | None:
    if response.status_code == 200:
        response_200 = PutTimeCardOnHoldActionResultDto.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | PutTimeCardOnHoldActionResultDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    time_card_cd: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | PutTimeCardOnHoldActionResultDto]:
    """Put timecard on hold

     The action result dto contains information about the result of running the action

    Args:
        time_card_cd (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | PutTimeCardOnHoldActionResultDto]
    """

    kwargs = _get_kwargs(
        time_card_cd=time_card_cd,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    time_card_cd: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | PutTimeCardOnHoldActionResultDto | None:
    """Put timecard on hold

     The action result dto contains information about the result of running the action

    Args:
        time_card_cd (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | PutTimeCardOnHoldActionResultDto
    """

    return sync_detailed(
        time_card_cd=time_card_cd,
        client=client,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    time_card_cd: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | PutTimeCardOnHoldActionResultDto]:
    """Put timecard on hold

     The action result dto contains information about the result of running the action

    Args:
        time_card_cd (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | PutTimeCardOnHoldActionResultDto]
    """

    kwargs = _get_kwargs(
        time_card_cd=time_card_cd,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    time_card_cd: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | PutTimeCardOnHoldActionResultDto | None:
    """Put timecard on hold

     The action result dto contains information about the result of running the action

    Args:
        time_card_cd (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | PutTimeCardOnHoldActionResultDto
    """

    return (
        await asyncio_detailed(
            time_card_cd=time_card_cd,
            client=client,
            erp_api_background=erp_api_background,
        )
    ).parsed
