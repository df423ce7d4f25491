from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.release_payment_action_dto import ReleasePaymentActionDto
from ...models.release_payment_action_result_dto import ReleasePaymentActionResultDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    payment_number: str,
    *,
    body: ReleasePaymentActionDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/customerPayment/{payment_number}/action/release".format(
            payment_number=quote(str(payment_number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | ReleasePaymentActionResultDto | None:
    if response.status_code == 200:
        response_200 = ReleasePaymentActionResultDto.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | ReleasePaymentActionResultDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    payment_number: str,
    *,
    client: AuthenticatedClient,
    body: ReleasePaymentActionDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ReleasePaymentActionResultDto]:
    """Release payment operation

     The action result dto contains information about the result of running the action

    Args:
        payment_number (str):
        erp_api_background (str | Unset):
        body (ReleasePaymentActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ReleasePaymentActionResultDto]
    """

    kwargs = _get_kwargs(
        payment_number=payment_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    payment_number: str,
    *,
    client: AuthenticatedClient,
    body: ReleasePaymentActionDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ReleasePaymentActionResultDto | None:
    """Release payment operation

     The action result dto contains information about the result of running the action

    Args:
        payment_number (str):
        erp_api_background (str | Unset):
        body (ReleasePaymentActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ReleasePaymentActionResultDto
    """

    return sync_detailed(
        payment_number=payment_number,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    payment_number: str,
    *,
    client: AuthenticatedClient,
    body: ReleasePaymentActionDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ReleasePaymentActionResultDto]:
    """Release payment operation

     The action result dto contains information about the result of running the action

    Args:
        payment_number (str):
        erp_api_background (str | Unset):
        body (ReleasePaymentActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ReleasePaymentActionResultDto]
    """

    kwargs = _get_kwargs(
        payment_number=payment_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    payment_number: str,
    *,
    client: AuthenticatedClient,
    body: ReleasePaymentActionDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ReleasePaymentActionResultDto | None:
    """Release payment operation

     The action result dto contains information about the result of running the action

    Args:
        payment_number (str):
        erp_api_background (str | Unset):
        body (ReleasePaymentActionDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ReleasePaymentActionResultDto
    """

    return (
        await asyncio_detailed(
            payment_number=payment_number,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed
