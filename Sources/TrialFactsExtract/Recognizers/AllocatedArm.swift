/// Arms without a drug that a participant-flow sentence names as it sizes them: "73 were
/// allocated to kangaroo mother care (KMC) and 71 to conventional incubator care", "160
/// were randomised to telemonitoring and 158 to usual care".
///
/// Only a list of two or more items, each a count and "to" what its people were given,
/// right after an assigning verb that follows the first count, names arms here. An item
/// that a drug or a control opens stays theirs; a name is up to five words with no
/// number, mention or bracket in it, and the words before "group" or "arm" are left to the
/// context rules ("73 to the KMC group"). Anything else in the list ("… to diet and
/// exercise", "… to surgery or to watchful waiting") makes it no list, and no arm.
enum AllocatedArm {
  struct Item {
    /// The name's tokens.
    var first: Int
    var end: Int
    var name: String
    /// The token of "ABBR" in "(ABBR)" right after the name, when there is one.
    var abbreviation: Int?
  }

  /// The arms named in `sentence`'s list, in order; empty unless the whole list reads.
  static func arms(in sentence: Sentence) -> [Item] {
    // "73 were allocated to …" (after "were randomized;" too), or "We randomly assigned 210
    // patients: 105 to …".
    var start: (first: Int, count: Int)?
    for verb in sentence.range where Self.verbs.contains(sentence.key(verb)) {
      if sentence.key(verb + 1) == Keys.to, let count = countBefore(sentence, verb) {
        start = (verb + 2, count)
        break
      }
      // (… or "183 were randomised: 62 to …")
      if let colon = (verb + 1..<min(verb + 6, sentence.range.upperBound)).first(where: { sentence.key($0) == Keys.colon }),
        let total = sentence.numbers.first(where: { $0.first > verb && $0.end <= colon && $0.isInteger })?.first
          ?? (colon == verb + 1 ? countBefore(sentence, verb) : nil),
        let count = sentence.number(startingAt: colon + 1), count.isInteger, sentence.key(count.end) == Keys.to
      {
        start = (count.end + 1, total)
        break
      }
    }
    guard let (first, count) = start,
      // "Of the 30 infants who died, 10 had been allocated …", "Among the 60 infants with
      // sepsis", "In the per-protocol analysis", "Of 24 villages": some of the people, or
      // no people, not the arms.
      !(sentence.range.lowerBound..<count).contains(where: { Self.notTheArms.contains(sentence.key($0)) && !Self.saysWhoWasTaken(sentence, $0, before: count) })
    else { return [] }
    var items = 0
    var named: [Item] = []
    var i = first
    while true {
      guard let end = item(sentence, from: i, into: &named) else { return [] }
      items += 1
      // The next item: ", 71 to …", "and 71 to …", ", and 71 to …".
      var j = end
      if sentence.key(j) == Keys.comma { j += 1 }
      if sentence.key(j) == Keys.and { j += 1 }
      if j > end, let count = sentence.number(startingAt: j), count.isInteger, sentence.key(count.end) == Keys.to {
        i = count.end + 1
        continue
      }
      // The list ends with the sentence, a clause or an aside ("(Figure 1)"), or at a
      // comma before other words (", and all underwent the allocated operation").
      guard j == end ? end >= sentence.range.upperBound || Self.listEnds.contains(sentence.key(end)) : sentence.key(end) == Keys.comma
      else { return [] }
      break
    }
    return items >= 2 ? named : []
  }

  /// The arms a list without counts names: "Participants were randomly assigned to yoga
  /// classes or usual care", "… randomised to hatha yoga, brisk walking or usual care".
  /// Items are joined by "or", "versus" or commas ("and" alone may join one arm's parts:
  /// "diet and exercise"); empty unless the whole list reads, no count starts it and its
  /// names are all of one word or all longer.
  static func uncountedArms(in sentence: Sentence) -> [Item] {
    guard let list = uncountedList(in: sentence) else { return [] }
    // "high or low intensity training": one word beside longer names may share their head.
    guard Set(list.named.map { $0.end - $0.first == 1 }).count <= 1 else { return [] }
    return list.named
  }

  /// Whether an assignment in `sentence` lists its arms so that each reads: drugs,
  /// controls and names, with or without counts.
  static func readsEveryArm(in sentence: Sentence) -> Bool {
    !arms(in: sentence).isEmpty || (uncountedList(in: sentence)?.items ?? 0) >= 2
  }

  private static func uncountedList(in sentence: Sentence) -> (items: Int, named: [Item])? {
    guard let verb = sentence.range.first(where: { Self.verbs.contains(sentence.key($0)) && sentence.key($0 + 1) == Keys.to }),
      countBefore(sentence, verb) == nil
    else { return nil }
    var named: [Item] = []
    var i = verb + 2
    if sentence.key(i) == Self.either { i += 1 }
    var items = 0
    var commas = 0
    var joinedByAnd = false
    while true {
      guard let end = item(sentence, from: i, into: &named) else { return nil }
      items += 1
      var j = end
      if sentence.key(j) == Keys.comma {
        commas += 1
        j += 1
      }
      if Self.joiners.contains(sentence.key(j)) {
        joinedByAnd = joinedByAnd || sentence.key(j) == Keys.and
        j += 1
        if sentence.key(j) == Keys.to { j += 1 }
      }
      if j > end, j < sentence.range.upperBound, !Self.listEnds.contains(sentence.key(j)) {
        i = j
        continue
      }
      guard j == end, end >= sentence.range.upperBound || Self.listEnds.contains(sentence.key(end)) else { return nil }
      break
    }
    guard items >= 2, !(joinedByAnd && commas == 0) else { return nil }
    return (items, named)
  }

  /// "73 were", "73 infants were randomly", "73": the first token of a count right before
  /// the verb, with up to three words between ("had been" tells of earlier people).
  private static func countBefore(_ sentence: Sentence, _ verb: Int) -> Int? {
    var j = verb
    if sentence.key(j - 1) == Self.randomly { j -= 1 }
    if sentence.key(j - 1) == Keys.were { j -= 1 }
    // "552 patients (mean age 57 years, 431 men) were randomized: …"
    if sentence.key(j - 1) == Keys.closeParen,
      let open = (max(sentence.range.lowerBound, j - 16)..<(j - 1)).last(where: { sentence.key($0) == Keys.openParen })
    {
      j = open
    }
    for gap in 0...3 {
      if let count = sentence.number(endingAt: j - gap), count.isInteger, !count.isPercent { return count.first }
      guard sentence.isWord(j - gap - 1), !Self.notTheArms.contains(sentence.key(j - gap - 1)) else { return nil }
    }
    return nil
  }

  /// Reads one item's name from token `i`; where the item ends, or nil when it is none
  /// that this list may hold.
  private static func item(_ sentence: Sentence, from i: Int, into named: inout [Item]) -> Int? {
    var i = i
    if Self.openers.contains(sentence.key(i)) { i += 1 }
    // ("184 to the nicotine patch", "214 to the exercise programme"; "73 to the KMC group"
    // is left to the context rules, below.)
    if sentence.key(i) == Keys.the, sentence.isWord(i + 1) { i += 1 }
    // A drug or a control ("158 to usual care", "121 to metformin 500 mg twice daily"):
    // its item runs to the next separator.
    if sentence.mentions.contains(where: { $0.firstToken == i && ($0.label == .drug || $0.value == .context("control")) }) {
      var end = i + 1
      while end < sentence.range.upperBound, !Self.listEnds.contains(sentence.key(end)), sentence.key(end) != Keys.comma,
        sentence.key(end) != Keys.and, end - i < 12
      {
        end += 1
      }
      return end
    }
    var end = i
    var words = 0
    // "… care after birth", "… until discharge": when or how long, no part of the name.
    var qualified = false
    while sentence.isWord(end) || (sentence.key(end) == Keys.hyphen && !sentence.tokens[end].spaceBefore && sentence.isWord(end + 1)) {
      // (Not the "and" of "wait-and-see".)
      if Self.joiners.contains(sentence.key(end)), sentence.tokens[end].spaceBefore { break }
      if end > i, Self.qualifiers.contains(sentence.key(end)) {
        qualified = true
        break
      }
      // (The arm's own name, once the context rule has named it, is no other mention; a
      // dosage form or route is a word of the procedure, "corticosteroid injection".)
      if Self.stops.contains(sentence.key(end))
        || sentence.mentions.contains(where: { m in
          m.firstToken <= end && end < m.endToken && !(m.firstToken == i && m.label == .context) && m.label != .form && m.label != .route
        })
      {
        return nil
      }
      if sentence.isWord(end), sentence.tokens[end].spaceBefore || end == i { words += 1 }
      guard words <= 5 else { return nil }
      end += 1
    }
    guard end > i, !Keys.armWords.contains(sentence.key(end - 1)), !Self.notNames.contains(sentence.key(i)) else { return nil }
    var item = Item(first: i, end: end, name: Self.text(sentence, i..<end), abbreviation: nil)
    var after = end
    if qualified {
      // Skip the qualifier, up to the next item or the list's end.
      while after < min(end + 10, sentence.range.upperBound), sentence.key(after) != Keys.comma, !Self.joiners.contains(sentence.key(after)),
        !Self.listEnds.contains(sentence.key(after))
      {
        after += 1
      }
      named.append(item)
      return after
    }
    // "kangaroo mother care (KMC)"
    if sentence.key(end) == Keys.openParen, sentence.isWord(end + 1), sentence.key(end + 2) == Keys.closeParen {
      item.abbreviation = end + 1
      after = end + 3
    }
    named.append(item)
    return after
  }

  private static func text(_ sentence: Sentence, _ range: Range<Int>) -> String {
    String(decoding: sentence.bytes[Int(sentence.tokens[range.lowerBound].start)..<Int(sentence.tokens[range.upperBound - 1].end)], as: UTF8.self)
  }

  private static let randomly = TokenKey.of("randomly")
  private static let either = TokenKey.of("either")
  private static let verbs: Set<UInt64> = Set(["randomized", "randomised", "assigned", "allocated"].map { TokenKey.of($0) })
  /// Words before a name that are no part of it: "to receive …", "to undergo …".
  private static let openers: Set<UInt64> = Set(["receive", "undergo"].map { TokenKey.of($0) })
  /// Words no arm's name has: articles, numbers, pronouns and verbs of the flow ("to one of
  /// two groups", "to either …", "to the …": a name with "group" follows, which the context
  /// rules read).
  private static let stops: Set<UInt64> = Set(
    ["the", "a", "an", "either", "one", "each", "both", "two", "three", "of", "who", "which", "were",
      "was", "receive", "undergo", "by", "in", "at", "for", "with", "from", "their", "his", "her", "this", "that"]
      .map { TokenKey.of($0) })
  /// "Of 211 patients who were included, 102 were …": "who" and the verb that took them
  /// name all the people, as "enrolled" does.
  private static func saysWhoWasTaken(_ sentence: Sentence, _ i: Int, before end: Int) -> Bool {
    guard sentence.key(i) == Self.who else { return false }
    var j = i + 1
    while j < end, sentence.key(j) == Keys.were || sentence.key(j) == Self.been || sentence.key(j) == Self.had { j += 1 }
    return j < end && Keys.enrolledVerbs.contains(sentence.key(j)) && sentence.key(j + 1) == Keys.comma
  }

  private static let who = TokenKey.of("who")
  private static let been = TokenKey.of("been")
  private static let had = TokenKey.of("had")

  /// Words before the first count that make its people some of the arms' or no people:
  /// "who died", "with sepsis", "the per-protocol analysis", "villages", "sequence".
  private static let notTheArms: Set<UInt64> = Set(
    ["who", "which", "that", "had", "been", "have", "has", "with", "without", "died", "completed", "analysis", "analyses", "protocol",
      "pilot", "phase", "villages", "clusters", "schools", "sites", "centres", "centers", "wards", "practices", "households",
      "communities", "sequence", "sequences", "crossover", "period", "earlier", "previous", "prior"].map { TokenKey.of($0) })
  /// First words of a list's items that are no arms ("sequence AB").
  private static let notNames: Set<UInt64> = Set(["sequence", "period", "order", "site", "centre", "center", "cluster"].map { TokenKey.of($0) })
  /// Words after a name that tell when or how long: "after birth", "until discharge".
  private static let qualifiers: Set<UInt64> = Set(
    ["after", "before", "until", "following", "during", "within", "for", "from", "at", "on", "over", "in", "with", "by", "immediately",
      "starting", "throughout", "twice", "once", "daily"].map { TokenKey.of($0) })
  /// Words that end a name: the next item may follow ("… and 71 to …").
  private static let joiners: Set<UInt64> = Set(["and", "or", "versus", "vs"].map { TokenKey.of($0) })
  private static let listEnds: Set<UInt64> = [Keys.period, Keys.semicolon, Keys.openParen, Keys.colon]
}
