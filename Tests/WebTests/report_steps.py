"""The status report's HTML page in real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Run by ReportPageTests.swift on the page `aftale report status --format html` writes for the
shipped Agreements/:

    python3 report_steps.py REPORT_HTML SCREENSHOT_FOLDER

On a phone (390 px) and on a desktop (1000 px) it checks the overview table ("Overblik"): the
caption's text is inside the visible part of the table's scrolling region, both before and after
the region is scrolled to its far end, and the row headers (the indsatsområder) stay at the region's
left edge while the counts scroll past them, so every count can be read with its row. Prints
"ok WIDTH" per width; the first failure prints "FAIL WIDTH: reason" and exits 1. Screenshots are
saved as report-overview-WIDTH.png and report-overview-WIDTH-scrolled.png.
"""
import pathlib
import sys

from playwright.sync_api import sync_playwright

PAGE, SHOTS = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2])
SHOTS.mkdir(parents=True, exist_ok=True)

# The boxes, in CSS pixels, of what a reader sees: the visible part of the scrolling region, the
# caption's text (a range over its glyphs, whatever elements hold them), the row headers, the last
# column header.
MEASURE = """() => {
  const region = document.querySelector('.table-scroll');
  const box = (element) => { const r = element.getBoundingClientRect(); return {left: r.left, right: r.right}; };
  const range = document.createRange();
  range.selectNodeContents(region.querySelector('table.overview caption'));
  const caption = range.getBoundingClientRect();
  const visible = region.getBoundingClientRect();
  return {
    region: {left: visible.left + region.clientLeft, right: visible.left + region.clientLeft + region.clientWidth},
    scrolls: region.scrollWidth - region.clientWidth,
    caption: {left: caption.left, right: caption.right},
    rowHeaders: [...region.querySelectorAll('tbody th[scope="row"], tfoot th[scope="row"]')].map(box),
    cornerHeader: box(region.querySelector('thead th')),
    lastHeader: box([...region.querySelectorAll('thead th')].pop()),
  };
}"""


def check(width, page, scrolled):
    m = page.evaluate(MEASURE)
    left, right = m["region"]["left"], m["region"]["right"]
    where = "after scrolling to the end" if scrolled else "before scrolling"
    assert m["caption"]["left"] >= left - 1 and m["caption"]["right"] <= right + 1, \
        f"caption text {m['caption']} outside the visible region {m['region']} {where}"
    for header in m["rowHeaders"] + [m["cornerHeader"]]:
        assert abs(header["left"] - left) <= 1.5, f"row header at {header} not at the region's left {left} {where}"
    if scrolled:
        assert m["lastHeader"]["right"] <= right + 1, f"the last column {m['lastHeader']} not in view {where}"
    return m


with sync_playwright() as playwright:
    browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
    status = 0
    for width in (390, 1000):
        page = browser.new_page(viewport={"width": width, "height": 900})
        try:
            page.goto(PAGE.as_uri())
            page.evaluate("document.querySelector('.table-scroll').scrollIntoView()")
            first = check(width, page, scrolled=False)
            if width == 390:
                assert first["scrolls"] > 100, f"the table does not scroll at {width} px ({first['scrolls']} px)"
            page.screenshot(path=SHOTS / f"report-overview-{width}.png")
            page.evaluate("const r = document.querySelector('.table-scroll'); r.scrollLeft = r.scrollWidth")
            check(width, page, scrolled=True)
            page.screenshot(path=SHOTS / f"report-overview-{width}-scrolled.png")
            print(f"ok {width}")
        except AssertionError as failure:
            print(f"FAIL {width}: {failure}")
            status = 1
        finally:
            page.close()
    browser.close()
    sys.exit(status)
