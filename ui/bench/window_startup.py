#!/usr/bin/env python3
"""The window's rows of `make bench-scale`: cold start to the first painted article list, and
the peak memory of the app with its WebKit processes, on a given database, under Xvfb.

Usage: window_startup.py APP DB [RUNS]   (APP built with `--features custom-protocol`)

Each run starts the app with CLAIMDESK_BENCH_STARTUP=1: the window prints
`app_first_list_ms N` (milliseconds from the start of `main` to two frames after the first page
of the list arrived) and quits. Meanwhile the resident memory of the app's process tree is
summed every 20 ms. Prints the median over the runs, and the highest peak, one figure a line.
"""
import os
import statistics
import subprocess
import sys
import threading
import time


def tree_rss_kb(root):
    """Resident memory of `root` and every process below it, in KiB."""
    parents, rss = {}, {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{pid}/statm") as f:
                pages = int(f.read().split()[1])
        except (OSError, IndexError, ValueError):
            continue
        parents[int(pid)] = int(fields[1])
        rss[int(pid)] = pages * os.sysconf("SC_PAGE_SIZE") // 1024
    inside = {root}
    grew = True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in inside and pid not in inside:
                inside.add(pid)
                grew = True
    return sum(rss.get(pid, 0) for pid in inside)


def one_run(app, db):
    env = dict(os.environ, CLAIMDESK_DB=db, CLAIMDESK_BENCH_STARTUP="1")
    cmd = ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", app]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, text=True)
    peak = [0]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss_kb(proc.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        out, _ = proc.communicate(timeout=300)
    finally:
        done.set()
        sampler.join()
    for line in out.splitlines():
        if line.startswith("app_first_list_ms "):
            return int(line.split()[1]), peak[0] / 1024
    raise SystemExit(f"the app never reported its first article list (exit {proc.returncode})")


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    app, db = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    results = [one_run(app, db) for _ in range(runs)]
    print(f"app_first_list_ms {statistics.median(ms for ms, _ in results):.0f}")
    print(f"app_peak_rss_mb {max(mb for _, mb in results):.0f}")


if __name__ == "__main__":
    main()
