"""Code as a user writes it; tests/test_typing.py checks it with mypy --strict (it is not run)."""

from __future__ import annotations

from vismanet_client.api.customer import customer_get_all, customer_get_bycustomer_cd
from vismanet_client.models import CustomerDto

from vismanet_ext import AsyncVismaNet, BackgroundJob, RetryPolicy, VismaNet, errors
from vismanet_ext.sandbox import Sandbox


def names(vn: VismaNet) -> list[str]:
    found: list[str] = []
    for customer in vn.paginate(customer_get_all, status="Active", page_size=500):
        if isinstance(customer, CustomerDto) and isinstance(customer.name, str):
            found.append(customer.name)
    return found


def etag_of(vn: VismaNet) -> str | None:
    try:
        return vn.call(customer_get_bycustomer_cd, customer_cd="10001").etag
    except errors.NotFound as exc:
        return str(exc.status_code)


def job(vn: VismaNet, job_id: str) -> BackgroundJob:
    return vn.background_job(job_id)


async def first(vn: AsyncVismaNet) -> object:
    async for record in vn.paginate("GET /v1/customer"):
        return record
    return None


def configured() -> VismaNet:
    sandbox = Sandbox(seed=1)
    return VismaNet(base_url=sandbox.base_url, transport=sandbox.transport(), retry=RetryPolicy(max_attempts=2))
