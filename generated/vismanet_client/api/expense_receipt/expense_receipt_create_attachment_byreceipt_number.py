from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.expense_receipt_create_attachment_byreceipt_number_response_201 import (
    ExpenseReceiptCreateAttachmentByreceiptNumberResponse201,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    receipt_number: str,
    *,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/expenseReceipt/{receipt_number}/attachment".format(
            receipt_number=quote(str(receipt_number), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | ExpenseReceiptCreateAttachmentByreceiptNumberResponse201 | None:
    if response.status_code == 201:
        response_201 = ExpenseReceiptCreateAttachmentByreceiptNumberResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | ExpenseReceiptCreateAttachmentByreceiptNumberResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    receipt_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ExpenseReceiptCreateAttachmentByreceiptNumberResponse201]:
    """Creates an attachment and associates it with an expense receipt. If the file already exists, a new
    revision is created.

     Response Message has StatusCode Created if POST operation succeed

    Args:
        receipt_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ExpenseReceiptCreateAttachmentByreceiptNumberResponse201]
    """

    kwargs = _get_kwargs(
        receipt_number=receipt_number,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    receipt_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ExpenseReceiptCreateAttachmentByreceiptNumberResponse201 | None:
    """Creates an attachment and associates it with an expense receipt. If the file already exists, a new
    revision is created.

     Response Message has StatusCode Created if POST operation succeed

    Args:
        receipt_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ExpenseReceiptCreateAttachmentByreceiptNumberResponse201
    """

    return sync_detailed(
        receipt_number=receipt_number,
        client=client,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    receipt_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ExpenseReceiptCreateAttachmentByreceiptNumberResponse201]:
    """Creates an attachment and associates it with an expense receipt. If the file already exists, a new
    revision is created.

     Response Message has StatusCode Created if POST operation succeed

    Args:
        receipt_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ExpenseReceiptCreateAttachmentByreceiptNumberResponse201]
    """

    kwargs = _get_kwargs(
        receipt_number=receipt_number,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    receipt_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ExpenseReceiptCreateAttachmentByreceiptNumberResponse201 | None:
    """Creates an attachment and associates it with an expense receipt. If the file already exists, a new
    revision is created.

     Response Message has StatusCode Created if POST operation succeed

    Args:
        receipt_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ExpenseReceiptCreateAttachmentByreceiptNumberResponse201
    """

    return (
        await asyncio_detailed(
            receipt_number=receipt_number,
            client=client,
            erp_api_background=erp_api_background,
        )
    ).parsed
