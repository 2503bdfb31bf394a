"""The live view while `vigia loadgen` pushes messages into its stream: the page repaints at most ten times a
second, keeps a bounded feed, and goes on receiving events. What it measured (events, messages and repaints a
second, animation frames a second) is written to test-artifacts/browser/under-load.json; the rate is
$VIGIA_BROWSER_LOAD_RATE messages a second (default 10,000)."""

import json
import os
import subprocess
import time
import urllib.request

from conftest import ARTIFACTS, ROOT, sign_in


def test_the_live_view_keeps_up_under_load(demo, browser, shot):
    rate = int(os.environ.get("VIGIA_BROWSER_LOAD_RATE", "10000"))
    seconds = 20
    token = demo.token()
    request = urllib.request.Request(
        demo.url + "/api/v1/streams", data=json.dumps({"name": "Carga", "kind": "chat"}).encode(),
        headers={"authorization": "Bearer " + token, "content-type": "application/json"})
    with urllib.request.urlopen(request) as answer:
        stream = json.load(answer)["id"]
    sign_in(browser, demo)
    browser.navigate(f"{demo.url}/app/#/streams/{stream}")
    browser.wait("window.vigiaStats && document.querySelector('.state.live')")
    binary = os.environ.get("VIGIA_BIN", os.path.join(ROOT, ".build", "debug", "vigia"))
    load = subprocess.Popen(
        [binary, "loadgen", "--url", demo.url, "--token", token, "--stream", stream, "--rate", str(rate),
         "--batch", "100", "--duration", str(seconds), "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        browser.wait("window.vigiaStats.messages > 0", timeout=30)
        time.sleep(3)
        figures = browser.evaluate("""new Promise((resolve) => {
            const stats = window.vigiaStats;
            const before = {events: stats.events, messages: stats.messages, repaints: stats.repaints};
            let frames = 0;
            const started = performance.now();
            const frame = () => { frames += 1; if (performance.now() - started < 10000) requestAnimationFrame(frame); };
            requestAnimationFrame(frame);
            setTimeout(() => {
                const elapsed = (performance.now() - started) / 1000;
                resolve({
                    seconds: elapsed,
                    eventsPerSecond: (stats.events - before.events) / elapsed,
                    messagesPerSecond: (stats.messages - before.messages) / elapsed,
                    repaintsPerSecond: (stats.repaints - before.repaints) / elapsed,
                    framesPerSecond: frames / elapsed,
                    feedItems: document.querySelectorAll('ol.feed li').length,
                });
            }, 10000);
        })""")
        shot("12-live-stream-under-load")
    finally:
        output, _ = load.communicate(timeout=seconds + 120)
    figures["rate"] = rate
    figures["loadgen"] = output.strip().splitlines()[-1] if output.strip() else ""
    with open(os.path.join(ARTIFACTS, "under-load.json"), "w", encoding="utf-8") as file:
        json.dump(figures, file, indent=1)
    print(json.dumps(figures))
    assert figures["repaintsPerSecond"] <= 10.5, figures
    assert figures["eventsPerSecond"] > 1, figures
    assert figures["messagesPerSecond"] > 1, figures
    assert figures["feedItems"] <= 100, figures
