"""An offline Visma.net ERP API that behaves like the real one.

>>> sb = Sandbox(seed=0, sizes={"customer": 300})
>>> with sb.serve() as base_url:        # real HTTP on 127.0.0.1
...     ...
>>> client = httpx.Client(transport=sb.transport(), base_url=sb.base_url)  # no socket

See ``Sandbox`` for the knobs; the behaviour follows Visma's documentation on
paging, ETag/If-Match, background calls, date filters, Location headers,
attachments, throttling and error messages.
"""

from .app import LoggedRequest
from .background import Job
from .faults import Faults
from .messages import Body, SandboxRequest, SandboxResponse
from .sandbox import DEFAULT_BASE_URL, RESOURCES, Sandbox
from .throttle import LimitStatus
from .webhooks import Delivery as WebhookDelivery
from .webhooks import Subscription as WebhookSubscription

__all__ = [
    "DEFAULT_BASE_URL",
    "RESOURCES",
    "Body",
    "Faults",
    "Job",
    "LimitStatus",
    "LoggedRequest",
    "Sandbox",
    "SandboxRequest",
    "SandboxResponse",
    "WebhookDelivery",
    "WebhookSubscription",
]
