from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.supplier_accounts_dto import SupplierAccountsDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    supplier_id: str,
    *,
    supplier_item_id: list[str] | Unset = UNSET,
    vat_registration_id: str | Unset = UNSET,
    lines_non_taxable: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    json_supplier_item_id: list[str] | Unset = UNSET
    if not isinstance(supplier_item_id, Unset):
        json_supplier_item_id = supplier_item_id

    params["supplierItemId"] = json_supplier_item_id

    params["vatRegistrationId"] = vat_registration_id

    params["linesNonTaxable"] = lines_non_taxable

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/supplieraccount/{supplier_id}".format(
            supplier_id=quote(str(supplier_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | SupplierAccountsDto | None:
    if response.status_code == 200:
        response_200 = SupplierAccountsDto.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | SupplierAccountsDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    supplier_id: str,
    *,
    client: AuthenticatedClient,
    supplier_item_id: list[str] | Unset = UNSET,
    vat_registration_id: str | Unset = UNSET,
    lines_non_taxable: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | SupplierAccountsDto]:
    """Get expense accounts for a supplier

    Args:
        supplier_id (str):
        supplier_item_id (list[str] | Unset):
        vat_registration_id (str | Unset):
        lines_non_taxable (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | SupplierAccountsDto]
    """

    kwargs = _get_kwargs(
        supplier_id=supplier_id,
        supplier_item_id=supplier_item_id,
        vat_registration_id=vat_registration_id,
        lines_non_taxable=lines_non_taxable,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    supplier_id: str,
    *,
    client: AuthenticatedClient,
    supplier_item_id: list[str] | Unset = UNSET,
    vat_registration_id: str | Unset = UNSET,
    lines_non_taxable: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | SupplierAccountsDto | None:
    """Get expense accounts for a supplier

    Args:
        supplier_id (str):
        supplier_item_id (list[str] | Unset):
        vat_registration_id (str | Unset):
        lines_non_taxable (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | SupplierAccountsDto
    """

    return sync_detailed(
        supplier_id=supplier_id,
        client=client,
        supplier_item_id=supplier_item_id,
        vat_registration_id=vat_registration_id,
        lines_non_taxable=lines_non_taxable,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    supplier_id: str,
    *,
    client: AuthenticatedClient,
    supplier_item_id: list[str] | Unset = UNSET,
    vat_registration_id: str | Unset = UNSET,
    lines_non_taxable: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | SupplierAccountsDto]:
    """Get expense accounts for a supplier

    Args:
        supplier_id (str):
        supplier_item_id (list[str] | Unset):
        vat_registration_id (str | Unset):
        lines_non_taxable (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | SupplierAccountsDto]
    """

    kwargs = _get_kwargs(
        supplier_id=supplier_id,
        supplier_item_id=supplier_item_id,
        vat_registration_id=vat_registration_id,
        lines_non_taxable=lines_non_taxable,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    supplier_id: str,
    *,
    client: AuthenticatedClient,
    supplier_item_id: list[str] | Unset = UNSET,
    vat_registration_id: str | Unset = UNSET,
    lines_non_taxable: bool | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | SupplierAccountsDto | None:
    """Get expense accounts for a supplier

    Args:
        supplier_id (str):
        supplier_item_id (list[str] | Unset):
        vat_registration_id (str | Unset):
        lines_non_taxable (bool | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | SupplierAccountsDto
    """

    return (
        await asyncio_detailed(
            supplier_id=supplier_id,
            client=client,
            supplier_item_id=supplier_item_id,
            vat_registration_id=vat_registration_id,
            lines_non_taxable=lines_non_taxable,
            erp_api_background=erp_api_background,
        )
    ).parsed
