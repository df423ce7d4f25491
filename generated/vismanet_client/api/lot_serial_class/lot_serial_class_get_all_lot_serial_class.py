from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.lot_serial_class_dto import LotSerialClassDto
from ...models.lot_serial_class_get_all_lot_serial_class_assignment_method import (
    LotSerialClassGetAllLotSerialClassAssignmentMethod,
)
from ...models.lot_serial_class_get_all_lot_serial_class_issue_method import (
    LotSerialClassGetAllLotSerialClassIssueMethod,
)
from ...models.lot_serial_class_get_all_lot_serial_class_tracking_method import (
    LotSerialClassGetAllLotSerialClassTrackingMethod,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    description: str | Unset = UNSET,
    tracking_method: LotSerialClassGetAllLotSerialClassTrackingMethod | Unset = UNSET,
    track_expiration_date: bool | Unset = UNSET,
    required_for_drop_ship: bool | Unset = UNSET,
    assignment_method: LotSerialClassGetAllLotSerialClassAssignmentMethod | Unset = UNSET,
    issue_method: LotSerialClassGetAllLotSerialClassIssueMethod | Unset = UNSET,
    auto_incremental_value_between_classes: bool | Unset = UNSET,
    auto_incremental_value: str | Unset = UNSET,
    auto_generate_next_number: bool | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    params["description"] = description

    json_tracking_method: str | Unset = UNSET
    if not isinstance(tracking_method, Unset):
        json_tracking_method = tracking_method

    params["trackingMethod"] = json_tracking_method

    params["trackExpirationDate"] = track_expiration_date

    params["requiredForDropShip"] = required_for_drop_ship

    json_assignment_method: str | Unset = UNSET
    if not isinstance(assignment_method, Unset):
        json_assignment_method = assignment_method

    params["assignmentMethod"] = json_assignment_method

    json_issue_method: str | Unset = UNSET
    if not isinstance(issue_method, Unset):
        json_issue_method = issue_method

    params["issueMethod"] = json_issue_method

    params["autoIncrementalValueBetweenClasses"] = auto_incremental_value_between_classes

    params["autoIncrementalValue"] = auto_incremental_value

    params["autoGenerateNextNumber"] = auto_generate_next_number

    params["lastModifiedDateTime"] = last_modified_date_time

    params["lastModifiedDateTimeCondition"] = last_modified_date_time_condition

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/lotserialclass",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BackgroundApiAcceptedDto | list[LotSerialClassDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = LotSerialClassDto.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | BackgroundApiAcceptedDto | list[LotSerialClassDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    description: str | Unset = UNSET,
    tracking_method: LotSerialClassGetAllLotSerialClassTrackingMethod | Unset = UNSET,
    track_expiration_date: bool | Unset = UNSET,
    required_for_drop_ship: bool | Unset = UNSET,
    assignment_method: LotSerialClassGetAllLotSerialClassAssignmentMethod | Unset = UNSET,
    issue_method: LotSerialClassGetAllLotSerialClassIssueMethod | Unset = UNSET,
    auto_incremental_value_between_classes: bool | Unset = UNSET,
    auto_incremental_value: str | Unset = UNSET,
    auto_generate_next_number: bool | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | list[LotSerialClassDto]]:
    """Get a range of lot serial classes - ScreenId=IN207000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information. If requested page size is greater than allowed max page size, request will
    be limited to max page size.

    Args:
        description (str | Unset):
        tracking_method (LotSerialClassGetAllLotSerialClassTrackingMethod | Unset):
        track_expiration_date (bool | Unset):
        required_for_drop_ship (bool | Unset):
        assignment_method (LotSerialClassGetAllLotSerialClassAssignmentMethod | Unset):
        issue_method (LotSerialClassGetAllLotSerialClassIssueMethod | Unset):
        auto_incremental_value_between_classes (bool | Unset):
        auto_incremental_value (str | Unset):
        auto_generate_next_number (bool | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | list[LotSerialClassDto]]
    """

    kwargs = _get_kwargs(
        description=description,
        tracking_method=tracking_method,
        track_expiration_date=track_expiration_date,
        required_for_drop_ship=required_for_drop_ship,
        assignment_method=assignment_method,
        issue_method=issue_method,
        auto_incremental_value_between_classes=auto_incremental_value_between_classes,
        auto_incremental_value=auto_incremental_value,
        auto_generate_next_number=auto_generate_next_number,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
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
    description: str | Unset = UNSET,
    tracking_method: LotSerialClassGetAllLotSerialClassTrackingMethod | Unset = UNSET,
    track_expiration_date: bool | Unset = UNSET,
    required_for_drop_ship: bool | Unset = UNSET,
    assignment_method: LotSerialClassGetAllLotSerialClassAssignmentMethod | Unset = UNSET,
    issue_method: LotSerialClassGetAllLotSerialClassIssueMethod | Unset = UNSET,
    auto_incremental_value_between_classes: bool | Unset = UNSET,
    auto_incremental_value: str | Unset = UNSET,
    auto_generate_next_number: bool | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | list[LotSerialClassDto] | None:
    """Get a range of lot serial classes - ScreenId=IN207000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information. If requested page size is greater than allowed max page size, request will
    be limited to max page size.

    Args:
        description (str | Unset):
        tracking_method (LotSerialClassGetAllLotSerialClassTrackingMethod | Unset):
        track_expiration_date (bool | Unset):
        required_for_drop_ship (bool | Unset):
        assignment_method (LotSerialClassGetAllLotSerialClassAssignmentMethod | Unset):
        issue_method (LotSerialClassGetAllLotSerialClassIssueMethod | Unset):
        auto_incremental_value_between_classes (bool | Unset):
        auto_incremental_value (str | Unset):
        auto_generate_next_number (bool | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | list[LotSerialClassDto]
    """

    return sync_detailed(
        client=client,
        description=description,
        tracking_method=tracking_method,
        track_expiration_date=track_expiration_date,
        required_for_drop_ship=required_for_drop_ship,
        assignment_method=assignment_method,
        issue_method=issue_method,
        auto_incremental_value_between_classes=auto_incremental_value_between_classes,
        auto_incremental_value=auto_incremental_value,
        auto_generate_next_number=auto_generate_next_number,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    description: str | Unset = UNSET,
    tracking_method: LotSerialClassGetAllLotSerialClassTrackingMethod | Unset = UNSET,
    track_expiration_date: bool | Unset = UNSET,
    required_for_drop_ship: bool | Unset = UNSET,
    assignment_method: LotSerialClassGetAllLotSerialClassAssignmentMethod | Unset = UNSET,
    issue_method: LotSerialClassGetAllLotSerialClassIssueMethod | Unset = UNSET,
    auto_incremental_value_between_classes: bool | Unset = UNSET,
    auto_incremental_value: str | Unset = UNSET,
    auto_generate_next_number: bool | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | list[LotSerialClassDto]]:
    """Get a range of lot serial classes - ScreenId=IN207000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information. If requested page size is greater than allowed max page size, request will
    be limited to max page size.

    Args:
        description (str | Unset):
        tracking_method (LotSerialClassGetAllLotSerialClassTrackingMethod | Unset):
        track_expiration_date (bool | Unset):
        required_for_drop_ship (bool | Unset):
        assignment_method (LotSerialClassGetAllLotSerialClassAssignmentMethod | Unset):
        issue_method (LotSerialClassGetAllLotSerialClassIssueMethod | Unset):
        auto_incremental_value_between_classes (bool | Unset):
        auto_incremental_value (str | Unset):
        auto_generate_next_number (bool | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | list[LotSerialClassDto]]
    """

    kwargs = _get_kwargs(
        description=description,
        tracking_method=tracking_method,
        track_expiration_date=track_expiration_date,
        required_for_drop_ship=required_for_drop_ship,
        assignment_method=assignment_method,
        issue_method=issue_method,
        auto_incremental_value_between_classes=auto_incremental_value_between_classes,
        auto_incremental_value=auto_incremental_value,
        auto_generate_next_number=auto_generate_next_number,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    description: str | Unset = UNSET,
    tracking_method: LotSerialClassGetAllLotSerialClassTrackingMethod | Unset = UNSET,
    track_expiration_date: bool | Unset = UNSET,
    required_for_drop_ship: bool | Unset = UNSET,
    assignment_method: LotSerialClassGetAllLotSerialClassAssignmentMethod | Unset = UNSET,
    issue_method: LotSerialClassGetAllLotSerialClassIssueMethod | Unset = UNSET,
    auto_incremental_value_between_classes: bool | Unset = UNSET,
    auto_incremental_value: str | Unset = UNSET,
    auto_generate_next_number: bool | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | list[LotSerialClassDto] | None:
    """Get a range of lot serial classes - ScreenId=IN207000
    Request page size must be lower or equal to the allowed max page size which is returned as part of
    the metadata information. If requested page size is greater than allowed max page size, request will
    be limited to max page size.

    Args:
        description (str | Unset):
        tracking_method (LotSerialClassGetAllLotSerialClassTrackingMethod | Unset):
        track_expiration_date (bool | Unset):
        required_for_drop_ship (bool | Unset):
        assignment_method (LotSerialClassGetAllLotSerialClassAssignmentMethod | Unset):
        issue_method (LotSerialClassGetAllLotSerialClassIssueMethod | Unset):
        auto_incremental_value_between_classes (bool | Unset):
        auto_incremental_value (str | Unset):
        auto_generate_next_number (bool | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | list[LotSerialClassDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            description=description,
            tracking_method=tracking_method,
            track_expiration_date=track_expiration_date,
            required_for_drop_ship=required_for_drop_ship,
            assignment_method=assignment_method,
            issue_method=issue_method,
            auto_incremental_value_between_classes=auto_incremental_value_between_classes,
            auto_incremental_value=auto_incremental_value,
            auto_generate_next_number=auto_generate_next_number,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            page_number=page_number,
            page_size=page_size,
            erp_api_background=erp_api_background,
        )
    ).parsed
