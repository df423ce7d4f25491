from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.project_put_byinternal_id_response_204 import ProjectPutByinternalIdResponse204
from ...models.project_update_dto import ProjectUpdateDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    internal_id: int,
    *,
    body: ProjectUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/project/internal/{internal_id}".format(
            internal_id=quote(str(internal_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | ProjectPutByinternalIdResponse204 | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = ProjectPutByinternalIdResponse204.from_dict(response.json())

        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | ProjectPutByinternalIdResponse204]:
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
    body: ProjectUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ProjectPutByinternalIdResponse204]:
    """Update a specific Project

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        internal_id (int):
        erp_api_background (str | Unset):
        body (ProjectUpdateDto): This class represent a Project in Project Controller. Used to
            pass data to server for creating or updating an project

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ProjectPutByinternalIdResponse204]
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
    body: ProjectUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ProjectPutByinternalIdResponse204 | None:
    """Update a specific Project

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        internal_id (int):
        erp_api_background (str | Unset):
        body (ProjectUpdateDto): This class represent a Project in Project Controller. Used to
            pass data to server for creating or updating an project

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ProjectPutByinternalIdResponse204
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
    body: ProjectUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ProjectPutByinternalIdResponse204]:
    """Update a specific Project

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        internal_id (int):
        erp_api_background (str | Unset):
        body (ProjectUpdateDto): This class represent a Project in Project Controller. Used to
            pass data to server for creating or updating an project

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ProjectPutByinternalIdResponse204]
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
    body: ProjectUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ProjectPutByinternalIdResponse204 | None:
    """Update a specific Project

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        internal_id (int):
        erp_api_background (str | Unset):
        body (ProjectUpdateDto): This class represent a Project in Project Controller. Used to
            pass data to server for creating or updating an project

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ProjectPutByinternalIdResponse204
    """

    return (
        await asyncio_detailed(
            internal_id=internal_id,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed
