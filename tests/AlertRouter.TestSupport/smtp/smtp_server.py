#!/usr/bin/env python3
"""A recording SMTP server for AlertRouter's email notifier tests (Debian's aiosmtpd 1.4.3).

Options select STARTTLS or implicit TLS (with the given certificate), a client certificate to require, AUTH (PLAIN,
LOGIN and CRAM-MD5, required before MAIL; --mechanisms narrows what is advertised), scripted refusals of recipients
(a local part "reject-..." gets 550, "defer-..." gets 451; while OUT/answers has lines, each RCPT takes the first one as
its reply, "{auth}" in it standing for the login:password the client authenticated with) and a scripted reply to DATA.
Every RCPT is logged in OUT/rcpt.log (the address and that login:password). Each accepted message is
written to OUT/NNNN.eml (raw) and OUT/NNNN.json (envelope, session and a parsed view of the MIME parts); the .json
appears last, so its presence means the message is complete. Every session's HELO name and AUTH mechanism are
appended to OUT/sessions.jsonl after AUTH and at QUIT, delivered or not. Prints READY <port> once listening. Runs until killed.
"""
import argparse
import asyncio
import base64
import email
import email.policy
import hmac
import json
import os
import secrets
import ssl
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


def session_facts(server, session):
    ssl_object = server.transport.get_extra_info("ssl_object") if server.transport else None
    peer_cert = ssl_object.getpeercert() if ssl_object else None
    subject = dict(x[0] for x in peer_cert.get("subject", ())) if peer_cert else {}
    return {
        "helo": session.host_name,
        "tls": ssl_object is not None,
        "client_cert_cn": subject.get("commonName"),
        "authenticated": bool(session.authenticated),
        "mechanism": getattr(session, "auth_mechanism", None),
        "identity": getattr(session, "auth_identity", None),
        "login": (session.login_data or b"").decode("utf-8", "replace") if isinstance(session.login_data, bytes) else session.login_data,
    }


class ScriptedSMTP(SMTP):
    """Adds CRAM-MD5 (aiosmtpd has none) and keeps the PLAIN authorisation identity, which aiosmtpd drops."""

    def __init__(self, *args, secret=None, **kwargs):
        self._cram_secret = secret
        super().__init__(*args, **kwargs)

    async def smtp_AUTH(self, arg):
        # .NET's System.Net.Mail sent 'AUTH login'; aiosmtpd 1.4.3 only recognises upper-case mechanism names.
        if arg:
            mechanism, _, rest = arg.partition(" ")
            arg = mechanism.upper() + (" " + rest if rest else "")
            self.session.auth_mechanism = mechanism.upper()
        await super().smtp_AUTH(arg)
        self.log_session()

    async def auth_PLAIN(self, server, args):
        if len(args) == 2:
            try:
                self.session.auth_identity = base64.b64decode(args[1]).split(b"\x00")[0].decode("utf-8", "replace")
            except ValueError:
                pass
        return await super().auth_PLAIN(server, args)

    async def auth_CRAM__MD5(self, _, args):
        challenge = ("<%s.%d@aiosmtpd>" % (secrets.token_hex(8), int(time.time()))).encode()
        response = await self.challenge_auth(challenge)
        if not isinstance(response, bytes) or b" " not in response:
            return AuthResult(success=False, handled=False)
        login, digest = response.rsplit(b" ", 1)
        expected = hmac.new((self._cram_secret or "").encode(), challenge, "md5").hexdigest().encode()
        if self._cram_secret and hmac.compare_digest(digest, expected):
            return AuthResult(success=True, auth_data=LoginPassword(login, b""))
        return AuthResult(success=False, handled=False)

    async def smtp_QUIT(self, arg):
        self.log_session()
        return await super().smtp_QUIT(arg)

    def log_session(self):
        self.event_handler.log_session(self, self.session)


class Recorder:
    def __init__(self, out, data_reply):
        self.out = out
        self.count = 0
        self.data_reply = data_reply

    def log_session(self, server, session):
        with open(os.path.join(self.out, "sessions.jsonl"), "a", encoding="utf-8") as f:
            f.write(json.dumps(session_facts(server, session)) + "\n")

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        auth = session.auth_data
        credentials = "%s:%s" % (auth.login.decode(), auth.password.decode()) if isinstance(auth, LoginPassword) else ""
        with open(os.path.join(self.out, "rcpt.log"), "a", encoding="utf-8") as f:
            f.write("%s %s\n" % (address, credentials))
        scripted = self.next_answer()
        if scripted:
            return scripted.replace("{auth}", credentials)
        local = address.split("@", 1)[0]
        if local.startswith("reject-"):
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        if local.startswith("defer-"):
            return "451 4.2.0 <%s>: Recipient address deferred: mailbox busy" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    def next_answer(self):
        answers = os.path.join(self.out, "answers")
        if not os.path.exists(answers):
            return None
        with open(answers, encoding="utf-8") as f:
            lines = [line for line in f.read().splitlines() if line]
        if not lines:
            return None
        with open(answers + ".tmp", "w", encoding="utf-8") as f:
            f.write("".join(line + "\n" for line in lines[1:]))
        os.replace(answers + ".tmp", answers)
        return lines[0]

    async def handle_DATA(self, server, session, envelope):
        if self.data_reply:
            return self.data_reply
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
        meta = dict(session_facts(server, session))
        meta.update({
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "content_type": message.get_content_type(),
            "headers": [[k, str(v)] for k, v in message.items()],
            "parts": parts,
        })
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
    p.add_argument("--implicit-tls", action="store_true")
    p.add_argument("--client-ca")
    p.add_argument("--user")
    p.add_argument("--password")
    p.add_argument("--mechanisms", help="space-separated AUTH mechanisms to advertise (default: CRAM-MD5 LOGIN PLAIN)")
    p.add_argument("--data-reply", help="reply to every DATA with this line instead of accepting")
    args = p.parse_args()

    tls_context = None
    if args.cert:
        tls_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls_context.load_cert_chain(args.cert, args.key)
        if args.client_ca:
            tls_context.verify_mode = ssl.CERT_REQUIRED
            tls_context.load_verify_locations(args.client_ca)

    def authenticator(server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword) and auth_data.login.decode() == args.user \
                and auth_data.password.decode() == args.password:
            return AuthResult(success=True, auth_data=auth_data)
        # handled=False makes aiosmtpd answer 535; handled=True would leave the client waiting.
        return AuthResult(success=False, handled=False)

    all_mechanisms = {"CRAM-MD5", "LOGIN", "PLAIN"}
    wanted = set(args.mechanisms.split()) if args.mechanisms else all_mechanisms
    smtp_kwargs = {}
    if args.user:
        smtp_kwargs.update(
            authenticator=authenticator, auth_required=True,
            # Over implicit TLS the whole session is encrypted; aiosmtpd only knows about STARTTLS.
            auth_require_tls=tls_context is not None and not args.implicit_tls,
            auth_exclude_mechanism=sorted(all_mechanisms - wanted))
    if tls_context is not None and not args.implicit_tls:
        smtp_kwargs["tls_context"] = tls_context

    handler = Recorder(args.out, args.data_reply)

    class RecordingController(Controller):
        def factory(self):
            return ScriptedSMTP(self.handler, secret=args.password, **self.SMTP_kwargs)

    controller = RecordingController(
        handler, hostname="127.0.0.1", port=args.port,
        ssl_context=tls_context if args.implicit_tls else None, **smtp_kwargs)
    controller.start()
    print("READY %d" % args.port, flush=True)
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


if __name__ == "__main__":
    sys.exit(main())
