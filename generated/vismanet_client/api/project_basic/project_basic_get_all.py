import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.project_basic_dto import ProjectBasicDto
from ...models.project_basic_get_all_status import ProjectBasicGetAllStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: ProjectBasicGetAllStatus | Unset = UNSET,
    description: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    non_project: bool | Unset = UNSET,
    project_id_desc: str | Unset = UNSET,
    public_id: UUID | Unset = UNSET,
    restricted_employee: str | Unset = UNSET,
    restricted_user: int | Unset = UNSET,
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
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
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

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["description"] = description

    params["projectId"] = project_id

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["startDate"] = json_start_date

    params["nonProject"] = non_project

    params["projectIdDesc"] = project_id_desc

    json_public_id: str | Unset = UNSET
    if not isinstance(public_id, Unset):
        json_public_id = str(public_id)
    params["publicId"] = json_public_id

    params["restrictedEmployee"] = restricted_employee

    params["restrictedUser"] = restricted_user

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

    params["numberToRead"] = number_to_read

    params["skipRecords"] = skip_records

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
        "url": "/v1/projectbasic",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | list[ProjectBasicDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ProjectBasicDto.from_dict(response_200_item_data)

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
) -> Response[BackgroundApiAcceptedDto | list[ProjectBasicDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: ProjectBasicGetAllStatus | Unset = UNSET,
    description: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    non_project: bool | Unset = UNSET,
    project_id_desc: str | Unset = UNSET,
    public_id: UUID | Unset = UNSET,
    restricted_employee: str | Unset = UNSET,
    restricted_user: int | Unset = UNSET,
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
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[ProjectBasicDto]]:
    """Get a range of Projects - ScreenId=PM301000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

    Args:
        status (ProjectBasicGetAllStatus | Unset):
        description (str | Unset):
        project_id (str | Unset):
        start_date (datetime.datetime | Unset):
        non_project (bool | Unset):
        project_id_desc (str | Unset):
        public_id (UUID | Unset):
        restricted_employee (str | Unset):
        restricted_user (int | Unset):
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
        number_to_read (int | Unset):
        skip_records (int | Unset):
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
        Response[BackgroundApiAcceptedDto | list[ProjectBasicDto]]
    """

    kwargs = _get_kwargs(
        status=status,
        description=description,
        project_id=project_id,
        start_date=start_date,
        non_project=non_project,
        project_id_desc=project_id_desc,
        public_id=public_id,
        restricted_employee=restricted_employee,
        restricted_user=restricted_user,
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
        number_to_read=number_to_read,
        skip_records=skip_records,
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
    status: ProjectBasicGetAllStatus | Unset = UNSET,
    description: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    non_project: bool | Unset = UNSET,
    project_id_desc: str | Unset = UNSET,
    public_id: UUID | Unset = UNSET,
    restricted_employee: str | Unset = UNSET,
    restricted_user: int | Unset = UNSET,
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
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[ProjectBasicDto] | None:
    """Get a range of Projects - ScreenId=PM301000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

    Args:
        status (ProjectBasicGetAllStatus | Unset):
        description (str | Unset):
        project_id (str | Unset):
        start_date (datetime.datetime | Unset):
        non_project (bool | Unset):
        project_id_desc (str | Unset):
        public_id (UUID | Unset):
        restricted_employee (str | Unset):
        restricted_user (int | Unset):
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
        number_to_read (int | Unset):
        skip_records (int | Unset):
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
        BackgroundApiAcceptedDto | list[ProjectBasicDto]
    """

    return sync_detailed(
        client=client,
        status=status,
        description=description,
        project_id=project_id,
        start_date=start_date,
        non_project=non_project,
        project_id_desc=project_id_desc,
        public_id=public_id,
        restricted_employee=restricted_employee,
        restricted_user=restricted_user,
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
        number_to_read=number_to_read,
        skip_records=skip_records,
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
    status: ProjectBasicGetAllStatus | Unset = UNSET,
    description: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    non_project: bool | Unset = UNSET,
    project_id_desc: str | Unset = UNSET,
    public_id: UUID | Unset = UNSET,
    restricted_employee: str | Unset = UNSET,
    restricted_user: int | Unset = UNSET,
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
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[ProjectBasicDto]]:
    """Get a range of Projects - ScreenId=PM301000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

    Args:
        status (ProjectBasicGetAllStatus | Unset):
        description (str | Unset):
        project_id (str | Unset):
        start_date (datetime.datetime | Unset):
        non_project (bool | Unset):
        project_id_desc (str | Unset):
        public_id (UUID | Unset):
        restricted_employee (str | Unset):
        restricted_user (int | Unset):
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
        number_to_read (int | Unset):
        skip_records (int | Unset):
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
        Response[BackgroundApiAcceptedDto | list[ProjectBasicDto]]
    """

    kwargs = _get_kwargs(
        status=status,
        description=description,
        project_id=project_id,
        start_date=start_date,
        non_project=non_project,
        project_id_desc=project_id_desc,
        public_id=public_id,
        restricted_employee=restricted_employee,
        restricted_user=restricted_user,
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
        number_to_read=number_to_read,
        skip_records=skip_records,
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
    status: ProjectBasicGetAllStatus | Unset = UNSET,
    description: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    non_project: bool | Unset = UNSET,
    project_id_desc: str | Unset = UNSET,
    public_id: UUID | Unset = UNSET,
    restricted_employee: str | Unset = UNSET,
    restricted_user: int | Unset = UNSET,
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
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[ProjectBasicDto] | None:
    """Get a range of Projects - ScreenId=PM301000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information.
    If requested page size is greater than allowed max page size, request will be limited to max page
    size

    Args:
        status (ProjectBasicGetAllStatus | Unset):
        description (str | Unset):
        project_id (str | Unset):
        start_date (datetime.datetime | Unset):
        non_project (bool | Unset):
        project_id_desc (str | Unset):
        public_id (UUID | Unset):
        restricted_employee (str | Unset):
        restricted_user (int | Unset):
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
        number_to_read (int | Unset):
        skip_records (int | Unset):
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
        BackgroundApiAcceptedDto | list[ProjectBasicDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            description=description,
            project_id=project_id,
            start_date=start_date,
            non_project=non_project,
            project_id_desc=project_id_desc,
            public_id=public_id,
            restricted_employee=restricted_employee,
            restricted_user=restricted_user,
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
            number_to_read=number_to_read,
            skip_records=skip_records,
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
