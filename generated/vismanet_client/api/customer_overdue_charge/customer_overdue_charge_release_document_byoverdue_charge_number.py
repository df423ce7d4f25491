from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.release_customer_overdue_charge_action_result_dto import ReleaseCustomerOverdueChargeActionResultDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    overdue_charge_number: str,
    *,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/customerOverdueCharge/{overdue_charge_number}/action/release".format(
            overdue_charge_number=quote(str(overdue_charge_number), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ReleaseCustomerOverdueChargeActionResultDto | None:
    if response.status_code == 200:
        response_200 = ReleaseCustomerOverdueChargeActionResultDto.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ReleaseCustomerOverdueChargeActionResultDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    overdue_charge_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[Any | ReleaseCustomerOverdueChargeActionResultDto]:
    """Release overdue charge operation

     The action result dto contains information about the result of running the action

    Args:
        overdue_charge_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ReleaseCustomerOverdueChargeActionResultDto]
    """

    kwargs = _get_kwargs(
        overdue_charge_number=overdue_charge_number,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    overdue_charge_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Any | ReleaseCustomerOverdueChargeActionResultDto | None:
    """Release overdue charge operation

     The action result dto contains information about the result of running the action

    Args:
        overdue_charge_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ReleaseCustomerOverdueChargeActionResultDto
    """

    return sync_detailed(
        overdue_charge_number=overdue_charge_number,
        client=client,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    overdue_charge_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[Any | ReleaseCustomerOverdueChargeActionResultDto]:
    """Release overdue charge operation

     The action result dto contains information about the result of running the action

    Args:
        overdue_charge_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ReleaseCustomerOverdueChargeActionResultDto]
    """

    kwargs = _get_kwargs(
        overdue_charge_number=overdue_charge_number,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    overdue_charge_number: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Any | ReleaseCustomerOverdueChargeActionResultDto | None:
    """Release overdue charge operation

     The action result dto contains information about the result of running the action

    Args:
        overdue_charge_number (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ReleaseCustomerOverdueChargeActionResultDto
    """

    return (
        await asyncio_detailed(
            overdue_charge_number=overdue_charge_number,
            client=client,
            erp_api_background=erp_api_background,
        )
    ).parsed
