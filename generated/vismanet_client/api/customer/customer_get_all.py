from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.customer_dto import CustomerDto
from ...models.customer_get_all_status import CustomerGetAllStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    name: str | Unset = UNSET,
    status: CustomerGetAllStatus | Unset = UNSET,
    corporate_id: str | Unset = UNSET,
    vat_registration_id: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    expand_account_information: bool | Unset = UNSET,
    expand_payment_methods: bool | Unset = UNSET,
    expand_direct_debit: bool | Unset = UNSET,
    attributes: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    params["greaterThanValue"] = greater_than_value

    params["numberToRead"] = number_to_read

    params["skipRecords"] = skip_records

    params["name"] = name

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["corporateId"] = corporate_id

    params["vatRegistrationId"] = vat_registration_id

    params["email"] = email

    params["phone"] = phone

    params["lastModifiedDateTime"] = last_modified_date_time

    params["lastModifiedDateTimeCondition"] = last_modified_date_time_condition

    params["createdDateTime"] = created_date_time

    params["createdDateTimeCondition"] = created_date_time_condition

    params["expandAccountInformation"] = expand_account_information

    params["expandPaymentMethods"] = expand_payment_methods

    params["expandDirectDebit"] = expand_direct_debit

    params["attributes"] = attributes

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customer",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | list[CustomerDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CustomerDto.from_dict(response_200_item_data)

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
) -> Response[BackgroundApiAcceptedDto | list[CustomerDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    name: str | Unset = UNSET,
    status: CustomerGetAllStatus | Unset = UNSET,
    corporate_id: str | Unset = UNSET,
    vat_registration_id: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    expand_account_information: bool | Unset = UNSET,
    expand_payment_methods: bool | Unset = UNSET,
    expand_direct_debit: bool | Unset = UNSET,
    attributes: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[CustomerDto]]:
    """Get a range of customers - ScreenId=AR303000

    Args:
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        name (str | Unset):
        status (CustomerGetAllStatus | Unset):
        corporate_id (str | Unset):
        vat_registration_id (str | Unset):
        email (str | Unset):
        phone (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        created_date_time (str | Unset):
        created_date_time_condition (str | Unset):
        expand_account_information (bool | Unset):
        expand_payment_methods (bool | Unset):
        expand_direct_debit (bool | Unset):
        attributes (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[CustomerDto]]
    """

    kwargs = _get_kwargs(
        greater_than_value=greater_than_value,
        number_to_read=number_to_read,
        skip_records=skip_records,
        name=name,
        status=status,
        corporate_id=corporate_id,
        vat_registration_id=vat_registration_id,
        email=email,
        phone=phone,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        created_date_time=created_date_time,
        created_date_time_condition=created_date_time_condition,
        expand_account_information=expand_account_information,
        expand_payment_methods=expand_payment_methods,
        expand_direct_debit=expand_direct_debit,
        attributes=attributes,
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
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    name: str | Unset = UNSET,
    status: CustomerGetAllStatus | Unset = UNSET,
    corporate_id: str | Unset = UNSET,
    vat_registration_id: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    expand_account_information: bool | Unset = UNSET,
    expand_payment_methods: bool | Unset = UNSET,
    expand_direct_debit: bool | Unset = UNSET,
    attributes: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[CustomerDto] | None:
    """Get a range of customers - ScreenId=AR303000

    Args:
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        name (str | Unset):
        status (CustomerGetAllStatus | Unset):
        corporate_id (str | Unset):
        vat_registration_id (str | Unset):
        email (str | Unset):
        phone (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        created_date_time (str | Unset):
        created_date_time_condition (str | Unset):
        expand_account_information (bool | Unset):
        expand_payment_methods (bool | Unset):
        expand_direct_debit (bool | Unset):
        attributes (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[CustomerDto]
    """

    return sync_detailed(
        client=client,
        greater_than_value=greater_than_value,
        number_to_read=number_to_read,
        skip_records=skip_records,
        name=name,
        status=status,
        corporate_id=corporate_id,
        vat_registration_id=vat_registration_id,
        email=email,
        phone=phone,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        created_date_time=created_date_time,
        created_date_time_condition=created_date_time_condition,
        expand_account_information=expand_account_information,
        expand_payment_methods=expand_payment_methods,
        expand_direct_debit=expand_direct_debit,
        attributes=attributes,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    name: str | Unset = UNSET,
    status: CustomerGetAllStatus | Unset = UNSET,
    corporate_id: str | Unset = UNSET,
    vat_registration_id: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    expand_account_information: bool | Unset = UNSET,
    expand_payment_methods: bool | Unset = UNSET,
    expand_direct_debit: bool | Unset = UNSET,
    attributes: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | list[CustomerDto]]:
    """Get a range of customers - ScreenId=AR303000

    Args:
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        name (str | Unset):
        status (CustomerGetAllStatus | Unset):
        corporate_id (str | Unset):
        vat_registration_id (str | Unset):
        email (str | Unset):
        phone (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        created_date_time (str | Unset):
        created_date_time_condition (str | Unset):
        expand_account_information (bool | Unset):
        expand_payment_methods (bool | Unset):
        expand_direct_debit (bool | Unset):
        attributes (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | list[CustomerDto]]
    """

    kwargs = _get_kwargs(
        greater_than_value=greater_than_value,
        number_to_read=number_to_read,
        skip_records=skip_records,
        name=name,
        status=status,
        corporate_id=corporate_id,
        vat_registration_id=vat_registration_id,
        email=email,
        phone=phone,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        created_date_time=created_date_time,
        created_date_time_condition=created_date_time_condition,
        expand_account_information=expand_account_information,
        expand_payment_methods=expand_payment_methods,
        expand_direct_debit=expand_direct_debit,
        attributes=attributes,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    greater_than_value: str | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    name: str | Unset = UNSET,
    status: CustomerGetAllStatus | Unset = UNSET,
    corporate_id: str | Unset = UNSET,
    vat_registration_id: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: str | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: str | Unset = UNSET,
    expand_account_information: bool | Unset = UNSET,
    expand_payment_methods: bool | Unset = UNSET,
    expand_direct_debit: bool | Unset = UNSET,
    attributes: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | list[CustomerDto] | None:
    """Get a range of customers - ScreenId=AR303000

    Args:
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        name (str | Unset):
        status (CustomerGetAllStatus | Unset):
        corporate_id (str | Unset):
        vat_registration_id (str | Unset):
        email (str | Unset):
        phone (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        created_date_time (str | Unset):
        created_date_time_condition (str | Unset):
        expand_account_information (bool | Unset):
        expand_payment_methods (bool | Unset):
        expand_direct_debit (bool | Unset):
        attributes (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | list[CustomerDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            greater_than_value=greater_than_value,
            number_to_read=number_to_read,
            skip_records=skip_records,
            name=name,
            status=status,
            corporate_id=corporate_id,
            vat_registration_id=vat_registration_id,
            email=email,
            phone=phone,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            created_date_time=created_date_time,
            created_date_time_condition=created_date_time_condition,
            expand_account_information=expand_account_information,
            expand_payment_methods=expand_payment_methods,
            expand_direct_debit=expand_direct_debit,
            attributes=attributes,
            page_number=page_number,
            page_size=page_size,
            erp_api_background=erp_api_background,
        )
    ).parsed
