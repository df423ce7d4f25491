from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.update_note_dto import UpdateNoteDto
from ...models.vat_put_vat_line_note_byvendor_cdtax_period_idrevision_idline_number_response_200 import (
    VatPutVatLineNoteByvendorCdtaxPeriodIdrevisionIdlineNumberResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    vendor_cd: str,
    tax_period_id: str,
    revision_id: int,
    line_number: int,
    *,
    body: UpdateNoteDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/vat/{vendor_cd}/{tax_period_id}/{revision_id}/{line_number}".format(
            vendor_cd=quote(str(vendor_cd), safe=""),
            tax_period_id=quote(str(tax_period_id), safe=""),
            revision_id=quote(str(revision_id), safe=""),
            line_number=quote(str(line_number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | VatPutVatLineNoteByvendorCdtaxPeriodIdrevisionIdlineNumberResponse200 | None:
    if response.status_code == 200:
        response_200 = VatPutVatLineNoteByvendorCdtaxPeriodIdrevisionIdlineNumberResponse200.from_dict(response.json())

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
) -> Response[BackgroundApiAcceptedDto | VatPutVatLineNoteByvendorCdtaxPeriodIdrevisionIdlineNumberResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vendor_cd: str,
    tax_period_id: str,
    revision_id: int,
    line_number: int,
    *,
    client: AuthenticatedClient,
    body: UpdateNoteDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | VatPutVatLineNoteByvendorCdtaxPeriodIdrevisionIdlineNumberResponse200]:
    """
    Args:
        vendor_cd (str):
        tax_period_id (str):
        revision_id (int):
        line_number (int):
        erp_api_background (str | Unset):
        body (UpdateNoteDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | VatPutVatLineNoteByvendorCdtaxPeriodIdrevisionIdlineNumberResponse200]
    """

    kwargs = _get_kwargs(
        vendor_cd=vendor_cd,
        tax_period_id=tax_period_id,
        revision_id=revision_id,
        line_number=line_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vendor_cd: str,
    tax_period_id: str,
    revision_id: int,
    line_number: int,
    *,
    client: AuthenticatedClient,
    body: UpdateNoteDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | VatPutVatLineNoteByvendorCdtaxPeriodIdrevisionIdlineNumberResponse200 | None:
    """
    Args:
        vendor_cd (str):
        tax_period_id (str):
        revision_id (int):
        line_number (int):
        erp_api_background (str | Unset):
        body (UpdateNoteDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | VatPutVatLineNoteByvendorCdtaxPeriodIdrevisionIdlineNumberResponse200
    """

    return sync_detailed(
        vendor_cd=vendor_cd,
        tax_period_id=tax_period_id,
        revision_id=revision_id,
        line_number=line_number,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    vendor_cd: str,
    tax_period_id: str,
    revision_id: int,
    line_number: int,
    *,
    client: AuthenticatedClient,
    body: UpdateNoteDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | VatPutVatLineNoteByvendorCdtaxPeriodIdrevisionIdlineNumberResponse200]:
    """
    Args:
        vendor_cd (str):
        tax_period_id (str):
        revision_id (int):
        line_number (int):
        erp_api_background (str | Unset):
        body (UpdateNoteDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | VatPutVatLineNoteByvendorCdtaxPeriodIdrevisionIdlineNumberResponse200]
    """

    kwargs = _get_kwargs(
        vendor_cd=vendor_cd,
        tax_period_id=tax_period_id,
        revision_id=revision_id,
        line_number=line_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vendor_cd: str,
    tax_period_id: str,
    revision_id: int,
    line_number: int,
    *,
    client: AuthenticatedClient,
    body: UpdateNoteDto,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | VatPutVatLineNoteByvendorCdtaxPeriodIdrevisionIdlineNumberResponse200 | None:
    """
    Args:
        vendor_cd (str):
        tax_period_id (str):
        revision_id (int):
        line_number (int):
        erp_api_background (str | Unset):
        body (UpdateNoteDto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | VatPutVatLineNoteByvendorCdtaxPeriodIdrevisionIdlineNumberResponse200
    """

    return (
        await asyncio_detailed(
            vendor_cd=vendor_cd,
            tax_period_id=tax_period_id,
            revision_id=revision_id,
            line_number=line_number,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed
