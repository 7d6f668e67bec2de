import TrialFactsCore

/// Sentences that point at a table of baseline characteristics ("Emergency laparotomy was
/// performed in 61 (32.4%), 58 (31.2%) and 63 (33.2%) patients, respectively (Table 1)",
/// where Table 1 is "Baseline characteristics"): they describe the people randomized, so
/// their counts are no outcomes.
///
/// A table is one of baseline characteristics when its caption (a short block that opens
/// with "Table N") goes on with a term of `rules/study/baseline-tables.rules`.
public enum BaselineCitations {
  /// Removes the responses of every sentence that cites a baseline table and no other.
  public static func dropResponses(in sentences: inout [[Sentence]], blocks: [Block], lexicons: Lexicons) {
    var baseline = Set<Int>()
    for (block, blockSentences) in zip(blocks, sentences) where block.kind != .tableRow && block.kind != .reference {
      // The caption opens with the term ("Table 1. Baseline characteristics"); "Response by
      // baseline characteristics" is a table of outcomes.
      guard let first = blockSentences.first, let number = tableNumber(first, at: first.range.lowerBound),
        blockSentences.reduce(0, { $0 + $1.range.count }) <= 40
      else { continue }
      var title = first.range.lowerBound + 2
      while [Keys.colon, period].contains(first.key(title)) { title += 1 }
      // "Table 1." may end a sentence of its own: the title is then the next one.
      let opens: Bool
      if title < first.range.upperBound {
        opens = lexicons.baselineTables.longestMatch(in: first.tokens, at: title, stopAt: first.range.upperBound) != nil
      } else if let next = blockSentences.dropFirst().first {
        opens = lexicons.baselineTables.longestMatch(in: next.tokens, at: next.range.lowerBound, stopAt: next.range.upperBound) != nil
      } else {
        opens = false
      }
      guard opens else { continue }
      baseline.insert(number)
    }
    guard !baseline.isEmpty else { return }
    for b in sentences.indices where blocks[b].kind == .paragraph || blocks[b].kind == .listItem {
      for s in sentences[b].indices {
        let sentence = sentences[b][s]
        let cited = sentence.range.compactMap { tableNumber(sentence, at: $0) }
        guard !cited.isEmpty, cited.allSatisfy(baseline.contains), sentence.mentions.contains(where: { $0.label == .response }) else { continue }
        sentences[b][s].mentions.removeAll { $0.label == .response }
      }
    }
  }

  /// N of "Table N" starting at token `i`.
  private static func tableNumber(_ sentence: Sentence, at i: Int) -> Int? {
    guard sentence.key(i) == table || sentence.key(i) == tables, let number = sentence.number(startingAt: i + 1), number.isInteger,
      number.value < 100
    else { return nil }
    return Int(number.value)
  }

  private static let table = TokenKey.of("table")
  private static let period = TokenKey.of(".")
  private static let tables = TokenKey.of("tables")
}
