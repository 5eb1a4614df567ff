#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The same registration as `synapse-registrar-cli register -u USER -p PW -k SECRET URL`, with the
Python standard library only: the yardstick for the CLI's whole-process time."""
import hashlib
import hmac
import json
import sys
import urllib.request

user, password, secret, url = sys.argv[1:5]
endpoint = url.rstrip("/") + "/_synapse/admin/v1/register"
with urllib.request.urlopen(endpoint, timeout=30) as reply:
    nonce = json.load(reply)["nonce"]
mac = hmac.new(secret.encode(), digestmod=hashlib.sha1)
mac.update(b"\x00".join([nonce.encode(), user.encode(), password.encode(), b"notadmin"]))
body = json.dumps({"nonce": nonce, "username": user, "password": password, "admin": False,
                   "mac": mac.hexdigest()}).encode()
request = urllib.request.Request(endpoint, data=body, headers={"Content-Type": "application/json"})
with urllib.request.urlopen(request, timeout=30) as reply:
    result = json.load(reply)
for key in ("user_id", "home_server", "access_token", "device_id"):
    if key in result:
        print(f"{key}: {result[key]}")
