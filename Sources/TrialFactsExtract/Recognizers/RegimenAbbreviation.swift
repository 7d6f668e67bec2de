/// A treatment of several parts that an article names by its initials where it compares
/// the arms: "bismuth quadruple therapy (BQT)", "clarithromycin-based triple therapy
/// (CTT)", "cognitive behavioural therapy (CBT)". The code (two to five capitals) names
/// that arm throughout the article, as a drug's abbreviation names the drug.
enum RegimenAbbreviation {
  /// The regimens `sentence` defines: the code, the key of its token, the keys of the
  /// long form's tokens and their range. Only in a sentence that compares or assigns arms, and only for a
  /// long form that ends in a word for a regimen and whose words' initials spell the code.
  static func definitions(in sentence: Sentence) -> [(code: String, key: UInt64, words: [UInt64], range: Range<Int>)] {
    // Brackets of one word first: most sentences have none, and the scan for a word of
    // comparing runs only where one is.
    func isBracketedWord(_ i: Int) -> Bool { sentence.key(i) == Keys.openParen && sentence.key(i + 2) == Keys.closeParen }
    guard sentence.range.contains(where: isBracketedWord), sentence.range.contains(where: { comparingWords.contains(sentence.key($0)) })
    else { return [] }
    var found: [(code: String, key: UInt64, words: [UInt64], range: Range<Int>)] = []
    for open in sentence.range where isBracketedWord(open) {
      let token = sentence.tokens[open + 1]
      let code = Array(sentence.bytes[token.range])
      guard token.kind == .word, (2...5).contains(code.count), code.allSatisfy({ $0 &- 0x41 < 26 }),
        open - 1 >= sentence.range.lowerBound, regimenNouns.contains(sentence.key(open - 1))
      else { continue }
      // The long form's words back from the regimen noun, a hyphenated pair as one word
      // ("clarithromycin-based"): one per letter of the code.
      var initials: [UInt8] = []
      var first = open
      var i = open - 1
      while i >= sentence.range.lowerBound, initials.count < code.count, sentence.isWord(i) {
        var start = i
        while start - 2 >= sentence.range.lowerBound, sentence.key(start - 1) == Keys.hyphen, sentence.isWord(start - 2),
          !sentence.tokens[start - 1].spaceBefore
        {
          start -= 2
        }
        guard let letter = sentence.bytes[sentence.tokens[start].range].first else { break }
        initials.insert(letter & ~0x20, at: 0)
        first = start
        i = start - 1
      }
      guard initials == code else { continue }
      found.append((String(decoding: code, as: UTF8.self), sentence.key(open + 1), (first..<open).map { sentence.key($0) }, first..<open))
    }
    return found
  }

  private static let regimenNouns: Set<UInt64> = Set(
    ["therapy", "therapies", "regimen", "regimens", "treatment", "chemotherapy", "prophylaxis"].map { TokenKey.of($0) })
  private static let comparingWords: Set<UInt64> = Set(
    ["compare", "compared", "comparing", "versus", "vs", "randomised", "randomized", "assigned", "allocated"].map { TokenKey.of($0) })
}
