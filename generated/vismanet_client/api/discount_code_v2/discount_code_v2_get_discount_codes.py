from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.discount_code_dto import DiscountCodeDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    discount_code: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    params["lastModifiedDateTime"] = last_modified_date_time

    params["lastModifiedDateTimeCondition"] = last_modified_date_time_condition

    params["createdDateTime"] = created_date_time

    params["createdDateTimeCondition"] = created_date_time_condition

    params["discountCode"] = discount_code

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/discountCode",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | list[DiscountCodeDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DiscountCodeDto.from_dict(response_200_item_data)

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
) -> Response[BackgroundApiAcceptedDto | list[DiscountCodeDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    discount_code: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[DiscountCodeDto]]:
    """Get a range of discount codes - ScreenId=AR209000

    Args:
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        created_date_time (str | Unset):
        created_date_time_condition (str | Unset):
        discount_code (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[DiscountCodeDto]]
    """

    kwargs = _get_kwargs(
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        created_date_time=created_date_time,
        created_date_time_condition=created_date_time_condition,
        discount_code=discount_code,
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
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    discount_code: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[DiscountCodeDto] | None:
    """Get a range of discount codes - ScreenId=AR209000

    Args:
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        created_date_time (str | Unset):
        created_date_time_condition (str | Unset):
        discount_code (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[DiscountCodeDto]
    """

    return sync_detailed(
        client=client,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        created_date_time=created_date_time,
        created_date_time_condition=created_date_time_condition,
        discount_code=discount_code,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    discount_code: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[DiscountCodeDto]]:
    """Get a range of discount codes - ScreenId=AR209000

    Args:
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        created_date_time (str | Unset):
        created_date_time_condition (str | Unset):
        discount_code (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[DiscountCodeDto]]
    """

    kwargs = _get_kwargs(
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        created_date_time=created_date_time,
        created_date_time_condition=created_date_time_condition,
        discount_code=discount_code,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    discount_code: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[DiscountCodeDto] | None:
    """Get a range of discount codes - ScreenId=AR209000

    Args:
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        created_date_time (str | Unset):
        created_date_time_condition (str | Unset):
        discount_code (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[DiscountCodeDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            created_date_time=created_date_time,
            created_date_time_condition=created_date_time_condition,
            discount_code=discount_code,
            page_number=page_number,
            page_size=page_size,
            erp_api_background=erp_api_background,
        )
    ).parsed
