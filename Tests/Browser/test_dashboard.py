"""The dashboard as an operator uses it, in headless Chromium against `vigia demo`: sign in, watch the demo
stream live, correct a label, search and export the history, analyze an uploaded CSV, and look at incidents,
summaries and models. Each main page is saved as a screenshot under test-artifacts/browser/. The tests run in
this file's order and share one signed-in browser."""

import csv
import json
import os
import tempfile
import time

from conftest import ARTIFACTS


def test_sign_in(demo, browser, shot):
    browser.navigate(demo.url + "/")
    browser.wait("document.querySelector('form.login input[type=email]')")
    shot("01-login")
    browser.fill("input[type=email]", demo.email)
    browser.fill("input[type=password]", "wrong password")
    browser.click("form.login button[type=submit]")
    browser.wait("document.querySelector('form.login .notice.error')")
    assert "incorretos" in browser.evaluate("document.querySelector('form.login .notice.error').textContent")
    browser.fill("input[type=password]", demo.password)
    browser.click("form.login button[type=submit]")
    browser.wait("document.querySelector('ul.cards li.card a')")
    assert browser.evaluate("document.querySelector('nav a[aria-current=page]').textContent") == "Streams"
    browser.wait("document.querySelector('.card .state.live')", timeout=30)
    browser.wait("document.querySelector('.card .sparkline')", timeout=30)
    shot("02-streams")


def test_the_live_chart_moves_as_the_match_is_replayed(demo, browser, shot):
    browser.click("ul.cards li.card a")
    browser.wait("location.hash === '#/streams/demo-match' && window.vigiaStats && window.vigiaStats.events > 0")
    browser.wait("document.querySelector('.chart canvas') && document.querySelector('.legend li')", timeout=30)
    first = browser.evaluate("document.querySelector('.chart canvas').toDataURL()")
    seen = browser.evaluate("window.vigiaStats.events")
    time.sleep(3)
    assert browser.evaluate("window.vigiaStats.events") > seen, "no events in three seconds"
    assert browser.evaluate("document.querySelector('.chart canvas').toDataURL()") != first, "the chart did not change"
    browser.wait("document.querySelectorAll('ol.feed li[data-labels]').length >= 3", timeout=30)
    shot("03-live-stream")


def test_a_corrected_label_is_stored(demo, browser, shot):
    message = browser.evaluate("""(() => {
        const item = document.querySelector('ol.feed li[data-labels]');
        item.querySelector('button.link').click();
        return item.querySelector('.text').textContent; })()""")
    browser.wait("document.querySelector('dialog[open] select')")
    current = browser.evaluate("document.querySelector('dialog[open] select:last-of-type').value")
    chosen = "video.tela_preta" if current != "video.tela_preta" else "audio.sem_som"
    browser.evaluate(f"""(() => {{ const selects = document.querySelectorAll('dialog[open] select');
        const label = selects[selects.length - 1]; label.value = '{chosen}';
        label.dispatchEvent(new Event('change')); }})()""")
    shot("04-correct-label")
    browser.click("dialog[open] button[type=submit]")
    browser.wait("!document.querySelector('dialog[open]')")
    browser.wait("[...document.querySelectorAll('ol.feed .chip')].some(c => c.textContent.includes('corrigido'))")
    found = demo.get("/api/v1/streams/demo-match/messages?limit=100&q=" + urlquote(message.split()[0]))
    ids = [item["id"] for item in found["items"] if item["text"] == message]
    assert ids, f"the corrected message is not in the history: {message}"
    labels = [label for id in ids for label in demo.get(f"/api/v1/messages/{id}/labels")["items"]]
    assert any(label["label"] == chosen and label["author"] == demo.email for label in labels), labels


def urlquote(text):
    from urllib.parse import quote
    return quote(text)


def test_history_search_and_export(demo, browser, shot):
    browser.navigate(demo.url + "/app/#/history")
    browser.wait("document.querySelector('form.filters input[type=search]')")
    browser.wait("document.querySelector('table.messages tbody tr')", timeout=30)
    browser.fill("form.filters input[type=search]", "som")
    browser.click("form.filters button[type=submit]")
    browser.wait("""document.querySelector('table.messages tbody tr') &&
        [...document.querySelectorAll('table.messages td.text')].every(td => /som/i.test(td.textContent))""")
    rows = browser.evaluate("document.querySelectorAll('table.messages tbody tr').length")
    assert rows > 0
    shot("05-history")
    browser.evaluate("[...document.querySelectorAll('button')].find(b => b.textContent === 'Exportar CSV').click()")
    path = browser.downloaded(".csv")
    with open(path, newline="", encoding="utf-8") as file:
        exported = list(csv.DictReader(file))
    assert exported and all("som" in row["text"].lower() for row in exported), exported[:3]
    assert {"ts", "text", "author"} <= set(exported[0])


def test_an_uploaded_csv_is_analyzed_as_a_job(demo, browser, shot):
    browser.navigate(demo.url + "/app/#/upload")
    browser.wait("document.querySelector('form.upload input[type=file]')")
    upload = os.path.join(tempfile.mkdtemp(), "comentarios.csv")
    with open(upload, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["autor", "comentario"])
        for index in range(1500):
            writer.writerow([f"pessoa{index}", "sem som na transmissão" if index % 3 == 0 else f"que jogo bom {index}"])
    browser.choose_file("form.upload input[type=file]", upload)
    browser.click("form.upload button[type=submit]")
    browser.wait("document.querySelector('.notice.success')", timeout=120)
    assert "1.500" in browser.evaluate("document.querySelector('.notice.success').textContent")
    assert browser.evaluate("document.querySelector('progress').value") == 100
    assert browser.evaluate("document.querySelectorAll('table.results-table tbody tr').length") == 50
    assert browser.evaluate("document.querySelector('.pager span').textContent") == "Página 1 / 30"
    counts = browser.evaluate("[...document.querySelectorAll('figure.bars tr')].map(r => r.textContent).join('|')")
    assert "Áudio: sem som500" in counts, counts
    shot("06-upload")


def test_incidents_summaries_and_models(demo, browser, shot):
    # The replayed audio outage opens an incident about half a minute after the demo starts.
    deadline = time.time() + 180
    while True:
        browser.navigate(demo.url + "/app/#/incidents?" + str(time.time()))
        browser.wait("document.querySelector('table.incidents') || document.querySelector('main .notice:not(.info)')"
                     " || document.querySelector('main .notice').textContent !== 'Carregando…'")
        if browser.evaluate("!!document.querySelector('table.incidents tbody tr a')"):
            break
        assert time.time() < deadline, "no incident in three minutes"
        time.sleep(2)
    shot("07-incidents")
    browser.click("table.incidents tbody tr a")
    browser.wait("document.querySelector('.columns rect.column')", timeout=60)
    browser.wait("document.querySelector('.insight')")
    shot("08-incident")
    if browser.evaluate("[...document.querySelectorAll('button')].some(b => b.textContent === 'Reconhecer')"):
        browser.evaluate("[...document.querySelectorAll('button')].find(b => b.textContent === 'Reconhecer').click()")
        browser.wait("document.querySelector('.facts').textContent.includes('Reconhecido por')")
    browser.navigate(demo.url + "/app/#/summaries")
    browser.wait("document.querySelector('.summary .lead')", timeout=60)
    assert "mensagens" in browser.evaluate("document.querySelector('.summary .lead').textContent")
    shot("09-summaries")
    browser.navigate(demo.url + "/app/#/models/tech-issues")
    browser.wait("document.querySelector('.confusion table')")
    shot("10-models")


def test_english_and_a_phone_screen(demo, browser, shot):
    browser.navigate(demo.url + "/app/#/streams/demo-match")
    browser.wait("document.querySelector('#language')")
    browser.evaluate("(() => { const s = document.querySelector('#language'); s.value = 'en'; s.dispatchEvent(new Event('change')); })()")
    browser.wait("document.querySelector('nav a[aria-current=page]') && document.querySelector('nav a[aria-current=page]').textContent === 'Streams' && document.querySelector('#feed-title').textContent === 'Live messages'")
    browser.resize(390, 844, mobile=True)
    browser.wait("document.querySelector('.legend li')", timeout=30)
    shot("11-live-stream-phone-en")
    browser.resize(1280, 900)
    browser.evaluate("(() => { const s = document.querySelector('#language'); s.value = 'pt-BR'; s.dispatchEvent(new Event('change')); })()")
    assert not browser.console, browser.console
