/// Brand names the drug lexicon lacks, defined where a document first names them:
/// "Hedrin (a lotion containing 4% dimeticone)", "Ponstan (mefenamic acid 500 mg)". A
/// capitalised name right before a bracket with one drug in it, the bracket opening on
/// the drug, its strength or its product, names that drug, provided the name looks like
/// no English word (no "-tion", "-al", "-ard" …), names no group ("Group Alpha") and the
/// document never writes it in lower case: "Standard (cisplatin)", "Treatment (metformin
/// 500 mg)" and "Novartis (makers of everolimus)" name no drug.
extension Abbreviations {
  /// Collects candidate brands of `sentence`; ``confirmBrands(in:)`` keeps those the
  /// whole document writes capitalised only.
  mutating func collectBrands(from sentence: Sentence, lexicons: Lexicons) {
    // Drugs in token order, walked once alongside the brackets.
    let drugs = sentence.mentions(.drug).sorted { $0.firstToken < $1.firstToken }
    var next = 0
    for open in sentence.range where sentence.key(open) == Keys.openParen && open > sentence.range.lowerBound {
      while next < drugs.count, drugs[next].firstToken <= open { next += 1 }
      // "Derbac-M (…)": a hyphenated name is keyed by its first word.
      var first = open - 1
      if sentence.key(first - 1) == Keys.hyphen, !sentence.tokens[first].spaceBefore, !sentence.tokens[first - 1].spaceBefore,
        sentence.tokens[first].range.count <= 2, sentence.isWord(first - 2)
      {
        first -= 2
      }
      let token = sentence.tokens[first]
      // A capital, then four lower-case letters or more: not an acronym ("NSAIDs", "TENS"),
      // a trial's name ("ToGA") nor a letter; and no English word's ending ("Standard",
      // "Experimental", "Observation", "Monotherapy").
      let word = sentence.bytes[token.range]
      guard sentence.isWord(first), token.isCapitalized, word.count >= 5, word.dropFirst().allSatisfy({ $0 &- 0x61 < 26 }),
        !Self.englishEndings.contains(where: { word.reversed().starts(with: $0.utf8.reversed()) }),
        // ("Group Alpha (ibuprofen 400 mg)": a group's name.)
        sentence.key(first - 1) != Keys.group, sentence.key(first - 1) != Keys.arm,
        !sentence.isCovered(first, by: .drug), canonical[token.key] == nil, !lexicons.drugStopWords.contains(token.key),
        lexicons.controlArms.longestMatch(in: sentence.tokens, at: first, stopAt: open) == nil,
        lexicons.participants.longestMatch(in: sentence.tokens, at: first, stopAt: open) == nil,
        let close = (open + 1..<min(open + 16, sentence.range.upperBound)).first(where: { sentence.key($0) == Keys.closeParen })
      else { continue }
      let inside = drugs[next...].prefix { $0.firstToken < close }.filter { $0.endToken <= close }
      let names = Set(inside.compactMap { mention -> String? in
        if case .drug(let name) = mention.value { return name } else { return nil }
      })
      // The bracket opens on the drug, its strength, or the product it is in ("(mefenamic
      // acid)", "(0.5% malathion liquid)", "(a lotion containing 4% dimeticone)"), not on
      // someone else ("Novartis (makers of everolimus)").
      guard names.count == 1, let name = names.first, let drug = inside.first else { continue }
      let before = open + 1..<drug.firstToken
      let product = before.contains { Keys.formNouns.contains(sentence.key($0)) || sentence.key($0) == Self.containing || sentence.isCovered($0, by: .route) }
      guard product || before.allSatisfy({ !sentence.isWord($0) || Keys.articles.contains(sentence.key($0)) || sentence.isCovered($0, by: .dose) })
      else { continue }
      brandCandidates[token.key] = brandCandidates[token.key].map { $0 == name ? name : "" } ?? name
    }
  }

  private static let containing = TokenKey.of("containing")
  /// Endings of English words, not of brands: "Standard", "Experimental", "Combination".
  private static let englishEndings = [
    "tion", "sion", "ment", "ive", "ard", "ant", "ent", "ence", "ance", "al", "ary", "ory", "ing", "ed", "er", "ly", "ity", "ism", "ist",
    "apy", "ness", "ous", "ic", "ics", "ure", "ate", "ise", "ize", "ship", "hood", "ful", "less", "able", "ible", "ies", "es",
  ]

  /// Makes each candidate brand name its drug, unless `sentences` (the whole document)
  /// write it in lower case somewhere or it named two drugs.
  public mutating func confirmBrands(in sentences: [[Sentence]]) {
    guard !brandCandidates.isEmpty else { return }
    var lowered = Set<UInt64>()
    for sentence in sentences.joined() {
      for i in sentence.range where sentence.tokens[i].kind == .word && !sentence.tokens[i].isCapitalized {
        if brandCandidates[sentence.tokens[i].key] != nil { lowered.insert(sentence.tokens[i].key) }
      }
    }
    for (key, name) in brandCandidates where !name.isEmpty && !lowered.contains(key) && canonical[key] == nil {
      canonical[key] = name
      triggers.insert(key)
    }
    brandCandidates = [:]
  }
}
