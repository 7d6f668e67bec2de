extension ResponseRecognizer {
  /// "97 and 95 patients were reached by telephone, of whom 21 and 18, respectively,
  /// reported a further flare", "In the A group, 120 patients returned a diary, of whom
  /// 45 reported relief": counts after "of whom" are of the people counted before it,
  /// one for one. Only where the words after them name an outcome (a cue, an event or an
  /// outcome verb, no history), the people before it are those still followed, each count
  /// is at most its whole, and a single count's sentence names its arm.
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
      // ("… of whom 30 had received steroids previously", "… had a history of …": who they were.)
      !(verb..<sentence.range.upperBound).contains(where: {
        lexicons.responseBlocks.contains(sentence.tokens, at: $0) || Self.beforeTrialWords.contains(sentence.key($0))
      })
    else { return [] }
    // The wholes are those still followed ("completed treatment", "were evaluable",
    // "were reached by telephone", "returned a diary", "follow-up data were available"),
    // not everyone enrolled ("238 were randomized, of whom …": the study's) nor people
    // with an event ("45 developed sepsis, of whom 12 died": some of an arm).
    let clause = (sentence.range.lowerBound..<of).reversed().prefix { sentence.key($0) != Keys.semicolon }
    guard clause.contains(where: { Self.followedWords.contains(sentence.key($0)) }),
      !clause.contains(where: { Keys.enrolledVerbs.contains(sentence.key($0)) && !Self.followedWords.contains(sentence.key($0)) })
    else { return [] }
    // One count goes to an arm only where the sentence names it ("In the A group, 90
    // patients completed treatment, of whom 60 responded"); a list, to the arms in order.
    if counts.count == 1, !sentence.mentions.contains(where: { ($0.label == .drug || Self.namesArm($0)) && $0.firstToken < of }) {
      return []
    }
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
  /// "… of whom 5 had been treated with steroids before randomization": their past.
  static let beforeTrialWords: Set<UInt64> = Set(
    ["before", "prior", "baseline", "previously", "history", "already", "entry", "enrolment", "enrollment"].map { TokenKey.of($0) })
  static let followedWords: Set<UInt64> = Set(
    ["completed", "evaluable", "reached", "returned", "available", "assessed", "followed", "analysed", "analyzed", "treated", "remained"]
      .map { TokenKey.of($0) })
}
