from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.stocktake_v2_dto import StocktakeV2Dto
from ...models.stocktake_v2_get_all_stocktakes_status import (
    StocktakeV2GetAllStocktakesStatus,
)
from ...models.stocktake_v2_get_all_stocktakes_summary_status import (
    StocktakeV2GetAllStocktakesSummaryStatus,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    warehouse: str | Unset = UNSET,
    location: str | Unset = UNSET,
    inventory: str | Unset = UNSET,
    lot_serial_number: str | Unset = UNSET,
    summary_status: StocktakeV2GetAllStocktakesSummaryStatus | Unset = UNSET,
    start_with_line: int | Unset = UNSET,
    end_with_line: int | Unset = UNSET,
    freeze_date_time: str | Unset = UNSET,
    freeze_date_time_condition: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    expiration_date_time: str | Unset = UNSET,
    expiration_date_time_condition: str | Unset = UNSET,
    status: StocktakeV2GetAllStocktakesStatus | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
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

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/stocktake",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BackgroundApiAcceptedDto | list[StocktakeV2Dto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = StocktakeV2Dto.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | BackgroundApiAcceptedDto | list[StocktakeV2Dto]]:
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
    summary_status: StocktakeV2GetAllStocktakesSummaryStatus | Unset = UNSET,
    start_with_line: int | Unset = UNSET,
    end_with_line: int | Unset = UNSET,
    freeze_date_time: str | Unset = UNSET,
    freeze_date_time_condition: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    expiration_date_time: str | Unset = UNSET,
    expiration_date_time_condition: str | Unset = UNSET,
    status: StocktakeV2GetAllStocktakesStatus | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | list[StocktakeV2Dto]]:
    """Get a range of stocktakes - ScreenId=IN305000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information. If requested page size is greater than allowed max page size, request will
    be limited to max page size.

    Args:
        warehouse (str | Unset):
        location (str | Unset):
        inventory (str | Unset):
        lot_serial_number (str | Unset):
        summary_status (StocktakeV2GetAllStocktakesSummaryStatus | Unset):
        start_with_line (int | Unset):
        end_with_line (int | Unset):
        freeze_date_time (str | Unset):
        freeze_date_time_condition (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        expiration_date_time (str | Unset):
        expiration_date_time_condition (str | Unset):
        status (StocktakeV2GetAllStocktakesStatus | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | list[StocktakeV2Dto]]
    """

    kwargs = _get_kwargs(
        warehouse=warehouse,
        location=location,
        inventory=inventory,
        lot_serial_number=lot_serial_number,
        summary_status=summary_status,
        start_with_line=start_with_line,
        end_with_line=end_with_line,
        freeze_date_time=freeze_date_time,
        freeze_date_time_condition=freeze_date_time_condition,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        expiration_date_time=expiration_date_time,
        expiration_date_time_condition=expiration_date_time_condition,
        status=status,
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
    warehouse: str | Unset = UNSET,
    location: str | Unset = UNSET,
    inventory: str | Unset = UNSET,
    lot_serial_number: str | Unset = UNSET,
    summary_status: StocktakeV2GetAllStocktakesSummaryStatus | Unset = UNSET,
    start_with_line: int | Unset = UNSET,
    end_with_line: int | Unset = UNSET,
    freeze_date_time: str | Unset = UNSET,
    freeze_date_time_condition: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    expiration_date_time: str | Unset = UNSET,
    expiration_date_time_condition: str | Unset = UNSET,
    status: StocktakeV2GetAllStocktakesStatus | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | list[StocktakeV2Dto] | None:
    """Get a range of stocktakes - ScreenId=IN305000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information. If requested page size is greater than allowed max page size, request will
    be limited to max page size.

    Args:
        warehouse (str | Unset):
        location (str | Unset):
        inventory (str | Unset):
        lot_serial_number (str | Unset):
        summary_status (StocktakeV2GetAllStocktakesSummaryStatus | Unset):
        start_with_line (int | Unset):
        end_with_line (int | Unset):
        freeze_date_time (str | Unset):
        freeze_date_time_condition (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        expiration_date_time (str | Unset):
        expiration_date_time_condition (str | Unset):
        status (StocktakeV2GetAllStocktakesStatus | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | list[StocktakeV2Dto]
    """

    return sync_detailed(
        client=client,
        warehouse=warehouse,
        location=location,
        inventory=inventory,
        lot_serial_number=lot_serial_number,
        summary_status=summary_status,
        start_with_line=start_with_line,
        end_with_line=end_with_line,
        freeze_date_time=freeze_date_time,
        freeze_date_time_condition=freeze_date_time_condition,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        expiration_date_time=expiration_date_time,
        expiration_date_time_condition=expiration_date_time_condition,
        status=status,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    warehouse: str | Unset = UNSET,
    location: str | Unset = UNSET,
    inventory: str | Unset = UNSET,
    lot_serial_number: str | Unset = UNSET,
    summary_status: StocktakeV2GetAllStocktakesSummaryStatus | Unset = UNSET,
    start_with_line: int | Unset = UNSET,
    end_with_line: int | Unset = UNSET,
    freeze_date_time: str | Unset = UNSET,
    freeze_date_time_condition: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    expiration_date_time: str | Unset = UNSET,
    expiration_date_time_condition: str | Unset = UNSET,
    status: StocktakeV2GetAllStocktakesStatus | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | list[StocktakeV2Dto]]:
    """Get a range of stocktakes - ScreenId=IN305000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information. If requested page size is greater than allowed max page size, request will
    be limited to max page size.

    Args:
        warehouse (str | Unset):
        location (str | Unset):
        inventory (str | Unset):
        lot_serial_number (str | Unset):
        summary_status (StocktakeV2GetAllStocktakesSummaryStatus | Unset):
        start_with_line (int | Unset):
        end_with_line (int | Unset):
        freeze_date_time (str | Unset):
        freeze_date_time_condition (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        expiration_date_time (str | Unset):
        expiration_date_time_condition (str | Unset):
        status (StocktakeV2GetAllStocktakesStatus | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | list[StocktakeV2Dto]]
    """

    kwargs = _get_kwargs(
        warehouse=warehouse,
        location=location,
        inventory=inventory,
        lot_serial_number=lot_serial_number,
        summary_status=summary_status,
        start_with_line=start_with_line,
        end_with_line=end_with_line,
        freeze_date_time=freeze_date_time,
        freeze_date_time_condition=freeze_date_time_condition,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        expiration_date_time=expiration_date_time,
        expiration_date_time_condition=expiration_date_time_condition,
        status=status,
        page_number=page_number,
        page_size=page_size,
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
    summary_status: StocktakeV2GetAllStocktakesSummaryStatus | Unset = UNSET,
    start_with_line: int | Unset = UNSET,
    end_with_line: int | Unset = UNSET,
    freeze_date_time: str | Unset = UNSET,
    freeze_date_time_condition: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    expiration_date_time: str | Unset = UNSET,
    expiration_date_time_condition: str | Unset = UNSET,
    status: StocktakeV2GetAllStocktakesStatus | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | list[StocktakeV2Dto] | None:
    """Get a range of stocktakes - ScreenId=IN305000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information. If requested page size is greater than allowed max page size, request will
    be limited to max page size.

    Args:
        warehouse (str | Unset):
        location (str | Unset):
        inventory (str | Unset):
        lot_serial_number (str | Unset):
        summary_status (StocktakeV2GetAllStocktakesSummaryStatus | Unset):
        start_with_line (int | Unset):
        end_with_line (int | Unset):
        freeze_date_time (str | Unset):
        freeze_date_time_condition (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        expiration_date_time (str | Unset):
        expiration_date_time_condition (str | Unset):
        status (StocktakeV2GetAllStocktakesStatus | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | list[StocktakeV2Dto]
    """

    return (
        await asyncio_detailed(
            client=client,
            warehouse=warehouse,
            location=location,
            inventory=inventory,
            lot_serial_number=lot_serial_number,
            summary_status=summary_status,
            start_with_line=start_with_line,
            end_with_line=end_with_line,
            freeze_date_time=freeze_date_time,
            freeze_date_time_condition=freeze_date_time_condition,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            expiration_date_time=expiration_date_time,
            expiration_date_time_condition=expiration_date_time_condition,
            status=status,
            page_number=page_number,
            page_size=page_size,
            erp_api_background=erp_api_background,
        )
    ).parsed
