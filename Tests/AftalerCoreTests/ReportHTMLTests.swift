import Foundation
import Testing
@testable import AftalerCore

/// The HTML pages (one agreement, status reports) read by html5lib, checked for the WCAG 2.1 AA
/// points the secretariat's documents must meet, for escaping and for self-containment.
@Suite struct ReportHTMLTests {
    static let asOf = CivilDate(iso: "2025-02-03")!
    static let hostileTitle = #"<script>alert('x')</script> & "Co" om sår"#
    static let hostileURL = "https://example.org/aftale?a=1&b='2'"

    static let hostileSource = #"""
        ---
        type: samarbejdsaftale
        titel: "<script>alert('x')</script> & \"Co\" om sår"
        indsatsområde: ældre
        parter: [region-midtjylland, kommunerne]
        status: under implementering
        ikrafttrædelse: 2023-06-01
        evaluering: 2. halvår 2025
        overdragelse: sundhedsrådene
        beslutninger:
          - organ: ssu
            dato: 2023-05-08
            udfald: godkendt
            note: "<b>fed</b> & kursiv"
          - organ: ssg
            dato: januar 2023
            udfald: besluttet
        opfølgning:
          - tid: primo 2025
            hvad: Status til SSU & SSG
        links:
          - titel: "Aftalen <på nettet>"
            url: "https://example.org/aftale?a=1&b='2'"
        ---
        ## Hvad

        Første afsnit med <img src=x onerror=alert(1)>.
        Samme afsnit, ny linje.

        Andet afsnit:

        - punkt et
        - punkt to
          fortsat

        ### Underoverskrift

        </p><h1>falsk</h1>

        ## Betydning for borgerne

        {{> hilsen navn="<i>borgeren</i>"}}

        ## Status

        Under implementering.

        """#

    struct Fixture: Sendable {
        let hostile: Agreement
        let shipped: StatusReport
        let pages: [String: HTMLReader.Page]
    }

    static let fixture: Result<Fixture, any Error> = Result {
        let (portfolio, _) = TestWorkspace.load(["fjendtlig.md": Data(hostileSource.utf8)])
        guard let hostile = portfolio.agreement("fjendtlig") else {
            throw HTMLReader.Missing(message: "fixture did not load: \(portfolio.diagnostics)")
        }
        let shippedPortfolio = Workspace(templatesFolder: TestWorkspace.repository.appending(path: "Templates"),
                                         agreementPaths: [TestWorkspace.repository.appending(path: "Agreements")]).load()
        let shipped = StatusReport(agreements: shippedPortfolio.agreements, asOf: asOf)
        let pages = try HTMLReader.read([
            "aftale": AgreementRenderer.render(hostile, as: .html),
            "rapport": shipped.html(),
            "fjendtlig-rapport": StatusReport(agreements: [hostile], asOf: asOf).html(),
            "tom-rapport": StatusReport(agreements: [], asOf: asOf).html(),
        ])
        return Fixture(hostile: hostile, shipped: shipped, pages: pages)
    }

    static func page(_ name: String) throws -> HTMLReader.Page { try #require(try fixture.get().pages[name]) }
    static let names = ["aftale", "rapport", "fjendtlig-rapport", "tom-rapport"]

    @Test(arguments: names)
    func pageParsesWithoutErrorsAsOneDanishDocument(_ name: String) throws {
        let page = try Self.page(name)
        #expect(page.errors.isEmpty, "html5lib: \(page.errors.prefix(5))")
        #expect(page.lang == "da")
        #expect(page.charset?.lowercased() == "utf-8")
        #expect(page.titles.count == 1 && !(page.titles.first ?? "").isEmpty)
        #expect(page.mains == 1)
        #expect(Set(page.ids).count == page.ids.count, "ids are unique")
    }

    @Test(arguments: names)
    func oneH1AndHeadingsNeverSkipALevel(_ name: String) throws {
        let levels = try Self.page(name).headings.map(\.level)
        #expect(levels.filter { $0 == 1 }.count == 1)
        #expect(levels.first == 1)
        for (previous, next) in zip(levels, levels.dropFirst()) {
            #expect(next <= previous + 1, "h\(previous) followed by h\(next)")
        }
    }

    @Test func agreementPageShowsFactsAsADefinitionListAndDecisionsAsATable() throws {
        let page = try Self.page("aftale"), hostile = try Self.fixture.get().hostile
        #expect(page.titles == [Self.hostileTitle])
        #expect(page.headings.map(\.text) == [Self.hostileTitle, "Hvad", "Underoverskrift", "Betydning for borgerne",
                                              "Status", "Beslutninger", "Opfølgning", "Links"])
        let facts = try #require(page.lists.first)
        #expect(page.lists.count == 1)
        #expect(facts.terms == AgreementFacts(hostile).pairs.map(\.label).filter { $0 != "Id" })
        #expect(!facts.terms.contains("Id") && !page.text.contains(hostile.id), "the slug is kept out of the reader's view")
        #expect(page.dataIds == [hostile.id], "but stays in the page for tools")
        #expect(facts.children == Array(repeating: ["dt", "dd"], count: facts.terms.count).flatMap { $0 })
        let decisions = try #require(page.tables.first)
        #expect(decisions.head == [["Dato", "col"], ["Organ", "col"], ["Udfald", "col"], ["Bemærkning", "col"]])
        #expect(decisions.rows == [4, 4] && !decisions.caption.isEmpty)
        #expect(decisions.cellClasses.map(\.first) == ["period", "period"], "dates never wrap")
        #expect(page.text.contains("januar 2023 Sundhedsstyregruppen (SSG) besluttet 8. maj 2023"), "oldest first")
        #expect(page.tables.last?.head == [["Tid", "col"], ["Hvad", "col"]])
    }

    @Test func reportShowsEveryAgreementWithItsFactsAndDecisions() throws {
        let page = try Self.page("rapport"), report = try Self.fixture.get().shipped
        #expect(report.entries.count == 64)
        #expect(page.headings.filter { $0.level == 3 }.map(\.text) == report.entries.map(StatusReport.heading))
        #expect(page.headings.filter { $0.level == 2 }.map(\.text)
                == ["Indledning", "Overblik", "Indhold"] + report.groups.map(StatusReport.heading))
        #expect(page.lists.count == report.entries.count)
        #expect(page.lists.allSatisfy { $0.terms.starts(with: ["Type", "Aftalestatus"]) && !$0.terms.contains("Id") })
        #expect(page.tables.count == 1 + report.entries.filter { !$0.agreement.decisions.isEmpty }.count)
        #expect(!page.text.contains("Id samarbejdsaftale-"), "no slug is shown")
        let decisionTables = page.tables.dropFirst()
        #expect(decisionTables.allSatisfy { $0.caption == StatusReport.decisionsCaption })
        #expect(decisionTables.allSatisfy { $0.cellClasses.allSatisfy { $0.first == "period" } }, "dates never wrap")
        #expect(page.style.contains("td.period { white-space: nowrap; }"))
        let anchors = page.hrefs.filter { $0.first == "a" && $0.last?.hasPrefix("#") == true }.map { String($0[1].dropFirst()) }
        #expect(anchors.count == report.entries.count + report.groups.count, "the contents link to every group and agreement")
        #expect(Set(anchors).isSubset(of: Set(page.ids)))
        #expect(page.text.contains("Status pr. 3. februar 2025"))
    }

    @Test(arguments: names)
    func everyTableHasACaptionAndScopedColumnHeaders(_ name: String) throws {
        for table in try Self.page(name).tables {
            #expect(!table.caption.isEmpty)
            #expect(!table.head.isEmpty && table.head.allSatisfy { $0.last == "col" })
            #expect(table.otherHeaders.allSatisfy { $0.last == "row" }, "headers outside the thead head their row")
            #expect(table.rows.allSatisfy { $0 == table.head.count })
            #expect(table.foot.allSatisfy { $0.count == table.head.count })
        }
    }

    @Test(arguments: names)
    func noCaptionRepeatsTheHeadingItStandsUnder(_ name: String) throws {
        for table in try Self.page(name).tables {
            #expect(table.caption != table.heading, "caption '\(table.caption)' repeats its heading")
            let title = table.titleHeading.drop { $0.isNumber || $0 == "." }.trimmingCharacters(in: .whitespaces)
            #expect(!table.caption.contains(title), "caption '\(table.caption)' repeats the title '\(title)'")
        }
        let report = try Self.page("fjendtlig-rapport")
        #expect(report.tables.map(\.caption).allSatisfy { !$0.contains(Self.hostileTitle) })
    }

    @Test func overviewCountsEveryAgreementByAreaAndStatus() throws {
        let page = try Self.page("rapport"), report = try Self.fixture.get().shipped
        let table = try #require(page.tables.first)
        #expect(table.heading == "Overblik" && table.caption == StatusReport.Overview.caption)
        // Wider than the text column (seen in Chromium): it scrolls in its own focusable region.
        let html = report.html()
        let region = try #require(html.range(of: "<div class=\"table-scroll\" role=\"region\""))
        #expect(html[region.upperBound...].hasPrefix(" aria-label=\"\(StatusReport.Overview.caption)\" tabindex=\"0\">\n<table class=\"overview sticky-first\">"))
        #expect(html.contains(".table-scroll, .table-wrap { overflow-x: auto; }"))
        // The statuses that occur, in lifecycle order, each a coloured marker and its word.
        let statuses = Status.allCases.filter { status in report.entries.contains { $0.agreement.status == status } }
        #expect(statuses.count >= 5)
        // Each word with soft hyphens at its Danish divisions; without them, the status's label.
        #expect(table.head.map(\.first) == ["Indsatsområde"] + statuses.map(\.hyphenatedLabel) + ["I alt"])
        #expect(table.head.map { $0.first.map { String($0.filter { $0 != "\u{AD}" }) } } == ["Indsatsområde"] + statuses.map(\.label) + ["I alt"])
        #expect(table.head.allSatisfy { $0.last == "col" })
        #expect(Array(table.headClasses.dropFirst().dropLast()) == statuses.map { "count status \(HTMLStyle.statusClass($0))" })
        for status in statuses {
            #expect(page.style.contains("th.\(HTMLStyle.statusClass(status))::before { border-color: var(--fg-\(HTMLStyle.statusClass(status))); }"))
        }
        // One row per group, headed by its label; counts worked out here from the entries.
        #expect(table.otherHeaders.map(\.first) == report.groups.map(\.label) + ["I alt"])
        for (group, cells) in zip(report.groups, table.cells) {
            let counts = statuses.map { status in group.entries.filter { $0.agreement.status == status }.count }
            #expect(cells == [group.label] + counts.map(String.init) + [String(group.entries.count)], "\(group.label)")
        }
        #expect(table.cells.count == report.groups.count)
        let columnTotals = statuses.map { status in report.entries.filter { $0.agreement.status == status }.count }
        #expect(table.foot == [["I alt"] + columnTotals.map(String.init) + ["64"]])
        #expect(columnTotals.reduce(0, +) == 64)
        #expect(try Self.page("tom-rapport").tables.isEmpty, "no overview of nothing")
    }

    @Test(arguments: names)
    func nothingIsLoadedFromOutside(_ name: String) throws {
        let page = try Self.page(name)
        #expect(page.loading.isEmpty, "\(page.loading)")
        #expect(page.sources == 0 && page.styleAttributes == 0)
        #expect(!page.style.contains("url(") && !page.style.contains("@import"))
        for href in page.hrefs {
            #expect(href.first == "a", "only links have an href: \(href)")
            let target = href.last ?? ""
            #expect(target.hasPrefix("#") ? page.ids.contains(String(target.dropFirst())) : target.hasPrefix("https://"),
                    "\(target)")
        }
    }

    @Test func textColoursHaveAtLeast4Point5To1OnEveryBackground() throws {
        let css = try Self.page("aftale").style
        let colours = Contrast.declarations(in: css)
        let foregrounds = colours.filter { $0.name.hasPrefix("--fg-") }.map(\.hex)
        let backgrounds = colours.filter { $0.name.hasPrefix("--bg-") }.map(\.hex)
        let borders = colours.filter { $0.name == "--border" }.map(\.hex)
        #expect(foregrounds.count >= 3 && backgrounds.count >= 2 && !borders.isEmpty)
        for foreground in foregrounds {
            for background in backgrounds {
                let ratio = Contrast.ratio(foreground, background)
                #expect(ratio >= 4.5, "#\(foreground) on #\(background): \(ratio)")
            }
        }
        for border in borders {
            for background in backgrounds { #expect(Contrast.ratio(border, background) >= 3, "#\(border)") }
        }
        #expect(abs(Contrast.ratio("000000", "ffffff") - 21) < 0.001)
        #expect(abs(Contrast.ratio("767676", "ffffff") - 4.54) < 0.01)
        // Every colour is one of those properties: no other literal, and colour properties use them.
        var rest = css
        for declaration in ["--fg-", "--bg-", "--border"] {
            rest = rest.replacingOccurrences(of: "\(declaration)[a-z-]*\\s*:\\s*#[0-9a-fA-F]{6}", with: "",
                                             options: .regularExpression)
        }
        #expect(rest.range(of: "#[0-9a-fA-F]{3,8}\\b|rgb|hsl", options: .regularExpression) == nil)
        let colourValues = try NSRegularExpression(pattern: #"(?<![-\w])(color|background(-color)?)\s*:\s*([^;}]*)"#)
        for match in colourValues.matches(in: css, range: NSRange(css.startIndex..., in: css)) {
            let value = String(css[Range(match.range(at: 3), in: css)!])
            #expect(value.hasPrefix("var(--"), "\(value)")
        }
    }

    @Test func printStylesheetPrintsBlackOnWhite() throws {
        let css = try Self.page("rapport").style
        let print = try #require(css.range(of: "@media print {"))
        let printed = Contrast.declarations(in: String(css[print.upperBound...]))
        #expect(Set(printed.map(\.name)) == Set(Contrast.declarations(in: css).map(\.name)), "print redefines every colour")
        #expect(printed.allSatisfy { ["000000", "ffffff"].contains($0.hex) })
        #expect(css.contains("break-after: avoid"))
    }

    @Test(arguments: ["aftale", "fjendtlig-rapport"])
    func everythingFromTheSourcesIsEscaped(_ name: String) throws {
        let page = try Self.page(name)
        #expect(page.loading.isEmpty)
        #expect(page.headings.filter { $0.level == 1 }.count == 1)
        #expect(page.text.contains("Første afsnit med <img src=x onerror=alert(1)>. Samme afsnit, ny linje."))
        #expect(page.text.contains("</p><h1>falsk</h1>"))
        #expect(page.text.contains("Kære <i>borgeren</i>."))
        #expect(page.text.contains("<b>fed</b> & kursiv"))
        #expect(page.text.contains(Self.hostileTitle))
    }

    @Test func linksKeepTheirAddressesExactly() throws {
        let page = try Self.page("aftale")
        #expect(page.hrefs == [["a", Self.hostileURL]])
        #expect(page.text.contains("Aftalen <på nettet>"))
    }

    @Test func sectionTextBecomesParagraphsListsAndHeadings() {
        let html = HTMLText.blocks("Et\nto\n\n- a & b\n- c\n  d\n\n1. maj 2023 trådte den i kraft.\n# Titel", headingLevel: 3)
        #expect(html == "<p>Et to</p>\n<ul>\n<li>a &amp; b</li>\n<li>c d</li>\n</ul>\n"
                + "<p>1. maj 2023 trådte den i kraft.</p>\n<h3>Titel</h3>")
        #expect(HTMLText.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(HTMLText.escape("a\u{1}b\u{FFFF}") == "a\u{FFFD}b\u{FFFD}")
    }

    @Test func emptyReportSaysSo() throws {
        let page = try Self.page("tom-rapport")
        #expect(page.text.contains("Den omfatter 0 aftaler"))
        #expect(page.text.contains("Ingen aftaler."))
    }
}
