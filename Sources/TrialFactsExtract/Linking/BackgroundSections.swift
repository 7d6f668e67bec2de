import TrialFactsCore

/// The blocks of an article's background: from a heading of
/// `rules/study/background-headings.rules` ("Introduction", "1. Background:") to the next
/// heading. They tell what earlier trials found ("In the only large placebo-controlled
/// trial of colchicine, 28 of 74 patients responded"), so their counts of people are no
/// finding's; their drugs and doses stay, for an introduction may close on what this
/// trial compares ("compares 0.5% bupivacaine with 0.5% bupivacaine and 0.3 mg
/// buprenorphine").
///
/// A background heading that no later heading follows closes nothing: a scrape whose other
/// headings were lost keeps its text.
public enum BackgroundSections {
  /// Removes the responses and group sizes of every sentence under a background heading.
  public static func dropCounts(in sentences: inout [[Sentence]], blocks: [Block], lexicons: Lexicons) {
    for b in Self.blocks(blocks, sentences: sentences, lexicons: lexicons) {
      for s in sentences[b].indices { sentences[b][s].mentions.removeAll { $0.label == .response || $0.label == .cohort } }
    }
  }

  /// The indices of the blocks under a background heading, up to the next heading.
  static func blocks(_ blocks: [Block], sentences: [[Sentence]], lexicons: Lexicons) -> [Int] {
    var found: [Int] = []
    var open: [Int]?
    for (b, block) in blocks.enumerated() {
      guard block.kind == .heading else {
        open?.append(b)
        continue
      }
      if let closed = open { found += closed }
      open = opensBackground(sentences[b], lexicons: lexicons) ? [] : nil
    }
    return found
  }

  /// Whether a heading is a background heading: its first words, after a section number,
  /// are a term of the rules, and it has at most four words in all.
  private static func opensBackground(_ sentences: [Sentence], lexicons: Lexicons) -> Bool {
    let words = sentences.reduce(0) { count, sentence in count + sentence.range.filter { sentence.isWord($0) }.count }
    guard words <= 4 else { return false }
    // "1. Introduction", "I. Background": the section's number may be a sentence of its own.
    for sentence in sentences {
      guard let i = sentence.range.first(where: { sentence.isWord($0) && !isNumeral(sentence, $0) }) else { continue }
      return lexicons.backgroundHeadings.longestMatch(in: sentence.tokens, at: i, stopAt: sentence.range.upperBound) != nil
    }
    return false
  }

  private static func isNumeral(_ sentence: Sentence, _ i: Int) -> Bool {
    sentence.key(i + 1) == Keys.period && sentence.tokens[i].range.count <= 3
      && sentence.bytes[sentence.tokens[i].range].allSatisfy { $0 == 0x49 || $0 == 0x56 || $0 == 0x58 }
  }
}
