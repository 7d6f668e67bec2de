import TrialFactsCore

/// What an article gives groups it names only by a letter or a role, where that is no
/// drug: "randomly assigned to an inelastic short-stretch bandage (group A) or …", "to
/// group A (a pelvic-floor programme) or group B (matching placebo)" (a control: the group
/// is the control arm), "Technique A was manual small-incision cataract surgery through
/// …", "The intervention group received the hand-washing programme".
///
/// Tables and results often name only the group ("Technique A (n = 56)", "in group B");
/// an arm so named, without a drug, takes the treatment as ``ArmDraft/treatment``, with the
/// defining sentence as evidence. Drugs go through ``GroupDrugs``; a group the article
/// defines twice in different words takes neither, and groups defined in the same words
/// take none.
public struct GroupTreatments {
  private var definitions = GroupDefinitions<PlacedMention>()
  /// Groups whose definition is a control ("group B (matching placebo)").
  private var controls = Set<String>()

  /// Collects the definitions of the running text of `blocks`, whose mentions are in `sentences`.
  public init(blocks: [Block], sentences: [[Sentence]]) {
    for (b, block) in blocks.enumerated() where block.kind == .paragraph || block.kind == .listItem {
      for sentence in sentences[b] where !sentence.range.isEmpty {
        let span = Int(sentence.tokens[sentence.range.lowerBound].start)..<Int(sentence.tokens[sentence.range.upperBound - 1].end)
        // "bismuth quadruple therapy (BQT)": the regimen a code names.
        let regimens = RegimenAbbreviation.definitions(in: sentence).map { (group: $0.code, words: $0.range, control: false) }
        for (group, words, control) in Self.definitions(in: sentence) + regimens {
          let name = String(decoding: sentence.bytes[Int(sentence.tokens[words.lowerBound].start)..<Int(sentence.tokens[words.upperBound - 1].end)], as: UTF8.self)
          let mention = Mention(
            label: .context, value: .arm(name), firstToken: words.lowerBound, endToken: words.upperBound,
            start: Int(sentence.tokens[words.lowerBound].start), end: Int(sentence.tokens[words.upperBound - 1].end))
          definitions.add(GroupDrugs.key(group), PlacedMention(block: b, sentence: span, mention: mention)) { $0.mention.value == $1.mention.value }
          if control { controls.insert(GroupDrugs.key(group)) }
        }
      }
    }
  }

  /// `arms` with the treatment of each group an arm is named by, where the arm names no drug.
  /// Groups defined in the same words ("cast" and "cast") are told apart by none.
  public func naming(_ arms: [ArmDraft]) -> [ArmDraft] {
    guard !definitions.byKey.isEmpty else { return arms }
    func words(_ definition: PlacedMention) -> String {
      if case .arm(let words) = definition.mention.value { return words.lowercased() }
      return ""
    }
    var seen: [String: Int] = [:]
    for definition in definitions.byKey.values { seen[words(definition), default: 0] += 1 }
    return arms.map { arm in
      guard arm.drug.mention.label != .drug, arm.treatment == nil, let named = arm.namedArm, !named.control,
        let definition = definitions.of(named.label), seen[words(definition)] == 1
      else { return arm }
      var arm = arm
      arm.treatment = definition
      // "group B (matching placebo)": the group is the control arm.
      if named.label.split(separator: " / ").contains(where: { controls.contains(GroupDrugs.key(String($0))) }) { arm.namedArm?.control = true }
      return arm
    }
  }

  /// The groups `sentence` defines, each with its name as written and the tokens of what it received.
  static func definitions(in sentence: Sentence) -> [(group: String, words: Range<Int>, control: Bool)] {
    var found: [(group: String, words: Range<Int>, control: Bool)] = []
    let assigns = sentence.range.contains { Keys.assignmentVerbs.contains(sentence.key($0)) }
    if assigns, let words = interventionAgainstControl(sentence) { found.append(("intervention group", words, false)) }
    // "The intervention group received …": an arm the context rules name, by its role.
    let roles = ArmNames.activeArms(in: sentence)
    for i in sentence.range {
      let letter = groupName(sentence, at: i)
      let role = letter == nil ? roles.first { $0.firstToken == i } : nil
      guard let group = letter ?? role?.endToken else { continue }
      let name = String(decoding: sentence.bytes[Int(sentence.tokens[i].start)..<Int(sentence.tokens[group - 1].end)], as: UTF8.self)
      // "an inelastic short-stretch bandage (group A)", "with fibrin glue (Group A, n =
      // 64)", "structured education (six sessions; intervention group, n = 85)": in an
      // assignment, the words before the bracket that ends with the group.
      if assigns, let open = bracketOpening(sentence, before: sentence.key(i - 1) == Keys.the ? i - 1 : i), closesBracket(sentence, after: group) {
        var first = open
        while first > max(sentence.range.lowerBound, open - longest), sentence.isWord(first - 1) || sentence.key(first - 1) == Keys.hyphen,
          !wordStops.contains(sentence.key(first - 1))
        {
          first -= 1
        }
        // "surgery within 48 hours (group A)": the words must start after a stop, not
        // inside a phrase a number cuts.
        let before = first - 1
        let startsClean = first == sentence.range.lowerBound || wordStops.contains(sentence.key(before)) || breaks.contains(sentence.key(before))
          || Keys.assignmentVerbs.contains(sentence.key(before))
        if startsClean, let words = treatment(sentence, first..<open) { found.append((name, words.range, words.control)) }
        continue
      }
      // "randomly assigned to group A (a pelvic-floor programme) or group B (matching
      // placebo)": in an assignment, a bracket of words alone after the group.
      if assigns, sentence.key(group) == Keys.openParen,
        let close = (group + 1..<min(group + longest + 2, sentence.range.upperBound)).first(where: { sentence.key($0) == Keys.closeParen }),
        (group + 1..<close).allSatisfy({ sentence.isWord($0) || sentence.key($0) == Keys.hyphen }),
        let words = treatment(sentence, (group + 1)..<close)
      {
        found.append((name, words.range, words.control))
        continue
      }
      // "Technique A was manual small-incision surgery …", "Group B received usual care":
      // the group opens its clause, a verb of giving, then the words up to a break.
      // ("… to Technique A or Technique B. Technique A was …" is one sentence to the
      // splitter: "B." may be an initial.)
      func opens(_ k: Int) -> Bool { k == sentence.range.lowerBound || sentence.key(k - 1) == Keys.semicolon || sentence.key(k - 1) == Keys.period }
      let opensClause = opens(i) || (sentence.key(i - 1) == Keys.the && opens(i - 1))
      guard opensClause else { continue }
      var j = group
      // "Technique A was manual small-incision surgery"; "Group A was predominantly
      // female" says what a group was like, so only techniques and the like are described.
      var described = false
      if sentence.key(j) == Keys.were || sentence.key(j) == Keys.was {
        j += 1
        if sentence.key(j) == given {
          j += 1
        } else {
          guard letter != nil, !peopleGroups.contains(sentence.key(i)) else { continue }
          described = true
        }
      } else if receivingVerbs.contains(sentence.key(j)) {
        j += 1
      } else {
        continue
      }
      while Keys.articles.contains(sentence.key(j)) { j += 1 }
      var end = j
      while end < min(j + longest, sentence.range.upperBound), sentence.isWord(end) || sentence.key(end) == Keys.hyphen,
        !wordStops.contains(sentence.key(end)), !breaks.contains(sentence.key(end))
      {
        end += 1
      }
      guard let words = treatment(sentence, j..<end) else { continue }
      // What was given ends where the sentence goes on to how it was done ("… through a
      // scleral tunnel"), not to a comparison or a quantity ("… twice as likely to …", "a
      // mean of 5.2 sessions", "fewer antibiotic prescriptions"), nor to what tells it
      // from another group's ("knee arthroplasty with a tourniquet").
      let next = sentence.range.contains(end) ? sentence.key(end) : Keys.period
      guard breaks.contains(next) || manners.contains(next) || words.control else { continue }
      found.append((name, words.range, words.control))
    }
    return found
  }

  /// "randomised to a nurse-led telephone follow-up programme (structured calls …) or
  /// usual care": the words of the one treatment an assignment sets against a control,
  /// which is what "the intervention group" received; nil for any other assignment.
  static func interventionAgainstControl(_ sentence: Sentence) -> Range<Int>? {
    guard let verb = sentence.range.first(where: { Keys.assignmentVerbs.contains(sentence.key($0)) && sentence.key($0 + 1) == Keys.to })
    else { return nil }
    var first = verb + 2
    while sentence.key(first) == receive || Keys.articles.contains(sentence.key(first)) { first += 1 }
    var end = first
    while end < min(first + longest, sentence.range.upperBound), sentence.isWord(end) || sentence.key(end) == Keys.hyphen,
      !wordStops.contains(sentence.key(end))
    {
      end += 1
    }
    guard let words = treatment(sentence, first..<end), !words.control else { return nil }
    // An aside on it ("(structured calls at days 3, 7 and 14 …)", not one that names its
    // group: "(group F)"), then "or" and the control.
    var next = end
    if sentence.key(next) == Keys.openParen {
      var depth = 0
      while next < sentence.range.upperBound {
        if Keys.armWords.contains(sentence.key(next)) || groupName(sentence, at: next) != nil { return nil }
        if sentence.key(next) == Keys.openParen { depth += 1 }
        if sentence.key(next) == Keys.closeParen { depth -= 1 }
        next += 1
        if depth == 0 { break }
      }
    }
    guard [Keys.or, versus].contains(sentence.key(next)) else { return nil }
    var control = next + 1
    while Keys.articles.contains(sentence.key(control)) { control += 1 }
    guard let named = sentence.mentions.first(where: { $0.firstToken == control && $0.value == .context("control") }),
      named.endToken >= sentence.range.upperBound || breaks.contains(sentence.key(named.endToken))
    else { return nil }
    return words.range
  }

  private static let receive = TokenKey.of("receive")
  private static let versus = TokenKey.of("versus")

  /// The "(" of the bracket a group's name at `i` is the last item of: right before it,
  /// or before the other items ("(six sessions; intervention group, n = 85)").
  private static func bracketOpening(_ sentence: Sentence, before i: Int) -> Int? {
    if sentence.key(i - 1) == Keys.openParen { return i - 1 }
    guard sentence.key(i - 1) == Keys.semicolon || sentence.key(i - 1) == Keys.comma else { return nil }
    for k in stride(from: i - 2, through: max(sentence.range.lowerBound, i - 20), by: -1) {
      if sentence.key(k) == Keys.closeParen { return nil }
      if sentence.key(k) == Keys.openParen { return k }
    }
    return nil
  }

  /// Whether the bracket closes right after a group's name, or after a short aside on its
  /// size ("(Group A, n = 64)", "(the intervention group; 64 patients)").
  private static func closesBracket(_ sentence: Sentence, after end: Int) -> Bool {
    if sentence.key(end) == Keys.closeParen { return true }
    guard sentence.key(end) == Keys.comma || sentence.key(end) == Keys.semicolon else { return false }
    for k in (end + 1)..<min(end + 6, sentence.range.upperBound) {
      if sentence.key(k) == Keys.closeParen { return sentence.numbers.contains { $0.first > end && $0.first < k } }
      if sentence.key(k) == Keys.openParen { return false }
    }
    return false
  }

  /// `words` without leading articles, when they name a treatment: some words, none a
  /// drug or dose, no group of their own among them ("one of three invitation groups
  /// (IG)" names none); and whether they name a control ("matching placebo").
  private static func treatment(_ sentence: Sentence, _ words: Range<Int>) -> (range: Range<Int>, control: Bool)? {
    var first = words.lowerBound
    while first < words.upperBound, Keys.articles.contains(sentence.key(first)) { first += 1 }
    let range = first..<words.upperBound
    func within(_ m: Mention) -> Bool { m.firstToken < range.upperBound && m.endToken > range.lowerBound }
    guard !range.isEmpty, sentence.isWord(range.upperBound - 1),
      !sentence.mentions.contains(where: { within($0) && ($0.label == .drug || $0.label == .dose) }),
      !range.contains(where: { groupName(sentence, at: $0) != nil || notTreatment.contains(sentence.key($0)) }),
      !comparisons.contains(sentence.key(range.lowerBound))
    else { return nil }
    // A control is named by its own words ("placebo" of "placebo injections every 4 weeks").
    if let control = sentence.mentions.first(where: { within($0) && $0.value == .context("control") }) {
      return (control.firstToken..<control.endToken, true)
    }
    // One word is a treatment only as a noun of doing ("phacoemulsification",
    // "physiotherapy"), not "older" or "bedtime".
    guard range.count > 1 || namesDoing(sentence.text(range.lowerBound)) else { return nil }
    return (range, false)
  }

  /// Where a group's name that starts at `i` ends: "Group A", "technique B", "Arm 2",
  /// "group II"; nil when none starts there.
  static func groupName(_ sentence: Sentence, at i: Int) -> Int? {
    guard groupNouns.contains(sentence.key(i)), sentence.range.contains(i + 1) else { return nil }
    let next = sentence.tokens[i + 1]
    let bytes = next.range
    let letter = bytes.count == 1 && sentence.bytes[bytes.lowerBound] &- 0x41 < 26
    let roman = bytes.allSatisfy { sentence.bytes[$0] == UInt8(ascii: "I") || sentence.bytes[$0] == UInt8(ascii: "V") } && bytes.count <= 3
    let digit = next.kind == .number && bytes.count == 1
    return letter || roman || digit ? i + 2 : nil
  }

  /// Whether a word ends as nouns of a procedure or therapy do.
  static func namesDoing(_ word: String) -> Bool {
    let lower = word.lowercased()
    return lower.count > 5 && ["tion", "sion", "ment", "ery", "apy", "ure", "ing", "ance", "ence", "sis", "ics", "ation"].contains { lower.hasSuffix($0) }
  }

  private static let longest = 8
  /// Words after a treatment's description that say how it was given.
  private static let manners: Set<UInt64> = Set(["through", "using", "via", "by", "under", "at", "for", "from"].map { TokenKey.of($0) })
  private static let given = TokenKey.of("given")
  private static let groupNouns: Set<UInt64> = Set(
    ["group", "arm", "technique", "method", "procedure", "protocol", "regimen", "strategy", "programme", "program", "cohort"]
      .map { TokenKey.of($0) })
  private static let receivingVerbs: Set<UInt64> = Set(["received", "receives", "underwent", "undergoes"].map { TokenKey.of($0) })
  /// First words of what a group was like, not what it was given.
  private static let comparisons: Set<UInt64> = Set(
    ["more", "less", "similar", "superior", "inferior", "comparable", "significantly", "associated", "not", "also", "still", "older",
      "younger", "higher", "lower", "larger", "smaller", "better", "worse", "greater", "well", "balanced", "slightly", "statistically",
      "approximately", "about", "nearly", "twice", "much", "far", "only", "then", "likely", "stopped", "terminated", "predominantly",
      "mostly", "mainly", "largely", "followed", "discharged", "fewer", "mean", "median", "average", "total", "additional", "extra"]
      .map { TokenKey.of($0) })
  private static let notTreatment: Set<UInt64> = Set(
    ["groups", "arms", "control", "controls", "one", "both", "each", "either", "study"].map { TokenKey.of($0) })
  /// Group nouns whose "was" describes people, not a technique.
  private static let peopleGroups: Set<UInt64> = Set(["group", "arm", "cohort"].map { TokenKey.of($0) })
  /// Words that end a treatment's name, read either way.
  private static let wordStops: Set<UInt64> = Set(
    ["to", "or", "and", "a", "an", "the", "either", "receive", "received", "versus", "vs", "into", "were", "was", "assigned", "without",
      "allocated", "randomized", "randomised", "through", "with", "for", "at", "in", "by", "from", "during", "over", "until",
      "before", "after", "using", "via", "which", "that", "who", "on", "as", "plus", "while", "whereas"]
      .map { TokenKey.of($0) })
  private static let breaks: Set<UInt64> = Set([",", ";", ".", "(", ")", ":"].map { TokenKey.of($0) })
}
