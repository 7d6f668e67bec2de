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
  }

  @Test func referenceSectionIsKeptApart() throws {
    let text = "Title\n\nTwelve patients responded to the drug.\n\nReferences\n\n1. Smith J. Trial. J Med. 2015; 8:397-403\n"
    let document = try Fixtures.ingest(text, format: .text)
    #expect(document.blocks.last?.kind == .reference)
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
      <table-wrap><table><tr><th>Arm</th><th>Drug A<break/>n = 12</th></tr><tr><td>Drug A</td><td>9/12</td></tr></table></table-wrap></sec></body>
      <back><ref-list><title>References</title><ref>Smith J. 2015; 8:397-403</ref></ref-list></back></article>
      """
    let document = try Fixtures.ingest(xml, format: .xml)
    #expect(document.title == "Trial of drug A")
    #expect(document.blocks.map(\.kind) == [.title, .paragraph, .heading, .paragraph, .tableRow, .tableRow, .heading, .reference])
    // <break/> parts the lines of a cell.
    #expect(document.blocks[4].text == "Arm | Drug A n = 12")
    #expect(document.blocks[5].text == "Drug A | 9/12")
    #expect(document.blocks[5].cells == ["Drug A", "9/12"])
  }
}
