from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.put_expense_claim_on_hold_action_result_dto import PutExpenseClaimOnHoldActionResultDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    expense_claim: str,
    *,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/expenseClaim/{expense_claim}/action/hold".format(
            expense_claim=quote(str(expense_claim), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | PutExpenseClaimOnHoldActionResultDto | None:
    if response.status_code == 200:
        response_200 = PutExpenseClaimOnHoldActionResultDto.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | PutExpenseClaimOnHoldActionResultDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    expense_claim: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | PutExpenseClaimOnHoldActionResultDto]:
    """Put ExpenseClaim on hold

     The action result dto contains information about the result of running the action

    Args:
        expense_claim (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | PutExpenseClaimOnHoldActionResultDto]
    """

    kwargs = _get_kwargs(
        expense_claim=expense_claim,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    expense_claim: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | PutExpenseClaimOnHoldActionResultDto | None:
    """Put ExpenseClaim on hold

     The action result dto contains information about the result of running the action

    Args:
        expense_claim (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | PutExpenseClaimOnHoldActionResultDto
    """

    return sync_detailed(
        expense_claim=expense_claim,
        client=client,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    expense_claim: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | PutExpenseClaimOnHoldActionResultDto]:
    """Put ExpenseClaim on hold

     The action result dto contains information about the result of running the action

    Args:
        expense_claim (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | PutExpenseClaimOnHoldActionResultDto]
    """

    kwargs = _get_kwargs(
        expense_claim=expense_claim,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    expense_claim: str,
    *,
    client: AuthenticatedClient,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | PutExpenseClaimOnHoldActionResultDto | None:
    """Put ExpenseClaim on hold

     The action result dto contains information about the result of running the action

    Args:
        expense_claim (str):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | PutExpenseClaimOnHoldActionResultDto
    """

    return (
        await asyncio_detailed(
            expense_claim=expense_claim,
            client=client,
            erp_api_background=erp_api_background,
        )
    ).parsed
