"""Writing safely: created IDs from ``Location``, ETag concurrency, attachments, background jobs."""
