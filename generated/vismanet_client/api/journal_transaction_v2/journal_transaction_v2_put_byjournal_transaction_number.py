from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.journal_transaction_update_dto import JournalTransactionUpdateDto
from ...models.journal_transaction_v2_put_byjournal_transaction_number_response_204 import (
    JournalTransactionV2PutByjournalTransactionNumberResponse204,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    journal_transaction_number: str,
    *,
    body: JournalTransactionUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/journaltransaction/{journal_transaction_number}".format(
            journal_transaction_number=quote(str(journal_transaction_number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | JournalTransactionV2PutByjournalTransactionNumberResponse204 | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = JournalTransactionV2PutByjournalTransactionNumberResponse204.from_dict(response.json())

        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | JournalTransactionV2PutByjournalTransactionNumberResponse204]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    journal_transaction_number: str,
    *,
    client: AuthenticatedClient,
    body: JournalTransactionUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | JournalTransactionV2PutByjournalTransactionNumberResponse204]:
    """Update a Journal Transaction

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        journal_transaction_number (str):
        erp_api_background (str | Unset):
        body (JournalTransactionUpdateDto): This class represents a journal transaction in
            JournalTransactionController. Used for creating/updating data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | JournalTransactionV2PutByjournalTransactionNumberResponse204]
    """

    kwargs = _get_kwargs(
        journal_transaction_number=journal_transaction_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    journal_transaction_number: str,
    *,
    client: AuthenticatedClient,
    body: JournalTransactionUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | JournalTransactionV2PutByjournalTransactionNumberResponse204 | None:
    """Update a Journal Transaction

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        journal_transaction_number (str):
        erp_api_background (str | Unset):
        body (JournalTransactionUpdateDto): This class represents a journal transaction in
            JournalTransactionController. Used for creating/updating data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | JournalTransactionV2PutByjournalTransactionNumberResponse204
    """

    return sync_detailed(
        journal_transaction_number=journal_transaction_number,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    journal_transaction_number: str,
    *,
    client: AuthenticatedClient,
    body: JournalTransactionUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | JournalTransactionV2PutByjournalTransactionNumberResponse204]:
    """Update a Journal Transaction

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        journal_transaction_number (str):
        erp_api_background (str | Unset):
        body (JournalTransactionUpdateDto): This class represents a journal transaction in
            JournalTransactionController. Used for creating/updating data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | JournalTransactionV2PutByjournalTransactionNumberResponse204]
    """

    kwargs = _get_kwargs(
        journal_transaction_number=journal_transaction_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    journal_transaction_number: str,
    *,
    client: AuthenticatedClient,
    body: JournalTransactionUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | JournalTransactionV2PutByjournalTransactionNumberResponse204 | None:
    """Update a Journal Transaction

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        journal_transaction_number (str):
        erp_api_background (str | Unset):
        body (JournalTransactionUpdateDto): This class represents a journal transaction in
            JournalTransactionController. Used for creating/updating data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | JournalTransactionV2PutByjournalTransactionNumberResponse204
    """

    return (
        await asyncio_detailed(
            journal_transaction_number=journal_transaction_number,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed
