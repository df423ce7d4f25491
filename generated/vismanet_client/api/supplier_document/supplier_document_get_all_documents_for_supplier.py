import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.supplier_document_dto import SupplierDocumentDto
from ...models.supplier_document_get_all_documents_for_supplier_document_type import (
    SupplierDocumentGetAllDocumentsForSupplierDocumentType,
)
from ...models.supplier_document_get_all_documents_for_supplier_status import (
    SupplierDocumentGetAllDocumentsForSupplierStatus,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    supplier: str | Unset = UNSET,
    document_type: SupplierDocumentGetAllDocumentsForSupplierDocumentType | Unset = UNSET,
    released: int | Unset = UNSET,
    project: str | Unset = UNSET,
    expand_approval: bool | Unset = UNSET,
    expand_note: bool | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    status: SupplierDocumentGetAllDocumentsForSupplierStatus | Unset = UNSET,
    expand_line_prebook_accounts: bool | Unset = UNSET,
    branch: str | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    due_date: datetime.datetime | Unset = UNSET,
    due_date_condition: str | Unset = UNSET,
    doc_date: datetime.datetime | Unset = UNSET,
    doc_date_condition: str | Unset = UNSET,
    item: str | Unset = UNSET,
    balance: float | Unset = UNSET,
    balance_condition: str | Unset = UNSET,
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

    params["supplier"] = supplier

    json_document_type: str | Unset = UNSET
    if not isinstance(document_type, Unset):
        json_document_type = document_type

    params["documentType"] = json_document_type

    params["released"] = released

    params["project"] = project

    params["expandApproval"] = expand_approval

    params["expandNote"] = expand_note

    params["numberToRead"] = number_to_read

    params["skipRecords"] = skip_records

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["expandLinePrebookAccounts"] = expand_line_prebook_accounts

    params["branch"] = branch

    params["financialPeriod"] = financial_period

    json_due_date: str | Unset = UNSET
    if not isinstance(due_date, Unset):
        json_due_date = due_date.isoformat()
    params["dueDate"] = json_due_date

    params["dueDateCondition"] = due_date_condition

    json_doc_date: str | Unset = UNSET
    if not isinstance(doc_date, Unset):
        json_doc_date = doc_date.isoformat()
    params["docDate"] = json_doc_date

    params["docDateCondition"] = doc_date_condition

    params["item"] = item

    params["balance"] = balance

    params["balanceCondition"] = balance_condition

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
        "url": "/v1/supplierdocument",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | list[SupplierDocumentDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SupplierDocumentDto.from_dict(response_200_item_data)

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
) -> Response[BackgroundApiAcceptedDto | list[SupplierDocumentDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    supplier: str | Unset = UNSET,
    document_type: SupplierDocumentGetAllDocumentsForSupplierDocumentType | Unset = UNSET,
    released: int | Unset = UNSET,
    project: str | Unset = UNSET,
    expand_approval: bool | Unset = UNSET,
    expand_note: bool | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    status: SupplierDocumentGetAllDocumentsForSupplierStatus | Unset = UNSET,
    expand_line_prebook_accounts: bool | Unset = UNSET,
    branch: str | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    due_date: datetime.datetime | Unset = UNSET,
    due_date_condition: str | Unset = UNSET,
    doc_date: datetime.datetime | Unset = UNSET,
    doc_date_condition: str | Unset = UNSET,
    item: str | Unset = UNSET,
    balance: float | Unset = UNSET,
    balance_condition: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[SupplierDocumentDto]]:
    """Gets a range of supplier documents - ScreenId=AP301000
    Get a range of Purchase Order - ScreenId=PO301000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size
    Change log:
    2020-May:Added forced pagination

    Args:
        supplier (str | Unset):
        document_type (SupplierDocumentGetAllDocumentsForSupplierDocumentType | Unset):
        released (int | Unset):
        project (str | Unset):
        expand_approval (bool | Unset):
        expand_note (bool | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        status (SupplierDocumentGetAllDocumentsForSupplierStatus | Unset):
        expand_line_prebook_accounts (bool | Unset):
        branch (str | Unset):
        financial_period (str | Unset):
        due_date (datetime.datetime | Unset):
        due_date_condition (str | Unset):
        doc_date (datetime.datetime | Unset):
        doc_date_condition (str | Unset):
        item (str | Unset):
        balance (float | Unset):
        balance_condition (str | Unset):
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
        Response[BackgroundApiAcceptedDto | list[SupplierDocumentDto]]
    """

    kwargs = _get_kwargs(
        supplier=supplier,
        document_type=document_type,
        released=released,
        project=project,
        expand_approval=expand_approval,
        expand_note=expand_note,
        number_to_read=number_to_read,
        skip_records=skip_records,
        status=status,
        expand_line_prebook_accounts=expand_line_prebook_accounts,
        branch=branch,
        financial_period=financial_period,
        due_date=due_date,
        due_date_condition=due_date_condition,
        doc_date=doc_date,
        doc_date_condition=doc_date_condition,
        item=item,
        balance=balance,
        balance_condition=balance_condition,
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
    supplier: str | Unset = UNSET,
    document_type: SupplierDocumentGetAllDocumentsForSupplierDocumentType | Unset = UNSET,
    released: int | Unset = UNSET,
    project: str | Unset = UNSET,
    expand_approval: bool | Unset = UNSET,
    expand_note: bool | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    status: SupplierDocumentGetAllDocumentsForSupplierStatus | Unset = UNSET,
    expand_line_prebook_accounts: bool | Unset = UNSET,
    branch: str | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    due_date: datetime.datetime | Unset = UNSET,
    due_date_condition: str | Unset = UNSET,
    doc_date: datetime.datetime | Unset = UNSET,
    doc_date_condition: str | Unset = UNSET,
    item: str | Unset = UNSET,
    balance: float | Unset = UNSET,
    balance_condition: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[SupplierDocumentDto] | None:
    """Gets a range of supplier documents - ScreenId=AP301000
    Get a range of Purchase Order - ScreenId=PO301000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size
    Change log:
    2020-May:Added forced pagination

    Args:
        supplier (str | Unset):
        document_type (SupplierDocumentGetAllDocumentsForSupplierDocumentType | Unset):
        released (int | Unset):
        project (str | Unset):
        expand_approval (bool | Unset):
        expand_note (bool | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        status (SupplierDocumentGetAllDocumentsForSupplierStatus | Unset):
        expand_line_prebook_accounts (bool | Unset):
        branch (str | Unset):
        financial_period (str | Unset):
        due_date (datetime.datetime | Unset):
        due_date_condition (str | Unset):
        doc_date (datetime.datetime | Unset):
        doc_date_condition (str | Unset):
        item (str | Unset):
        balance (float | Unset):
        balance_condition (str | Unset):
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
        BackgroundApiAcceptedDto | list[SupplierDocumentDto]
    """

    return sync_detailed(
        client=client,
        supplier=supplier,
        document_type=document_type,
        released=released,
        project=project,
        expand_approval=expand_approval,
        expand_note=expand_note,
        number_to_read=number_to_read,
        skip_records=skip_records,
        status=status,
        expand_line_prebook_accounts=expand_line_prebook_accounts,
        branch=branch,
        financial_period=financial_period,
        due_date=due_date,
        due_date_condition=due_date_condition,
        doc_date=doc_date,
        doc_date_condition=doc_date_condition,
        item=item,
        balance=balance,
        balance_condition=balance_condition,
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
    supplier: str | Unset = UNSET,
    document_type: SupplierDocumentGetAllDocumentsForSupplierDocumentType | Unset = UNSET,
    released: int | Unset = UNSET,
    project: str | Unset = UNSET,
    expand_approval: bool | Unset = UNSET,
    expand_note: bool | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    status: SupplierDocumentGetAllDocumentsForSupplierStatus | Unset = UNSET,
    expand_line_prebook_accounts: bool | Unset = UNSET,
    branch: str | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    due_date: datetime.datetime | Unset = UNSET,
    due_date_condition: str | Unset = UNSET,
    doc_date: datetime.datetime | Unset = UNSET,
    doc_date_condition: str | Unset = UNSET,
    item: str | Unset = UNSET,
    balance: float | Unset = UNSET,
    balance_condition: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[SupplierDocumentDto]]:
    """Gets a range of supplier documents - ScreenId=AP301000
    Get a range of Purchase Order - ScreenId=PO301000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size
    Change log:
    2020-May:Added forced pagination

    Args:
        supplier (str | Unset):
        document_type (SupplierDocumentGetAllDocumentsForSupplierDocumentType | Unset):
        released (int | Unset):
        project (str | Unset):
        expand_approval (bool | Unset):
        expand_note (bool | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        status (SupplierDocumentGetAllDocumentsForSupplierStatus | Unset):
        expand_line_prebook_accounts (bool | Unset):
        branch (str | Unset):
        financial_period (str | Unset):
        due_date (datetime.datetime | Unset):
        due_date_condition (str | Unset):
        doc_date (datetime.datetime | Unset):
        doc_date_condition (str | Unset):
        item (str | Unset):
        balance (float | Unset):
        balance_condition (str | Unset):
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
        Response[BackgroundApiAcceptedDto | list[SupplierDocumentDto]]
    """

    kwargs = _get_kwargs(
        supplier=supplier,
        document_type=document_type,
        released=released,
        project=project,
        expand_approval=expand_approval,
        expand_note=expand_note,
        number_to_read=number_to_read,
        skip_records=skip_records,
        status=status,
        expand_line_prebook_accounts=expand_line_prebook_accounts,
        branch=branch,
        financial_period=financial_period,
        due_date=due_date,
        due_date_condition=due_date_condition,
        doc_date=doc_date,
        doc_date_condition=doc_date_condition,
        item=item,
        balance=balance,
        balance_condition=balance_condition,
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
    supplier: str | Unset = UNSET,
    document_type: SupplierDocumentGetAllDocumentsForSupplierDocumentType | Unset = UNSET,
    released: int | Unset = UNSET,
    project: str | Unset = UNSET,
    expand_approval: bool | Unset = UNSET,
    expand_note: bool | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    status: SupplierDocumentGetAllDocumentsForSupplierStatus | Unset = UNSET,
    expand_line_prebook_accounts: bool | Unset = UNSET,
    branch: str | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    due_date: datetime.datetime | Unset = UNSET,
    due_date_condition: str | Unset = UNSET,
    doc_date: datetime.datetime | Unset = UNSET,
    doc_date_condition: str | Unset = UNSET,
    item: str | Unset = UNSET,
    balance: float | Unset = UNSET,
    balance_condition: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[SupplierDocumentDto] | None:
    """Gets a range of supplier documents - ScreenId=AP301000
    Get a range of Purchase Order - ScreenId=PO301000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size
    Change log:
    2020-May:Added forced pagination

    Args:
        supplier (str | Unset):
        document_type (SupplierDocumentGetAllDocumentsForSupplierDocumentType | Unset):
        released (int | Unset):
        project (str | Unset):
        expand_approval (bool | Unset):
        expand_note (bool | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        status (SupplierDocumentGetAllDocumentsForSupplierStatus | Unset):
        expand_line_prebook_accounts (bool | Unset):
        branch (str | Unset):
        financial_period (str | Unset):
        due_date (datetime.datetime | Unset):
        due_date_condition (str | Unset):
        doc_date (datetime.datetime | Unset):
        doc_date_condition (str | Unset):
        item (str | Unset):
        balance (float | Unset):
        balance_condition (str | Unset):
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
        BackgroundApiAcceptedDto | list[SupplierDocumentDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            supplier=supplier,
            document_type=document_type,
            released=released,
            project=project,
            expand_approval=expand_approval,
            expand_note=expand_note,
            number_to_read=number_to_read,
            skip_records=skip_records,
            status=status,
            expand_line_prebook_accounts=expand_line_prebook_accounts,
            branch=branch,
            financial_period=financial_period,
            due_date=due_date,
            due_date_condition=due_date_condition,
            doc_date=doc_date,
            doc_date_condition=doc_date_condition,
            item=item,
            balance=balance,
            balance_condition=balance_condition,
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
