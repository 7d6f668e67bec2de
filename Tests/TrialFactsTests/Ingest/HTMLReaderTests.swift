import Foundation
import Testing
import TrialFacts

@Suite struct HTMLReaderTests {
  static let article = "<p>Forty patients took drug A for twelve weeks and thirty of them responded well.</p>"

  /// Fragments that must lose their furniture, and the text that must go.
  @Test(arguments: [
    ("<nav><a href='/'>Home</a> <a href='/x'>Health News</a></nav>", "Health News"),
    ("<div class='share-bar'><a>Share on Facebook</a></div>", "Facebook"),
    ("<div id='cookie-banner'>We use cookies. Accept?</div>", "cookies"),
    ("<footer>Copyright 2024. Call 555-0100.</footer>", "555-0100"),
    ("<script>var stars = 5;</script>", "stars"),
    ("<div class='rating'>4.6 out of 5 stars (212 reviews)</div>", "212 reviews"),
    ("<p>4.6 out of 5 stars 212 reviews</p>", "212 reviews"),
    ("<aside><h3>Most read</h3><p>Ten foods for your skin</p></aside>", "Ten foods"),
    ("<div class='newsletter-signup'><p>Get our weekly newsletter</p></div>", "weekly newsletter"),
    ("<div><h2>Related articles</h2><ul><li><a>Drug B in 66 patients</a></li></ul></div>", "66 patients"),
    ("<div><h3>Comments (2)</h3><p>My aunt took it for 12 weeks.</p></div>", "My aunt"),
    ("<div hidden>Secret 12 patients</div>", "Secret"),
    ("<div style='display: none'>Secret 12 patients</div>", "Secret"),
    ("<section class='comments'><p>Great, 5 stars from me!</p></section>", "Great"),
    ("<ol class='breadcrumb'><li>Home</li><li>Dermatology</li></ol>", "Dermatology"),
    ("<div class='post-author'><p>Jane writes about gardens and travel.</p></div>", "gardens"),
    ("<div class='PromoSmall'><p>Another story worth reading today</p></div>", "worth reading"),
    ("<p>Nov. 20, 2019, 9:28 AM UTC</p>", "9:28"),
    ("<p>Posted: 18 Nov 2019 8:11 pm</p>", "Posted"),
    ("<p>https://example.com/uploads/ward.jpg 1200 800 admin</p>", "ward.jpg"),
    ("<h1>Drug A helps</h1><h2>A kicker above the story</h2>", "kicker"),
  ])
  func removes(_ furniture: String, _ gone: String) throws {
    let document = try Fixtures.ingest("<html><body><article>\(furniture)\(Self.article)</article></body></html>")
    #expect(!document.text.contains(gone), "\(document.text)")
    #expect(document.text.contains("Forty patients took drug A"))
  }

  /// Fragments that look like furniture but are article text.
  @Test(arguments: [
    "<div class='shareholder-note'><p>Twelve patients in the open-label extension.</p></div>",
    "<table><tr><th>Arm</th><th>Responders</th></tr><tr><td>Drug A</td><td>9/12</td></tr></table>",
    "<ul><li>Twelve patients received 20 mg twice daily.</li></ul>",
    "<h2>Results</h2><p>Twelve patients responded.</p>",
    "<blockquote>Twelve patients improved, said the investigator.</blockquote>",
    "<p>Twelve patients were enrolled on 3 March 2019.</p>",
    "<p>— Twelve Trials (@twelvetrials) November 19, 2019</p>",
  ])
  func keeps(_ text: String) throws {
    let document = try Fixtures.ingest("<html><body><article>\(text)\(Self.article)</article></body></html>")
    #expect(document.text.contains("Twelve") || document.text.contains("9/12"), "\(document.text)")
  }

  @Test func keepsTableRowsInOrder() throws {
    let document = try Fixtures.ingest(
      "<html><body><table><caption>Week 24</caption><tr><th>Arm</th><th>n</th></tr><tr><td>4 mg</td><td>281</td></tr></table></body></html>")
    #expect(document.blocks.map(\.kind) == [.caption, .tableRow, .tableRow])
    #expect(document.blocks[2].text == "4 mg | 281")
    #expect(document.blocks[1].cells == ["Arm", "n"])
    #expect(document.blocks[2].cells == ["4 mg", "281"])
  }

  /// A line break inside a header cell parts two lines of the cell, not the row; one in a
  /// story `<div>` of a page laid out in a table still parts paragraphs.
  @Test func lineBreakInACellKeepsItsRow() throws {
    let table = try Fixtures.ingest(
      "<html><body><table><tr><th>Reaction</th><th>Drug A<br>N = 296</th><th>Placebo<br/>N = 148</th></tr></table></body></html>")
    #expect(table.blocks.map(\.text) == ["Reaction | Drug A N = 296 | Placebo N = 148"])
    let layout = try Fixtures.ingest(
      "<html><body><table><tr><td><div>Forty patients took drug A.<br><br>Thirty responded.</div></td></tr></table></body></html>")
    #expect(layout.blocks.map(\.text) == ["Forty patients took drug A.", "Thirty responded."])
  }

  @Test func footnoteMarkersAreNoPartOfTheWords() throws {
    let table = try Fixtures.ingest(
      "<html><body><table><tr><th>Outcome</th><th>CoPAT<sup>a</sup> (n = 103)</th><th>IPAT<sup>†</sup> (n = 97)</th><th>Area, m<sup>2</sup></th></tr></table></body></html>")
    #expect(table.blocks.map(\.text) == ["Outcome | CoPAT (n = 103) | IPAT (n = 97) | Area, m2"])
    let ordinal = try Fixtures.ingest("<html><body><p>Pain was lowest on the 2<sup>nd</sup> day.</p></body></html>")
    #expect(ordinal.blocks.map(\.text) == ["Pain was lowest on the 2nd day."])
  }

  /// A scraped fragment without <html> or <body>: every element of it is read, not the
  /// first alone.
  @Test func fragmentWithoutBodyKeepsAllItsBlocks() throws {
    let document = try Fixtures.ingest(
      "<p>Forty patients took drug A.</p>\n<p>Thirty responded.</p>\n<table><tr><td>Healed</td><td>30</td></tr></table>\n<p>None withdrew.</p>")
    #expect(document.blocks.map(\.text) == ["Forty patients took drug A.", "Thirty responded.", "Healed | 30", "None withdrew."])
    #expect(document.blocks.map(\.line) == [1, 2, 3, 4])
  }

  @Test func blocksMapToSourceLines() throws {
    let html = "<html>\n<body>\n<p>Lead here</p>\n<p>First line\nsecond line of the paragraph</p>\n</body></html>"
    let document = try Fixtures.ingest(html)
    #expect(document.blocks.map(\.line) == [3, 4])
    let paragraph = document.blocks[1]
    let offset = paragraph.text.utf8.count - 5
    #expect(paragraph.line(atUTF8Offset: offset) == 5)
  }

  /// libxml2 stops counting HTML lines at 65,535; the text-line hook does not.
  @Test func linesPast65535() throws {
    let filler = String(repeating: "<br>\n", count: 70_000)
    let document = try Fixtures.ingest("<html><body>\(filler)<p>Deep paragraph with 12 patients.</p></body></html>")
    #expect(document.blocks.last?.line == 70_001)
  }

  @Test func windows1252Fallback() throws {
    var bytes = Array("<html><body><p>Caf".utf8)
    bytes.append(0xE9)  // é in Windows-1252, invalid as UTF-8
    bytes.append(contentsOf: Array(" 3".utf8))
    bytes.append(0x96)  // en dash
    bytes.append(contentsOf: Array("6 months</p></body></html>".utf8))
    let document = try Fixtures.pipeline.ingestor.ingest(bytes: bytes, format: .html, source: "cp1252")
    #expect(document.text == "Café 3–6 months")
  }

  /// Without `<main>` or `<article>` holding the story, the densest prose wins, but a list
  /// of teaser `<article>`s ("You may also like") is not the story, however long.
  @Test func teaserListIsNotTheArticle() throws {
    let teaser = "<article><p>Another story, with commas, many commas, and more commas, to score high.</p></article>"
    let more = "<p>Drug A, given for twelve weeks, lowered pressure, and most patients, about thirty, responded.</p>"
    let html = "<html><body><div class='story'>\(Self.article)\(more)\(more)</div><div><h3>You may also enjoy</h3>"
      + String(repeating: teaser, count: 6) + "</div></body></html>"
    let document = try Fixtures.ingest(html)
    #expect(document.text.contains("Forty patients took drug A"), "\(document.text)")
    #expect(!document.text.contains("Another story"), "\(document.text)")
  }

  /// A journal page's abstract of many short paragraphs may be its densest prose; the
  /// results below it, in fewer and longer paragraphs, are the same article.
  @Test func anAbstractIsPartOfTheArticle() throws {
    let short = "<h3>Part</h3><p>Adults, aged 65 or older, with symptoms, were enrolled, and followed.</p>"
    let long = "<p>The primary outcome occurred in 4 of 215 patients in the drug A group and in 14 of 213 in the usual care group, "
      + String(repeating: "a result the trial reports in detail here ", count: 8) + ".</p>"
    let html = "<html><body><div id='main'><div class='abstract author'><h2>Summary</h2>"
      + String(repeating: short, count: 6) + "</div><div class='sections'><section><h2>Results</h2>\(long)</section></div>"
      + "<div class='recommended'><p>Another study, with commas, many commas, and more commas.</p></div></div></body></html>"
    let document = try Fixtures.ingest(html)
    #expect(document.text.contains("Adults, aged 65 or older"), "\(document.text)")
    #expect(document.text.contains("4 of 215 patients"), "\(document.text)")
    #expect(!document.text.contains("Another study"), "\(document.text)")
  }

  @Test func pageWithoutArticleWarns() throws {
    let document = try Fixtures.ingest("<html><body><nav>Home</nav></body></html>")
    #expect(document.blocks.isEmpty)
    #expect(document.warnings == ["no article text found"])
  }

  @Test func otherScriptsComeThrough() throws {
    let document = try Fixtures.ingest("<html><body><p>Двенадцать пациентов получали препарат.</p><p>患者12名が参加した。</p></body></html>")
    #expect(document.text.contains("Двенадцать"))
    #expect(document.text.contains("患者12名"))
  }
}
