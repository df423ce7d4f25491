from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.shipment_add_so_line_byshipment_number_response_204 import ShipmentAddSoLineByshipmentNumberResponse204
from ...models.shipment_so_line import ShipmentSOLine
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shipment_number: str,
    *,
    body: ShipmentSOLine,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/shipment/{shipment_number}/action/addSOLine".format(
            shipment_number=quote(str(shipment_number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | ShipmentAddSoLineByshipmentNumberResponse204 | None:
    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = ShipmentAddSoLineByshipmentNumberResponse204.from_dict(response.json())

        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundApiAcceptedDto | ShipmentAddSoLineByshipmentNumberResponse204]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shipment_number: str,
    *,
    client: AuthenticatedClient,
    body: ShipmentSOLine,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ShipmentAddSoLineByshipmentNumberResponse204]:
    """Adds a Sales Order Line to a specific Shipment

     Response Message has StatusCode NoContent if POST operation succeeded

    Args:
        shipment_number (str):
        erp_api_background (str | Unset):
        body (ShipmentSOLine):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ShipmentAddSoLineByshipmentNumberResponse204]
    """

    kwargs = _get_kwargs(
        shipment_number=shipment_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shipment_number: str,
    *,
    client: AuthenticatedClient,
    body: ShipmentSOLine,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ShipmentAddSoLineByshipmentNumberResponse204 | None:
    """Adds a Sales Order Line to a specific Shipment

     Response Message has StatusCode NoContent if POST operation succeeded

    Args:
        shipment_number (str):
        erp_api_background (str | Unset):
        body (ShipmentSOLine):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ShipmentAddSoLineByshipmentNumberResponse204
    """

    return sync_detailed(
        shipment_number=shipment_number,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    shipment_number: str,
    *,
    client: AuthenticatedClient,
    body: ShipmentSOLine,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ShipmentAddSoLineByshipmentNumberResponse204]:
    """Adds a Sales Order Line to a specific Shipment

     Response Message has StatusCode NoContent if POST operation succeeded

    Args:
        shipment_number (str):
        erp_api_background (str | Unset):
        body (ShipmentSOLine):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ShipmentAddSoLineByshipmentNumberResponse204]
    """

    kwargs = _get_kwargs(
        shipment_number=shipment_number,
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shipment_number: str,
    *,
    client: AuthenticatedClient,
    body: ShipmentSOLine,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ShipmentAddSoLineByshipmentNumberResponse204 | None:
    """Adds a Sales Order Line to a specific Shipment

     Response Message has StatusCode NoContent if POST operation succeeded

    Args:
        shipment_number (str):
        erp_api_background (str | Unset):
        body (ShipmentSOLine):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ShipmentAddSoLineByshipmentNumberResponse204
    """

    return (
        await asyncio_detailed(
            shipment_number=shipment_number,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed
