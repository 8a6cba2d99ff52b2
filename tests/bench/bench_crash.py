"""Crash test at length: a writer SIGKILLed at 1,000 random moments (tests/store/test_crash.py runs 50).

    python tests/bench/bench_crash.py [--trials 1000] [--seed 19]

After every kill: the store passes integrity_check and holds every customer and repair order whose commit
had returned (reported by the child through a file fsync'd before it went on); then the app's open path
opens it. Prints the counts. POSIX only (fork + SIGKILL). Not collected by pytest.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root: tests.store.test_crash


def main() -> int:
    from tests.store.test_crash import run_trials

    ap = argparse.ArgumentParser()
    ap.add_argument("--trials", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=19)
    args = ap.parse_args()
    start = time.perf_counter()
    results = run_trials(Path(tempfile.mkdtemp(prefix="dd-crash-")), args.trials, args.seed)
    bad = [i for i, r in enumerate(results) if r["integrity"] != "ok"]
    lost = [i for i, r in enumerate(results) if r["lost_customers"] or r["lost_orders"]]
    print(f"{len(results)} kills in {time.perf_counter() - start:.0f} s; rows promised by the end "
          f"{results[-1]['promised']}; integrity failures {len(bad)}; trials that lost a committed row {len(lost)}")
    return 1 if bad or lost else 0


if __name__ == "__main__":
    raise SystemExit(main())
