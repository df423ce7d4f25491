import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.customer_overdue_charge_dto import CustomerOverdueChargeDto
from ...models.customer_overdue_charge_get_all_document_type import (
    CustomerOverdueChargeGetAllDocumentType,
)
from ...models.customer_overdue_charge_get_all_status import (
    CustomerOverdueChargeGetAllStatus,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    document_type: CustomerOverdueChargeGetAllDocumentType | Unset = UNSET,
    released: int | Unset = UNSET,
    dunning_level: int | Unset = UNSET,
    closed_financial_period: str | Unset = UNSET,
    dunning_letter_date_time: str | Unset = UNSET,
    dunning_letter_date_time_condition: str | Unset = UNSET,
    project: str | Unset = UNSET,
    expand_applications: bool | Unset = UNSET,
    expand_dunning_information: bool | Unset = UNSET,
    expand_attachments: bool | Unset = UNSET,
    expand_tax_details: bool | Unset = UNSET,
    expand_invoice_address: bool | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    document_due_date: datetime.datetime | Unset = UNSET,
    document_due_date_condition: str | Unset = UNSET,
    status: CustomerOverdueChargeGetAllStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    external_reference: str | Unset = UNSET,
    payment_reference: str | Unset = UNSET,
    customer_ref_number: str | Unset = UNSET,
    customer: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    document_date: datetime.datetime | Unset = UNSET,
    document_date_condition: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    json_document_type: str | Unset = UNSET
    if not isinstance(document_type, Unset):
        json_document_type = document_type

    params["documentType"] = json_document_type

    params["released"] = released

    params["dunningLevel"] = dunning_level

    params["closedFinancialPeriod"] = closed_financial_period

    params["dunningLetterDateTime"] = dunning_letter_date_time

    params["dunningLetterDateTimeCondition"] = dunning_letter_date_time_condition

    params["project"] = project

    params["expandApplications"] = expand_applications

    params["expandDunningInformation"] = expand_dunning_information

    params["expandAttachments"] = expand_attachments

    params["expandTaxDetails"] = expand_tax_details

    params["expandInvoiceAddress"] = expand_invoice_address

    params["financialPeriod"] = financial_period

    json_document_due_date: str | Unset = UNSET
    if not isinstance(document_due_date, Unset):
        json_document_due_date = document_due_date.isoformat()
    params["documentDueDate"] = json_document_due_date

    params["documentDueDateCondition"] = document_due_date_condition

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["numberToRead"] = number_to_read

    params["skipRecords"] = skip_records

    params["externalReference"] = external_reference

    params["paymentReference"] = payment_reference

    params["customerRefNumber"] = customer_ref_number

    params["customer"] = customer

    params["branch"] = branch

    json_document_date: str | Unset = UNSET
    if not isinstance(document_date, Unset):
        json_document_date = document_date.isoformat()
    params["documentDate"] = json_document_date

    params["documentDateCondition"] = document_date_condition

    params["greaterThanValue"] = greater_than_value

    params["lastModifiedDateTime"] = last_modified_date_time

    params["lastModifiedDateTimeCondition"] = last_modified_date_time_condition

    params["createdDateTime"] = created_date_time

    params["createdDateTimeCondition"] = created_date_time_condition

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customerOverdueCharge",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | list[CustomerOverdueChargeDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CustomerOverdueChargeDto.from_dict(response_200_item_data)

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
) -> Response[BackgroundApiAcceptedDto | list[CustomerOverdueChargeDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    document_type: CustomerOverdueChargeGetAllDocumentType | Unset = UNSET,
    released: int | Unset = UNSET,
    dunning_level: int | Unset = UNSET,
    closed_financial_period: str | Unset = UNSET,
    dunning_letter_date_time: str | Unset = UNSET,
    dunning_letter_date_time_condition: str | Unset = UNSET,
    project: str | Unset = UNSET,
    expand_applications: bool | Unset = UNSET,
    expand_dunning_information: bool | Unset = UNSET,
    expand_attachments: bool | Unset = UNSET,
    expand_tax_details: bool | Unset = UNSET,
    expand_invoice_address: bool | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    document_due_date: datetime.datetime | Unset = UNSET,
    document_due_date_condition: str | Unset = UNSET,
    status: CustomerOverdueChargeGetAllStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    external_reference: str | Unset = UNSET,
    payment_reference: str | Unset = UNSET,
    customer_ref_number: str | Unset = UNSET,
    customer: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    document_date: datetime.datetime | Unset = UNSET,
    document_date_condition: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[CustomerOverdueChargeDto]]:
    """Get a range of Customer Overdue Charges - ScreenId=AR301000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

     Data for Customer Overdue Charge

    Args:
        document_type (CustomerOverdueChargeGetAllDocumentType | Unset):
        released (int | Unset):
        dunning_level (int | Unset):
        closed_financial_period (str | Unset):
        dunning_letter_date_time (str | Unset):
        dunning_letter_date_time_condition (str | Unset):
        project (str | Unset):
        expand_applications (bool | Unset):
        expand_dunning_information (bool | Unset):
        expand_attachments (bool | Unset):
        expand_tax_details (bool | Unset):
        expand_invoice_address (bool | Unset):
        financial_period (str | Unset):
        document_due_date (datetime.datetime | Unset):
        document_due_date_condition (str | Unset):
        status (CustomerOverdueChargeGetAllStatus | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        external_reference (str | Unset):
        payment_reference (str | Unset):
        customer_ref_number (str | Unset):
        customer (str | Unset):
        branch (str | Unset):
        document_date (datetime.datetime | Unset):
        document_date_condition (str | Unset):
        greater_than_value (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        created_date_time (str | Unset):
        created_date_time_condition (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[CustomerOverdueChargeDto]]
    """

    kwargs = _get_kwargs(
        document_type=document_type,
        released=released,
        dunning_level=dunning_level,
        closed_financial_period=closed_financial_period,
        dunning_letter_date_time=dunning_letter_date_time,
        dunning_letter_date_time_condition=dunning_letter_date_time_condition,
        project=project,
        expand_applications=expand_applications,
        expand_dunning_information=expand_dunning_information,
        expand_attachments=expand_attachments,
        expand_tax_details=expand_tax_details,
        expand_invoice_address=expand_invoice_address,
        financial_period=financial_period,
        document_due_date=document_due_date,
        document_due_date_condition=document_due_date_condition,
        status=status,
        number_to_read=number_to_read,
        skip_records=skip_records,
        external_reference=external_reference,
        payment_reference=payment_reference,
        customer_ref_number=customer_ref_number,
        customer=customer,
        branch=branch,
        document_date=document_date,
        document_date_condition=document_date_condition,
        greater_than_value=greater_than_value,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        created_date_time=created_date_time,
        created_date_time_condition=created_date_time_condition,
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
    document_type: CustomerOverdueChargeGetAllDocumentType | Unset = UNSET,
    released: int | Unset = UNSET,
    dunning_level: int | Unset = UNSET,
    closed_financial_period: str | Unset = UNSET,
    dunning_letter_date_time: str | Unset = UNSET,
    dunning_letter_date_time_condition: str | Unset = UNSET,
    project: str | Unset = UNSET,
    expand_applications: bool | Unset = UNSET,
    expand_dunning_information: bool | Unset = UNSET,
    expand_attachments: bool | Unset = UNSET,
    expand_tax_details: bool | Unset = UNSET,
    expand_invoice_address: bool | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    document_due_date: datetime.datetime | Unset = UNSET,
    document_due_date_condition: str | Unset = UNSET,
    status: CustomerOverdueChargeGetAllStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    external_reference: str | Unset = UNSET,
    payment_reference: str | Unset = UNSET,
    customer_ref_number: str | Unset = UNSET,
    customer: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    document_date: datetime.datetime | Unset = UNSET,
    document_date_condition: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[CustomerOverdueChargeDto] | None:
    """Get a range of Customer Overdue Charges - ScreenId=AR301000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

     Data for Customer Overdue Charge

    Args:
        document_type (CustomerOverdueChargeGetAllDocumentType | Unset):
        released (int | Unset):
        dunning_level (int | Unset):
        closed_financial_period (str | Unset):
        dunning_letter_date_time (str | Unset):
        dunning_letter_date_time_condition (str | Unset):
        project (str | Unset):
        expand_applications (bool | Unset):
        expand_dunning_information (bool | Unset):
        expand_attachments (bool | Unset):
        expand_tax_details (bool | Unset):
        expand_invoice_address (bool | Unset):
        financial_period (str | Unset):
        document_due_date (datetime.datetime | Unset):
        document_due_date_condition (str | Unset):
        status (CustomerOverdueChargeGetAllStatus | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        external_reference (str | Unset):
        payment_reference (str | Unset):
        customer_ref_number (str | Unset):
        customer (str | Unset):
        branch (str | Unset):
        document_date (datetime.datetime | Unset):
        document_date_condition (str | Unset):
        greater_than_value (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        created_date_time (str | Unset):
        created_date_time_condition (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[CustomerOverdueChargeDto]
    """

    return sync_detailed(
        client=client,
        document_type=document_type,
        released=released,
        dunning_level=dunning_level,
        closed_financial_period=closed_financial_period,
        dunning_letter_date_time=dunning_letter_date_time,
        dunning_letter_date_time_condition=dunning_letter_date_time_condition,
        project=project,
        expand_applications=expand_applications,
        expand_dunning_information=expand_dunning_information,
        expand_attachments=expand_attachments,
        expand_tax_details=expand_tax_details,
        expand_invoice_address=expand_invoice_address,
        financial_period=financial_period,
        document_due_date=document_due_date,
        document_due_date_condition=document_due_date_condition,
        status=status,
        number_to_read=number_to_read,
        skip_records=skip_records,
        external_reference=external_reference,
        payment_reference=payment_reference,
        customer_ref_number=customer_ref_number,
        customer=customer,
        branch=branch,
        document_date=document_date,
        document_date_condition=document_date_condition,
        greater_than_value=greater_than_value,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        created_date_time=created_date_time,
        created_date_time_condition=created_date_time_condition,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    document_type: CustomerOverdueChargeGetAllDocumentType | Unset = UNSET,
    released: int | Unset = UNSET,
    dunning_level: int | Unset = UNSET,
    closed_financial_period: str | Unset = UNSET,
    dunning_letter_date_time: str | Unset = UNSET,
    dunning_letter_date_time_condition: str | Unset = UNSET,
    project: str | Unset = UNSET,
    expand_applications: bool | Unset = UNSET,
    expand_dunning_information: bool | Unset = UNSET,
    expand_attachments: bool | Unset = UNSET,
    expand_tax_details: bool | Unset = UNSET,
    expand_invoice_address: bool | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    document_due_date: datetime.datetime | Unset = UNSET,
    document_due_date_condition: str | Unset = UNSET,
    status: CustomerOverdueChargeGetAllStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    external_reference: str | Unset = UNSET,
    payment_reference: str | Unset = UNSET,
    customer_ref_number: str | Unset = UNSET,
    customer: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    document_date: datetime.datetime | Unset = UNSET,
    document_date_condition: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[CustomerOverdueChargeDto]]:
    """Get a range of Customer Overdue Charges - ScreenId=AR301000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

     Data for Customer Overdue Charge

    Args:
        document_type (CustomerOverdueChargeGetAllDocumentType | Unset):
        released (int | Unset):
        dunning_level (int | Unset):
        closed_financial_period (str | Unset):
        dunning_letter_date_time (str | Unset):
        dunning_letter_date_time_condition (str | Unset):
        project (str | Unset):
        expand_applications (bool | Unset):
        expand_dunning_information (bool | Unset):
        expand_attachments (bool | Unset):
        expand_tax_details (bool | Unset):
        expand_invoice_address (bool | Unset):
        financial_period (str | Unset):
        document_due_date (datetime.datetime | Unset):
        document_due_date_condition (str | Unset):
        status (CustomerOverdueChargeGetAllStatus | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        external_reference (str | Unset):
        payment_reference (str | Unset):
        customer_ref_number (str | Unset):
        customer (str | Unset):
        branch (str | Unset):
        document_date (datetime.datetime | Unset):
        document_date_condition (str | Unset):
        greater_than_value (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        created_date_time (str | Unset):
        created_date_time_condition (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[CustomerOverdueChargeDto]]
    """

    kwargs = _get_kwargs(
        document_type=document_type,
        released=released,
        dunning_level=dunning_level,
        closed_financial_period=closed_financial_period,
        dunning_letter_date_time=dunning_letter_date_time,
        dunning_letter_date_time_condition=dunning_letter_date_time_condition,
        project=project,
        expand_applications=expand_applications,
        expand_dunning_information=expand_dunning_information,
        expand_attachments=expand_attachments,
        expand_tax_details=expand_tax_details,
        expand_invoice_address=expand_invoice_address,
        financial_period=financial_period,
        document_due_date=document_due_date,
        document_due_date_condition=document_due_date_condition,
        status=status,
        number_to_read=number_to_read,
        skip_records=skip_records,
        external_reference=external_reference,
        payment_reference=payment_reference,
        customer_ref_number=customer_ref_number,
        customer=customer,
        branch=branch,
        document_date=document_date,
        document_date_condition=document_date_condition,
        greater_than_value=greater_than_value,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        created_date_time=created_date_time,
        created_date_time_condition=created_date_time_condition,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    document_type: CustomerOverdueChargeGetAllDocumentType | Unset = UNSET,
    released: int | Unset = UNSET,
    dunning_level: int | Unset = UNSET,
    closed_financial_period: str | Unset = UNSET,
    dunning_letter_date_time: str | Unset = UNSET,
    dunning_letter_date_time_condition: str | Unset = UNSET,
    project: str | Unset = UNSET,
    expand_applications: bool | Unset = UNSET,
    expand_dunning_information: bool | Unset = UNSET,
    expand_attachments: bool | Unset = UNSET,
    expand_tax_details: bool | Unset = UNSET,
    expand_invoice_address: bool | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    document_due_date: datetime.datetime | Unset = UNSET,
    document_due_date_condition: str | Unset = UNSET,
    status: CustomerOverdueChargeGetAllStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    external_reference: str | Unset = UNSET,
    payment_reference: str | Unset = UNSET,
    customer_ref_number: str | Unset = UNSET,
    customer: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    document_date: datetime.datetime | Unset = UNSET,
    document_date_condition: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[CustomerOverdueChargeDto] | None:
    """Get a range of Customer Overdue Charges - ScreenId=AR301000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

     Data for Customer Overdue Charge

    Args:
        document_type (CustomerOverdueChargeGetAllDocumentType | Unset):
        released (int | Unset):
        dunning_level (int | Unset):
        closed_financial_period (str | Unset):
        dunning_letter_date_time (str | Unset):
        dunning_letter_date_time_condition (str | Unset):
        project (str | Unset):
        expand_applications (bool | Unset):
        expand_dunning_information (bool | Unset):
        expand_attachments (bool | Unset):
        expand_tax_details (bool | Unset):
        expand_invoice_address (bool | Unset):
        financial_period (str | Unset):
        document_due_date (datetime.datetime | Unset):
        document_due_date_condition (str | Unset):
        status (CustomerOverdueChargeGetAllStatus | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        external_reference (str | Unset):
        payment_reference (str | Unset):
        customer_ref_number (str | Unset):
        customer (str | Unset):
        branch (str | Unset):
        document_date (datetime.datetime | Unset):
        document_date_condition (str | Unset):
        greater_than_value (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        created_date_time (str | Unset):
        created_date_time_condition (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[CustomerOverdueChargeDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            document_type=document_type,
            released=released,
            dunning_level=dunning_level,
            closed_financial_period=closed_financial_period,
            dunning_letter_date_time=dunning_letter_date_time,
            dunning_letter_date_time_condition=dunning_letter_date_time_condition,
            project=project,
            expand_applications=expand_applications,
            expand_dunning_information=expand_dunning_information,
            expand_attachments=expand_attachments,
            expand_tax_details=expand_tax_details,
            expand_invoice_address=expand_invoice_address,
            financial_period=financial_period,
            document_due_date=document_due_date,
            document_due_date_condition=document_due_date_condition,
            status=status,
            number_to_read=number_to_read,
            skip_records=skip_records,
            external_reference=external_reference,
            payment_reference=payment_reference,
            customer_ref_number=customer_ref_number,
            customer=customer,
            branch=branch,
            document_date=document_date,
            document_date_condition=document_date_condition,
            greater_than_value=greater_than_value,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            created_date_time=created_date_time,
            created_date_time_condition=created_date_time_condition,
            page_number=page_number,
            page_size=page_size,
            erp_api_background=erp_api_background,
        )
    ).parsed
