from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.expense_receipt_put_byreceipt_number_response_204 import ExpenseReceiptPutByreceiptNumberResponse204
from ...models.expense_receipt_update_dto import ExpenseReceiptUpdateDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    receipt_number: str,
    *,
    body: ExpenseReceiptUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/expenseReceipt/{receipt_number}".format(
            receipt_number=quote(str(receipt_number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | ExpenseReceiptPutByreceiptNumberResponse204 | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = ExpenseReceiptPutByreceiptNumberResponse204.from_dict(response.json())

        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | ExpenseReceiptPutByreceiptNumberResponse204]:
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
    body: ExpenseReceiptUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ExpenseReceiptPutByreceiptNumberResponse204]:
    """Update a Expense Receipt

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        receipt_number (str):
        erp_api_background (str | Unset):
        body (ExpenseReceiptUpdateDto): This class represents a Expense Receipt in
            ExpenseReceiptController. Used to post data to server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ExpenseReceiptPutByreceiptNumberResponse204]
    """

    kwargs = _get_kwargs(
        receipt_number=receipt_number,
        body=body,
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
    body: ExpenseReceiptUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ExpenseReceiptPutByreceiptNumberResponse204 | None:
    """Update a Expense Receipt

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        receipt_number (str):
        erp_api_background (str | Unset):
        body (ExpenseReceiptUpdateDto): This class represents a Expense Receipt in
            ExpenseReceiptController. Used to post data to server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ExpenseReceiptPutByreceiptNumberResponse204
    """

    return sync_detailed(
        receipt_number=receipt_number,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    receipt_number: str,
    *,
    client: AuthenticatedClient,
    body: ExpenseReceiptUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ExpenseReceiptPutByreceiptNumberResponse204]:
    """Update a Expense Receipt

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        receipt_number (str):
        erp_api_background (str | Unset):
        body (ExpenseReceiptUpdateDto): This class represents a Expense Receipt in
            ExpenseReceiptController. Used to post data to server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ExpenseReceiptPutByreceiptNumberResponse204]
    """

    kwargs = _get_kwargs(
        receipt_number=receipt_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    receipt_number: str,
    *,
    client: AuthenticatedClient,
    body: ExpenseReceiptUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ExpenseReceiptPutByreceiptNumberResponse204 | None:
    """Update a Expense Receipt

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        receipt_number (str):
        erp_api_background (str | Unset):
        body (ExpenseReceiptUpdateDto): This class represents a Expense Receipt in
            ExpenseReceiptController. Used to post data to server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ExpenseReceiptPutByreceiptNumberResponse204
    """

    return (
        await asyncio_detailed(
            receipt_number=receipt_number,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed
