extension ResponseRecognizer {
  /// "Dizziness was more common with lidocaine than with morphine (17 patients [22.4%] vs
  /// 6 [8.0%])", "Nausea was less frequent in the A group than in the B group (5.3% vs
  /// 16.0%)": two arms compared by how common an event was, then their counts or shares
  /// in a bracket, in the order the arms are named. The counts, for the linker to pair in
  /// that order; nil when the sentence says no such thing.
  ///
  /// Only "more/less common, frequent, often, likely": "higher", "lower" compare means as
  /// often as rates. Only a sentence that names exactly the two arms.
  func comparedArms(_ sentence: Sentence, lexicons: Lexicons) -> [(first: Int, end: Int, count: ResponseCount)]? {
    guard let than = sentence.range.first(where: { sentence.key($0) == Self.than }), than - 3 > sentence.range.lowerBound else { return nil }
    let arms = sentence.mentions.filter { $0.label == .drug || Self.namesArm($0) }
    // The comparative: "more common", "less frequently", "more likely to …" before the
    // first arm.
    guard let degree = (sentence.range.lowerBound..<than).first(where: { i in
      Self.degrees.contains(sentence.key(i)) && Self.frequencies.contains(sentence.key(i + 1))
    }) else { return nil }
    let first = arms.filter { $0.firstToken > degree + 1 && $0.endToken <= than }
    let second = arms.filter { $0.firstToken > than && $0.firstToken <= than + 4 }
    guard first.count == 1, second.count == 1, arms.count == 2 else { return nil }
    // The bracket right after the second arm ("… than with morphine (17 … vs 6 …)"),
    // after its "group" or "arm".
    var open = second[0].endToken
    if sentence.key(open) == Keys.group || sentence.key(open) == Keys.arm || Keys.pluralArms.contains(sentence.key(open)) { open += 1 }
    guard sentence.key(open) == Keys.openParen || sentence.key(open) == Keys.openBracket else { return nil }
    guard let one = item(sentence, at: open + 1, lexicons: lexicons), Self.versus.contains(sentence.key(one.end)) else { return nil }
    let next = sentence.key(one.end + 1) == Keys.period ? one.end + 2 : one.end + 1
    guard let two = item(sentence, at: next, lexicons: lexicons), one.count.responders == nil || two.count.responders != nil,
      [Keys.closeParen, Keys.closeBracket, Keys.comma, Keys.semicolon].contains(sentence.key(two.end))
    else { return nil }
    // What was more common: the subject before "was"/"were". ("Women were more likely to
    // report nausea with A than with B" compares within one sex: some of each arm.)
    let verb = (sentence.range.lowerBound..<degree).last { sentence.key($0) == Keys.was || sentence.key($0) == Keys.were }
    if let verb, (sentence.range.lowerBound..<verb).contains(where: { Keys.sexes.contains(sentence.key($0)) }) { return nil }
    var outcome: Range<Int>?
    // ("Patients were more likely to respond …": the people, no outcome.)
    if let verb, verb > sentence.range.lowerBound, verb - sentence.range.lowerBound <= 8,
      (sentence.range.lowerBound..<verb).allSatisfy({ sentence.isWord($0) || sentence.tokens[$0].kind == .dash }),
      !(sentence.range.lowerBound..<verb).contains(where: { lexicons.participants.contains(sentence.tokens, at: $0) })
    {
      outcome = Int(sentence.tokens[sentence.range.lowerBound].start)..<Int(sentence.tokens[verb - 1].end)
    }
    return [one, two].map { item in
      var count = item.count
      count.outcome = outcome
      return (item.first, item.end, count)
    }
  }

  /// "That compared with just 14 children in the placebo group": a sentence that opens by
  /// comparing back to the sentence before gives the other arm's count of the same
  /// outcome, no size. The count must name its people and then its arm ("in the placebo
  /// group", "on placebo", "taking propranolol").
  func comparedBack(_ sentence: Sentence, lexicons: Lexicons) -> [(first: Int, end: Int, count: ResponseCount)] {
    let start = sentence.range.lowerBound
    guard Self.backReferences.contains(sentence.key(start)) else { return [] }
    var i = start + 1
    if sentence.key(i) == Keys.was { i += 1 }
    guard Self.comparingVerbs.contains(sentence.key(i)), sentence.key(i + 1) == Keys.with || sentence.key(i + 1) == Keys.to else { return [] }
    i += 2
    if Self.restrictors.contains(sentence.key(i)) { i += 1 }
    guard let number = sentence.number(startingAt: i), number.isInteger, !number.isPercent else { return [] }
    let people = participantEnd(sentence, from: number.end, lexicons: lexicons)
    // ("That compared with 7 in the placebo group" after a hospital stay counts days.)
    guard people > number.end, Self.armPrepositions.contains(sentence.key(people)),
      // ("That compares with 120 patients in the surgery group who were enrolled": people
      // the study took in.)
      !(people..<sentence.range.upperBound).contains(where: { Keys.enrolledVerbs.contains(sentence.key($0)) })
    else { return [] }
    guard let arm = sentence.mentions.first(where: { m in
      (m.label == .drug || Self.namesArm(m)) && m.firstToken > people && m.firstToken <= people + 2
    }) else { return [] }
    var end = arm.endToken
    if sentence.key(end) == Keys.group || sentence.key(end) == Keys.arm { end += 1 }
    return [(number.first, end, ResponseCount(responders: Int(number.value), approximate: number.approximate))]
  }

  private static let backReferences: Set<UInt64> = Set(["that", "this", "which"].map { TokenKey.of($0) })
  private static let comparingVerbs: Set<UInt64> = Set(["compared", "compares", "contrasted", "contrasts"].map { TokenKey.of($0) })
  static let restrictors: Set<UInt64> = Set(["just", "only", "about", "around", "some", "roughly", "nearly", "almost"].map { TokenKey.of($0) })
  private static let armPrepositions: Set<UInt64> = Set(["in", "on", "taking", "given", "receiving", "from"].map { TokenKey.of($0) })

  /// "17 patients [22.4%]", "6 (8.0%)", "17", "22.4%": one arm's count, with its share, or
  /// its share alone.
  private func item(_ sentence: Sentence, at i: Int, lexicons: Lexicons) -> (first: Int, end: Int, count: ResponseCount)? {
    guard let number = sentence.number(startingAt: i) else { return nil }
    if number.isPercent {
      let count = ResponseCount(proportion: number.value / 100, precision: pow10(-(2 + number.decimals)), approximate: number.approximate)
      return (number.first, number.end, count)
    }
    guard number.isInteger else { return nil }
    let people = lexicons.participants.longestMatch(in: sentence.tokens, at: number.end, stopAt: sentence.range.upperBound)?.end
    var end = people ?? number.end
    if sentence.key(end) == Keys.openParen || sentence.key(end) == Keys.openBracket, let percent = sentence.number(startingAt: end + 1), percent.isPercent,
      sentence.key(percent.end) == Keys.closeParen || sentence.key(percent.end) == Keys.closeBracket
    {
      let count = ResponseCount(responders: Int(number.value), proportion: percent.value / 100, precision: pow10(-(2 + percent.decimals)), approximate: number.approximate)
      end = percent.end + 1
      return (number.first, end, count)
    }
    // "(17 patients vs 6)": people, the first at least; bare numbers ("1,200 vs 1,450")
    // may count episodes or be means.
    let afterVersus = Self.versus.contains(sentence.key(number.first - 1))
      || (sentence.key(number.first - 1) == Keys.period && Self.versus.contains(sentence.key(number.first - 2)))
    guard people != nil || afterVersus else { return nil }
    return (number.first, end, ResponseCount(responders: Int(number.value), approximate: number.approximate))
  }

  private static let than = TokenKey.of("than")
  private static let degrees: Set<UInt64> = Set(["more", "less"].map { TokenKey.of($0) })
  private static let frequencies: Set<UInt64> = Set(["common", "commonly", "frequent", "frequently", "often", "likely"].map { TokenKey.of($0) })
}
