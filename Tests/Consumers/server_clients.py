#!/usr/bin/env python3
"""Starts `translint serve` and drives it with real clients:

  - the unmodified language_tool_python (PyPI) pointed at it with remote_server=, on texts
    with emoji and CJK: every match's offset and length select the flagged text in Python;
  - schemathesis (PyPI), from the served openapi.yaml, against the native API: no 5xx and
    responses that match the document;
  - malformed and hostile requests over a real socket: 4xx JSON errors, and the server
    keeps serving; SIGHUP reloads, SIGTERM stops it cleanly.

    server_clients.py BINARY
"""
import atexit
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import language_tool_python

from expectations import binary, check, root, settle


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


port = free_port()
base = f"http://127.0.0.1:{port}"
server = subprocess.Popen([binary, "serve", "--port", str(port), "--no-config", "--offer", "news", "--workers", "2", "--body-timeout", "2"], cwd=root,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
# However this script ends, the server does not outlive it.
atexit.register(lambda: server.poll() is None and server.kill())
for _ in range(100):
    try:
        urllib.request.urlopen(base + "/healthz", timeout=1)
        break
    except OSError:
        time.sleep(0.1)
else:
    print(server.stdout.read())
    sys.exit("the server did not start")

# language_tool_python, unmodified.
tool = language_tool_python.LanguageTool("en-US", remote_server=base)
texts = [
    "😀 The the committee met on Monday. “We will not resign.”The minister left.",
    "日本の記者 said that that the plan 🇫🇷 was approved. “Yes.”He nodded.",
]
for text in texts:
    matches = tool.check(text)
    check(matches, f"language_tool_python got no match for {text!r}")
    for match in matches:
        flagged = text[match.offset:match.offset + match.error_length]
        check(flagged.strip() != "", f"empty span for {match.rule_id} in {text!r}")
        if match.rule_id == "duplication.word":
            check(flagged.lower().split()[0] == flagged.lower().split()[-1], f"duplication.word selects {flagged!r} in {text!r}")
        if match.rule_id == "quotes.glued-closing":
            check(flagged.startswith("”"), f"quotes.glued-closing selects {flagged!r} in {text!r}")
    print(f"language_tool_python: {len(matches)} matches on {text[:30]!r}…: " + ", ".join(f"{m.rule_id}@{m.offset}" for m in matches))
corrected = tool.correct("The the committee met.")
check(corrected == "The committee met.", f"language_tool_python's correct() gives {corrected!r}")
tool.disabled_rules = {"duplication.word"}
check(all(m.rule_id != "duplication.word" for m in tool.check(texts[0])), "disabledRules is not honoured")
french = language_tool_python.LanguageTool("fr", remote_server=base)
check(any(m.rule_id.startswith("spacing.") for m in french.check("Il a dit: « non ».")), "French spacing not reported through the client")


def request(path, body=None, headers=None, method=None):
    data = body.encode() if isinstance(body, str) else body
    req = urllib.request.Request(base + path, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


form = {"Content-Type": "application/x-www-form-urlencoded"}
for path, body, headers, expected in [
    ("/v2/check", "language=en&text=%E0%A4", form, 400),
    ("/v2/check", b"language=en&text=\xff", form, 400),
    ("/v2/check", "language=klingon&text=Hello", form, 400),
    ("/v2/check", "text=Hello", form, 400),
    ("/v1/check", '{"text": ["not", "a", "string"]}', {"Content-Type": "application/json"}, 400),
    ("/v1/check", '{"text": "x", "rules": "../../etc/passwd"}', {"Content-Type": "application/json"}, 400),
    ("/v1/check", "{" * 5000, {"Content-Type": "application/json"}, 400),
    ("/v1/check", "x" * (3 << 20), {"Content-Type": "application/json"}, 413),
]:
    status, content = request(path, body, headers, "POST")
    check(status == expected, f"{path} {str(body)[:30]!r}: status {status}, expected {expected}")
    try:
        check(json.loads(content)["error"]["status"] == expected, f"{path}: the error body is not JSON: {content[:100]!r}")
    except (ValueError, KeyError):
        check(False, f"{path}: the error body is not JSON: {content[:100]!r}")

# A body that never ends: a 408 JSON error after the body time limit, and the server keeps serving.
slow = socket.create_connection(("127.0.0.1", port))
slow.settimeout(10)
slow.sendall(b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"text\":")
status, _ = request("/healthz")
check(status == 200, "the server stopped serving while a body was pending")
started = time.monotonic()
try:
    answer = slow.recv(4096).decode(errors="replace")
except socket.timeout:
    answer = ""
check(answer.startswith("HTTP/1.1 408") and '"status":408' in answer, f"a stalled body got {answer[:120]!r} after {time.monotonic() - started:.1f} s")
slow.close()

# schemathesis from the served document.
schemathesis = os.path.join(os.path.dirname(sys.executable), "schemathesis")
schema = subprocess.run([schemathesis, "run", base + "/openapi.yaml", "--checks", "not_a_server_error,response_schema_conformance",
                         "--max-examples", "150", "--seed", "1"], capture_output=True, text=True)
tail = "\n".join(schema.stdout.splitlines()[-15:])
check(schema.returncode == 0, f"schemathesis found problems:\n{tail}\n{schema.stderr[-2000:]}")
print("schemathesis:", tail.splitlines()[-1] if tail else "(no output)")

# SIGHUP reloads, SIGTERM stops after the requests in flight.
server.send_signal(signal.SIGHUP)
time.sleep(0.5)
status, content = request("/healthz")
check(status == 200 and json.loads(content)["generation"] == 1, f"SIGHUP did not reload: {content!r}")
server.send_signal(signal.SIGTERM)
try:
    server.wait(timeout=15)
except subprocess.TimeoutExpired:
    server.kill()
    check(False, "SIGTERM did not stop the server")
check(server.returncode == 0, f"the server exited {server.returncode} on SIGTERM")

settle("the server answers the real LanguageTool client, schemathesis and hostile requests")
