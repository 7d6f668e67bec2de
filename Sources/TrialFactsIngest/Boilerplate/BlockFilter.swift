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
        if cues.referenceHeadings.contains(key) {
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
      if candidate.linkDensity > 0.75, words <= 25 {
        removed.append(RemovedBlock(text: block.text, line: block.line, cue: "links"))
        continue
      }
      kept.append(block)
    }
    return kept
  }

  /// A block that is only a web address ("https://site/path", "www.site.com").
  static func isAddress(_ text: String) -> Bool {
    let lower = text.lowercased()
    return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
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
