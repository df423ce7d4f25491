import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.project_transaction_document_dto import ProjectTransactionDocumentDto
from ...models.project_transaction_get_all_module import (
    ProjectTransactionGetAllModule,
)
from ...models.project_transaction_get_all_status import (
    ProjectTransactionGetAllStatus,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    module: ProjectTransactionGetAllModule | Unset = UNSET,
    status: ProjectTransactionGetAllStatus | Unset = UNSET,
    project: str | Unset = UNSET,
    project_task: str | Unset = UNSET,
    billable: bool | Unset = UNSET,
    branch: str | Unset = UNSET,
    date: datetime.datetime | Unset = UNSET,
    from_period: str | Unset = UNSET,
    to_period: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    expand_note: bool | Unset = UNSET,
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

    json_module: str | Unset = UNSET
    if not isinstance(module, Unset):
        json_module = module

    params["module"] = json_module

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["project"] = project

    params["projectTask"] = project_task

    params["billable"] = billable

    params["branch"] = branch

    json_date: str | Unset = UNSET
    if not isinstance(date, Unset):
        json_date = date.isoformat()
    params["date"] = json_date

    params["fromPeriod"] = from_period

    params["toPeriod"] = to_period

    params["numberToRead"] = number_to_read

    params["skipRecords"] = skip_records

    params["expandNote"] = expand_note

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
        "url": "/v1/projecttransaction",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | list[ProjectTransactionDocumentDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ProjectTransactionDocumentDto.from_dict(response_200_item_data)

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
) -> Response[BackgroundApiAcceptedDto | list[ProjectTransactionDocumentDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    module: ProjectTransactionGetAllModule | Unset = UNSET,
    status: ProjectTransactionGetAllStatus | Unset = UNSET,
    project: str | Unset = UNSET,
    project_task: str | Unset = UNSET,
    billable: bool | Unset = UNSET,
    branch: str | Unset = UNSET,
    date: datetime.datetime | Unset = UNSET,
    from_period: str | Unset = UNSET,
    to_period: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    expand_note: bool | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[ProjectTransactionDocumentDto]]:
    """Get a range of Project transaction documents - ScreenId=PM304000

    Args:
        module (ProjectTransactionGetAllModule | Unset):
        status (ProjectTransactionGetAllStatus | Unset):
        project (str | Unset):
        project_task (str | Unset):
        billable (bool | Unset):
        branch (str | Unset):
        date (datetime.datetime | Unset):
        from_period (str | Unset):
        to_period (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        expand_note (bool | Unset):
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
        Response[BackgroundApiAcceptedDto | list[ProjectTransactionDocumentDto]]
    """

    kwargs = _get_kwargs(
        module=module,
        status=status,
        project=project,
        project_task=project_task,
        billable=billable,
        branch=branch,
        date=date,
        from_period=from_period,
        to_period=to_period,
        number_to_read=number_to_read,
        skip_records=skip_records,
        expand_note=expand_note,
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
    module: ProjectTransactionGetAllModule | Unset = UNSET,
    status: ProjectTransactionGetAllStatus | Unset = UNSET,
    project: str | Unset = UNSET,
    project_task: str | Unset = UNSET,
    billable: bool | Unset = UNSET,
    branch: str | Unset = UNSET,
    date: datetime.datetime | Unset = UNSET,
    from_period: str | Unset = UNSET,
    to_period: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    expand_note: bool | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[ProjectTransactionDocumentDto] | None:
    """Get a range of Project transaction documents - ScreenId=PM304000

    Args:
        module (ProjectTransactionGetAllModule | Unset):
        status (ProjectTransactionGetAllStatus | Unset):
        project (str | Unset):
        project_task (str | Unset):
        billable (bool | Unset):
        branch (str | Unset):
        date (datetime.datetime | Unset):
        from_period (str | Unset):
        to_period (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        expand_note (bool | Unset):
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
        BackgroundApiAcceptedDto | list[ProjectTransactionDocumentDto]
    """

    return sync_detailed(
        client=client,
        module=module,
        status=status,
        project=project,
        project_task=project_task,
        billable=billable,
        branch=branch,
        date=date,
        from_period=from_period,
        to_period=to_period,
        number_to_read=number_to_read,
        skip_records=skip_records,
        expand_note=expand_note,
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
    module: ProjectTransactionGetAllModule | Unset = UNSET,
    status: ProjectTransactionGetAllStatus | Unset = UNSET,
    project: str | Unset = UNSET,
    project_task: str | Unset = UNSET,
    billable: bool | Unset = UNSET,
    branch: str | Unset = UNSET,
    date: datetime.datetime | Unset = UNSET,
    from_period: str | Unset = UNSET,
    to_period: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    expand_note: bool | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[ProjectTransactionDocumentDto]]:
    """Get a range of Project transaction documents - ScreenId=PM304000

    Args:
        module (ProjectTransactionGetAllModule | Unset):
        status (ProjectTransactionGetAllStatus | Unset):
        project (str | Unset):
        project_task (str | Unset):
        billable (bool | Unset):
        branch (str | Unset):
        date (datetime.datetime | Unset):
        from_period (str | Unset):
        to_period (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        expand_note (bool | Unset):
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
        Response[BackgroundApiAcceptedDto | list[ProjectTransactionDocumentDto]]
    """

    kwargs = _get_kwargs(
        module=module,
        status=status,
        project=project,
        project_task=project_task,
        billable=billable,
        branch=branch,
        date=date,
        from_period=from_period,
        to_period=to_period,
        number_to_read=number_to_read,
        skip_records=skip_records,
        expand_note=expand_note,
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
    module: ProjectTransactionGetAllModule | Unset = UNSET,
    status: ProjectTransactionGetAllStatus | Unset = UNSET,
    project: str | Unset = UNSET,
    project_task: str | Unset = UNSET,
    billable: bool | Unset = UNSET,
    branch: str | Unset = UNSET,
    date: datetime.datetime | Unset = UNSET,
    from_period: str | Unset = UNSET,
    to_period: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    expand_note: bool | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[ProjectTransactionDocumentDto] | None:
    """Get a range of Project transaction documents - ScreenId=PM304000

    Args:
        module (ProjectTransactionGetAllModule | Unset):
        status (ProjectTransactionGetAllStatus | Unset):
        project (str | Unset):
        project_task (str | Unset):
        billable (bool | Unset):
        branch (str | Unset):
        date (datetime.datetime | Unset):
        from_period (str | Unset):
        to_period (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        expand_note (bool | Unset):
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
        BackgroundApiAcceptedDto | list[ProjectTransactionDocumentDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            module=module,
            status=status,
            project=project,
            project_task=project_task,
            billable=billable,
            branch=branch,
            date=date,
            from_period=from_period,
            to_period=to_period,
            number_to_read=number_to_read,
            skip_records=skip_records,
            expand_note=expand_note,
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
