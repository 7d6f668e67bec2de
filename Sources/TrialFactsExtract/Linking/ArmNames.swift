/// Arms that no drug names, as the linker finds them in a sentence: those the context
/// rules name ("the exercise group", `rules/context/active-arms.rules` and the word before
/// "group"), and those an assignment names by the words before their size
/// ("laparoscopic repair (n = 121)").
enum ArmNames {
  /// "randomly assigned to laparoscopic appendectomy (n = 134) or open appendectomy (n =
  /// 132)": in a sentence that assigns people, up to three words right before an "(n = …)"
  /// name an arm, unless a drug, a control or another arm's name ends there already.
  static func sizedArms(in sentence: Sentence, known: [Mention]) -> [Mention] {
    // Only a size the cohort rule gave an arm: "a randomized controlled trial (N = 160)"
    // and "included in the analysis (n = 180)" are the study's.
    let sizes = sentence.mentions(.cohort).filter {
      $0.scope == .arm && sentence.key($0.firstToken) == Keys.n && sentence.key($0.firstToken - 1) == Keys.openParen
    }
    // "Indications for imaging included: radicular pain (n = 60), …" lists what people
    // had, not what they were given.
    guard !sizes.isEmpty, sentence.range.contains(where: { Keys.enrolledVerbs.contains(sentence.key($0)) && !Self.listingVerbs.contains(sentence.key($0)) })
    else { return [] }
    var arms: [Mention] = []
    for size in sizes {
      var end = size.firstToken - 1
      // "verum acupuncture over 8 weeks (n = 64)": the arm's name is before its schedule.
      if let duration = sentence.mentions.first(where: { $0.label == .duration && $0.endToken == end }),
        Self.durationLinks.contains(sentence.key(duration.firstToken - 1))
      {
        end = duration.firstToken - 1
      }
      guard !known.contains(where: { $0.endToken == end }) else { continue }
      // "(N = 357 for placebo, …)": the arm is named after the size.
      if sentence.key(size.endToken) == Keys.for { continue }
      // "tranexamic acid 15 mg/kg before tourniquet release (n = 88)": the drug's arm.
      let recent = sentence.mentions.contains { m in
        [.drug, .dose, .frequency, .route, .form].contains(m.label) && m.endToken <= end && end - m.endToken <= 6
      }
      guard !recent else { continue }
      var first = end
      // "891 patients were randomized (N = 357 …)": a verb names no arm.
      while first > max(sentence.range.lowerBound, end - 3), sentence.isWord(first - 1), !Self.nameStops.contains(sentence.key(first - 1)),
        !Keys.enrolledVerbs.contains(sentence.key(first - 1))
      {
        first -= 1
      }
      guard first < end, !sentence.mentions.contains(where: { $0.firstToken < end && $0.endToken > first && $0.label != .context }) else { continue }
      // "sham acupuncture at non-acupoints (n = 62)": the control named before the words,
      // with no other size between, is the arm ("sham acupuncture (n = 62)" is named so).
      let control = sentence.mentions.contains { m in
        ResponseRecognizer.namesArm(m) && m.endToken <= first && end - m.endToken <= 6
          && !sizes.contains { $0.firstToken >= m.endToken && $0.firstToken < first }
      }
      // "a placebo spray (n = 65)": the control itself, named with its form ("sham
      // acupuncture (n = 62)" names its arm).
      let controlWithForm = sentence.mentions.contains { m in
        m.value == .context("control") && m.firstToken >= first && m.endToken < end
          && (m.endToken..<end).allSatisfy { Keys.formNouns.contains(sentence.key($0)) }
      }
      if control || controlWithForm { continue }
      // "4 mL normal saline (n = 34)": an amount of something, not an arm's name.
      if sentence.number(endingAt: first) != nil { continue }
      // "patients enrolled onto trial (n = 89)": where the study's people went, no arm.
      if Self.placePrepositions.contains(sentence.key(first - 1)), Keys.enrolledVerbs.contains(sentence.key(first - 2)) { continue }
      // "in the phase Ib portion (n = 7)", "the per-protocol population (n = 80)": a part
      // of the study or of its analysis, no arm.
      if Self.studyParts.contains(sentence.key(end - 1)) { continue }
      let name = (first..<end).map { sentence.text($0) }.joined(separator: " ")
      arms.append(
        Mention(
          label: .context, value: .arm(name), firstToken: first, endToken: end, start: Int(sentence.tokens[first].start),
          end: Int(sentence.tokens[end - 1].end)))
    }
    return arms
  }

  private static let durationLinks: Set<UInt64> = Set(["over", "for", "during"].map { TokenKey.of($0) })

  private static let studyParts: Set<UInt64> = Set(
    ["portion", "phase", "part", "period", "study", "trial", "analysis", "population", "sample", "stage", "extension"].map { TokenKey.of($0) })

  private static let listingVerbs: Set<UInt64> = Set(["included", "evaluated"].map { TokenKey.of($0) })

  /// "enrolled onto", "included in": where people were taken, not what they were given.
  private static let placePrepositions: Set<UInt64> = Set(["onto", "on", "in"].map { TokenKey.of($0) })

  /// Words that end an arm's name read backwards from "(n = …)".
  private static let nameStops: Set<UInt64> = Set(
    ["to", "or", "and", "the", "a", "an", "with", "of", "either", "receive", "received", "versus", "vs", "into", "in", "were", "was",
      "onto", "on", "at", "for", "from", "by"]
      .map { TokenKey.of($0) })

  /// How far after "received" the drug a group was given may start.
  private static let givenReach = 9
  private static let listJoints: Set<UInt64> = Set(["and", "or", "versus", "vs", "than", "while", "whereas", "but"].map { TokenKey.of($0) })
  private static let notTheirs: Set<UInt64> = Set(
    ["no", "not", "without", "instead", "except", "identical", "matching", "rather", "mimicking", "resembling"].map { TokenKey.of($0) })

  /// "group A received ketamine", "Group II was given oxytocin 10 IU", "Group I: 30 ml
  /// 0.75% ropivacaine", "group A (n = 148) received levetiracetam": a group named
  /// without a drug, then the drug it was given.
  static func groupsGivenDrugs(in sentence: Sentence) -> [(group: Mention, drug: Mention)] {
    let drugs = sentence.mentions(.drug)
    guard !drugs.isEmpty else { return [] }
    let groups = activeArms(in: sentence)
    var pairs: [(group: Mention, drug: Mention)] = groups.compactMap { group in
      var i = group.endToken
      // "Group L: lidocaine 40 mg": the drug first after the colon, its dose may come before.
      if sentence.key(i) == Keys.colon {
        var j = i + 1
        while let regimen = sentence.mentions.first(where: { $0.firstToken == j && ($0.label == .dose || $0.label == .route || $0.label == .form) }) {
          j = regimen.endToken
        }
        return drugs.first { $0.firstToken == j }.map { (group, $0) }
      }
      // "group A (n = 148) received levetiracetam": the group's size between.
      if sentence.key(i) == Keys.openParen, sentence.key(i + 1) == Keys.n, sentence.key(i + 2) == Keys.equals,
        let size = sentence.number(startingAt: i + 3), sentence.key(size.end) == Keys.closeParen
      {
        i = size.end + 1
      }
      if sentence.key(i) == Keys.were || sentence.key(i) == Keys.was { i += 1 }
      guard Self.givingVerbs.contains(sentence.key(i)) else { return nil }
      i += 1
      if sentence.key(i) == Keys.with { i += 1 }
      // "Group B received one ultrasound-guided injection of 40 mg methylprednisolone": the
      // first drug after words of how it was given and its regimen, not past a list's joint.
      // Never past a word that says the drug is not theirs ("no dexamethasone", "saline
      // instead of ketamine", "a placebo tablet identical to metformin") or a control.
      guard let drug = drugs.first(where: { $0.firstToken >= i }), drug.firstToken - i < Self.givenReach,
        !(i..<drug.firstToken).contains(where: { j in
          Self.notTheirs.contains(sentence.key(j)) || sentence.mentions.contains { $0.value == .context("control") && $0.firstToken <= j && j < $0.endToken }
        }),
        drug.firstToken - i < 3
          || (i..<drug.firstToken).allSatisfy({ j in
            (sentence.isWord(j) && !Self.listJoints.contains(sentence.key(j))) || sentence.tokens[j].kind == .dash
              || sentence.mentions.contains { m in [.dose, .route, .form, .frequency].contains(m.label) && m.firstToken <= j && j < m.endToken }
          })
      else { return nil }
      return (group, drug)
    }
    // "Women in group A received cefazolin 2 g and women in group B cefuroxime 1.5 g":
    // a later group with its drug right after it, the verb left out.
    if let first = pairs.first {
      for group in groups where group.firstToken > first.drug.endToken && !pairs.contains(where: { $0.group.firstToken == group.firstToken }) {
        guard let drug = drugs.first(where: { $0.firstToken == group.endToken }) else { continue }
        pairs.append((group, drug))
      }
    }
    // "Group A received ketamine 0.5 mg/kg …, whereas group B received ketamine only if
    // agitation occurred": groups given one drug are told apart by their doses alone;
    // without a dose for each, neither group is that drug's arm.
    return pairs.filter { pair in
      !pairs.contains { other in
        other.group.firstToken != pair.group.firstToken && other.drug.value == pair.drug.value
          && [pair.drug, other.drug].contains { drug in
            !sentence.mentions.contains { $0.label == .dose && $0.firstToken >= drug.endToken && $0.firstToken - drug.endToken <= 2 }
          }
      }
    }
  }

  private static let givingVerbs: Set<UInt64> = Set(["received", "receiving", "given", "took", "got", "treated"].map { TokenKey.of($0) })

  static func activeArms(in sentence: Sentence) -> [Mention] {
    sentence.mentions(.context).filter { if case .arm = $0.value { return true } else { return false } }
  }

  /// Whether `drug` only describes something else, glued to it by a hyphen:
  /// "vancomycin-resistant enterococci", "opioid-induced constipation", "insulin-naive
  /// patients"; no arm's drug.
  static func describesOther(_ drug: Mention, in sentence: Sentence) -> Bool {
    let end = drug.endToken
    return sentence.key(end) == Keys.hyphen && !sentence.tokens[end].spaceBefore && sentence.isWord(end + 1)
      && !sentence.tokens[end + 1].spaceBefore && Self.describingWords.contains(sentence.key(end + 1))
  }

  /// Whether `drug` is a rescue the trial allowed beside its arms ("could use naproxen
  /// 500 mg as a rescue painkiller", "rescue medication (paracetamol)", "rescue
  /// analgesia with morphine"): no arm. ("Rescue therapy" after a failed treatment may be
  /// the arms themselves, and stays.)
  static func isRescue(_ drug: Mention, in sentence: Sentence) -> Bool {
    func rescueAt(_ i: Int) -> Bool { sentence.key(i) == Self.rescue && Self.rescueNouns.contains(sentence.key(i + 1)) }
    // Before it: "rescue medication (paracetamol)", "rescue analgesia with morphine".
    if (max(sentence.range.lowerBound, drug.firstToken - 4)..<drug.firstToken).contains(where: rescueAt) { return true }
    // After it and its dose: "naproxen 500 mg as a rescue painkiller", "… as rescue".
    var j = drug.endToken
    if let dose = sentence.mentions.first(where: { $0.label == .dose && $0.firstToken == j }) { j = dose.endToken }
    guard sentence.key(j) == Self.asWord || sentence.key(j) == Keys.for else { return false }
    j += 1
    if Keys.articles.contains(sentence.key(j)) { j += 1 }
    return sentence.key(j) == Self.rescue && (rescueAt(j) || !sentence.isWord(j + 1))
  }

  private static let rescue = TokenKey.of("rescue")
  private static let rescueNouns: Set<UInt64> = Set(
    ["medication", "medications", "medicine", "medicines", "analgesia", "analgesic", "analgesics", "painkiller", "painkillers", "antiemetic",
     "antiemetics", "drug", "drugs", "inhaler", "dose", "doses", "use", "pain"].map { TokenKey.of($0) })

  private static let describingWords: Set<UInt64> = Set(
    ["resistant", "sensitive", "susceptible", "induced", "associated", "related", "naive", "naïve", "refractory", "exposed", "dependent",
     "experienced", "intolerant", "allergic", "free", "like"].map { TokenKey.of($0) })

  /// Whether `drug` is what a placebo is made of, in brackets after it: "an identical
  /// placebo (silicified microcrystalline cellulose)", "vehicle (petrolatum)"; no arm.
  static func makesUpControl(_ drug: Mention, in sentence: Sentence) -> Bool {
    guard let open = (max(sentence.range.lowerBound, drug.firstToken - 3)..<drug.firstToken).last(where: { sentence.key($0) == Keys.openParen }),
      (open + 1..<drug.firstToken).allSatisfy({ sentence.isWord($0) }),
      // ("an active placebo (midazolam 0.045 mg/kg)": a drug with a dose is an arm.)
      !sentence.mentions.contains(where: { $0.label == .dose && $0.firstToken >= drug.endToken && $0.firstToken <= drug.endToken + 2 })
    else { return false }
    // ("the control (metformin) group" names an active comparator.)
    return sentence.mentions.contains { m in
      guard m.value == .context("control"), m.endToken == open, sentence.key(m.firstToken - 1) != Self.active else { return false }
      let name = String(decoding: sentence.bytes[m.start..<m.end], as: UTF8.self).lowercased()
      return !name.contains("active") && Self.inertControls.contains { name.contains($0) }
    }
  }

  private static let inertControls = ["placebo", "vehicle", "dummy"]
  private static let active = TokenKey.of("active")

  /// Whether `drug` is what the people had before the trial, without success: "whose knee
  /// pain had not been controlled by paracetamol", "despite metformin", "refractory to
  /// methotrexate", "an inadequate response to metformin"; no arm's drug. Other drugs of
  /// the same list may stand between ("not controlled by ibuprofen or paracetamol").
  /// ("Pain was controlled by morphine in 40", "24 responded to ketamine" name arms; so
  /// does any sentence that counts responders: "Despite ibuprofen 400 mg, 20 of 50 still
  /// had pain", "Intolerance of metformin occurred in 10 of 80".)
  static func failedBefore(_ drug: Mention, in sentence: Sentence) -> Bool {
    guard !sentence.mentions.contains(where: { $0.label == .response }) else { return false }
    var i = drug.firstToken - 1
    while i > sentence.range.lowerBound, Self.failedListWords.contains(sentence.key(i))
      || sentence.mentions.contains(where: { $0.label == .drug && $0.firstToken <= i && i < $0.endToken })
    {
      i -= 1
    }
    if sentence.key(i) == Self.despite { return true }
    guard let phrase = Self.failedPhrases[sentence.key(i - 1)], phrase.prepositions.contains(sentence.key(i)) else { return false }
    // "not been controlled by", "an inadequate response to", "failed to respond to"; not
    // "Symptoms that did not resolve were controlled by ondansetron".
    return !phrase.negated || (max(sentence.range.lowerBound, i - 3)..<(i - 1)).contains { Self.failureWords.contains(sentence.key($0)) }
  }

  private static let despite = TokenKey.of("despite")
  /// Words between a phrase of failure and the drug: "despite oral or topical A".
  /// (No comma: "refractory to methotrexate, tofacitinib 5 mg was given" names the arm
  /// after it.)
  private static let failedListWords: Set<UInt64> = Set(
    ["the", "a", "an", "or", "and", "oral", "topical", "standard", "conventional"].map { TokenKey.of($0) })
  /// The word before the preposition, the prepositions it takes, and whether the phrase
  /// tells of failure only after a word of failure.
  private static let failedPhrases: [UInt64: (prepositions: Set<UInt64>, negated: Bool)] = {
    let by = TokenKey.of("by"), to = TokenKey.of("to"), of = TokenKey.of("of"), on = TokenKey.of("on"), with = TokenKey.of("with")
    return [
      TokenKey.of("controlled"): ([by, on, with], true), TokenKey.of("responded"): ([to], true), TokenKey.of("respond"): ([to], true),
      TokenKey.of("response"): ([to], true), TokenKey.of("refractory"): ([to], false), TokenKey.of("resistant"): ([to], false),
      TokenKey.of("intolerant"): ([of, to], false), TokenKey.of("intolerance"): ([of, to], false), TokenKey.of("unresponsive"): ([to], false),
    ]
  }()
  private static let failureWords: Set<UInt64> = Set(
    ["not", "never", "no", "inadequate", "inadequately", "insufficient", "insufficiently", "poor", "poorly", "partial", "failed",
     "failure", "lack", "without", "uncontrolled"].map { TokenKey.of($0) })

  /// Whether `drug` is an example in a list that "such as", "e.g." or "for example" opens
  /// ("sleeping pills such as zolpidem (Ambien) or eszopiclone"): a class the text
  /// illustrates, not an arm of the trial.
  static func isExample(_ drug: Mention, in sentence: Sentence) -> Bool {
    // "such as tofacitinib, baricitinib 4 mg was given": a drug after a comma that goes
    // on with its clause, not with the list, starts a clause of its own.
    if sentence.key(drug.firstToken - 1) == Keys.comma, drug.endToken < sentence.range.upperBound,
      !Self.listGoesOn.contains(sentence.key(drug.endToken))
    {
      return false
    }
    var i = drug.firstToken - 1
    var depth = 0
    let lower = max(sentence.range.lowerBound, drug.firstToken - 24)
    while i >= lower {
      let key = sentence.key(i)
      if key == Keys.closeParen {
        depth += 1
      } else if key == Keys.openParen {
        // "zolpidem (Ambien)": a brand in brackets after an example is one too.
        guard depth > 0 || sentence.mentions.contains(where: { $0.label == .drug && $0.endToken == i }) else { return false }
        depth = max(0, depth - 1)
      } else if depth == 0 {
        // "such as", "e.g.", "eg", "for example", "for instance".
        if key == Self.asWord { return sentence.key(i - 1) == Self.such }
        if key == Self.example || key == Self.instance { return sentence.key(i - 1) == Keys.for }
        if key == Self.eg { return true }
        // "e.g." and "e.g.,"
        if key == Keys.period, sentence.key(i - 1) == Self.g, sentence.key(i - 2) == Keys.period, sentence.key(i - 3) == Self.e { return true }
        let listed = key == Keys.comma || key == Keys.and || key == Keys.or
          || sentence.mentions.contains { $0.label == .drug && $0.firstToken <= i && i < $0.endToken }
        guard listed else { return false }
      }
      i -= 1
    }
    return false
  }

  /// What may follow an item of a list of examples: the next item, its brand in brackets,
  /// or the end of the list's clause.
  private static let listGoesOn: Set<UInt64> = [
    Keys.comma, Keys.and, Keys.or, Keys.openParen, Keys.closeParen, Keys.period, Keys.semicolon, Keys.colon,
  ]

  private static let such = TokenKey.of("such")
  private static let asWord = TokenKey.of("as")
  private static let example = TokenKey.of("example")
  private static let instance = TokenKey.of("instance")
  private static let eg = TokenKey.of("eg")
  private static let e = TokenKey.of("e")
  private static let g = TokenKey.of("g")
}
