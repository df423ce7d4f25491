import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.supplier_payment_dto import SupplierPaymentDto
from ...models.supplier_payment_get_all_payments_payment_type import (
    SupplierPaymentGetAllPaymentsPaymentType,
)
from ...models.supplier_payment_get_all_payments_status import (
    SupplierPaymentGetAllPaymentsStatus,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    invoice_ref_nbr: str | Unset = UNSET,
    payment_type: SupplierPaymentGetAllPaymentsPaymentType | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    supplier: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    doc_date: datetime.datetime | Unset = UNSET,
    doc_date_condition: str | Unset = UNSET,
    due_date: datetime.datetime | Unset = UNSET,
    due_date_condition: str | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    balance: float | Unset = UNSET,
    balance_condition: str | Unset = UNSET,
    status: SupplierPaymentGetAllPaymentsStatus | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    params["invoiceRefNbr"] = invoice_ref_nbr

    json_payment_type: str | Unset = UNSET
    if not isinstance(payment_type, Unset):
        json_payment_type = payment_type

    params["paymentType"] = json_payment_type

    params["greaterThanValue"] = greater_than_value

    params["lastModifiedDateTime"] = last_modified_date_time

    params["lastModifiedDateTimeCondition"] = last_modified_date_time_condition

    params["supplier"] = supplier

    params["branch"] = branch

    json_doc_date: str | Unset = UNSET
    if not isinstance(doc_date, Unset):
        json_doc_date = doc_date.isoformat()
    params["docDate"] = json_doc_date

    params["docDateCondition"] = doc_date_condition

    json_due_date: str | Unset = UNSET
    if not isinstance(due_date, Unset):
        json_due_date = due_date.isoformat()
    params["dueDate"] = json_due_date

    params["dueDateCondition"] = due_date_condition

    params["financialPeriod"] = financial_period

    params["balance"] = balance

    params["balanceCondition"] = balance_condition

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/supplierPayment",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | list[SupplierPaymentDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SupplierPaymentDto.from_dict(response_200_item_data)

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
) -> Response[BackgroundApiAcceptedDto | list[SupplierPaymentDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    invoice_ref_nbr: str | Unset = UNSET,
    payment_type: SupplierPaymentGetAllPaymentsPaymentType | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    supplier: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    doc_date: datetime.datetime | Unset = UNSET,
    doc_date_condition: str | Unset = UNSET,
    due_date: datetime.datetime | Unset = UNSET,
    due_date_condition: str | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    balance: float | Unset = UNSET,
    balance_condition: str | Unset = UNSET,
    status: SupplierPaymentGetAllPaymentsStatus | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[SupplierPaymentDto]]:
    """Get all SupplierPayments.
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size
    ScreenId=AP302000

    Args:
        invoice_ref_nbr (str | Unset):
        payment_type (SupplierPaymentGetAllPaymentsPaymentType | Unset):
        greater_than_value (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        supplier (str | Unset):
        branch (str | Unset):
        doc_date (datetime.datetime | Unset):
        doc_date_condition (str | Unset):
        due_date (datetime.datetime | Unset):
        due_date_condition (str | Unset):
        financial_period (str | Unset):
        balance (float | Unset):
        balance_condition (str | Unset):
        status (SupplierPaymentGetAllPaymentsStatus | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[SupplierPaymentDto]]
    """

    kwargs = _get_kwargs(
        invoice_ref_nbr=invoice_ref_nbr,
        payment_type=payment_type,
        greater_than_value=greater_than_value,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        supplier=supplier,
        branch=branch,
        doc_date=doc_date,
        doc_date_condition=doc_date_condition,
        due_date=due_date,
        due_date_condition=due_date_condition,
        financial_period=financial_period,
        balance=balance,
        balance_condition=balance_condition,
        status=status,
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
    invoice_ref_nbr: str | Unset = UNSET,
    payment_type: SupplierPaymentGetAllPaymentsPaymentType | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    supplier: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    doc_date: datetime.datetime | Unset = UNSET,
    doc_date_condition: str | Unset = UNSET,
    due_date: datetime.datetime | Unset = UNSET,
    due_date_condition: str | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    balance: float | Unset = UNSET,
    balance_condition: str | Unset = UNSET,
    status: SupplierPaymentGetAllPaymentsStatus | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[SupplierPaymentDto] | None:
    """Get all SupplierPayments.
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size
    ScreenId=AP302000

    Args:
        invoice_ref_nbr (str | Unset):
        payment_type (SupplierPaymentGetAllPaymentsPaymentType | Unset):
        greater_than_value (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        supplier (str | Unset):
        branch (str | Unset):
        doc_date (datetime.datetime | Unset):
        doc_date_condition (str | Unset):
        due_date (datetime.datetime | Unset):
        due_date_condition (str | Unset):
        financial_period (str | Unset):
        balance (float | Unset):
        balance_condition (str | Unset):
        status (SupplierPaymentGetAllPaymentsStatus | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[SupplierPaymentDto]
    """

    return sync_detailed(
        client=client,
        invoice_ref_nbr=invoice_ref_nbr,
        payment_type=payment_type,
        greater_than_value=greater_than_value,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        supplier=supplier,
        branch=branch,
        doc_date=doc_date,
        doc_date_condition=doc_date_condition,
        due_date=due_date,
        due_date_condition=due_date_condition,
        financial_period=financial_period,
        balance=balance,
        balance_condition=balance_condition,
        status=status,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    invoice_ref_nbr: str | Unset = UNSET,
    payment_type: SupplierPaymentGetAllPaymentsPaymentType | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    supplier: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    doc_date: datetime.datetime | Unset = UNSET,
    doc_date_condition: str | Unset = UNSET,
    due_date: datetime.datetime | Unset = UNSET,
    due_date_condition: str | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    balance: float | Unset = UNSET,
    balance_condition: str | Unset = UNSET,
    status: SupplierPaymentGetAllPaymentsStatus | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[SupplierPaymentDto]]:
    """Get all SupplierPayments.
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size
    ScreenId=AP302000

    Args:
        invoice_ref_nbr (str | Unset):
        payment_type (SupplierPaymentGetAllPaymentsPaymentType | Unset):
        greater_than_value (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        supplier (str | Unset):
        branch (str | Unset):
        doc_date (datetime.datetime | Unset):
        doc_date_condition (str | Unset):
        due_date (datetime.datetime | Unset):
        due_date_condition (str | Unset):
        financial_period (str | Unset):
        balance (float | Unset):
        balance_condition (str | Unset):
        status (SupplierPaymentGetAllPaymentsStatus | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[SupplierPaymentDto]]
    """

    kwargs = _get_kwargs(
        invoice_ref_nbr=invoice_ref_nbr,
        payment_type=payment_type,
        greater_than_value=greater_than_value,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        supplier=supplier,
        branch=branch,
        doc_date=doc_date,
        doc_date_condition=doc_date_condition,
        due_date=due_date,
        due_date_condition=due_date_condition,
        financial_period=financial_period,
        balance=balance,
        balance_condition=balance_condition,
        status=status,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    invoice_ref_nbr: str | Unset = UNSET,
    payment_type: SupplierPaymentGetAllPaymentsPaymentType | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    supplier: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    doc_date: datetime.datetime | Unset = UNSET,
    doc_date_condition: str | Unset = UNSET,
    due_date: datetime.datetime | Unset = UNSET,
    due_date_condition: str | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    balance: float | Unset = UNSET,
    balance_condition: str | Unset = UNSET,
    status: SupplierPaymentGetAllPaymentsStatus | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[SupplierPaymentDto] | None:
    """Get all SupplierPayments.
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size
    ScreenId=AP302000

    Args:
        invoice_ref_nbr (str | Unset):
        payment_type (SupplierPaymentGetAllPaymentsPaymentType | Unset):
        greater_than_value (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        supplier (str | Unset):
        branch (str | Unset):
        doc_date (datetime.datetime | Unset):
        doc_date_condition (str | Unset):
        due_date (datetime.datetime | Unset):
        due_date_condition (str | Unset):
        financial_period (str | Unset):
        balance (float | Unset):
        balance_condition (str | Unset):
        status (SupplierPaymentGetAllPaymentsStatus | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[SupplierPaymentDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            invoice_ref_nbr=invoice_ref_nbr,
            payment_type=payment_type,
            greater_than_value=greater_than_value,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            supplier=supplier,
            branch=branch,
            doc_date=doc_date,
            doc_date_condition=doc_date_condition,
            due_date=due_date,
            due_date_condition=due_date_condition,
            financial_period=financial_period,
            balance=balance,
            balance_condition=balance_condition,
            status=status,
            page_number=page_number,
            page_size=page_size,
            erp_api_background=erp_api_background,
        )
    ).parsed
