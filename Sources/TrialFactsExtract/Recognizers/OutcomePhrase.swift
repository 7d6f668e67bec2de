/// The words of a sentence that name what a count of people counts: the subject of the
/// clause before it ("Taste disturbance was reported by 9 (12.0%)", "the remission rate
/// was 52.5%"), or the words after a verb that follows it ("9 patients developed a
/// rash"; "7 patients died").
///
/// The verbs are data (`rules/study/outcome-verbs.rules`); the grammar words here are
/// English function words. No outcome is better than a wrong one: a phrase is taken only
/// when a verb ties it to the count, and it stops at a clause's edge.
enum OutcomePhrase {
  /// Where the outcome of the count whose span is `first..<end` is written (UTF-8
  /// offsets in the block), or nil.
  static func find(in sentence: Sentence, first: Int, end: Int, lexicons: Lexicons) -> Range<Int>? {
    // "Rash occurred in 9 patients who discontinued": the subject a verb ties to the
    // count comes first.
    let range = before(sentence, first, lexicons: lexicons) ?? after(sentence, end, lexicons: lexicons)
    return range.map { Int(sentence.tokens[$0.lowerBound].start)..<Int(sentence.tokens[$0.upperBound - 1].end) }
  }

  /// "… developed a rash", "… had grade 3 nausea", "… died".
  private static func after(_ sentence: Sentence, _ end: Int, lexicons: Lexicons) -> Range<Int>? {
    var i = end
    // "9 (12.0%)" and "9 patients (12.0%)": the share and the people are part of the count.
    if sentence.key(i) == Keys.openParen, let close = (i + 1..<min(i + 6, sentence.range.upperBound)).first(where: { sentence.key($0) == Keys.closeParen }) {
      i = close + 1
    }
    if let noun = lexicons.participants.longestMatch(in: sentence.tokens, at: i, stopAt: sentence.range.upperBound) { i = noun.end }
    if sentence.key(i) == Keys.group || sentence.key(i) == Keys.arm { i += 1 }  // "… in the placebo group had …"
    // "12 of 40 patients who had headache at baseline responded": the relative clause
    // says who was counted, not what; no outcome rather than "headache".
    if relatives.contains(sentence.key(i)) { return nil }
    // "7 (4.1%) in the A group and 6 (3.5%) in the B group died": the verb after the list.
    if listJoints.contains(sentence.key(i)), let verb = verbAfterList(sentence, from: i + 1, lexicons: lexicons) { i = verb }
    while auxiliaries.contains(sentence.key(i)) || adverbs.contains(sentence.key(i)) { i += 1 }
    // "stopped the study drug because of adverse events", "discontinued due to side
    // effects": leaving and its cause.
    if let cause = LeavingCause.end(in: sentence, leavingAt: i, lexicons: lexicons) { return i..<cause }
    guard let verb = lexicons.outcomeVerbs.longestMatch(in: sentence.tokens, at: i, stopAt: sentence.range.upperBound) else { return nil }
    if verb.value { return i..<verb.end }
    var start = verb.end
    if sentence.key(start) == Keys.of { start += 1 }  // "complained of burning"
    let opening = start
    while true {
      // "gained at least 7% of their body weight", "lost 15% or more of their weight": a
      // share of the person is the outcome's threshold, which its words need.
      // ("at least 5 kg": an amount of the person, as a share is.)
      if let share = sentence.number(startingAt: start), share.isPercent || sentence.isCovered(share.first, by: .dose) || weightUnits.contains(sentence.key(share.end)) {
        var stop = share.end
        while stop < min(share.end + 7, sentence.range.upperBound), continues(sentence, stop, acrossPrepositions: true) { stop += 1 }
        // "… of their body weight by week 68": not up to a preposition whose words were cut.
        while stop > share.end + 1, prepositions.contains(sentence.key(stop - 1)) { stop -= 1 }
        // "lost 10% or more of their follow-up visits": flow, not an outcome.
        guard stop > share.end + (share.isPercent ? 1 : 0),
          !(share.end..<stop).contains(where: { lexicons.responseBlocks.contains(sentence.tokens, at: $0) || Self.flowWords.contains(sentence.key($0)) })
        else { return nil }
        return words(sentence, opening..<stop)
      }
      // "had at least 1 hospitalization"
      guard determiners.contains(sentence.key(start)) || sentence.key(start - 1) == Self.least && sentence.number(startingAt: start) != nil else { break }
      start += 1
    }
    var stop = start
    while stop < min(start + 6, sentence.range.upperBound), continues(sentence, stop) { stop += 1 }
    return words(sentence, start..<stop)
  }

  /// The first outcome verb within the clause from `start` that ends a list item: after a
  /// bracket or a word that closes an item ("… in the B group died").
  private static func verbAfterList(_ sentence: Sentence, from start: Int, lexicons: Lexicons) -> Int? {
    var i = start
    while i < min(start + 16, sentence.range.upperBound), sentence.key(i) != Keys.semicolon {
      // "… and nine on Tamiflu developed …": a drug's or an arm's name closes one too.
      let closesItem = !sentence.isWord(i - 1) || listEnds.contains(sentence.key(i - 1))
        || sentence.mentions.contains { ($0.label == .drug || $0.label == .context) && $0.endToken == i }
      if closesItem, lexicons.outcomeVerbs.longestMatch(in: sentence.tokens, at: i, stopAt: i + 1) != nil
        || LeavingCause.end(in: sentence, leavingAt: i, lexicons: lexicons) != nil
      {
        return i
      }
      i += 1
    }
    return nil
  }

  /// "Taste disturbance was reported by 9", "eradication was achieved in 57/75", "the
  /// response rate was 40%"; and "…, and diarrhoea by nine", one verb for two events.
  private static func before(_ sentence: Sentence, _ first: Int, lexicons: Lexicons) -> Range<Int>? {
    let lower = sentence.range.lowerBound
    // "- Nausea: 9 women on A, 4 on B": a list item's label names the event.
    if first - 1 > lower, sentence.key(first - 1) == Keys.colon, CohortRecognizer.followsEvent(sentence, at: first - 1, lexicons: lexicons),
      let label = (lower..<(first - 1)).first(where: { sentence.isWord($0) })
    {
      return words(sentence, label..<(first - 1))
    }
    var j = first - 1
    let preposition = prepositions.contains(sentence.key(j)) ? j : nil
    if preposition != nil { j -= 1 }
    var tied = preposition == nil && auxiliaries.contains(sentence.key(j))  // "the rate was 40%"
    var event: Int?
    while j >= lower {
      let key = sentence.key(j)
      if auxiliaries.contains(key) || adverbs.contains(key) || isAdverb(sentence, j) {
        j -= 1
      } else if let verb = lexicons.outcomeVerbs.longestMatch(in: sentence.tokens, at: j, stopAt: j + 1) {
        tied = true
        if verb.value { event = j }
        j -= 1
      } else {
        break
      }
    }
    if !tied, let preposition, CohortRecognizer.followsEvent(sentence, at: preposition, lexicons: lexicons) { tied = true }
    // "Study drug was permanently discontinued by 62": the verb is what was counted.
    if let event { return event..<(event + 1) }
    guard tied, j >= lower, j < first - 1 else { return nil }
    let end = j + 1
    var start = end
    // "the proportion of patients with vomiting", "red-cell transfusion by day 2": the
    // subject runs back to the clause's edge. One that runs into a verb, a number or a
    // symbol first ("… considered to be related to …", "38.0 °C or higher") is part of
    // a longer phrase, as is one longer than a name.
    while start > lower {
      // "adequate clinical response (ACPR) at day 28": an aside inside the name.
      if sentence.key(start - 1) == Keys.closeParen,
        let open = (max(lower, start - 10)..<(start - 1)).last(where: { sentence.key($0) == Keys.openParen }), open > lower
      {
        start = open
        continue
      }
      guard continues(sentence, start - 1, acrossPrepositions: true) else { break }
      guard end - start < 12 else { return nil }
      start -= 1
    }
    // ("- Nausea in 9 women on A": a list item's bullet before the subject.)
    guard start == lower || joints.contains(sentence.key(start - 1)) || (start - 1 == lower && !sentence.isWord(lower) && sentence.tokens[lower].kind != .number)
    else { return nil }
    // "Nausea and vomiting occurred in 12 and 5, respectively": one of a list of outcomes
    // is not the count's; the elliptical "…, and diarrhoea by nine" has no verb of its own.
    if start > lower, Self.coordinators.contains(sentence.key(start - 1)), event == nil, preposition == nil || j < first - 2 {
      let ownVerb = (end..<first).contains { lexicons.outcomeVerbs.longestMatch(in: sentence.tokens, at: $0, stopAt: $0 + 1) != nil }
      if ownVerb { return nil }
    }
    while start < end, determiners.contains(sentence.key(start)) { start += 1 }
    // "We lost 15 of 100 patients to follow-up": the writers, no outcome.
    if end - start == 1, pronouns.contains(sentence.key(start)) { return nil }
    return words(sentence, start..<end)
  }

  /// Whether token `i` may be part of an outcome's name: a word (not a clause's joint,
  /// nor, after a verb, a preposition that starts a time or a group) or a hyphen or
  /// number inside a name ("grade 3 rash", "≥4-fold rise").
  private static func continues(_ sentence: Sentence, _ i: Int, acrossPrepositions: Bool = false) -> Bool {
    guard sentence.range.contains(i) else { return false }
    let token = sentence.tokens[i]
    let key = token.key
    if joints.contains(key) || auxiliaries.contains(key) || (!acrossPrepositions && prepositions.contains(key)) { return false }
    switch token.kind {
    case .word: return true
    case .dash: return !token.spaceBefore
    case .number: return sentence.isWord(i - 1) && !sentence.isCovered(i, by: .response)
    case .punctuation: return key == Self.slash || key == Self.atLeast
    }
  }

  /// "permanently", "significantly": a word in "-ly" between a verb and its auxiliary.
  private static func isAdverb(_ sentence: Sentence, _ i: Int) -> Bool {
    guard sentence.isWord(i) else { return false }
    let range = sentence.tokens[i].range
    return range.count > 4 && sentence.bytes[range.upperBound - 2] | 0x20 == UInt8(ascii: "l")
      && sentence.bytes[range.upperBound - 1] | 0x20 == UInt8(ascii: "y")
  }

  /// The range when it holds a word, trailing hyphens and marks dropped ("week 12" keeps
  /// its number).
  private static func words(_ sentence: Sentence, _ range: Range<Int>) -> Range<Int>? {
    var end = range.upperBound
    while end > range.lowerBound, !sentence.isWord(end - 1), sentence.tokens[end - 1].kind != .number {
      // "PPH (blood loss ≥500 mL)": an aside closes inside the name.
      if sentence.key(end - 1) == Keys.closeParen, (range.lowerBound..<(end - 1)).contains(where: { sentence.key($0) == Keys.openParen }) { break }
      end -= 1
    }
    guard end > range.lowerBound, (range.lowerBound..<end).contains(where: { sentence.isWord($0) }) else { return nil }
    return range.lowerBound..<end
  }

  private static func keys(_ words: [String]) -> Set<UInt64> { Set(words.map { TokenKey.of($0) }) }
  /// "5 kg", "10 pounds": a unit of weight after an amount a person lost or gained.
  private static let weightUnits = keys(["kg", "kilograms", "kilogram", "lb", "lbs", "pounds", "pound", "stone"])
  private static let flowWords = keys(["visits", "visit", "follow", "doses", "sessions", "appointments", "questionnaires", "data"])
  private static let auxiliaries = keys(["was", "were", "is", "are", "been", "being", "be", "has", "have"])
  private static let adverbs = keys(["also", "only", "significantly", "more", "less", "frequently", "commonly", "often", "then", "eventually", "subsequently", "successfully", "ultimately", "still"])
  private static let relatives = keys(["who", "that", "which"])
  private static let pronouns = keys(["we", "they", "i", "it", "he", "she", "you"])
  private static let coordinators = keys(["and", "or"])
  private static let listJoints = keys(["and", ",", "vs", "versus"])
  /// Words that end a list item right before its verb: "… in the B group died".
  private static let listEnds = keys(["group", "groups", "arm", "arms", "patients", "participants", "recipients", "women", "children", "respectively"])
  private static let determiners = keys(["the", "a", "an", "any", "at", "least", "one", "or", "more", "some", "their", "its", "this", "these"])
  private static let prepositions = keys(["in", "by", "among", "for", "from", "of", "to", "within", "during", "after", "at", "on", "with", "without", "than", "compared", "versus", "vs", "between", "since", "until", "per", "affected"])
  private static let joints = keys([",", ";", ":", "(", ")", "[", "]", ".", "and", "but", "whereas", "while", "although", "respectively", "overall", "because", "due", "as", "which", "who", "that", "there", "where", "when", "whenever"])
  private static let slash = TokenKey.of("/")
  private static let least = TokenKey.of("least")
  private static let atLeast = TokenKey.of("≥")
}
