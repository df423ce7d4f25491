from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.stocktake_dto import StocktakeDto
from ...models.stocktake_get_all_stocktakes_status import (
    StocktakeGetAllStocktakesStatus,
)
from ...models.stocktake_get_all_stocktakes_summary_status import (
    StocktakeGetAllStocktakesSummaryStatus,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    warehouse: str | Unset = UNSET,
    location: str | Unset = UNSET,
    inventory: str | Unset = UNSET,
    lot_serial_number: str | Unset = UNSET,
    summary_status: StocktakeGetAllStocktakesSummaryStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    start_with_line: int | Unset = UNSET,
    end_with_line: int | Unset = UNSET,
    freeze_date_time: str | Unset = UNSET,
    freeze_date_time_condition: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    expiration_date_time: str | Unset = UNSET,
    expiration_date_time_condition: str | Unset = UNSET,
    status: StocktakeGetAllStocktakesStatus | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    params["warehouse"] = warehouse

    params["location"] = location

    params["inventory"] = inventory

    params["lotSerialNumber"] = lot_serial_number

    json_summary_status: str | Unset = UNSET
    if not isinstance(summary_status, Unset):
        json_summary_status = summary_status

    params["summaryStatus"] = json_summary_status

    params["numberToRead"] = number_to_read

    params["startWithLine"] = start_with_line

    params["endWithLine"] = end_with_line

    params["freezeDateTime"] = freeze_date_time

    params["freezeDateTimeCondition"] = freeze_date_time_condition

    params["lastModifiedDateTime"] = last_modified_date_time

    params["lastModifiedDateTimeCondition"] = last_modified_date_time_condition

    params["expirationDateTime"] = expiration_date_time

    params["expirationDateTimeCondition"] = expiration_date_time_condition

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["skipRecords"] = skip_records

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/stocktake",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | list[StocktakeDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = StocktakeDto.from_dict(response_200_item_data)

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
) -> Response[BackgroundApiAcceptedDto | list[StocktakeDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    warehouse: str | Unset = UNSET,
    location: str | Unset = UNSET,
    inventory: str | Unset = UNSET,
    lot_serial_number: str | Unset = UNSET,
    summary_status: StocktakeGetAllStocktakesSummaryStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    start_with_line: int | Unset = UNSET,
    end_with_line: int | Unset = UNSET,
    freeze_date_time: str | Unset = UNSET,
    freeze_date_time_condition: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    expiration_date_time: str | Unset = UNSET,
    expiration_date_time_condition: str | Unset = UNSET,
    status: StocktakeGetAllStocktakesStatus | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[StocktakeDto]]:
    """Get a range of stocktakes - ScreenId=IN305000
    - Method is deprecated and will be removed from 1'st of December 2021. Start using V2 for this
    method.

    Args:
        warehouse (str | Unset):
        location (str | Unset):
        inventory (str | Unset):
        lot_serial_number (str | Unset):
        summary_status (StocktakeGetAllStocktakesSummaryStatus | Unset):
        number_to_read (int | Unset):
        start_with_line (int | Unset):
        end_with_line (int | Unset):
        freeze_date_time (str | Unset):
        freeze_date_time_condition (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        expiration_date_time (str | Unset):
        expiration_date_time_condition (str | Unset):
        status (StocktakeGetAllStocktakesStatus | Unset):
        skip_records (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[StocktakeDto]]
    """

    kwargs = _get_kwargs(
        warehouse=warehouse,
        location=location,
        inventory=inventory,
        lot_serial_number=lot_serial_number,
        summary_status=summary_status,
        number_to_read=number_to_read,
        start_with_line=start_with_line,
        end_with_line=end_with_line,
        freeze_date_time=freeze_date_time,
        freeze_date_time_condition=freeze_date_time_condition,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        expiration_date_time=expiration_date_time,
        expiration_date_time_condition=expiration_date_time_condition,
        status=status,
        skip_records=skip_records,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    warehouse: str | Unset = UNSET,
    location: str | Unset = UNSET,
    inventory: str | Unset = UNSET,
    lot_serial_number: str | Unset = UNSET,
    summary_status: StocktakeGetAllStocktakesSummaryStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    start_with_line: int | Unset = UNSET,
    end_with_line: int | Unset = UNSET,
    freeze_date_time: str | Unset = UNSET,
    freeze_date_time_condition: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    expiration_date_time: str | Unset = UNSET,
    expiration_date_time_condition: str | Unset = UNSET,
    status: StocktakeGetAllStocktakesStatus | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[StocktakeDto] | None:
    """Get a range of stocktakes - ScreenId=IN305000
    - Method is deprecated and will be removed from 1'st of December 2021. Start using V2 for this
    method.

    Args:
        warehouse (str | Unset):
        location (str | Unset):
        inventory (str | Unset):
        lot_serial_number (str | Unset):
        summary_status (StocktakeGetAllStocktakesSummaryStatus | Unset):
        number_to_read (int | Unset):
        start_with_line (int | Unset):
        end_with_line (int | Unset):
        freeze_date_time (str | Unset):
        freeze_date_time_condition (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        expiration_date_time (str | Unset):
        expiration_date_time_condition (str | Unset):
        status (StocktakeGetAllStocktakesStatus | Unset):
        skip_records (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[StocktakeDto]
    """

    return sync_detailed(
        client=client,
        warehouse=warehouse,
        location=location,
        inventory=inventory,
        lot_serial_number=lot_serial_number,
        summary_status=summary_status,
        number_to_read=number_to_read,
        start_with_line=start_with_line,
        end_with_line=end_with_line,
        freeze_date_time=freeze_date_time,
        freeze_date_time_condition=freeze_date_time_condition,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        expiration_date_time=expiration_date_time,
        expiration_date_time_condition=expiration_date_time_condition,
        status=status,
        skip_records=skip_records,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    warehouse: str | Unset = UNSET,
    location: str | Unset = UNSET,
    inventory: str | Unset = UNSET,
    lot_serial_number: str | Unset = UNSET,
    summary_status: StocktakeGetAllStocktakesSummaryStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    start_with_line: int | Unset = UNSET,
    end_with_line: int | Unset = UNSET,
    freeze_date_time: str | Unset = UNSET,
    freeze_date_time_condition: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    expiration_date_time: str | Unset = UNSET,
    expiration_date_time_condition: str | Unset = UNSET,
    status: StocktakeGetAllStocktakesStatus | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[StocktakeDto]]:
    """Get a range of stocktakes - ScreenId=IN305000
    - Method is deprecated and will be removed from 1'st of December 2021. Start using V2 for this
    method.

    Args:
        warehouse (str | Unset):
        location (str | Unset):
        inventory (str | Unset):
        lot_serial_number (str | Unset):
        summary_status (StocktakeGetAllStocktakesSummaryStatus | Unset):
        number_to_read (int | Unset):
        start_with_line (int | Unset):
        end_with_line (int | Unset):
        freeze_date_time (str | Unset):
        freeze_date_time_condition (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        expiration_date_time (str | Unset):
        expiration_date_time_condition (str | Unset):
        status (StocktakeGetAllStocktakesStatus | Unset):
        skip_records (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[StocktakeDto]]
    """

    kwargs = _get_kwargs(
        warehouse=warehouse,
        location=location,
        inventory=inventory,
        lot_serial_number=lot_serial_number,
        summary_status=summary_status,
        number_to_read=number_to_read,
        start_with_line=start_with_line,
        end_with_line=end_with_line,
        freeze_date_time=freeze_date_time,
        freeze_date_time_condition=freeze_date_time_condition,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        expiration_date_time=expiration_date_time,
        expiration_date_time_condition=expiration_date_time_condition,
        status=status,
        skip_records=skip_records,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    warehouse: str | Unset = UNSET,
    location: str | Unset = UNSET,
    inventory: str | Unset = UNSET,
    lot_serial_number: str | Unset = UNSET,
    summary_status: StocktakeGetAllStocktakesSummaryStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    start_with_line: int | Unset = UNSET,
    end_with_line: int | Unset = UNSET,
    freeze_date_time: str | Unset = UNSET,
    freeze_date_time_condition: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    expiration_date_time: str | Unset = UNSET,
    expiration_date_time_condition: str | Unset = UNSET,
    status: StocktakeGetAllStocktakesStatus | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[StocktakeDto] | None:
    """Get a range of stocktakes - ScreenId=IN305000
    - Method is deprecated and will be removed from 1'st of December 2021. Start using V2 for this
    method.

    Args:
        warehouse (str | Unset):
        location (str | Unset):
        inventory (str | Unset):
        lot_serial_number (str | Unset):
        summary_status (StocktakeGetAllStocktakesSummaryStatus | Unset):
        number_to_read (int | Unset):
        start_with_line (int | Unset):
        end_with_line (int | Unset):
        freeze_date_time (str | Unset):
        freeze_date_time_condition (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        expiration_date_time (str | Unset):
        expiration_date_time_condition (str | Unset):
        status (StocktakeGetAllStocktakesStatus | Unset):
        skip_records (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[StocktakeDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            warehouse=warehouse,
            location=location,
            inventory=inventory,
            lot_serial_number=lot_serial_number,
            summary_status=summary_status,
            number_to_read=number_to_read,
            start_with_line=start_with_line,
            end_with_line=end_with_line,
            freeze_date_time=freeze_date_time,
            freeze_date_time_condition=freeze_date_time_condition,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            expiration_date_time=expiration_date_time,
            expiration_date_time_condition=expiration_date_time_condition,
            status=status,
            skip_records=skip_records,
            erp_api_background=erp_api_background,
        )
    ).parsed
