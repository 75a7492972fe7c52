#!/usr/bin/env python3
"""Cranfield through vector-search-service's public API: upload, query in every mode, score.

Called by deploy/bench/search-eval, which starts the service; see there. Standard library only.
"""
import argparse
import concurrent.futures
import json
import math
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

MODES = ("keyword", "semantic", "hybrid")


def request(base, token, method, path, body=None, headers=None):
    req = urllib.request.Request(base + path, data=body, method=method)
    req.add_header("Authorization", "Bearer " + token)
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    for attempt in range(5):
        try:
            with urllib.request.urlopen(req, timeout=120) as resp:
                return json.loads(resp.read() or b"null")
        except urllib.error.HTTPError as e:
            if e.code < 500 or attempt == 4:
                raise SystemExit(f"{method} {path}: {e.code} {e.read()[:300]!r}")
        except urllib.error.URLError:
            if attempt == 4:
                raise
        time.sleep(1 + attempt)


def upload(base, token, name, text):
    boundary = uuid.uuid4().hex
    body = (
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
        f"Content-Type: application/octet-stream\r\n\r\n"
    ).encode() + text.encode("utf-8") + f"\r\n--{boundary}--\r\n".encode()
    return request(base, token, "POST", "/api/search/documents", body,
                   {"Content-Type": f"multipart/form-data; boundary={boundary}"})["id"]


def all_documents(base, token):
    """Every document of the user: id -> (name, status)."""
    docs, cursor = {}, None
    while True:
        q = {"limit": 100}
        if cursor:
            q["cursor"] = cursor
        page = request(base, token, "GET", "/api/search/documents?" + urllib.parse.urlencode(q))
        for d in page["items"]:
            docs[d["id"]] = (d["name"], d["status"], d.get("statusReason"))
        cursor = page["nextCursor"]
        if not cursor:
            return docs


def upload_all(base, token, texts, what):
    """Uploads name -> text (skipping names already there) and waits until none is pending."""
    existing = {name: id_ for id_, (name, _, _) in all_documents(base, token).items()}
    todo = [(n, t) for n, t in texts.items() if n not in existing]
    started = time.time()
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        for name, id_ in zip([n for n, _ in todo], pool.map(lambda nt: upload(base, token, *nt), todo)):
            existing[name] = id_
    print(f"{what}: uploaded {len(todo)} in {time.time() - started:.1f} s", file=sys.stderr)
    while True:
        docs = all_documents(base, token)
        pending = sum(1 for _, s, _ in docs.values() if s == "pending")
        failed = [(n, r) for n, s, r in docs.values() if s == "failed"]
        if failed:
            raise SystemExit(f"{what}: {len(failed)} failed, e.g. {failed[:3]}")
        if pending == 0:
            break
        time.sleep(2)
    print(f"{what}: all {len(docs)} indexed after {time.time() - started:.1f} s", file=sys.stderr)
    return {id_: name for id_, (name, _, _) in docs.items()}


def search(base, token, text, mode):
    q = urllib.parse.urlencode({"q": text[:1000], "mode": mode, "limit": 100, "minScore": -1})
    return request(base, token, "GET", "/api/search?" + q)["hits"]


def ndcg10(ranked, grades):
    dcg = sum((2 ** grades.get(d, 0) - 1) / math.log2(i + 2) for i, d in enumerate(ranked[:10]))
    ideal = sorted(grades.values(), reverse=True)[:10]
    idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg > 0 else 0.0


def recall100(ranked, grades):
    relevant = {d for d, g in grades.items() if g >= 1}
    return len(relevant & set(ranked[:100])) / len(relevant) if relevant else 0.0


def mrr(ranked, grades):
    for i, d in enumerate(ranked):
        if grades.get(d, 0) >= 1:
            return 1.0 / (i + 1)
    return 0.0


def scores(runs, qrels):
    n = len(runs)
    return tuple(sum(f(runs[q], qrels.get(q, {})) for q in runs) / n for f in (ndcg10, recall100, mrr))


def rrf(lists, k, weights):
    fused = {}
    for ranked, w in zip(lists, weights):
        for rank, d in enumerate(ranked, start=1):
            fused[d] = fused.get(d, 0.0) + w / (k + rank)
    return [d for d, _ in sorted(fused.items(), key=lambda x: -x[1])]


def convex(scored_lists, weights):
    """Weighted sum of each list's scores, each scaled to [0, 1] by its own query's min and max."""
    fused = {}
    for scored, w in zip(scored_lists, weights):
        if not scored:
            continue
        hi, lo = max(s for _, s in scored), min(s for _, s in scored)
        for d, s in scored:
            fused[d] = fused.get(d, 0.0) + w * ((s - lo) / (hi - lo) if hi > lo else 1.0)
    return [d for d, _ in sorted(fused.items(), key=lambda x: -x[1])]


def fusion_variants(lists, scored, qrels):
    print("\nFusion variants from the API's keyword and semantic lists (offline):")
    for k in (5, 10, 20, 30, 60, 100):
        for wk, ws in ((1.0, 1.0), (1.0, 1.5), (1.5, 1.0), (1.0, 2.0)):
            fused = {q: rrf([lists["keyword"][q], lists["semantic"][q]], k, (wk, ws)) for q in lists["keyword"]}
            n, r, m = scores(fused, qrels)
            print(f"{f'RRF k={k} keyword {wk} semantic {ws}':<42} {n:8.3f} {r:8.3f} {m:8.3f}")
    for ws in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        fused = {q: convex([scored["keyword"][q], scored["semantic"][q]], (1 - ws, ws)) for q in scored["keyword"]}
        n, r, m = scores(fused, qrels)
        print(f"{f'convex (min-max) semantic {ws}':<42} {n:8.3f} {r:8.3f} {m:8.3f}")


def hnsw_recall(dsn, query_owner, doc_owner):
    """recall@10 of the HNSW index against an exact scan, for three filters, over the query chunks."""
    def top10(filter_sql, exact):
        settings = ("SET LOCAL enable_indexscan = off; SET LOCAL enable_bitmapscan = off;" if exact else
                    "SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off;"
                    " SET LOCAL enable_sort = off; SET LOCAL hnsw.iterative_scan = relaxed_order;"
                    " SET LOCAL hnsw.ef_search = 100;")
        # The active model's vectors (chunk_vectors, one HNSW index over all models).
        sql = (f"SET search_path = search, public; BEGIN; {settings} "
               f"WITH m AS (SELECT model FROM embedding_models WHERE state = 'active') "
               f"SELECT q.chunk_id, ARRAY(SELECT c.chunk_id FROM chunk_vectors c WHERE c.model = m.model "
               f"AND {filter_sql} ORDER BY c.embedding <=> q.embedding LIMIT 10) FROM chunk_vectors q, m "
               f"WHERE q.owner_id = '{query_owner}' AND q.model = m.model ORDER BY q.chunk_id; COMMIT;")
        out = subprocess.run(["psql", "-X", "-q", "-At", dsn, "-c", sql], check=True,
                             capture_output=True, text=True).stdout
        return {line.split("|")[0]: set(line.split("|")[1].strip("{}").split(","))
                for line in out.splitlines() if "|" in line}

    results = {}
    for label, filter_sql in (("no filter", "true"),
                              ("owner = Cranfield user", f"c.owner_id = '{doc_owner}'"),
                              ("owner = queries' user (few % of the index)", f"c.owner_id = '{query_owner}'")):
        exact, index = top10(filter_sql, True), top10(filter_sql, False)
        results[label] = sum(len(exact[q] & index[q]) / len(exact[q]) for q in exact) / len(exact)
    return results


def owner_of(dsn, document_id):
    out = subprocess.run(["psql", "-X", "-q", "-At", dsn, "-c",
                          f"SELECT owner_id FROM search.documents WHERE id = '{document_id}'"],
                         check=True, capture_output=True, text=True).stdout
    return out.strip()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", required=True)
    p.add_argument("--fixtures", required=True)
    p.add_argument("--token", required=True)
    p.add_argument("--queries-token", required=True)
    p.add_argument("--psql", required=True)
    p.add_argument("--modes", default="keyword semantic hybrid")
    a = p.parse_args()

    docs = json.load(open(a.fixtures + "/documents.json"))
    queries = json.load(open(a.fixtures + "/queries.json"))
    qrels = {}
    for r in json.load(open(a.fixtures + "/qrels.json")):
        qrels.setdefault(str(r["queryId"]), {})[str(r["docId"])] = r["relevance"]

    texts = {f"cranfield-{d['id']}.md": f"# {d['title'].strip()}\n\n{d['body'].strip()}\n" for d in docs}
    by_id = upload_all(a.base, a.token, texts, "Cranfield documents")
    cranfield_id = {id_: name[len("cranfield-"):-len(".md")] for id_, name in by_id.items()}

    modes = [m for m in MODES if m in a.modes.split()]
    lists = {m: {} for m in modes}
    scored = {m: {} for m in modes}
    for mode in modes:
        started = time.time()
        for q in queries:
            hits = search(a.base, a.token, q["text"], mode)
            lists[mode][str(q["id"])] = [cranfield_id[h["documentId"]] for h in hits]
            scored[mode][str(q["id"])] = [(cranfield_id[h["documentId"]], h["score"]) for h in hits]
        elapsed = time.time() - started
        print(f"{mode}: {len(queries)} queries in {elapsed:.1f} s ({1000 * elapsed / len(queries):.0f} ms each)",
              file=sys.stderr)

    print("\nCranfield (1,400 documents, 225 queries) through the API, with the index:")
    print(f"{'mode':<42} {'nDCG@10':>8} {'R@100':>8} {'MRR':>8}")
    for mode in modes:
        n, r, m = scores(lists[mode], qrels)
        print(f"{mode:<42} {n:8.3f} {r:8.3f} {m:8.3f}")

    if "keyword" in lists and "semantic" in lists:
        fusion_variants(lists, scored, qrels)


    query_texts = {f"query-{q['id']}.txt": q["text"].strip() for q in queries}
    query_docs = upload_all(a.base, a.queries_token, query_texts, "queries as documents")
    query_owner = owner_of(a.psql, next(iter(query_docs)))
    doc_owner = owner_of(a.psql, next(iter(by_id)))
    print("\nHNSW recall@10 against an exact scan (225 query vectors, ef_search 100, iterative scan):")
    for label, value in hnsw_recall(a.psql, query_owner, doc_owner).items():
        print(f"{label:<42} {value:8.3f}")


if __name__ == "__main__":
    main()
