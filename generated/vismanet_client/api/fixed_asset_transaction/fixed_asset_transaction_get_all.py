from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.fixed_asset_transaction_dto import FixedAssetTransactionDto
from ...models.fixed_asset_transaction_get_all_status import (
    FixedAssetTransactionGetAllStatus,
)
from ...models.fixed_asset_transaction_get_all_transaction_type import (
    FixedAssetTransactionGetAllTransactionType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ref_no: str | Unset = UNSET,
    asset_id: str | Unset = UNSET,
    book_id: str | Unset = UNSET,
    from_period: str | Unset = UNSET,
    to_period: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    sub_account_id: str | Unset = UNSET,
    status: FixedAssetTransactionGetAllStatus | Unset = UNSET,
    transaction_type: FixedAssetTransactionGetAllTransactionType | Unset = UNSET,
    transaction_from_date: str | Unset = UNSET,
    transaction_to_date: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    params["refNo"] = ref_no

    params["assetID"] = asset_id

    params["bookID"] = book_id

    params["fromPeriod"] = from_period

    params["toPeriod"] = to_period

    params["accountID"] = account_id

    params["subAccountID"] = sub_account_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_transaction_type: str | Unset = UNSET
    if not isinstance(transaction_type, Unset):
        json_transaction_type = transaction_type

    params["transactionType"] = json_transaction_type

    params["transactionFromDate"] = transaction_from_date

    params["transactionToDate"] = transaction_to_date

    params["lastModifiedDateTime"] = last_modified_date_time

    params["lastModifiedDateTimeCondition"] = last_modified_date_time_condition

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/fixedAssetTransaction",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | list[FixedAssetTransactionDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FixedAssetTransactionDto.from_dict(response_200_item_data)

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
) -> Response[BackgroundApiAcceptedDto | list[FixedAssetTransactionDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    ref_no: str | Unset = UNSET,
    asset_id: str | Unset = UNSET,
    book_id: str | Unset = UNSET,
    from_period: str | Unset = UNSET,
    to_period: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    sub_account_id: str | Unset = UNSET,
    status: FixedAssetTransactionGetAllStatus | Unset = UNSET,
    transaction_type: FixedAssetTransactionGetAllTransactionType | Unset = UNSET,
    transaction_from_date: str | Unset = UNSET,
    transaction_to_date: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[FixedAssetTransactionDto]]:
    """Get a range of transactions - Screen ID:FA301000

    Args:
        ref_no (str | Unset):
        asset_id (str | Unset):
        book_id (str | Unset):
        from_period (str | Unset):
        to_period (str | Unset):
        account_id (str | Unset):
        sub_account_id (str | Unset):
        status (FixedAssetTransactionGetAllStatus | Unset):
        transaction_type (FixedAssetTransactionGetAllTransactionType | Unset):
        transaction_from_date (str | Unset):
        transaction_to_date (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[FixedAssetTransactionDto]]
    """

    kwargs = _get_kwargs(
        ref_no=ref_no,
        asset_id=asset_id,
        book_id=book_id,
        from_period=from_period,
        to_period=to_period,
        account_id=account_id,
        sub_account_id=sub_account_id,
        status=status,
        transaction_type=transaction_type,
        transaction_from_date=transaction_from_date,
        transaction_to_date=transaction_to_date,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
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
    ref_no: str | Unset = UNSET,
    asset_id: str | Unset = UNSET,
    book_id: str | Unset = UNSET,
    from_period: str | Unset = UNSET,
    to_period: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    sub_account_id: str | Unset = UNSET,
    status: FixedAssetTransactionGetAllStatus | Unset = UNSET,
    transaction_type: FixedAssetTransactionGetAllTransactionType | Unset = UNSET,
    transaction_from_date: str | Unset = UNSET,
    transaction_to_date: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[FixedAssetTransactionDto] | None:
    """Get a range of transactions - Screen ID:FA301000

    Args:
        ref_no (str | Unset):
        asset_id (str | Unset):
        book_id (str | Unset):
        from_period (str | Unset):
        to_period (str | Unset):
        account_id (str | Unset):
        sub_account_id (str | Unset):
        status (FixedAssetTransactionGetAllStatus | Unset):
        transaction_type (FixedAssetTransactionGetAllTransactionType | Unset):
        transaction_from_date (str | Unset):
        transaction_to_date (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[FixedAssetTransactionDto]
    """

    return sync_detailed(
        client=client,
        ref_no=ref_no,
        asset_id=asset_id,
        book_id=book_id,
        from_period=from_period,
        to_period=to_period,
        account_id=account_id,
        sub_account_id=sub_account_id,
        status=status,
        transaction_type=transaction_type,
        transaction_from_date=transaction_from_date,
        transaction_to_date=transaction_to_date,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    ref_no: str | Unset = UNSET,
    asset_id: str | Unset = UNSET,
    book_id: str | Unset = UNSET,
    from_period: str | Unset = UNSET,
    to_period: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    sub_account_id: str | Unset = UNSET,
    status: FixedAssetTransactionGetAllStatus | Unset = UNSET,
    transaction_type: FixedAssetTransactionGetAllTransactionType | Unset = UNSET,
    transaction_from_date: str | Unset = UNSET,
    transaction_to_date: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[FixedAssetTransactionDto]]:
    """Get a range of transactions - Screen ID:FA301000

    Args:
        ref_no (str | Unset):
        asset_id (str | Unset):
        book_id (str | Unset):
        from_period (str | Unset):
        to_period (str | Unset):
        account_id (str | Unset):
        sub_account_id (str | Unset):
        status (FixedAssetTransactionGetAllStatus | Unset):
        transaction_type (FixedAssetTransactionGetAllTransactionType | Unset):
        transaction_from_date (str | Unset):
        transaction_to_date (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[FixedAssetTransactionDto]]
    """

    kwargs = _get_kwargs(
        ref_no=ref_no,
        asset_id=asset_id,
        book_id=book_id,
        from_period=from_period,
        to_period=to_period,
        account_id=account_id,
        sub_account_id=sub_account_id,
        status=status,
        transaction_type=transaction_type,
        transaction_from_date=transaction_from_date,
        transaction_to_date=transaction_to_date,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    ref_no: str | Unset = UNSET,
    asset_id: str | Unset = UNSET,
    book_id: str | Unset = UNSET,
    from_period: str | Unset = UNSET,
    to_period: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    sub_account_id: str | Unset = UNSET,
    status: FixedAssetTransactionGetAllStatus | Unset = UNSET,
    transaction_type: FixedAssetTransactionGetAllTransactionType | Unset = UNSET,
    transaction_from_date: str | Unset = UNSET,
    transaction_to_date: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[FixedAssetTransactionDto] | None:
    """Get a range of transactions - Screen ID:FA301000

    Args:
        ref_no (str | Unset):
        asset_id (str | Unset):
        book_id (str | Unset):
        from_period (str | Unset):
        to_period (str | Unset):
        account_id (str | Unset):
        sub_account_id (str | Unset):
        status (FixedAssetTransactionGetAllStatus | Unset):
        transaction_type (FixedAssetTransactionGetAllTransactionType | Unset):
        transaction_from_date (str | Unset):
        transaction_to_date (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[FixedAssetTransactionDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            ref_no=ref_no,
            asset_id=asset_id,
            book_id=book_id,
            from_period=from_period,
            to_period=to_period,
            account_id=account_id,
            sub_account_id=sub_account_id,
            status=status,
            transaction_type=transaction_type,
            transaction_from_date=transaction_from_date,
            transaction_to_date=transaction_to_date,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            page_number=page_number,
            page_size=page_size,
            erp_api_background=erp_api_background,
        )
    ).parsed
