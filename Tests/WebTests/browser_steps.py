"""The drafting page in real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Run by BrowserTests.swift against an aftale-server on a free loopback port over a copy of the
shipped Agreements/ (pages dated 1 November 2024):

    python3 browser_steps.py BASE_URL AGREEMENTS_FOLDER SCREENSHOT_FOLDER

Each step asserts what a person would see, saves a screenshot named after the step, and prints
"ok STEP"; the first failure prints "FAIL STEP: reason" and exits 1.
"""
import pathlib
import re
import sys
import time

from playwright.sync_api import expect, sync_playwright

BASE, AGREEMENTS, SHOTS = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
SHOTS.mkdir(parents=True, exist_ok=True)
ID = "afklaring-vedr-bevilling-af-kompressionsstroemper"
FILE = AGREEMENTS / f"{ID}.md"
ORIGINAL = FILE.read_text(encoding="utf-8")
BLOCK = "afventer-national-afklaring"
expect.set_options(timeout=10_000)


def section_text(text, heading):
    """The text of a section as the form shows it: after the heading, blank lines trimmed."""
    match = re.search(r"^## " + re.escape(heading) + r"\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    return match.group(1).strip("\n")


def status_input(page):
    return page.locator('fieldset[data-records="status"] li.row input[data-key="status"]').last


def fill_and_check(page, locator, value):
    """Types `value` into `locator` and waits for the live check's answer to it."""
    with page.expect_response(lambda response: "/tjek" in response.url and response.status == 200, timeout=10_000):
        locator.fill(value)


def step_portfolio(page):
    page.goto(BASE + "/")
    expect(page.locator("h1")).to_have_text("Aftaler pr. 1. november 2024")
    total = page.locator("#aftaler tbody tr").count()
    assert total > 50, f"{total} rows"
    expect(page.get_by_role("link", name="Afklaring vedr. bevilling af kompressionsstrømper")).to_be_visible()
    expect(page.locator("#kalender")).to_be_visible()
    page.screenshot(path=SHOTS / "01-portfolio.png", full_page=False)
    page.get_by_label("Status").select_option("pauseret")
    page.get_by_role("button", name="Vis").click()
    expect(page.locator("p.count")).to_contain_text("Viser ")
    shown = page.locator("#aftaler tbody tr").count()
    assert 0 < shown < total, f"{shown} of {total} rows shown"
    for cell in page.locator("#aftaler tbody tr td:nth-child(3)").all_inner_texts():
        assert cell.strip() == "Pauseret", cell
    page.screenshot(path=SHOTS / "01b-portfolio-filtered.png")


def fits_the_window(page, what):
    """Nothing but a table's own scrolling region is wider than the window, so the page never
    scrolls sideways."""
    wide = page.evaluate("""() => [...document.querySelectorAll('body *')]
        .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !e.closest('.table-scroll, .table-wrap'))
        .map(e => e.tagName + ': ' + e.textContent.trim().slice(0, 40))""")
    assert not wide, f"{what}: wider than the window: {wide}"
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{what}: the page is {overflow} px wider than the window"


def step_portfolio_on_a_phone(page):
    """At 390 px the portfolio (whose filters' longest indsatsområde once widened it) and the editor
    of an agreement whose facts hold a long compound ("Bruger- og pårørendeorganisationer", once
    laid out past the edge) fit the window."""
    page.set_viewport_size({"width": 390, "height": 900})
    try:
        page.goto(BASE + "/")
        expect(page.locator("h1")).to_have_text("Aftaler pr. 1. november 2024")
        fits_the_window(page, "the portfolio")
        page.screenshot(path=SHOTS / "01c-portfolio-phone.png")
        page.goto(BASE + "/aftaler/inddragelse-af-patientinddragelsesudvalget/rediger")
        expect(page.locator("dl.facts").first).to_contain_text("pårørendeorganisationer")
        fits_the_window(page, "the editor")
        page.locator("dl.facts").first.scroll_into_view_if_needed()
        page.screenshot(path=SHOTS / "01d-editor-phone.png")
    finally:
        page.set_viewport_size({"width": 1400, "height": 1000})


def step_agreement(page):
    page.goto(BASE + "/")
    page.get_by_role("link", name="Afklaring vedr. bevilling af kompressionsstrømper").first.click()
    expect(page.locator("article h1")).to_have_text("Afklaring vedr. bevilling af kompressionsstrømper")
    expect(page.locator("article dl.facts")).to_contain_text("Under udarbejdelse")
    expect(page.get_by_role("link", name="Redigér")).to_be_visible()
    page.screenshot(path=SHOTS / "02-agreement.png", full_page=False)


def step_status_changes_preview(page):
    page.goto(BASE + f"/aftaler/{ID}/rediger")
    expect(page.locator("#preview article dl.facts")).to_contain_text("Under udarbejdelse")
    status_input(page).fill("i høring")
    expect(page.locator("#preview article dl.facts")).to_contain_text("I høring")
    expect(page.locator("#save-state")).to_have_text("Ændret – ikke gemt")
    page.screenshot(path=SHOTS / "03-status-preview.png", full_page=False)


def step_misspelt_status(page):
    status_input(page).fill("i hoering")
    box = page.locator('#d-status')
    expect(box).to_contain_text("unknown-status")
    expect(box).to_contain_text("did you mean 'i høring'")
    expect(status_input(page)).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#diagnostics")).to_contain_text("1 fejl")
    box.scroll_into_view_if_needed()
    page.screenshot(path=SHOTS / "04-misspelt-status.png", full_page=False)
    status_input(page).fill("i høring")
    expect(page.locator("#diagnostics")).to_contain_text("Ingen fejl.")


def step_insert_block(page):
    area = page.locator('textarea[data-section="Status"]')
    area.click()
    area.press("Control+End")
    area.type("\n\n")
    page.locator("#block-choice").select_option(BLOCK)
    parameter = page.locator('#block-parameters input[data-parameter="hvad"]')
    parameter.fill("de nationale udmeldinger")
    page.get_by_role("button", name="Indsæt blok").click()
    expected_use = '{{> ' + BLOCK + ' hvad="de nationale udmeldinger"}}'
    assert area.input_value().endswith(expected_use), area.input_value()[-120:]
    expect(page.locator("#preview")).to_contain_text(
        "Arbejdet afventer de nationale udmeldinger, før der tages stilling til det videre forløb.")
    area.scroll_into_view_if_needed()
    page.screenshot(path=SHOTS / "05-block-inserted.png", full_page=False)
    return expected_use


def step_save(page, expected_use):
    page.get_by_role("button", name="Gem", exact=True).click()
    page.wait_for_url(re.compile(r".*/rediger\?gemt=1$"))
    expect(page.locator("#save-state")).to_have_text("Gemt")
    old_section = section_text(ORIGINAL, "Status")
    expected = ORIGINAL.replace("status: under udarbejdelse\n", "status: i høring\n", 1).replace(
        old_section, old_section + "\n\n" + expected_use, 1)
    actual = FILE.read_text(encoding="utf-8")
    assert actual == expected, "the file on disk is not the expected one:\n" + actual
    page.screenshot(path=SHOTS / "06-saved.png", full_page=False)


def step_conflict(page):
    page.goto(BASE + f"/aftaler/{ID}/rediger")
    behind = FILE.read_text(encoding="utf-8").replace(
        "## Hvad\n\n", "## Hvad\n\nEn anden person har tilføjet denne sætning.\n\n", 1)
    FILE.write_text(behind, encoding="utf-8")
    fill_and_check(page, page.locator("#f-titel"), "Afklaring vedr. bevilling af kompressionsstrømper (rettet)")
    page.get_by_role("button", name="Gem", exact=True).click()
    conflict = page.locator("#conflict")
    expect(conflict).to_be_visible()
    expect(page.locator("#conflict-disk")).to_contain_text("En anden person har tilføjet denne sætning.")
    expect(page.locator("#conflict-mine")).to_contain_text("(rettet)")
    expect(page.locator("#save-state")).to_contain_text("Ikke gemt")
    assert FILE.read_text(encoding="utf-8") == behind, "the refused save changed the file"
    expect(page.locator("#f-titel")).to_have_value("Afklaring vedr. bevilling af kompressionsstrømper (rettet)")
    page.screenshot(path=SHOTS / "07-conflict.png", full_page=False)


def step_review_before_release(page):
    page.goto(BASE + f"/aftaler/{ID}/rediger")
    fill_and_check(page, status_input(page), "godkendt")
    page.get_by_role("button", name="Gem", exact=True).click()
    dialog = page.locator("dialog#review")
    expect(dialog).to_be_visible()
    expect(page.locator("#review-effects")).to_contain_text("Godkendt")
    page.screenshot(path=SHOTS / "08-review.png", full_page=False)
    page.locator("#review-organ").select_option("ssg")
    page.locator("#review-dato").fill("12. november 2024")
    page.get_by_role("button", name="Tilføj og gem").click()
    page.wait_for_url(re.compile(r".*/rediger\?gemt=1$"))
    text = FILE.read_text(encoding="utf-8")
    assert "status: godkendt\n" in text, text[:400]
    assert "  - organ: ssg\n    dato: 12. november 2024\n    udfald: godkendt\n" in text, text[:800]


def step_keyboard_only(page):
    page.goto(BASE + f"/aftaler/{ID}/rediger")
    add = page.locator('button[data-add="opfølgning"]')
    for _ in range(400):
        page.keyboard.press("Tab")
        if add.evaluate("element => element === document.activeElement"):
            break
    else:
        raise AssertionError("Tab never reached the follow-up's 'Tilføj række' button")
    page.keyboard.press("Enter")
    page.keyboard.type("2. kvartal 2025")
    page.keyboard.press("Tab")
    page.keyboard.type("Opfølgning i Sundhedsstyregruppen")
    expect(page.locator("#preview")).to_contain_text("Opfølgning i Sundhedsstyregruppen")
    page.screenshot(path=SHOTS / "09-keyboard.png", full_page=False)


def step_new_agreement(page):
    page.goto(BASE + "/ny")
    page.get_by_label("Type").select_option("samarbejdsaftale")
    page.get_by_label("Titel").fill("Aftale om tidlig opsporing af søvnproblemer")
    expect(page.locator("#ny-id")).to_have_text("aftale-om-tidlig-opsporing-af-soevnproblemer")
    page.screenshot(path=SHOTS / "10-new.png", full_page=False)
    page.get_by_role("button", name="Opret kladde").click()
    page.wait_for_url(re.compile(r".*/aftaler/aftale-om-tidlig-opsporing-af-soevnproblemer/rediger$"))
    expect(page.locator("#diagnostics")).to_contain_text("placeholder")
    created = AGREEMENTS / "aftale-om-tidlig-opsporing-af-soevnproblemer.md"
    assert created.read_text(encoding="utf-8").startswith(
        '---\ntype: samarbejdsaftale\ntitel: "Aftale om tidlig opsporing af søvnproblemer"\n')
    page.screenshot(path=SHOTS / "11-new-editor.png", full_page=False)


def step_session_renewed(page):
    """The server forgets the session (as after a restart): the save still goes through, once renewed."""
    page.goto(BASE + f"/aftaler/{ID}/rediger")
    page.context.clear_cookies()
    fill_and_check(page, page.locator("#f-evaluering"), "2. halvår 2026")
    page.get_by_role("button", name="Gem", exact=True).click()
    page.wait_for_url(re.compile(r".*/rediger\?gemt=1$"))
    assert "evaluering: 2. halvår 2026\n" in FILE.read_text(encoding="utf-8")


def step_mend_broken_file(page):
    broken_file = AGREEMENTS / "72-timers-behandlingsansvar.md"
    good = broken_file.read_text(encoding="utf-8")
    broken = good.replace("status: under implementering", "status: [under implementering", 1)
    broken_file.write_text(broken, encoding="utf-8")
    time.sleep(1.5)  # the server looks for changes every second
    page.goto(BASE + "/aftaler/72-timers-behandlingsansvar/rediger")
    expect(page.locator("#source-reason")).to_contain_text("Filen kan ikke vises i formularen")
    expect(page.locator("#diagnostics")).to_contain_text("yaml")
    area = page.locator("#source-text")
    assert area.input_value() == broken
    page.screenshot(path=SHOTS / "12-broken-file.png", full_page=False)
    area.fill(good)
    expect(page.locator("#diagnostics")).to_contain_text("Ingen fejl.")
    page.get_by_role("button", name="Gem", exact=True).click()
    page.wait_for_url(re.compile(r".*/rediger\?gemt=1$"))
    assert broken_file.read_text(encoding="utf-8") == good, "the mended file is not the good one"
    expect(page.locator("#f-titel")).to_have_value("72 timers behandlingsansvar")


def main():
    errors = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="da-DK")
        page.on("pageerror", lambda error: errors.append(str(error)))
        steps = [("portfolio", step_portfolio), ("portfolio on a phone", step_portfolio_on_a_phone),
                 ("agreement", step_agreement),
                 ("status changes the preview", step_status_changes_preview),
                 ("misspelt status", step_misspelt_status)]
        try:
            for name, step in steps:
                step(page)
                print("ok", name, flush=True)
            use = step_insert_block(page)
            print("ok insert block", flush=True)
            step_save(page, use)
            print("ok save", flush=True)
            for name, step in [("conflict", step_conflict), ("review before release", step_review_before_release),
                               ("keyboard only", step_keyboard_only), ("new agreement", step_new_agreement),
                               ("session renewed", step_session_renewed),
                               ("broken file mended as text", step_mend_broken_file)]:
                step(page)
                print("ok", name, flush=True)
        except Exception as error:  # noqa: BLE001 - every failure is reported with its step
            page.screenshot(path=SHOTS / "failure.png")
            import traceback
            print("FAIL:", type(error).__name__, str(error)[:2000], traceback.format_exc()[-1500:], flush=True)
            return 1
        finally:
            browser.close()
    if errors:
        print("FAIL: script errors in the page:", errors, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
