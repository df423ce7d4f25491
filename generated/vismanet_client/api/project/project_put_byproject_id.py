from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.project_put_byproject_id_response_204 import ProjectPutByprojectIdResponse204
from ...models.project_update_dto import ProjectUpdateDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    body: ProjectUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/project/{project_id}".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | ProjectPutByprojectIdResponse204 | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = ProjectPutByprojectIdResponse204.from_dict(response.json())

        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | ProjectPutByprojectIdResponse204]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ProjectPutByprojectIdResponse204]:
    """Update a specific Project

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        project_id (str):
        erp_api_background (str | Unset):
        body (ProjectUpdateDto): This class represent a Project in Project Controller. Used to
            pass data to server for creating or updating an project

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ProjectPutByprojectIdResponse204]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ProjectPutByprojectIdResponse204 | None:
    """Update a specific Project

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        project_id (str):
        erp_api_background (str | Unset):
        body (ProjectUpdateDto): This class represent a Project in Project Controller. Used to
            pass data to server for creating or updating an project

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ProjectPutByprojectIdResponse204
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ProjectPutByprojectIdResponse204]:
    """Update a specific Project

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        project_id (str):
        erp_api_background (str | Unset):
        body (ProjectUpdateDto): This class represent a Project in Project Controller. Used to
            pass data to server for creating or updating an project

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ProjectPutByprojectIdResponse204]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ProjectPutByprojectIdResponse204 | None:
    """Update a specific Project

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        project_id (str):
        erp_api_background (str | Unset):
        body (ProjectUpdateDto): This class represent a Project in Project Controller. Used to
            pass data to server for creating or updating an project

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ProjectPutByprojectIdResponse204
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed
