extension ResponseRecognizer {
  /// "The number of patients with remission was 45 and 38 in the sertraline and placebo
  /// groups, respectively", "The share of people whose symptoms improved was similar: 78,
  /// 81 and 22 people in the A, B and placebo groups, respectively": the subject names
  /// the people the counts are and what befell them; the counts follow its verb, one per
  /// arm listed after them.
  ///
  /// Only a list of as many counts as arms named in order, in a sentence that says
  /// "respectively"; bare counts after "was" only for "the number of"; after a colon
  /// ("the share of … was similar:") only counts of people ("78 … people").
  func countsOfCountedSubject(_ sentence: Sentence, lexicons: Lexicons) -> [(first: Int, end: Int, count: ResponseCount)] {
    guard sentence.saysRespectively,
      let of = sentence.range.first(where: { sentence.key($0) == Keys.of && Self.countingNouns.contains(sentence.key($0 - 1)) })
    else { return [] }
    var i = of + 1
    if sentence.key(i) == Keys.the { i += 1 }
    guard let people = lexicons.participants.longestMatch(in: sentence.tokens, at: i, stopAt: sentence.range.upperBound) else { return [] }
    // What befell them: the words up to the verb ("with remission", "whose symptoms
    // improved"), no number or clause break among them.
    let subjectStart = Self.relativeWords.contains(sentence.key(people.end)) ? people.end + 1 : people.end
    guard let verb = (subjectStart..<min(subjectStart + 12, sentence.range.upperBound)).first(where: {
      sentence.key($0) == Keys.was || sentence.key($0) == Keys.were
    }),
      verb > subjectStart,
      !(subjectStart..<verb).contains(where: { sentence.tokens[$0].kind == .number || Self.subjectBreaks.contains(sentence.key($0)) }),
      !(subjectStart..<verb).contains(where: { lexicons.responseBlocks.contains(sentence.tokens, at: $0) || Self.beforeTrialWords.contains(sentence.key($0)) })
    else { return [] }
    // A response, an event or an outcome's verb among them; no word of who was enrolled
    // or followed ("randomized", "completed the study": the arms' sizes and their flow).
    let subject = subjectStart..<verb
    guard subject.contains(where: { j in
      lexicons.responseCues.contains(sentence.tokens, at: j) || lexicons.responseEvents.contains(sentence.tokens, at: j)
        || lexicons.outcomeVerbs.longestMatch(in: sentence.tokens, at: j, stopAt: verb) != nil
    }),
      !subject.contains(where: { j in
        Keys.enrolledVerbs.contains(sentence.key(j)) || Keys.assignmentVerbs.contains(sentence.key(j)) || Self.followedWords.contains(sentence.key(j))
          || Self.takenWords.contains(sentence.key(j))
      })
    else { return [] }
    var first = verb + 1
    var ofPeople = false
    if sentence.number(startingAt: first) == nil {
      // "… was similar for the two drugs: 78, …"
      guard let colon = (first..<min(first + 8, sentence.range.upperBound)).first(where: { sentence.key($0) == Keys.colon }),
        !(first..<colon).contains(where: { sentence.tokens[$0].kind == .number })
      else { return [] }
      first = colon + 1
      ofPeople = true
    } else if sentence.key(of - 1) != Self.numberWord {
      return []
    }
    guard let number = sentence.number(startingAt: first), number.isInteger, !number.isPercent else { return [] }
    let items = countsWithShares(sentence, from: number)
    guard items.count >= 2, let last = items.last else { return [] }
    let end = participantEnd(sentence, from: last.end, lexicons: lexicons)
    guard !ofPeople || end > last.end, armsListed(sentence, after: end) == items.count else { return [] }
    let outcome = Int(sentence.tokens[subjectStart].start)..<Int(sentence.tokens[verb - 1].end)
    return items.map { item in
      var count = ResponseCount(responders: item.responders, proportion: item.share, precision: item.precision ?? 0)
      count.outcome = outcome
      return (item.first, item.end, count)
    }
  }

  /// "the number of patients", "the share of people", "the proportion of women".
  private static let countingNouns: Set<UInt64> = Set(["number", "share", "proportion", "percentage"].map { TokenKey.of($0) })
  private static let numberWord = TokenKey.of("number")
  /// "who had received steroids", "taking statins": what they took, no outcome.
  private static let takenWords: Set<UInt64> = Set(["received", "receiving", "taking", "taken", "took", "using", "used", "on"].map { TokenKey.of($0) })
  private static let relativeWords: Set<UInt64> = Set(["who", "whose", "that", "which"].map { TokenKey.of($0) })
  private static let subjectBreaks: Set<UInt64> = Set([";", ":", ".", "(", ")"].map { TokenKey.of($0) })
}
