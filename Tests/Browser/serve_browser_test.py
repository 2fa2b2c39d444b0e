"""Drives `osce-kg serve` in headless Chromium (Debian's chromium + chromium-driver, through Selenium).

Run by CLITests/ServeBrowserTests.swift against a server it started on loopback:

    serve_browser_test.py --server http://127.0.0.1:PORT --person /person/ulrika-funered \
        --organisation "Permanent Delegation of Sweden to the OSCE" --query-file Q.rq --expect "Ulrika Funered"

Steps: open the person's page and check its heading and posts table; follow the link to the
organisation in the posts table and check the organisation's page; open the landing page, type the
query into the form, run it, and check the results table. Prints one line per check; exits 0 when
all pass, 1 on the first failure (with what the page showed), 77 when no browser can be started.
"""
import argparse
import shutil
import sys


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--person", required=True)
    parser.add_argument("--organisation", required=True)
    parser.add_argument("--query-file", required=True)
    parser.add_argument("--expect", required=True)
    args = parser.parse_args()

    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support import expected_conditions as ec
        from selenium.webdriver.support.ui import WebDriverWait
    except ImportError as error:
        print(f"skip: selenium is not installed ({error})")
        return 77
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if browser is None or driver_path is None:
        print("skip: chromium or chromedriver is not installed (apt-get install chromium chromium-driver)")
        return 77

    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run",
                 "--disable-extensions", "--disable-background-networking", "--window-size=1200,900"):
        options.add_argument(flag)
    try:
        driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    except Exception as error:  # no display, a broken install: not the server's fault
        print(f"skip: headless chromium did not start: {error}".splitlines()[0])
        return 77
    driver.set_page_load_timeout(60)
    wait = WebDriverWait(driver, 30)

    def check(condition: bool, what: str) -> None:
        if not condition:
            raise AssertionError(f"{what}; the page at {driver.current_url} shows:\n{driver.find_element(By.TAG_NAME, 'body').text[:2000]}")
        print(f"ok: {what}")

    try:
        # 1. The person's page.
        driver.get(args.server + args.person)
        heading = driver.find_element(By.TAG_NAME, "h1").text
        check(heading != "", f"the person's page has a heading ({heading!r})")
        posts = driver.find_elements(By.CSS_SELECTOR, "#posts-table tbody tr")
        check(len(posts) > 0, f"the person's page lists {len(posts)} post(s)")

        # 2. Follow the link to the organisation.
        links = driver.find_elements(By.CSS_SELECTOR, "#posts-table tbody tr td:nth-child(2) a")
        targets = [link for link in links if link.text == args.organisation]
        check(len(targets) > 0, f"the posts table links to {args.organisation!r} (links: {[l.text for l in links]})")
        targets[0].click()
        wait.until(ec.url_contains("/organisation/"))
        check(driver.find_element(By.TAG_NAME, "h1").text == args.organisation,
              f"the organisation's page is titled {args.organisation!r}")
        back_links = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "#links-in-table a")]
        check(len(back_links) > 0, f"the organisation's page lists what links to it ({len(back_links)} links)")

        # 3. A query from the landing page's form.
        driver.get(args.server + "/")
        with open(args.query_file, encoding="utf-8") as f:
            query = f.read()
        box = driver.find_element(By.ID, "query-text")
        box.clear()
        box.send_keys(query)
        driver.find_element(By.ID, "run-query").click()
        wait.until(ec.presence_of_element_located((By.ID, "results")))
        rows = driver.find_elements(By.CSS_SELECTOR, "#results tbody tr")
        check(len(rows) > 0, f"the query gives a results table of {len(rows)} row(s)")
        cells = [cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "#results tbody td")]
        check(args.expect in cells, f"the results table shows {args.expect!r}")
        count = driver.find_element(By.ID, "result-count").text
        check(count.startswith(f"{len(rows)} result"), f"the page counts the rows ({count!r})")
    except AssertionError as error:
        print(f"FAIL: {error}")
        return 1
    finally:
        driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
