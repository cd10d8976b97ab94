"""The drafting page under load (scripts/bench-web): a running aftale-server over a 10k corpus.

    python3 web_load.py BASE_URL AGREEMENTS_FOLDER AFTALE RESULT.json

1. The live check + preview of one agreement (POST /api/aftaler/ID/tjek) under 32 concurrent
   connections with wrk (--latency): p99 and errors; the same wrk against the server's smallest
   page (/static/aftaler.css) in the same run is the floor the server itself costs.
2. A save that changes one file (POST .../gem, 11 in a row, the median): the server parses that
   file and assembles the portfolio again. Baseline in the same run: reading and validating the
   whole corpus (`aftale validate`), which a save must not need.
"""
import http.cookiejar
import html
import json
import os
import pathlib
import re
import statistics
import subprocess
import sys
import time
import urllib.request

BASE, AGREEMENTS, AFTALE, RESULT = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3], sys.argv[4]
HERE = pathlib.Path(__file__).parent
ID = sorted(p.stem for p in AGREEMENTS.glob("*.md"))[len(list(AGREEMENTS.glob("*.md"))) // 2]

jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
page = opener.open(f"{BASE}/aftaler/{ID}/rediger").read().decode()
token = re.search(r'name="csrf-token" content="([0-9a-f]+)"', page).group(1)
tag = re.search(r'data-tag="([0-9a-f]{64})"', page).group(1)
base = html.unescape(re.search(r'<textarea id="base-text" hidden aria-hidden="true">(.*?)</textarea>', page, re.S).group(1))
cookie = "; ".join(f"{c.name}={c.value}" for c in jar)


def post(path, body):
    request = urllib.request.Request(BASE + path, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", "X-CSRF-Token": token})
    with opener.open(request) as response:
        return json.loads(response.read())


def wrk(url, lua=None):
    command = ["wrk", "-t2", "-c32", "-d10s", "--latency", url] + (["-s", str(lua)] if lua else [])
    output = subprocess.run(command, capture_output=True, text=True, check=True,
                            env=dict(os.environ, AFTALE_TOKEN=token, AFTALE_COOKIE=cookie, AFTALE_BODY=str(body_file))).stdout
    def milliseconds(label):
        value, unit = re.search(label + r"\s+([\d.]+)(us|ms|s)", output).groups()
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
    errors = 0
    for pattern in (r"Non-2xx or 3xx responses: (\d+)", r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)"):
        match = re.search(pattern, output)
        if match:
            errors += sum(int(g) for g in match.groups())
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    return {"p50": milliseconds("50%"), "p99": milliseconds("99%"), "errors": errors, "requests": requests}


form = {"values": {"titel": "Belastningsprøve af den levende kontrol"}}
body_file = pathlib.Path(RESULT).with_suffix(".body.json")
body_file.write_text(json.dumps({"base": base, "form": form}), encoding="utf-8")
check = post(f"/api/aftaler/{ID}/tjek", {"base": base, "form": form})
assert check["preview"] and "Belastningsprøve" in check["text"], "the check did not answer as expected"
live = wrk(f"{BASE}/api/aftaler/{ID}/tjek", HERE / "check.lua")
floor = wrk(f"{BASE}/static/aftaler.css")

saves = []
text = base
for number in range(11):
    changed = {"values": {"titel": f"Gemt som nummer {number}"}}
    started = time.perf_counter()
    answer = post(f"/api/aftaler/{ID}/gem", {"base": text, "form": changed, "tag": tag})
    saves.append((time.perf_counter() - started) * 1000)
    assert answer.get("saved"), answer
    tag, text = answer["tag"], answer["text"]
validations = []
for _ in range(3):
    started = time.perf_counter()
    finished = subprocess.run([AFTALE, "validate", "--templates", str(AGREEMENTS.parent / "Templates"), str(AGREEMENTS)],
                              capture_output=True, text=True, check=False)
    assert finished.returncode == 0 and "valid" in finished.stderr, finished.stderr[-500:]
    validations.append((time.perf_counter() - started) * 1000)

pathlib.Path(RESULT).write_text(json.dumps({
    "files": len(list(AGREEMENTS.glob("*.md"))), "live": live, "floor": floor,
    "save": statistics.median(saves), "validate": statistics.median(validations),
}), encoding="utf-8")
