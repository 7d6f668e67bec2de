/// How a count names its arm: an arm's name right after it or right before it, a list of
/// arms it is one of, or "respectively".
extension ResponseRecognizer {
  /// Where the name of an arm within six tokens ends: a drug, a dose, a frequency, or
  /// a "group"/"arm" noun ("of the 4-mg group", "of those on ritlecitinib 50 mg"). The six
  /// tokens start after an interval's aside ("(95% CI 0.62–0.78) from group II").
  func armReference(_ sentence: Sentence, from start: Int, alone: Bool = false) -> Int? {
    // "84 (70%) patients (95% CI 0.62–0.78) from group II": an interval's aside is skipped.
    var index = start
    if sentence.key(index) == Keys.openParen, (index + 1...index + 4).contains(where: { Self.intervals.contains(sentence.key($0)) }),
      let close = (index + 1..<min(index + 16, sentence.range.upperBound)).first(where: { sentence.key($0) == Keys.closeParen })
    {
      index = close + 1
    }
    // "in 12 (24%) and with placebo in 3 (6%)": an arm after "and with" opens the next
    // item of a parallel list.
    if Self.pairWords.contains(sentence.key(index)), Self.itemOpeners.contains(sentence.key(index + 1)) { return nil }
    // "22.6% (19/84) vs placebo 46.9%": an arm after "vs" is the next count's.
    var last = min(index + 6, sentence.range.upperBound)
    if let stop = (index..<last).first(where: { Self.contrasts.contains(sentence.key($0)) }) { last = stop }
    // "in the tablet group": a form or route that names a group.
    func isName(_ m: Mention) -> Bool {
      m.label == .drug || m.label == .dose || m.label == .frequency || Self.namesArm(m)
        || ((m.label == .route || m.label == .form) && Keys.armWords.contains(sentence.key(m.endToken)))
    }
    // "687 of the 891 patients (67.8% of the placebo group, …)": an arm after another
    // number is that number's; a number within a name ("the 4-mg group") is not one.
    // Another count starts at a number ("(67.8% of the placebo group", "— 12 in the soy
    // group"); "at 8 weeks" is a time, and "of the 40 patients on sertraline" (a count of
    // people) the same count's people.
    if let other = (index..<last).first(where: { i in
      sentence.number(startingAt: i) != nil
        && !sentence.mentions.contains { m in
          (isName(m) || m.label == .duration || (m.label == .cohort && m.firstToken == i)) && m.firstToken <= i && i < m.endToken
        }
    }) {
      last = other
    }
    let window = index..<last
    // Mentions are in the order the recognizers found them: drugs before "placebo".
    let named = sentence.mentions.filter { m in isName(m) && window.contains(m.firstToken) }.sorted { $0.firstToken < $1.firstToken }
    if let first = named.first {
      // "ritlecitinib 50 mg once daily": the whole name of the arm.
      var end = first.endToken
      for m in named.dropFirst() where m.firstToken <= end { end = max(end, m.endToken) }
      // "… 55 (91.7%) children in the intervention and control arms": with `alone`, the
      // first of a list of arms is not taken for the count's own arm.
      if alone, isListOfArms(sentence, after: end) { return nil }
      // "19 of 90 and the former 51 of 94": a name right before a count is that count's.
      if let next = sentence.number(startingAt: end), next.isInteger, !sentence.isCovered(end, by: .duration), !sentence.isCovered(end, by: .dose) {
        return nil
      }
      return end
    }
    // "on the lower dose", "with the higher dose": the arm of a two-dose trial by its
    // level, which the linker resolves or drops (`isDoseLevel`).
    if let dose = window.first(where: { isDoseLevel(sentence, endingAt: $0 + 1) }) { return dose + 1 }
    return window.first { sentence.key($0) == Keys.group || sentence.key($0) == Keys.arm }.map { $0 + 1 }
  }

  /// Whether "the lower dose", "the high dose" ends at `end`.
  func isDoseLevel(_ sentence: Sentence, endingAt end: Int) -> Bool {
    sentence.key(end - 1) == Self.doseWord && Self.doseLevels.contains(sentence.key(end - 2)) && sentence.key(end - 3) == Keys.the
  }

  private static let doseWord = TokenKey.of("dose")
  /// The levels the linker tells apart (`ParagraphLinker.linkDoseLevelGroups`).
  private static let doseLevels: Set<UInt64> = Set(["lower", "higher", "low", "high", "lowest", "highest"].map { TokenKey.of($0) })


  /// "… and control arms", "…, B and C groups": after an arm's name, more names and then a
  /// plural "arms" or "groups".
  private func isListOfArms(_ sentence: Sentence, after end: Int) -> Bool {
    let joiner = sentence.key(end)
    guard joiner == Keys.and || joiner == Keys.or || joiner == Keys.comma else { return false }
    // "the dexamethasone 0.15 mg/kg, dexamethasone 0.6 mg/kg and prednisolone groups":
    // names with doses make long lists.
    return (end + 1..<min(end + 14, sentence.range.upperBound)).contains { Keys.pluralArms.contains(sentence.key($0)) }
  }

  /// Words that turn from one arm's count to another's.
  static let contrasts: Set<UInt64> = Set(["vs", "versus", "compared", "than", "whereas", "while", "but", ";"].map { TokenKey.of($0) })

  /// "29/112 (25.9%) vs 44/109 (40.4%)": a count of the form "N/M" or "N of M" with
  /// "vs" or "versus" between it and another such count.
  func isComparedPair(_ sentence: Sentence, _ number: NumberSpan, end: Int) -> Bool {
    func fraction(startingAt i: Int) -> Bool {
      guard let n = sentence.number(startingAt: i), n.isInteger else { return false }
      let joiner = sentence.key(n.end)
      return (joiner == Keys.slash || joiner == Keys.of) && sentence.number(startingAt: n.end + 1) != nil
    }
    if Self.versus.contains(sentence.key(end)), fraction(startingAt: end + 1) { return true }
    guard Self.versus.contains(sentence.key(number.first - 1)) else { return false }
    // The count before "vs": its "(25.9%)" may close it.
    var before = number.first - 2
    if sentence.key(before) == Keys.closeParen, let open = (max(sentence.range.lowerBound, before - 5)..<before).last(where: { sentence.key($0) == Keys.openParen }) {
      before = open - 1
    }
    return (max(sentence.range.lowerBound, before - 3)...max(sentence.range.lowerBound, before)).contains { fraction(startingAt: $0) }
  }

  static let versus: Set<UInt64> = Set(["vs", "versus"].map { TokenKey.of($0) })
  /// Prepositions that open an item of a parallel list ("and with placebo in 3").
  static let itemOpeners: Set<UInt64> = Set(["with", "in", "on", "among", "for"].map { TokenKey.of($0) })
  static let pairWords: Set<UInt64> = Set(["and", "or", "vs", "versus"].map { TokenKey.of($0) })

  /// How many arms a list names that starts with the arm ending at `end` ("the yoga and
  /// control groups": 2), or nil when the arm is not followed by another.
  func armList(_ sentence: Sentence, from end: Int) -> Int? {
    var count = 1
    var i = end
    while Self.pairWords.contains(sentence.key(i)) || sentence.key(i) == Keys.comma {
      var next = i + 1
      // "group A, group B, and group C"
      if sentence.key(i) == Keys.comma, Self.pairWords.contains(sentence.key(next)) { next += 1 }
      if sentence.key(next) == Keys.the { next += 1 }
      // "the placebo, 30 µg and 60 µg groups": a dose names its arm in a list too.
      guard let arm = sentence.mentions.first(where: { m in m.firstToken == next && (m.label == .drug || m.label == .dose || Self.namesArm(m)) })
      else { break }
      count += 1
      i = arm.endToken
      // "the nicotine patch, 21 mg/day, …": the arm's regimen is part of its name.
      while let regimen = sentence.mentions.first(where: { $0.firstToken == i && Self.regimenLabels.contains($0.label) }) { i = regimen.endToken }
      // "30 µg YIC": a dose's drug may be a word the lexicon does not know.
      if arm.label == .dose {
        var words = 0
        while words < 2, sentence.isWord(i), !Self.pairWords.contains(sentence.key(i)), !Keys.pluralArms.contains(sentence.key(i)) {
          i += 1
          words += 1
        }
      }
    }
    return count > 1 ? count : nil
  }

  static let regimenLabels: Set<Mention.Label> = [.dose, .frequency, .route, .form]

  /// A control ("placebo", "controls") or an arm without a drug ("the yoga group").
  static func namesArm(_ m: Mention) -> Bool {
    guard m.label == .context else { return false }
    if case .arm = m.value { return true }
    return m.value == .context("control")
  }

  /// "In the yoga group, 12 of the 40": an arm named in the few words before the count,
  /// with nothing but a comma (or a spaced dash) after it.
  /// "with placebo in 3 (6%)", "with ruxolitinib 20 mg in 12": the arm, its regimen
  /// included, right before "in" and the count.
  func armBefore(_ sentence: Sentence, _ first: Int) -> Bool {
    var i = first - 1
    // "of those on varenicline — 141 of the 541 — were …": a spaced dash opens an aside
    // as a comma does.
    let aside = sentence.range.contains(i) && sentence.tokens[i].kind == .dash && sentence.tokens[i].spaceBefore
    if sentence.key(i) == Keys.comma || sentence.key(i) == Keys.colon || aside { i -= 1 }
    if sentence.key(i) == Keys.group || sentence.key(i) == Keys.arm { return true }
    if sentence.key(i) == Keys.in, Self.itemOpeners.contains(sentence.key(armStart(sentence, endingAt: i) - 1)) {
      return true
    }
    return sentence.mentions.contains { m in
      (m.label == .drug || Self.namesArm(m)) && m.endToken == i + 1
    }
  }

  /// Where the arm whose name (a drug or a control, then its regimen) ends right before
  /// `end` starts, or `end` when no arm ends there.
  private func armStart(_ sentence: Sentence, endingAt end: Int) -> Int {
    var start = end
    while let regimen = sentence.mentions.first(where: { $0.endToken == start && Self.regimenLabels.contains($0.label) }) {
      start = regimen.firstToken
    }
    guard let arm = sentence.mentions.first(where: { ($0.label == .drug || Self.namesArm($0)) && $0.endToken == start }) else { return end }
    return arm.firstToken
  }

  /// A count that an arm right after it ("12 (30%) patients in the yoga group") or right
  /// before it ("In the yoga group, 12 (30%)") says is that arm's, with no block word.
  func isNamed(_ sentence: Sentence, first: Int, end: Int, lexicons: Lexicons) -> Bool {
    let reference = armReference(sentence, from: end, alone: true)
    guard reference != nil || armBefore(sentence, first) || assignsRespectively(sentence, after: end) else { return false }
    return !isBlocked(sentence, after: reference ?? end, lexicons: lexicons) && !isBlockedBefore(sentence, first, lexicons: lexicons)
  }

  /// "12 (30%) and 5 (13%) patients in the sertraline and placebo groups, respectively":
  /// whether "respectively" and two or more arms named after `end` assign the counts.
  /// A sentence that names no arm at all ("Red-cell transfusion was given to 19 women
  /// (3.2%) and 24 women (4.1%), respectively") refers to the arms named before it, which
  /// the linker keeps; it must list two counts or more.
  func assignsRespectively(_ sentence: Sentence, after end: Int) -> Bool {
    guard sentence.saysRespectively else { return false }
    // "… in the 60 µg, 120 µg and placebo groups, respectively": a dose names its arm too.
    let named = sentence.mentions.filter { m in m.label == .drug || m.label == .dose || Self.namesArm(m) }
    // "… in SD48W and SD24W arms, respectively" names arms the rules do not know.
    if named.isEmpty {
      let namesGroups = sentence.range.contains { i in
        let key = sentence.key(i)
        return key == Keys.group || key == Keys.arm || Keys.pluralArms.contains(key)
      }
      return !namesGroups && sentence.numbers.filter { $0.isInteger && !$0.isPercent }.count >= 2
    }
    return named.filter { $0.firstToken >= end }.count >= 2
  }

  static let respectively = TokenKey.of("respectively")

  /// "Insomnia was reported by 12/103, 19/105 and 7/104 patients in the 10 mg, 20 mg and
  /// placebo groups": as many counts as the arms listed right after them pair in order,
  /// as if the sentence said "respectively".
  func listsInOrder(_ sentence: Sentence) -> Bool {
    // Two counts at least, before any token is looked at.
    guard sentence.numbers.count >= 2, let plural = sentence.range.first(where: { Keys.pluralArms.contains(sentence.key($0)) }) else { return false }
    var items = sentence.armListItems(endingAt: plural, notBefore: sentence.range.lowerBound)
    // "Deaths occurred in 4, 3 and 6 patients in the three groups": as many counts as the
    // groups it numbers, in their order.
    if let groups = sentence.number(endingAt: plural), groups.isInteger, (2...6).contains(groups.value),
      sentence.key(groups.first - 1) == Keys.the, sentence.key(groups.first - 2) == Keys.in
    {
      let counts = sentence.numbers.filter { n in
        n.end <= groups.first - 2 && n.isInteger && !n.isPercent && !sentence.isCovered(n.first, by: .dose) && !sentence.isCovered(n.first, by: .duration)
      }
      guard let last = counts.last, groups.first - last.end <= 4 else { return false }
      return counts.count == Int(groups.value)
    }
    let start = items.first?.lowerBound ?? plural
    func namesArm(_ m: Mention) -> Bool { m.label == .drug || m.label == .dose || Self.namesArm(m) }
    let named = items.filter { item in sentence.mentions.contains { m in namesArm(m) && item.contains(m.firstToken) } }
    // "… in groups A, B and C": the names after the plural.
    let after = sentence.mentions.filter { m in namesArm(m) && m.firstToken >= plural && m.firstToken < plural + 10 }
    if items.isEmpty, after.count >= 2 {
      items = after.map { $0.firstToken..<$0.endToken }
    } else {
      guard items.count >= 2, named.count == items.count else { return false }
    }
    // The counts: whole numbers of the clause before the list, no total ("/103", "of
    // 103"), share, dose or time among them, the last a few words before it.
    let clauseStart = (sentence.range.lowerBound..<start).last { sentence.key($0) == Keys.semicolon }.map { $0 + 1 } ?? sentence.range.lowerBound
    let counts = sentence.numbers.filter { n in
      n.first >= clauseStart && n.end <= start && n.isInteger && !n.isPercent
        && sentence.key(n.first - 1) != Keys.slash && sentence.key(n.first - 1) != Keys.of && sentence.key(n.first - 1) != Keys.the
        && !sentence.isCovered(n.first, by: .dose) && !sentence.isCovered(n.first, by: .duration) && !sentence.isCovered(n.first, by: .cohort)
    }
    guard let last = counts.last, start - last.end <= 12 else { return false }
    return counts.count == items.count
  }
}
