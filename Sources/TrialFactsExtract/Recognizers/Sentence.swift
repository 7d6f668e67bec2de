/// One sentence of a block, as the recognizers see it: the block's tokens and bytes,
/// the token range of the sentence, and what earlier recognizers found in it.
public struct Sentence {
  public let tokens: [Token]
  public let bytes: [UInt8]
  public let range: Range<Int>
  /// Numbers found by ``NumberRecognizer``; later recognizers build on them.
  var numbers: [NumberSpan] = []
  public internal(set) var mentions: [Mention] = []
  /// Drug abbreviations the document defined ("MTX" after "methotrexate (MTX)").
  var aliases = Abbreviations()
  /// The sentence pairs a list of counts with a list of arms in order without saying
  /// "respectively" ("12/103, 19/105 and 7/104 patients in the 10 mg, 20 mg and placebo
  /// groups"); set by ``ResponseRecognizer``.
  var listsRespectively = false
  /// The sizes of whole studies the sentence before, in the same block, states ("The team
  /// recruited 270 adults."), for a sentence that shares them out ("… were split into
  /// three equal groups"); set by ``MentionScanner``.
  var precedingTotals: [Int] = []

  /// Whether the number at token `first` follows "of" or "of the": the whole a count is
  /// of ("9 of the 12", "Of the 312, 155 and 157 were …").
  func isWholeAfterOf(_ first: Int) -> Bool {
    key(first - 1) == Keys.of || (key(first - 1) == Keys.the && key(first - 2) == Keys.of)
  }

  /// Whether counts pair with arms in the order listed: "respectively" (or "in the same
  /// order"), said or implied.
  var saysRespectively: Bool { listsRespectively || range.contains { tokens[$0].key == ResponseRecognizer.respectively } }

  init(tokens: [Token], bytes: [UInt8], range: Range<Int>) {
    self.tokens = tokens
    self.bytes = bytes
    self.range = range
  }

  func key(_ i: Int) -> UInt64 { range.contains(i) ? tokens[i].key : 0 }

  /// The items of a list of arms that ends at the plural noun at `plural` ("the placebo,
  /// 10 mg and 20 mg groups"): back to "the" or "in" before the list, 16 tokens at most and
  /// not before `lowest`, parted by commas, "and", "or" and "versus".
  func armListItems(endingAt plural: Int, notBefore lowest: Int) -> [Range<Int>] {
    var start = plural
    while start > max(lowest, plural - 16), key(start - 1) != Keys.the, !Keys.groupPrepositions.contains(key(start - 1)) {
      start -= 1
    }
    var items: [Range<Int>] = []
    var itemStart = start
    // "the letrozole versus clomiphene groups" lists two arms too.
    for i in start..<plural where [Keys.comma, Keys.and, Keys.or].contains(key(i)) || ResponseRecognizer.versus.contains(key(i)) {
      if i > itemStart { items.append(itemStart..<i) }
      itemStart = i + 1
    }
    if plural > itemStart { items.append(itemStart..<plural) }
    return items
  }
  func isWord(_ i: Int) -> Bool { range.contains(i) && tokens[i].kind == .word }

  /// Lowercased text of token `i` (cold paths only).
  func text(_ i: Int) -> String {
    guard range.contains(i) else { return "" }
    return String(decoding: bytes[tokens[i].range], as: UTF8.self).lowercased()
  }

  func number(startingAt i: Int) -> NumberSpan? { numbers.first { $0.first == i } }

  /// "±" or "+/-" ends right before token `i`: what follows is a spread ("102 ± 5").
  func isSpread(before i: Int) -> Bool {
    key(i - 1) == Keys.plusMinus || (key(i - 1) == Keys.hyphen && key(i - 2) == Keys.slash && key(i - 3) == Keys.plus)
  }

  /// "±" or "+/-" starts at token `i`: what comes before has a spread.
  func isSpread(at i: Int) -> Bool {
    key(i) == Keys.plusMinus || (key(i) == Keys.plus && key(i + 1) == Keys.slash && key(i + 2) == Keys.hyphen)
  }

  /// "≥", ">=", "<", "⩽", "at least", "more than" … ends right before token `i`: what
  /// follows is a threshold or a bound, no count ("reported by at least 5% of
  /// participants in any group"; "more than 50% of 40 patients" is no 20).
  func isThreshold(before i: Int) -> Bool {
    if Keys.comparisons.contains(key(i - 1)) || (key(i - 1) == Keys.equals && Keys.comparisons.contains(key(i - 2))) { return true }
    return Keys.boundWords.contains(key(i - 1)) && Keys.boundOpeners.contains(key(i - 2))
  }
  func number(endingAt end: Int) -> NumberSpan? { numbers.first { $0.end == end } }

  public func mentions(_ label: Mention.Label) -> [Mention] { mentions.filter { $0.label == label } }

  func isCovered(_ i: Int, by label: Mention.Label) -> Bool {
    mentions.contains { $0.label == label && $0.firstToken <= i && i < $0.endToken }
  }

  /// Whether a term of `matcher` starts at any token in `window`.
  func hasTerm<V>(_ matcher: PhraseMatcher<V>, in window: Range<Int>) -> Int? {
    let clamped = window.clamped(to: range)
    for i in clamped where matcher.longestMatch(in: tokens, at: i, stopAt: range.upperBound) != nil { return i }
    return nil
  }

  mutating func setLastScope(_ scope: Mention.CohortScope) {
    if !mentions.isEmpty { mentions[mentions.count - 1].scope = scope }
  }

  mutating func add(_ label: Mention.Label, _ value: Mention.Value, tokens first: Int, _ end: Int) {
    mentions.append(
      Mention(label: label, value: value, firstToken: first, endToken: end, start: Int(tokens[first].start), end: Int(tokens[end - 1].end)))
  }
}

/// A number in digits or words, with what the recognizers need to know about it.
struct NumberSpan: Equatable {
  var first: Int
  var end: Int
  var value: Double
  /// Written as a fraction ("one-third", "half").
  var isFraction: Bool
  /// Digits after the decimal point (for the precision of percentages).
  var decimals: Int
  /// Followed by "%" or "percent"; `end` then includes the sign.
  var isPercent: Bool
  /// A hedge ("about", "nearly") stands right before it.
  var approximate: Bool

  var isInteger: Bool { !isFraction && !isPercent && value == value.rounded() }
  /// One unit of its last written digit: 0.1 for "43.2%", 1 for "43%".
  var lastDigitUnit: Double {
    var unit = 1.0
    for _ in 0..<decimals { unit /= 10 }
    return unit
  }
}

/// Keys of the function words the recognizers test for.
enum Keys {
  static let of = TokenKey.of("of")
  static let the = TokenKey.of("the")
  static let into = TokenKey.of("into")
  static let out = TokenKey.of("out")
  static let to = TokenKey.of("to")
  static let or = TokenKey.of("or")
  static let and = TokenKey.of("and")
  static let n = TokenKey.of("n")
  static let equals = TokenKey.of("=")
  static let slash = TokenKey.of("/")
  static let percentSign = TokenKey.of("%")
  static let percent = TokenKey.of("percent")
  static let per = TokenKey.of("per")
  static let cent = TokenKey.of("cent")
  static let hyphen = TokenKey.of("-")
  static let total = TokenKey.of("total")
  static let all = TokenKey.of("all")
  static let none = TokenKey.of("none")
  static let were = TokenKey.of("were")
  static let was = TokenKey.of("was")
  static let week = TokenKey.of("week")
  static let month = TokenKey.of("month")
  static let them = TokenKey.of("them")
  static let those = TokenKey.of("those")
  /// People of one sex: "Among women, …" is a subgroup; "Thirty of the women on A" some
  /// of an arm.
  static let sexes: Set<UInt64> = Set(["women", "men", "females", "males", "girls", "boys"].map { TokenKey.of($0) })
  static let these = TokenKey.of("these")
  static let openParen = TokenKey.of("(")
  static let closeParen = TokenKey.of(")")
  static let semicolon = TokenKey.of(";")
  static let colon = TokenKey.of(":")
  static let old = TokenKey.of("old")
  static let group = TokenKey.of("group")
  static let arm = TokenKey.of("arm")
  static let `in` = TokenKey.of("in")
  static let controlled = TokenKey.of("controlled")
  static let received = TokenKey.of("received")
  static let by = TokenKey.of("by")
  static let `for` = TokenKey.of("for")
  static let with = TokenKey.of("with")
  static let compared = TokenKey.of("compared")
  static let openBracket = TokenKey.of("[")
  static let closeBracket = TokenKey.of("]")
  static let comma = TokenKey.of(",")
  static let period = TokenKey.of(".")
  static let plusMinus = TokenKey.of("±")
  static let plus = TokenKey.of("+")
  static let comparisons: Set<UInt64> = Set(["≥", ">", "≤", "<", "⩾", "⩽"].map { TokenKey.of($0) })
  /// "at least", "more than", "up to": the last word, and the one before it.
  static let boundWords: Set<UInt64> = Set(["least", "most", "than", "to"].map { TokenKey.of($0) })
  static let boundOpeners: Set<UInt64> = Set(["at", "more", "less", "fewer", "greater", "up"].map { TokenKey.of($0) })
  /// "… in the A and B groups": a plural that closes a list of arms.
  static let pluralArms: Set<UInt64> = Set(["groups", "arms"].map { TokenKey.of($0) })
  /// "a", "an": one of something ("a 220-pound person", "A 50% pain reduction").
  static let indefiniteArticles: Set<UInt64> = Set(["a", "an"].map { TokenKey.of($0) })
  /// "group", "arm" and their plurals: words that name arms.
  static let armWords: Set<UInt64> = Set(["group", "arm", "groups", "arms"].map { TokenKey.of($0) })
  /// Words that end the run between a count and its noun: "2 trials in patients",
  /// "150 min with patients", "231 cells treated with serum".
  static let cohortGapBreakers: Set<UInt64> = Set(
    ["in", "with", "of", "from", "for", "to", "at", "by", "on", "than", "who", "were", "was", "treated", "received", "per", "the",
     "among", "occurred",
     // "at 31 dermatology sites, adults with …": places are counted, not people.
     "sites", "centres", "centers", "hospitals", "clinics", "practices", "countries", "institutions", "schools", "villages", "wards"]
      .map { TokenKey.of($0) })
  /// "patient-years", "person-months": exposure units, not people.
  static let exposureUnits: Set<UInt64> = Set(
    ["years", "year", "months", "month", "days", "weeks", "time"].map { TokenKey.of($0) })
  static let rateWords: Set<UInt64> = Set(["every", "per", "each"].map { TokenKey.of($0) })
  /// Prepositions before an arm's name ("in the placebo group", "among controls").
  static let groupPrepositions: Set<UInt64> = Set(["in", "on", "among", "for"].map { TokenKey.of($0) })
  static let enrolledVerbs: Set<UInt64> = Set(
    ["enrolled", "randomized", "randomised", "recruited", "included", "treated", "analyzed", "analysed", "assigned", "allocated", "evaluated"].map { TokenKey.of($0) })
  /// Verbs that put people into arms ("randomized", "assigned"); unlike the response
  /// rules' allocation words, no "given" or "treated", which also tell of a response.
  static let assignmentVerbs: Set<UInt64> = Set(
    ["randomized", "randomised", "assigned", "allocated", "randomly"].map { TokenKey.of($0) })
  static let yearPrepositions: Set<UInt64> = Set(
    ["in", "since", "from", "during", "until", "by", "of", "between", "before", "after", "early", "late", "mid"].map { TokenKey.of($0) })
  static let articles: Set<UInt64> = Set(["the", "a", "an"].map { TokenKey.of($0) })
  /// Words that show a sentence allocates people to arms ("By random allocation, 140 were
  /// given …"): the assignment verbs and their nouns.
  static let allocationWords: Set<UInt64> = Set(
    ["random", "randomly", "randomised", "randomized", "randomisation", "randomization", "allocation", "allocated", "assigned"].map { TokenKey.of($0) })
  /// Nouns of a drug's form ("a placebo spray", "two misoprostol tablets").
  static let formNouns: Set<UInt64> = Set(
    ["spray", "tablet", "tablets", "capsule", "capsules", "pill", "pills", "injection", "injections", "infusion", "cream", "gel",
     "ointment", "patch", "patches", "drops", "solution", "inhaler", "suspension", "shampoo", "sachet", "sachets", "pessary",
     "pessaries", "suppository", "suppositories", "puffs", "vials", "ampoules", "gum", "lozenge", "lozenges"].map { TokenKey.of($0) })
  static let formulations: Set<UInt64> = Set(
    ["cream", "ointment", "gel", "foam", "lotion", "solution", "shampoo", "spray", "drops", "topical", "suspension", "patch", "paste"].map { TokenKey.of($0) })
}
