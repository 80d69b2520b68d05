"""The client baseline of the load benchmark: a plain Python loop (stdlib only) that logs in,
then pages `GET /agents` 500 at a time and writes each agent as one JSON line on stdout, as
`wazuh-ctl agents list --all -o ndjson` does.

Usage: python3 page_loop.py URL USER PASSWORD  (the server's certificate is not checked: the
benchmark only talks to its own servers on loopback).
"""

import base64
import json
import ssl
import sys
import urllib.request

PAGE = 500


def call(url, path, headers, method="GET"):
    """One request on the unverified loopback TLS context; the decoded JSON answer."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    request = urllib.request.Request(url + path, headers=headers, method=method)
    with urllib.request.urlopen(request, context=context) as answer:
        return json.load(answer)


def main():
    url, user, password = sys.argv[1:4]
    basic = base64.b64encode(f"{user}:{password}".encode()).decode()
    login = call(url, "/security/user/authenticate", {"Authorization": f"Basic {basic}"}, "POST")
    bearer = {"Authorization": f"Bearer {login['data']['token']}"}
    out = sys.stdout
    offset = 0
    while True:
        data = call(url, f"/agents?offset={offset}&limit={PAGE}", bearer)["data"]
        items = data["affected_items"]
        for item in items:
            out.write(json.dumps(item))
            out.write("\n")
        offset += len(items)
        if not items or offset >= data["total_affected_items"]:
            break


if __name__ == "__main__":
    main()
