from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_put_byaccount_cd_response_204 import AccountPutByaccountCdResponse204
from ...models.account_update_dto import AccountUpdateDto
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_cd: str,
    *,
    body: AccountUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/account/{account_cd}".format(
            account_cd=quote(str(account_cd), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountPutByaccountCdResponse204 | BackgroundApiAcceptedDto | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = AccountPutByaccountCdResponse204.from_dict(response.json())

        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountPutByaccountCdResponse204 | BackgroundApiAcceptedDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_cd: str,
    *,
    client: AuthenticatedClient,
    body: AccountUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[AccountPutByaccountCdResponse204 | BackgroundApiAcceptedDto]:
    """Updates an account

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        account_cd (str):
        erp_api_background (str | Unset):
        body (AccountUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountPutByaccountCdResponse204 | BackgroundApiAcceptedDto]
    """

    kwargs = _get_kwargs(
        account_cd=account_cd,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_cd: str,
    *,
    client: AuthenticatedClient,
    body: AccountUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> AccountPutByaccountCdResponse204 | BackgroundApiAcceptedDto | None:
    """Updates an account

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        account_cd (str):
        erp_api_background (str | Unset):
        body (AccountUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountPutByaccountCdResponse204 | BackgroundApiAcceptedDto
    """

    return sync_detailed(
        account_cd=account_cd,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    account_cd: str,
    *,
    client: AuthenticatedClient,
    body: AccountUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[AccountPutByaccountCdResponse204 | BackgroundApiAcceptedDto]:
    """Updates an account

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        account_cd (str):
        erp_api_background (str | Unset):
        body (AccountUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountPutByaccountCdResponse204 | BackgroundApiAcceptedDto]
    """

    kwargs = _get_kwargs(
        account_cd=account_cd,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_cd: str,
    *,
    client: AuthenticatedClient,
    body: AccountUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> AccountPutByaccountCdResponse204 | BackgroundApiAcceptedDto | None:
    """Updates an account

     Response Message has StatusCode NoContent if PUT operation succeed

    Args:
        account_cd (str):
        erp_api_background (str | Unset):
        body (AccountUpdateDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountPutByaccountCdResponse204 | BackgroundApiAcceptedDto
    """

    return (
        await asyncio_detailed(
            account_cd=account_cd,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed
