/// Dosing frequencies ("twice daily", "BID", "every 2 weeks", "q2w", "3 times a day",
/// "1-2 times a day", "2xday"), as administrations per day.
///
/// Phrases that are everyday words as well ("at night", "a week", "as needed"; listed in
/// `rules/dosing/frequency-anchors.rules`) count only with a count before them or beside
/// something dosed: "drives at night" and "for a week" are not regimens.
struct FrequencyRecognizer: Recognizer {
  static let window = 6
  static let intervalWindow = 3
  private static let times: Set<UInt64> = Set(["times", "x", "time"].map { TokenKey.of($0) })
  private static let x = TokenKey.of("x")
  private static let intervalStarts: Set<UInt64> = Set(["every", "q"].map { TokenKey.of($0) })

  /// "3 times", "2x", "1-2 times", "x2" right before a period phrase: the count (the lower
  /// bound of a range, as for doses) and its first token.
  private func timesBefore(_ sentence: Sentence, _ i: Int) -> (value: Double, first: Int)? {
    // "2xday": the times sign glued to the period word ("xday" in the rules).
    let glued = sentence.bytes[Int(sentence.tokens[i].start)] | 0x20 == UInt8(ascii: "x") && !sentence.tokens[i].spaceBefore
    var j = i - 1
    if !glued {
      if sentence.key(j) == Keys.per || sentence.key(j) == Keys.slash { j -= 1 }
      // "x2 weekly"
      if let number = sentence.number(endingAt: j + 1), sentence.key(number.first - 1) == Self.x {
        return number.isInteger && number.value >= 1 && number.value <= 24 ? (number.value, number.first - 1) : nil
      }
      guard Self.times.contains(sentence.key(j)) else { return nil }
    } else {
      j = i
    }
    guard let number = sentence.number(endingAt: j), number.isInteger, number.value >= 1, number.value <= 24 else {
      return nil
    }
    // "1-2 times a day", "6-8x a day"
    if sentence.key(number.first - 1) == Keys.hyphen || sentence.key(number.first - 1) == Keys.to,
      let lower = sentence.number(endingAt: number.first - 1), lower.isInteger, lower.value >= 1, lower.value < number.value
    {
      return (lower.value, lower.first)
    }
    return (number.value, number.first)
  }

  /// "every 21 days", "q2.5 hours", "q30 minutes", "every 4-6 hours" (the longer
  /// interval, as a range of counts takes its lower bound), "q/3hrs": an interval with a
  /// unit from `rules/dosing/interval-units.rules`, as administrations per day.
  private func interval(_ sentence: Sentence, at i: Int, lexicons: Lexicons) -> (perDay: Double, end: Int)? {
    guard Self.intervalStarts.contains(sentence.key(i)) else { return nil }
    var j = i + 1
    if sentence.key(j) == Keys.slash { j += 1 }
    guard var number = sentence.number(startingAt: j), !number.isPercent, number.value > 0 else { return nil }
    if sentence.key(number.end) == Keys.hyphen || sentence.key(number.end) == Keys.to,
      let upper = sentence.number(startingAt: number.end + 1), !upper.isPercent, upper.value > number.value
    {
      number = upper
    }
    guard let unit = lexicons.intervalUnits.longestMatch(in: sentence.tokens, at: number.end, stopAt: sentence.range.upperBound)
    else { return nil }
    let days = number.value * unit.value
    guard days > 0, days <= 366 else { return nil }
    // "q30 minutes" is 48 a day, not 48.00000000000001; "every 2 weeks" stays exactly the
    // 1/14 that frequencies.rules gives it, so that both read as one schedule.
    let perDay = 1 / days
    return (abs(perDay - perDay.rounded()) < 1e-9 ? perDay.rounded() : perDay, unit.end)
  }

  func recognize(_ sentence: inout Sentence, lexicons: Lexicons) {
    let anchors = sentence.mentions.filter { $0.label == .drug || $0.label == .dose }
    // "drops at night", "gel at night OD", "ointment as needed"
    func nearEyeDosing(_ first: Int, _ end: Int, within window: Int = Self.intervalWindow) -> Bool {
      let around = (first - window)..<(end + window)
      return sentence.hasTerm(lexicons.eyeCues, in: around) != nil || sentence.hasTerm(lexicons.dosageForms, in: around) != nil
        || sentence.hasTerm(lexicons.eyeRoutes, in: around) != nil
    }
    func nearAnchor(_ first: Int, _ end: Int) -> Bool {
      anchors.contains { abs($0.endToken - first) <= Self.window || abs($0.firstToken - end) <= Self.window }
        || nearEyeDosing(first, end, within: Self.window)
    }
    func followsDose(_ first: Int) -> Bool {
      anchors.contains { $0.endToken <= first && first - $0.endToken <= Self.intervalWindow }
    }
    var i = sentence.range.lowerBound
    while i < sentence.range.upperBound {
      // An interval of any count is a schedule right after its drug or dose ("ondansetron
      // 4 mg q8h") or in eye dosing ("drops q30 minutes OU"); "pain scores were recorded
      // every 15 minutes" after a dose, or before one, is not. Elsewhere only the
      // intervals frequencies.rules lists are read.
      if let interval = interval(sentence, at: i, lexicons: lexicons), followsDose(i) || nearEyeDosing(i, interval.end) {
        sentence.add(.frequency, .frequency(perDay: interval.perDay), tokens: i, interval.end)
        i = interval.end
        continue
      }
      guard let match = lexicons.frequencies.longestMatch(in: sentence.tokens, at: i, stopAt: sentence.range.upperBound)
      else {
        i += 1
        continue
      }
      // "activities of daily living", "daily life": an adjective of something else.
      if lexicons.frequencyBlocksAfter.longestMatch(in: sentence.tokens, at: match.end, stopAt: sentence.range.upperBound) != nil {
        i = match.end
        continue
      }
      // "3 times a day", "2x/day", "4 times daily": the count multiplies the period.
      if let perPeriod = match.value, perPeriod <= 1, let count = timesBefore(sentence, i) {
        sentence.add(.frequency, .frequency(perDay: count.value * perPeriod), tokens: count.first, match.end)
      } else {
        let everyday = lexicons.frequencyAnchors.longestMatch(in: sentence.tokens, at: i, stopAt: match.end)?.end == match.end
        if !everyday || nearAnchor(i, match.end) {
          sentence.add(.frequency, .frequency(perDay: match.value), tokens: i, match.end)
        }
      }
      i = match.end
    }
  }
}
