/// Treatment durations: "for 12 weeks", "3-6 months", "3–6 months", "4 to 5 months",
/// "a 24-week study", "at week 36", "three months", in days.
///
/// Not durations: ages ("45-year-old", "aged 50 years"), disease history ("for a mean of
/// 8 years"), time off treatment ("followed by 2 months without it"): the cue words are data
/// (`duration-block`, `duration-block-after`), looked for just before and after the phrase.
struct DurationRecognizer: Recognizer {
  func recognize(_ sentence: inout Sentence, lexicons: Lexicons) {
    let end = sentence.range.upperBound
    var found: [(first: Int, end: Int, min: Double, max: Double, approximate: Bool)] = []
    var skipUntil = 0
    // The unit and end of the last duration the words before it blocked: "time to relapse
    // was 92 days on placebo and 224 days on cariprazine" compares two such times.
    var blocked: (unit: Double, end: Int)?
    for number in sentence.numbers where number.first >= skipUntil && !number.isPercent && !number.isFraction {
      guard !sentence.isCovered(number.first, by: .frequency), !sentence.isCovered(number.first, by: .dose) else { continue }
      let low = number.value
      var high = number.value
      var unitStart = number.end
      // "3-6 months", "4 to 5 months", "3 or 4 weeks"
      let joiner = sentence.key(unitStart)
      if joiner == Keys.hyphen || joiner == Keys.to || joiner == Keys.or,
        let upper = sentence.number(startingAt: unitStart + 1), !upper.isPercent, upper.value > low
      {
        high = upper.value
        unitStart = upper.end
      }
      if sentence.key(unitStart) == Keys.hyphen { unitStart += 1 }  // "24-week"
      guard unitStart < end, let unit = lexicons.durationUnits.longestMatch(in: sentence.tokens, at: unitStart, stopAt: end),
        !sentence.isCovered(unitStart, by: .frequency)
      else { continue }
      if isBlocked(sentence, first: number.first, end: unit.end, years: low * unit.value >= 365, lexicons: lexicons) {
        skipUntil = unit.end  // "a median of 16–18 months": not "18 months" either
        blocked = (unit.value, unit.end)
        continue
      }
      if let earlier = blocked, earlier.unit == unit.value, number.first - earlier.end <= 5,
        (earlier.end..<number.first).contains(where: { Self.comparingWords.contains(sentence.key($0)) }),
        !(earlier.end..<number.first).contains(where: { Self.freshClause.contains(sentence.key($0)) })
      {
        skipUntil = unit.end
        continue
      }
      found.append((number.first, unit.end, low * unit.value, high * unit.value, number.approximate))
      skipUntil = unit.end
    }
    found += lengthsInHours(sentence, skipping: found.map { $0.first..<$0.end })
    // "at week 36", "by month 6"
    var i = sentence.range.lowerBound
    while i + 1 < end {
      let key = sentence.key(i)
      if key == Keys.week || key == Keys.month, let number = sentence.number(startingAt: i + 1), number.isInteger,
        number.value >= 1, number.value <= 520, !found.contains(where: { $0.first <= i && i < $0.end }),
        !isBlocked(sentence, first: i, end: number.end, years: false, lexicons: lexicons),
        // "separated from placebo from week 4": when an effect began, not how long
        // treatment lasted ("from week 0 to week 12" reads its end).
        sentence.key(i - 1) != Self.from || sentence.key(number.end) == Keys.to
      {
        let days = (key == Keys.week ? 7 : 30.4375) * number.value
        found.append((i, number.end, days, days, false))
        i = number.end
        continue
      }
      i += 1
    }
    for d in found.sorted(by: { $0.first < $1.first }) {
      sentence.add(.duration, .duration(minDays: d.min, maxDays: d.max, approximate: d.approximate), tokens: d.first, d.end)
    }
  }

  private static let from = TokenKey.of("from")
  private static let within = TokenKey.of("within")
  private static let treatmentWords: Set<UInt64> = Set(
    ["therapy", "treatment", "dosing", "starting", "start", "initiation", "use", "taking", "receiving", "beginning"].map { TokenKey.of($0) })
  private static let windowFillers: Set<UInt64> = Set(["about", "approximately", "around"].map { TokenKey.of($0) })
  private static let phaseWords: Set<UInt64> = Set(["run-in", "washout", "wash-out", "lead-in", "screening", "baseline"].map { TokenKey.of($0) })
  private static let run = TokenKey.of("run")
  private static let phaseStops: Set<UInt64> = Set(
    ["from", "after", "then", "and", "or", "of", "to", "with", "at", "before", "since", "until", "in", "on", "the", "a", "an", "had", "was", "were"]
      .map { TokenKey.of($0) })
  private static let plusMinus = TokenKey.of("±")
  private static let plus = TokenKey.of("+")
  private static let boundSigns: Set<UInt64> = Set(["<", ">", "≤", "≥", "<=", ">="].map { TokenKey.of($0) })
  /// Words that set a second time against the first ("92 days on placebo and 224 days on
  /// cariprazine").
  private static let comparingWords: Set<UInt64> = Set(["and", "or", "vs", "versus", "than", "compared", "whereas", "while"].map { TokenKey.of($0) })
  /// Words after which a duration is read afresh, not as the one compared before it.
  private static let freshClause: Set<UInt64> = Set(
    [";", "for", "over", "during", "throughout", "treated", "given", "received", "treatment", "therapy", "dosing", "continued", "lasted", "took",
     "taken"].map { TokenKey.of($0) })
  private static let perDayWords: Set<UInt64> = Set(["a", "per", "each", "every", "daily", "nightly", "of", "/"].map { TokenKey.of($0) })
  private static let hourUnits: Set<UInt64> = Set(["h", "hr", "hrs", "hour", "hours"].map { TokenKey.of($0) })

  /// "three times daily for 48 h", "every 8 hours for 72 hours": a length in hours is the
  /// treatment's only right after its schedule, itself right after a dose or a drug;
  /// elsewhere ("at 24 h", "within 48 h", "infused over 2 hours") hours time an outcome or
  /// a single dose.
  private func lengthsInHours(_ sentence: Sentence, skipping taken: [Range<Int>])
    -> [(first: Int, end: Int, min: Double, max: Double, approximate: Bool)]
  {
    var found: [(first: Int, end: Int, min: Double, max: Double, approximate: Bool)] = []
    for number in sentence.numbers where number.isInteger && number.value >= 1 && number.value <= 720 {
      let unit = number.end
      // ("a patch for 16 hours a day for 8 weeks", "for 8 hours of sleep": hours of each
      // day, the length after them.)
      guard Self.hourUnits.contains(sentence.key(unit)), sentence.key(number.first - 1) == Keys.for,
        !taken.contains(where: { $0.contains(number.first) || $0.lowerBound > unit }),
        !Self.perDayWords.contains(sentence.key(unit + 1)),
        let schedule = sentence.mentions.first(where: { $0.label == .frequency && $0.endToken == number.first - 1 }),
        // A dose's schedule, not a measurement's ("glucose was measured every 4 hours for
        // 48 hours").
        sentence.mentions.contains(where: { m in
          (m.label == .dose || m.label == .drug) && m.endToken <= schedule.firstToken && schedule.firstToken - m.endToken <= 4
        })
      else { continue }
      let days = number.value / 24
      found.append((number.first, unit + 1, days, days, number.approximate))
    }
    return found
  }

  /// `years`: the duration is a year or longer, as people's ages are.
  private func isBlocked(_ sentence: Sentence, first: Int, end: Int, years: Bool, lexicons: Lexicons) -> Bool {
    if sentence.hasTerm(lexicons.durationBlocks, in: (first - 5)..<first) != nil { return true }
    // "within four weeks of giving birth", "within 30 days of the last dose": a window
    // around an event, not how long anyone was treated ("regrowth within five months",
    // "within 12 weeks of therapy" time the treatment).
    var before = first - 1
    while before > first - 3, Self.windowFillers.contains(sentence.key(before)) { before -= 1 }
    if sentence.key(before) == Self.within, sentence.key(end) == Keys.of, !Self.treatmentWords.contains(sentence.key(end + 1)) { return true }
    // The second of two compared ranges ("age group (6–11 vs 12–59 months)") is what the
    // first is: the words before the first one decide.
    if ResponseRecognizer.versus.contains(sentence.key(first - 1)), var earlier = sentence.number(endingAt: first - 1) {
      if sentence.range.contains(earlier.first - 1),
        sentence.key(earlier.first - 1) == Keys.hyphen || sentence.tokens[earlier.first - 1].kind == .dash,
        let lower = sentence.number(endingAt: earlier.first - 1)
      {
        earlier = lower
      }
      if sentence.hasTerm(lexicons.durationBlocks, in: (earlier.first - 5)..<earlier.first) != nil { return true }
    }
    if sentence.hasTerm(lexicons.durationBlocksAfter, in: end..<(end + 2)) != nil { return true }
    // "45-year-old" is "45 - year - old"
    if sentence.key(end) == Keys.hyphen, sentence.key(end + 1) == Keys.old { return true }
    // "children and adolescents (6–17 years)": the people's ages, in years, alone in
    // brackets after them ("Patients (12 weeks of treatment)" is a treatment's length).
    if years, sentence.key(first - 1) == Keys.openParen, sentence.key(end) == Keys.closeParen, followsPeople(sentence, at: first - 1, lexicons: lexicons) {
      return true
    }
    // "children under five years", "adults older than 65 years": an age's bound just
    // before ("injected under the skin, for 16 weeks" is a treatment's length).
    if sentence.key(first - 1) == Self.under, followsPeople(sentence, at: first - 1, lexicons: lexicons) { return true }
    if sentence.key(first - 1) == Self.than, Self.ageComparatives.contains(sentence.key(first - 2)) { return true }
    // "stratified by duration of current episode (<4 years or ≥4 years)": a bound.
    if Self.boundSigns.contains(sentence.key(first - 1)) { return true }
    // "mean age 20.4 ± 1.6 years", "+/- 1.6 years": a mean's spread.
    if sentence.key(first - 1) == Self.plusMinus
      || (sentence.key(first - 1) == Keys.hyphen && sentence.key(first - 2) == Keys.slash && sentence.key(first - 3) == Self.plus)
    {
      return true
    }
    // "After a 2-week single-blind placebo run-in": a phase before treatment, named by the
    // words right after the length.
    // ("for 24 weeks from baseline", "and then had a washout" are lengths of treatment.)
    var k = end
    while k < min(end + 5, sentence.range.upperBound), (sentence.isWord(k) && !Self.phaseStops.contains(sentence.key(k))) || sentence.key(k) == Keys.hyphen {
      if Self.phaseWords.contains(sentence.key(k)) || (sentence.key(k) == Self.run && sentence.key(k + 1) == Keys.hyphen) { return true }
      k += 1
    }
    return describesTheParticipants(sentence, first: first, end: end, lexicons: lexicons)
  }

  /// "Adults with painful neuropathy for at least 6 months were randomised to …": a
  /// duration after "<people> with" and before the verb that assigns or enrols them is
  /// how long they had had their disease, not how long they were treated. (Not "Patients
  /// treated with drug A for 12 weeks were randomised …", "Compared with placebo, after
  /// 24 weeks the patients assigned to …", "a trial with 52 weeks of treatment enrolled
  /// …": "with" must follow the people, and no drug or dose may come between.)
  private func describesTheParticipants(_ sentence: Sentence, first: Int, end: Int, lexicons: Lexicons) -> Bool {
    guard let with = (max(sentence.range.lowerBound, first - 12)..<first).last(where: { sentence.key($0) == Keys.with }),
      (max(sentence.range.lowerBound, with - 4)..<with).contains(where: { start in
        lexicons.participants.longestMatch(in: sentence.tokens, at: start, stopAt: with)?.end == with
      }),
      !sentence.mentions.contains(where: { ($0.label == .drug || $0.label == .dose) && $0.firstToken >= with && $0.firstToken < first }),
      !(with..<first).contains(where: { Self.clauseBreaks.contains(sentence.key($0)) })
    else { return false }
    var i = end
    while i < sentence.range.upperBound, !Self.clauseBreaks.contains(sentence.key(i)) {
      if Self.peopleVerbs.contains(sentence.key(i)) { return true }
      // A drug or dose before the verb: the duration may be its ("with X for 2 weeks
      // and then Y …").
      if sentence.mentions.contains(where: { ($0.label == .drug || $0.label == .dose) && $0.firstToken == i }) { return false }
      i += 1
    }
    return false
  }

  private static let peopleVerbs: Set<UInt64> = Keys.assignmentVerbs.union(
    ["enrolled", "enroled", "recruited", "included", "eligible"].map { TokenKey.of($0) })
  /// Whether a participant noun ("children", "adolescents") ends just before `index`.
  private func followsPeople(_ sentence: Sentence, at index: Int, lexicons: Lexicons) -> Bool {
    (max(sentence.range.lowerBound, index - 3)..<index).contains { start in
      lexicons.participants.longestMatch(in: sentence.tokens, at: start, stopAt: index)?.end == index
    }
  }

  private static let under = TokenKey.of("under")
  private static let than = TokenKey.of("than")
  private static let ageComparatives: Set<UInt64> = Set(["younger", "older"].map { TokenKey.of($0) })
  private static let clauseBreaks: Set<UInt64> = Set([";", ":", "."].map { TokenKey.of($0) })
}
