#!/usr/bin/env python3
"""Start-up of the real feder binary next to ghostwriter (the baseline), in interleaved runs.

For a 5,000- and a 50,000-word article, each run starts the program on a real X display and
measures, from the moment it is started:
  window   the first visible top-level window of the process (xdotool, the same for both)
  text     feder: its editor painted the article ("startup: text" on stdout, FEDER_STARTUP_TRACE)
  preview  feder: the preview showed the page ("startup: preview")
  settled  the process tree used less than 2 % of a core for a whole second
  cpu      CPU seconds of the process tree until settled
  pss      proportional memory of the process tree when settled (MiB)
  typing_cpu  CPU seconds of the tree from the first of 200 typed characters (10 a second) to
           12 s after the last
and prints `bench NAME VALUE UNIT` lines with medians, ghostwriter's as baseline_*.

Run (needs xvfb, xdotool and ghostwriter: apt-get install xvfb xdotool ghostwriter):
  xvfb-run -a -s "-screen 0 1600x1000x24" python3 tests/bench/bench_startup.py [--runs 5]
"""
import argparse
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FEDER = os.environ.get("FEDER_BINARY", os.path.join(ROOT, "build", "app", "feder"))
TICK = os.sysconf("SC_CLK_TCK")


def article(words, seed):
    """German prose as bench_spelling's realisticArticle makes it: sentences of the project's own
    articles and corpus, one capitalised word in four swapped for another noun of the de_DE
    dictionary (a long text has many distinct words), one word in 100 with a letter left out."""
    rng = random.Random(seed)
    sentences = []
    for folder in ("articles", "spelling"):
        directory = os.path.join(ROOT, "tests", "data", folder)
        for name in sorted(os.listdir(directory)):
            if not name.endswith(".md") or name == "README.md":
                continue
            with open(os.path.join(directory, name), encoding="utf-8") as f:
                text = f.read()
            body = text.split("\n---\n", 1)[1] if text.startswith("---") else text
            for line in body.split("\n"):
                line = line.strip()
                if not line or not line[0].isalpha() or "http" in line or "`" in line:
                    continue
                for sentence in re.split(r"(?<=[.!?])\s+", line):
                    if sentence.count(" ") >= 4:
                        sentences.append(sentence)
    nouns = []
    with open("/usr/share/hunspell/de_DE.dic", encoding="utf-8") as dic:
        for line in dic.read().split("\n")[1:]:
            stem = line.split("/")[0]
            if stem.isalpha() and stem[0].isupper() and 5 <= len(stem) <= 14:
                nouns.append(stem)
    paragraphs, paragraph, count = [], [], 0
    while count < words:
        ws = rng.choice(sentences).split(" ")
        for i in range(1, len(ws)):
            w = ws[i]
            if w.isalpha() and len(w) >= 5:
                if w[0].isupper() and rng.random() < 0.25:
                    w = rng.choice(nouns)
                if rng.random() < 0.01:
                    k = rng.randrange(1, len(w) - 1)
                    w = w[:k] + w[k + 1:]  # a letter left out
                ws[i] = w
        paragraph.append(" ".join(ws))
        count += len(ws)
        if sum(len(p.split()) for p in paragraph) > 70:
            paragraphs.append(" ".join(paragraph))
            paragraph = []
    paragraphs.append(" ".join(paragraph))
    return "\n\n".join(p for p in paragraphs if p) + "\n"


def tree(pid):
    """The process and all its descendants."""
    pids, frontier = [pid], [pid]
    while frontier:
        parent = frontier.pop()
        try:
            with open(f"/proc/{parent}/task/{parent}/children") as f:
                children = [int(c) for c in f.read().split()]
        except OSError:
            children = []
        pids += children
        frontier += children
    return pids


def cpu_seconds(pids):
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except OSError:
            pass
    return total / TICK


def pss_mib(pids):
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def visible_window(pid):
    out = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                         capture_output=True, text=True).stdout.split()
    return bool(out)


TYPED = "Die Verwaltung hat ihre Terminvergabe umgestellt und das Team arbeitet agil. " * 3


def typing_cpu(process):
    """CPU seconds of the process tree from the first of 200 typed characters (10 a second, real
    X key events into the focused window) to 12 s after the last one."""
    windows = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(process.pid)],
                             capture_output=True, text=True).stdout.split()
    if not windows:
        return None
    # Xvfb has no window manager: give the window the keyboard focus directly.
    subprocess.run(["xdotool", "windowfocus", "--sync", windows[-1]], capture_output=True)
    before = cpu_seconds(tree(process.pid))
    subprocess.run(["xdotool", "type", "--delay", "100", TYPED[:200]], capture_output=True)
    time.sleep(12)
    return cpu_seconds(tree(process.pid)) - before


def measure(command, env):
    start = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               stdin=subprocess.DEVNULL, text=True, start_new_session=True)
    marks = {}

    def read_marks():
        for line in process.stdout:
            if line.startswith("startup: "):
                marks.setdefault(line.split()[1], time.monotonic() - start)
    threading.Thread(target=read_marks, daemon=True).start()

    result = {}
    while "window" not in result and time.monotonic() - start < 60:
        if visible_window(process.pid):
            result["window"] = time.monotonic() - start
        else:
            time.sleep(0.01)
    # Settled: less than 2 % of one core over a whole second.
    last_cpu, last_t = cpu_seconds(tree(process.pid)), time.monotonic()
    while time.monotonic() - start < 120:
        time.sleep(1.0)
        cpu, now = cpu_seconds(tree(process.pid)), time.monotonic()
        if cpu - last_cpu < 0.02 * (now - last_t):
            result["settled"] = last_t - start
            result["cpu"] = last_cpu
            break
        last_cpu, last_t = cpu, now
    result["pss"] = pss_mib(tree(process.pid))
    typed = typing_cpu(process)
    if typed is not None:
        result["typing_cpu"] = typed
    for name in ("text", "preview"):
        if name in marks:
            result[name] = marks[name]
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for tool in ("xdotool", "ghostwriter"):
        if not shutil.which(tool):
            sys.exit(f"bench_startup: {tool} is missing (apt-get install xdotool ghostwriter)")
    if not os.environ.get("DISPLAY"):
        sys.exit("bench_startup: no X display; run it under xvfb-run -a")
    work = tempfile.mkdtemp(prefix="feder-bench-startup-")
    env = dict(os.environ, FEDER_STARTUP_TRACE="1", FEDER_LANG="de", QTWEBENGINE_DISABLE_SANDBOX="1",
               HOME=work, XDG_CONFIG_HOME=os.path.join(work, "config"))
    env.pop("QT_QPA_PLATFORM", None)
    try:
        for words in (5000, 50000):
            md = os.path.join(work, f"artikel-{words}.md")
            with open(md, "w", encoding="utf-8") as f:
                f.write(f"---\ntitle: Artikel mit {words} Wörtern\nslug: artikel-{words}\nlanguage: de-DE\n---\n\n")
                f.write(article(words, words))
            template = os.path.join(work, f"store-{words}.sqlite")
            subprocess.run([FEDER, "init", "--store", template], check=True, capture_output=True)
            subprocess.run([FEDER, "import", "--store", template, md], check=True, capture_output=True)
            feder_runs, ghost_runs = [], []
            for run in range(args.runs):
                store = os.path.join(work, f"run-{words}-{run}.sqlite")
                shutil.copy(template, store)
                # Interleaved: both see the same machine load over the series.
                feder_runs.append(measure([FEDER, "--store", store], env))
                ghost_md = os.path.join(work, f"run-{words}-{run}.md")  # typed into: a copy per run
                shutil.copy(md, ghost_md)
                ghost_runs.append(measure(["ghostwriter", ghost_md], env))
            for key, unit in (("window", "s"), ("text", "s"), ("preview", "s"), ("settled", "s"), ("cpu", "s"), ("pss", "MiB"), ("typing_cpu", "s")):
                values = [r[key] for r in feder_runs if key in r]
                if values:
                    print(f"bench startup_{words}w_{key}_median {statistics.median(values):.3f} {unit}", flush=True)
                baseline = [r[key] for r in ghost_runs if key in r]
                if baseline:
                    print(f"bench baseline_ghostwriter_startup_{words}w_{key}_median {statistics.median(baseline):.3f} {unit}", flush=True)
                if values and baseline:
                    print(f"bench startup_{words}w_{key}_ratio_to_ghostwriter {statistics.median(values) / statistics.median(baseline):.2f} x", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
