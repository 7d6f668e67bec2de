/// Drug names from the lexicon (generic, brand and synonym names mapped to one INN),
/// longest match first, and long names with one typo.
struct DrugRecognizer: Recognizer {
  /// Words that, after a hyphen, make the name part of another term ("insulin-like").
  static let notADrugAfterHyphen: Set<UInt64> = Set(
    ["like", "receptor", "receptors", "binding", "producing", "secreting", "sensitive", "responsive"].map { TokenKey.of($0) })

  func recognize(_ sentence: inout Sentence, lexicons: Lexicons) {
    var i = sentence.range.lowerBound
    let end = sentence.range.upperBound
    while i < end {
      let token = sentence.tokens[i]
      guard token.kind == .word || token.kind == .number else {
        i += 1
        continue
      }
      // "lithium-induced" names lithium; "insulin-like growth factor" names no drug.
      if let match = lexicons.drugs.longestMatch(in: sentence.tokens, at: i, stopAt: end), token.kind == .word,
        !(sentence.key(match.end) == Keys.hyphen && !sentence.tokens[match.end].spaceBefore
          && Self.notADrugAfterHyphen.contains(sentence.key(match.end + 1)))
      {
        sentence.add(.drug, .drug(canonical: match.value), tokens: i, match.end)
        i = match.end
        continue
      }
      if token.kind == .word, let name = sentence.aliases[token.key] {
        sentence.add(.drug, .drug(canonical: name), tokens: i, i + 1)
        i += 1
        continue
      }
      if token.kind == .word, token.end - token.start >= Int32(FuzzyDrugIndex.minimumLength) {
        let word = sentence.bytes[token.range].map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
        if let canonical = lexicons.fuzzyDrugs.lookup(word) {
          sentence.add(.drug, .drug(canonical: canonical), tokens: i, i + 1)
        }
      }
      i += 1
    }
  }
}
