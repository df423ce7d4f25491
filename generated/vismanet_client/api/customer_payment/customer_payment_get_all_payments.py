import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.customer_payment_get_all_payments_payment_type import (
    CustomerPaymentGetAllPaymentsPaymentType,
)
from ...models.customer_payment_get_all_payments_status import (
    CustomerPaymentGetAllPaymentsStatus,
)
from ...models.payment_dto import PaymentDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    payment_nbr: str | Unset = UNSET,
    payment_type: CustomerPaymentGetAllPaymentsPaymentType | Unset = UNSET,
    customer: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    invoice_ref_nbr: str | Unset = UNSET,
    status: CustomerPaymentGetAllPaymentsStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    doc_date: datetime.datetime | Unset = UNSET,
    doc_date_condition: str | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    params["paymentNbr"] = payment_nbr

    json_payment_type: str | Unset = UNSET
    if not isinstance(payment_type, Unset):
        json_payment_type = payment_type

    params["paymentType"] = json_payment_type

    params["customer"] = customer

    params["greaterThanValue"] = greater_than_value

    params["invoiceRefNbr"] = invoice_ref_nbr

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["numberToRead"] = number_to_read

    params["skipRecords"] = skip_records

    params["orderBy"] = order_by

    params["lastModifiedDateTime"] = last_modified_date_time

    params["lastModifiedDateTimeCondition"] = last_modified_date_time_condition

    params["branch"] = branch

    json_doc_date: str | Unset = UNSET
    if not isinstance(doc_date, Unset):
        json_doc_date = doc_date.isoformat()
    params["docDate"] = json_doc_date

    params["docDateCondition"] = doc_date_condition

    params["financialPeriod"] = financial_period

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customerPayment",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | list[PaymentDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PaymentDto.from_dict(response_200_item_data)

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
) -> Response[BackgroundApiAcceptedDto | list[PaymentDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    payment_nbr: str | Unset = UNSET,
    payment_type: CustomerPaymentGetAllPaymentsPaymentType | Unset = UNSET,
    customer: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    invoice_ref_nbr: str | Unset = UNSET,
    status: CustomerPaymentGetAllPaymentsStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    doc_date: datetime.datetime | Unset = UNSET,
    doc_date_condition: str | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[PaymentDto]]:
    """Get a range of Payments. - SceenId=AR302000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

    Args:
        payment_nbr (str | Unset):
        payment_type (CustomerPaymentGetAllPaymentsPaymentType | Unset):
        customer (str | Unset):
        greater_than_value (str | Unset):
        invoice_ref_nbr (str | Unset):
        status (CustomerPaymentGetAllPaymentsStatus | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        order_by (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        branch (str | Unset):
        doc_date (datetime.datetime | Unset):
        doc_date_condition (str | Unset):
        financial_period (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[PaymentDto]]
    """

    kwargs = _get_kwargs(
        payment_nbr=payment_nbr,
        payment_type=payment_type,
        customer=customer,
        greater_than_value=greater_than_value,
        invoice_ref_nbr=invoice_ref_nbr,
        status=status,
        number_to_read=number_to_read,
        skip_records=skip_records,
        order_by=order_by,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        branch=branch,
        doc_date=doc_date,
        doc_date_condition=doc_date_condition,
        financial_period=financial_period,
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
    payment_nbr: str | Unset = UNSET,
    payment_type: CustomerPaymentGetAllPaymentsPaymentType | Unset = UNSET,
    customer: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    invoice_ref_nbr: str | Unset = UNSET,
    status: CustomerPaymentGetAllPaymentsStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    doc_date: datetime.datetime | Unset = UNSET,
    doc_date_condition: str | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[PaymentDto] | None:
    """Get a range of Payments. - SceenId=AR302000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

    Args:
        payment_nbr (str | Unset):
        payment_type (CustomerPaymentGetAllPaymentsPaymentType | Unset):
        customer (str | Unset):
        greater_than_value (str | Unset):
        invoice_ref_nbr (str | Unset):
        status (CustomerPaymentGetAllPaymentsStatus | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        order_by (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        branch (str | Unset):
        doc_date (datetime.datetime | Unset):
        doc_date_condition (str | Unset):
        financial_period (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[PaymentDto]
    """

    return sync_detailed(
        client=client,
        payment_nbr=payment_nbr,
        payment_type=payment_type,
        customer=customer,
        greater_than_value=greater_than_value,
        invoice_ref_nbr=invoice_ref_nbr,
        status=status,
        number_to_read=number_to_read,
        skip_records=skip_records,
        order_by=order_by,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        branch=branch,
        doc_date=doc_date,
        doc_date_condition=doc_date_condition,
        financial_period=financial_period,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    payment_nbr: str | Unset = UNSET,
    payment_type: CustomerPaymentGetAllPaymentsPaymentType | Unset = UNSET,
    customer: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    invoice_ref_nbr: str | Unset = UNSET,
    status: CustomerPaymentGetAllPaymentsStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    doc_date: datetime.datetime | Unset = UNSET,
    doc_date_condition: str | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[PaymentDto]]:
    """Get a range of Payments. - SceenId=AR302000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

    Args:
        payment_nbr (str | Unset):
        payment_type (CustomerPaymentGetAllPaymentsPaymentType | Unset):
        customer (str | Unset):
        greater_than_value (str | Unset):
        invoice_ref_nbr (str | Unset):
        status (CustomerPaymentGetAllPaymentsStatus | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        order_by (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        branch (str | Unset):
        doc_date (datetime.datetime | Unset):
        doc_date_condition (str | Unset):
        financial_period (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[PaymentDto]]
    """

    kwargs = _get_kwargs(
        payment_nbr=payment_nbr,
        payment_type=payment_type,
        customer=customer,
        greater_than_value=greater_than_value,
        invoice_ref_nbr=invoice_ref_nbr,
        status=status,
        number_to_read=number_to_read,
        skip_records=skip_records,
        order_by=order_by,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        branch=branch,
        doc_date=doc_date,
        doc_date_condition=doc_date_condition,
        financial_period=financial_period,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    payment_nbr: str | Unset = UNSET,
    payment_type: CustomerPaymentGetAllPaymentsPaymentType | Unset = UNSET,
    customer: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    invoice_ref_nbr: str | Unset = UNSET,
    status: CustomerPaymentGetAllPaymentsStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    doc_date: datetime.datetime | Unset = UNSET,
    doc_date_condition: str | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[PaymentDto] | None:
    """Get a range of Payments. - SceenId=AR302000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

    Args:
        payment_nbr (str | Unset):
        payment_type (CustomerPaymentGetAllPaymentsPaymentType | Unset):
        customer (str | Unset):
        greater_than_value (str | Unset):
        invoice_ref_nbr (str | Unset):
        status (CustomerPaymentGetAllPaymentsStatus | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        order_by (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        branch (str | Unset):
        doc_date (datetime.datetime | Unset):
        doc_date_condition (str | Unset):
        financial_period (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[PaymentDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            payment_nbr=payment_nbr,
            payment_type=payment_type,
            customer=customer,
            greater_than_value=greater_than_value,
            invoice_ref_nbr=invoice_ref_nbr,
            status=status,
            number_to_read=number_to_read,
            skip_records=skip_records,
            order_by=order_by,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            branch=branch,
            doc_date=doc_date,
            doc_date_condition=doc_date_condition,
            financial_period=financial_period,
            page_number=page_number,
            page_size=page_size,
            erp_api_background=erp_api_background,
        )
    ).parsed
