"""Opens translint's HTML report in a real browser (headless Chromium driven by Selenium)
and uses it as an editor would: the dashboard's numbers must equal the JSON report's, a
filter narrows the table, an article opens with its findings highlighted, the keyboard moves
from finding to finding, markup-like article text stays text, and a batch of 10,000
documents opens and answers. Screenshots go to the artefacts folder (not committed).

    python Tests/Browser/html_report.py TRANSLINT_BINARY [ARTEFACTS_FOLDER]

Run by .ci/run after `swift test`; needs chromium, chromium-driver and selenium.
"""
import json
import os
import pathlib
import random
import shutil
import subprocess
import sys
import tempfile
import time

import axe_selenium_python
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


def translint(binary, arguments, stdin=None):
    run = subprocess.run([binary, "check", "-q", *arguments], cwd=REPOSITORY, input=stdin,
                         capture_output=True, text=True, env={**os.environ, "TRANSLINT_RULES": str(REPOSITORY / "Rules")})
    if run.returncode not in (0, 1):
        raise SystemExit(f"translint {' '.join(arguments)} exited {run.returncode}: {run.stderr}")
    return run


def browser():
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000", "--disable-dev-shm-usage"]:
        options.add_argument(argument)
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary:
        options.binary_location = binary
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    return webdriver.Chrome(service=webdriver.ChromeService(executable_path=driver_path), options=options)


def console_errors(driver):
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


AXE = pathlib.Path(axe_selenium_python.__file__).parent / "node_modules" / "axe-core" / "axe.min.js"


def accessibility(driver, where):
    """Runs axe-core's WCAG 2 A and AA checks (contrast among them) on the page as shown, in
    the light and the dark colour scheme; any serious or critical violation fails."""
    for scheme in ["light", "dark"]:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
        driver.execute_script(AXE.read_text(encoding="utf-8"))
        result = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: ['wcag2a', 'wcag2aa']}).then(done, (error) => done({error: String(error)}));")
        violations = [f"{v['id']} ({v['impact']}, {len(v['nodes'])}: {v['nodes'][0]['target']})" for v in result.get("violations", [])
                      if v["impact"] in ("serious", "critical")]
        check("error" not in result and not violations, f"{where}, {scheme}: no serious WCAG 2 AA violation {violations or result.get('error', '')}")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "light"}]})


def number(driver, element_id):
    return int(driver.find_element(By.ID, element_id).text)


def small_batch(binary, work, artefacts, driver):
    hostile = work / "hostile.en.txt"
    hostile.write_text("The editor wrote <script>alert('x')</script> and </textarea> in the the article.\n"
                       "“We will not resign.”The minister left.\n", encoding="utf-8")
    paired = work / "paired.jsonl"
    paired.write_text(json.dumps({"id": "with-source", "lang": "de", "source_lang": "en",
                                  "text": "Die Regierung erhöhte den Etat im März um 5 Prozent.",
                                  "source": "The government raised the budget by 7 percent in March."}) + "\n", encoding="utf-8")
    inputs = ["Corpora/en", "Corpora/de", "Corpora/fr", "Corpora/ja", str(hostile), str(paired)]
    translint(binary, ["--format", "html", "-o", str(work / "small.html"), *inputs])
    translint(binary, ["--format", "json", "-o", str(work / "small.json"), *inputs])
    report = json.loads((work / "small.json").read_text(encoding="utf-8"))
    documents = report["documents"]
    driver.get((work / "small.html").as_uri())
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#documents-table tbody tr"))
    summary = report["summary"]
    for element, key in [("count-documents", "documents"), ("count-passed", "passed"), ("count-failed", "failed"),
                         ("count-errors", "errors"), ("count-findings", "findings")]:
        check(number(driver, element) == summary[key], f"{key} shown ({number(driver, element)}) equal the JSON report's ({summary[key]})")
    check(summary["documents"] == len(documents) and summary["findings"] == sum(len(d["findings"]) for d in documents), "the JSON summary counts its documents")
    driver.save_screenshot(str(artefacts / "dashboard.png"))
    accessibility(driver, "dashboard")

    # The table: failing documents first; a language filter keeps only that language.
    rows = driver.find_elements(By.CSS_SELECTOR, "#documents-table tbody tr")
    check(rows[0].find_elements(By.TAG_NAME, "td")[5].text in ("failed", "not checked"), "a failing document heads the table")
    Select(driver.find_element(By.ID, "filter-language")).select_by_value("de")
    rows = driver.find_elements(By.CSS_SELECTOR, "#documents-table tbody tr")
    german = sum(1 for d in documents if d["language"] == "de")
    check(len(rows) == german and all(row.find_elements(By.TAG_NAME, "td")[1].text == "de" for row in rows),
          f"the language filter leaves the {german} German documents")
    Select(driver.find_element(By.ID, "filter-language")).select_by_value("")

    # Sorting: a click on a header sorts by it, a second click reverses.
    header = driver.find_element(By.CSS_SELECTOR, 'button[data-sort="findings"]')
    header.click()
    counts = [int(row.find_elements(By.TAG_NAME, "td")[3].text) for row in driver.find_elements(By.CSS_SELECTOR, "#documents-table tbody tr")]
    check(counts == sorted(counts), "a click on findings sorts by it")
    header.click()
    counts = [int(row.find_elements(By.TAG_NAME, "td")[3].text) for row in driver.find_elements(By.CSS_SELECTOR, "#documents-table tbody tr")]
    check(counts == sorted(counts, reverse=True) and counts[0] == max(len(d["findings"]) for d in documents), "a second click reverses the order")
    check(header.find_element(By.XPATH, "..").get_attribute("aria-sort") == "descending", "the header says how the table is sorted")
    driver.find_element(By.CSS_SELECTOR, 'button[data-sort="score"]').click()

    # An article: findings highlighted; n moves to the next finding, Escape goes back.
    search = driver.find_element(By.ID, "filter-text")
    search.send_keys("hostile")
    rows = driver.find_elements(By.CSS_SELECTOR, "#documents-table tbody tr")
    check(len(rows) == 1, "the text search finds the document by name")
    rows[0].click()
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "article").is_displayed())
    text = driver.find_element(By.ID, "article-text")
    check("<script>alert('x')</script>" in text.text and "</textarea>" in text.text, "markup in an article is shown as text")
    check(len(driver.find_elements(By.TAG_NAME, "script")) == 3, "no script element comes from the article (the page has three of its own)")
    marks = text.find_elements(By.TAG_NAME, "mark")
    hostile_report = next(d for d in documents if d["path"].endswith("hostile.en.txt"))
    check(len(marks) >= 2 and len(hostile_report["findings"]) >= 2, "the article's findings are highlighted")
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys("n")
    details = driver.find_element(By.ID, "finding-details").text
    total = len(hostile_report["findings"])
    check(f"finding 1 of {total}" in details and hostile_report["findings"][0]["message"] in details, "n selects the first finding and shows its message")
    driver.switch_to.active_element.send_keys("n")
    details = driver.find_element(By.ID, "finding-details").text
    check(f"finding 2 of {total}" in details, "n again moves to the second finding")
    active = driver.switch_to.active_element
    check(active.tag_name == "mark", "the selected finding has the keyboard focus")
    driver.save_screenshot(str(artefacts / "article.png"))
    accessibility(driver, "article view")
    active.send_keys(Keys.ESCAPE)
    check(driver.find_element(By.ID, "dashboard").is_displayed(), "Escape goes back to the dashboard")

    # A record with its source: the source beside the text, the finding's source span marked.
    search = driver.find_element(By.ID, "filter-text")
    search.clear()
    search.send_keys("with-source")
    driver.find_elements(By.CSS_SELECTOR, "#documents-table tbody tr")[0].click()
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "article").is_displayed())
    check(driver.find_element(By.ID, "source-pane").is_displayed(), "a document with a source shows it beside the text")
    source_marks = driver.find_elements(By.CSS_SELECTOR, "#source-text mark")
    check(any("7" in mark.text for mark in source_marks), "the source span of the number finding is highlighted")
    alignment = driver.find_elements(By.CSS_SELECTOR, "#alignment tbody tr")
    check(driver.find_element(By.ID, "alignment-section").is_displayed() and len(alignment) >= 1
          and "7 percent" in alignment[0].text and "5 Prozent" in alignment[0].text, "the aligned sentences stand side by side")
    driver.find_element(By.TAG_NAME, "body").send_keys("n")
    check("critical" in driver.find_element(By.ID, "finding-details").text and "accuracy.number" in driver.find_element(By.ID, "finding-details").text,
          "the selected finding shows its rule and severity")
    check("selected" in (alignment[0].get_attribute("class") or ""), "selecting a finding marks its aligned pair")
    driver.save_screenshot(str(artefacts / "source.png"))
    driver.find_element(By.ID, "article-back").click()
    errors = console_errors(driver)
    check(not errors, f"no JavaScript console error ({errors})")


def large_batch(binary, work, artefacts, driver):
    sentences = []
    for path in sorted((REPOSITORY / "Corpora" / "en" / "articles").glob("*.txt")):
        sentences += [line for line in path.read_text(encoding="utf-8").splitlines() if len(line) > 40]
    generator = random.Random(7)
    lines = []
    for index in range(10_000):
        text = " ".join(generator.choice(sentences) for _ in range(3))
        if index % 7 == 0:
            text += " The the report was was late."
        lines.append(json.dumps({"id": f"article-{index}", "lang": "en", "text": text}))
    stream = "\n".join(lines) + "\n"
    translint(binary, ["--format", "html", "-o", str(work / "large.html"), "-"], stdin=stream)
    size = (work / "large.html").stat().st_size
    print(f"info 10,000-document report: {size / 1e6:.1f} MB")
    start = time.monotonic()
    driver.get((work / "large.html").as_uri())
    WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#documents-table tbody tr"))
    opened = time.monotonic() - start
    print(f"info 10,000-document report opened in {opened:.2f} s")
    check(number(driver, "count-documents") == 10_000, "the large report shows 10,000 documents")
    check(len(driver.find_elements(By.CSS_SELECTOR, "#documents-table tbody tr")) == 100, "the table shows a page of 100 rows")
    check(opened < 15, "the large report opens within 15 s")
    start = time.monotonic()
    driver.find_element(By.ID, "filter-text").send_keys("article-9999")
    rows = driver.find_elements(By.CSS_SELECTOR, "#documents-table tbody tr")
    check(len(rows) == 1, "a search in 10,000 documents finds one")
    rows[0].click()
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "article").is_displayed())
    print(f"info search and open in the large report: {time.monotonic() - start:.2f} s")
    driver.save_screenshot(str(artefacts / "large.png"))
    errors = console_errors(driver)
    check(not errors, f"no JavaScript console error in the large report ({errors})")


def main():
    binary = os.path.abspath(sys.argv[1])
    artefacts = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else REPOSITORY / ".build" / "browser-artefacts")
    artefacts.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = pathlib.Path(folder)
        driver = browser()
        try:
            small_batch(binary, work, artefacts, driver)
            large_batch(binary, work, artefacts, driver)
        finally:
            driver.quit()
    print(f"screenshots in {artefacts}")
    if failures:
        raise SystemExit(f"{len(failures)} browser checks failed")


if __name__ == "__main__":
    main()
