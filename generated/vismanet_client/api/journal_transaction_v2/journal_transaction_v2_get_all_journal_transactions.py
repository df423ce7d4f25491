from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.journal_transaction_dto import JournalTransactionDto
from ...models.journal_transaction_v2_get_all_journal_transactions_status import (
    JournalTransactionV2GetAllJournalTransactionsStatus,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    period_id: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    module: str | Unset = UNSET,
    status: JournalTransactionV2GetAllJournalTransactionsStatus | Unset = UNSET,
    released_batch: bool | Unset = UNSET,
    expand_attachments: bool | Unset = UNSET,
    branch: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    params["periodId"] = period_id

    params["lastModifiedDateTime"] = last_modified_date_time

    params["module"] = module

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["releasedBatch"] = released_batch

    params["expandAttachments"] = expand_attachments

    params["branch"] = branch

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/journaltransaction",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | list[JournalTransactionDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = JournalTransactionDto.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[BackgroundApiAcceptedDto | list[JournalTransactionDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    period_id: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    module: str | Unset = UNSET,
    status: JournalTransactionV2GetAllJournalTransactionsStatus | Unset = UNSET,
    released_batch: bool | Unset = UNSET,
    expand_attachments: bool | Unset = UNSET,
    branch: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[JournalTransactionDto]]:
    """Get a range of Journal Transactions - ScreenId=GL301000.
    On this particular endpoint, pagesize and totalcount denotes number of journaltransaction lines.
    When using pagination, the transactions for one specific batch can be split into several responses.
    Please use a page size lower or equal to the allowed max page size which is returned under metadata.
    If pagesize is greater than the max page size, it will be limited to max page size.

    Args:
        period_id (str | Unset):
        last_modified_date_time (str | Unset):
        module (str | Unset):
        status (JournalTransactionV2GetAllJournalTransactionsStatus | Unset):
        released_batch (bool | Unset):
        expand_attachments (bool | Unset):
        branch (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[JournalTransactionDto]]
    """

    kwargs = _get_kwargs(
        period_id=period_id,
        last_modified_date_time=last_modified_date_time,
        module=module,
        status=status,
        released_batch=released_batch,
        expand_attachments=expand_attachments,
        branch=branch,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    period_id: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    module: str | Unset = UNSET,
    status: JournalTransactionV2GetAllJournalTransactionsStatus | Unset = UNSET,
    released_batch: bool | Unset = UNSET,
    expand_attachments: bool | Unset = UNSET,
    branch: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[JournalTransactionDto] | None:
    """Get a range of Journal Transactions - ScreenId=GL301000.
    On this particular endpoint, pagesize and totalcount denotes number of journaltransaction lines.
    When using pagination, the transactions for one specific batch can be split into several responses.
    Please use a page size lower or equal to the allowed max page size which is returned under metadata.
    If pagesize is greater than the max page size, it will be limited to max page size.

    Args:
        period_id (str | Unset):
        last_modified_date_time (str | Unset):
        module (str | Unset):
        status (JournalTransactionV2GetAllJournalTransactionsStatus | Unset):
        released_batch (bool | Unset):
        expand_attachments (bool | Unset):
        branch (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[JournalTransactionDto]
    """

    return sync_detailed(
        client=client,
        period_id=period_id,
        last_modified_date_time=last_modified_date_time,
        module=module,
        status=status,
        released_batch=released_batch,
        expand_attachments=expand_attachments,
        branch=branch,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    period_id: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    module: str | Unset = UNSET,
    status: JournalTransactionV2GetAllJournalTransactionsStatus | Unset = UNSET,
    released_batch: bool | Unset = UNSET,
    expand_attachments: bool | Unset = UNSET,
    branch: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[JournalTransactionDto]]:
    """Get a range of Journal Transactions - ScreenId=GL301000.
    On this particular endpoint, pagesize and totalcount denotes number of journaltransaction lines.
    When using pagination, the transactions for one specific batch can be split into several responses.
    Please use a page size lower or equal to the allowed max page size which is returned under metadata.
    If pagesize is greater than the max page size, it will be limited to max page size.

    Args:
        period_id (str | Unset):
        last_modified_date_time (str | Unset):
        module (str | Unset):
        status (JournalTransactionV2GetAllJournalTransactionsStatus | Unset):
        released_batch (bool | Unset):
        expand_attachments (bool | Unset):
        branch (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[JournalTransactionDto]]
    """

    kwargs = _get_kwargs(
        period_id=period_id,
        last_modified_date_time=last_modified_date_time,
        module=module,
        status=status,
        released_batch=released_batch,
        expand_attachments=expand_attachments,
        branch=branch,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    period_id: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    module: str | Unset = UNSET,
    status: JournalTransactionV2GetAllJournalTransactionsStatus | Unset = UNSET,
    released_batch: bool | Unset = UNSET,
    expand_attachments: bool | Unset = UNSET,
    branch: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[JournalTransactionDto] | None:
    """Get a range of Journal Transactions - ScreenId=GL301000.
    On this particular endpoint, pagesize and totalcount denotes number of journaltransaction lines.
    When using pagination, the transactions for one specific batch can be split into several responses.
    Please use a page size lower or equal to the allowed max page size which is returned under metadata.
    If pagesize is greater than the max page size, it will be limited to max page size.

    Args:
        period_id (str | Unset):
        last_modified_date_time (str | Unset):
        module (str | Unset):
        status (JournalTransactionV2GetAllJournalTransactionsStatus | Unset):
        released_batch (bool | Unset):
        expand_attachments (bool | Unset):
        branch (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[JournalTransactionDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            period_id=period_id,
            last_modified_date_time=last_modified_date_time,
            module=module,
            status=status,
            released_batch=released_batch,
            expand_attachments=expand_attachments,
            branch=branch,
            page_number=page_number,
            page_size=page_size,
            erp_api_background=erp_api_background,
        )
    ).parsed
