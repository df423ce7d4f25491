from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.purchase_receipt_dto import PurchaseReceiptDto
from ...models.purchase_receipt_get_all_receipt_basic_receipt_type import (
    PurchaseReceiptGetAllReceiptBasicReceiptType,
)
from ...models.purchase_receipt_get_all_receipt_basic_status import (
    PurchaseReceiptGetAllReceiptBasicStatus,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    receipt_type: PurchaseReceiptGetAllReceiptBasicReceiptType | Unset = UNSET,
    status: PurchaseReceiptGetAllReceiptBasicStatus | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    supplier: str | Unset = UNSET,
    po_order_nbr: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    fin_period: str | Unset = UNSET,
    receipt_date: str | Unset = UNSET,
    receipt_date_condition: str | Unset = UNSET,
    due_date: str | Unset = UNSET,
    due_date_condition: str | Unset = UNSET,
    include_custom_free_fields: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    json_receipt_type: str | Unset = UNSET
    if not isinstance(receipt_type, Unset):
        json_receipt_type = receipt_type

    params["receiptType"] = json_receipt_type

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["greaterThanValue"] = greater_than_value

    params["numberToRead"] = number_to_read

    params["skipRecords"] = skip_records

    params["lastModifiedDateTime"] = last_modified_date_time

    params["lastModifiedDateTimeCondition"] = last_modified_date_time_condition

    params["supplier"] = supplier

    params["poOrderNbr"] = po_order_nbr

    params["branch"] = branch

    params["finPeriod"] = fin_period

    params["receiptDate"] = receipt_date

    params["receiptDateCondition"] = receipt_date_condition

    params["dueDate"] = due_date

    params["dueDateCondition"] = due_date_condition

    params["includeCustomFreeFields"] = include_custom_free_fields

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/PurchaseReceipt",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | list[PurchaseReceiptDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PurchaseReceiptDto.from_dict(response_200_item_data)

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
) -> Response[BackgroundApiAcceptedDto | list[PurchaseReceiptDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    receipt_type: PurchaseReceiptGetAllReceiptBasicReceiptType | Unset = UNSET,
    status: PurchaseReceiptGetAllReceiptBasicStatus | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    supplier: str | Unset = UNSET,
    po_order_nbr: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    fin_period: str | Unset = UNSET,
    receipt_date: str | Unset = UNSET,
    receipt_date_condition: str | Unset = UNSET,
    due_date: str | Unset = UNSET,
    due_date_condition: str | Unset = UNSET,
    include_custom_free_fields: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[PurchaseReceiptDto]]:
    """Get a range of Purchase Receipts - ScreenId=PO302000
    Please use a page size lower or equal to the allowed max page size which is 500

    Args:
        receipt_type (PurchaseReceiptGetAllReceiptBasicReceiptType | Unset):
        status (PurchaseReceiptGetAllReceiptBasicStatus | Unset):
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        supplier (str | Unset):
        po_order_nbr (str | Unset):
        branch (str | Unset):
        fin_period (str | Unset):
        receipt_date (str | Unset):
        receipt_date_condition (str | Unset):
        due_date (str | Unset):
        due_date_condition (str | Unset):
        include_custom_free_fields (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[PurchaseReceiptDto]]
    """

    kwargs = _get_kwargs(
        receipt_type=receipt_type,
        status=status,
        greater_than_value=greater_than_value,
        number_to_read=number_to_read,
        skip_records=skip_records,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        supplier=supplier,
        po_order_nbr=po_order_nbr,
        branch=branch,
        fin_period=fin_period,
        receipt_date=receipt_date,
        receipt_date_condition=receipt_date_condition,
        due_date=due_date,
        due_date_condition=due_date_condition,
        include_custom_free_fields=include_custom_free_fields,
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
    receipt_type: PurchaseReceiptGetAllReceiptBasicReceiptType | Unset = UNSET,
    status: PurchaseReceiptGetAllReceiptBasicStatus | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    supplier: str | Unset = UNSET,
    po_order_nbr: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    fin_period: str | Unset = UNSET,
    receipt_date: str | Unset = UNSET,
    receipt_date_condition: str | Unset = UNSET,
    due_date: str | Unset = UNSET,
    due_date_condition: str | Unset = UNSET,
    include_custom_free_fields: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[PurchaseReceiptDto] | None:
    """Get a range of Purchase Receipts - ScreenId=PO302000
    Please use a page size lower or equal to the allowed max page size which is 500

    Args:
        receipt_type (PurchaseReceiptGetAllReceiptBasicReceiptType | Unset):
        status (PurchaseReceiptGetAllReceiptBasicStatus | Unset):
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        supplier (str | Unset):
        po_order_nbr (str | Unset):
        branch (str | Unset):
        fin_period (str | Unset):
        receipt_date (str | Unset):
        receipt_date_condition (str | Unset):
        due_date (str | Unset):
        due_date_condition (str | Unset):
        include_custom_free_fields (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[PurchaseReceiptDto]
    """

    return sync_detailed(
        client=client,
        receipt_type=receipt_type,
        status=status,
        greater_than_value=greater_than_value,
        number_to_read=number_to_read,
        skip_records=skip_records,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        supplier=supplier,
        po_order_nbr=po_order_nbr,
        branch=branch,
        fin_period=fin_period,
        receipt_date=receipt_date,
        receipt_date_condition=receipt_date_condition,
        due_date=due_date,
        due_date_condition=due_date_condition,
        include_custom_free_fields=include_custom_free_fields,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    receipt_type: PurchaseReceiptGetAllReceiptBasicReceiptType | Unset = UNSET,
    status: PurchaseReceiptGetAllReceiptBasicStatus | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    supplier: str | Unset = UNSET,
    po_order_nbr: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    fin_period: str | Unset = UNSET,
    receipt_date: str | Unset = UNSET,
    receipt_date_condition: str | Unset = UNSET,
    due_date: str | Unset = UNSET,
    due_date_condition: str | Unset = UNSET,
    include_custom_free_fields: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[PurchaseReceiptDto]]:
    """Get a range of Purchase Receipts - ScreenId=PO302000
    Please use a page size lower or equal to the allowed max page size which is 500

    Args:
        receipt_type (PurchaseReceiptGetAllReceiptBasicReceiptType | Unset):
        status (PurchaseReceiptGetAllReceiptBasicStatus | Unset):
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        supplier (str | Unset):
        po_order_nbr (str | Unset):
        branch (str | Unset):
        fin_period (str | Unset):
        receipt_date (str | Unset):
        receipt_date_condition (str | Unset):
        due_date (str | Unset):
        due_date_condition (str | Unset):
        include_custom_free_fields (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[PurchaseReceiptDto]]
    """

    kwargs = _get_kwargs(
        receipt_type=receipt_type,
        status=status,
        greater_than_value=greater_than_value,
        number_to_read=number_to_read,
        skip_records=skip_records,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        supplier=supplier,
        po_order_nbr=po_order_nbr,
        branch=branch,
        fin_period=fin_period,
        receipt_date=receipt_date,
        receipt_date_condition=receipt_date_condition,
        due_date=due_date,
        due_date_condition=due_date_condition,
        include_custom_free_fields=include_custom_free_fields,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    receipt_type: PurchaseReceiptGetAllReceiptBasicReceiptType | Unset = UNSET,
    status: PurchaseReceiptGetAllReceiptBasicStatus | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    supplier: str | Unset = UNSET,
    po_order_nbr: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    fin_period: str | Unset = UNSET,
    receipt_date: str | Unset = UNSET,
    receipt_date_condition: str | Unset = UNSET,
    due_date: str | Unset = UNSET,
    due_date_condition: str | Unset = UNSET,
    include_custom_free_fields: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[PurchaseReceiptDto] | None:
    """Get a range of Purchase Receipts - ScreenId=PO302000
    Please use a page size lower or equal to the allowed max page size which is 500

    Args:
        receipt_type (PurchaseReceiptGetAllReceiptBasicReceiptType | Unset):
        status (PurchaseReceiptGetAllReceiptBasicStatus | Unset):
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        supplier (str | Unset):
        po_order_nbr (str | Unset):
        branch (str | Unset):
        fin_period (str | Unset):
        receipt_date (str | Unset):
        receipt_date_condition (str | Unset):
        due_date (str | Unset):
        due_date_condition (str | Unset):
        include_custom_free_fields (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[PurchaseReceiptDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            receipt_type=receipt_type,
            status=status,
            greater_than_value=greater_than_value,
            number_to_read=number_to_read,
            skip_records=skip_records,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            supplier=supplier,
            po_order_nbr=po_order_nbr,
            branch=branch,
            fin_period=fin_period,
            receipt_date=receipt_date,
            receipt_date_condition=receipt_date_condition,
            due_date=due_date,
            due_date_condition=due_date_condition,
            include_custom_free_fields=include_custom_free_fields,
            page_number=page_number,
            page_size=page_size,
            erp_api_background=erp_api_background,
        )
    ).parsed
