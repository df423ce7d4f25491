import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.general_ledger_balance_dto import GeneralLedgerBalanceDto
from ...models.general_ledger_balance_v2_get_general_ledger_balances_balance_type import (
    GeneralLedgerBalanceV2GetGeneralLedgerBalancesBalanceType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    period_id: str | Unset = UNSET,
    account: str | Unset = UNSET,
    ledger: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    balance_type: GeneralLedgerBalanceV2GetGeneralLedgerBalancesBalanceType | Unset = UNSET,
    toggle_balance_signs: bool | Unset = UNSET,
    last_modified_date_time: datetime.datetime | Unset = UNSET,
    exclude_ytd_account: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    params["periodId"] = period_id

    params["account"] = account

    params["ledger"] = ledger

    params["branch"] = branch

    json_balance_type: str | Unset = UNSET
    if not isinstance(balance_type, Unset):
        json_balance_type = balance_type

    params["balanceType"] = json_balance_type

    params["toggleBalanceSigns"] = toggle_balance_signs

    json_last_modified_date_time: str | Unset = UNSET
    if not isinstance(last_modified_date_time, Unset):
        json_last_modified_date_time = last_modified_date_time.isoformat()
    params["lastModifiedDateTime"] = json_last_modified_date_time

    params["excludeYTDAccount"] = exclude_ytd_account

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/generalLedgerBalance",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | list[GeneralLedgerBalanceDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GeneralLedgerBalanceDto.from_dict(response_200_item_data)

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
) -> Response[BackgroundApiAcceptedDto | list[GeneralLedgerBalanceDto]]:
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
    account: str | Unset = UNSET,
    ledger: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    balance_type: GeneralLedgerBalanceV2GetGeneralLedgerBalancesBalanceType | Unset = UNSET,
    toggle_balance_signs: bool | Unset = UNSET,
    last_modified_date_time: datetime.datetime | Unset = UNSET,
    exclude_ytd_account: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[GeneralLedgerBalanceDto]]:
    """Get a range of General Ledger Balances. Complete documentation can be found under 8.21  release
    notes.
    Please use a page size lower or equal to the allowed max page size which is returned under metadata.
    If pagesize is greater than the max page size, it will be limited to max page size.

    Args:
        period_id (str | Unset):
        account (str | Unset):
        ledger (str | Unset):
        branch (str | Unset):
        balance_type (GeneralLedgerBalanceV2GetGeneralLedgerBalancesBalanceType | Unset):
        toggle_balance_signs (bool | Unset):
        last_modified_date_time (datetime.datetime | Unset):
        exclude_ytd_account (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[GeneralLedgerBalanceDto]]
    """

    kwargs = _get_kwargs(
        period_id=period_id,
        account=account,
        ledger=ledger,
        branch=branch,
        balance_type=balance_type,
        toggle_balance_signs=toggle_balance_signs,
        last_modified_date_time=last_modified_date_time,
        exclude_ytd_account=exclude_ytd_account,
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
    account: str | Unset = UNSET,
    ledger: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    balance_type: GeneralLedgerBalanceV2GetGeneralLedgerBalancesBalanceType | Unset = UNSET,
    toggle_balance_signs: bool | Unset = UNSET,
    last_modified_date_time: datetime.datetime | Unset = UNSET,
    exclude_ytd_account: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[GeneralLedgerBalanceDto] | None:
    """Get a range of General Ledger Balances. Complete documentation can be found under 8.21  release
    notes.
    Please use a page size lower or equal to the allowed max page size which is returned under metadata.
    If pagesize is greater than the max page size, it will be limited to max page size.

    Args:
        period_id (str | Unset):
        account (str | Unset):
        ledger (str | Unset):
        branch (str | Unset):
        balance_type (GeneralLedgerBalanceV2GetGeneralLedgerBalancesBalanceType | Unset):
        toggle_balance_signs (bool | Unset):
        last_modified_date_time (datetime.datetime | Unset):
        exclude_ytd_account (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[GeneralLedgerBalanceDto]
    """

    return sync_detailed(
        client=client,
        period_id=period_id,
        account=account,
        ledger=ledger,
        branch=branch,
        balance_type=balance_type,
        toggle_balance_signs=toggle_balance_signs,
        last_modified_date_time=last_modified_date_time,
        exclude_ytd_account=exclude_ytd_account,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    period_id: str | Unset = UNSET,
    account: str | Unset = UNSET,
    ledger: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    balance_type: GeneralLedgerBalanceV2GetGeneralLedgerBalancesBalanceType | Unset = UNSET,
    toggle_balance_signs: bool | Unset = UNSET,
    last_modified_date_time: datetime.datetime | Unset = UNSET,
    exclude_ytd_account: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[GeneralLedgerBalanceDto]]:
    """Get a range of General Ledger Balances. Complete documentation can be found under 8.21  release
    notes.
    Please use a page size lower or equal to the allowed max page size which is returned under metadata.
    If pagesize is greater than the max page size, it will be limited to max page size.

    Args:
        period_id (str | Unset):
        account (str | Unset):
        ledger (str | Unset):
        branch (str | Unset):
        balance_type (GeneralLedgerBalanceV2GetGeneralLedgerBalancesBalanceType | Unset):
        toggle_balance_signs (bool | Unset):
        last_modified_date_time (datetime.datetime | Unset):
        exclude_ytd_account (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[GeneralLedgerBalanceDto]]
    """

    kwargs = _get_kwargs(
        period_id=period_id,
        account=account,
        ledger=ledger,
        branch=branch,
        balance_type=balance_type,
        toggle_balance_signs=toggle_balance_signs,
        last_modified_date_time=last_modified_date_time,
        exclude_ytd_account=exclude_ytd_account,
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
    account: str | Unset = UNSET,
    ledger: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    balance_type: GeneralLedgerBalanceV2GetGeneralLedgerBalancesBalanceType | Unset = UNSET,
    toggle_balance_signs: bool | Unset = UNSET,
    last_modified_date_time: datetime.datetime | Unset = UNSET,
    exclude_ytd_account: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[GeneralLedgerBalanceDto] | None:
    """Get a range of General Ledger Balances. Complete documentation can be found under 8.21  release
    notes.
    Please use a page size lower or equal to the allowed max page size which is returned under metadata.
    If pagesize is greater than the max page size, it will be limited to max page size.

    Args:
        period_id (str | Unset):
        account (str | Unset):
        ledger (str | Unset):
        branch (str | Unset):
        balance_type (GeneralLedgerBalanceV2GetGeneralLedgerBalancesBalanceType | Unset):
        toggle_balance_signs (bool | Unset):
        last_modified_date_time (datetime.datetime | Unset):
        exclude_ytd_account (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[GeneralLedgerBalanceDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            period_id=period_id,
            account=account,
            ledger=ledger,
            branch=branch,
            balance_type=balance_type,
            toggle_balance_signs=toggle_balance_signs,
            last_modified_date_time=last_modified_date_time,
            exclude_ytd_account=exclude_ytd_account,
            page_number=page_number,
            page_size=page_size,
            erp_api_background=erp_api_background,
        )
    ).parsed
