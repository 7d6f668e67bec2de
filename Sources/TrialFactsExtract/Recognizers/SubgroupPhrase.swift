/// The subgroup a sentence opens with, whose counts are of part of each arm: "Among
/// patients aged 75 years or older (n = 61), POAF occurred in 9 of 20, …", "Among the 97
/// women with bacteraemia at baseline, cure rates were …", "In the subgroup with tophi, …".
///
/// The phrase runs to its comma and names people narrowed by what they have or are
/// ("with", "who", "aged", "≥"), names one sex ("Among women,") or people with or without
/// a marker ("In Ureaplasma-positive infants,"), or says "subgroup" ("stratum"). After "In", people
/// counted before and narrowed by a threshold with its number ("In the 46 patients with a
/// stone larger than 5 mm,") are one too. It is no subgroup when it names an
/// arm ("Among patients in the placebo group"), the people enrolled ("Among the 228
/// randomised patients") or a count without "the" ("Among 1,199 adults with prediabetes"
/// is how abstracts open on the whole trial).
enum SubgroupPhrase {
  /// Where the subgroup's words lie (UTF-8 offsets in the block's text, without a closing
  /// "(n = 61)") and the token after which counts are of it.
  static func find(in sentence: Sentence, lexicons: Lexicons) -> (words: Range<Int>, end: Int)? {
    let start = sentence.range.lowerBound
    let opener = sentence.key(start)
    guard opener == among || opener == Keys.in || opener == Keys.of else { return nil }
    // The comma that closes the phrase, outside brackets.
    var depth = 0
    var comma: Int?
    for j in (start + 1)..<min(start + 30, sentence.range.upperBound) {
      let key = sentence.key(j)
      if key == Keys.openParen { depth += 1 }
      if key == Keys.closeParen { depth -= 1 }
      if depth == 0, key == Keys.semicolon { break }
      if depth == 0, key == Keys.comma {
        comma = j
        break
      }
    }
    guard let comma, comma > start + 1 else { return nil }
    var last = comma - 1
    // "(n = 61)", "(A n = 48; B n = 45)" size the subgroup; they are no part of its name,
    // and the arms they name are not what the subgroup is.
    if sentence.key(last) == Keys.closeParen, let open = ((start + 2)..<last).last(where: { sentence.key($0) == Keys.openParen }) {
      last = open - 1
    }
    let phrase = (start + 1)..<(last + 1)
    // "Among patients with available data", "who received at least one dose": the people
    // analysed, not a subgroup.
    // ("Among patients previously treated with a TNF inhibitor": treated before the trial,
    // a subgroup by history.)
    if phrase.contains(where: { i in
      (Keys.enrolledVerbs.contains(sentence.key(i)) && !Self.history.contains(sentence.key(i - 1)))
        || Self.analysedPeople.contains(sentence.key(i))
    }) { return nil }
    // "Of the 31 people with diabetes in the exercise group": narrowed before the arm, a
    // subgroup of it.
    let armStart = phrase.first { i in
      Keys.armWords.contains(sentence.key(i))
        || sentence.mentions.contains { m in (m.label == .drug || ResponseRecognizer.namesArm(m)) && m.firstToken == i }
    }
    let narrowedBeforeArm = armStart.map { arm in (phrase.lowerBound..<arm).contains { narrowers.contains(sentence.key($0)) } } ?? false
    if armStart != nil && !narrowedBeforeArm { return nil }
    // "Of the 208 eligible women with …, 201 agreed": "Of" opens the whole sample as often;
    // only people narrowed within an arm are surely some of it.
    if opener == Keys.of, armStart == nil { return nil }
    // "In subgroup analyses, …" names no one subgroup.
    let saysSubgroup = phrase.contains { Self.subgroupWords.contains(sentence.key($0)) }
      && !phrase.contains { Self.analyses.contains(sentence.key($0)) }
    // "Among 1,199 adults with prediabetes": a count of people opens the whole trial's;
    // "Among the 97 women with …" some of those the text counted before, and "In the
    // subgroup of 40 patients with …" says what they are.
    let count = phrase.first { j in
      sentence.number(startingAt: j).map { lexicons.participants.contains(sentence.tokens, at: $0.end) } ?? false
    }
    if !saysSubgroup, let count, sentence.key(count - 1) != Keys.the { return nil }
    let countedBefore = count != nil
    // "Among women, …": one sex of the arm's people. ("Among the 300 women in the trial"
    // may be everyone a trial of women took.)
    let sexOnly = opener != Keys.in && phrase.allSatisfy { sentence.key($0) == Keys.the || Keys.sexes.contains(sentence.key($0)) }
    // "In Ureaplasma-positive infants, …": people with or without a marker.
    let marked = phrase.contains { Self.markers.contains(sentence.key($0)) }
      && phrase.contains { lexicons.participants.contains(sentence.tokens, at: $0) }
    if !saysSubgroup && !sexOnly && !marked {
      // "In the 46 patients with a stone larger than 5 mm, …": people the text counted
      // before, narrowed by a threshold; "In (the 180) patients with renal colic, …" may
      // open on the whole trial.
      // A threshold is a word of one before a number of its own ("larger than 5 mm",
      // "aged 65 or older", "above 20"); "who received alteplase" narrows to an arm.
      let bounded = phrase.contains { i in
        (Self.thresholds.contains(sentence.key(i)) || Keys.comparisons.contains(sentence.key(i)))
          && (i + 1...i + 2).contains { j in j != count && phrase.contains(j) && sentence.number(startingAt: j) != nil }
      }
      guard opener == among || opener == Keys.of || (countedBefore && bounded),
        phrase.contains(where: { lexicons.participants.contains(sentence.tokens, at: $0) || sentence.key($0) == Keys.those }),
        phrase.contains(where: { narrowers.contains(sentence.key($0)) || Keys.comparisons.contains(sentence.key($0)) })
      else { return nil }
    }
    return (Int(sentence.tokens[start + 1].start)..<Int(sentence.tokens[last].end), comma)
  }

  private static let among = TokenKey.of("among")
  /// "In the subgroup with tophi", "In the stratum born before 28 weeks".
  private static let subgroupWords: Set<UInt64> = Set(
    ["subgroup", "subgroups", "stratum", "strata", "subset", "subsets", "subpopulation"].map { TokenKey.of($0) })
  private static let analysedPeople: Set<UInt64> = Set(
    ["data", "dose", "doses", "follow-up", "followed", "evaluable", "completed", "completers", "analysed", "analyzed", "available"].map { TokenKey.of($0) })
  private static let history: Set<UInt64> = Set(["previously", "already", "never", "formerly", "ever", "not"].map { TokenKey.of($0) })
  private static let analyses: Set<UInt64> = Set(["analysis", "analyses"].map { TokenKey.of($0) })
  private static let markers: Set<UInt64> = Set(["positive", "negative"].map { TokenKey.of($0) })
  private static let thresholds: Set<UInt64> = Set(["than", "aged", "above", "below", "over", "under", "least", "exceeding"].map { TokenKey.of($0) })
  /// Words that narrow people to some of them.
  private static let narrowers: Set<UInt64> = Set(
    ["with", "without", "who", "whose", "whom", "aged", "older", "younger", "over", "under", "having", "previously", "admitted", "diagnosed",
      "undergoing", "before", "weighing", "weighed", "less", "more", "below", "above", "presenting", "requiring", "living"].map { TokenKey.of($0) })
}
