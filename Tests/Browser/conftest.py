"""Fixtures of the dashboard's browser tests: `vigia demo` on a free port (its binary from $VIGIA_BIN, else the
debug build), and one headless Chromium signed in to it."""

import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest

from cdp import Browser, chromium_path

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ARTIFACTS = os.environ.get("VIGIA_ARTIFACTS", os.path.join(ROOT, "test-artifacts", "browser"))


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Demo:
    def __init__(self):
        binary = os.environ.get("VIGIA_BIN", os.path.join(ROOT, ".build", "debug", "vigia"))
        self.data = tempfile.mkdtemp(prefix="vigia-demo-")
        models = os.environ.get("VIGIA_MODELS_FROM")
        if models:
            # Built-in models trained by an earlier step: a debug build takes minutes to train them again.
            shutil.copytree(models, os.path.join(self.data, "models"))
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        # The match from minute 29 at twice its speed: the audio outage (minute 30) comes about 30 s in.
        self.process = subprocess.Popen(
            [binary, "demo", "--port", str(self.port), "--data-dir", self.data, "--from-minute", "29", "--speed", "2"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.email, self.password = None, None
        deadline = time.time() + 900
        while time.time() < deadline:
            line = self.process.stdout.readline()
            if not line and self.process.poll() is not None:
                raise RuntimeError("vigia demo exited before it listened")
            found = re.search(r"login\s+(\S+)\s+/\s+(\S+)", line)
            if found:
                self.email, self.password = found.group(1), found.group(2)
                break
        if not self.email:
            raise RuntimeError("vigia demo printed no login")

    def token(self):
        body = json.dumps({"email": self.email, "password": self.password}).encode()
        request = urllib.request.Request(self.url + "/auth/login", data=body, headers={"content-type": "application/json"})
        with urllib.request.urlopen(request) as answer:
            return json.load(answer)["token"]

    def get(self, path):
        request = urllib.request.Request(self.url + path, headers={"authorization": "Bearer " + self.token()})
        with urllib.request.urlopen(request) as answer:
            return json.load(answer)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.data, ignore_errors=True)


@pytest.fixture(scope="session")
def demo():
    server = Demo()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    if not chromium_path():
        pytest.fail("no Chromium: apt-get install -y chromium")
    os.makedirs(ARTIFACTS, exist_ok=True)
    opened = Browser()
    yield opened
    opened.close()


def sign_in(browser, demo):
    """Signs in through the login form unless the browser already is."""
    browser.navigate(demo.url + "/app/")
    browser.wait("document.querySelector('form.login') || document.querySelector('nav')")
    if browser.evaluate("!!document.querySelector('form.login')"):
        browser.fill("form.login input[type=email]", demo.email)
        browser.fill("form.login input[type=password]", demo.password)
        browser.click("form.login button[type=submit]")
        browser.wait("document.querySelector('nav')")


@pytest.fixture
def shot(browser):
    """Saves a screenshot of the page as test-artifacts/browser/NAME.png."""
    def take(name):
        browser.screenshot(os.path.join(ARTIFACTS, name + ".png"))
    return take
