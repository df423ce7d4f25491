from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.supplier_put_bysupplier_cd_response_204 import SupplierPutBysupplierCdResponse204
from ...models.supplier_update_dto import SupplierUpdateDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    supplier_cd: str,
    *,
    body: SupplierUpdateDto,
    erp_api_background: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/supplier/{supplier_cd}".format(
            supplier_cd=quote(str(supplier_cd), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BackgroundApiAcceptedDto | SupplierPutBysupplierCdResponse204 | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = SupplierPutBysupplierCdResponse204.from_dict(response.json())

        return response_204

    if response.status_code == 412:
        response_412 = cast(Any, None)
        return response_412

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | BackgroundApiAcceptedDto | SupplierPutBysupplierCdResponse204]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    supplier_cd: str,
    *,
    client: AuthenticatedClient,
    body: SupplierUpdateDto,
    erp_api_background: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | SupplierPutBysupplierCdResponse204]:
    """Update a specific supplier

     Response Message has StatusCode NoContent if PUT operation succeed. <br></br>
                Response Message has StatusCode BadRequest if PUT operation failed. <br></br>
                The response headers include an ETag after a successful PUT operation.

    Args:
        supplier_cd (str):
        erp_api_background (str | Unset):
        if_match (str | Unset):
        body (SupplierUpdateDto): This class represents a supplier in SupplierController. Used to
            create and update supplier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | SupplierPutBysupplierCdResponse204]
    """

    kwargs = _get_kwargs(
        supplier_cd=supplier_cd,
        body=body,
        erp_api_background=erp_api_background,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    supplier_cd: str,
    *,
    client: AuthenticatedClient,
    body: SupplierUpdateDto,
    erp_api_background: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | SupplierPutBysupplierCdResponse204 | None:
    """Update a specific supplier

     Response Message has StatusCode NoContent if PUT operation succeed. <br></br>
                Response Message has StatusCode BadRequest if PUT operation failed. <br></br>
                The response headers include an ETag after a successful PUT operation.

    Args:
        supplier_cd (str):
        erp_api_background (str | Unset):
        if_match (str | Unset):
        body (SupplierUpdateDto): This class represents a supplier in SupplierController. Used to
            create and update supplier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | SupplierPutBysupplierCdResponse204
    """

    return sync_detailed(
        supplier_cd=supplier_cd,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    supplier_cd: str,
    *,
    client: AuthenticatedClient,
    body: SupplierUpdateDto,
    erp_api_background: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | SupplierPutBysupplierCdResponse204]:
    """Update a specific supplier

     Response Message has StatusCode NoContent if PUT operation succeed. <br></br>
                Response Message has StatusCode BadRequest if PUT operation failed. <br></br>
                The response headers include an ETag after a successful PUT operation.

    Args:
        supplier_cd (str):
        erp_api_background (str | Unset):
        if_match (str | Unset):
        body (SupplierUpdateDto): This class represents a supplier in SupplierController. Used to
            create and update supplier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | SupplierPutBysupplierCdResponse204]
    """

    kwargs = _get_kwargs(
        supplier_cd=supplier_cd,
        body=body,
        erp_api_background=erp_api_background,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    supplier_cd: str,
    *,
    client: AuthenticatedClient,
    body: SupplierUpdateDto,
    erp_api_background: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | SupplierPutBysupplierCdResponse204 | None:
    """Update a specific supplier

     Response Message has StatusCode NoContent if PUT operation succeed. <br></br>
                Response Message has StatusCode BadRequest if PUT operation failed. <br></br>
                The response headers include an ETag after a successful PUT operation.

    Args:
        supplier_cd (str):
        erp_api_background (str | Unset):
        if_match (str | Unset):
        body (SupplierUpdateDto): This class represents a supplier in SupplierController. Used to
            create and update supplier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | SupplierPutBysupplierCdResponse204
    """

    return (
        await asyncio_detailed(
            supplier_cd=supplier_cd,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
            if_match=if_match,
        )
    ).parsed
