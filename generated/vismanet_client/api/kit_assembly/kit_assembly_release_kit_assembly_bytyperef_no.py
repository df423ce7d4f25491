from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.kit_assembly_release_kit_assembly_bytyperef_no_response_200 import (
    KitAssemblyReleaseKitAssemblyBytyperefNoResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    type_: str,
    ref_no: str,
    *,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/kitassembly/{type_}/{ref_no}/action/release".format(
            type_=quote(str(type_), safe=""),
            ref_no=quote(str(ref_no), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | KitAssemblyReleaseKitAssemblyBytyperefNoResponse200 | None:
    if response.status_code == 200:
        response_200 = KitAssemblyReleaseKitAssemblyBytyperefNoResponse200.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | KitAssemblyReleaseKitAssemblyBytyperefNoResponse200]:
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
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | KitAssemblyReleaseKitAssemblyBytyperefNoResponse200]:
    """Release Kit Assembly

     The action result dto contains information about the result of running the action

    Args:
        type_ (str):
        ref_no (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | KitAssemblyReleaseKitAssemblyBytyperefNoResponse200]
    """

    kwargs = _get_kwargs(
        type_=type_,
        ref_no=ref_no,
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
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | KitAssemblyReleaseKitAssemblyBytyperefNoResponse200 | None:
    """Release Kit Assembly

     The action result dto contains information about the result of running the action

    Args:
        type_ (str):
        ref_no (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | KitAssemblyReleaseKitAssemblyBytyperefNoResponse200
    """

    return sync_detailed(
        type_=type_,
        ref_no=ref_no,
        client=client,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    type_: str,
    ref_no: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | KitAssemblyReleaseKitAssemblyBytyperefNoResponse200]:
    """Release Kit Assembly

     The action result dto contains information about the result of running the action

    Args:
        type_ (str):
        ref_no (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | KitAssemblyReleaseKitAssemblyBytyperefNoResponse200]
    """

    kwargs = _get_kwargs(
        type_=type_,
        ref_no=ref_no,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    type_: str,
    ref_no: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | KitAssemblyReleaseKitAssemblyBytyperefNoResponse200 | None:
    """Release Kit Assembly

     The action result dto contains information about the result of running the action

    Args:
        type_ (str):
        ref_no (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | KitAssemblyReleaseKitAssemblyBytyperefNoResponse200
    """

    return (
        await asyncio_detailed(
            type_=type_,
            ref_no=ref_no,
            client=client,
            erp_api_background=erp_api_background,
        )
    ).parsed
