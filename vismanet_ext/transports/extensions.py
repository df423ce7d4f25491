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
#: Request extension: the body a 2xx answer must carry, from the operation index (set by the client where
#: requests are prepared): ``"list"`` (a JSON array of objects), ``"paged"`` (an object with a ``records``
#: array of objects, Visma's ``BasePaginationDto``), ``"object"`` (a JSON object when it says JSON) or
#: ``"json"`` (valid JSON when the content type says JSON). `RetryTransport` reads and checks the body of
#: idempotent requests carrying it and resends when it is cut short, not JSON or the wrong shape.
EXPECT = "vismanet_expect"
#: Response extension: the body as decoded by `RetryTransport` while checking it (`decode_body` reuses it,
#: so a page is decoded once).
DECODED = "vismanet_decoded"
