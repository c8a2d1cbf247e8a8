#!/usr/bin/env python3
"""Sends the request shapes of issue 9 to a server jar on a 512 MB heap, one at a time and
then in concurrent copies, and prints each one's time, status, answer size and the heap
peak (from the GC log) while it ran, then whether the server still answers.

    bench/abuse.py [--jar target/diplograph-0.1.0-SNAPSHOT.jar] [--port 8091] [--xmx 512m]
                   [--timeout 180] [--concurrent 2,4] [--shapes 1,2,3,4,5] [--server-arg=--some.property=value ...]

With --server-arg=--diplograph.limits.max-complexity=1000000000 the cost check lets every
shape run, which shows what the limits that act while a request runs do on their own.

The server runs on the embedded database in memory with the seed in ../shared/seeds.
"""
import argparse
import json
import os
import random
import re
import string
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def network_bodies():
    aliases = " ".join(
        "n%d: network(depth: 2) { edges { articles { body } } }" % i for i in range(4))
    return ('{ actor(id: "actor:haluk-gorgun") { network(depth: 1) { edges { articles { mentions { actor { '
            + aliases + " } } } } } } }"), None


def network_of_networks():
    return ('{ actor(id: "actor:country-bd") { network(depth: 2) { edges { articles { mentions { actor { '
            'network(depth: 2) { edges { articles { id } } } } } } } } } }'), None


def nodes_of_networks():
    ids = ", ".join('"actor:country-bd"' for _ in range(100))
    return ("{ nodes(ids: [" + ids + "]) { ... on Actor { network(depth: 2) { edges { articles { body } } } } } }"), None


def fuzzy_searches():
    rnd = random.Random(9)
    parts = []
    for i in range(30):
        words = " ".join("".join(rnd.choice(string.ascii_lowercase) for _ in range(23)) for _ in range(20))
        parts.append('s%d: search(query: "%s", first: 1) { totalCount }' % (i, words))
    return "{ " + " ".join(parts) + " }", None


def long_mentions():
    return ("query($m: [String!]) { articles(filter: {mentions: $m}) { totalCount edges { node { id } } } }",
            {"m": ["BD"] * 16000})


SHAPES = {
    "1": ("network of mentions of networks, with bodies", network_bodies),
    "2": ("network of mentions of depth-2 networks", network_of_networks),
    "3": ("nodes(ids: 100 x BD) with networks and bodies", nodes_of_networks),
    "4": ("30 aliases of search with 20 fuzzy words", fuzzy_searches),
    "5": ("articles(filter: {mentions: 16,000 x BD})", long_mentions),
}

GC_LINE = re.compile(r"\[(\d+\.\d+)s\].*?(\d+)M->(\d+)M\((\d+)M\)")


class Heap:
    """Samples heap use with jstat every 50 ms and reads GC pauses from the GC log."""

    def __init__(self, pid, gc_log, started):
        self.pid = pid
        self.started = started
        self.gc_log = gc_log
        self.samples = []
        self.running = True
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        proc = subprocess.Popen(["jstat", "-gc", str(self.pid), "50"], stdout=subprocess.PIPE, text=True)
        header = None
        for line in proc.stdout:
            if not self.running:
                break
            cols = line.split()
            if header is None or cols[0] == "S0C":
                header = cols
                continue
            values = dict(zip(header, cols))
            try:
                used = sum(float(values[k]) for k in ("S0U", "S1U", "EU", "OU")) / 1024
            except (KeyError, ValueError):
                continue
            self.samples.append((time.time(), used))
        proc.kill()

    def peak(self, start, end):
        sampled = [used for (t, used) in self.samples if start <= t <= end + 0.1]
        return max(sampled) if sampled else float("nan")

    def retained(self, start, end):
        """The most the heap held after a collection while the request ran (its live data)."""
        uptime_start = start - self.started
        uptime_end = end - self.started + 0.1
        after = []
        with open(self.gc_log) as log:
            for line in log:
                match = GC_LINE.search(line)
                if match and uptime_start <= float(match.group(1)) <= uptime_end:
                    after.append(int(match.group(3)))
        return ("%d MB" % max(after)) if after else "no GC"

    def collect(self):
        """A full collection, so that a request starts from the live heap."""
        subprocess.run(["jcmd", str(self.pid), "GC.run"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.5)

    def before(self, start):
        earlier = [used for (t, used) in self.samples if t <= start]
        return earlier[-1] if earlier else float("nan")

    def stop(self):
        self.running = False


def post(port, query, variables, timeout):
    body = json.dumps({"query": query, "variables": variables}).encode()
    request = urllib.request.Request("http://127.0.0.1:%d/graphql" % port, data=body,
                                     headers={"Content-Type": "application/json"})
    started = time.time()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        data = error.read()
        status = error.code
    except Exception as error:  # connection reset, timeout
        return time.time() - started, "-", 0, str(error)[:80]
    elapsed = time.time() - started
    first_error = ""
    try:
        answer = json.loads(data)
        if answer.get("errors"):
            first_error = "%d error(s): %s" % (len(answer["errors"]), answer["errors"][0].get("message", "")[:110])
    except ValueError:
        first_error = "not JSON"
    return elapsed, status, len(data), first_error


def trivial(port):
    elapsed, status, size, error = post(port, "{ __typename }", None, 10)
    return "answers (%d ms)" % (elapsed * 1000) if status == 200 else "NOT ANSWERING (%s %s)" % (status, error)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jar", default=os.path.join(ROOT, "target/diplograph-0.1.0-SNAPSHOT.jar"))
    parser.add_argument("--port", type=int, default=8091)
    parser.add_argument("--xmx", default="512m")
    parser.add_argument("--timeout", type=float, default=180)
    parser.add_argument("--concurrent", default="2,4")
    parser.add_argument("--shapes", default="1,2,3,4,5")
    parser.add_argument("--seeds", default=os.path.join(ROOT, "../shared/seeds"))
    parser.add_argument("--server-arg", action="append", default=[],
                        help="an extra argument for the server, such as --diplograph.limits.max-complexity=1000000000")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="diplograph-abuse.")
    gc_log = os.path.join(work, "gc.log")
    log = open(os.path.join(work, "server.log"), "w")
    started = time.time()
    server = subprocess.Popen(
        ["java", "-Xmx" + args.xmx, "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:file=" + gc_log,
         "-jar", args.jar, "--server.port=%d" % args.port, "--diplograph.embedded.in-memory=true",
         "--diplograph.seed.source-dir=" + args.seeds] + args.server_arg,
        stdout=log, stderr=subprocess.STDOUT)
    try:
        for _ in range(120):
            time.sleep(1)
            try:
                urllib.request.urlopen("http://127.0.0.1:%d/actuator/health" % args.port, timeout=2)
                break
            except Exception:
                if server.poll() is not None:
                    sys.exit("server exited; see " + work)
        heap = Heap(server.pid, gc_log, started)
        time.sleep(1)
        print("jar %s, -Xmx%s, logs in %s" % (os.path.basename(args.jar), args.xmx, work))
        for key in args.shapes.split(","):
            name, make = SHAPES[key]
            query, variables = make()
            heap.collect()
            start = time.time()
            base = heap.before(start)
            elapsed, status, size, error = post(args.port, query, variables, args.timeout)
            end = time.time()
            time.sleep(0.3)
            print("shape %s (%s): %.1f s, HTTP %s, %s bytes, heap %.0f MB before, peak %.0f MB, most retained after a GC %s; %s; then %s"
                  % (key, name, elapsed, status, format(size, ","), base, heap.peak(start, end), heap.retained(start, end),
                     error or "no errors",
                     trivial(args.port) if server.poll() is None else "SERVER EXITED"))
            if server.poll() is not None:
                break
        for copies in [int(c) for c in args.concurrent.split(",") if c]:
            if server.poll() is not None:
                break
            for key in ("1", "3"):
                name, make = SHAPES[key]
                query, variables = make()
                results = [None] * copies
                heap.collect()
                start = time.time()
                base = heap.before(start)

                def send(i):
                    results[i] = post(args.port, query, variables, args.timeout)

                threads = [threading.Thread(target=send, args=(i,)) for i in range(copies)]
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join()
                end = time.time()
                time.sleep(0.3)
                print("%d copies of shape %s: slowest %.1f s, statuses %s, heap %.0f MB before, peak %.0f MB, most retained after a GC %s; %s; then %s"
                      % (copies, key, max(r[0] for r in results), [r[1] for r in results], base,
                         heap.peak(start, end), heap.retained(start, end), results[0][3] or "no errors",
                         trivial(args.port) if server.poll() is None else "SERVER EXITED (code %s)" % server.poll()))
                if server.poll() is not None:
                    break
        heap.stop()
    finally:
        if server.poll() is None:
            server.terminate()
            try:
                server.wait(20)
            except subprocess.TimeoutExpired:
                server.kill()
        log.close()


if __name__ == "__main__":
    main()
