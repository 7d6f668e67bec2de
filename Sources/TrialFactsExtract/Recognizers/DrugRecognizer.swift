/// Drug names from the lexicon (generic, brand and synonym names mapped to one INN),
/// longest match first, and long names with one typo.
struct DrugRecognizer: Recognizer {
  /// Drugs joined with no space ("artemether-lumefantrine") are one mention, named as the
  /// lexicon names combinations ("artemether and lumefantrine").
  var joinsCombinations = true

  /// "5-FU": a number joined by a hyphen to a word, with no spaces.
  private func match(startingWithNumber sentence: Sentence, _ i: Int) -> Bool {
    sentence.tokens[i].kind == .number && sentence.key(i + 1) == Keys.hyphen && !sentence.tokens[i + 1].spaceBefore
      && sentence.isWord(i + 2) && !sentence.tokens[i + 2].spaceBefore
  }

  /// Titles before a person's name.
  /// (Not "ms", which is as often multiple sclerosis or milliseconds.)
  static let titles: Set<UInt64> = Set(["dr", "mr", "mrs", "prof", "professor", "dame", "sir"].map { TokenKey.of($0) })

  /// Words that, after a hyphen, make the name part of another term ("insulin-like").
  static let notADrugAfterHyphen: Set<UInt64> = Set(
    ["like", "receptor", "receptors", "binding", "producing", "secreting", "sensitive", "responsive"].map { TokenKey.of($0) })

  /// The lexicon's name at token `i`, with its salt or form ("colestipol hydrochloride",
  /// "tofacitinib XR"), unless it is part of another term ("insulin-like").
  private func name(in sentence: Sentence, at i: Int, lexicons: Lexicons) -> (canonical: String, end: Int)? {
    guard i < sentence.range.upperBound, let match = lexicons.drugs.longestMatch(in: sentence.tokens, at: i, stopAt: sentence.range.upperBound),
      !(sentence.key(match.end) == Keys.hyphen && !sentence.tokens[match.end].spaceBefore
        && Self.notADrugAfterHyphen.contains(sentence.key(match.end + 1)))
    else { return nil }
    var end = match.end
    // A one-letter form only in capitals ("Betoptic S"): a lone small letter is more
    // often a typo or a list marker.
    while let suffix = lexicons.drugSuffixes.longestMatch(in: sentence.tokens, at: end, stopAt: sentence.range.upperBound),
      suffix.end - end > 1 || sentence.tokens[end].end - sentence.tokens[end].start > 1 || sentence.tokens[end].isCapitalized
    {
      end = suffix.end
    }
    return (match.value, end)
  }

  /// A hyphen or slash with no space on either side, a word after it.
  static func joinsCombination(_ sentence: Sentence, at i: Int) -> Bool {
    (sentence.key(i) == Keys.hyphen || sentence.key(i) == Keys.slash) && i + 1 < sentence.range.upperBound
      && !sentence.tokens[i].spaceBefore && !sentence.tokens[i + 1].spaceBefore && sentence.isWord(i + 1)
  }

  /// The name of drugs joined with no space: the lexicon's, when it knows the combination
  /// ("amoxicillin/clavulanate": "amoxicillin and clavulanic acid"); else, for a hyphen,
  /// the parts in alphabetical order joined by "and" as the lexicon joins them; nil for an
  /// unknown slash, which as often means "or" or "versus" ("the ivermectin/permethrin
  /// cure rates").
  static func combinationName(_ parts: [String], hyphens: Bool, lexicons: Lexicons) -> String? {
    if let known = lexicons.combinations[Lexicons.combinationKey(parts.flatMap(Lexicons.combinationParts))] { return known }
    return hyphens ? Lexicons.joinedName(parts) : nil
  }

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
      // A name may start with a digit ("5-fluorouracil", "6-MP") when it goes on as a word.
      let startsName = token.kind == .word || (match(startingWithNumber: sentence, i))
      // "urea breath test": a name of something else that starts with a drug's.
      if startsName, let phrase = lexicons.drugStopPhrases.longestMatch(in: sentence.tokens, at: i, stopAt: end) {
        i = phrase.end
        continue
      }
      // "Dr Ginger Smith": a person's name after a title.
      if token.isCapitalized, Self.titles.contains(sentence.key(i - 1)) {
        i += 1
        continue
      }
      if startsName, let name = self.name(in: sentence, at: i, lexicons: lexicons) {
        guard joinsCombinations, Self.joinsCombination(sentence, at: name.end) else {
          sentence.add(.drug, .drug(canonical: name.canonical), tokens: i, name.end)
          i = name.end
          continue
        }
        // "artemether-lumefantrine", "sofosbuvir/velpatasvir": drugs joined with no space
        // are one product, one arm.
        var parts = [(canonical: name.canonical, first: i, end: name.end)]
        var hyphens = true
        while joinsCombinations, let last = parts.last, Self.joinsCombination(sentence, at: last.end),
          lexicons.drugStopPhrases.longestMatch(in: sentence.tokens, at: last.end + 1, stopAt: end) == nil,
          let next = self.name(in: sentence, at: last.end + 1, lexicons: lexicons)
        {
          hyphens = hyphens && sentence.key(last.end) == Keys.hyphen
          parts.append((next.canonical, last.end + 1, next.end))
        }
        if parts.count > 1, let joined = Self.combinationName(parts.map(\.canonical), hyphens: hyphens, lexicons: lexicons) {
          sentence.add(.drug, .drug(canonical: joined), tokens: i, parts[parts.count - 1].end)
        } else {
          for part in parts { sentence.add(.drug, .drug(canonical: part.canonical), tokens: part.first, part.end) }
        }
        i = parts[parts.count - 1].end
        continue
      }
      if token.kind == .word, let name = sentence.aliases[token.key] {
        sentence.add(.drug, .drug(canonical: name), tokens: i, i + 1)
        i += 1
        continue
      }
      // "with varenicline, the patch and counselling alone": the one drug in that form.
      if token.kind == .word, !sentence.aliases.formNames.isEmpty, let name = sentence.aliases.drugByForm(in: sentence, at: i) {
        sentence.add(.drug, .drug(canonical: name), tokens: i, i + 1)
        i += 1
        continue
      }
      // "BTH1677", once the document has dosed it.
      if token.kind == .word, token.isCapitalized, !sentence.aliases.codes.isEmpty,
        let code = DrugCode.match(sentence, at: i, stops: lexicons.drugCodeStops), let name = sentence.aliases.codes[code.canonical]
      {
        sentence.add(.drug, .drug(canonical: name), tokens: i, code.end)
        i = code.end
        continue
      }
      // "9H", once the document has given it as a drug's regimen ("isoniazid (9H)").
      if token.kind == .number, !sentence.aliases.codes.isEmpty, let code = RegimenCode.match(sentence, at: i),
        let name = sentence.aliases.codes[code.canonical]
      {
        sentence.add(.drug, .drug(canonical: name), tokens: i, code.end)
        i = code.end
        continue
      }
      if token.kind == .word, token.end - token.start >= Int32(FuzzyDrugIndex.minimumLength - 1) {
        let word = sentence.bytes[token.range].map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
        if let canonical = lexicons.fuzzyDrugs.lookup(word) {
          sentence.add(.drug, .drug(canonical: canonical), tokens: i, i + 1)
        }
      }
      i += 1
    }
  }
}
