from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.project_transaction_document_update_dto import ProjectTransactionDocumentUpdateDto
from ...models.project_transaction_put_byref_nbr_response_204 import ProjectTransactionPutByrefNbrResponse204
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ref_nbr: str,
    *,
    body: ProjectTransactionDocumentUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/projecttransaction/{ref_nbr}".format(
            ref_nbr=quote(str(ref_nbr), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | ProjectTransactionPutByrefNbrResponse204 | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = ProjectTransactionPutByrefNbrResponse204.from_dict(response.json())

        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | ProjectTransactionPutByrefNbrResponse204]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ref_nbr: str,
    *,
    client: AuthenticatedClient,
    body: ProjectTransactionDocumentUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ProjectTransactionPutByrefNbrResponse204]:
    """Update a specific Project transaction document

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        ref_nbr (str):
        erp_api_background (str | Unset):
        body (ProjectTransactionDocumentUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ProjectTransactionPutByrefNbrResponse204]
    """

    kwargs = _get_kwargs(
        ref_nbr=ref_nbr,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ref_nbr: str,
    *,
    client: AuthenticatedClient,
    body: ProjectTransactionDocumentUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ProjectTransactionPutByrefNbrResponse204 | None:
    """Update a specific Project transaction document

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        ref_nbr (str):
        erp_api_background (str | Unset):
        body (ProjectTransactionDocumentUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ProjectTransactionPutByrefNbrResponse204
    """

    return sync_detailed(
        ref_nbr=ref_nbr,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    ref_nbr: str,
    *,
    client: AuthenticatedClient,
    body: ProjectTransactionDocumentUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ProjectTransactionPutByrefNbrResponse204]:
    """Update a specific Project transaction document

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        ref_nbr (str):
        erp_api_background (str | Unset):
        body (ProjectTransactionDocumentUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ProjectTransactionPutByrefNbrResponse204]
    """

    kwargs = _get_kwargs(
        ref_nbr=ref_nbr,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ref_nbr: str,
    *,
    client: AuthenticatedClient,
    body: ProjectTransactionDocumentUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ProjectTransactionPutByrefNbrResponse204 | None:
    """Update a specific Project transaction document

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        ref_nbr (str):
        erp_api_background (str | Unset):
        body (ProjectTransactionDocumentUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ProjectTransactionPutByrefNbrResponse204
    """

    return (
        await asyncio_detailed(
            ref_nbr=ref_nbr,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed
