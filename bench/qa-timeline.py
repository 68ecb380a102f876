#!/usr/bin/env python3
"""When each thread of a `glossa qa` run works, and who waits on whom, from a JFR recording.

Usage: GLOSSA_JAVA_OPTS=-XX:StartFlightRecording=filename=qa.jfr,settings=profile ./glossa qa … ;
       bench/qa-timeline.py qa.jfr [bucket_ms]
Prints per thread its execution samples per time bucket (from the JVM's first thread start) with the QA step each
sample is in, then the thread starts and the monitor waits of 10 ms or more (JavaMonitorEnter: a thread blocked on a
lock another holds, e.g. one worker waiting in computeIfAbsent while the other loads a dictionary) with where.
See docs/benchmarks.md, "Issue 17, session 10".
"""
import collections, re, subprocess, sys

STEPS = ["Dictionary.<init>", "Dictionaries.read", "NgramLanguageDetector.loadTikas", "LanguageModel.read",
         "GlossaryReader", "TermChecks.<init>", "Checks.prepareInBackground", "QaInputs.languages", "QaInputs.read",
         "SpellingCheck.check", "WrongLanguageCheck.check", "NumberMismatchCheck.check", "TermMissingCheck.check",
         "TermForbiddenCheck.check", "DateMismatchCheck.check", "QaSession.prepare", "QaSession.add",
         "QaSession.finish", "ReportWriter.write", "QaEngine.check"]


def jfr(path, events, depth):
    return subprocess.run(["jfr", "print", "--events", events, "--stack-depth", str(depth), path],
                          check=True, capture_output=True, text=True).stdout


def ms(clock):
    h, m, s = clock.split(":")
    return (int(h) * 3600 + int(m) * 60 + float(s)) * 1000


def blocks(text):
    for block in re.split(r"\n(?=jdk\.\w+ \{)", text):
        name = block.split(" ", 1)[0]
        start = re.search(r"startTime = (\d+:\d+:[\d.]+)", block)
        thread = re.search(r'(?:sampledThread|eventThread) = "([^"]*)"', block)
        duration = re.search(r"duration = (\S+ \S+)", block)
        stack = block.split("stackTrace = [", 1)[1].split("\n  ]", 1)[0] if "stackTrace = [" in block else ""
        frames = [re.sub(r"\(.*", "", l.strip()) for l in stack.split("\n") if l.strip() and l.strip() != "..."]
        if start:
            yield name, ms(start.group(1)), thread.group(1) if thread else "?", duration.group(1) if duration else "", frames


def step(frames):
    for s in STEPS:
        if any(s in f for f in frames):
            return s
    return next((f for f in frames if f.startswith("org.glossa")), frames[-1] if frames else "?")


def main():
    path, bucket = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 250
    threads = list(blocks(jfr(path, "jdk.ThreadStart,jdk.JavaMonitorEnter", 8)))
    samples = [b for b in blocks(jfr(path, "jdk.ExecutionSample", 200)) if b[0] == "jdk.ExecutionSample"]
    t0 = min([t[1] for t in threads] + [s[1] for s in samples])
    per = collections.defaultdict(lambda: collections.defaultdict(collections.Counter))
    for _, t, thread, _, frames in samples:
        per[thread][int((t - t0) // bucket)][step(frames)] += 1
    print(f"{len(samples)} samples; buckets of {bucket} ms from the first thread start")
    for thread in sorted(per, key=lambda x: min(per[x])):
        b = per[thread]
        print(f"== {thread}: {sum(sum(c.values()) for c in b.values())} samples, {min(b) * bucket / 1000:.2f}–{(max(b) + 1) * bucket / 1000:.2f} s")
        for i in sorted(b):
            print(f"  {i * bucket / 1000:6.2f} s {sum(b[i].values()):3d}  " + ", ".join(f"{k} {n}" for k, n in b[i].most_common(3)))
    print("== thread starts and monitor waits")
    for name, t, thread, duration, frames in sorted(threads, key=lambda x: x[1]):
        where = " < ".join([f for f in frames if "glossa" in f][:2])
        print(f"  {(t - t0) / 1000:6.2f} s {name.replace('jdk.', ''):16} {thread:22} {duration:>9}  {where}")


if __name__ == "__main__":
    main()
