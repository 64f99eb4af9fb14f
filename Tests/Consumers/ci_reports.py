#!/usr/bin/env python3
"""Reads translint's CI reports with the tools CI systems use, and checks that they say what
the gate says.

    ci_reports.py BINARY

Runs `translint check` over Corpora/ (and over a small folder of hostile file names) in the
json, junit, sarif and github formats; then
  - junitparser: one test per document, failures = documents that fail the gate, errors =
    documents not checked, every case timed;
  - sarif-tools: the SARIF log loads, its results are the findings, every artifact URI is an
    RFC 3986 reference relative to %SRCROOT% that resolves to the file, fingerprints unique;
  - the GitHub workflow-command rules: a failing document has an ::error, the annotation
    slots go to failing documents first, no column on an annotation that spans lines.
Exits 1 on the first disagreement, naming it.
"""
import json
import os
import subprocess
import sys
import tempfile
import urllib.parse

from junitparser import JUnitXml, Failure, Error
from sarif import loader

from expectations import binary, check, root, settle


def run(arguments, cwd=root):
    result = subprocess.run([binary, "check", "--no-config"] + arguments, cwd=cwd, capture_output=True, text=True)
    return result.stdout


def verdicts(target, cwd=root):
    report = json.loads(run(["--format", "json", target], cwd))
    return report["documents"], report["summary"]


def junit(target, cwd=root):
    documents, summary = verdicts(target, cwd)
    with tempfile.NamedTemporaryFile("w", suffix=".xml", delete=False) as handle:
        handle.write(run(["--format", "junit", target], cwd))
    xml = JUnitXml.fromfile(handle.name)
    cases = [case for suite in xml for case in suite]
    failed = [case for case in cases if any(isinstance(r, Failure) for r in case.result)]
    errors = [case for case in cases if any(isinstance(r, Error) for r in case.result)]
    check(len(cases) == summary["documents"], f"junit: {len(cases)} test cases for {summary['documents']} documents")
    check(len(failed) == summary["failed"] - summary["errors"], f"junit: {len(failed)} failures for {summary['failed'] - summary['errors']} documents failing the gate")
    check(len(errors) == summary["errors"], f"junit: {len(errors)} errors for {summary['errors']} documents not checked")
    check(all(case.time is not None for case in cases), "junit: a test case without time")
    for case in failed:
        message = case.result[0].message
        check(message.count("score") <= 1, f"junit: repeated text in '{message}'")
    print(f"junit ({target}): {len(cases)} cases, {len(failed)} failures, {len(errors)} errors, as the gate says")


def sarif(target, cwd=root):
    documents, summary = verdicts(target, cwd)
    path = os.path.join(tempfile.mkdtemp(), "report.sarif")
    with open(path, "w") as handle:
        handle.write(run(["--format", "sarif", target], cwd))
    log = loader.load_sarif_file(path)
    results = log.get_results()
    check(len(results) == summary["findings"], f"sarif: {len(results)} results for {summary['findings']} findings")
    data = json.load(open(path))
    run_object = data["runs"][0]
    base = run_object["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    check(base.startswith("file:///") and base.endswith("/"), f"sarif: %SRCROOT% is {base}")
    for artifact in run_object["artifacts"]:
        location = artifact["location"]
        uri = location["uri"]
        parsed = urllib.parse.urlsplit(uri)
        check(parsed.scheme == "" and parsed.query == "" and parsed.fragment == "", f"sarif: '{uri}' is not a relative reference")
        check(location.get("uriBaseId") == "%SRCROOT%", f"sarif: '{uri}' has no uriBaseId")
        resolved = urllib.parse.unquote(urllib.parse.urlsplit(urllib.parse.urljoin(base, uri)).path)
        check(os.path.exists(resolved), f"sarif: '{uri}' resolves to {resolved}, which does not exist")
    fingerprints = [(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["partialFingerprints"]["translintFinding/v2"]) for r in run_object["results"]]
    check(len(set(fingerprints)) == len(fingerprints), "sarif: two results share a fingerprint")
    check(all("primaryLocationLineHash" in r["partialFingerprints"] for r in run_object["results"]), "sarif: a result without primaryLocationLineHash")
    notifications = run_object["invocations"][0].get("toolExecutionNotifications", [])
    check(len(notifications) == summary["errors"], f"sarif: {len(notifications)} notifications for {summary['errors']} inputs not checked")
    print(f"sarif ({target}): {len(results)} results, {len(run_object['artifacts'])} artifacts resolved, fingerprints unique, {len(notifications)} notifications")


def github(target, cwd=root):
    documents, summary = verdicts(target, cwd)
    lines = run(["--format", "github", target], cwd).splitlines()
    annotations = [line for line in lines if line.startswith(("::error ", "::warning ", "::notice "))]
    gate_errors = [line for line in annotations if "title=translint%3A gate failed" in line]
    failing = [d for d in documents if not d["passed"] and d["error"] is None]
    check(len(gate_errors) == min(len(failing), 10), f"github: {len(gate_errors)} gate errors for {len(failing)} failing documents")
    for line in annotations:
        properties = dict(part.split("=", 1) for part in line.split(" ", 1)[1].split("::", 1)[0].split(","))
        if properties.get("endLine", properties.get("line")) != properties.get("line"):
            check("col" not in properties and "endColumn" not in properties, f"github: columns on a multi-line annotation: {line[:120]}")
    def prop(text):  # a workflow-command property, escaped as GitHub reads it
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A").replace(":", "%3A").replace(",", "%2C")
    failing_files = {prop(os.path.relpath(os.path.join(cwd, d["path"]), cwd)) for d in failing}
    for kind in ("warning", "notice"):
        held = [line for line in annotations if line.startswith(f"::{kind} ") and "file=" in line]
        files = [line.split("file=", 1)[1].split(",", 1)[0] for line in held]
        first_passing = next((i for i, f in enumerate(files) if f not in failing_files), len(files))
        check(all(f not in failing_files for f in files[first_passing:]), f"github: a {kind} slot went to a passing document before a failing one")
    print(f"github ({target}): {len(annotations)} annotations, {len(gate_errors)} gate errors")


folder = tempfile.mkdtemp()
os.makedirs(os.path.join(folder, "désk #1"))
with open(os.path.join(folder, "désk #1", "a story?.en.txt"), "w") as handle:
    handle.write("The the committee met on Monday.\n\nIt approved the plan, “We agree.”It said.\n")
with open(os.path.join(folder, "désk #1", "broken.en.txt"), "wb") as handle:
    handle.write(b"Good line.\nBad \xff byte.\n")

for target, cwd in (("Corpora", root), (".", folder)):
    junit(target, cwd)
    sarif(target, cwd)
    github(target, cwd)

settle("the CI reports agree with the gate")
