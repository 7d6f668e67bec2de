extension ResponseRecognizer {
  /// "97 and 95 patients were reached by telephone, of whom 21 and 18, respectively,
  /// reported a further flare", "120 patients returned a diary, of whom 45 reported
  /// relief": counts after "of whom" are of the people counted before it, one for one.
  /// Only where the words after them name an outcome (a cue, an event or an outcome
  /// verb) and each count is at most its whole.
  func countsOfWhom(_ sentence: Sentence, lexicons: Lexicons) -> [(first: Int, end: Int, count: ResponseCount)] {
    guard let of = sentence.range.first(where: { sentence.key($0) == Keys.of && sentence.key($0 + 1) == Self.whom }),
      sentence.key(of - 1) == Keys.comma
    else { return [] }
    let counts = integerList(sentence, from: of + 2)
    guard let last = counts.last else { return [] }
    // The wholes: the last list of as many counts of people before the comma.
    let wholes = sentence.numbers.filter { n in
      n.end < of && n.isInteger && !sentence.isCovered(n.first, by: .dose) && !sentence.isCovered(n.first, by: .duration)
    }
    guard wholes.count >= counts.count, case let listed = Array(wholes.suffix(counts.count)),
      listed.count == 1 || integerList(sentence, from: listed[0].first).map(\.first) == listed.map(\.first),
      // People: "97 and 95 patients", "120 women", a count the cohort rules read.
      lexicons.participants.contains(sentence.tokens, at: listed[listed.count - 1].end)
        || sentence.mentions.contains(where: { $0.label == .cohort && $0.endToken > listed[listed.count - 1].first && $0.endToken <= of }),
      zip(counts, listed).allSatisfy({ $0.value <= $1.value })
    else { return [] }
    // ", respectively," then what befell them.
    var verb = last.end
    if sentence.key(verb) == Keys.comma, sentence.key(verb + 1) == Self.respectively {
      verb += sentence.key(verb + 2) == Keys.comma ? 3 : 2
    }
    guard lexicons.outcomeVerbs.longestMatch(in: sentence.tokens, at: verb, stopAt: sentence.range.upperBound) != nil
      || lexicons.responseCues.contains(sentence.tokens, at: verb) || lexicons.responseEvents.contains(sentence.tokens, at: verb),
      !lexicons.responseBlocks.contains(sentence.tokens, at: verb)
    else { return [] }
    return zip(counts, listed).map { count, whole in
      (count.first, count.end, ResponseCount(responders: Int(count.value), total: Int(whole.value)))
    }
  }

  /// Whole numbers from token `i` joined by commas and "and" ("21 and 18", "5, 7 and 9").
  private func integerList(_ sentence: Sentence, from i: Int) -> [NumberSpan] {
    var list: [NumberSpan] = []
    var i = i
    while let n = sentence.number(startingAt: i), n.isInteger, !n.isPercent {
      list.append(n)
      i = n.end
      if sentence.key(i) == Keys.comma, sentence.key(i + 1) == Keys.and { i += 1 }
      guard sentence.key(i) == Keys.and || sentence.key(i) == Keys.comma, sentence.number(startingAt: i + 1) != nil else { break }
      i += 1
    }
    return list
  }

  private static let whom = TokenKey.of("whom")
}
