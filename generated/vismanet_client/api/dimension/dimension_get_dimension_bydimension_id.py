from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.dto_dimension import DtoDimension
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dimension_id: str,
    *,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    expand_segments_values: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    params["greaterThanValue"] = greater_than_value

    params["numberToRead"] = number_to_read

    params["skipRecords"] = skip_records

    params["orderBy"] = order_by

    params["lastModifiedDateTime"] = last_modified_date_time

    params["lastModifiedDateTimeCondition"] = last_modified_date_time_condition

    params["expandSegmentsValues"] = expand_segments_values

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dimension/{dimension_id}".format(
            dimension_id=quote(str(dimension_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | DtoDimension | None:
    if response.status_code == 200:
        response_200 = DtoDimension.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | DtoDimension]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dimension_id: str,
    *,
    client: AuthenticatedClient,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    expand_segments_values: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | DtoDimension]:
    """Get a specific Dimension

    Args:
        dimension_id (str):
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        order_by (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        expand_segments_values (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | DtoDimension]
    """

    kwargs = _get_kwargs(
        dimension_id=dimension_id,
        greater_than_value=greater_than_value,
        number_to_read=number_to_read,
        skip_records=skip_records,
        order_by=order_by,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        expand_segments_values=expand_segments_values,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dimension_id: str,
    *,
    client: AuthenticatedClient,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    expand_segments_values: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | DtoDimension | None:
    """Get a specific Dimension

    Args:
        dimension_id (str):
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        order_by (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        expand_segments_values (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | DtoDimension
    """

    return sync_detailed(
        dimension_id=dimension_id,
        client=client,
        greater_than_value=greater_than_value,
        number_to_read=number_to_read,
        skip_records=skip_records,
        order_by=order_by,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        expand_segments_values=expand_segments_values,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    dimension_id: str,
    *,
    client: AuthenticatedClient,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    expand_segments_values: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | DtoDimension]:
    """Get a specific Dimension

    Args:
        dimension_id (str):
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        order_by (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        expand_segments_values (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | DtoDimension]
    """

    kwargs = _get_kwargs(
        dimension_id=dimension_id,
        greater_than_value=greater_than_value,
        number_to_read=number_to_read,
        skip_records=skip_records,
        order_by=order_by,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        expand_segments_values=expand_segments_values,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dimension_id: str,
    *,
    client: AuthenticatedClient,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    expand_segments_values: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | DtoDimension | None:
    """Get a specific Dimension

    Args:
        dimension_id (str):
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        order_by (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        expand_segments_values (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | DtoDimension
    """

    return (
        await asyncio_detailed(
            dimension_id=dimension_id,
            client=client,
            greater_than_value=greater_than_value,
            number_to_read=number_to_read,
            skip_records=skip_records,
            order_by=order_by,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            expand_segments_values=expand_segments_values,
            erp_api_background=erp_api_background,
        )
    ).parsed
