"""pip-audit of requirements.txt that tolerates a closed network.

Fails (exit 1) only when a pinned package has a known vulnerability; when the vulnerability
service cannot be reached it says so and passes, so CI on a closed network still runs the tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    command = [
        sys.executable,
        "-m",
        "pip_audit",
        "-r",
        str(ROOT / "requirements.txt"),
        "--format",
        "json",
        "--progress-spinner",
        "off",
        "--timeout",
        "20",
    ]
    try:
        run = subprocess.run(command, capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        print("pip-audit: the vulnerability service did not answer in time; audit skipped")
        return 0
    try:
        report = json.loads(run.stdout or "{}")
    except json.JSONDecodeError:
        print(f"pip-audit: could not run ({(run.stderr or run.stdout).strip()[-300:]}); audit skipped")
        return 0
    dependencies = report.get("dependencies", [])
    vulnerable = [d for d in dependencies if d.get("vulns")]
    audited = [d for d in dependencies if "skip_reason" not in d]
    for dependency in vulnerable:
        ids = ", ".join(v.get("id", "?") for v in dependency["vulns"])
        print(f"pip-audit: {dependency['name']} {dependency.get('version')}: {ids}")
    if vulnerable:
        return 1
    if not audited:
        print(
            f"pip-audit: the vulnerability service could not be reached for any of {len(dependencies)} "
            "packages; audit skipped"
        )
        return 0
    print(f"pip-audit: no known vulnerabilities in {len(audited)} packages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
