#!/usr/bin/env python3
"""Runs the unmodified pre-commit (from PyPI) with translint as a `language: system` hook from
a `repo: local` entry — the set-up that needs no network once translint is installed — in a
new git repository, and checks that it blocks a commit of a defective article and lets a
clean one through.

    pre_commit_hook.py BINARY
"""
import os
import shutil
import subprocess
import sys
import tempfile

binary = os.path.abspath(sys.argv[1])
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
work = tempfile.mkdtemp()
bin_dir = os.path.join(work, "bin")
os.makedirs(bin_dir)
os.symlink(binary, os.path.join(bin_dir, "translint"))
repository = os.path.join(work, "articles")
os.makedirs(repository)
environment = dict(os.environ, PATH=bin_dir + os.pathsep + os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"],
                   PRE_COMMIT_HOME=os.path.join(work, "cache"), GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org",
                   GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org", TRANSLINT_RULES=os.path.join(root, "Rules"))


def git(*arguments):
    return subprocess.run(["git", *arguments], cwd=repository, env=environment, capture_output=True, text=True)


git("init", "-q")
with open(os.path.join(repository, ".pre-commit-config.yaml"), "w") as handle:
    handle.write("""repos:
  - repo: local
    hooks:
      - id: translint
        name: translint
        language: system
        entry: translint check --quiet
        files: \\.(txt|md|html|xlf|po|jsonl)$
""")
shutil.copy(os.path.join(root, "Corpora/en/articles/factory-orders.en.txt"), os.path.join(repository, "clean.en.txt"))
git("add", ".")
hook = subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files"], cwd=repository, env=environment, capture_output=True, text=True)
clean_status = hook.returncode
with open(os.path.join(repository, "bad.en.txt"), "w") as handle:
    handle.write("The the minister said “We will not resign.”The minister left. Officials confirmed that The budget was cut.\n")
git("add", ".")
blocked = subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files"], cwd=repository, env=environment, capture_output=True, text=True)
failures = []
if clean_status != 0:
    failures.append(f"the clean article was blocked:\n{hook.stdout}{hook.stderr}")
if blocked.returncode == 0 or "bad.en.txt" not in blocked.stdout:
    failures.append(f"the defective article was not blocked (status {blocked.returncode}):\n{blocked.stdout}{blocked.stderr}")
for failure in failures:
    print("FAIL", failure)
if failures:
    sys.exit(1)
print("pre-commit: a local system hook passes the clean article and blocks the defective one")
