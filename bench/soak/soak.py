#!/usr/bin/env python3
"""Soak test of `teilhabe serve`: several roles read and write at once for DURATION seconds.

Started by bench/soak/run (which builds the binary). Python standard library only; every request
goes to 127.0.0.1; every loop ends at the deadline. Environment:
  TEILHABE_BIN            the teilhabe binary (required)
  DURATION                seconds (default 600)
  TEILHABE_SOAK_DATABASE  an empty PostgreSQL database URL (default: a temporary SQLite file)
  VISITORS                anonymous visitor threads (default 4)
"""

import http.cookiejar
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

PASSWORD = "soak test password 2026"
PUBLIC_PAGES = [
    "/",
    "/handlungsfelder",
    "/handlungsfelder/sport",
    "/massnahmen",
    "/massnahmen?q=sport",
    "/suche?q=sprache+kita",
    "/indikatoren",
    "/indikatoren/vhs-teilnahme",
    "/arbeitsgruppen",
    "/programme",
]
PUBLIC_API = [
    "/api/v1/concept",
    "/api/v1/fields",
    "/api/v1/measures",
    "/api/v1/indicators",
    "/api/v1/indicators/vhs-teilnahme/observations",
    "/api/v1/imports",
    "/healthz",
]
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Client:
    """An HTTP client with its own cookie jar; redirects are answers, not followed."""

    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect()
        )

    def request(self, method, path, body=None, headers=None):
        request = urllib.request.Request(
            self.base + path, data=body, method=method, headers=headers or {}
        )
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def form(self, path, fields):
        body = urllib.parse.urlencode(fields).encode()
        return self.request(
            "POST", path, body, {"Content-Type": "application/x-www-form-urlencoded"}
        )


def hidden(page, name):
    match = re.search(r'name="%s" value="([^"]*)"' % re.escape(name), page)
    if not match:
        raise RuntimeError("no hidden field %s" % name)
    return match.group(1)


def sign_in(base, login):
    client = Client(base)
    _, page = client.request("GET", "/anmelden")
    token = hidden(page.decode(), "login_csrf")
    status, _ = client.form(
        "/anmelden",
        {"login": login, "password": PASSWORD, "login_csrf": token, "weiter": "/"},
    )
    if status != 303:
        raise RuntimeError("%s cannot sign in (%s)" % (login, status))
    _, page = client.request("GET", "/massnahmen")
    return client, hidden(page.decode(), "csrf")


def new_token(admin, csrf, role, field=""):
    status, page = admin.form(
        "/verwaltung/token",
        {"csrf": csrf, "name": "soak-" + role, "role": role, "field": field},
    )
    match = re.search(r'<code class="new-token">([^<]+)<', page.decode())
    if status != 201 or not match:
        raise RuntimeError("cannot create a %s token (%s)" % (role, status))
    return match.group(1)


def multipart(parts):
    boundary = "soak%016x" % random.getrandbits(64)
    body = b""
    for name, filename, content in parts:
        body += (
            '--%s\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n" % (boundary, name, filename)
        ).encode() + content + b"\r\n"
    body += ("--%s--\r\n" % boundary).encode()
    return body, "multipart/form-data; boundary=" + boundary


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = {}
        self.errors = {}
        self.samples = []

    def timed(self, kind, call, ok=lambda status: status < 400):
        start = time.perf_counter()
        try:
            status, body = call()
            failure = None if ok(status) else "HTTP %s: %s" % (status, body[:200])
        except Exception as error:  # noqa: BLE001 - every failure counts
            status, body, failure = None, b"", "%s: %s" % (type(error).__name__, error)
        elapsed = time.perf_counter() - start
        with self.lock:
            self.latencies.setdefault(kind, []).append(elapsed)
            if failure:
                self.errors.setdefault(kind, []).append(failure)
        return status, body


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))
    return ordered[index]


def run_cli(binary, database, *args):
    environment = dict(os.environ, TEILHABE_PASSWORD=PASSWORD, TEILHABE_LOG="warn")
    return subprocess.run(
        [binary, "--database", database, *args],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def peak_rss_kib(pid):
    try:
        with open("/proc/%d/status" % pid) as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def main():
    binary = os.environ["TEILHABE_BIN"]
    duration = float(os.environ.get("DURATION", "600"))
    visitors = int(os.environ.get("VISITORS", "4"))
    check = "--check" in sys.argv[1:]
    work = tempfile.mkdtemp(prefix="teilhabe-soak-")
    database = os.environ.get("TEILHABE_SOAK_DATABASE") or "sqlite:%s/soak.sqlite" % work
    backend = "PostgreSQL" if database.startswith("postgres") else "SQLite"

    log = open(os.path.join(work, "server.log"), "w")
    server = subprocess.Popen(
        [binary, "serve", "--demo", "--database", database, "--addr", "127.0.0.1:0"],
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
        env=dict(os.environ, TEILHABE_LOG="warn"),
    )
    try:
        base = None
        for line in server.stdout:
            if "http://" in line:
                base = line[line.index("http://"):].strip().rstrip("/")
                break
        if not base:
            raise RuntimeError("the server did not start; see %s/server.log" % work)
        threading.Thread(target=lambda: [None for _ in server.stdout], daemon=True).start()

        for login, role, field in [
            ("admin", "administrator", None),
            ("erika", "editor", "sport"),
            ("stella", "statistician", None),
        ]:
            args = ["user", "add", "--login", login, "--role", role]
            if field:
                args += ["--field", field]
            result = run_cli(binary, database, *args)
            if result.returncode != 0 and "exists" not in result.stderr:
                raise RuntimeError("user add %s: %s" % (login, result.stderr))

        admin, admin_csrf = sign_in(base, "admin")
        admin_token = new_token(admin, admin_csrf, "administrator")
        editor_token = new_token(admin, admin_csrf, "editor", "sport")
        statistician_token = new_token(admin, admin_csrf, "statistician")
        status, body = Client(base).request(
            "POST",
            "/api/v1/measures",
            json.dumps(
                {
                    "title": {"de": "Soak: Straßenfußball"},
                    "recommendations": ["sport-3"],
                    "working_group": "sport",
                    "published": True,
                }
            ).encode(),
            {"Content-Type": "application/json", "Authorization": "Bearer " + admin_token},
        )
        if status != 201:
            raise RuntimeError("cannot create the soak measure (%s): %s" % (status, body[:300]))
        measure = json.loads(body)["id"]

        table_path = os.path.join(ROOT, "data/demo/monitoring/vhs-teilnahme")
        with open(table_path + ".csv", "rb") as handle:
            table_lines = handle.read().decode().splitlines()
        with open(table_path + ".mapping.toml", "rb") as handle:
            mapping = handle.read()

        recorder = Recorder()
        deadline = time.monotonic() + duration
        stop = threading.Event()

        def visitor(seed):
            rng = random.Random(seed)
            client = Client(base)
            while time.monotonic() < deadline and not stop.is_set():
                if rng.random() < 0.5:
                    recorder.timed("public page", lambda: client.request("GET", rng.choice(PUBLIC_PAGES)))
                else:
                    recorder.timed("public api", lambda: client.request("GET", rng.choice(PUBLIC_API)))

        def editor():
            client = Client(base)
            headers = {"Authorization": "Bearer " + editor_token}
            progress = 0
            while time.monotonic() < deadline and not stop.is_set():
                status, body = recorder.timed(
                    "measure read",
                    lambda: client.request("GET", "/api/v1/measures/%d" % measure, None, headers),
                )
                if status != 200:
                    time.sleep(0.2)
                    continue
                version = json.loads(body)["version"]
                progress = (progress + 5) % 100
                change = json.dumps({"version": version, "progress": progress}).encode()
                recorder.timed(
                    "measure edit",
                    lambda: client.request(
                        "PATCH",
                        "/api/v1/measures/%d" % measure,
                        change,
                        dict(headers, **{"Content-Type": "application/json"}),
                    ),
                )
                time.sleep(0.1)

        def statistician():
            client = Client(base)
            round_ = 0
            while time.monotonic() < deadline and not stop.is_set():
                round_ += 1
                # A new value each round, so every import replaces the period's figures.
                rows = [table_lines[0]] + [
                    re.sub(r"^(2023,(?:[^,]*,){5})[^,]*", r"\g<1>%d" % (100 + round_ % 50), line)
                    for line in table_lines[1:]
                    if line.startswith("2023,")
                ]
                body, content_type = multipart(
                    [
                        ("file", "vhs-%d.csv" % round_, ("\n".join(rows) + "\n").encode()),
                        ("mapping", "vhs.mapping.toml", mapping),
                    ]
                )
                recorder.timed(
                    "table import",
                    lambda: client.request(
                        "POST",
                        "/api/v1/imports/table",
                        body,
                        {
                            "Content-Type": content_type,
                            "Authorization": "Bearer " + statistician_token,
                        },
                    ),
                )
                time.sleep(1.0)

        def administrator():
            client, _ = sign_in(base, "admin")
            while time.monotonic() < deadline and not stop.is_set():
                recorder.timed("audit log", lambda: client.request("GET", "/verwaltung/protokoll"))
                time.sleep(0.5)

        threads = [threading.Thread(target=visitor, args=(seed,)) for seed in range(visitors)]
        threads += [threading.Thread(target=work) for work in (editor, statistician, administrator)]
        print(
            "==> soak: %d s on %s, %d visitors + editor + statistician + administrator"
            % (duration, backend, visitors),
            file=sys.stderr,
        )
        started = time.monotonic()
        for thread in threads:
            thread.start()
        try:
            for thread in threads:
                thread.join()
        except KeyboardInterrupt:
            stop.set()
            for thread in threads:
                thread.join()
        elapsed = time.monotonic() - started
        peak = peak_rss_kib(server.pid)
        alive = server.poll() is None
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()

    total_requests = sum(len(values) for values in recorder.latencies.values())
    total_errors = sum(len(values) for values in recorder.errors.values())
    print("teilhabe soak on %s, %.0f s, %d requests" % (backend, elapsed, total_requests))
    print("%-14s %8s %7s %9s %9s %9s" % ("kind", "requests", "errors", "p50 ms", "p99 ms", "max ms"))
    for kind in sorted(recorder.latencies):
        values = recorder.latencies[kind]
        print(
            "%-14s %8d %7d %9.1f %9.1f %9.1f"
            % (
                kind,
                len(values),
                len(recorder.errors.get(kind, [])),
                percentile(values, 0.5) * 1000,
                percentile(values, 0.99) * 1000,
                max(values) * 1000,
            )
        )
    print("errors: %d (goal 0)" % total_errors)
    print("server peak RSS: %s" % ("%.1f MiB" % (peak / 1024) if peak else "unknown"))
    print("server still running at the end: %s" % ("yes" if alive else "NO"))
    for kind, failures in sorted(recorder.errors.items()):
        for failure in failures[:3]:
            print("  %s: %s" % (kind, failure))
    if total_errors or not alive:
        print("server log: %s/server.log" % work)
    else:
        shutil.rmtree(work, ignore_errors=True)
    if check and (total_errors or not alive):
        sys.exit(1)


if __name__ == "__main__":
    main()
