from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.change_project_id_action_dto import ChangeProjectIdActionDto
from ...models.change_project_id_action_result_dto import ChangeProjectIdActionResultDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    internal_id: int,
    *,
    body: ChangeProjectIdActionDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/project/action/changeProjectId/{internal_id}".format(
            internal_id=quote(str(internal_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | ChangeProjectIdActionResultDto | None:
    if response.status_code == 200:
        response_200 = ChangeProjectIdActionResultDto.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | ChangeProjectIdActionResultDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    internal_id: int,
    *,
    client: AuthenticatedClient,
    body: ChangeProjectIdActionDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ChangeProjectIdActionResultDto]:
    """Updates the ProjectID for the specified project

     The action result dto contains information about the result of running the action

    Args:
        internal_id (int):
        erp_api_background (str | Unset):
        body (ChangeProjectIdActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ChangeProjectIdActionResultDto]
    """

    kwargs = _get_kwargs(
        internal_id=internal_id,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    internal_id: int,
    *,
    client: AuthenticatedClient,
    body: ChangeProjectIdActionDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ChangeProjectIdActionResultDto | None:
    """Updates the ProjectID for the specified project

     The action result dto contains information about the result of running the action

    Args:
        internal_id (int):
        erp_api_background (str | Unset):
        body (ChangeProjectIdActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ChangeProjectIdActionResultDto
    """

    return sync_detailed(
        internal_id=internal_id,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    internal_id: int,
    *,
    client: AuthenticatedClient,
    body: ChangeProjectIdActionDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ChangeProjectIdActionResultDto]:
    """Updates the ProjectID for the specified project

     The action result dto contains information about the result of running the action

    Args:
        internal_id (int):
        erp_api_background (str | Unset):
        body (ChangeProjectIdActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ChangeProjectIdActionResultDto]
    """

    kwargs = _get_kwargs(
        internal_id=internal_id,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    internal_id: int,
    *,
    client: AuthenticatedClient,
    body: ChangeProjectIdActionDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ChangeProjectIdActionResultDto | None:
    """Updates the ProjectID for the specified project

     The action result dto contains information about the result of running the action

    Args:
        internal_id (int):
        erp_api_background (str | Unset):
        body (ChangeProjectIdActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ChangeProjectIdActionResultDto
    """

    return (
        await asyncio_detailed(
            internal_id=internal_id,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed
