import TrialFactsCore

/// The drugs an article gives groups it names otherwise: "dapagliflozin 10 mg once daily
/// (intervention group)", "letrozole (group A; 2.5 mg daily)", "group A (dienogest 2 mg
/// once daily)", "with fibrin glue (Group A, n = 64)", "to group A, a single infusion of
/// ferric carboxymaltose 1000 mg, or group B, ferrous sulfate 200 mg", "Group II was given
/// oxytocin", "group A (n = 148) received levetiracetam"; and "the injection group" where
/// one drug is given as injections ("injections of meglumine antimoniate").
///
/// Tables and results often name only the group ("Group A (n = 126)", "in the
/// intervention group"); an arm so named anywhere in the article is that drug's arm, and
/// its finding names the drug, with the definition's sentence as evidence. A group the
/// article gives two different drugs names none.
public struct GroupDrugs {
  /// Group names (``key(_:)``) to the drug and regimen their definition states.
  private var definitions = GroupDefinitions<Definition>()
  /// What a drug is given as ("injections of meglumine antimoniate", "triamcinolone
  /// injection") to that drug: "the injection group" is its arm, where one drug is.
  private var vehicles = GroupDefinitions<Definition>()

  /// The one drug the article's assignments set against a control ("randomly assigned to
  /// metformin 500 mg twice daily or placebo"): "the intervention group", "the drug
  /// group" and the like are its arm. Nil where the assignments name other drugs, two
  /// doses, or groups of their own.
  private var soleDrug: PlacedMention?

  struct Definition {
    var drug: PlacedMention
    var regimen: [PlacedMention]
  }

  /// Collects the definitions of the running text of `blocks`, whose mentions are in `sentences`.
  /// `background`: blocks of the article's background (``BackgroundSections``), whose
  /// assignments are other trials'.
  public init(blocks: [Block], sentences: [[Sentence]], background: Set<Int> = []) {
    var assigned = SoleAssignment()
    for (b, block) in blocks.enumerated() where block.kind == .paragraph || block.kind == .listItem {
      for sentence in sentences[b] where sentence.range.contains(where: { sentence.tokens[$0].kind == .word }) {
        let span = Int(sentence.tokens[sentence.range.lowerBound].start)..<Int(sentence.tokens[sentence.range.upperBound - 1].end)
        if !background.contains(b) { assigned.read(sentence, block: b, span: span) }
        guard sentence.mentions.contains(where: { $0.label == .drug }) else { continue }
        for drug in sentence.mentions(.drug) {
          let before = sentence.key(drug.firstToken - 1) == Keys.of ? drug.firstToken - 2 : nil
          for i in [before, drug.endToken].compactMap({ $0 }) where sentence.range.contains(i) {
            guard let vehicle = Self.vehicles[sentence.key(i)] else { continue }
            vehicles.add(vehicle, Definition(drug: PlacedMention(block: b, sentence: span, mention: drug), regimen: [])) {
              $0.drug.mention.value == $1.drug.mention.value
            }
          }
          // "extended-release buprenorphine": "the extended-release group" is its arm.
          if let release = Self.releaseForm(in: sentence, before: drug.firstToken) {
            vehicles.add(Self.key(release), Definition(drug: PlacedMention(block: b, sentence: span, mention: drug), regimen: [])) {
              $0.drug.mention.value == $1.drug.mention.value
            }
          }
        }
        for (group, drug, end) in Self.pairs(in: sentence) {
          guard case .arm(let name) = group.value else { continue }
          let regimen = sentence.mentions.filter { m in
            [.dose, .frequency, .route].contains(m.label) && m.firstToken >= drug.endToken && m.endToken <= end
          }
          let definition = Definition(
            drug: PlacedMention(block: b, sentence: span, mention: drug),
            regimen: regimen.map { PlacedMention(block: b, sentence: span, mention: $0) })
          definitions.add(Self.key(name), definition) { $0.drug.mention.value == $1.drug.mention.value }
        }
      }
    }
    soleDrug = assigned.drug
  }

  /// `arms` with the drug of each group an arm is named by, where the arm names no drug.
  public func naming(_ arms: [ArmDraft]) -> [ArmDraft] {
    guard !definitions.byKey.isEmpty || !vehicles.byKey.isEmpty || soleDrug != nil else { return arms }
    return arms.map { arm in
      guard arm.drug.mention.label != .drug, let named = arm.namedArm, !named.control,
        let definition = definitions.of(named.label) ?? vehicles.of(named.label) ?? soleDefinition(named.label)
      else { return arm }
      var arm = arm
      arm.drug = definition.drug
      for fact in definition.regimen where !arm.has(fact.mention.label) { arm.set(fact) }
      return arm
    }
  }

  /// The sole drug's definition for a role that names the active arm of a drug-against-
  /// control trial ("Intervention", "the treatment group"), not for a letter or a code.
  private func soleDefinition(_ label: String) -> Definition? {
    guard let soleDrug, label.split(separator: " / ").contains(where: { Self.activeRoles.contains(Self.key(String($0))) }) else { return nil }
    return Definition(drug: soleDrug, regimen: [])
  }

  private static let activeRoles: Set<String> = [
    "intervention", "treatment", "active", "experimental", "drug", "treated", "study drug", "active drug", "active treatment",
    "medication", "study medication", "verum",
  ]

  /// A group's name as a key: its words in lower case, without "the", "group" and "arm"
  /// ("Group A" and "group A" are "a"; "the intervention group" is "intervention").
  static func key(_ name: String) -> String {
    name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
      .filter { !["the", "group", "groups", "arm", "arms"].contains($0) }.joined(separator: " ")
  }

  /// The groups `sentence` gives drugs, each with the drug and where the drug's regimen
  /// may end.
  static func pairs(in sentence: Sentence) -> [(group: Mention, drug: Mention, end: Int)] {
    let drugs = sentence.mentions(.drug)
    let groups = ArmNames.activeArms(in: sentence)
    let stops = Set(groups.map(\.firstToken) + sentence.mentions(.context).map(\.firstToken))
    let assigns = sentence.range.contains { Keys.assignmentVerbs.contains(sentence.key($0)) }
    var pairs = ArmNames.groupsGivenDrugs(in: sentence).map { pair in
      (pair.group, pair.drug, clauseEnd(sentence, from: pair.drug.endToken, stops: stops))
    }
    for group in groups where !pairs.contains(where: { $0.0.firstToken == group.firstToken }) {
      // "dapagliflozin 10 mg once daily (intervention group)": the bracket names the drug's group.
      var open = group.firstToken - 1
      if sentence.key(open) == Keys.the { open -= 1 }
      // "gabapentin 1800 mg/day (high dose, HD)": the code after the words of its level.
      if sentence.key(open) == Keys.comma,
        let bracket = (max(sentence.range.lowerBound, open - 4)..<open).last(where: { sentence.key($0) == Keys.openParen }),
        (bracket + 1..<open).allSatisfy({ sentence.isWord($0) || sentence.key($0) == Keys.hyphen }), sentence.key(group.endToken) == Keys.closeParen
      {
        open = bracket
      }
      // "with fibrin glue (Group A, n = 64)": the group's size may close the bracket;
      // "letrozole (group A; 2.5 mg daily …)": the drug's regimen may.
      let regimenFollows = sentence.key(group.endToken) == Keys.semicolon
      let closes = sentence.key(group.endToken) == Keys.closeParen || regimenFollows
        || (sentence.key(group.endToken) == Keys.comma && sentence.key(group.endToken + 1) == Keys.n && sentence.key(group.endToken + 2) == Keys.equals)
      if sentence.key(open) == Keys.openParen, closes,
        let drug = drugs.last(where: { $0.endToken <= open && open - $0.endToken <= reach }),
        !(drug.endToken..<open).contains(where: { sentence.key($0) == Keys.comma || sentence.key($0) == Keys.semicolon || stops.contains($0) }),
        // "to stop aspirin (Group B, n = 63)", "without fibrin glue (Group A)": no drug.
        !(max(sentence.range.lowerBound, drug.firstToken - 3)..<drug.firstToken).contains(where: { Self.negations.contains(sentence.key($0)) })
      {
        let close = regimenFollows ? (group.endToken..<sentence.range.upperBound).first { sentence.key($0) == Keys.closeParen } : nil
        pairs.append((group, drug, close ?? open))
        continue
      }
      // "randomly assigned to group A (dienogest 2 mg once daily) or group B (placebo)": a
      // bracket after the name that opens with its drug.
      if assigns, sentence.key(group.endToken) == Keys.openParen,
        let drug = drugs.first(where: { $0.firstToken > group.endToken && $0.firstToken - group.endToken <= 3 }),
        // "group B (no metformin)", "(without metformin)": no drug.
        !(group.endToken + 1..<drug.firstToken).contains(where: { Self.negations.contains(sentence.key($0)) }),
        let close = (drug.endToken..<min(drug.endToken + reach, sentence.range.upperBound)).first(where: { sentence.key($0) == Keys.closeParen }),
        !(group.endToken + 1..<close).contains(where: { i in
          stops.contains(i) || (i < drug.firstToken && sentence.tokens[i].kind == .number)
            || [Keys.semicolon, Keys.or, Keys.and, Keys.comma, Keys.n].contains(sentence.key(i))
        }),
        !drugs.contains(where: { $0.firstToken > drug.firstToken && $0.firstToken < close })
      {
        pairs.append((group, drug, close))
        continue
      }
      // "to group A, a single infusion of ferric carboxymaltose 1000 mg, or group B, …",
      // "Group L: lidocaine": the first drug after the name's comma or colon, where the
      // sentence assigns people; not "In group D, 6 patients required rescue ondansetron".
      guard assigns, !Self.prepositions.contains(sentence.key(open)),
        sentence.key(group.endToken) == Keys.comma || sentence.key(group.endToken) == Keys.colon,
        let drug = drugs.first(where: { $0.firstToken > group.endToken && $0.firstToken - group.endToken <= reach }),
        !(group.endToken + 1..<drug.firstToken).contains(where: { i in
          stops.contains(i) || sentence.tokens[i].kind == .number
            || [Keys.semicolon, Keys.or, Keys.and, Keys.comma].contains(sentence.key(i))
        })
      else { continue }
      pairs.append((group, drug, clauseEnd(sentence, from: drug.endToken, stops: stops)))
    }
    return pairs
  }

  /// Nouns of what a drug is given as, to the group name they make ("injections" →
  /// "injection").
  private static let vehicles: [UInt64: String] = Dictionary(uniqueKeysWithValues: [
    ("injection", "injection"), ("injections", "injection"), ("infusion", "infusion"), ("infusions", "infusion"),
    ("tablet", "tablet"), ("tablets", "tablet"), ("capsule", "capsule"), ("capsules", "capsule"), ("pill", "pill"), ("pills", "pill"),
    ("cream", "cream"), ("gel", "gel"), ("ointment", "ointment"), ("patch", "patch"), ("patches", "patch"), ("spray", "spray"),
    ("inhaler", "inhaler"), ("shot", "shot"), ("shots", "shot"), ("implant", "implant"), ("suppository", "suppository"),
  ].map { (TokenKey.of($0.0), $0.1) })

  /// A release form written as a compound right before the drug at `first`:
  /// "extended-release", "long-acting" ("standard amlodipine", "early heparin": a single
  /// word before a drug is as often another arm's name).
  private static func releaseForm(in sentence: Sentence, before first: Int) -> String? {
    let last = first - 1
    guard sentence.isWord(last - 2), sentence.key(last - 1) == Keys.hyphen, releaseWords.contains(sentence.key(last)),
      !sentence.tokens[last].spaceBefore, !sentence.tokens[last - 1].spaceBefore
    else { return nil }
    return sentence.text(last - 2) + "-" + sentence.text(last)
  }

  private static let releaseWords: Set<UInt64> = Set(["release", "acting"].map { TokenKey.of($0) })

  /// Words before a group's name that make it a place in a results sentence ("In group D,").
  private static let prepositions: Set<UInt64> = Set(["in", "of", "for", "among", "within", "with", "from"].map { TokenKey.of($0) })

  /// Words that say a group had no drug, or stopped it.
  private static let negations: Set<UInt64> = Set(
    ["no", "not", "without", "stop", "stopped", "stopping", "discontinue", "discontinued", "withdraw", "withdrawal", "off", "nil", "none"]
      .map { TokenKey.of($0) })

  /// Tokens between a drug and its group, or a group and its drug, at most.
  private static let reach = 9

  /// Where a drug's clause ends: a comma, semicolon, "or", a bracket, another group or
  /// control, or the sentence's end.
  private static func clauseEnd(_ sentence: Sentence, from start: Int, stops: Set<Int>) -> Int {
    (start..<sentence.range.upperBound).first { i in
      stops.contains(i) || [Keys.semicolon, Keys.or, Keys.comma, Keys.openParen].contains(sentence.key(i))
    } ?? sentence.range.upperBound
  }
}
