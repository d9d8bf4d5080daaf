"""Make docs/report.png, the README's picture of page 1 of the report, from the current code.

    python docs/make_report_png.py            # writes docs/report.png (needs Chromium)
    python docs/make_report_png.py --dry-run  # prints the commands, runs only the report

The report is the one the README describes: the 17-year-old in Agder (examples/neet-17-agder-it.yaml),
in bokmål, planned on a fixed day so that the picture changes only when the code or the rules do.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "neet-17-agder-it.yaml"
OUTPUT = ROOT / "docs" / "report.png"
AS_OF = "2026-11-26"
SIZE = (860, 760)  # the top of page 1: the summary, what comes first and the timeline


def report_command(html: Path) -> list[str]:
    return [sys.executable, "-m", "pathway", "report", str(EXAMPLE), "--lang", "nb", "--as-of", AS_OF, "-o", str(html)]


def screenshot_command(browser: str, html: Path, png: Path, profile: Path) -> list[str]:
    return [
        browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
        f"--user-data-dir={profile}", f"--window-size={SIZE[0]},{SIZE[1]}", f"--screenshot={png}", html.as_uri(),
    ]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print the commands; make the report only")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "report.html"
        subprocess.run(report_command(html), check=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT), **_env()})
        browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
        shot = screenshot_command(browser or "chromium", html, args.output, Path(tmp) / "profile")
        if args.dry_run:
            print(" ".join(report_command(html)))
            print(" ".join(shot))
            return 0
        if browser is None:
            print("make_report_png: Chromium is needed (chromium, chromium-browser or google-chrome)", file=sys.stderr)
            return 2
        subprocess.run(shot, check=True, capture_output=True)
    print(f"wrote {args.output}")
    return 0


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


if __name__ == "__main__":
    sys.exit(main())
