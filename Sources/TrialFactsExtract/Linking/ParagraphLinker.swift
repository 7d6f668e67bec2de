/// The arms of one paragraph as its sentences are read: which arms it has made, which
/// its last sentence named, and facts waiting for an arm. ``ArmLinker`` runs one per
/// paragraph, sentence by sentence: ``link(_:into:)`` takes the four steps (after
/// setting aside a background drug named before an assignment), and ``close(_:)`` drops
/// what the paragraph shows to be the study's.
struct ParagraphLinker {
  let block: Int
  /// A paragraph that names no drug continues the one before ("RESULTS: 9 of 12
  /// responded"), for outcomes only: a dosing instruction there is generic advice.
  let continues: Bool
  /// Arms made or continued in this paragraph.
  var paragraphArms: [Int] = []
  /// The paragraph's last ``armsLookedBack`` arms, which lookups search: a paragraph of
  /// thousands of distinct drugs (a list, or development codes) stays linear.
  var recentParagraphArms: ArraySlice<Int> { paragraphArms.suffix(Self.armsLookedBack) }
  /// Arms of earlier paragraphs this one names by their dose alone ("in the placebo, 25 mg
  /// and 75 mg groups").
  var borrowedArms = Set<Int>()
  /// Whether a sentence of this paragraph so far named a drug.
  var namedDrugs = false
  /// The drugs this paragraph named so far, by canonical name.
  var namedDrugNames = Set<String>()
  /// The arms of the last sentence that named any.
  var current: [Int] = []
  /// The arms and control arms of the last sentence that named them, in order:
  /// "60%, 73% and 13% of patients, respectively" follows that order.
  var currentSlots: [Int] = []
  /// Facts read before any arm was named; they go to the first one.
  var pending: [PlacedMention] = []
  /// Sizes every arm has ("two groups of 40"): each arm the paragraph makes takes them.
  var everyArmSizes: [PlacedMention] = []
  /// Sizes every arm has that the paragraph before stated, when it named no arm ("130 to
  /// each of three groups:" before a list): the arms and control this one names take them.
  var listSizes: [PlacedMention] = []
  /// Whether the paragraph is an item of a list.
  var listItem = false
  var recentDrugs: [PlacedMention] = []
  /// The one drug the paragraphs before named, when they named exactly one and named it
  /// where they spoke of a trial (``ArmLinker`` keeps the tally): "Of 612 people
  /// randomised, 205 were assigned to 140 mg monthly, 203 to 70 mg monthly" doses it.
  /// (``SoleAssignment`` answers another question: the drug an assignment names.)
  var earlierSoleDrug: PlacedMention?
  /// The paragraph's control arm ("placebo"), made when a count first lands on it.
  var controlArm: Int?
  /// Further control arms, by name, when a sentence names two kinds of control side by
  /// side ("the sham and waiting-list groups").
  var otherControls: [String: Int] = [:]
  /// The further controls the last sentence with arms named, by their slot.
  var lastOtherControls: [Int: (placed: PlacedMention, label: String)] = [:]
  /// The control the last sentence with arms named, and its words: a later sentence's
  /// counts in order ("29/112 vs 44/109") may land on it before it has an arm.
  var lastControl: (placed: PlacedMention, label: String)?
  var animal = false
  /// Where the paragraph first names animals: an arm counted in people before it ("…
  /// occurred in 4 of 14 after triamcinolone. In an ovine model, …") stays human.
  var firstAnimalSentence: Int?
  /// Where the sentences before it that name people ("patients", "women") start.
  var peopleSentences = Set<Int>()
  static let peopleNouns: Set<UInt64> = Set(
    ["patients", "patient", "participants", "people", "persons", "women", "men", "children", "adults", "infants", "volunteers", "subjects",
     "smokers", "girls", "boys", "adolescents", "neonates", "mothers", "recipients"].map { TokenKey.of($0) })
  var control = false
  var human = false

  init(block: Int, sentences: [Sentence], previous: Continued?, earlierPair: [Int] = [], earlierLists: [Int: [Int]] = [:]) {
    self.block = block
    self.earlierLists = earlierLists
    func namesArms(_ sentence: Sentence) -> Bool {
      !sentence.mentions(.drug).isEmpty || !ArmNames.activeArms(in: sentence).isEmpty
        || !ArmNames.sizedArms(in: sentence, known: sentence.mentions(.drug) + sentence.mentions(.context)).isEmpty
    }
    continues = !sentences.contains(where: namesArms)
    self.earlierPair = earlierPair
    guard let previous else { return }
    if Set(previous.listedSlots).count == 2, previous.listedSlots.count == 2 { self.earlierPair = previous.listedSlots }
    if continues {
      current = previous.arms
      if previous.listedArms == previous.arms { currentSlots = previous.listedSlots }
    } else if let first = sentences.first, !namesArms(first), previous.listedSlots.count > 1 {
      // Its first sentences, before it names arms, may list counts in the order of the
      // arms listed before ("… in 27 of 45, 31 of 44 and 16 of 46 children,
      // respectively"); only such lists are read with them.
      current = previous.listedArms
      currentSlots = previous.listedSlots
      listsOnly = true
    }
  }

  /// The first tokens of the frequencies of `sentence` that say how often an outcome came,
  /// not an arm's regimen: "Nineteen A recipients reported presyncope at least weekly". In
  /// a sentence with counts and no dose, a frequency away from every drug's name is one
  /// ("with once-weekly semaglutide" still names the arm).
  static func outcomesFrequencies(in sentence: Sentence) -> Set<Int> {
    let frequencies = sentence.mentions(.frequency)
    guard !frequencies.isEmpty, sentence.mentions(.dose).isEmpty else { return [] }
    // A count: a response, a cohort, or a number no other mention covers ("Nineteen A
    // recipients", not "for 12 weeks").
    var counts = !sentence.mentions(.response).isEmpty || !sentence.mentions(.cohort).isEmpty
    if !counts {
      var covered = Set<Int>()
      for m in sentence.mentions where m.label != .number { covered.formUnion(m.firstToken..<m.endToken) }
      counts = sentence.numbers.contains { !covered.contains($0.first) }
    }
    guard counts else { return [] }
    let drugs = sentence.mentions(.drug)
    return Set(frequencies.filter { frequency in
      !drugs.contains { drug in
        (drug.endToken <= frequency.firstToken && frequency.firstToken - drug.endToken <= 2)
          || (frequency.endToken <= drug.firstToken && drug.firstToken - frequency.endToken <= 2)
      }
    }.map(\.firstToken))
  }

  /// Whether `duration` is the window an outcome was counted in ("Unscheduled return
  /// visits within 14 days were made by 9 (7.3%) and 11 (8.7%) children"): "within" the
  /// length, in a sentence that compares the responders of arms, which may have been
  /// treated for different lengths, and states no dose or schedule. (One arm's "All three
  /// had regrowth within five months" tells how long it was treated.)
  /// So is "within" a length after an end point's name ("The primary outcome was
  /// unscheduled return to medical care within 7 days") or before the verb that says it
  /// befell people ("Return to care within 7 days occurred in 82 children …").
  static func timesAnOutcome(_ duration: Mention, in sentence: Sentence) -> Bool {
    guard duration.label == .duration, sentence.key(duration.firstToken - 1) == Self.within,
      sentence.mentions(.dose).isEmpty, sentence.mentions(.frequency).isEmpty
    else { return false }
    let verb = sentence.key(duration.endToken) == Keys.was || sentence.key(duration.endToken) == Keys.were ? duration.endToken + 1 : duration.endToken
    return sentence.mentions(.response).count >= 2
      || (sentence.range.lowerBound..<duration.firstToken).contains { Self.endPointWords.contains(sentence.key($0)) }
      || CohortRecognizer.eventVerbs.contains(sentence.key(verb))
  }

  private static let within = TokenKey.of("within")
  private static let endPointWords: Set<UInt64> = Set(["outcome", "outcomes", "endpoint", "endpoints", "end-point", "point"].map { TokenKey.of($0) })

  /// The last arms and control slots a sentence of this paragraph listed, two or more.
  var listed: (arms: [Int], slots: [Int], otherControls: [Int: (placed: PlacedMention, label: String)]) = ([], [], [:])
  /// The last list of each length this paragraph named, and those of earlier paragraphs
  /// (as arms of the document): "… in the three groups, respectively" follows the last
  /// list of three arms, though two were named since.
  var listedByCount: [Int: (slots: [Int], otherControls: [Int: (placed: PlacedMention, label: String)])] = [:]
  let earlierLists: [Int: [Int]]

  /// Whether the arms carried over from the paragraph before take only lists of counts,
  /// one per arm in order: until this paragraph names arms of its own.
  var listsOnly = false
  /// The two arms the paragraph before listed, when it listed two; after a heading, the
  /// two that every list of arms in the document named so far (``ArmLinker``).
  var earlierPair: [Int] = []

  /// One sentence's mentions and the arms it names.
  struct SentenceLink {
    let sentence: Sentence
    let block: Int
    let span: Range<Int>
    let drugs: [Mention]
    let frequencies: [Mention]
    let context: [Mention]
    let controls: [Mention]
    /// Arms named without a drug ("the intervention group").
    var activeArms: [Mention]
    /// Groups and the drug each received ("group A received ketamine"): one arm each.
    var groupsGivenDrugs: [(group: Mention, drug: Mention)]
    var anchors: [ArmLinker.Anchor] = []
    /// Tokens of route or dose-level words that name an arm ("the oral group", "the
    /// high-dose group"), anchored to it.
    var regimenGroups: [Int] = []
    /// The route beside each drug, by the drug's first token, in a sentence that names
    /// one drug by two routes ("vaginal misoprostol (n = 46) or oral misoprostol (n =
    /// 45)"): each route is an arm of its own.
    let routedDrugs: [Int: Mention]
    var anchoredDrugs = Set<Int>()
    var usedFrequencies = Set<Int>()
    /// Drugs the people had before without success ("refractory to methotrexate 15 mg
    /// weekly"): no arm, nor their doses and schedules.
    var failedDrugs: [Mention] = []

    init(_ sentence: Sentence, block: Int) {
      self.sentence = sentence
      self.block = block
      span = Int(sentence.tokens[sentence.range.lowerBound].start)..<Int(sentence.tokens[sentence.range.upperBound - 1].end)
      let named = sentence.mentions(.drug)
      drugs = named.filter { m in
        !ArmNames.isExample(m, in: sentence) && !ArmNames.describesOther(m, in: sentence) && !ArmNames.makesUpControl(m, in: sentence)
          // "ravopitant (RVP) 180 mg": the name's abbreviation in brackets names no arm of
          // its own (a schedule before the name anchors the arm to the name).
          && !(sentence.key(m.firstToken - 1) == Keys.openParen && sentence.key(m.endToken) == Keys.closeParen
            && named.contains { $0.endToken == m.firstToken - 1 && $0.value == m.value })
      }
      // (A rescue the trial allowed, "naproxen 500 mg as a rescue painkiller", is no arm
      // either, and keeps its dose.)
      failedDrugs = drugs.filter { ArmNames.failedBefore($0, in: sentence) || ArmNames.isRescue($0, in: sentence) }
      frequencies = sentence.mentions(.frequency)
      context = sentence.mentions(.context)
      controls = context.filter { $0.value == .context("control") }
      activeArms = ArmNames.activeArms(in: sentence)
      activeArms += ArmNames.sizedArms(in: sentence, known: drugs + context)
      groupsGivenDrugs = ArmNames.groupsGivenDrugs(in: sentence)
      routedDrugs = ParagraphLinker.routesBeside(drugs, in: sentence)
    }

    func place(_ m: Mention) -> PlacedMention { PlacedMention(block: block, sentence: span, mention: m) }
    func isAnchored(_ arm: Int) -> Bool { anchors.contains { $0.arm == arm } }
  }

  mutating func link(_ sentence: Sentence, into arms: inout [ArmDraft]) {
    if !sentence.mentions(.species).isEmpty {
      animal = true
      if firstAnimalSentence == nil { firstAnimalSentence = Int(sentence.tokens[sentence.range.lowerBound].start) }
    } else if firstAnimalSentence == nil, sentence.mentions.contains(where: { $0.label == .response || $0.label == .cohort }),
      sentence.range.contains(where: { Self.peopleNouns.contains(sentence.key($0)) })
    {
      peopleSentences.insert(Int(sentence.tokens[sentence.range.lowerBound].start))
    }
    if !sentence.mentions(.cohort).isEmpty { human = true }
    var s = SentenceLink(sentence, block: block)
    // "will enroll 120", "in vitro", "was once used": no result of this study.
    if s.context.contains(where: { ArmLinker.noResult.contains($0.value) }) { return }
    if !s.controls.isEmpty { control = true }
    linkDoses(&s, &arms)
    linkDrugRoutes(&s, &arms)
    linkFrequencies(&s, &arms)
    linkRouteGroups(&s, &arms)
    linkDoseLevelGroups(&s, &arms)
    // 3. Arms named with facts but no regimen.
    let outcomesFrequencies = Self.outcomesFrequencies(in: sentence)
    let facts = sentence.mentions.filter {
      ArmLinker.factLabels.contains($0.label) && !($0.label == .frequency && s.usedFrequencies.contains($0.firstToken))
        && !(continues && [.frequency, .route, .form].contains($0.label))
        && !($0.label == .frequency && outcomesFrequencies.contains($0.firstToken))
        && !Self.timesAnOutcome($0, in: sentence)
        // "n = 151 and n = 147." alone (a table's footnote, its mark gone): sizes of
        // some marked row, no arm's.
        && !(continues && $0.label == .cohort && sentence.key($0.firstToken) == Keys.n && !ParagraphLinker.hasWords(sentence))
    }
    // A size every arm has ("two groups of 40.") needs the arms the next sentences name,
    // even when they state no fact of their own.
    if !facts.isEmpty || !everyArmSizes.isEmpty || !listSizes.isEmpty || !s.groupsGivenDrugs.isEmpty
      || pending.contains(where: { $0.mention.scope == .each })
    {
      linkNamedArms(&s, &arms)
    }
    // "Group A received ketamine": the drug's arm is called group A from here on.
    for (group, drug) in s.groupsGivenDrugs {
      // The anchor starts at the name, or at a dose before it ("Group I: 30 ml 0.75% ropivacaine").
      guard case .arm(let label) = group.value,
        let k = s.anchors.firstIndex(where: { $0.token == drug.firstToken }) ?? s.anchors.firstIndex(where: { $0.token < drug.firstToken && $0.end >= drug.endToken })
      else { continue }
      let anchor = s.anchors[k]
      if arms[anchor.arm].namedArm == nil { arms[anchor.arm].namedArm = (label, false) }
      // "Group A (n = 148) received levetiracetam": the arm's words start at the group's
      // name, its size among them.
      if group.firstToken < anchor.token { s.anchors[k].token = group.firstToken }
    }
    if !s.drugs.isEmpty { recentDrugs = s.drugs.map(s.place) }
    s.anchors.sort { $0.token < $1.token }
    dropBackgroundTherapy(&s, arms)
    assign(facts, &s, &arms)
    shareCombinationSizes(s, &arms)
    if !listSizes.isEmpty { giveListSizes(s, &arms) }
  }

  /// Whether `sentence` has a word besides "n" and "and": sizes alone say not whose they are.
  static func hasWords(_ sentence: Sentence) -> Bool {
    sentence.range.contains { sentence.isWord($0) && sentence.key($0) != Keys.n && sentence.key($0) != Keys.and }
  }

  /// "vonoprazan 20 mg plus amoxicillin 750 mg (n = 233) or …": the size this sentence
  /// gave the second drug of a combination is the first's too, both being one arm.
  private func shareCombinationSizes(_ s: SentenceLink, _ arms: inout [ArmDraft]) {
    for cue in s.context where cue.value == .context("combination") {
      guard let first = s.anchors.last(where: { $0.end <= cue.firstToken && cue.firstToken - $0.end <= 1 }),
        let second = s.anchors.first(where: { $0.token >= cue.endToken && $0.token - cue.endToken <= 1 }),
        first.arm != second.arm, arms[first.arm].cohort == nil,
        let size = arms[second.arm].cohort, size.block == block, size.sentence == s.span
      else { continue }
      arms[first.arm].set(size)
    }
  }

  /// "Adults on metformin were randomised to drug A 0.5 mg, drug A 1.0 mg or placebo": a
  /// drug named before the "to" of an assignment that lists two or more arms is what
  /// everyone took, not an arm; nor is one the people took before without success.
  private func dropBackgroundTherapy(_ s: inout SentenceLink, _ arms: [ArmDraft]) {
    let sentence = s.sentence
    // "288 adults whose knee pain had not been controlled by paracetamol": what they had
    // before, with its dose, is no arm.
    let failed = s.failedDrugs
    if !failed.isEmpty {
      s.anchors.removeAll { anchor in failed.contains { anchor.token <= $0.firstToken && $0.firstToken < max(anchor.end, anchor.token + 1) } }
    }
    guard let verb = sentence.range.first(where: { Self.assigningVerbs.contains(sentence.key($0)) }),
      let to = (verb..<sentence.range.upperBound).first(where: { i in
        sentence.key(i) == Keys.to
          && (s.anchors.contains { (i + 1...i + 4).contains($0.token) } || s.controls.contains { (i + 1...i + 4).contains($0.firstToken) })
      })
    else { return }
    let listed = Set(s.anchors.filter { $0.token > to }.map(\.arm)).count + s.controls.filter { $0.firstToken > to }.count
    guard listed >= 2 else { return }
    s.anchors.removeAll { anchor in
      guard case .drug = arms[anchor.arm].drug.mention.value else { return false }
      // "… or placebo (n = 226), both with dexamethasone": after the arms, what each took.
      let sharedAfter = anchor.token > to && Self.everyArmWords.contains(sentence.key(anchor.token - 2))
        && sentence.key(anchor.token - 1) == Keys.with
      return anchor.token < to || sharedAfter
    }
  }

  /// "both with", "each with", "all with": what every arm listed took.
  static let everyArmWords: Set<UInt64> = Set(["both", "each", "all"].map { TokenKey.of($0) })

  private static let assigningVerbs: Set<UInt64> = Set(
    ["randomized", "randomised", "randomly", "assigned", "allocated"].map { TokenKey.of($0) })

  /// After the last sentence: a count stated for the whole study is no arm's size once
  /// the paragraph shows several arms, or a placebo arm beside the drug's. Returns the
  /// arms the next paragraph may continue, or nil to keep those before.
  mutating func close(_ arms: inout [ArmDraft]) -> Continued? {
    if animal && !human {
      func countedBefore(_ arm: ArmDraft) -> Bool {
        guard let first = firstAnimalSentence, !arm.animal else { return false }
        return [arm.response, arm.cohort].contains { $0.map { $0.block == block && $0.sentence.upperBound <= first && peopleSentences.contains($0.sentence.lowerBound) } == true }
      }
      for arm in paragraphArms + (controlArm.map { [$0] } ?? []) + otherControls.values where !countedBefore(arms[arm]) { arms[arm].animal = true }
    }
    if paragraphArms.count > 1 || control {
      for arm in paragraphArms { arms[arm].dropStudyLevelCounts() }
    }
    guard !paragraphArms.isEmpty else { return nil }
    // The last list of arms, controls included, as arms of the document: "… or placebo
    // (n = 46)." then "… in 27 of 45, 31 of 44 and 16 of 46 children, respectively."
    let slots = listed.slots.compactMap { slot -> Int? in
      if slot >= 0 { return slot }
      if slot == ArmLinker.control { return controlArm }
      return listed.otherControls[slot].flatMap { otherControls[Self.controlKey($0.label)] }
    }
    var lists: [Int: [Int]] = [:]
    for (count, list) in listedByCount {
      let arms = list.slots.compactMap { slot -> Int? in
        if slot >= 0 { return slot }
        if slot == ArmLinker.control { return controlArm }
        return list.otherControls[slot].flatMap { otherControls[Self.controlKey($0.label)] }
      }
      if arms.count == count { lists[count] = arms }
    }
    return Continued(arms: current, listedArms: listed.arms, listedSlots: slots.count == listed.slots.count ? slots : [], listsByCount: lists)
  }

  /// The arms a paragraph leaves for the next: those its last sentence with arms named,
  /// and the last two or more it listed, as arms of the document with their controls in
  /// the order named (empty when a control has no arm).
  struct Continued {
    var arms: [Int]
    var listedArms: [Int]
    var listedSlots: [Int]
    var listsByCount: [Int: [Int]] = [:]
  }

  /// Sets `fact` on the arm of a slot of a list of arms: an arm, a further control the list
  /// named (`others`), or the paragraph's control arm.
  private mutating func set(
    _ fact: PlacedMention, onSlot slot: Int, others: [Int: (placed: PlacedMention, label: String)], _ arms: inout [ArmDraft]
  ) {
    if slot >= 0 {
      arms[slot].set(fact)
    } else if let other = others[slot] {
      arms[namedControlArm(other.placed, label: other.label, &arms)].set(fact)
    } else if slot == ArmLinker.control, let control = lastControlArm(&arms) {
      arms[control].set(fact)
    }
  }

  mutating func newArm(in arms: inout [ArmDraft], _ drug: PlacedMention) -> Int {
    var draft = ArmDraft(drug: drug)
    for size in everyArmSizes { draft.set(size) }
    // "randomized to aspirin (N = 61) or control (N = 31)": an arm named "control" is one.
    if case .arm(let name) = drug.mention.value { draft.namedArm = (name, Self.controlKey(name) == "control") }
    arms.append(draft)
    paragraphArms.append(arms.count - 1)
    return arms.count - 1
  }

  /// The one arm without a drug named `label`, or with `label` as its first words, among
  /// the last ``armsLookedBack`` arms of the document: "the laparoscopic group" in the
  /// results is the arm the methods called "laparoscopic appendectomy (n = 134)".
  static let armsLookedBack = 64
  private static let took = TokenKey.of("took")
  private static let part = TokenKey.of("part")

  static func earlierArm(named label: String, in arms: [ArmDraft]) -> Int? {
    let name = label.lowercased()
    func earlierName(_ index: Int) -> String? {
      if case .arm(let earlier) = arms[index].drug.mention.value { return earlier.lowercased() }
      // A drug's arm a group's name was given to ("group A received ketamine").
      guard let named = arms[index].namedArm, !named.control, case .drug = arms[index].drug.mention.value else { return nil }
      return named.label.lowercased()
    }
    // The most recent arms only: a page of thousands of trials stays linear.
    let recent = arms.indices.suffix(Self.armsLookedBack)
    let same = recent.filter { earlierName($0) == name }
    let longer = recent.filter { earlierName($0)?.hasPrefix(name + " ") == true }
    if !same.isEmpty { return same.count == 1 ? same[0] : nil }
    return longer.count == 1 ? longer[0] : nil
  }

  /// Whether `fact` counts the whole study as the sum of the arms' counts after it ("842
  /// were randomised: 423 to 3HP and 419 to 9H"): several arms' people, never one arm's,
  /// even where the rules know none of the arms those counts name. Counts of outcomes
  /// ("40 enrolled; 28 responded and 12 did not") are no arms'.
  static func isSplitTotal(_ fact: Mention, in sentence: Sentence) -> Bool {
    guard fact.label == .cohort, fact.scope == .total, case .cohort(let total) = fact.value else { return false }
    // "aged 12 to 17 years": a range, not a count of people assigned ("305 to 3HP" is one).
    func opensRange(_ n: NumberSpan) -> Bool {
      guard let next = sentence.number(startingAt: n.end + 1) else { return false }
      return !(sentence.range.contains(next.end) && sentence.isWord(next.end) && !sentence.tokens[next.end].spaceBefore)
    }
    let parts = sentence.numbers.filter { n in
      n.first >= fact.endToken && n.isInteger && !n.isPercent && n.value >= 1
        && ((sentence.key(n.end) == Keys.to && !opensRange(n)) || sentence.mentions.contains { $0.label == .cohort && $0.scope == .arm && $0.firstToken <= n.first && n.first < $0.endToken })
    }.map(\.value)
    guard parts.count >= 2 else { return false }
    // Consecutive counts only, two to four of them: "423 … and 419 …".
    for start in parts.indices {
      var sum = 0.0
      for end in start..<min(start + 4, parts.count) {
        sum += parts[end]
        if end > start, sum == Double(total) { return true }
        if sum > Double(total) { break }
      }
    }
    return false
  }

  /// Whether a control arm ("placebo", "usual care") is among the last
  /// ``armsLookedBack`` arms: a page of thousands of arms stays linear.
  static func hasControl(_ arms: [ArmDraft]) -> Bool {
    arms.indices.suffix(armsLookedBack).contains { arms[$0].namedArm?.control == true }
  }


  /// 3. Arms named with facts but no regimen: a drug alone, or an active arm without a
  ///    drug ("in the intervention group, 21 of 40").
  private mutating func linkNamedArms(_ s: inout SentenceLink, _ arms: inout [ArmDraft]) {
    let joined = Set(s.groupsGivenDrugs.map(\.group.firstToken))
    let drugs = (s.drugs + s.activeArms.filter { !joined.contains($0.firstToken) }).sorted { $0.firstToken < $1.firstToken }
    let regimenDrugs = Set(s.anchors.map { arms[$0.arm].drugName })
    var armOf: [String: Int] = [:]
    for drug in drugs where !s.anchoredDrugs.contains(drug.firstToken) {
      let name = ArmDraft(drug: s.place(drug)).drugName
      guard !regimenDrugs.contains(name) else { continue }
      if armOf[name] == nil {
        let existing = recentParagraphArms.filter { arms[$0].drugName == name }
        if existing.count > 1 { continue }  // which arm? the facts are the study's
        // An arm without a drug named in an earlier paragraph is the same arm ("the
        // stone-free rate was 80% in group II" after "group II consisted of 20 patients");
        // its first size wins, so a later subgroup's size ("scans were done in 20 of the
        // stent group") is not kept.
        if existing.isEmpty, case .arm(let label) = drug.value, let earlier = Self.earlierArm(named: label, in: arms) {
          armOf[name] = earlier
          if !paragraphArms.contains(earlier) { paragraphArms.append(earlier) }
        } else {
          armOf[name] = existing.first ?? newArm(in: &arms, s.place(drug))
        }
      }
      // Every mention names the arm: "never taken X ... assigned to X (n = 91)". A group's
      // name ("the yoga group", "the aspirin arm") names the arm, not the study, unlike a
      // bare drug name.
      if let index = armOf[name] {
        let group = s.sentence.key(drug.endToken) == Keys.group || s.sentence.key(drug.endToken) == Keys.arm
        s.anchors.append(ArmLinker.Anchor(arm: index, token: drug.firstToken, end: drug.endToken, drugOnly: drug.label == .drug && !group))
      }
    }
  }

  private mutating func assign(_ facts: [Mention], _ s: inout SentenceLink, _ arms: inout [ArmDraft]) {
    // "41/97 allocated to iCBT": a count of an arm the rules do not know is no known arm's.
    let sentence = s.sentence
    var controls = s.controls
    // The arms a bracket after a "respectively" list compares are not the list's.
    let beforeComparison = Self.listedBeforeComparison(in: sentence)
    if let comparison = beforeComparison?.bracket {
      s.anchors.removeAll { comparison.contains($0.token) }
      controls.removeAll { comparison.contains($0.firstToken) }
    }
    // "Of 120 patients randomized to topiramate or placebo, 60 responded": a count out of
    // the whole that the sentence shares among two arms or more is neither arm's.
    // (Not "Of the 255 randomised to A, nineteen …, as did 27 of the 258 given B".)
    func armsShareIt(_ whole: Mention) -> Bool {
      let clause = whole.endToken..<((whole.endToken..<sentence.range.upperBound).first { sentence.key($0) == Keys.comma } ?? sentence.range.upperBound)
      return Set(s.anchors.filter { clause.contains($0.token) }.map(\.arm)).count + (controls.contains { clause.contains($0.firstToken) } ? 1 : 0) >= 2
    }
    let wholes = Set(facts.filter { $0.label == .cohort && $0.scope == .total && sentence.isWholeAfterOf($0.firstToken) && armsShareIt($0) }.compactMap { fact -> Int? in
      if case .cohort(let n) = fact.value { return n } else { return nil }
    })
    let facts = assignListedBySize(facts.filter { fact in
      // "71 of 122 in the oral group" names an arm by its route, "in the high-dose group"
      // by its dose.
      if case .response(let count) = fact.value {
        if let total = count.total, wholes.contains(total) { return false }
        return !count.ofUnknownArm || s.regimenGroups.contains { fact.firstToken <= $0 && $0 < fact.endToken }
          // (A count of an arm by a name the rules do not know, out of one arm's size: that
          // arm's, below, where the sentence names no other.)
          || (s.anchors.isEmpty && controls.isEmpty && count.total.map { total in Self.recent(arms).filter { arms[$0].size == total }.count == 1 } == true)
      }
      return !Self.isSplitTotal(fact, in: sentence)
    }, s, &arms)
    // 4. Facts to arms.
    // "20% (8/40) in the placebo group and 60% (24/40) in the sham group": two kinds of
    // control are two arms, each found by its name as drug arms are.
    let controlKinds = Set(controls.map { Self.controlKey(String(decoding: sentence.bytes[$0.start..<$0.end], as: UTF8.self)) }).count
    let counts = facts.filter { $0.label == .cohort || $0.label == .response }
    if s.anchors.isEmpty, controlKinds < 2 || counts.count < 2 {
      // Counts near "placebo" are no drug arm's; those that say so ("8 of 109 on placebo",
      // "in the placebo group, 8 of 109") are the control arm's. "Compared with placebo,
      // 40 of 100 responded" is neither's.
      let nearControl = facts.filter { fact in
        (fact.label == .cohort || fact.label == .response) && isNearControl(fact, controls: controls)
      }
      // "Of 58 patients randomized to placebo, 20 responded": a count out of the size the
      // sentence gives the control arm is the control's.
      let controlSizes = Set(nearControl.filter { $0.scope == .arm && isOfControl($0, in: sentence, controls: controls) }.compactMap { fact -> Int? in
        if case .cohort(let n) = fact.value { return n } else { return nil }
      })
      func isOutOfControlSize(_ fact: Mention) -> Bool {
        if case .response(let count) = fact.value, let total = count.total { return controlSizes.contains(total) }
        return false
      }
      // "20%, 35% and 50% in the placebo, 10 mg and 20 mg groups, respectively" where no
      // drug is known: the counts pair in order with the listed arms, and only the
      // control's place in the list says which count is its.
      let responses = facts.filter { $0.label == .response }
      // nil when there is no such list, or it names no control.
      let respective = responses.last.flatMap { Self.respectiveArms(in: sentence, after: $0.firstToken) }.flatMap { items -> [Mention]? in
        guard responses.count % items.count == 0, items.contains(where: { item in controls.contains { item.contains($0.firstToken) } })
        else { return nil }
        return responses.enumerated().filter { k, _ in controls.contains { items[k % items.count].contains($0.firstToken) } }.map(\.element)
      }
      for fact in respective ?? [] { setOnControl(fact, s, &arms) }
      for fact in nearControl where isOfControl(fact, in: sentence, controls: controls) || isOutOfControlSize(fact) {
        if respective != nil, fact.label == .response { continue }
        setOnControl(fact, s, &arms)
      }
      var assignable = facts.filter { fact in !nearControl.contains(fact) && !(respective != nil && fact.label == .response) }
      // "Abnormal dreams were reported by 21, 12 and 3 participants in the three groups,
      // respectively": the last list of that many arms, here or earlier in the document.
      // (Not a subgroup's counts: "Among heavy smokers, … 10, 6 and 2 participants in the
      // three groups, respectively".)
      if let n = Self.numberedGroups(in: sentence) ?? beforeComparison?.count, !Self.opensWithSubgroup(sentence) {
        for label in [Mention.Label.response, .cohort] {
          let counts = assignable.filter { $0.label == label }.sorted { $0.firstToken < $1.firstToken }
          guard counts.count == n, !counts.contains(where: { if case .response(let c) = $0.value { return c.subgroup != nil } else { return false } })
          else { continue }
          if let list = listedByCount[n] {
            for (fact, slot) in zip(counts, list.slots) { set(s.place(fact), onSlot: slot, others: list.otherControls, &arms) }
          } else if let list = earlierLists[n] {
            for (fact, arm) in zip(counts, list) { set(s.place(fact), onSlot: arm, others: [:], &arms) }
          } else {
            continue
          }
          assignable.removeAll { counts.contains($0) }
        }
      }
      if current.isEmpty {
        pending.append(contentsOf: assignable.map(s.place))
      } else {
        // A response of the whole study is no arm's where there are several or a control.
        let oneArm = current.count == 1 && currentSlots.count <= 1 && lastControl == nil && !Self.hasControl(arms)
        // "Among 19 women who were later diagnosed with …" in a paragraph that names no
        // arm, after arms with sizes of their own: a count of the study's people, no arm's.
        // (Looked up only for such a count: documents with thousands of arms stay linear.)
        // ("A total of 15 patients were enrolled in cohort 2" still sizes one.)
        let sizedElsewhere = continues && assignable.contains { $0.label == .cohort && $0.scope == .total }
          && !sentence.range.contains(where: { Keys.enrolledVerbs.contains(sentence.key($0)) || Keys.assignmentVerbs.contains(sentence.key($0)) })
          && arms.indices.contains { !current.contains($0) && arms[$0].cohort != nil }
        // "… corrected in 137 of the 162 women given the drip", after arms of 162 and 164 that
        // the sentence does not name: a count by an arm's name the rules do not know, out of
        // the size of one arm and of no other's, is that arm's; never in a sentence of another
        // study ("In our earlier pilot, 30 of 60 …"), nor two such counts for one arm.
        // (Several counts of different arms are `assignListedBySize`'s.)
        let earlier = sentence.range.contains { Self.otherStudyWords.contains(sentence.key($0)) }
        let unknown = assignable.filter { if case .response(let count) = $0.value { count.ofUnknownArm } else { false } }
        let homes = unknown.map { fact -> Int? in
          guard case .response(let count) = fact.value, count.subgroup == nil, let total = count.total else { return nil }
          let fitting = Self.recent(arms).filter { arms[$0].size == total }
          return fitting.count == 1 ? fitting[0] : nil
        }
        for (fact, home) in zip(unknown, homes) where !earlier {
          if let home, homes.filter({ $0 == home }).count == 1 { arms[home].set(s.place(fact)) }
        }
        assignable.removeAll { unknown.contains($0) }
        // "… versus 38% of those on placebo. A total of 180 patients took part, 90 in each
        // group.": a size every arm has is every arm's of the last sentence, the control's
        // too, and the total beside it the whole study's. Only where the sentence enrols,
        // its total is the sizes' even split and no arm was sized before: "Of the 180
        // patients enrolled, 20 in each group underwent …", "A total of 12 patients, 6 in
        // each group, withdrew", "An extension enrolled 100 patients, 50 in each group"
        // after sized arms are others.
        let eachSizes = assignable.filter { $0.label == .cohort && $0.scope == .each }
        let slotCount = Set(currentSlots).count
        let enrols = (sentence.range.contains { Keys.enrolledVerbs.contains(sentence.key($0)) || Keys.assignmentVerbs.contains(sentence.key($0)) }
          || sentence.range.contains { sentence.key($0) == Self.took && sentence.key($0 + 1) == Self.part })
          && eachSizes.allSatisfy { each in
            guard case .cohort(let n) = each.value else { return false }
            return assignable.contains { if case .cohort(let total) = $0.value, $0.scope == .total { total == n * slotCount } else { false } }
          }
        // (An arm of the same drug sized before is this one: the findings merge.)
        let sizedBefore = currentSlots.contains { slot in
          slot >= 0 && (arms[slot].cohort != nil || Self.recent(arms).contains { arms[$0].cohort != nil && !arms[$0].drugName.isEmpty && arms[$0].drugName == arms[slot].drugName })
        } || Self.recent(arms).contains { arms[$0].namedArm?.control == true && arms[$0].cohort != nil }
        if !eachSizes.isEmpty, currentSlots.count > 1, enrols, !sizedBefore {
          for fact in eachSizes {
            for slot in currentSlots { set(s.place(fact), onSlot: slot, others: lastOtherControls, &arms) }
            everyArmSizes.append(s.place(fact))
          }
          assignable.removeAll { $0.label == .cohort && ($0.scope == .each || $0.scope == .total) }
        }
        for label in ArmLinker.factLabels {
          let ofLabel = assignable.filter { fact in
            fact.label == label && !(fact.scope == .total && ((label == .response && !oneArm) || (label == .cohort && sizedElsewhere)))
          }
          .sorted { $0.firstToken < $1.firstToken }
          let isCount = label == .cohort || label == .response
          // "Of 241 women screened, 150 were randomised": counts of all, no list of arms.
          let counts = label == .cohort ? ofLabel.filter { $0.scope != .total } : ofLabel
          // "… in 8 (9.3%) and 19 (22.6%) patients, respectively, and … in 5 and 16": lists
          // in the order the last sentence named the arms, one count per arm each.
          // The first list ends with its "respectively" ("8 (9.3%) and 19 (22.6%) patients,
          // respectively, and … in 5 and 16"); "at months 1, 3, 6 and 12 … in 4, 6, 8 and 10
          // patients, respectively" pairs with months, not arms.
          let slotCount = max(currentSlots.count, 1)
          // "Dizziness affected 41 vs. 12 patients, and drowsiness 19 vs. 6": each list
          // a comparison of the arms, in their order.
          func compared(_ k: Int) -> Bool {
            (ofLabel[k].endToken..<ofLabel[k + 1].firstToken).contains { ResponseRecognizer.versus.contains(sentence.key($0)) }
          }
          let respectiveLists = ofLabel.count % slotCount == 0 && ofLabel.count > slotCount
            && ((ofLabel[slotCount - 1].endToken..<ofLabel[slotCount].firstToken).contains { sentence.key($0) == ResponseRecognizer.respectively }
              || (slotCount > 1 && stride(from: 0, to: ofLabel.count, by: slotCount).allSatisfy { first in (first..<first + slotCount - 1).allSatisfy(compared) }))
          // Carried over for lists only ("Ovulation occurred in 63 (62%) versus 33 (33%)
          // women" before the paragraph names an arm), a list of one count per arm
          // follows their order too.
          if isCount, counts.count > 1, currentSlots.count > current.count || listsOnly,
            counts.count == currentSlots.count || (label == .response && respectiveLists)
          {
            for (k, fact) in counts.enumerated() { set(s.place(fact), onSlot: currentSlots[k % currentSlots.count], others: lastOtherControls, &arms) }
          } else if listsOnly {
            pending.append(contentsOf: ofLabel.map(s.place))
          } else if label == .duration, ofLabel.count == 1, paragraphArms.count + (controlArm == nil ? 0 : 1) > 1, Self.speaksOfEveryone(sentence) {
            // "One group took A. … and the third took placebo. … everyone stayed on their
            // tablets for 12 weeks": every arm of the paragraph with a fact, and its control,
            // that has no length of its own.
            for arm in paragraphArms + (controlArm.map { [$0] } ?? []) where arms[arm].hasFacts && arms[arm].duration == nil {
              arms[arm].set(s.place(ofLabel[0]))
            }
          } else if label == .response, current.count == 1, ofLabel.count == 2, listed.slots.count == 2,
            sentence.saysRespectively || (ofLabel[0].endToken..<ofLabel[1].firstToken).contains(where: { ResponseRecognizer.versus.contains(sentence.key($0)) })
              || (ofLabel[0].endToken..<ofLabel[1].firstToken).allSatisfy({ ResponseRecognizer.pairWords.contains(sentence.key($0)) || sentence.key($0) == Keys.comma })
          {
            // "Epidural bupivacaine was given slowly. Hypotension: 12/50 vs 4/50.": a pair
            // compared is of two arms, never both of the one the last sentence named; of the
            // two the paragraph listed last, in order.
            for (fact, slot) in zip(ofLabel, listed.slots) { set(s.place(fact), onSlot: slot, others: listed.otherControls, &arms) }
          } else if current.count == 1 || (ArmLinker.shared.contains(label) && ofLabel.count == 1) || ofLabel.allSatisfy({ $0.scope == .each }) {
            for arm in current {
              for fact in Self.oneArmsCounts(ofLabel, of: arm, arms) {
                arms[Self.armBySize(fact, default: arm, arms, in: sentence, named: false)].set(s.place(fact))
              }
            }
          } else if counts.count == current.count, currentSlots.count <= current.count {
            // (Not where a control was listed too: two counts for three arms say not whose.)
            for (fact, arm) in zip(counts, current) { arms[arm].set(s.place(fact)) }
          }
        }
      }
      return
    }
    let distinctTargets = s.anchors.map(\.arm).reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
    // "0.25 mg of minoxidil together with 25 mg of spironolactone": one group of
    // patients took both, so every fact is both arms'.
    // "each combined with brief counselling" joins no second drug.
    // Only when the sentence names no other arm, and no combination with a control
    // ("gemcitabine plus vismodegib or gemcitabine plus placebo" are two arms).
    let cues = sentence.mentions(.context).filter { $0.value == .context("combination") }
    let withControl = cues.contains { cue in controls.contains { $0.firstToken >= cue.endToken && $0.firstToken - cue.endToken <= 1 } }
    // "210 varenicline, 208 nicotine patch, 212 varenicline plus nicotine patch": a drug
    // named alone as well, in the same clause, is an arm of its own.
    let drugs = sentence.mentions(.drug)
    func clause(_ token: Int) -> Int { (sentence.range.lowerBound..<token).filter { sentence.key($0) == Keys.semicolon }.count }
    let namedTwice = drugs.contains { d in
      drugs.contains { $0.firstToken != d.firstToken && $0.value == d.value && clause($0.firstToken) == clause(d.firstToken) }
    }
    // "randomized to appendectomy (n = 140) or antibiotics (n = 138) … levofloxacin plus
    // metronidazole": arms without a drug, or two arms' sizes, make the sentence one of arms.
    let namesArms = !ArmNames.activeArms(in: sentence).isEmpty
      || sentence.mentions(.cohort).filter { sentence.key($0.firstToken) == Keys.n }.count > 1
    let combined = distinctTargets.count > 1 && !withControl && !namedTwice && !namesArms && cues.contains { cue in
      sentence.mentions.contains { m in
        (m.label == .drug || m.label == .dose)
          && ((cue.endToken..<cue.endToken + 4).contains(m.firstToken) || (cue.firstToken - 4..<cue.firstToken).contains(m.endToken - 1))
      }
    }
    // Without a drug arm (two kinds of control only), what waits is kept for one.
    for fact in pending where !distinctTargets.isEmpty {
      if fact.mention.scope == .each {
        // "randomized into two groups of 40. Group I received …"
        for arm in distinctTargets { arms[arm].set(fact) }
        if !controls.isEmpty { setOnControl(fact.mention, s, &arms, placed: fact) }
        everyArmSizes.append(fact)
      } else if distinctTargets.count == 1 {
        // The whole study's response is no arm's beside a control.
        if fact.mention.label == .response, fact.mention.scope == .total, !controls.isEmpty || Self.hasControl(arms) { continue }
        // "… occurred in 27 (16.9%) and 45 (28.5%) patients, respectively": a list of
        // counts is of several arms, never all of one.
        if fact.mention.label == .response,
          pending.contains(where: { $0.mention.label == .response && $0.block == fact.block && $0.sentence == fact.sentence && $0.mention.firstToken != fact.mention.firstToken })
        {
          continue
        }
        arms[distinctTargets[0]].set(fact, studyLevel: true)
      } else if ArmLinker.shared.contains(fact.mention.label) || combined {
        for arm in distinctTargets { arms[arm].set(fact) }
      }
    }
    if !distinctTargets.isEmpty { pending.removeAll() }
    // Counts go to arms and to control arms alike ("603 were assigned to drug A and
    // 199 to placebo"); what lands on a control is dropped.
    // Controls take slots -1, -2, … by kind, in the order named. With one kind, counts on
    // it go to the paragraph's control arm; with several ("sham" and "waiting list"), each
    // kind has an arm of its own, found by its name (`namedControlArm`).
    // "… in the 300 mg, 150 mg and placebo groups (both p<0.001 vs placebo)": a control
    // named again, with no count after it, is a comparison's, no arm of its own ("…,
    // respectively, compared with 9.1% with placebo" still is one).
    let counted = facts.filter { $0.label == .response || $0.label == .cohort }.map(\.firstToken)
    let lastCount = counted.max() ?? -1
    // "Twice as many were assigned to the drug as to placebo: 118 got A and 59 got
    // placebo": where the counts follow a colon and the arms are named again after it, the
    // arms before the colon are the comparison's, not the list's.
    let colon = counted.min().flatMap { first in (sentence.range.lowerBound..<first).last { sentence.key($0) == Keys.colon } }
    // (Only where the arms after it are as many as the counts: "A and B were each compared
    // with placebo: 30 of 60 with A, 28 of 59 with the DPP-4 inhibitor and 10 of 58 with
    // placebo" names B before the colon only.)
    let listAfterColon = colon.map { c in
      let after = Set(s.anchors.filter { $0.token > c }.map(\.arm)).count
        + Set(controls.filter { $0.firstToken > c }.map { Self.controlKey(String(decoding: sentence.bytes[$0.start..<$0.end], as: UTF8.self)) }).count
      return controls.contains { $0.firstToken > c } && s.anchors.contains { $0.token > c } && after >= counted.count
    } ?? false
    let namedControls = listAfterColon ? controls.filter { $0.firstToken > colon ?? 0 } : controls
    let listedControls = namedControls.count < 2 ? namedControls : namedControls.enumerated().filter { k, control in
      let key = Self.controlKey(String(decoding: sentence.bytes[control.start..<control.end], as: UTF8.self))
      let repeated = namedControls[..<k].contains { Self.controlKey(String(decoding: sentence.bytes[$0.start..<$0.end], as: UTF8.self)) == key }
      return !repeated || control.firstToken < lastCount
    }.map(\.element)
    var controlNames: [String] = []
    let controlSlots = listedControls.map { control -> ArmLinker.Anchor in
      let name = String(decoding: sentence.bytes[control.start..<control.end], as: UTF8.self)
      let key = Self.controlKey(name)
      if !controlNames.contains(where: { Self.controlKey($0) == key }) { controlNames.append(name) }
      let k = controlNames.firstIndex { Self.controlKey($0) == key } ?? 0
      return ArmLinker.Anchor(arm: ArmLinker.control - k, token: control.firstToken, end: control.endToken, drugOnly: false)
    }
    let slots = ((listAfterColon ? s.anchors.filter { $0.token > colon ?? 0 } : s.anchors) + controlSlots).sorted { $0.token < $1.token }
    let distinctSlots = slots.map(\.arm).reduce(into: [Int]()) { if !$0.contains($1) || $1 < 0 { $0.append($1) } }
    func assign(_ fact: Mention, to arm: Int, studyLevel: Bool = false) {
      if arm >= 0 {
        arms[arm].set(s.place(fact), studyLevel: studyLevel)
      } else if controlNames.count < 2 {
        setOnControl(fact, s, &arms)
      } else if let slot = controlSlots.first(where: { $0.arm == arm }), let mention = controls.first(where: { $0.firstToken == slot.token }),
        case let k = ArmLinker.control - arm, k < controlNames.count
      {
        arms[namedControlArm(s.place(mention), label: controlNames[k], &arms)].set(s.place(fact))
      }
    }
    // "30 patients in each group": every arm's size, the controls' too.
    for fact in facts where fact.label == .cohort && fact.scope == .each {
      for arm in distinctTargets { arms[arm].set(s.place(fact)) }
      if !controls.isEmpty { setOnControl(fact, s, &arms) }
      everyArmSizes.append(s.place(fact))
    }
    for label in ArmLinker.factLabels {
      // In the order written: "none" and "all" counts are found after the others.
      let ofLabel = facts.filter { $0.label == label && $0.scope != .each }.sorted { $0.firstToken < $1.firstToken }
      guard !ofLabel.isEmpty else { continue }
      let isCount = label == .cohort || label == .response
      if combined {
        // "controls (n = 40) … took A plus B": a count of a control is no combination's.
        if let fact = ofLabel.first(where: { !isCount || !isOfControl($0, in: sentence, controls: controls) }) {
          for arm in distinctTargets { arms[arm].set(s.place(fact)) }
        }
      } else if !isCount {
        // "varenicline, bupropion, transdermal nicotine or placebo", "a nicotine patch 21
        // mg/day": a route or form beside or within one arm's name is that arm's alone.
        let attached = (label == .route || label == .form) && distinctTargets.count > 1 ? ofLabel.compactMap { fact in
          s.anchors.first { a in
            a.token == fact.endToken || a.end == fact.firstToken || (a.token <= fact.firstToken && fact.endToken <= a.end)
              // "a single infusion of Ferinject (ferric carboxymaltose) 1000 mg"
              || (sentence.key(fact.endToken) == Keys.of && a.token > fact.endToken && a.token - fact.endToken <= 4
                && !(fact.endToken..<a.token).contains { Self.listSeparators.contains(sentence.key($0)) })
          }.map { (fact, $0.arm) }
        } : []
        if !attached.isEmpty, attached.count == ofLabel.count {
          // "oral abrocitinib 100 mg or 200 mg": every dose of that drug, unless another
          // route is the drug's too ("oral minoxidil 1 mg or topical 5% minoxidil").
          for (fact, arm) in attached {
            let name = arms[arm].drugName
            let alone = attached.filter { arms[$0.1].drugName == name }.count == 1
            for target in distinctTargets where target == arm || (alone && arms[target].drugName == name) { arms[target].set(s.place(fact)) }
          }
        } else if ofLabel.count == 1, distinctTargets.count > 1, label == .duration || label == .frequency,
          let arm = Self.armWhoseRegimenHolds(ofLabel[0], s.anchors, in: sentence)
        {
          // "nitrofurantoin 100 mg for 5 days or a single dose of fosfomycin 3 g": a length
          // or schedule inside one arm's words, before the next arm, is that arm's alone.
          arms[arm].set(s.place(ofLabel[0]))
        } else if distinctTargets.count == 1 || (ofLabel.count == 1 && ArmLinker.shared.contains(label) && !Self.givenOnceAfterAnArm(ofLabel[0], s.anchors)) {
          for arm in distinctTargets { for fact in ofLabel { arms[arm].set(s.place(fact)) } }
          // "randomised to A or placebo for 12 weeks": the control had its dummy as long.
          if label == .duration, ofLabel.count == 1, let slot = Self.controlListedBefore(ofLabel[0], controlSlots, s.anchors, in: sentence) {
            assign(ofLabel[0], to: slot)
            if slot == ArmLinker.control, controlNames.count < 2, let control = controlArm { arms[control].listedLength = true }
          }
        } else if ofLabel.count == distinctTargets.count {
          for (fact, arm) in zip(ofLabel, distinctTargets) { arms[arm].set(s.place(fact)) }
        } else {
          for fact in ofLabel { assign(fact, to: nearest(fact, in: sentence, s.anchors).anchor.arm) }
        }
      } else if distinctSlots.count == 1 {
        // "drug A (n = 1,002) or vaccine B (n = 998)" with only B known: an "(n = …)"
        // before the one arm's name is the size of an arm the rules do not know.
        let explicit = ofLabel.filter { sentence.key($0.firstToken) == Keys.n }
        let named = slots.first { $0.arm == distinctSlots[0] }?.token ?? sentence.range.lowerBound
        var own = explicit.count > 1 ? ofLabel.filter { !(explicit.contains($0) && $0.endToken <= named) } : ofLabel
        // Set when the comparison's other count went to the other arm: the first is then
        // this arm's, not the study's.
        var compared = false
        // "27, 19 and 38 patients in the 4 mg, 8 mg and placebo groups": counts of arms
        // the rules know one of; only a count that names that arm in its own words is its.
        if label == .response, own.count > 1, Self.listsArms(sentence) {
          own = own.filter { fact in ownSlot(fact, slots) != nil }
        } else if label == .response, distinctSlots[0] >= 0, own.count > 1,
          (own[0].endToken..<own[own.count - 1].firstToken).contains(where: { ResponseRecognizer.contrasts.contains(sentence.key($0)) })
        {
          // "The exercise group … fewer fell (61/158 vs 82/160)": a comparison is of two
          // arms, though the sentence names one; "83.5% (71/85) and 87.7% (71/81) in the
          // ITT and PP analyses" are one arm's.
          let named = own.filter { fact in ownSlot(fact, slots) != nil }
          let rest = own.filter { !named.contains($0) }
          let sized = Self.oneArmsCounts(rest, of: distinctSlots[0], arms)
          // "… more patients in the intervention group continued (86/125 vs 78/133)": the
          // arm the sentence names before a comparison is its first count's.
          let first = rest.first.flatMap { fact in slots.first.map { $0.token < fact.firstToken } == true ? fact : nil }
          own = named + (sized.isEmpty ? first.map { [$0] } ?? [] : sized)
          // "Diarrhoea was less common with omadacycline (1.0% vs 7.8%)": in a trial the
          // text has shown to have two arms, the comparison's other count is the other's,
          // when the bracket follows the arm's name ("… with A in those without
          // bacteraemia (90.1% vs 75.0%)" compares within the arm).
          // (`rest` is empty where every count names its arm: "30 of 124 on A improved; 20
          // of 105 on A relapsed".)
          let bracketAfterName = rest.first.map { first in slots.contains { $0.end == first.firstToken - 1 && sentence.key($0.end) == Keys.openParen } } ?? false
          if named.isEmpty, rest.count == 2, own == [rest[0]], bracketAfterName, let other = otherOfTwo(distinctSlots[0], arms) {
            assign(rest[1], to: other)
            compared = true
          }
        }
        // "416 women were enrolled; 210 received A and 206 oral iron": beside a count of
        // an arm, the count of all is the study's, not the one arm's the rules know.
        if label == .cohort, own.contains(where: { $0.scope == .arm }) { own.removeAll { $0.scope == .total } }
        // "Of 403 randomized patients, 201 were assigned to A": the whole after "of" is
        // no arm's beside another count.
        if label == .cohort, own.count > 1 { own.removeAll { $0.scope == .total && sentence.isWholeAfterOf($0.firstToken) } }
        // "Of 60 patients randomized to topiramate, 40 responded": the one size the
        // recognizer found to be an arm's, and a count out of it, are that arm's, not the
        // study's ("A (n = 5,940) and non-users (n = 5,122)" may be another's).
        let armCohorts = facts.filter { $0.label == .cohort && $0.scope == .arm }
        let armSizes = Set((armCohorts.count == 1 ? armCohorts : []).compactMap { fact -> Int? in
          if case .cohort(let n) = fact.value { return n } else { return nil }
        })
        func outOfArmSize(_ fact: Mention) -> Bool {
          switch fact.value {
          case .cohort(let n): return armSizes.contains(n) && fact.scope == .arm
          case .response(let count): return count.total.map { armSizes.contains($0) } ?? false
          default: return false
          }
        }
        for fact in own {
          // "3 (3.3%) in the tranexamic acid group" names its arm in its own words: the
          // arm's, not the study's, even where the drug is named alone.
          let namesItsArm = s.anchors.contains { $0.token >= fact.firstToken && $0.end <= fact.endToken }
          let arm = namesItsArm || distinctSlots[0] < 0 ? distinctSlots[0] : Self.armBySize(fact, default: distinctSlots[0], arms, in: sentence)
          assign(fact, to: arm, studyLevel: !compared && !namesItsArm && !outOfArmSize(fact) && (s.anchors.first?.drugOnly ?? false))
        }
      } else if label == .response, let groups = Self.listsPerArm(ofLabel, slots: slots, arms: distinctSlots.count, in: sentence) {
        // "19.4%, 20.6% and 60.0%, respectively, in the A group and 24.8%, 21.1% and 54.1%,
        // respectively, in the B group": each list is the arm named after it.
        for (facts, arm) in groups { for fact in facts { assign(fact, to: arm) } }
      } else if !(label == .cohort && ofLabel.contains { $0.scope == .total && sentence.isWholeAfterOf($0.firstToken) }),
        ofLabel.count == distinctSlots.count || (label == .response && Self.listsInArmOrder(ofLabel, slots: slots, arms: distinctSlots.count, in: sentence))
      {
        // ("Of 403 randomized patients, 269 continued A and 134 received placebo": the
        // study's count pairs with no arm, below.)
        // "Vomiting in 4 (3.1%), 3 (2.3%) and 13 (10.1%) children in the A, B and C groups,
        // respectively, and sleep disturbance in 12, 10 and 11"; "more on A than on B at
        // week 96 (60.0% vs 54.1%) and week 144 (65.5% vs 52.0%)": lists in the arms' order.
        // "… with A than with B: 19 of 90 with B and 51 of 94 with A", "the latter 19 of 90
        // and the former 51 of 94": counts that each name their own arm beside them go to it.
        let beside = label == .response ? ofLabel.compactMap { Self.armBeside($0, slots, controls: controls, in: sentence) } : []
        if beside.count == ofLabel.count, Set(beside).count == beside.count {
          for (fact, arm) in zip(ofLabel, beside) { assign(fact, to: arm) }
        } else {
          for (k, fact) in ofLabel.enumerated() { assign(fact, to: distinctSlots[k % distinctSlots.count]) }
        }
      } else if label == .response, case let named = ofLabel.compactMap({ fact in ownSlot(fact, slots).map { (fact, $0) } }),
        !named.isEmpty, case let rest = ofLabel.filter({ fact in !named.contains { $0.0 == fact } }),
        rest.count == distinctSlots.count || (named.count == distinctSlots.count && rest.count % distinctSlots.count == 0)
      {
        // "pain in 412 (41.1%) vaccine recipients and 108 (10.8%) placebo recipients; fever
        // in 1.5% and 0.8%, respectively": counts that name their arm go to it, and the
        // others pair with the arms in order.
        // "…; muscle soreness by 17 (17%) and 2 (2%)": each further list in the arms' order.
        for (fact, arm) in named { assign(fact, to: arm) }
        for (k, fact) in rest.enumerated() { assign(fact, to: distinctSlots[k % distinctSlots.count]) }
      } else if label == .cohort, case let armCounts = ofLabel.filter({ $0.scope == .arm }), armCounts.count == distinctSlots.count,
        armCounts.count < ofLabel.count
      {
        // "Of 312 patients, 104 received A, 105 B, and 103 placebo": the study's total
        // aside, one count per arm, in order.
        for (fact, arm) in zip(armCounts, distinctSlots) { assign(fact, to: arm) }
      } else if ofLabel.count > 1, let items = Self.respectiveArms(in: sentence, after: ofLabel[ofLabel.count - 1].firstToken),
        items.count == ofLabel.count, case let targets = items.compactMap({ item in slots.first { item.contains($0.token) }?.arm }),
        targets.count == items.count, Set(targets).count == targets.count
      {
        // "26 and 24 people in the yoga and physical therapy groups, respectively, …,
        // compared with … the education group": the list after the counts, one arm each,
        // though the sentence names another arm too.
        for (fact, arm) in zip(ofLabel, targets) { assign(fact, to: arm) }
      } else if label == .response, ofLabel.count > 1, ofLabel.count < distinctSlots.count,
        sentence.saysRespectively
      {
        // "(60 µg n = 150; 120 µg n = 148; placebo n = 151) … in 112 and 127 vaccine
        // recipients, respectively": a list that pairs with no list of arms here goes to none.
        continue
      } else {
        // Nearest arm first, so "4 mg (n = 281)" wins over a total farther away; a
        // count before every arm ("654 adults were assigned to A or B") is the study's.
        // "(n = 349)" names its arm's size outright: it goes before counts that only
        // stand near an arm ("435 adults to drug A ... or to placebo").
        let byDistance = ofLabel.map { fact in (fact, nearest(fact, in: sentence, slots)) }.sorted { a, b in
          let explicitA = sentence.key(a.0.firstToken) == Keys.n
          let explicitB = sentence.key(b.0.firstToken) == Keys.n
          return explicitA != explicitB ? explicitA : a.1.distance < b.1.distance
        }
        // "A total of 169 patients were randomized to the A group or the B group": a count
        // the cohort rule gave the study is no arm's.
        for (fact, near) in byDistance
        where fact.scope != .total && (fact.endToken > slots[0].token || (ArmLinker.pointsForward(fact, in: sentence) && near.distance <= 6)) {
          // "(n = 89)" closes the words before it; an arm named only after it is another's.
          if sentence.key(fact.firstToken) == Keys.n, sentence.key(fact.firstToken - 1) == Keys.openParen, near.anchor.token >= fact.endToken {
            continue
          }
          assign(fact, to: near.anchor.arm)
        }
      }
    }
    if let species = sentence.mentions(.species).first {
      for arm in distinctTargets {
        arms[arm].animal = true
        if arms[arm].species == nil { arms[arm].species = s.place(species) }
      }
    }
    // "Compared with placebo, the relative risk was 0.63 for 100 mg and 0.44 for 200 mg":
    // arms named in a comparison, with no count of theirs, do not reorder the arms that a
    // later "respectively" follows.
    let comparisonOnly = !facts.contains { $0.label == .response || $0.label == .cohort }
      && controls.contains { c in
        (max(sentence.range.lowerBound, c.firstToken - 2)..<c.firstToken).contains { Self.comparisonWords.contains(sentence.key($0)) }
      }
    if !distinctTargets.isEmpty, !comparisonOnly {
      current = distinctTargets
      currentSlots = distinctSlots
      listsOnly = false
      if distinctSlots.count > 1 { listed = (distinctTargets, distinctSlots, [:]) }
    }
    if let name = controls.first {
      lastControl = (s.place(name), String(decoding: sentence.bytes[name.start..<name.end], as: UTF8.self))
    }
    lastOtherControls = [:]
    for slot in controlSlots where controlNames.count > 1 {
      let k = ArmLinker.control - slot.arm
      if let mention = controls.first(where: { $0.firstToken == slot.token }), k < controlNames.count {
        lastOtherControls[slot.arm] = (s.place(mention), controlNames[k])
      }
    }
    if !distinctTargets.isEmpty, !comparisonOnly, distinctSlots.count > 1 {
      listed.otherControls = lastOtherControls
      listedByCount[distinctSlots.count] = (distinctSlots, lastOtherControls)
    }
  }

  /// "in the three groups, respectively", "in all 3 arms, respectively": how many arms a
  /// sentence's "respectively" list names without naming them.
  static func numberedGroups(in sentence: Sentence) -> Int? {
    guard sentence.saysRespectively else { return nil }
    for i in sentence.range where sentence.key(i) == Self.groupsWord || sentence.key(i) == Self.armsWord {
      guard let number = sentence.number(endingAt: i), number.isInteger, (2...6).contains(number.value),
        [Keys.the, Self.all].contains(sentence.key(number.first - 1))
      else { continue }
      return Int(number.value)
    }
    return nil
  }

  /// "… in 49 (58.3%), 41 (48.2%) and 47 (54.0%) patients, respectively (droperidol vs
  /// midazolam, risk difference …)": a "respectively" list of counts whose only arms are
  /// those a bracket after it compares. The list follows the document's last list of that
  /// many arms, not the bracket: the bracket's tokens and the number of counts, or nil.
  static func listedBeforeComparison(in sentence: Sentence) -> (bracket: Range<Int>, count: Int)? {
    guard let r = sentence.range.first(where: { sentence.key($0) == ResponseRecognizer.respectively }) else { return nil }
    let open = sentence.key(r + 1) == Keys.openParen ? r + 1 : sentence.key(r + 1) == Keys.comma && sentence.key(r + 2) == Keys.openParen ? r + 2 : nil
    guard let open else { return nil }
    // (A semicolon in the bracket may end the sentence before the bracket closes.)
    let close = (open + 1..<sentence.range.upperBound).first(where: { sentence.key($0) == Keys.closeParen }) ?? sentence.range.upperBound - 1
    // (A bracket that opens on the sentence's last token holds nothing.)
    guard close > open, (open + 1..<close).contains(where: { ResponseRecognizer.versus.contains(sentence.key($0)) }) else { return nil }
    let counts = sentence.mentions.filter { $0.label == .response }
    let names = sentence.mentions.filter { $0.label == .drug || $0.label == .context }
    // "with A and B, respectively (A vs B, …)" names the arms before the bracket; as many
    // counts as the bracket names arms ("12 (16%) and 18 (24%), respectively (B vs
    // placebo)") are those arms'.
    let compared = Set(names.filter { $0.firstToken > open && $0.endToken <= close }.map(\.normalizedText))
    // ("(A vs placebo: OR 2.29 …; B vs placebo: …)": pairs compared one by one against a
    // common comparator, named second each time, are in no list's order, however many
    // arms they name; "(A vs B, …; A vs placebo, …)" names them in order.)
    let versus = (open + 1..<close).filter { ResponseRecognizer.versus.contains(sentence.key($0)) }
    let named = versus.compactMap { v in names.first { $0.firstToken > v && $0.firstToken <= v + 2 }?.normalizedText }
    // ("… vs placebo: OR 3.1; P<0.001 vs baseline": a time, not a second pair.)
    let againstOne = versus.count >= 2 && named.count == versus.count && Set(named).count == 1
    guard counts.count >= 2, counts.allSatisfy({ $0.firstToken < r }), !names.contains(where: { $0.firstToken < open }),
      !compared.isEmpty, counts.count > compared.count || againstOne,
      // "… in 20, 30 and 40 patients at 5, 10 and 15 minutes, respectively": the list pairs
      // with another, not with arms.
      let last = counts.map(\.endToken).max(), !sentence.numbers.contains(where: { $0.first >= last && $0.first < r })
    else { return nil }
    return (open..<close + 1, counts.count)
  }

  /// "Among heavy smokers, …", "In women, …": a sentence that opens with whom it counts.
  static func opensWithSubgroup(_ sentence: Sentence) -> Bool {
    let first = sentence.range.lowerBound
    guard Self.subgroupOpeners.contains(sentence.key(first)) else { return false }
    return (first + 1..<min(first + 12, sentence.range.upperBound)).contains { sentence.key($0) == Keys.comma }
  }

  private static let subgroupOpeners: Set<UInt64> = Set(["among", "in", "of", "for"].map { TokenKey.of($0) })
  private static let all = TokenKey.of("all")
  private static let groupsWord = TokenKey.of("groups")
  private static let armsWord = TokenKey.of("arms")

  /// Whether `fact` is a single dose named after an arm's words began ("ketamine as a single
  /// infusion or ketamine three times weekly", "… or a single 4 g dose"): the nearest
  /// arm's, not every arm's as where it opens the list ("to a single oral dose of A, B or
  /// C").
  static func givenOnceAfterAnArm(_ fact: Mention, _ anchors: [ArmLinker.Anchor]) -> Bool {
    fact.value == .singleDose && anchors.contains { $0.token < fact.firstToken }
  }

  /// The slot of a control listed with the drug arms before `duration`, a length of
  /// treatment they all share ("randomised to A 5 mg, B 40 mg or placebo, each for 24
  /// weeks", "… A or an identical placebo suspension twice daily, for 7 days"), in a
  /// sentence that assigns or gives them; nil for a control compared with ("compared with
  /// placebo, A for 12 weeks …") or named after the length.
  static func controlListedBefore(_ duration: Mention, _ controls: [ArmLinker.Anchor], _ anchors: [ArmLinker.Anchor], in sentence: Sentence) -> Int? {
    let start = max(sentence.range.lowerBound, duration.firstToken - 3)
    guard !anchors.isEmpty, anchors.allSatisfy({ $0.end <= duration.firstToken }),
      (start..<duration.firstToken).contains(where: { Self.lengthWords.contains(sentence.key($0)) }),
      sentence.range.contains(where: { Self.givingWords.contains(sentence.key($0)) })
    else { return nil }
    // Between the control and the length, the arms' regimen ("…, each applied once daily
    // to all affected toenails", "each added to stable MTX") or the rest of their list
    // ("placebo or A 5 mg"), not what else was done ("and were observed for 12 months",
    // "and all received dexamethasone for 10 days", "after a placebo run-in for 2 weeks").
    func onlyRegimen(after end: Int) -> Bool {
      !(end..<duration.firstToken).contains { i in
        Self.otherDoingWords.contains(sentence.key(i))
          || sentence.mentions.contains { m in
            m.firstToken == i && (m.label == .drug || m.value == .context("control"))
              && !(max(end, i - 2)..<i).contains { Self.backgroundWords.contains(sentence.key($0)) || Self.listJoiners.contains(sentence.key($0)) }
          }
      }
    }
    let listed = controls.filter { control in
      control.end <= duration.firstToken && onlyRegimen(after: control.end)
        && !(min(control.token, anchors[0].token)..<duration.firstToken).contains { sentence.key($0) == Keys.semicolon }
        && (max(sentence.range.lowerBound, control.token - 4)..<control.token).contains { Self.listJoiners.contains(sentence.key($0)) }
        && !(max(sentence.range.lowerBound, control.token - 3)..<control.token).contains { Self.comparedWords.contains(sentence.key($0)) }
    }
    return listed.count == 1 ? listed[0].arm : nil
  }

  /// Words of something else done between a list of arms and a length: another clause's
  /// verb, an observation, a time before or after treatment, another drug given to all.
  private static let otherDoingWords: Set<UInt64> = Set(
    ["were", "was", "are", "is", "been", "observed", "assessed", "monitored", "recorded", "rated", "followed", "evaluated", "measured",
     "run", "run-in", "after", "then", "before", "prior", "washout", "received", "receive", "receiving", "plus", ";", "."].map { TokenKey.of($0) })
  /// "added to stable MTX": a drug every arm kept taking, named in their regimen.
  private static let backgroundWords: Set<UInt64> = Set(["stable", "background", "existing", "usual", "ongoing"].map { TokenKey.of($0) })

  /// Words of a sentence about another study or time, whose counts no arm's size places.
  static let otherStudyWords: Set<UInt64> = Set(
    ["earlier", "previous", "previously", "prior", "pilot", "historical", "published", "cohort", "registry"].map { TokenKey.of($0) })

  private static let lengthWords: Set<UInt64> = Set(["for", "over", "during", "throughout"].map { TokenKey.of($0) })
  private static let listJoiners: Set<UInt64> = Set(["or", "and", ",", "to", "versus", "vs"].map { TokenKey.of($0) })
  private static let comparedWords: Set<UInt64> = Set(["compared", "relative", "than", "against"].map { TokenKey.of($0) })
  private static let givingWords: Set<UInt64> = Keys.assignmentVerbs.union(
    ["received", "receive", "receiving", "given", "took", "take", "taking", "applied", "administered", "treated", "allocated"].map { TokenKey.of($0) })

  private static let comparisonWords: Set<UInt64> = Set(["compared", "vs", "versus", "relative"].map { TokenKey.of($0) })

  /// "At least one fall was recorded in 2 (3.2%), 7 (11.7%) and 3 (4.9%) participants,
  /// respectively" after "62 to CBT-I, 60 to zolpidem and 61 to SHE": counts of a list,
  /// each stating as its total the size of exactly one arm (or with a share that only that
  /// size gives), no two the same arm, are those arms', where the sentence names no arm.
  /// Returns the facts left.
  private func assignListedBySize(_ facts: [Mention], _ s: SentenceLink, _ arms: inout [ArmDraft]) -> [Mention] {
    let counts = facts.filter { fact in
      guard case .response(let count) = fact.value else { return false }
      return count.subgroup == nil && count.responders != nil
    }
    // (Where the sentence names an arm, the rules that pair counts with names decide: "With
    // ceftriaxone, cure at days 7, 14 and 28 was 45/52, 40/50 and 38/48" is one arm's.)
    guard counts.count >= 2, s.anchors.isEmpty, s.controls.isEmpty else { return facts }
    // Each count's arm by its total, or `unknown` where no recent arm has that size.
    let unknown = -1
    let homes = counts.map { fact -> Int? in
      guard case .response(let count) = fact.value, let total = Self.total(of: count, among: arms) else { return nil }
      let fitting = Self.recent(arms).filter { arms[$0].size == total }
      return fitting.count == 1 ? fitting[0] : fitting.isEmpty && count.total != nil ? unknown : nil
    }
    // "… in 33 of 75 (44%), 23 of 76 (30%) and 27 of 74 (36%) respectively", after arms of
    // 75 and 76 and a third the rules do not know (cryotherapy): the counts that fit a
    // known arm are its; the one of no known arm is no arm's.
    // (Only in the order of the arms, and where every arm the rules know has a size and
    // none is a control, which a count out of no known size may be: "ketorolac 30 mg (n =
    // 50), ketorolac 15 mg (n = 52) or placebo … 35 of 50, 30 of 52 and 12 of 49" is
    // read in order below.)
    let found = homes.compactMap { $0 }.filter { $0 != unknown }
    guard homes.allSatisfy({ $0 != nil }), found.count >= 2, Set(found).count == found.count else { return facts }
    if found.count < counts.count {
      // Each known arm's count in its place, the arms the rules know one fewer than the counts.
      let sized = Self.recent(arms).filter { arms[$0].size != nil }
      // (An arm named beside the sized ones without a size of its own, "… (n = 76) or
      // sinecatechins", is the count's by its place.)
      let sizedWhere = Set(sized.map { [arms[$0].drug.block, arms[$0].drug.sentence.lowerBound] })
      guard found.count == counts.count - 1, sized.count == found.count, controlArm == nil, lastControl == nil, !Self.hasControl(arms),
        Self.recent(arms).allSatisfy({ arms[$0].size != nil || !arms[$0].hasFacts && !sizedWhere.contains([arms[$0].drug.block, arms[$0].drug.sentence.lowerBound]) }),
        zip(homes.filter { $0 != unknown }, sized).allSatisfy({ $0 == $1 }),
        homes.enumerated().allSatisfy({ k, home in home == unknown || k < sized.count && home == sized[k] || k > 0 && homes[k - 1] == unknown })
      else { return facts }
    }
    for (fact, home) in zip(counts, homes) where home != unknown { if let home { arms[home].set(s.place(fact)) } }
    return facts.filter { fact in !counts.contains(fact) }
  }

  /// "11 of 88 (12.5%) vs 21 of 86 (24.4%)" with the arm of 88 in mind: a count whose
  /// total is not that arm's size but exactly one other recent arm's is that arm's. When
  /// the sentence `named` the arm, only a count after "vs" or "compared" moves ("in the A
  /// group, 20 of 50 with severe disease" is a subgroup of A).
  static func armBySize(_ fact: Mention, default arm: Int, _ arms: [ArmDraft], in sentence: Sentence, named: Bool = true) -> Int {
    guard fact.label == .response, case .response(let count) = fact.value,
      !named || (sentence.range.lowerBound..<fact.firstToken).contains(where: { ResponseRecognizer.contrasts.contains(sentence.key($0)) }),
      let total = total(of: count, among: arms), arms.indices.contains(arm), let own = arms[arm].size, own != total
    else { return arm }
    let fitting = recent(arms).filter { arms[$0].size == total }
    return fitting.count == 1 ? fitting[0] : arm
  }

  /// The arms a count may be of: the last ``armsLookedBack`` named, so that a page of
  /// thousands of arms is not searched for each count.
  static func recent(_ arms: [ArmDraft]) -> Range<Int> { max(0, arms.count - armsLookedBack)..<arms.count }

  /// Of several counts of one outcome that a sentence gives one arm ("occurred in 129
  /// (88.4%) and 120 (83.9%) patients", "61/158 vs 82/160"), which can be that arm's: they
  /// are several arms' counts, so only those whose total is an arm's size (this one's or,
  /// by ``armBySize``, another's) are kept. Counts of different outcomes ("5 had nausea
  /// and 3 headache") are all the arm's; each outcome counted more than once ("Dizziness
  /// affected 41 vs. 12 patients, and drowsiness 19 vs. 6") is read so.
  static func oneArmsCounts(_ facts: [Mention], of arm: Int, _ arms: [ArmDraft]) -> [Mention] {
    // One outcome: the same words, given on from the clause's first count.
    func outcome(_ fact: Mention) -> Range<Int>? {
      if case .response(let count) = fact.value { return count.outcome }
      return nil
    }
    let responses = facts.filter { $0.label == .response }
    let counted = Dictionary(grouping: responses, by: outcome).mapValues(\.count)
    guard counted.values.contains(where: { $0 > 1 }) else { return facts }
    return facts.filter { fact in
      guard fact.label == .response, case .response(let count) = fact.value, counted[outcome(fact)] ?? 0 > 1 else { return true }
      guard let total = total(of: count, among: arms) else { return false }
      return recent(arms).contains { arms[$0].size == total }
    }
  }

  /// A count's total: stated ("21 of 86"), or the one arm size that reproduces its
  /// percentage ("3 (3.4%)" among arms of 88 and 86 is of 88).
  static func total(of count: ResponseCount, among arms: [ArmDraft]) -> Int? {
    if let total = count.total { return total }
    guard let responders = count.responders, let share = count.proportion, count.precision > 0 else { return nil }
    let sizes = Set(recent(arms).compactMap { arms[$0].size }.filter { size in
      size >= responders && abs(Double(responders) / Double(size) - share) <= count.precision / 2 + 1e-9
    })
    return sizes.count == 1 ? sizes.first : nil
  }

  /// "… in the 4 mg, 8 mg and placebo groups": the sentence pairs counts with a list of
  /// arms. ("…, respectively" may list analyses: "83.5% and 87.7% in the ITT and PP
  /// analyses, respectively".)
  static func listsArms(_ sentence: Sentence) -> Bool {
    sentence.range.contains { Keys.pluralArms.contains(sentence.key($0)) }
  }

  /// "… in the placebo, 10 mg and 20 mg groups, respectively": the items of the list of
  /// arms after token `after` that a sentence pairs its counts with, in order; nil when
  /// the sentence says no "respectively" or lists fewer than two.
  static func respectiveArms(in sentence: Sentence, after: Int) -> [Range<Int>]? {
    guard sentence.saysRespectively,
      let plural = (after..<sentence.range.upperBound).first(where: { Keys.pluralArms.contains(sentence.key($0)) })
    else { return nil }
    let items = sentence.armListItems(endingAt: plural, notBefore: after)
    return items.count >= 2 ? items : nil
  }

  /// Whether `counts` are lists of one count per arm, in the order the arms were named:
  /// outside every arm's name, as many as a multiple of the `arms`, and said so
  /// ("respectively") or compared in pairs after both arms ("(60.0% vs 54.1%)").
  static func listsInArmOrder(_ counts: [Mention], slots: [ArmLinker.Anchor], arms: Int, in sentence: Sentence) -> Bool {
    guard arms > 0, counts.count % arms == 0, counts.count > arms, let lastArm = slots.last,
      counts.allSatisfy({ fact in slots.allSatisfy { $0.end <= fact.firstToken || $0.token >= fact.endToken } })
    else { return false }
    // Arms named among the counts name them all at once, after the first list ("4, 3 and 13
    // in the A, B and C groups, respectively, and …"); "19.4%, 20.6% and 60.0% in the A
    // group and 24.8%, 21.1% and 54.1% in the B group" lists each arm's outcomes instead.
    let among = slots.filter { $0.token > counts[0].firstToken && $0.token < counts[counts.count - 1].firstToken }
    if !among.isEmpty {
      guard Set(among.map(\.arm)).count == arms,
        among.allSatisfy({ $0.token > counts[arms - 1].firstToken && $0.token < counts[arms].firstToken })
      else { return false }
    }
    // "… in the 20 mg, 40 mg, escitalopram and placebo groups, respectively" with two of
    // the four known: the list after the counts is not the arms known here.
    if let listed = respectiveArms(in: sentence, after: counts[counts.count - 1].firstToken), listed.count != arms { return false }
    if sentence.saysRespectively { return true }
    return arms == 2 && comparedPairs(counts, in: sentence) && counts[0].firstToken >= lastArm.end
  }

  /// Lists of counts each followed by the one arm they are of ("…, respectively, in the A
  /// group and …, respectively, in the B group"): lists of one length, one per arm, in a
  /// sentence that says "respectively"; nil otherwise.
  static func listsPerArm(_ counts: [Mention], slots: [ArmLinker.Anchor], arms: Int, in sentence: Sentence) -> [([Mention], Int)]? {
    guard arms > 1, counts.count >= 2 * arms, counts.count % arms == 0,
      sentence.saysRespectively
    else { return nil }
    var groups: [([Mention], Int)] = []
    var pending: [Mention] = []
    var k = 0
    for slot in slots.sorted(by: { $0.token < $1.token }) {
      while k < counts.count, counts[k].endToken <= slot.token {
        pending.append(counts[k])
        k += 1
      }
      // An arm named before any count of its list ("in the A group, 19.4% …") is no list's.
      guard !pending.isEmpty else { continue }
      groups.append((pending, slot.arm))
      pending = []
    }
    let size = counts.count / arms
    guard k == counts.count, groups.count == arms, Set(groups.map(\.1)).count == arms, groups.allSatisfy({ $0.0.count == size })
    else { return nil }
    return groups
  }

  /// Whether `counts` come in pairs "X vs Y", each pair's counts side by side.
  static func comparedPairs(_ counts: [Mention], in sentence: Sentence) -> Bool {
    guard counts.count >= 2, counts.count % 2 == 0 else { return false }
    return stride(from: 0, to: counts.count, by: 2).allSatisfy { k in
      ResponseRecognizer.versus.contains(sentence.key(counts[k].endToken)) && counts[k + 1].firstToken == counts[k].endToken + 1
    }
  }

  /// The arm whose name lies within a fact's own words ("108 (10.8%) placebo recipients").
  /// The arm named right beside a count: in its own words ("19 of 90 with midazolam"),
  /// just after it ("19 of 90 in the midazolam group") or just before it ("the former 51
  /// of 94").
  static func armBeside(_ fact: Mention, _ slots: [ArmLinker.Anchor], controls: [Mention], in sentence: Sentence) -> Int? {
    if let own = slots.first(where: { $0.token > fact.firstToken && $0.end <= fact.endToken }) { return own.arm }
    // "19 of 205 in the control group", the control named again: the one control's slot.
    let controlArms = Set(slots.map(\.arm).filter { $0 < 0 })
    if controlArms.count == 1, controls.contains(where: { $0.firstToken > fact.firstToken && $0.endToken <= fact.endToken }) {
      return controlArms.first
    }
    var after = fact.endToken
    while after < fact.endToken + 3, Self.besideWords.contains(sentence.key(after)) { after += 1 }
    if after > fact.endToken, let slot = slots.first(where: { $0.token == after }) { return slot.arm }
    return slots.first { $0.end == fact.firstToken }?.arm
  }

  private static let besideWords: Set<UInt64> = Set(["with", "in", "on", "the", "for", "among", "receiving", "given"].map { TokenKey.of($0) })

  /// The other of the two arms (or slots) the last list of arms named, `arm` being one
  /// of them or an arm of the same drug named again.
  private func otherOfTwo(_ arm: Int, _ arms: [ArmDraft]) -> Int? {
    let pair = listed.slots.count == 2 ? listed.slots : earlierPair
    let name = arms[arm].drugName
    guard pair.count == 2, pair[0] != pair[1],
      let mine = pair.firstIndex(where: { $0 == arm || ($0 >= 0 && !name.isEmpty && arms[$0].drugName == name) })
    else { return nil }
    return pair[1 - mine]
  }

  private func ownSlot(_ fact: Mention, _ slots: [ArmLinker.Anchor]) -> Int? {
    // The arm's name may run on past the count's words ("10.0% of patients on
    // aripiprazole | once-monthly"); it starts within them.
    slots.first { $0.token >= fact.firstToken && $0.token < fact.endToken }?.arm
  }

  /// The arm named closest to a fact. An arm named before the fact is preferred ("4 mg
  /// (n = 281)") unless the words after the fact point forward ("281 to drug A",
  /// "9 of 12 patients on drug A").
  private func nearest(_ fact: Mention, in sentence: Sentence, _ anchors: [ArmLinker.Anchor]) -> (anchor: ArmLinker.Anchor, distance: Int) {
    let forward = ArmLinker.pointsForward(fact, in: sentence)
    // "300 were randomly assigned to B": the words that point forward are no distance.
    let pointedEnd = forward
      ? ((fact.endToken..<min(fact.endToken + 6, sentence.range.upperBound)).first { sentence.key($0) == Keys.to }.map { $0 + 1 } ?? fact.endToken)
      : fact.endToken
    var best = (anchor: anchors[0], distance: Int.max)
    for anchor in anchors {
      let distance =
        anchor.end <= fact.firstToken
        ? fact.firstToken - anchor.end + (forward ? 3 : 0)
        : anchor.token >= fact.endToken ? max(0, anchor.token - pointedEnd) + (forward ? 0 : 3) : 0
      if distance < best.distance { best = (anchor, distance) }
    }
    return best
  }

  /// The dosed arm of this sentence that a bare frequency right after "or"/"and" offers
  /// another schedule for: it has a dose and a different frequency, and comes before.
  func alternativeSchedule(_ frequency: Mention, in sentence: Sentence, anchors: [ArmLinker.Anchor], arms: [ArmDraft]) -> Int? {
    let before = sentence.key(frequency.firstToken - 1)
    guard before == Keys.or || before == Keys.and else { return nil }
    return anchors.last { anchor in
      anchor.end <= frequency.firstToken && arms[anchor.arm].dose != nil && arms[anchor.arm].frequency != nil
        && arms[anchor.arm].frequencyValue != frequency.value
    }?.arm
  }
}
