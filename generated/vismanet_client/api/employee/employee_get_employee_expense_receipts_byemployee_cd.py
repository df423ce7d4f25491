from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.employee_get_employee_expense_receipts_byemployee_cd_status import (
    EmployeeGetEmployeeExpenseReceiptsByemployeeCdStatus,
)
from ...models.expense_receipt_dto import ExpenseReceiptDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    employee_cd: str,
    *,
    date: str | Unset = UNSET,
    date_condition: str | Unset = UNSET,
    inventory: str | Unset = UNSET,
    project: str | Unset = UNSET,
    claimed_by: str | Unset = UNSET,
    project_task: str | Unset = UNSET,
    invoiceable: bool | Unset = UNSET,
    status: EmployeeGetEmployeeExpenseReceiptsByemployeeCdStatus | Unset = UNSET,
    customer: str | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    params["date"] = date

    params["dateCondition"] = date_condition

    params["inventory"] = inventory

    params["project"] = project

    params["claimedBy"] = claimed_by

    params["projectTask"] = project_task

    params["invoiceable"] = invoiceable

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["customer"] = customer

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/employee/{employee_cd}/expenseReceipt".format(
            employee_cd=quote(str(employee_cd), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | list[ExpenseReceiptDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ExpenseReceiptDto.from_dict(response_200_item_data)

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
) -> Response[BackgroundApiAcceptedDto | list[ExpenseReceiptDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    employee_cd: str,
    *,
    client: AuthenticatedClient,
    date: str | Unset = UNSET,
    date_condition: str | Unset = UNSET,
    inventory: str | Unset = UNSET,
    project: str | Unset = UNSET,
    claimed_by: str | Unset = UNSET,
    project_task: str | Unset = UNSET,
    invoiceable: bool | Unset = UNSET,
    status: EmployeeGetEmployeeExpenseReceiptsByemployeeCdStatus | Unset = UNSET,
    customer: str | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[ExpenseReceiptDto]]:
    """Get expense receipts for a specific employee

    Args:
        employee_cd (str):
        date (str | Unset):
        date_condition (str | Unset):
        inventory (str | Unset):
        project (str | Unset):
        claimed_by (str | Unset):
        project_task (str | Unset):
        invoiceable (bool | Unset):
        status (EmployeeGetEmployeeExpenseReceiptsByemployeeCdStatus | Unset):
        customer (str | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[ExpenseReceiptDto]]
    """

    kwargs = _get_kwargs(
        employee_cd=employee_cd,
        date=date,
        date_condition=date_condition,
        inventory=inventory,
        project=project,
        claimed_by=claimed_by,
        project_task=project_task,
        invoiceable=invoiceable,
        status=status,
        customer=customer,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    employee_cd: str,
    *,
    client: AuthenticatedClient,
    date: str | Unset = UNSET,
    date_condition: str | Unset = UNSET,
    inventory: str | Unset = UNSET,
    project: str | Unset = UNSET,
    claimed_by: str | Unset = UNSET,
    project_task: str | Unset = UNSET,
    invoiceable: bool | Unset = UNSET,
    status: EmployeeGetEmployeeExpenseReceiptsByemployeeCdStatus | Unset = UNSET,
    customer: str | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[ExpenseReceiptDto] | None:
    """Get expense receipts for a specific employee

    Args:
        employee_cd (str):
        date (str | Unset):
        date_condition (str | Unset):
        inventory (str | Unset):
        project (str | Unset):
        claimed_by (str | Unset):
        project_task (str | Unset):
        invoiceable (bool | Unset):
        status (EmployeeGetEmployeeExpenseReceiptsByemployeeCdStatus | Unset):
        customer (str | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[ExpenseReceiptDto]
    """

    return sync_detailed(
        employee_cd=employee_cd,
        client=client,
        date=date,
        date_condition=date_condition,
        inventory=inventory,
        project=project,
        claimed_by=claimed_by,
        project_task=project_task,
        invoiceable=invoiceable,
        status=status,
        customer=customer,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    employee_cd: str,
    *,
    client: AuthenticatedClient,
    date: str | Unset = UNSET,
    date_condition: str | Unset = UNSET,
    inventory: str | Unset = UNSET,
    project: str | Unset = UNSET,
    claimed_by: str | Unset = UNSET,
    project_task: str | Unset = UNSET,
    invoiceable: bool | Unset = UNSET,
    status: EmployeeGetEmployeeExpenseReceiptsByemployeeCdStatus | Unset = UNSET,
    customer: str | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[ExpenseReceiptDto]]:
    """Get expense receipts for a specific employee

    Args:
        employee_cd (str):
        date (str | Unset):
        date_condition (str | Unset):
        inventory (str | Unset):
        project (str | Unset):
        claimed_by (str | Unset):
        project_task (str | Unset):
        invoiceable (bool | Unset):
        status (EmployeeGetEmployeeExpenseReceiptsByemployeeCdStatus | Unset):
        customer (str | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[ExpenseReceiptDto]]
    """

    kwargs = _get_kwargs(
        employee_cd=employee_cd,
        date=date,
        date_condition=date_condition,
        inventory=inventory,
        project=project,
        claimed_by=claimed_by,
        project_task=project_task,
        invoiceable=invoiceable,
        status=status,
        customer=customer,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    employee_cd: str,
    *,
    client: AuthenticatedClient,
    date: str | Unset = UNSET,
    date_condition: str | Unset = UNSET,
    inventory: str | Unset = UNSET,
    project: str | Unset = UNSET,
    claimed_by: str | Unset = UNSET,
    project_task: str | Unset = UNSET,
    invoiceable: bool | Unset = UNSET,
    status: EmployeeGetEmployeeExpenseReceiptsByemployeeCdStatus | Unset = UNSET,
    customer: str | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[ExpenseReceiptDto] | None:
    """Get expense receipts for a specific employee

    Args:
        employee_cd (str):
        date (str | Unset):
        date_condition (str | Unset):
        inventory (str | Unset):
        project (str | Unset):
        claimed_by (str | Unset):
        project_task (str | Unset):
        invoiceable (bool | Unset):
        status (EmployeeGetEmployeeExpenseReceiptsByemployeeCdStatus | Unset):
        customer (str | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[ExpenseReceiptDto]
    """

    return (
        await asyncio_detailed(
            employee_cd=employee_cd,
            client=client,
            date=date,
            date_condition=date_condition,
            inventory=inventory,
            project=project,
            claimed_by=claimed_by,
            project_task=project_task,
            invoiceable=invoiceable,
            status=status,
            customer=customer,
            erp_api_background=erp_api_background,
        )
    ).parsed
