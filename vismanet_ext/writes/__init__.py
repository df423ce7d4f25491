"""Writing safely: created IDs from ``Location``, ETag concurrency, attachments, background jobs.

Each helper takes the client as its first argument and works through ``vn.call``, so it serves every
operation in the spec without per-endpoint code; ``VismaNet``/``AsyncVismaNet`` expose them as methods.
"""

from . import lost, reconcile
from .attachments import attachment_operations, aupload_attachment, upload_attachment
from .background import (
    AsyncBackgroundJob,
    BackgroundJob,
    BackgroundResult,
    BackgroundState,
    abackground_job,
    astart_background,
    background_job,
    start_background,
)
from .created import FindExisting, acreate, check_created, create
from .etag import (
    aupdate_with_retry,
    etag_value,
    if_match_operations,
    supports_if_match,
    update_with_retry,
)
from .multipart import AsyncMultipartFile, MultipartFile, guess_content_type
from .notify import notify_header
from .reconcile import ReconciledResult, arecover, holds_sent_values, recover

__all__ = [
    "AsyncBackgroundJob",
    "AsyncMultipartFile",
    "BackgroundJob",
    "BackgroundResult",
    "BackgroundState",
    "FindExisting",
    "MultipartFile",
    "ReconciledResult",
    "abackground_job",
    "acreate",
    "arecover",
    "astart_background",
    "attachment_operations",
    "aupdate_with_retry",
    "aupload_attachment",
    "background_job",
    "check_created",
    "create",
    "etag_value",
    "guess_content_type",
    "holds_sent_values",
    "if_match_operations",
    "lost",
    "notify_header",
    "reconcile",
    "recover",
    "start_background",
    "supports_if_match",
    "update_with_retry",
    "upload_attachment",
]
