"""The reports' HTML pages in real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Run by ReportPageTests.swift on the pages `aftale report status --format html` and `aftale report
signoff --format html` write for the shipped Agreements/:

    python3 report_steps.py STATUS_HTML SIGNOFF_HTML AGREEMENT_HTML ALL_STATUSES_HTML SCREENSHOT_FOLDER

(AGREEMENT_HTML: `aftale render ID --format html` of an agreement with milestones;
ALL_STATUSES_HTML: a status report whose agreements are spread over all ten statuses.)

On a phone (390 px) and on a desktop (1000 px) it checks what a reader sees of the wide tables
(the status report's overview, the sign-off matrix):

- each scrolls sideways in its own region, never the page; the overview on a desktop fits
  instead, its status words divided at their soft hyphens, and prints on page 1 of A4;
- the caption's text is inside the visible part of the region before and after the region is
  scrolled to its far end, and the row headers stay at the region's left edge meanwhile;
- the sign-off page's notes are on the page, each note's text inside the window, and its matrix
  printed (A3 landscape) keeps every column on the paper, its titles left of the parties;
- the overview of all ten statuses fits a desktop's text column too, no header wider than its
  column;
- an agreement's page on a phone keeps its two-column tables (a date beside a text) within the
  window, every word whole.

Prints "ok PAGE WIDTH" per page and width; a failure prints "FAIL PAGE WIDTH: reason" and the
script exits 1. Screenshots (PAGE-WIDTH.png, PAGE-WIDTH-scrolled.png, …) and the PDFs are saved
in SCREENSHOT_FOLDER.
"""
import pathlib
import re
import subprocess
import sys

from playwright.sync_api import sync_playwright

STATUS, SIGNOFF, AGREEMENT, ALL_STATUSES = (pathlib.Path(argument).resolve() for argument in sys.argv[1:5])
SHOTS = pathlib.Path(sys.argv[5])
SHOTS.mkdir(parents=True, exist_ok=True)

# The boxes, in CSS pixels, of what a reader sees: the visible part of the scrolling region, the
# caption's text (a range over its glyphs, whatever elements hold them), the row headers, the last
# column header, the notes, and how far the page itself is wider than the window.
MEASURE = """() => {
  const region = document.querySelector('.table-scroll');
  const box = (element) => { const r = element.getBoundingClientRect(); return {left: r.left, right: r.right}; };
  const range = document.createRange();
  range.selectNodeContents(region.querySelector('caption'));
  const caption = range.getBoundingClientRect();
  const visible = region.getBoundingClientRect();
  return {
    region: {left: visible.left + region.clientLeft, right: visible.left + region.clientLeft + region.clientWidth},
    scrolls: region.scrollWidth - region.clientWidth,
    pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
    caption: {left: caption.left, right: caption.right},
    rowHeaders: [...region.querySelectorAll('tbody th[scope="row"], tfoot th[scope="row"]')].map(box),
    cornerHeader: box(region.querySelector('thead th')),
    lastHeader: box([...region.querySelectorAll('thead th')].pop()),
    notes: [...document.querySelectorAll('dl.notes dd')].map(e => ({...box(e), text: e.innerText.trim()})),
    window: window.innerWidth,
  };
}"""


def check(page, scrolled):
    m = page.evaluate(MEASURE)
    left, right = m["region"]["left"], m["region"]["right"]
    where = "after scrolling to the end" if scrolled else "before scrolling"
    assert m["pageOverflow"] <= 0, f"the page is {m['pageOverflow']} px wider than the window {where}"
    assert m["caption"]["left"] >= left - 1 and m["caption"]["right"] <= right + 1, \
        f"caption text {m['caption']} outside the visible region {m['region']} {where}"
    for header in m["rowHeaders"] + [m["cornerHeader"]]:
        assert abs(header["left"] - left) <= 1.5, f"row header at {header} not at the region's left {left} {where}"
    if scrolled:
        assert m["lastHeader"]["right"] <= right + 1, f"the last column {m['lastHeader']} not in view {where}"
    for note in m["notes"]:
        assert note["text"] and note["left"] >= 0 and note["right"] <= m["window"], f"note {note} not on the page"
    return m


def printed(page, name):
    """The page printed by Chromium on its own paper (`@page`), after the table was scrolled to its
    end, read back by pdftotext: every column header is on the paper, the last one ("Venter
    siden") included, and the row headers are printed left of the first party's column, where the
    table has them (not where the scrolled screen kept them)."""
    pdf = SHOTS / f"{name}.pdf"
    page.pdf(path=pdf, prefer_css_page_size=True, print_background=True)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    headers = page.evaluate("() => [...document.querySelectorAll('.table-scroll thead th')].map(e => e.textContent.trim())")
    missing = [header for header in headers if header not in text]
    assert not missing, f"printed without the columns {missing}"
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    def left_of(word):
        found = re.search(r'<word xMin="([0-9.]+)"[^>]*>' + re.escape(word) + "</word>", boxes)
        assert found, f"'{word}' is not printed"
        return float(found.group(1))
    corner, first_party = left_of(headers[0]), left_of(headers[1])
    assert corner < first_party, f"'{headers[0]}' printed at x={corner}, right of '{headers[1]}' at x={first_party}"


def overview_printed_first(page):
    """The status report printed on A4 (Chromium, read back by pdftotext): the overview stands on
    the first page with the introduction, every status in its header, not pushed to the next page
    by a header too tall."""
    pdf = SHOTS / "status.pdf"
    page.pdf(path=pdf, prefer_css_page_size=True)
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout
    assert "Overblik" in first and "I alt" in first, "the overview is not printed on the first page"


def step(browser, label, path, width, measure):
    """Opens `path` at `width` px and runs `measure(page, width)` on it; prints "ok LABEL WIDTH", or
    "FAIL LABEL WIDTH: reason" for a failed assertion or an element missing from the page."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        page.goto(path.as_uri())
        measure(page, width)
        print(f"ok {label} {width}")
        return True
    except Exception as failure:  # an assertion, or an element missing from the page
        print(f"FAIL {label} {width}: {failure}")
        return False
    finally:
        page.close()


def overview_fits(page, width, statuses=None):
    """The overview on a desktop fits without scrolling, and no header (the status words divide at
    their soft hyphens only) is wider than its column."""
    m = page.evaluate("""() => {
      const region = document.querySelector('.table-scroll');
      return {
        statuses: region.querySelectorAll('thead th.status').length,
        scrolls: region.scrollWidth - region.clientWidth,
        cut: [...region.querySelectorAll('th')].filter(th => th.scrollWidth > th.clientWidth + 1).map(th => th.textContent),
      };
    }""")
    if statuses is not None:
        assert m["statuses"] == statuses, f"{m['statuses']} status columns, expected {statuses}"
    assert m["scrolls"] <= 0, f"the overview scrolls at {width} px ({m['scrolls']} px)"
    assert not m["cut"], f"headers wider than their columns: {m['cut']}"


def wide_table(name, notes):
    """The checks of a page with a wide table (`check`), before and after scrolling it to its end,
    with its screenshots; the sign-off page's notes and print, the status report's print."""
    def measure(page, width):
        page.evaluate("document.querySelector('.table-scroll').scrollIntoView()")
        first = check(page, scrolled=False)
        if name == "status" and width >= 1000:
            overview_fits(page, width)
        else:
            assert first["scrolls"] > 100, f"the table does not scroll at {width} px ({first['scrolls']} px)"
        assert len(first["notes"]) >= notes, f"{len(first['notes'])} notes, expected at least {notes}"
        page.screenshot(path=SHOTS / f"{name}-{width}.png")
        page.evaluate("const r = document.querySelector('.table-scroll'); r.scrollLeft = r.scrollWidth")
        check(page, scrolled=True)
        page.screenshot(path=SHOTS / f"{name}-{width}-scrolled.png")
        if notes:
            page.evaluate("document.querySelector('dl.notes').scrollIntoView()")
            page.screenshot(path=SHOTS / f"{name}-{width}-notes.png")
        if notes and width == 1000:
            printed(page, name)
        if name == "status" and width == 1000:
            overview_printed_first(page)
    return measure


def widest_overview(page, width):
    """The overview with all ten statuses on a desktop fits too."""
    overview_fits(page, width, statuses=10)
    page.evaluate("document.querySelector('.table-scroll').scrollIntoView()")
    page.screenshot(path=SHOTS / f"all-statuses-{width}.png")


def narrow_tables(page, width):
    """An agreement's page on a phone: the page fits the window, and every table of two columns
    (milestones, follow-ups: a date beside a text) fits too, with no word cut (no cell's content
    wider than the cell); wider tables may scroll in their wrapper."""
    m = page.evaluate("""() => {
      // The words of a cell laid out on more than one line (cut between letters); words with
      // a hyphen, a dash or a slash may break after it.
      const cutWords = (cell) => {
        const cut = [];
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const match of node.data.matchAll(/\\S+/g)) {
            if (/[-–\\/]/.test(match[0])) continue;
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const tops = new Set([...range.getClientRects()].map(rect => Math.round(rect.top)));
            if (tops.size > 1) cut.push(match[0]);
          }
        }
        return cut;
      };
      return {
      pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
      tables: [...document.querySelectorAll('.table-wrap')].map(wrap => ({
        caption: wrap.querySelector('caption').textContent,
        columns: wrap.querySelectorAll('thead th').length,
        overflow: wrap.scrollWidth - wrap.clientWidth,
        cutCells: [...wrap.querySelectorAll('td')].filter(td => td.scrollWidth > td.clientWidth + 1).length,
        cutWords: [...wrap.querySelectorAll('td')].flatMap(cutWords),
      })),
    }; }""")
    assert m["pageOverflow"] <= 0, f"the page is {m['pageOverflow']} px wider than the window"
    two = [table for table in m["tables"] if table["columns"] == 2]
    assert two, f"no table of two columns on the page: {m['tables']}"
    for table in two:
        assert table["overflow"] <= 0, f"'{table['caption']}' is {table['overflow']} px wider than the window"
    for table in m["tables"]:
        assert table["cutCells"] == 0, f"'{table['caption']}' has {table['cutCells']} cells wider than their column"
        assert not table["cutWords"], f"'{table['caption']}' cuts the words {table['cutWords'][:5]}"
    page.locator(".table-wrap").first.scroll_into_view_if_needed()
    page.screenshot(path=SHOTS / f"agreement-{width}.png")


with sync_playwright() as playwright:
    browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
    # The overview scrolls on a phone and fits a desktop; the matrix scrolls on both.
    results = [step(browser, "status", STATUS, 390, wide_table("status", notes=0)),
               step(browser, "status", STATUS, 1000, wide_table("status", notes=0)),
               step(browser, "signoff", SIGNOFF, 390, wide_table("signoff", notes=1)),
               step(browser, "signoff", SIGNOFF, 1000, wide_table("signoff", notes=1)),
               step(browser, "agreement", AGREEMENT, 390, narrow_tables),
               step(browser, "all statuses", ALL_STATUSES, 1000, widest_overview)]
    browser.close()
    sys.exit(0 if all(results) else 1)
