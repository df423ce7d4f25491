"""Names of the httpx request/response ``extensions`` keys and attributes the transport stack uses.

They are plain strings so any layer (the auth flow, the client, an upload stream) can set or read them
without importing the transports.
"""

from __future__ import annotations

#: Response extension: how many times the request was resent (0 when the first attempt was final).
RETRIES = "vismanet_retries"
#: Response extension: how many attempts were made in all (``RETRIES + 1``).
ATTEMPTS = "vismanet_attempts"
#: Request extension: set truthy to let `RetryTransport` treat a POST/PATCH as safe to resend
#: (the auth flow sets it on token requests; asking for a token twice does no harm).
IDEMPOTENT = "vismanet_idempotent"
#: Request extension: set truthy to skip the client-side rate limiter (token requests go to
#: connect.visma.com, which does not count against the ERP quota).
NO_RATE_LIMIT = "vismanet_no_rate_limit"
#: Request extension: marks the OAuth token request made by `ClientCredentials`.
TOKEN_REQUEST = "vismanet_token_request"
#: Attribute on a request stream object: truthy means every ``__iter__``/``__aiter__`` call yields the
#: whole body again from the start, so the request may be resent after its body went out.
REPLAYABLE_ATTRIBUTE = "vismanet_replayable"
