"""Uploaded files. Re-uploading a name to the same document adds a revision
(same id), as the spec says; ``GET /v1/attachment/{id}`` serves the latest."""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass


@dataclass
class Attachment:
    id: str
    name: str
    content_type: str
    data: bytes
    revision: int
    owner: tuple[str, str, str | None]  # (resource, key, line number or None)
    send_to_autoinvoice: bool = False

    def dto(self) -> dict[str, object]:
        """The spec's ``AttachmentDto``; the download URL is /v1/attachment/{id}."""
        return {"name": self.name, "id": self.id, "revision": self.revision}


class AttachmentStore:
    def __init__(self) -> None:
        self._by_id: dict[str, Attachment] = {}
        self._lock = threading.Lock()

    def add(
        self, owner: tuple[str, str, str | None], name: str, content_type: str, data: bytes
    ) -> Attachment:
        with self._lock:
            for existing in self._by_id.values():
                if existing.owner == owner and existing.name == name:
                    existing.revision += 1
                    existing.data = data
                    existing.content_type = content_type
                    return existing
            attachment = Attachment(str(uuid.uuid4()), name, content_type, data, 1, owner)
            self._by_id[attachment.id] = attachment
            return attachment

    def get(self, attachment_id: str) -> Attachment | None:
        return self._by_id.get(attachment_id.lower())

    def all(self) -> list[Attachment]:
        return list(self._by_id.values())
