from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.dimension_update_segment_bydimension_idsegment_id_response_204 import (
    DimensionUpdateSegmentBydimensionIdsegmentIdResponse204,
)
from ...models.dto_segment_update_dto import DtoSegmentUpdateDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dimension_id: str,
    segment_id: int,
    *,
    body: DtoSegmentUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/dimension/{dimension_id}/{segment_id}".format(
            dimension_id=quote(str(dimension_id), safe=""),
            segment_id=quote(str(segment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | DimensionUpdateSegmentBydimensionIdsegmentIdResponse204 | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = DimensionUpdateSegmentBydimensionIdsegmentIdResponse204.from_dict(response.json())

        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | DimensionUpdateSegmentBydimensionIdsegmentIdResponse204]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dimension_id: str,
    segment_id: int,
    *,
    client: AuthenticatedClient,
    body: DtoSegmentUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | DimensionUpdateSegmentBydimensionIdsegmentIdResponse204]:
    """Update a Segment

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        dimension_id (str):
        segment_id (int):
        erp_api_background (str | Unset):
        body (DtoSegmentUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | DimensionUpdateSegmentBydimensionIdsegmentIdResponse204]
    """

    kwargs = _get_kwargs(
        dimension_id=dimension_id,
        segment_id=segment_id,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dimension_id: str,
    segment_id: int,
    *,
    client: AuthenticatedClient,
    body: DtoSegmentUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | DimensionUpdateSegmentBydimensionIdsegmentIdResponse204 | None:
    """Update a Segment

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        dimension_id (str):
        segment_id (int):
        erp_api_background (str | Unset):
        body (DtoSegmentUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | DimensionUpdateSegmentBydimensionIdsegmentIdResponse204
    """

    return sync_detailed(
        dimension_id=dimension_id,
        segment_id=segment_id,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    dimension_id: str,
    segment_id: int,
    *,
    client: AuthenticatedClient,
    body: DtoSegmentUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | DimensionUpdateSegmentBydimensionIdsegmentIdResponse204]:
    """Update a Segment

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        dimension_id (str):
        segment_id (int):
        erp_api_background (str | Unset):
        body (DtoSegmentUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | DimensionUpdateSegmentBydimensionIdsegmentIdResponse204]
    """

    kwargs = _get_kwargs(
        dimension_id=dimension_id,
        segment_id=segment_id,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dimension_id: str,
    segment_id: int,
    *,
    client: AuthenticatedClient,
    body: DtoSegmentUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | DimensionUpdateSegmentBydimensionIdsegmentIdResponse204 | None:
    """Update a Segment

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        dimension_id (str):
        segment_id (int):
        erp_api_background (str | Unset):
        body (DtoSegmentUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | DimensionUpdateSegmentBydimensionIdsegmentIdResponse204
    """

    return (
        await asyncio_detailed(
            dimension_id=dimension_id,
            segment_id=segment_id,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed
