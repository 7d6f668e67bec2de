import Foundation
import Testing
import TrialFacts

@Suite struct PlainTextReaderTests {
  static let scrape = """
    Drug A Helps Hair Grow

    Share this content:

    In a small trial, twelve patients took drug A daily for
    six months and nine of them responded.

    Bone Cancer Regimens
    Brain Cancer Regimens
    Breast Cancer Regimens
    Lung Cancer Regimens

    Jane Doe, MD
    Boston Dermatologist
    4.6 out of 5 stars 31 reviews

    This page is for educational purposes only and is not a substitute for professional care.
    """

  @Test func dropsFurnitureAndJoinsBrokenSentences() throws {
    let document = try Fixtures.ingest(Self.scrape, format: .text)
    let text = document.text
    #expect(text.contains("twelve patients took drug A daily for six months and nine of them responded."))
    for gone in ["Share this content", "Regimens", "31 reviews", "Jane Doe", "educational purposes"] {
      #expect(!text.contains(gone), "\(gone) survived")
    }
    #expect(document.title == "Drug A Helps Hair Grow")
    let paragraph = try #require(document.blocks.first { $0.text.hasPrefix("In a small trial") })
    #expect(paragraph.line == 5)
    #expect(paragraph.line(atUTF8Offset: paragraph.text.utf8.count - 3) == 6)
    // A long line that closes a bracket goes on when the next starts in lowercase.
    let wrapped = """
      Pain freedom at 2 hours was achieved by 71 of 233 participants in the intervention group (30.5%)
      in the intervention group, compared with 41 of 229 participants in the control group (17.9%)
      in the control group.

      Smith J. A trial of drug A in adults with migraine. J Headache. 2021;12(2):77-85 (review)
      Jones K. Another paper on migraine and its treatment. Headache Med. 2020;60:1418-1426.
      """
    // A page break inside a sentence: page number, "Downloaded from", running head.
    let paged = """
      For no emesis in the overall phase, the proportions in the two groups were

      232
      Downloaded from https://journal.example.org/ by guest on 14 May 2024
      J Support Care 2024;12(3):231-243              Smith et al.

      respectively 262 (79.2%) and 250 (76.0%), and the difference was small.

      Results

      the next section starts in lowercase after a heading, which stays a heading.
      """
    let pagedBlocks = try Fixtures.ingest(paged, format: .text).blocks.map(\.text)
    // A table between two halves of a sentence is no page furniture: it stays.
    let tabled = "Response at week 12 was as shown below and\n\nResponse     30 (50.0)     10 (17.2)\nRemission    20 (33.3)      5 (8.6)\n\nremained stable afterwards.\n"
    #expect(try Fixtures.ingest(tabled, format: .text).blocks.filter { $0.kind == .tableRow }.count == 2)
    #expect(pagedBlocks.first == "For no emesis in the overall phase, the proportions in the two groups were respectively 262 (79.2%) and 250 (76.0%), and the difference was small.")
    #expect(!pagedBlocks.contains { $0.contains("Downloaded") })
    #expect(pagedBlocks.contains("Results"))
    let blocks = try Fixtures.ingest(wrapped, format: .text).blocks.map(\.text)
    #expect(blocks.first?.hasSuffix("(17.9%) in the control group.") == true)
    #expect(blocks.contains { $0.hasPrefix("Jones K.") })
  }

  /// Words and ranges a PDF broke at the line's end: the document says whether the
  /// hyphen was the line's ("parti-cipants", spelled whole elsewhere) or the word's own.
  /// A running head with a bar starts no sentence for a page break to join.
  @Test func wordsBrokenAtLineEndsAreJoined() throws {
    let text = """
      Participants were randomised to drug A or placebo. The time to peak was 1.2 hours (range 0.5-
      3.0). Dizziness was reported by 23 (9.9%) drug A-treated parti-
      cipants versus 8 (3.5%) controls, with placebo-
      controlled rates as expected.

      Headache Med Rev | www.headachemedrev.example              Page 5 of 11

      The time to maximum plasma concentration was 1.2 hours (range 0.5-
      3.0). Nausea was reported by 12 participants and by
      few controls.
      """
    let blocks = try Fixtures.ingest(text, format: .text).blocks.map(\.text)
    #expect(blocks.first?.contains("(range 0.5-3.0). Dizziness") == true)
    #expect(blocks.first?.contains("drug A-treated participants versus") == true)
    #expect(blocks.first?.contains("placebo-controlled rates") == true)
    #expect(blocks.contains { $0.hasPrefix("The time to maximum plasma concentration") })
    // Short lines that break a word go on too.
    let short = try Fixtures.ingest("Results\n\nA randomised, placebo-\ncontrolled trial of low-\ndose aspirin.\n", format: .text).blocks.map(\.text)
    #expect(short.last == "A randomised, placebo-controlled trial of low-dose aspirin.")
  }

  /// A table ruled with dashes, a section line under its rule, and a prose line that
  /// ends on an arm's colon and goes on in the next.
  /// A line of page furniture under a headline joins no paragraph (and is dropped), and
  /// the lines after "… one of two groups:" that end no sentence are items of a list
  /// whose bullets the scrape lost.
  @Test func furnitureLinesAndBareListItemsStandAlone() throws {
    let text = """
      Home > Research > Research news > Weekly injection for Parkinson's: what the results mean
      Weekly injection for Parkinson's: what the results mean
      Published 6 March 2025 | 7 minute read
      Share on Facebook | Share on X | Share by email | 2,318 people have shared this

      Adults with Parkinson's were randomly assigned to one of two groups:
      101 people had a 2 mg lixisenatide injection once a week
      99 people had a dummy injection once a week
      Neither the volunteers nor their doctors knew who was getting which.

      What they found
      """
    let document = try Fixtures.ingest(text, format: .text)
    #expect(!document.text.contains("2,318"))
    #expect(document.blocks.filter { $0.kind == .listItem }.map(\.text) == [
      "101 people had a 2 mg lixisenatide injection once a week", "99 people had a dummy injection once a week",
    ])
    #expect(document.blocks.contains { $0.text == "Neither the volunteers nor their doctors knew who was getting which." && $0.kind == .paragraph })
    // A blank line ends the list: the short line after it is a heading.
    #expect(document.blocks.last.map { $0.text == "What they found" && $0.kind == .heading } == true, "\(document.blocks.map(\.kind))")
    let sizes = Fixtures.pipeline.extract(document).findings.compactMap { f in f.cohort.map { "\(f.drug?.name ?? f.arm?.label ?? "-") \($0.size)" } }
    #expect(sizes.contains("lixisenatide 101"), "\(sizes)")
    #expect(!sizes.contains { $0.hasSuffix(" 2318") }, "\(sizes)")
  }

  /// Indented lines under a line that ends on a colon are items, one a line, even where
  /// they start in lowercase or close a bracket; a line not indented ends the list.
  @Test func indentedLinesUnderAColonAreItems() throws {
    let text = """
      They were randomly assigned to one of three pastes, applied four times a day for 5 days:
        amlexanox 5% oral paste (64 patients)
        triamcinolone acetonide 0.1% in an adhesive base (66 patients)
        a placebo paste made from the adhesive base alone (62 patients)
      Neither the patients nor the dentists knew which paste was which.

      The trial was run in two dental schools and a dozen
        practices; every site followed the same schedule.
      """
    let document = try Fixtures.ingest(text, format: .text)
    #expect(document.blocks.filter { $0.kind == .listItem }.map(\.text) == [
      "amlexanox 5% oral paste (64 patients)", "triamcinolone acetonide 0.1% in an adhesive base (66 patients)",
      "a placebo paste made from the adhesive base alone (62 patients)",
    ])
    #expect(document.blocks.contains { $0.text == "Neither the patients nor the dentists knew which paste was which." && $0.kind == .paragraph })
    // (An indented line after no colon goes on with its sentence.)
    #expect(document.blocks.contains { $0.text.hasSuffix("a dozen practices; every site followed the same schedule.") })
    let sizes = Fixtures.pipeline.extract(document).findings.compactMap { f in f.cohort.map { "\(f.drug?.name ?? f.arm?.label ?? "-") \($0.size)" } }
    #expect(Set(sizes) == ["amlexanox 64", "triamcinolone 66", "placebo 62"], "\(sizes)")
    // Short indented items are no menu, and bullets apart are no headings.
    let short = try Fixtures.ingest(
      "Adults were randomly assigned to one of three groups:\n  melatonin 2 mg (50 people)\n  zolpidem 10 mg (40 people)\n  placebo (49 people)\n\n- amlexanox 5% paste (64 patients)\n\n- triamcinolone 0.1% paste (66 patients)\n",
      format: .text)
    #expect(short.blocks.filter { $0.kind == .listItem }.count == 3)
    #expect(!short.blocks.contains { $0.kind == .heading })
    // The schedule before the list is every item's.
    let schedules = Fixtures.pipeline.extract(document).findings.map { "\($0.dose?.perDay ?? 0) \($0.duration?.maxDays ?? 0)" }
    #expect(schedules == ["4.0 5.0", "4.0 5.0", "4.0 5.0"], "\(schedules)")
  }

  /// "204 people took part" in an opening summary that names one drug is no size of that
  /// drug's arm once the arms' own sizes (103 and 101) come: their shares are of 103.
  @Test func aWholeStudyCountInASummaryIsNoArmsSize() throws {
    let text = """
      At a glance

      - The trial tested whether a weekly injection of lixisenatide could slow Parkinson's.

      - 204 people with Parkinson's took part for 48 weeks.

      Adults were randomly assigned to one of two groups:
      103 people had a 2 mg lixisenatide injection once a week
      101 people had a dummy (placebo) injection once a week

      Movement scores worsened in 39.8% of those on lixisenatide and 51.5% of those on placebo.
      """
    let findings = Fixtures.pipeline.extract(try Fixtures.ingest(text, format: .text)).findings
    let sizes = findings.compactMap { $0.cohort?.size }
    #expect(!sizes.contains(204), "\(sizes)")
    #expect(Set(Fixtures.counts(findings)) == ["lixisenatide 41/103", "placebo 52/101"], "\(Fixtures.counts(findings))")
  }

  @Test func ruledTablesAndLinesEndingOnAColon() throws {
    let text = """
      Table 2. Outcomes
      ---------------------------------------------------------------
      Outcome                      Placebo (N = 301)   HD (N = 300)
      ---------------------------------------------------------------
      Efficacy, days 1-10
        Symptomatic influenza      30 (10.0)           8 (2.7)
        Medically attended         11 (3.7)            3 (1.0)
      ---------------------------------------------------------------

      Influenza by day 10 occurred in placebo: 41/301 (13.6%); high dose:
      12/300 (4.0%).
      """
    let blocks = try Fixtures.ingest(text, format: .text).blocks
    #expect(blocks.filter { $0.kind == .tableRow }.map(\.text) == [
      "Outcome | Placebo (N = 301) | HD (N = 300)", "Efficacy, days 1-10",
      "Symptomatic influenza | 30 (10.0) | 8 (2.7)", "Medically attended | 11 (3.7) | 3 (1.0)",
    ])
    #expect(blocks.last?.text == "Influenza by day 10 occurred in placebo: 41/301 (13.6%); high dose: 12/300 (4.0%).")
  }

  /// Tables saved as text: cells parted by tabs, or by runs of spaces in columns.
  @Test func tablesInTextKeepTheirCells() throws {
    let tabbed = "Results\n\nOutcome\tDrug A (n=226)\tPlacebo (n=227)\nNausea\t18 (8)\t9 (4)\nRash\t5 (2)\t4 (2)\n"
    let rows = try Fixtures.ingest(tabbed, format: .text).blocks.filter { $0.kind == .tableRow }
    #expect(rows.map(\.cells) == [["Outcome", "Drug A (n=226)", "Placebo (n=227)"], ["Nausea", "18 (8)", "9 (4)"], ["Rash", "5 (2)", "4 (2)"]])
    #expect(rows.map(\.line) == [3, 4, 5])

    let aligned = """
      Outcome                  Drug A           Placebo
                               n/N (%)          n/N (%)
      Infection (any)          31/552 (5.6)     53/548 (9.7)
        Deep incisional         9/552 (1.6)     14/548 (2.6)
      By wound class
        Contaminated           14/128 (10.9)    26/131 (19.8)
      *median (IQR)
      """
    let spaced = try Fixtures.ingest(aligned, format: .text).blocks.filter { $0.kind == .tableRow }.map(\.cells)
    #expect(spaced == [
      ["Outcome", "Drug A", "Placebo"], ["", "n/N (%)", "n/N (%)"], ["Infection (any)", "31/552 (5.6)", "53/548 (9.7)"],
      ["Deep incisional", "9/552 (1.6)", "14/548 (2.6)"], ["By wound class"], ["Contaminated", "14/128 (10.9)", "26/131 (19.8)"],
    ])
    // Cells between pipes, rule lines between rows, an empty cell kept in its place.
    let piped = """
      +-----------------+-----------+-----------+
      | Outcome         | A (n=96)  | B (n=97)  |
      |-----------------|-----------|-----------|
      | Admission       | 5 (5.2)   | 11 (11.3) |
      | Rash            |           | 2 (2.1)   |
      +-----------------+-----------+-----------+
      The | in this sentence | is no table.
      """
    let pipeRows = try Fixtures.ingest(piped, format: .text).blocks.filter { $0.kind == .tableRow }
    #expect(pipeRows.map(\.cells) == [["Outcome", "A (n=96)", "B (n=97)"], ["Admission", "5 (5.2)", "11 (11.3)"], ["Rash", "", "2 (2.1)"]])
    #expect(Set(pipeRows.map(\.table)).count == 1)
    #expect(pipeRows.map(\.line) == [2, 4, 5])
    // Cells parted by bare pipes, as many on each line; a menu's lines of other lengths
    // are no table.
    let bare = """
      Home | Forum | News | Living with | Donate
      Log in | Register

      Outcome | Elagolix 150 mg QD | Placebo
      Hot flushes | 54/226 | 16/225
      Headache | 40/226 | 27/225
      """
    let bareRows = try Fixtures.ingest(bare, format: .text).blocks.filter { $0.kind == .tableRow }
    #expect(bareRows.map(\.cells) == [["Outcome", "Elagolix 150 mg QD", "Placebo"], ["Hot flushes", "54/226", "16/225"], ["Headache", "40/226", "27/225"]])
    // Paragraphs indented by a tab, and justified prose, are no tables.
    let indented = "\tPatients were randomised to ketamine 0.5 mg/kg or placebo.\n\tResponse occurred in 20 of 40 patients.\n"
    #expect(try Fixtures.ingest(indented, format: .text).blocks.allSatisfy { $0.kind != .tableRow })
    let justified = "Patients  were  randomised  to  ketamine  0.5  mg/kg  or  placebo  for  four  weeks.\nResponse  occurred  in  20  of  40  patients  in  the  ketamine  group  overall.\n"
    #expect(try Fixtures.ingest(justified, format: .text).blocks.allSatisfy { $0.kind != .tableRow })
    // Prose with two spaces after its full stops is no table.
    let prose = "Twelve patients took drug A.  Nine responded.  Three did not.\nThe trial ran for a year.  It ended in 2019.  No one died.\n"
    #expect(try Fixtures.ingest(prose, format: .text).blocks.allSatisfy { $0.kind != .tableRow })
  }

  @Test func referenceSectionIsKeptApart() throws {
    let text = "Title\n\nTwelve patients responded to the drug.\n\nReferences\n\n1. Smith J. Trial. J Med. 2015; 8:397-403\n"
    let document = try Fixtures.ingest(text, format: .text)
    #expect(document.blocks.last?.kind == .reference)
  }

  @Test func aCitationCountAmongThePageMetricsOpensNoReferenceList() throws {
    let text = "Drug A for Hair Loss\n\nFirst published: 9 February 2024\nCitations: 18\nViews: 6,117\n\nTwelve patients took drug A and nine of them responded.\n\nReferences\n\n1. Smith J. Trial. J Med. 2015; 8:397-403\n"
    let document = try Fixtures.ingest(text, format: .text)
    let trial = document.blocks.first { $0.text.hasPrefix("Twelve patients") }
    #expect(trial?.kind == .paragraph)
    #expect(document.blocks.last?.kind == .reference)
    // A reference list's heading with its count still opens the list.
    for heading in ["References (32)", "References: 25", "Citations (3)", "REFERENCES 1-20", "Bibliography (12)"] {
      let listed = try Fixtures.ingest("Twelve patients took drug A and nine of them responded.\n\n\(heading)\n\n1. Smith J. Drug A in 400 patients. N Engl J Med 2019;380:100-10.\n", format: .text)
      #expect(listed.blocks.last?.kind == .reference, "\(heading)")
    }
  }
}

@Suite struct XMLArticleReaderTests {
  @Test func pubmed() throws {
    let xml = """
      <?xml version="1.0"?>
      <PubmedArticleSet><PubmedArticle><MedlineCitation><Article>
      <ArticleTitle>Drug A in alopecia</ArticleTitle>
      <Abstract><AbstractText Label="RESULTS">Nine of 12 patients responded.</AbstractText></Abstract>
      </Article></MedlineCitation></PubmedArticle></PubmedArticleSet>
      """
    let document = try Fixtures.ingest(xml, format: .xml)
    #expect(document.title == "Drug A in alopecia")
    #expect(document.blocks.map(\.text) == ["Drug A in alopecia", "RESULTS: Nine of 12 patients responded."])
    #expect(document.blocks[1].line == 4)
  }

  @Test func jats() throws {
    let xml = """
      <article><front><article-meta><title-group><article-title>Trial of drug A</article-title></title-group>
      <abstract><p>Twelve patients.</p></abstract></article-meta></front>
      <body><sec><title>Results</title><p>Nine responded.</p>
      <table-wrap><table><tr><th>Arm</th><th>Drug A<xref ref-type="table-fn" rid="t1">a</xref><break/>n = 12</th></tr><tr><td>Drug A</td><td>9/12</td></tr></table></table-wrap></sec></body>
      <back><ref-list><title>References</title><ref>Smith J. 2015; 8:397-403</ref></ref-list></back></article>
      """
    let document = try Fixtures.ingest(xml, format: .xml)
    #expect(document.title == "Trial of drug A")
    #expect(document.blocks.map(\.kind) == [.title, .paragraph, .heading, .paragraph, .tableRow, .tableRow, .heading, .reference])
    // <break/> parts the lines of a cell; a footnote marker is no part of the words.
    #expect(document.blocks[4].text == "Arm | Drug A n = 12")
    #expect(document.blocks[5].text == "Drug A | 9/12")
    #expect(document.blocks[5].cells == ["Drug A", "9/12"])
    // A table's caption opens with its label, as the text cites it ("(Table 1)").
    let labelled = try Fixtures.ingest(
      "<article><body><table-wrap><label>Table 1</label><caption><p>Baseline characteristics</p></caption><table><tr><td>Age</td><td>41</td></tr></table></table-wrap></body></article>",
      format: .xml)
    #expect(labelled.blocks.first { $0.kind == .caption }?.text == "Table 1. Baseline characteristics")
  }
}
