from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.project_get_tasks_status import ProjectGetTasksStatus
from ...models.task_extended_dto import TaskExtendedDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    project_id: str | Unset = UNSET,
    public_id: UUID | Unset = UNSET,
    project_internal_id: int | Unset = UNSET,
    description: str | Unset = UNSET,
    task_cd: str | Unset = UNSET,
    task_cd_desc: str | Unset = UNSET,
    status: ProjectGetTasksStatus | Unset = UNSET,
    expand_attribute: bool | Unset = UNSET,
    visible_in_ap: bool | Unset = UNSET,
    visible_in_ar: bool | Unset = UNSET,
    visible_in_ca: bool | Unset = UNSET,
    visible_in_cr: bool | Unset = UNSET,
    visible_in_ea: bool | Unset = UNSET,
    visible_in_gl: bool | Unset = UNSET,
    visible_in_in: bool | Unset = UNSET,
    visible_in_po: bool | Unset = UNSET,
    visible_in_so: bool | Unset = UNSET,
    visible_in_ta: bool | Unset = UNSET,
    restricted_employee: str | Unset = UNSET,
    restricted_user: int | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
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

    params["projectId"] = project_id

    json_public_id: str | Unset = UNSET
    if not isinstance(public_id, Unset):
        json_public_id = str(public_id)
    params["publicId"] = json_public_id

    params["projectInternalId"] = project_internal_id

    params["description"] = description

    params["taskCd"] = task_cd

    params["taskCdDesc"] = task_cd_desc

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["expandAttribute"] = expand_attribute

    params["visibleInAp"] = visible_in_ap

    params["visibleInAr"] = visible_in_ar

    params["visibleInCa"] = visible_in_ca

    params["visibleInCr"] = visible_in_cr

    params["visibleInEa"] = visible_in_ea

    params["visibleInGl"] = visible_in_gl

    params["visibleInIn"] = visible_in_in

    params["visibleInPo"] = visible_in_po

    params["visibleInSo"] = visible_in_so

    params["visibleInTa"] = visible_in_ta

    params["restrictedEmployee"] = restricted_employee

    params["restrictedUser"] = restricted_user

    params["greaterThanValue"] = greater_than_value

    params["numberToRead"] = number_to_read

    params["skipRecords"] = skip_records

    params["lastModifiedDateTime"] = last_modified_date_time

    params["lastModifiedDateTimeCondition"] = last_modified_date_time_condition

    params["createdDateTime"] = created_date_time

    params["createdDateTimeCondition"] = created_date_time_condition

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/project/tasks",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | list[TaskExtendedDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TaskExtendedDto.from_dict(response_200_item_data)

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
) -> Response[BackgroundApiAcceptedDto | list[TaskExtendedDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    project_id: str | Unset = UNSET,
    public_id: UUID | Unset = UNSET,
    project_internal_id: int | Unset = UNSET,
    description: str | Unset = UNSET,
    task_cd: str | Unset = UNSET,
    task_cd_desc: str | Unset = UNSET,
    status: ProjectGetTasksStatus | Unset = UNSET,
    expand_attribute: bool | Unset = UNSET,
    visible_in_ap: bool | Unset = UNSET,
    visible_in_ar: bool | Unset = UNSET,
    visible_in_ca: bool | Unset = UNSET,
    visible_in_cr: bool | Unset = UNSET,
    visible_in_ea: bool | Unset = UNSET,
    visible_in_gl: bool | Unset = UNSET,
    visible_in_in: bool | Unset = UNSET,
    visible_in_po: bool | Unset = UNSET,
    visible_in_so: bool | Unset = UNSET,
    visible_in_ta: bool | Unset = UNSET,
    restricted_employee: str | Unset = UNSET,
    restricted_user: int | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[TaskExtendedDto]]:
    """Get all tasks for a project

    Args:
        project_id (str | Unset):
        public_id (UUID | Unset):
        project_internal_id (int | Unset):
        description (str | Unset):
        task_cd (str | Unset):
        task_cd_desc (str | Unset):
        status (ProjectGetTasksStatus | Unset):
        expand_attribute (bool | Unset):
        visible_in_ap (bool | Unset):
        visible_in_ar (bool | Unset):
        visible_in_ca (bool | Unset):
        visible_in_cr (bool | Unset):
        visible_in_ea (bool | Unset):
        visible_in_gl (bool | Unset):
        visible_in_in (bool | Unset):
        visible_in_po (bool | Unset):
        visible_in_so (bool | Unset):
        visible_in_ta (bool | Unset):
        restricted_employee (str | Unset):
        restricted_user (int | Unset):
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
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
        Response[BackgroundApiAcceptedDto | list[TaskExtendedDto]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        public_id=public_id,
        project_internal_id=project_internal_id,
        description=description,
        task_cd=task_cd,
        task_cd_desc=task_cd_desc,
        status=status,
        expand_attribute=expand_attribute,
        visible_in_ap=visible_in_ap,
        visible_in_ar=visible_in_ar,
        visible_in_ca=visible_in_ca,
        visible_in_cr=visible_in_cr,
        visible_in_ea=visible_in_ea,
        visible_in_gl=visible_in_gl,
        visible_in_in=visible_in_in,
        visible_in_po=visible_in_po,
        visible_in_so=visible_in_so,
        visible_in_ta=visible_in_ta,
        restricted_employee=restricted_employee,
        restricted_user=restricted_user,
        greater_than_value=greater_than_value,
        number_to_read=number_to_read,
        skip_records=skip_records,
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
    project_id: str | Unset = UNSET,
    public_id: UUID | Unset = UNSET,
    project_internal_id: int | Unset = UNSET,
    description: str | Unset = UNSET,
    task_cd: str | Unset = UNSET,
    task_cd_desc: str | Unset = UNSET,
    status: ProjectGetTasksStatus | Unset = UNSET,
    expand_attribute: bool | Unset = UNSET,
    visible_in_ap: bool | Unset = UNSET,
    visible_in_ar: bool | Unset = UNSET,
    visible_in_ca: bool | Unset = UNSET,
    visible_in_cr: bool | Unset = UNSET,
    visible_in_ea: bool | Unset = UNSET,
    visible_in_gl: bool | Unset = UNSET,
    visible_in_in: bool | Unset = UNSET,
    visible_in_po: bool | Unset = UNSET,
    visible_in_so: bool | Unset = UNSET,
    visible_in_ta: bool | Unset = UNSET,
    restricted_employee: str | Unset = UNSET,
    restricted_user: int | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[TaskExtendedDto] | None:
    """Get all tasks for a project

    Args:
        project_id (str | Unset):
        public_id (UUID | Unset):
        project_internal_id (int | Unset):
        description (str | Unset):
        task_cd (str | Unset):
        task_cd_desc (str | Unset):
        status (ProjectGetTasksStatus | Unset):
        expand_attribute (bool | Unset):
        visible_in_ap (bool | Unset):
        visible_in_ar (bool | Unset):
        visible_in_ca (bool | Unset):
        visible_in_cr (bool | Unset):
        visible_in_ea (bool | Unset):
        visible_in_gl (bool | Unset):
        visible_in_in (bool | Unset):
        visible_in_po (bool | Unset):
        visible_in_so (bool | Unset):
        visible_in_ta (bool | Unset):
        restricted_employee (str | Unset):
        restricted_user (int | Unset):
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
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
        BackgroundApiAcceptedDto | list[TaskExtendedDto]
    """

    return sync_detailed(
        client=client,
        project_id=project_id,
        public_id=public_id,
        project_internal_id=project_internal_id,
        description=description,
        task_cd=task_cd,
        task_cd_desc=task_cd_desc,
        status=status,
        expand_attribute=expand_attribute,
        visible_in_ap=visible_in_ap,
        visible_in_ar=visible_in_ar,
        visible_in_ca=visible_in_ca,
        visible_in_cr=visible_in_cr,
        visible_in_ea=visible_in_ea,
        visible_in_gl=visible_in_gl,
        visible_in_in=visible_in_in,
        visible_in_po=visible_in_po,
        visible_in_so=visible_in_so,
        visible_in_ta=visible_in_ta,
        restricted_employee=restricted_employee,
        restricted_user=restricted_user,
        greater_than_value=greater_than_value,
        number_to_read=number_to_read,
        skip_records=skip_records,
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
    project_id: str | Unset = UNSET,
    public_id: UUID | Unset = UNSET,
    project_internal_id: int | Unset = UNSET,
    description: str | Unset = UNSET,
    task_cd: str | Unset = UNSET,
    task_cd_desc: str | Unset = UNSET,
    status: ProjectGetTasksStatus | Unset = UNSET,
    expand_attribute: bool | Unset = UNSET,
    visible_in_ap: bool | Unset = UNSET,
    visible_in_ar: bool | Unset = UNSET,
    visible_in_ca: bool | Unset = UNSET,
    visible_in_cr: bool | Unset = UNSET,
    visible_in_ea: bool | Unset = UNSET,
    visible_in_gl: bool | Unset = UNSET,
    visible_in_in: bool | Unset = UNSET,
    visible_in_po: bool | Unset = UNSET,
    visible_in_so: bool | Unset = UNSET,
    visible_in_ta: bool | Unset = UNSET,
    restricted_employee: str | Unset = UNSET,
    restricted_user: int | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[TaskExtendedDto]]:
    """Get all tasks for a project

    Args:
        project_id (str | Unset):
        public_id (UUID | Unset):
        project_internal_id (int | Unset):
        description (str | Unset):
        task_cd (str | Unset):
        task_cd_desc (str | Unset):
        status (ProjectGetTasksStatus | Unset):
        expand_attribute (bool | Unset):
        visible_in_ap (bool | Unset):
        visible_in_ar (bool | Unset):
        visible_in_ca (bool | Unset):
        visible_in_cr (bool | Unset):
        visible_in_ea (bool | Unset):
        visible_in_gl (bool | Unset):
        visible_in_in (bool | Unset):
        visible_in_po (bool | Unset):
        visible_in_so (bool | Unset):
        visible_in_ta (bool | Unset):
        restricted_employee (str | Unset):
        restricted_user (int | Unset):
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
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
        Response[BackgroundApiAcceptedDto | list[TaskExtendedDto]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        public_id=public_id,
        project_internal_id=project_internal_id,
        description=description,
        task_cd=task_cd,
        task_cd_desc=task_cd_desc,
        status=status,
        expand_attribute=expand_attribute,
        visible_in_ap=visible_in_ap,
        visible_in_ar=visible_in_ar,
        visible_in_ca=visible_in_ca,
        visible_in_cr=visible_in_cr,
        visible_in_ea=visible_in_ea,
        visible_in_gl=visible_in_gl,
        visible_in_in=visible_in_in,
        visible_in_po=visible_in_po,
        visible_in_so=visible_in_so,
        visible_in_ta=visible_in_ta,
        restricted_employee=restricted_employee,
        restricted_user=restricted_user,
        greater_than_value=greater_than_value,
        number_to_read=number_to_read,
        skip_records=skip_records,
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
    project_id: str | Unset = UNSET,
    public_id: UUID | Unset = UNSET,
    project_internal_id: int | Unset = UNSET,
    description: str | Unset = UNSET,
    task_cd: str | Unset = UNSET,
    task_cd_desc: str | Unset = UNSET,
    status: ProjectGetTasksStatus | Unset = UNSET,
    expand_attribute: bool | Unset = UNSET,
    visible_in_ap: bool | Unset = UNSET,
    visible_in_ar: bool | Unset = UNSET,
    visible_in_ca: bool | Unset = UNSET,
    visible_in_cr: bool | Unset = UNSET,
    visible_in_ea: bool | Unset = UNSET,
    visible_in_gl: bool | Unset = UNSET,
    visible_in_in: bool | Unset = UNSET,
    visible_in_po: bool | Unset = UNSET,
    visible_in_so: bool | Unset = UNSET,
    visible_in_ta: bool | Unset = UNSET,
    restricted_employee: str | Unset = UNSET,
    restricted_user: int | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[TaskExtendedDto] | None:
    """Get all tasks for a project

    Args:
        project_id (str | Unset):
        public_id (UUID | Unset):
        project_internal_id (int | Unset):
        description (str | Unset):
        task_cd (str | Unset):
        task_cd_desc (str | Unset):
        status (ProjectGetTasksStatus | Unset):
        expand_attribute (bool | Unset):
        visible_in_ap (bool | Unset):
        visible_in_ar (bool | Unset):
        visible_in_ca (bool | Unset):
        visible_in_cr (bool | Unset):
        visible_in_ea (bool | Unset):
        visible_in_gl (bool | Unset):
        visible_in_in (bool | Unset):
        visible_in_po (bool | Unset):
        visible_in_so (bool | Unset):
        visible_in_ta (bool | Unset):
        restricted_employee (str | Unset):
        restricted_user (int | Unset):
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
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
        BackgroundApiAcceptedDto | list[TaskExtendedDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            project_id=project_id,
            public_id=public_id,
            project_internal_id=project_internal_id,
            description=description,
            task_cd=task_cd,
            task_cd_desc=task_cd_desc,
            status=status,
            expand_attribute=expand_attribute,
            visible_in_ap=visible_in_ap,
            visible_in_ar=visible_in_ar,
            visible_in_ca=visible_in_ca,
            visible_in_cr=visible_in_cr,
            visible_in_ea=visible_in_ea,
            visible_in_gl=visible_in_gl,
            visible_in_in=visible_in_in,
            visible_in_po=visible_in_po,
            visible_in_so=visible_in_so,
            visible_in_ta=visible_in_ta,
            restricted_employee=restricted_employee,
            restricted_user=restricted_user,
            greater_than_value=greater_than_value,
            number_to_read=number_to_read,
            skip_records=skip_records,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            created_date_time=created_date_time,
            created_date_time_condition=created_date_time_condition,
            page_number=page_number,
            page_size=page_size,
            erp_api_background=erp_api_background,
        )
    ).parsed
