#!/usr/bin/env python3
"""Indexing lag of chat messages into search, through the HTTP API (see deploy/bench/search-lag)."""
import argparse
import http.client
import json
import math
import random
import statistics
import string
import sys
import threading
import time
import urllib.parse

POLL_INTERVAL = 0.05  # seconds between searches while messages are pending
WORDS_PER_QUERY = 40  # q is at most 1000 characters; each word is 16 letters and a space
SETTLE_TIMEOUT = 120  # seconds to wait for the last messages after posting stops


def word():
    return "zq" + "".join(random.choice(string.ascii_lowercase) for _ in range(14))


class Api:
    def __init__(self, base, token):
        url = urllib.parse.urlparse(base)
        self.host, self.port = url.hostname, url.port or 80
        self.headers = {"Authorization": "Bearer " + token}
        self.local = threading.local()

    def request(self, method, path, body=None):
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = self.local.conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
        headers = dict(self.headers)
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        try:
            conn.request(method, path, body=data, headers=headers)
            response = conn.getresponse()
            payload = response.read()
        except (http.client.HTTPException, OSError):
            self.local.conn = None
            raise
        return response.status, (json.loads(payload) if payload else None)


def percentile(values, p):
    """Nearest rank."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--rate", type=float, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--posters", type=int, default=4)
    parser.add_argument("--out")
    args = parser.parse_args()
    api = Api(args.base, args.token)

    status, conversation = api.request("POST", "/api/chat/conversations", {"title": "search-lag"})
    if status != 201:
        sys.exit(f"creating the conversation answered {status}: {conversation}")
    messages_path = f"/api/chat/conversations/{conversation['id']}/messages"

    total = int(args.rate * args.seconds)
    pending = {}  # word -> (message id, time the POST returned)
    lags = {}  # word -> seconds
    post_latencies = []
    failures = []
    lock = threading.Lock()
    slots = iter(range(total))
    start = time.monotonic()

    def poster():
        while True:
            with lock:
                i = next(slots, None)
            if i is None:
                return
            due = start + i / args.rate
            delay = due - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            w = word()
            sent = time.monotonic()
            try:
                status, body = api.request(
                    "POST", messages_path, {"role": "user", "content": f"Lag probe {i}: {w}."}
                )
            except Exception as e:  # noqa: BLE001 - counted and reported
                failures.append(repr(e))
                continue
            returned = time.monotonic()
            if status != 201:
                failures.append(f"POST {status}")
                continue
            with lock:
                post_latencies.append(returned - sent)
                pending[w] = (body["id"], returned)

    def poller(stop):
        while not (stop.is_set() and not pending):
            with lock:
                oldest = sorted(pending.items(), key=lambda kv: kv[1][1])[:WORDS_PER_QUERY]
            if not oldest:
                time.sleep(POLL_INTERVAL)
                continue
            q = " ".join(w for w, _ in oldest)
            path = "/api/search?" + urllib.parse.urlencode(
                {"q": q, "mode": "keyword", "limit": 100}
            )
            try:
                status, body = api.request("GET", path)
            except Exception as e:  # noqa: BLE001
                failures.append("search " + repr(e))
                time.sleep(POLL_INTERVAL)
                continue
            found_at = time.monotonic()
            found = {hit["sourceRef"] for hit in (body or {}).get("hits", [])}
            with lock:
                for w, (message_id, returned) in oldest:
                    if message_id in found:
                        lags[w] = found_at - returned
                        del pending[w]
            if time.monotonic() - start > args.seconds + SETTLE_TIMEOUT:
                return
            time.sleep(POLL_INTERVAL)

    stop = threading.Event()
    poll_thread = threading.Thread(target=poller, args=(stop,), daemon=True)
    poll_thread.start()
    posters = [threading.Thread(target=poster) for _ in range(args.posters)]
    for t in posters:
        t.start()
    for t in posters:
        t.join()
    posting_seconds = time.monotonic() - start
    stop.set()
    poll_thread.join(SETTLE_TIMEOUT + 5)

    values = list(lags.values())
    result = {
        "rate": args.rate,
        "seconds": args.seconds,
        "posted": len(post_latencies),
        "achievedRate": round(len(post_latencies) / posting_seconds, 1),
        "found": len(values),
        "neverFound": len(pending),
        "failures": len(failures),
        "lagSeconds": {
            "p50": round(percentile(values, 50), 3),
            "p90": round(percentile(values, 90), 3),
            "p99": round(percentile(values, 99), 3),
            "max": round(max(values), 3),
            "mean": round(statistics.mean(values), 3),
        }
        if values
        else None,
        "postSeconds": {
            "p50": round(percentile(post_latencies, 50), 3),
            "p99": round(percentile(post_latencies, 99), 3),
        }
        if post_latencies
        else None,
    }
    if args.out:
        with open(args.out, "w") as f:
            json.dump({**result, "samples": sorted(values), "failureSamples": failures[:20]}, f)
    print(json.dumps(result, indent=2))
    if values:
        verdict = "met" if result["lagSeconds"]["p50"] <= 1.0 else "MISSED"
        print(f"target p50 <= 1 s: {verdict} (p50 {result['lagSeconds']['p50']} s, "
              f"p99 {result['lagSeconds']['p99']} s, {len(values)} of {len(post_latencies)} found)")
    return 0 if values and not pending and not failures else 1


if __name__ == "__main__":
    sys.exit(main())
