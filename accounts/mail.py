"""Sending e-mail: the ``Mailer`` interface, a development outbox, and SMTP.

In development (``ECHOPPE_MAIL=outbox``, the default) messages are written as ``.eml`` files to a
folder (``var/outbox`` beside the SQLite file) that the developer reads, also at ``/dev/outbox``
when the pages run with ``make run``. In production, ``SmtpMailer`` sends through any SMTP relay
(Amazon SES has one). The one-time code is in the message body: that is its point; it is never
logged.
"""

from __future__ import annotations

import itertools
import os
import smtplib
import ssl
import time
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Protocol

CODE_MAIL = {
    "fr-FR": (
        "Votre code de connexion : {code}",
        "Bonjour,\n\nVotre code de connexion est {code}. Il est valable {minutes} minutes.\n\n"
        "Si vous n'avez rien demandé, ignorez ce message.\n",
    ),
    "en-US": (
        "Your sign-in code: {code}",
        "Hello,\n\nYour sign-in code is {code}. It is valid for {minutes} minutes.\n\n"
        "If you did not ask for it, ignore this message.\n",
    ),
}


class Mailer(Protocol):
    def send(self, to: str, subject: str, body: str) -> None:
        """Send one plain-text message."""


@dataclass(frozen=True)
class OutboxMessage:
    name: str
    to: str
    subject: str
    body: str
    sent_at: float


class OutboxMailer:
    """Writes each message to ``folder`` as an ``.eml`` file readable by its owner only."""

    def __init__(self, folder: str | Path, sender: str = "echoppe@localhost") -> None:
        self.folder = Path(folder)
        self.sender = sender
        self._counter = itertools.count()

    def send(self, to: str, subject: str, body: str) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        message = EmailMessage()
        message["From"] = self.sender
        message["To"] = to
        message["Subject"] = subject
        message.set_content(body)
        name = f"{time.time_ns()}-{os.getpid()}-{next(self._counter)}.eml"
        fd = os.open(self.folder / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(bytes(message))

    def messages(self, to: str | None = None) -> list[OutboxMessage]:
        """Messages in the outbox, newest first (only those to ``to`` when given)."""
        if not self.folder.is_dir():
            return []
        out = []
        for path in sorted(self.folder.glob("*.eml"), reverse=True):
            parsed = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
            if to is not None and parsed["To"] != to:
                continue
            body = parsed.get_body(preferencelist=("plain",))
            out.append(
                OutboxMessage(
                    name=path.name,
                    to=str(parsed["To"]),
                    subject=str(parsed["Subject"]),
                    body=body.get_content() if body is not None else "",
                    sent_at=int(path.name.split("-")[0]) / 1e9,
                )
            )
        return out


class SmtpMailer:
    """Sends through an SMTP relay with STARTTLS (or implicit TLS on port 465)."""

    def __init__(
        self, host: str, port: int, sender: str, username: str = "", password: str = ""
    ) -> None:
        self.host = host
        self.port = port
        self.sender = sender
        self._username = username
        self._password = password

    def __repr__(self) -> str:
        return f"SmtpMailer({self.host!r}, {self.port})"

    def send(self, to: str, subject: str, body: str) -> None:
        message = EmailMessage()
        message["From"] = self.sender
        message["To"] = to
        message["Subject"] = subject
        message.set_content(body)
        context = ssl.create_default_context()
        if self.port == 465:
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(self.host, self.port, timeout=10, context=context)
        else:
            smtp = smtplib.SMTP(self.host, self.port, timeout=10)
        with smtp:
            if self.port != 465:
                smtp.starttls(context=context)
            if self._username:
                smtp.login(self._username, self._password)
            smtp.send_message(message)
