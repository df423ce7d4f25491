from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.stocktake_update_dto import StocktakeUpdateDto
from ...models.stocktake_v2_exception_dto import StocktakeV2ExceptionDto
from ...models.stocktake_v2_put_byreference_number_response_204 import StocktakeV2PutByreferenceNumberResponse204
from ...types import UNSET, Response, Unset


def _get_kwargs(
    reference_number: str,
    *,
    body: StocktakeUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/stocktake/{reference_number}".format(
            reference_number=quote(str(reference_number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BackgroundApiAcceptedDto | StocktakeV2ExceptionDto | StocktakeV2PutByreferenceNumberResponse204 | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = StocktakeV2PutByreferenceNumberResponse204.from_dict(response.json())

        return response_204

    if response.status_code == 400:
        response_400 = StocktakeV2ExceptionDto.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

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
) -> Response[Any | BackgroundApiAcceptedDto | StocktakeV2ExceptionDto | StocktakeV2PutByreferenceNumberResponse204]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    reference_number: str,
    *,
    client: AuthenticatedClient,
    body: StocktakeUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | StocktakeV2ExceptionDto | StocktakeV2PutByreferenceNumberResponse204]:
    """Update a specific stocktake

     Response Message has StatusCode NoContent if PUT operation succeed

    Response Message has StatusCode BadRequest if PUT operation failed

    If PUT operation failed, Response body contains all stocktake line details (the ones that have
    values), the error message and also an error code (The first member of StocktakeExceptionErrorCode
    will be 0, and the value of each successive enum member is increased by 1)

    Args:
        reference_number (str):
        erp_api_background (str | Unset):
        body (StocktakeUpdateDto): This class represents a Stocktake in StocktakeController. Used
            to update Stocktake.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | StocktakeV2ExceptionDto | StocktakeV2PutByreferenceNumberResponse204]
    """

    kwargs = _get_kwargs(
        reference_number=reference_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    reference_number: str,
    *,
    client: AuthenticatedClient,
    body: StocktakeUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | StocktakeV2ExceptionDto | StocktakeV2PutByreferenceNumberResponse204 | None:
    """Update a specific stocktake

     Response Message has StatusCode NoContent if PUT operation succeed

    Response Message has StatusCode BadRequest if PUT operation failed

    If PUT operation failed, Response body contains all stocktake line details (the ones that have
    values), the error message and also an error code (The first member of StocktakeExceptionErrorCode
    will be 0, and the value of each successive enum member is increased by 1)

    Args:
        reference_number (str):
        erp_api_background (str | Unset):
        body (StocktakeUpdateDto): This class represents a Stocktake in StocktakeController. Used
            to update Stocktake.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | StocktakeV2ExceptionDto | StocktakeV2PutByreferenceNumberResponse204
    """

    return sync_detailed(
        reference_number=reference_number,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    reference_number: str,
    *,
    client: AuthenticatedClient,
    body: StocktakeUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | StocktakeV2ExceptionDto | StocktakeV2PutByreferenceNumberResponse204]:
    """Update a specific stocktake

     Response Message has StatusCode NoContent if PUT operation succeed

    Response Message has StatusCode BadRequest if PUT operation failed

    If PUT operation failed, Response body contains all stocktake line details (the ones that have
    values), the error message and also an error code (The first member of StocktakeExceptionErrorCode
    will be 0, and the value of each successive enum member is increased by 1)

    Args:
        reference_number (str):
        erp_api_background (str | Unset):
        body (StocktakeUpdateDto): This class represents a Stocktake in StocktakeController. Used
            to update Stocktake.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | StocktakeV2ExceptionDto | StocktakeV2PutByreferenceNumberResponse204]
    """

    kwargs = _get_kwargs(
        reference_number=reference_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    reference_number: str,
    *,
    client: AuthenticatedClient,
    body: StocktakeUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | StocktakeV2ExceptionDto | StocktakeV2PutByreferenceNumberResponse204 | None:
    """Update a specific stocktake

     Response Message has StatusCode NoContent if PUT operation succeed

    Response Message has StatusCode BadRequest if PUT operation failed

    If PUT operation failed, Response body contains all stocktake line details (the ones that have
    values), the error message and also an error code (The first member of StocktakeExceptionErrorCode
    will be 0, and the value of each successive enum member is increased by 1)

    Args:
        reference_number (str):
        erp_api_background (str | Unset):
        body (StocktakeUpdateDto): This class represents a Stocktake in StocktakeController. Used
            to update Stocktake.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | StocktakeV2ExceptionDto | StocktakeV2PutByreferenceNumberResponse204
    """

    return (
        await asyncio_detailed(
            reference_number=reference_number,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed
