from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.kit_assembly_put_bytyperef_no_response_204 import KitAssemblyPutBytyperefNoResponse204
from ...models.kit_assembly_update_dto import KitAssemblyUpdateDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    type_: str,
    ref_no: str,
    *,
    body: KitAssemblyUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/kitassembly/{type_}/{ref_no}".format(
            type_=quote(str(type_), safe=""),
            ref_no=quote(str(ref_no), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | KitAssemblyPutBytyperefNoResponse204 | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = KitAssemblyPutBytyperefNoResponse204.from_dict(response.json())

        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | KitAssemblyPutBytyperefNoResponse204]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    type_: str,
    ref_no: str,
    *,
    client: AuthenticatedClient,
    body: KitAssemblyUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | KitAssemblyPutBytyperefNoResponse204]:
    """Updates a specific Kit Assembly document

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        type_ (str):
        ref_no (str):
        erp_api_background (str | Unset):
        body (KitAssemblyUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | KitAssemblyPutBytyperefNoResponse204]
    """

    kwargs = _get_kwargs(
        type_=type_,
        ref_no=ref_no,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    type_: str,
    ref_no: str,
    *,
    client: AuthenticatedClient,
    body: KitAssemblyUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | KitAssemblyPutBytyperefNoResponse204 | None:
    """Updates a specific Kit Assembly document

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        type_ (str):
        ref_no (str):
        erp_api_background (str | Unset):
        body (KitAssemblyUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | KitAssemblyPutBytyperefNoResponse204
    """

    return sync_detailed(
        type_=type_,
        ref_no=ref_no,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    type_: str,
    ref_no: str,
    *,
    client: AuthenticatedClient,
    body: KitAssemblyUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | KitAssemblyPutBytyperefNoResponse204]:
    """Updates a specific Kit Assembly document

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        type_ (str):
        ref_no (str):
        erp_api_background (str | Unset):
        body (KitAssemblyUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | KitAssemblyPutBytyperefNoResponse204]
    """

    kwargs = _get_kwargs(
        type_=type_,
        ref_no=ref_no,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    type_: str,
    ref_no: str,
    *,
    client: AuthenticatedClient,
    body: KitAssemblyUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | KitAssemblyPutBytyperefNoResponse204 | None:
    """Updates a specific Kit Assembly document

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        type_ (str):
        ref_no (str):
        erp_api_background (str | Unset):
        body (KitAssemblyUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | KitAssemblyPutBytyperefNoResponse204
    """

    return (
        await asyncio_detailed(
            type_=type_,
            ref_no=ref_no,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed
