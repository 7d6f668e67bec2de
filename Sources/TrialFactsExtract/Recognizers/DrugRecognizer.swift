/// Drug names from the lexicon (generic, brand and synonym names mapped to one INN),
/// longest match first, and long names with one typo.
struct DrugRecognizer: Recognizer {
  func recognize(_ sentence: inout Sentence, lexicons: Lexicons) {
    var i = sentence.range.lowerBound
    let end = sentence.range.upperBound
    while i < end {
      let token = sentence.tokens[i]
      guard token.kind == .word || token.kind == .number else {
        i += 1
        continue
      }
      // A drug name starts at a word boundary, not inside "COVID-19" or "anti-TNF".
      if let match = lexicons.drugs.longestMatch(in: sentence.tokens, at: i, stopAt: end), token.kind == .word,
        !(match.end < end && sentence.tokens[match.end].kind == .dash && !sentence.tokens[match.end].spaceBefore
          && match.end + 1 < end && sentence.tokens[match.end + 1].kind == .word && !sentence.tokens[match.end + 1].spaceBefore)
      {
        sentence.add(.drug, .drug(canonical: match.value), tokens: i, match.end)
        i = match.end
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
