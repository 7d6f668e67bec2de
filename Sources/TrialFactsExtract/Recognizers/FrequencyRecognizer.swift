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
  private static let period = TokenKey.of(".")
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

  /// "2x", "2-3x" starting at token `i`, no period word after it ("2x daily" the rules read
  /// whole, "2x higher" is no schedule): the count (a range's lower bound) and its tokens.
  private func bareTimes(_ sentence: Sentence, at i: Int, lexicons: Lexicons) -> (value: Double, first: Int, end: Int)? {
    guard let first = sentence.number(startingAt: i), first.isInteger else { return nil }
    var last = first
    // "2-3x": the lower bound counts, as for ranges of doses.
    if sentence.key(first.end) == Keys.hyphen, let upper = sentence.number(startingAt: first.end + 1), upper.isInteger, upper.value > first.value {
      last = upper
    }
    guard sentence.key(last.end) == Self.x, !sentence.tokens[last.end].spaceBefore, (1...12).contains(first.value) else { return nil }
    let end = last.end + 1
    // Only an eye next ("2x OU", "2x-left eye") or the end of the item: "2x/day", "2x a
    // day" and "2x daily" are the rules' to read whole.
    var next = end
    if sentence.key(next) == Keys.hyphen, !sentence.tokens[next].spaceBefore { next += 1 }
    let eye = lexicons.eyeRoutes.longestMatch(in: sentence.tokens, at: next, stopAt: sentence.range.upperBound) != nil
    let itemEnds = !sentence.range.contains(end) || [Keys.comma, Keys.semicolon, Self.period].contains(sentence.key(end))
    return eye || itemEnds ? (first.value, first.first, end) : nil
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

  /// "a single dose", "a single injection", "a single 900-mg intravenous dose": where a dose
  /// given once ends, when it starts at token `i`. Not a limit ("the maximum single dose")
  /// nor packaging ("single-dose vials").
  private func singleDose(_ sentence: Sentence, at i: Int, lexicons: Lexicons) -> Int? {
    guard !Self.limitWords.contains(sentence.key(i - 1)) else { return nil }
    var end: Int?
    if let match = lexicons.singleDoses.longestMatch(in: sentence.tokens, at: i, stopAt: sentence.range.upperBound) {
      end = match.end
    } else if sentence.key(i) == Self.single, let dose = sentence.mentions.first(where: { $0.label == .dose && $0.firstToken == i + 1 }) {
      // ("a single 20 mg/kg infusion": the noun may be a route word itself.)
      var j = dose.endToken
      if !Self.onceNouns.contains(sentence.key(j)), let route = lexicons.routeTerms.longestMatch(in: sentence.tokens, at: j, stopAt: sentence.range.upperBound) {
        j = route.end
      }
      if Self.onceNouns.contains(sentence.key(j)) { end = j + 1 }
    }
    guard let end, lexicons.frequencyBlocksAfter.longestMatch(in: sentence.tokens, at: end, stopAt: sentence.range.upperBound) == nil else { return nil }
    // "The loading dose was a single oral dose of 300 mg, then …": a loading dose before
    // the schedule, as is "a single dose of dexamethasone 8 mg followed by dexamethasone 4
    // mg twice daily" ("…, then prednisolone 40 mg daily" is another drug's regimen).
    let later = end..<sentence.range.upperBound
    let own = sentence.mentions.first { $0.label == .drug && $0.firstToken >= end && $0.firstToken <= end + 2 }?.value
      ?? sentence.mentions.last { $0.label == .drug && $0.endToken <= i && i - $0.endToken <= 3 }?.value
    let loading = (sentence.range.lowerBound..<i).contains { sentence.key($0) == Self.loadingWord }
      || later.contains { k in
        (sentence.key(k) == Self.then || (sentence.key(k) == Self.followed && sentence.key(k + 1) == Keys.by))
          && sentence.mentions.contains { dose in
            dose.label == .dose && dose.firstToken > k && dose.firstToken <= k + 6
              && !sentence.mentions.contains { $0.label == .drug && $0.firstToken > k && $0.firstToken < dose.firstToken && $0.value != own }
          }
      }
    // "a single dose or two doses", "divided into two doses": schedules compared, which a
    // single dose for every arm of the sentence would blur.
    let compared = sentence.numbers.contains { n in n.isInteger && n.value >= 2 && n.value <= 10 && Self.doseNouns.contains(sentence.key(n.end)) }
    return loading || compared ? nil : end
  }
  private static let then = TokenKey.of("then")
  private static let loadingWord = TokenKey.of("loading")
  private static let followed = TokenKey.of("followed")
  private static let doseNouns: Set<UInt64> = Set(["doses", "injections", "infusions", "applications"].map { TokenKey.of($0) })
  private static let single = TokenKey.of("single")
  private static let onceNouns: Set<UInt64> = Set(["dose", "injection", "infusion"].map { TokenKey.of($0) })
  private static let limitWords: Set<UInt64> = Set(["maximum", "max", "maximal", "largest", "highest", "each", "every", "any"].map { TokenKey.of($0) })

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
      if let end = singleDose(sentence, at: i, lexicons: lexicons) {
        sentence.add(.frequency, .singleDose, tokens: i, end)
        i = end
        continue
      }
      // An interval of any count is a schedule right after its drug or dose ("ondansetron
      // 4 mg q8h") or in eye dosing ("drops q30 minutes OU"); "pain scores were recorded
      // every 15 minutes" after a dose, or before one, is not. Elsewhere only the
      // intervals frequencies.rules lists are read.
      if let interval = interval(sentence, at: i, lexicons: lexicons), followsDose(i) || nearEyeDosing(i, interval.end) {
        sentence.add(.frequency, .frequency(perDay: interval.perDay), tokens: i, interval.end)
        i = interval.end
        continue
      }
      // "Timolol 0.5% 2x-left eye", "Systane 2-3x OU": a bare count of times after what is
      // dosed in eye care is per day.
      if let times = bareTimes(sentence, at: i, lexicons: lexicons), followsDose(times.first), nearEyeDosing(times.first, times.end) {
        sentence.add(.frequency, .frequency(perDay: times.value), tokens: times.first, times.end)
        i = times.end
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
        // "once daily in the morning", "once daily at bedtime": the time of day of the
        // once-daily schedule just read, no second schedule.
        let timeOfOnceDaily = everyday && match.value == 1 && sentence.mentions.last.map { last in
          last.label == .frequency && last.endToken == i && last.value == .frequency(perDay: 1)
        } == true
        // "twice daily (morning and evening)": the times of day in the bracket restate the
        // schedule just read ("(every 2 weeks)" is still read, lest its number be a length).
        let restated = sentence.key(i - 1) == Keys.openParen && !(i..<match.end).contains { sentence.tokens[$0].kind == .number }
          && sentence.mentions.last.map { last in
            last.label == .frequency && last.endToken == i - 1 && last.value == .frequency(perDay: match.value)
          } == true
        if timeOfOnceDaily || restated {
          i = match.end
          continue
        }
        // "the yearly group": an arm named by its schedule.
        let namesGroup = sentence.key(match.end) == Keys.group || sentence.key(match.end) == Keys.arm
        if !everyday || nearAnchor(i, match.end) || namesGroup {
          sentence.add(.frequency, .frequency(perDay: match.value), tokens: i, match.end)
        }
      }
      i = match.end
    }
  }
}
