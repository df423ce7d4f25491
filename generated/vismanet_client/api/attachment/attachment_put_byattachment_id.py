from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attachment_metadata_update_dto import AttachmentMetadataUpdateDto
from ...models.attachment_put_byattachment_id_response_204 import AttachmentPutByattachmentIdResponse204
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    attachment_id: UUID,
    *,
    body: AttachmentMetadataUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/attachment/{attachment_id}".format(
            attachment_id=quote(str(attachment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttachmentPutByattachmentIdResponse204 | BackgroundApiAcceptedDto | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = AttachmentPutByattachmentIdResponse204.from_dict(response.json())

        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AttachmentPutByattachmentIdResponse204 | BackgroundApiAcceptedDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    attachment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AttachmentMetadataUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[AttachmentPutByattachmentIdResponse204 | BackgroundApiAcceptedDto]:
    """Update a specific Attachment

     The the Response Message has StatusCode NoContent if Put operation succeed

    Args:
        attachment_id (UUID):
        erp_api_background (str | Unset):
        body (AttachmentMetadataUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentPutByattachmentIdResponse204 | BackgroundApiAcceptedDto]
    """

    kwargs = _get_kwargs(
        attachment_id=attachment_id,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    attachment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AttachmentMetadataUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> AttachmentPutByattachmentIdResponse204 | BackgroundApiAcceptedDto | None:
    """Update a specific Attachment

     The the Response Message has StatusCode NoContent if Put operation succeed

    Args:
        attachment_id (UUID):
        erp_api_background (str | Unset):
        body (AttachmentMetadataUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentPutByattachmentIdResponse204 | BackgroundApiAcceptedDto
    """

    return sync_detailed(
        attachment_id=attachment_id,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    attachment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AttachmentMetadataUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[AttachmentPutByattachmentIdResponse204 | BackgroundApiAcceptedDto]:
    """Update a specific Attachment

     The the Response Message has StatusCode NoContent if Put operation succeed

    Args:
        attachment_id (UUID):
        erp_api_background (str | Unset):
        body (AttachmentMetadataUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentPutByattachmentIdResponse204 | BackgroundApiAcceptedDto]
    """

    kwargs = _get_kwargs(
        attachment_id=attachment_id,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    attachment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AttachmentMetadataUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> AttachmentPutByattachmentIdResponse204 | BackgroundApiAcceptedDto | None:
    """Update a specific Attachment

     The the Response Message has StatusCode NoContent if Put operation succeed

    Args:
        attachment_id (UUID):
        erp_api_background (str | Unset):
        body (AttachmentMetadataUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentPutByattachmentIdResponse204 | BackgroundApiAcceptedDto
    """

    return (
        await asyncio_detailed(
            attachment_id=attachment_id,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed
