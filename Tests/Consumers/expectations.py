"""What the consumer scripts share: the binary and repository they test, and expectations
that are collected (each failure printed as it is found) and settled at the end."""
import os
import sys

binary = os.path.abspath(sys.argv[1])
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
failures = []


def check(condition, message):
    """Records `message` as a failure unless `condition` holds."""
    if not condition:
        failures.append(message)
        print("FAIL", message)


def settle(success):
    """Exits 1 when anything failed, else prints `success`."""
    if failures:
        print(f"{len(failures)} failures")
        sys.exit(1)
    print(success)
