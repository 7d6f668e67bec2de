import Foundation
import Testing
import TrialFacts

/// Every boilerplate cue in `rules/boilerplate/` gets a fragment that must lose it and
/// one that must keep it, built from the cue itself, so that a cue added to a rule file
/// is tested without writing a test.
@Suite struct EveryCueTests {
  static let article = "<p>Forty patients took drug A for twelve weeks and thirty of them responded well.</p>"
  /// Over 500 characters: an element holding this much of the page is the article.
  static let longArticle = String(
    repeating: "<p>Forty patients took drug A for twelve weeks, and thirty of them responded well to it.</p>", count: 8)

  static func terms(_ kind: RuleKind) -> [String] {
    Fixtures.pipeline.rules.entries(kind).map(\.term)
  }

  static func page(_ body: String) throws -> String {
    try Fixtures.ingest("<html><body><article>\(body)</article></body></html>").text
  }

  // Tags whose text can be checked: void elements hold none, and a script's or style's
  // text is never text anyway.
  static let tagsWithText = terms(.boilerplateTag).filter { !["input", "embed", "br", "img", "hr"].contains($0) }

  @Test(arguments: tagsWithText)
  func tagIsDropped(_ tag: String) throws {
    let text = try Self.page("<\(tag)>Furniture words here</\(tag)>\(Self.article)")
    #expect(!text.contains("Furniture words"), "<\(tag)>: \(text)")
    #expect(text.contains("Forty patients"))
  }

  /// Container tags that pages wrap around everything (ASP.NET's page-wide `<form>`): the
  /// article inside is still read.
  static let containerTags = tagsWithText.filter { ["nav", "header", "footer", "aside", "form", "menu", "dialog"].contains($0) }

  @Test(arguments: containerTags)
  func tagAroundTheWholeArticleKeepsIt(_ tag: String) throws {
    let document = try Fixtures.ingest("<html><body><\(tag)><article>\(Self.longArticle)</article></\(tag)></body></html>")
    #expect(document.text.contains("Forty patients"), "<\(tag)> around the article dropped it")
  }

  @Test func navThatIsTheArticlesOwnContentsIsKept() throws {
    let text = try Self.page(
      "<nav><ul><li><a href='#methods'>Methods of the trial</a></li><li><a href='#results'>Results at week 12</a></li></ul></nav>\(Self.article)"
    )
    #expect(text.contains("Results at week 12"), "\(text)")
    let site = try Self.page("<nav><ul><li><a href='/news'>News</a></li><li><a href='/health'>Health A to Z</a></li></ul></nav>\(Self.article)")
    #expect(!site.contains("Health A to Z"))
    // A bare "#" is a script's placeholder, not a place in the article.
    let scripted = try Self.page("<nav><a href='#'>Home</a> <a href='#'>Health news</a> <a href='#'>Log in</a></nav>\(Self.article)")
    #expect(!scripted.contains("Health news"))
  }

  @Test(arguments: terms(.boilerplateClass))
  func classWordMarksFurniture(_ word: String) throws {
    let text = try Self.page("<div class='site-\(word)'>Furniture words here</div>\(Self.article)")
    #expect(!text.contains("Furniture words"), "class site-\(word): \(text)")
    #expect(text.contains("Forty patients"))
  }

  @Test(arguments: terms(.boilerplateClass))
  func classWordNeverDropsTheArticleItself(_ word: String) throws {
    let text = try Self.page("<div class='site-\(word)'>\(Self.longArticle)</div><p>A short note.</p>")
    #expect(text.contains("Forty patients"), "class site-\(word) dropped the article")
  }

  /// A phrase as a short block of its own: "^x" and "=x" stand alone, "x$" ends the block
  /// after a finished sentence.
  static func furnitureBlock(_ phrase: String) -> String {
    if phrase.hasPrefix("^") || phrase.hasPrefix("=") { return String(phrase.dropFirst()) }
    if phrase.hasSuffix("$") { return "A photo of the ward. " + phrase.dropLast() }
    return "Furniture: \(phrase) now"
  }

  @Test(arguments: terms(.boilerplatePhrase))
  func phraseMarksAShortBlock(_ phrase: String) throws {
    let block = Self.furnitureBlock(phrase)
    let text = try Self.page("<p>\(block)</p>\(Self.article)")
    #expect(!text.contains(block), "\"\(phrase)\": \(text)")
    #expect(text.contains("Forty patients"))
  }

  @Test(arguments: terms(.boilerplatePhrase))
  func phraseInsideALongSentenceIsProse(_ phrase: String) throws {
    let words = phrase.trimmingCharacters(in: CharacterSet(charactersIn: "^=$"))
    let sentence =
      "In the clinic, nurses said that the words \(words) came up while forty patients took drug A for twelve weeks and thirty of them responded well to the treatment they were given."
    let text = try Self.page("<p>\(sentence)</p>")
    #expect(text.contains("forty patients took drug A"), "\"\(phrase)\" dropped prose: \(text)")
  }

  @Test(arguments: terms(.boilerplateHeading))
  func headingOpensAFurnitureSection(_ heading: String) throws {
    let text = try Self.page("\(Self.article)<h2>\(heading)</h2><p>Furniture words here</p>")
    #expect(!text.contains("Furniture words"), "heading \"\(heading)\": \(text)")
  }

  @Test(arguments: terms(.boilerplateHeading))
  func headingWordsInProseAreKept(_ heading: String) throws {
    let text = try Self.page("\(Self.article)<h2>Results</h2><p>At the end of the long visit to the clinic that spring, the team wrote \(heading) on the form that was kept in the report of the trial for every one of the patients.</p>")
    #expect(text.contains("in the report of the trial"), "heading \"\(heading)\" dropped prose: \(text)")
  }

  /// A content word in another class of the same attribute protects from a furniture
  /// word ("l-sidebar l-article-body"); in the same class it does not ("post-share").
  @Test(arguments: terms(.contentClass))
  func contentWordProtectsOnlyFromOtherClasses(_ word: String) throws {
    let kept = try Self.page("<div class='sidebar \(word)'>Kept words here</div>\(Self.article)")
    #expect(kept.contains("Kept words"), "class \"sidebar \(word)\": \(kept)")
    let dropped = try Self.page("<div class='\(word)-share'>Furniture words here</div>\(Self.article)")
    #expect(!dropped.contains("Furniture words"), "class \"\(word)-share\": \(dropped)")
  }

  /// A reference heading sets its section apart (never mined); the same words in prose
  /// are prose.
  @Test(arguments: terms(.referenceHeading))
  func referenceHeadingOpensAReferenceList(_ heading: String) throws {
    let document = try Fixtures.ingest(
      "<html><body><article>\(Self.article)<h2>\(heading)</h2><p>Smith J. A trial of drug A. J Med. 2015; 8:397-403</p></article></body></html>")
    #expect(document.blocks.contains { $0.kind == .reference && $0.text.contains("Smith J.") }, "heading \"\(heading)\"")
    let prose = try Fixtures.ingest(
      "<html><body><article>\(Self.article)<h2>Results</h2><p>The \(heading) of the trial were checked by two reviewers.</p></article></body></html>")
    #expect(!prose.blocks.contains { $0.kind == .reference }, "\"\(heading)\" in prose made a reference list")
  }
}
