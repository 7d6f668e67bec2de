import TrialFactsCore

/// Block-level cleaning shared by every reader: drops short blocks that carry a cue
/// phrase, drops sections under furniture headings ("Related articles"), and turns
/// sections under reference headings into reference blocks.
struct BlockFilter {
  var cues: BoilerplateCues
  /// Blocks with more words than this are article text even if a cue phrase occurs.
  var maximumFurnitureWords = 60
  /// Whether any heading ends a reference list. Plain text guesses headings from line
  /// shape, and a short reference line ("Smith J. Trial. 2015") looks like one.
  var headingsEndReferences = true

  struct Candidate {
    var block: Block
    /// Share of the block's text inside links (HTML only).
    var linkDensity: Double = 0
    /// Where the block starts in the page (HTML: node index), for section scopes.
    var position: Int = 0
    /// For a heading: the position where its enclosing element ends. A furniture
    /// section opened by the heading ends there too ("Related" boxes inside articles).
    var scopeEnd: Int = .max
  }

  func apply(_ candidates: [Candidate], removed: inout [RemovedBlock]) -> [Block] {
    var kept: [Block] = []
    kept.reserveCapacity(candidates.count)
    enum Section { case article, furniture(String, level: Int), references(level: Int) }
    var sectionEnd = Int.max
    var section = Section.article

    for candidate in candidates {
      var block = candidate.block
      if candidate.position >= sectionEnd {
        section = .article
        sectionEnd = .max
      }
      if block.kind == .heading {
        let key = BoilerplateCues.headingKey(block.text)
        let level = block.level == 0 ? 2 : block.level
        if cues.referenceHeadings.contains(key), headingsEndReferences || !Self.isCitationCount(block.text, key: key) {
          section = .references(level: level)
          kept.append(block)
          continue
        }
        if cues.sectionHeadings.contains(key) {
          section = .furniture(key, level: level)
          sectionEnd = candidate.scopeEnd
          removed.append(RemovedBlock(text: block.text, line: block.line, cue: "heading \"\(key)\""))
          continue
        }
        switch section {
        case .furniture(_, let open):
          if level <= open { section = .article }
        case .references(let open):
          if level <= open && headingsEndReferences { section = .article }
        case .article: break
        }
      }
      let words = Self.wordCount(block.text)
      if words == 1, Self.isAddress(block.text) {
        removed.append(RemovedBlock(text: block.text, line: block.line, cue: "address"))
        continue
      }
      if words <= maximumFurnitureWords, Self.startsWithImageAddress(block.text) {
        removed.append(RemovedBlock(text: block.text, line: block.line, cue: "image address"))
        continue
      }
      if words <= maximumFurnitureWords, let phrase = cues.phraseCue(block.text, words: words) {
        removed.append(RemovedBlock(text: block.text, line: block.line, cue: "phrase \"\(phrase)\""))
        continue
      }
      switch section {
      case .furniture(let key, _):
        removed.append(RemovedBlock(text: block.text, line: block.line, cue: "section \"\(key)\""))
        continue
      case .references:
        if block.kind != .heading || !headingsEndReferences { block.kind = .reference }
        kept.append(block)
        continue
      case .article:
        break
      }
      // Only paragraphs: a table row "Jan 2019 | 45 (30.0)" is data.
      if block.kind == .paragraph, words <= 10, Self.isDateline(block.text) {
        removed.append(RemovedBlock(text: block.text, line: block.line, cue: "dateline"))
        continue
      }
      if candidate.linkDensity > 0.75, words <= 25 {
        removed.append(RemovedBlock(text: block.text, line: block.line, cue: "links"))
        continue
      }
      kept.append(block)
    }
    return kept
  }

  /// "Citations: 18", "Citations 18": a page's count of citations among its metrics, not
  /// the heading of its reference list ("References (32)", "Citations (3)" are). Plain
  /// text only, where nothing ends a reference list once it opens.
  static func isCitationCount(_ text: String, key: String) -> Bool {
    key == "citations" && text.utf8.contains(where: { $0 &- 0x30 < 10 }) && !text.utf8.contains(UInt8(ascii: "("))
  }

  /// A block that is only a web address ("https://site/path", "www.site.com").
  static func isAddress(_ text: String) -> Bool {
    let lower = text.lowercased()
    return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
  }

  /// A block that opens with the address of an image file ("https://site/a.jpg 1200 800
  /// admin ..."): attachment data, not prose.
  static func startsWithImageAddress(_ text: String) -> Bool {
    guard let head = text.utf8.first, head | 0x20 == 0x68 else { return false }  // "h"
    let lower = text.prefix(300).lowercased()
    guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
    let first = lower.prefix(while: { $0 != " " })
    let path = first.split(separator: "?", maxSplits: 1).first ?? first
    return [".jpg", ".jpeg", ".png", ".gif", ".webp"].contains(where: { path.hasSuffix($0) })
  }

  private static let dateWords: Set<String> = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december",
  ]
  private static let datelineWords: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri",
    "sat", "sun", "am", "pm", "utc", "gmt", "est", "edt", "pst", "pdt", "cst", "cdt", "et", "pt", "bst", "cet", "ist",
    "hst", "at", "on", "updated", "published", "posted", "by",
  ]

  /// A dateline: "Nov. 20, 2019, 9:28 AM UTC", "Posted: 18 Nov 2019 8:11 pm", "2018-08-16":
  /// one year, a month or a clock time or a numeric date, and at most one other word (a
  /// site or author name). A tweet's signature ("— name (@handle) May 4, 2019") is quoted
  /// text, not a dateline.
  static func isDateline(_ text: String) -> Bool {
    guard text.utf8.contains(where: { $0 &- 0x30 < 10 }), !text.utf8.contains(0x40), !text.hasPrefix("\u{2014}") else {
      return false
    }
    let bytes = Array(text.utf8)
    var years = 0
    var month = false
    var others = 0
    for token in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
      if token.allSatisfy({ $0.isASCII && $0.isNumber }) {
        if token.count == 4, let value = Int(token), value >= 1900, value < 2100 { years += 1 }
        continue
      }
      let digits = token.prefix(while: { $0.isASCII && $0.isNumber })
      if !digits.isEmpty, ["st", "nd", "rd", "th", "am", "pm"].contains(String(token.dropFirst(digits.count))) { continue }
      let word = String(token)
      if dateWords.contains(word) {
        month = true
      } else if !datelineWords.contains(word) {
        others += 1
      }
    }
    guard years == 1, others <= 1 else { return false }
    if month { return true }
    // A clock time "9:28" or a numeric date "2018-08-16", "11/19/2019", "2016.12.01".
    var i = 0
    while i < bytes.count {
      guard bytes[i] &- 0x30 < 10 else { i += 1; continue }
      var j = i
      while j < bytes.count, bytes[j] &- 0x30 < 10 { j += 1 }
      if j + 1 < bytes.count, bytes[j] == 0x3A, j - i <= 2, bytes[j + 1] &- 0x30 < 10 { return true }
      if j + 1 < bytes.count, bytes[j] == 0x2D || bytes[j] == 0x2F || bytes[j] == 0x2E, bytes[j + 1] &- 0x30 < 10 {
        let separator = bytes[j]
        var k = j + 1
        while k < bytes.count, bytes[k] &- 0x30 < 10 { k += 1 }
        if k + 1 < bytes.count, bytes[k] == separator, bytes[k + 1] &- 0x30 < 10 { return true }
      }
      i = j
    }
    return false
  }

  static func wordCount(_ text: String) -> Int {
    var count = 0
    var inWord = false
    for byte in text.utf8 {
      let isSpace = byte == 0x20
      if !isSpace && !inWord { count += 1 }
      inWord = !isSpace
    }
    return count
  }
}
