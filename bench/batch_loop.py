#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Registers COUNT users over one kept-alive HTTP connection, one after another, with the Python
standard library: the local homeserver's own limit for the batch benchmark."""
import hashlib
import hmac
import http.client
import json
import sys
import time
import urllib.parse

url, secret, count, prefix = sys.argv[1], sys.argv[2].encode(), int(sys.argv[3]), sys.argv[4]
parsed = urllib.parse.urlparse(url)
connection = http.client.HTTPConnection(parsed.hostname, parsed.port)
path = "/_synapse/admin/v1/register"
start = time.monotonic()
for i in range(count):
    connection.request("GET", path)
    nonce = json.loads(connection.getresponse().read())["nonce"]
    user, password = f"{prefix}{i}", "bench-password-1"
    mac = hmac.new(secret, b"\x00".join([nonce.encode(), user.encode(), password.encode(), b"notadmin"]),
                   hashlib.sha1).hexdigest()
    body = json.dumps({"nonce": nonce, "username": user, "password": password, "admin": False,
                       "mac": mac, "inhibit_login": True})
    connection.request("POST", path, body, {"Content-Type": "application/json"})
    reply = connection.getresponse()
    reply.read()
    if reply.status != 200:
        sys.exit(f"registration failed: {reply.status}")
print(f"{time.monotonic() - start:.3f}")
