import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.project_dto import ProjectDto
from ...models.project_get_all_status import ProjectGetAllStatus
from ...models.project_get_all_task_status import ProjectGetAllTaskStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: ProjectGetAllStatus | Unset = UNSET,
    system_template: bool | Unset = UNSET,
    visible_in_ap: bool | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    expand_attribute: bool | Unset = UNSET,
    attributes: str | Unset = UNSET,
    task_status: ProjectGetAllTaskStatus | Unset = UNSET,
    task_visible_in_ap: bool | Unset = UNSET,
    task_visible_in_ar: bool | Unset = UNSET,
    task_visible_in_ca: bool | Unset = UNSET,
    task_visible_in_cr: bool | Unset = UNSET,
    task_visible_in_ea: bool | Unset = UNSET,
    task_visible_in_gl: bool | Unset = UNSET,
    task_visible_in_in: bool | Unset = UNSET,
    task_visible_in_po: bool | Unset = UNSET,
    task_visible_in_so: bool | Unset = UNSET,
    task_visible_in_ta: bool | Unset = UNSET,
    non_project: bool | Unset = UNSET,
    public_id: UUID | Unset = UNSET,
    restricted_employee: str | Unset = UNSET,
    restricted_user: int | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["systemTemplate"] = system_template

    params["visibleInAP"] = visible_in_ap

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["startDate"] = json_start_date

    params["expandAttribute"] = expand_attribute

    params["attributes"] = attributes

    json_task_status: str | Unset = UNSET
    if not isinstance(task_status, Unset):
        json_task_status = task_status

    params["taskStatus"] = json_task_status

    params["taskVisibleInAp"] = task_visible_in_ap

    params["taskVisibleInAr"] = task_visible_in_ar

    params["taskVisibleInCa"] = task_visible_in_ca

    params["taskVisibleInCr"] = task_visible_in_cr

    params["taskVisibleInEa"] = task_visible_in_ea

    params["taskVisibleInGl"] = task_visible_in_gl

    params["taskVisibleInIn"] = task_visible_in_in

    params["taskVisibleInPo"] = task_visible_in_po

    params["taskVisibleInSo"] = task_visible_in_so

    params["taskVisibleInTa"] = task_visible_in_ta

    params["nonProject"] = non_project

    json_public_id: str | Unset = UNSET
    if not isinstance(public_id, Unset):
        json_public_id = str(public_id)
    params["publicId"] = json_public_id

    params["restrictedEmployee"] = restricted_employee

    params["restrictedUser"] = restricted_user

    params["lastModifiedDateTime"] = last_modified_date_time

    params["lastModifiedDateTimeCondition"] = last_modified_date_time_condition

    params["createdDateTime"] = created_date_time

    params["createdDateTimeCondition"] = created_date_time_condition

    params["branch"] = branch

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/project",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | list[ProjectDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ProjectDto.from_dict(response_200_item_data)

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
) -> Response[BackgroundApiAcceptedDto | list[ProjectDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: ProjectGetAllStatus | Unset = UNSET,
    system_template: bool | Unset = UNSET,
    visible_in_ap: bool | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    expand_attribute: bool | Unset = UNSET,
    attributes: str | Unset = UNSET,
    task_status: ProjectGetAllTaskStatus | Unset = UNSET,
    task_visible_in_ap: bool | Unset = UNSET,
    task_visible_in_ar: bool | Unset = UNSET,
    task_visible_in_ca: bool | Unset = UNSET,
    task_visible_in_cr: bool | Unset = UNSET,
    task_visible_in_ea: bool | Unset = UNSET,
    task_visible_in_gl: bool | Unset = UNSET,
    task_visible_in_in: bool | Unset = UNSET,
    task_visible_in_po: bool | Unset = UNSET,
    task_visible_in_so: bool | Unset = UNSET,
    task_visible_in_ta: bool | Unset = UNSET,
    non_project: bool | Unset = UNSET,
    public_id: UUID | Unset = UNSET,
    restricted_employee: str | Unset = UNSET,
    restricted_user: int | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[ProjectDto]]:
    """Get a range of Projects - ScreenId=PM301000
    The requested page size must be lower or equal to the allowed max page size which is returned as
    part of the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

    Args:
        status (ProjectGetAllStatus | Unset):
        system_template (bool | Unset):
        visible_in_ap (bool | Unset):
        start_date (datetime.datetime | Unset):
        expand_attribute (bool | Unset):
        attributes (str | Unset):
        task_status (ProjectGetAllTaskStatus | Unset):
        task_visible_in_ap (bool | Unset):
        task_visible_in_ar (bool | Unset):
        task_visible_in_ca (bool | Unset):
        task_visible_in_cr (bool | Unset):
        task_visible_in_ea (bool | Unset):
        task_visible_in_gl (bool | Unset):
        task_visible_in_in (bool | Unset):
        task_visible_in_po (bool | Unset):
        task_visible_in_so (bool | Unset):
        task_visible_in_ta (bool | Unset):
        non_project (bool | Unset):
        public_id (UUID | Unset):
        restricted_employee (str | Unset):
        restricted_user (int | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        created_date_time (str | Unset):
        created_date_time_condition (str | Unset):
        branch (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[ProjectDto]]
    """

    kwargs = _get_kwargs(
        status=status,
        system_template=system_template,
        visible_in_ap=visible_in_ap,
        start_date=start_date,
        expand_attribute=expand_attribute,
        attributes=attributes,
        task_status=task_status,
        task_visible_in_ap=task_visible_in_ap,
        task_visible_in_ar=task_visible_in_ar,
        task_visible_in_ca=task_visible_in_ca,
        task_visible_in_cr=task_visible_in_cr,
        task_visible_in_ea=task_visible_in_ea,
        task_visible_in_gl=task_visible_in_gl,
        task_visible_in_in=task_visible_in_in,
        task_visible_in_po=task_visible_in_po,
        task_visible_in_so=task_visible_in_so,
        task_visible_in_ta=task_visible_in_ta,
        non_project=non_project,
        public_id=public_id,
        restricted_employee=restricted_employee,
        restricted_user=restricted_user,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        created_date_time=created_date_time,
        created_date_time_condition=created_date_time_condition,
        branch=branch,
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
    status: ProjectGetAllStatus | Unset = UNSET,
    system_template: bool | Unset = UNSET,
    visible_in_ap: bool | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    expand_attribute: bool | Unset = UNSET,
    attributes: str | Unset = UNSET,
    task_status: ProjectGetAllTaskStatus | Unset = UNSET,
    task_visible_in_ap: bool | Unset = UNSET,
    task_visible_in_ar: bool | Unset = UNSET,
    task_visible_in_ca: bool | Unset = UNSET,
    task_visible_in_cr: bool | Unset = UNSET,
    task_visible_in_ea: bool | Unset = UNSET,
    task_visible_in_gl: bool | Unset = UNSET,
    task_visible_in_in: bool | Unset = UNSET,
    task_visible_in_po: bool | Unset = UNSET,
    task_visible_in_so: bool | Unset = UNSET,
    task_visible_in_ta: bool | Unset = UNSET,
    non_project: bool | Unset = UNSET,
    public_id: UUID | Unset = UNSET,
    restricted_employee: str | Unset = UNSET,
    restricted_user: int | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[ProjectDto] | None:
    """Get a range of Projects - ScreenId=PM301000
    The requested page size must be lower or equal to the allowed max page size which is returned as
    part of the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

    Args:
        status (ProjectGetAllStatus | Unset):
        system_template (bool | Unset):
        visible_in_ap (bool | Unset):
        start_date (datetime.datetime | Unset):
        expand_attribute (bool | Unset):
        attributes (str | Unset):
        task_status (ProjectGetAllTaskStatus | Unset):
        task_visible_in_ap (bool | Unset):
        task_visible_in_ar (bool | Unset):
        task_visible_in_ca (bool | Unset):
        task_visible_in_cr (bool | Unset):
        task_visible_in_ea (bool | Unset):
        task_visible_in_gl (bool | Unset):
        task_visible_in_in (bool | Unset):
        task_visible_in_po (bool | Unset):
        task_visible_in_so (bool | Unset):
        task_visible_in_ta (bool | Unset):
        non_project (bool | Unset):
        public_id (UUID | Unset):
        restricted_employee (str | Unset):
        restricted_user (int | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        created_date_time (str | Unset):
        created_date_time_condition (str | Unset):
        branch (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[ProjectDto]
    """

    return sync_detailed(
        client=client,
        status=status,
        system_template=system_template,
        visible_in_ap=visible_in_ap,
        start_date=start_date,
        expand_attribute=expand_attribute,
        attributes=attributes,
        task_status=task_status,
        task_visible_in_ap=task_visible_in_ap,
        task_visible_in_ar=task_visible_in_ar,
        task_visible_in_ca=task_visible_in_ca,
        task_visible_in_cr=task_visible_in_cr,
        task_visible_in_ea=task_visible_in_ea,
        task_visible_in_gl=task_visible_in_gl,
        task_visible_in_in=task_visible_in_in,
        task_visible_in_po=task_visible_in_po,
        task_visible_in_so=task_visible_in_so,
        task_visible_in_ta=task_visible_in_ta,
        non_project=non_project,
        public_id=public_id,
        restricted_employee=restricted_employee,
        restricted_user=restricted_user,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        created_date_time=created_date_time,
        created_date_time_condition=created_date_time_condition,
        branch=branch,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: ProjectGetAllStatus | Unset = UNSET,
    system_template: bool | Unset = UNSET,
    visible_in_ap: bool | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    expand_attribute: bool | Unset = UNSET,
    attributes: str | Unset = UNSET,
    task_status: ProjectGetAllTaskStatus | Unset = UNSET,
    task_visible_in_ap: bool | Unset = UNSET,
    task_visible_in_ar: bool | Unset = UNSET,
    task_visible_in_ca: bool | Unset = UNSET,
    task_visible_in_cr: bool | Unset = UNSET,
    task_visible_in_ea: bool | Unset = UNSET,
    task_visible_in_gl: bool | Unset = UNSET,
    task_visible_in_in: bool | Unset = UNSET,
    task_visible_in_po: bool | Unset = UNSET,
    task_visible_in_so: bool | Unset = UNSET,
    task_visible_in_ta: bool | Unset = UNSET,
    non_project: bool | Unset = UNSET,
    public_id: UUID | Unset = UNSET,
    restricted_employee: str | Unset = UNSET,
    restricted_user: int | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[ProjectDto]]:
    """Get a range of Projects - ScreenId=PM301000
    The requested page size must be lower or equal to the allowed max page size which is returned as
    part of the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

    Args:
        status (ProjectGetAllStatus | Unset):
        system_template (bool | Unset):
        visible_in_ap (bool | Unset):
        start_date (datetime.datetime | Unset):
        expand_attribute (bool | Unset):
        attributes (str | Unset):
        task_status (ProjectGetAllTaskStatus | Unset):
        task_visible_in_ap (bool | Unset):
        task_visible_in_ar (bool | Unset):
        task_visible_in_ca (bool | Unset):
        task_visible_in_cr (bool | Unset):
        task_visible_in_ea (bool | Unset):
        task_visible_in_gl (bool | Unset):
        task_visible_in_in (bool | Unset):
        task_visible_in_po (bool | Unset):
        task_visible_in_so (bool | Unset):
        task_visible_in_ta (bool | Unset):
        non_project (bool | Unset):
        public_id (UUID | Unset):
        restricted_employee (str | Unset):
        restricted_user (int | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        created_date_time (str | Unset):
        created_date_time_condition (str | Unset):
        branch (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[ProjectDto]]
    """

    kwargs = _get_kwargs(
        status=status,
        system_template=system_template,
        visible_in_ap=visible_in_ap,
        start_date=start_date,
        expand_attribute=expand_attribute,
        attributes=attributes,
        task_status=task_status,
        task_visible_in_ap=task_visible_in_ap,
        task_visible_in_ar=task_visible_in_ar,
        task_visible_in_ca=task_visible_in_ca,
        task_visible_in_cr=task_visible_in_cr,
        task_visible_in_ea=task_visible_in_ea,
        task_visible_in_gl=task_visible_in_gl,
        task_visible_in_in=task_visible_in_in,
        task_visible_in_po=task_visible_in_po,
        task_visible_in_so=task_visible_in_so,
        task_visible_in_ta=task_visible_in_ta,
        non_project=non_project,
        public_id=public_id,
        restricted_employee=restricted_employee,
        restricted_user=restricted_user,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        created_date_time=created_date_time,
        created_date_time_condition=created_date_time_condition,
        branch=branch,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: ProjectGetAllStatus | Unset = UNSET,
    system_template: bool | Unset = UNSET,
    visible_in_ap: bool | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    expand_attribute: bool | Unset = UNSET,
    attributes: str | Unset = UNSET,
    task_status: ProjectGetAllTaskStatus | Unset = UNSET,
    task_visible_in_ap: bool | Unset = UNSET,
    task_visible_in_ar: bool | Unset = UNSET,
    task_visible_in_ca: bool | Unset = UNSET,
    task_visible_in_cr: bool | Unset = UNSET,
    task_visible_in_ea: bool | Unset = UNSET,
    task_visible_in_gl: bool | Unset = UNSET,
    task_visible_in_in: bool | Unset = UNSET,
    task_visible_in_po: bool | Unset = UNSET,
    task_visible_in_so: bool | Unset = UNSET,
    task_visible_in_ta: bool | Unset = UNSET,
    non_project: bool | Unset = UNSET,
    public_id: UUID | Unset = UNSET,
    restricted_employee: str | Unset = UNSET,
    restricted_user: int | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[ProjectDto] | None:
    """Get a range of Projects - ScreenId=PM301000
    The requested page size must be lower or equal to the allowed max page size which is returned as
    part of the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

    Args:
        status (ProjectGetAllStatus | Unset):
        system_template (bool | Unset):
        visible_in_ap (bool | Unset):
        start_date (datetime.datetime | Unset):
        expand_attribute (bool | Unset):
        attributes (str | Unset):
        task_status (ProjectGetAllTaskStatus | Unset):
        task_visible_in_ap (bool | Unset):
        task_visible_in_ar (bool | Unset):
        task_visible_in_ca (bool | Unset):
        task_visible_in_cr (bool | Unset):
        task_visible_in_ea (bool | Unset):
        task_visible_in_gl (bool | Unset):
        task_visible_in_in (bool | Unset):
        task_visible_in_po (bool | Unset):
        task_visible_in_so (bool | Unset):
        task_visible_in_ta (bool | Unset):
        non_project (bool | Unset):
        public_id (UUID | Unset):
        restricted_employee (str | Unset):
        restricted_user (int | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        created_date_time (str | Unset):
        created_date_time_condition (str | Unset):
        branch (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[ProjectDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            system_template=system_template,
            visible_in_ap=visible_in_ap,
            start_date=start_date,
            expand_attribute=expand_attribute,
            attributes=attributes,
            task_status=task_status,
            task_visible_in_ap=task_visible_in_ap,
            task_visible_in_ar=task_visible_in_ar,
            task_visible_in_ca=task_visible_in_ca,
            task_visible_in_cr=task_visible_in_cr,
            task_visible_in_ea=task_visible_in_ea,
            task_visible_in_gl=task_visible_in_gl,
            task_visible_in_in=task_visible_in_in,
            task_visible_in_po=task_visible_in_po,
            task_visible_in_so=task_visible_in_so,
            task_visible_in_ta=task_visible_in_ta,
            non_project=non_project,
            public_id=public_id,
            restricted_employee=restricted_employee,
            restricted_user=restricted_user,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            created_date_time=created_date_time,
            created_date_time_condition=created_date_time_condition,
            branch=branch,
            page_number=page_number,
            page_size=page_size,
            erp_api_background=erp_api_background,
        )
    ).parsed
