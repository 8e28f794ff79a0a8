#!/usr/bin/env python3
"""A recording SMTP server for AlertRouter's email notifier tests (Debian's aiosmtpd 1.4.3).

Options select STARTTLS (with the given self-signed certificate) and AUTH (LOGIN/PLAIN, required before MAIL).
Each accepted message is written to OUT/NNNN.eml (raw) and OUT/NNNN.json (envelope, session and a parsed view of the
MIME parts); the .json appears last, so its presence means the message is complete. Prints READY <port> once
listening. Runs until killed.
"""
import argparse
import asyncio
import email
import email.policy
import json
import os
import ssl
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class UpperCaseAuthSMTP(SMTP):
    """.NET's SmtpClient sends 'AUTH login'; aiosmtpd 1.4.3 only recognises upper-case mechanism names."""

    async def smtp_AUTH(self, arg):
        if arg:
            mechanism, _, rest = arg.partition(" ")
            arg = mechanism.upper() + (" " + rest if rest else "")
        return await super().smtp_AUTH(arg)


class Recorder:
    def __init__(self, out):
        self.out = out
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.out, "%04d" % self.count)
        raw = envelope.original_content or envelope.content
        with open(base + ".eml", "wb") as f:
            f.write(raw)
        message = email.message_from_bytes(raw, policy=email.policy.default)
        parts = []
        for part in message.walk():
            if part.is_multipart():
                continue
            parts.append({
                "content_type": part.get_content_type(),
                "charset": part.get_content_charset(),
                "transfer_encoding": part.get("Content-Transfer-Encoding", ""),
                "content": part.get_content(),
            })
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "tls": session.ssl is not None,
            "authenticated": bool(session.authenticated),
            "login": (session.login_data or b"").decode("utf-8", "replace") if isinstance(session.login_data, bytes) else session.login_data,
            "content_type": message.get_content_type(),
            "headers": [[k, str(v)] for k, v in message.items()],
            "parts": parts,
        }
        with open(base + ".json.tmp", "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False)
        os.rename(base + ".json.tmp", base + ".json")
        return "250 OK"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--cert")
    p.add_argument("--key")
    p.add_argument("--user")
    p.add_argument("--password")
    args = p.parse_args()

    tls_context = None
    if args.cert:
        tls_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls_context.load_cert_chain(args.cert, args.key)

    def authenticator(server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword) and auth_data.login.decode() == args.user \
                and auth_data.password.decode() == args.password:
            return AuthResult(success=True, auth_data=auth_data)
        # handled=False makes aiosmtpd answer 535; handled=True would leave the client waiting.
        return AuthResult(success=False, handled=False)

    class RecordingController(Controller):
        def factory(self):
            return UpperCaseAuthSMTP(self.handler, **self.SMTP_kwargs)

    kwargs = {"tls_context": tls_context}
    if args.user:
        kwargs.update(authenticator=authenticator, auth_required=True, auth_require_tls=tls_context is not None)
    controller = RecordingController(Recorder(args.out), hostname="127.0.0.1", port=args.port, **kwargs)
    controller.start()
    print("READY %d" % args.port, flush=True)
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


if __name__ == "__main__":
    sys.exit(main())
