from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attribute_delete_byattribute_id_response_204 import AttributeDeleteByattributeIdResponse204
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    attribute_id: str,
    *,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/attribute/{attribute_id}".format(
            attribute_id=quote(str(attribute_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttributeDeleteByattributeIdResponse204 | BackgroundApiAcceptedDto | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = AttributeDeleteByattributeIdResponse204.from_dict(response.json())

        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AttributeDeleteByattributeIdResponse204 | BackgroundApiAcceptedDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    attribute_id: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[AttributeDeleteByattributeIdResponse204 | BackgroundApiAcceptedDto]:
    """Deletes an attribute

     Response Message has StatusCode NoContent if DEL operation succeed

    Args:
        attribute_id (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttributeDeleteByattributeIdResponse204 | BackgroundApiAcceptedDto]
    """

    kwargs = _get_kwargs(
        attribute_id=attribute_id,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    attribute_id: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> AttributeDeleteByattributeIdResponse204 | BackgroundApiAcceptedDto | None:
    """Deletes an attribute

     Response Message has StatusCode NoContent if DEL operation succeed

    Args:
        attribute_id (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttributeDeleteByattributeIdResponse204 | BackgroundApiAcceptedDto
    """

    return sync_detailed(
        attribute_id=attribute_id,
        client=client,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    attribute_id: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[AttributeDeleteByattributeIdResponse204 | BackgroundApiAcceptedDto]:
    """Deletes an attribute

     Response Message has StatusCode NoContent if DEL operation succeed

    Args:
        attribute_id (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttributeDeleteByattributeIdResponse204 | BackgroundApiAcceptedDto]
    """

    kwargs = _get_kwargs(
        attribute_id=attribute_id,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    attribute_id: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> AttributeDeleteByattributeIdResponse204 | BackgroundApiAcceptedDto | None:
    """Deletes an attribute

     Response Message has StatusCode NoContent if DEL operation succeed

    Args:
        attribute_id (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttributeDeleteByattributeIdResponse204 | BackgroundApiAcceptedDto
    """

    return (
        await asyncio_detailed(
            attribute_id=attribute_id,
            client=client,
            erp_api_background=erp_api_background,
        )
    ).parsed
