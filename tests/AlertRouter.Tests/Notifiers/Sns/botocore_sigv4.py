"""Signs request descriptions with botocore's SigV4 signer and prints what botocore computed.

The tests use it as the reference for AlertRouter's own signer, the way they use amtool and Alertmanager. Run it with
Debian's /usr/bin/python3 and python3-botocore (1.29.27); ./test.sh installs the package.

stdin: a JSON list of request descriptions (or a single one):
  {"method": "POST", "url": "https://host/path?query", "headers": [["Name", "value"], ...], "body": "text",
   "credentials": {"access_key_id": "...", "secret_access_key": "...", "session_token": "..."},
   "sign_session_token": true, "sign_body": false,
   "region": "us-east-1", "service": "sns", "time": "2026-03-14T09:26:53Z"}
stdout: one JSON line holding, per description (a list for a list):
  {"canonical_request": ..., "string_to_sign": ..., "signature": ..., "authorization": ...,
   "added_headers": [["Name", "value"], ...]}   (the headers the signing added, in the order added)

The URL is given as a client sends it: the path unencoded (botocore percent-encodes it), the query already in its
encoded wire form (botocore signs the query exactly as given, as its own serializers produce it).
botocore always signs a session token: "sign_session_token": false signs without the token and adds the
X-Amz-Security-Token header afterwards, which is what sending the token unsigned means.
"sign_body": true uses botocore's S3 signer, the one that adds and signs X-Amz-Content-SHA256; it does not normalise
the path, so such descriptions use a plain path.
"""

import datetime
import json
import sys
import types

try:
    import botocore.auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials
except ImportError:
    sys.exit("python3-botocore is not installed; run ./test.sh, which installs the Debian packages the tests need")


def pin_clock(moment):
    """botocore takes the signing time from datetime.datetime.utcnow(); make that return `moment` (naive UTC)."""

    class PinnedClock(datetime.datetime):
        @classmethod
        def utcnow(cls):
            return moment

    botocore.auth.datetime = types.SimpleNamespace(datetime=PinnedClock)


def recording(signer_class):
    """The signer with the intermediate strings kept, which add_auth computes but does not return."""

    class Recording(signer_class):
        def canonical_request(self, request):
            self.recorded_canonical_request = super().canonical_request(request)
            return self.recorded_canonical_request

        def string_to_sign(self, request, canonical_request):
            self.recorded_string_to_sign = super().string_to_sign(request, canonical_request)
            return self.recorded_string_to_sign

        def signature(self, string_to_sign, request):
            self.recorded_signature = super().signature(string_to_sign, request)
            return self.recorded_signature

    return Recording


def sign(description):
    creds = description["credentials"]
    token = creds.get("session_token") or None
    signed_token = token if description.get("sign_session_token", True) else None
    moment = datetime.datetime.fromisoformat(description["time"].replace("Z", "+00:00"))
    pin_clock(moment.astimezone(datetime.timezone.utc).replace(tzinfo=None))

    request = AWSRequest(method=description["method"], url=description["url"],
                         data=description.get("body", "").encode("utf-8"))
    for name, value in description["headers"]:
        request.headers[name] = value  # appends: repeated names stay separate, in order
    sent = list(request.headers.items())

    signer_class = botocore.auth.S3SigV4Auth if description.get("sign_body") else botocore.auth.SigV4Auth
    signer = recording(signer_class)(
        Credentials(creds["access_key_id"], creds["secret_access_key"], signed_token),
        description["service"], description["region"])
    signer.add_auth(request)
    if token is not None and signed_token is None:
        request.headers["X-Amz-Security-Token"] = token

    after = list(request.headers.items())
    if after[:len(sent)] != sent:
        raise SystemExit(f"botocore changed the request's own headers: {sent} -> {after}")
    return {
        "canonical_request": signer.recorded_canonical_request,
        "string_to_sign": signer.recorded_string_to_sign,
        "signature": signer.recorded_signature,
        "authorization": request.headers["Authorization"],
        "added_headers": [[name, value] for name, value in after[len(sent):]],
    }


def main():
    given = json.load(sys.stdin.buffer)
    result = [sign(d) for d in given] if isinstance(given, list) else sign(given)
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
