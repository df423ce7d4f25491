from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.general_ledger_transaction_details_dto import GeneralLedgerTransactionDetailsDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    branch: str | Unset = UNSET,
    ledger: str,
    from_period: str | Unset = UNSET,
    to_period: str | Unset = UNSET,
    account: str | Unset = UNSET,
    subaccount_id: str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    include_unposted: bool | Unset = UNSET,
    include_unreleased: bool | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    expand_account_info: bool | Unset = UNSET,
    expand_branch_info: bool | Unset = UNSET,
    include_transaction_balance: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    params["branch"] = branch

    params["ledger"] = ledger

    params["fromPeriod"] = from_period

    params["toPeriod"] = to_period

    params["account"] = account

    params["subaccountId"] = subaccount_id

    params["fromDate"] = from_date

    params["toDate"] = to_date

    params["includeUnposted"] = include_unposted

    params["includeUnreleased"] = include_unreleased

    params["skipRecords"] = skip_records

    params["numberToRead"] = number_to_read

    params["lastModifiedDateTime"] = last_modified_date_time

    params["lastModifiedDateTimeCondition"] = last_modified_date_time_condition

    params["expandAccountInfo"] = expand_account_info

    params["expandBranchInfo"] = expand_branch_info

    params["includeTransactionBalance"] = include_transaction_balance

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/GeneralLedgerTransactions",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | list[GeneralLedgerTransactionDetailsDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GeneralLedgerTransactionDetailsDto.from_dict(response_200_item_data)

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
) -> Response[BackgroundApiAcceptedDto | list[GeneralLedgerTransactionDetailsDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    branch: str | Unset = UNSET,
    ledger: str,
    from_period: str | Unset = UNSET,
    to_period: str | Unset = UNSET,
    account: str | Unset = UNSET,
    subaccount_id: str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    include_unposted: bool | Unset = UNSET,
    include_unreleased: bool | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    expand_account_info: bool | Unset = UNSET,
    expand_branch_info: bool | Unset = UNSET,
    include_transaction_balance: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[GeneralLedgerTransactionDetailsDto]]:
    """Get a range of General Ledger Transactions - ScreenId=GL404000
    Please use a page size lower or equal to the allowed max page size which is returned under metadata.
    If pagesize is greater than the max page size, it will be limited to max page size.

    Args:
        branch (str | Unset):
        ledger (str):
        from_period (str | Unset):
        to_period (str | Unset):
        account (str | Unset):
        subaccount_id (str | Unset):
        from_date (str | Unset):
        to_date (str | Unset):
        include_unposted (bool | Unset):
        include_unreleased (bool | Unset):
        skip_records (int | Unset):
        number_to_read (int | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        expand_account_info (bool | Unset):
        expand_branch_info (bool | Unset):
        include_transaction_balance (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[GeneralLedgerTransactionDetailsDto]]
    """

    kwargs = _get_kwargs(
        branch=branch,
        ledger=ledger,
        from_period=from_period,
        to_period=to_period,
        account=account,
        subaccount_id=subaccount_id,
        from_date=from_date,
        to_date=to_date,
        include_unposted=include_unposted,
        include_unreleased=include_unreleased,
        skip_records=skip_records,
        number_to_read=number_to_read,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        expand_account_info=expand_account_info,
        expand_branch_info=expand_branch_info,
        include_transaction_balance=include_transaction_balance,
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
    branch: str | Unset = UNSET,
    ledger: str,
    from_period: str | Unset = UNSET,
    to_period: str | Unset = UNSET,
    account: str | Unset = UNSET,
    subaccount_id: str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    include_unposted: bool | Unset = UNSET,
    include_unreleased: bool | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    expand_account_info: bool | Unset = UNSET,
    expand_branch_info: bool | Unset = UNSET,
    include_transaction_balance: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[GeneralLedgerTransactionDetailsDto] | None:
    """Get a range of General Ledger Transactions - ScreenId=GL404000
    Please use a page size lower or equal to the allowed max page size which is returned under metadata.
    If pagesize is greater than the max page size, it will be limited to max page size.

    Args:
        branch (str | Unset):
        ledger (str):
        from_period (str | Unset):
        to_period (str | Unset):
        account (str | Unset):
        subaccount_id (str | Unset):
        from_date (str | Unset):
        to_date (str | Unset):
        include_unposted (bool | Unset):
        include_unreleased (bool | Unset):
        skip_records (int | Unset):
        number_to_read (int | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        expand_account_info (bool | Unset):
        expand_branch_info (bool | Unset):
        include_transaction_balance (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[GeneralLedgerTransactionDetailsDto]
    """

    return sync_detailed(
        client=client,
        branch=branch,
        ledger=ledger,
        from_period=from_period,
        to_period=to_period,
        account=account,
        subaccount_id=subaccount_id,
        from_date=from_date,
        to_date=to_date,
        include_unposted=include_unposted,
        include_unreleased=include_unreleased,
        skip_records=skip_records,
        number_to_read=number_to_read,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        expand_account_info=expand_account_info,
        expand_branch_info=expand_branch_info,
        include_transaction_balance=include_transaction_balance,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    branch: str | Unset = UNSET,
    ledger: str,
    from_period: str | Unset = UNSET,
    to_period: str | Unset = UNSET,
    account: str | Unset = UNSET,
    subaccount_id: str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    include_unposted: bool | Unset = UNSET,
    include_unreleased: bool | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    expand_account_info: bool | Unset = UNSET,
    expand_branch_info: bool | Unset = UNSET,
    include_transaction_balance: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[GeneralLedgerTransactionDetailsDto]]:
    """Get a range of General Ledger Transactions - ScreenId=GL404000
    Please use a page size lower or equal to the allowed max page size which is returned under metadata.
    If pagesize is greater than the max page size, it will be limited to max page size.

    Args:
        branch (str | Unset):
        ledger (str):
        from_period (str | Unset):
        to_period (str | Unset):
        account (str | Unset):
        subaccount_id (str | Unset):
        from_date (str | Unset):
        to_date (str | Unset):
        include_unposted (bool | Unset):
        include_unreleased (bool | Unset):
        skip_records (int | Unset):
        number_to_read (int | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        expand_account_info (bool | Unset):
        expand_branch_info (bool | Unset):
        include_transaction_balance (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[GeneralLedgerTransactionDetailsDto]]
    """

    kwargs = _get_kwargs(
        branch=branch,
        ledger=ledger,
        from_period=from_period,
        to_period=to_period,
        account=account,
        subaccount_id=subaccount_id,
        from_date=from_date,
        to_date=to_date,
        include_unposted=include_unposted,
        include_unreleased=include_unreleased,
        skip_records=skip_records,
        number_to_read=number_to_read,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        expand_account_info=expand_account_info,
        expand_branch_info=expand_branch_info,
        include_transaction_balance=include_transaction_balance,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    branch: str | Unset = UNSET,
    ledger: str,
    from_period: str | Unset = UNSET,
    to_period: str | Unset = UNSET,
    account: str | Unset = UNSET,
    subaccount_id: str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    include_unposted: bool | Unset = UNSET,
    include_unreleased: bool | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    expand_account_info: bool | Unset = UNSET,
    expand_branch_info: bool | Unset = UNSET,
    include_transaction_balance: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[GeneralLedgerTransactionDetailsDto] | None:
    """Get a range of General Ledger Transactions - ScreenId=GL404000
    Please use a page size lower or equal to the allowed max page size which is returned under metadata.
    If pagesize is greater than the max page size, it will be limited to max page size.

    Args:
        branch (str | Unset):
        ledger (str):
        from_period (str | Unset):
        to_period (str | Unset):
        account (str | Unset):
        subaccount_id (str | Unset):
        from_date (str | Unset):
        to_date (str | Unset):
        include_unposted (bool | Unset):
        include_unreleased (bool | Unset):
        skip_records (int | Unset):
        number_to_read (int | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        expand_account_info (bool | Unset):
        expand_branch_info (bool | Unset):
        include_transaction_balance (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[GeneralLedgerTransactionDetailsDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            branch=branch,
            ledger=ledger,
            from_period=from_period,
            to_period=to_period,
            account=account,
            subaccount_id=subaccount_id,
            from_date=from_date,
            to_date=to_date,
            include_unposted=include_unposted,
            include_unreleased=include_unreleased,
            skip_records=skip_records,
            number_to_read=number_to_read,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            expand_account_info=expand_account_info,
            expand_branch_info=expand_branch_info,
            include_transaction_balance=include_transaction_balance,
            page_number=page_number,
            page_size=page_size,
            erp_api_background=erp_api_background,
        )
    ).parsed
