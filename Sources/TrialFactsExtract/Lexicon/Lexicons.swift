import TrialFactsRules

/// The extraction rules of a ``RuleSet``, compiled once into phrase matchers and word
/// sets keyed by token hash. Read-only and shared by every worker.
public struct Lexicons: Sendable {
  var drugs = PhraseMatcher<String>()
  var fuzzyDrugs: FuzzyDrugIndex
  var drugSuffixes = PhraseMatcher<Bool>()
  /// Letters of development-code shapes that are no drugs ("CA" of "CA-125"), in capitals.
  var drugCodeStops = Set<String>()
  /// INN stems, lowercase bytes, longest first (``DrugStem``).
  var drugStems: [[UInt8]] = []
  /// One-word terms of `rules/drugs/stoplist.rules`, which no rule may make a drug.
  var drugStopWords: Set<UInt64> = []
  /// Stop terms of several words ("urea breath test"): a drug name that starts one is
  /// part of a name of something else.
  var drugStopPhrases = PhraseMatcher<Bool>()
  /// Combinations the lexicon names ("amoxicillin and clavulanic acid", "sofosbuvir/
  /// velpatasvir"), by ``combinationKey(_:)`` of their parts.
  var combinations: [String: String] = [:]

  /// The single drugs of a lexicon name: "a and b", "a, b, and c", "a/b".
  static func combinationParts(_ name: String) -> [String] {
    name.split(separator: ", ").flatMap { $0.split(separator: " and ") }.flatMap { $0.split(separator: "/") }.map { part in
      String(part.hasPrefix("and ") ? part.dropFirst(4) : part)
    }
  }

  /// Parts in any order as one key.
  static func combinationKey(_ parts: [String]) -> String { Set(parts).sorted().joined(separator: "+") }

  /// INNs of the canonical names that are US adopted names (`rules/drugs/inn-names.rules`).
  var innNames: [String: String] = [:]

  /// The INN of a canonical name where it differs ("acyclovir" → "aciclovir"); of a
  /// combination, its parts' INNs named as the lexicon names combinations, in
  /// alphabetical order ("acetaminophen and codeine" → "codeine and paracetamol"). Nil
  /// where every name is its INN already.
  public func inn(of canonical: String) -> String? {
    if let inn = innNames[canonical] { return inn }
    let parts = Self.combinationParts(canonical)
    guard parts.count > 1, parts.contains(where: { innNames[$0] != nil }) else { return nil }
    return Self.joinedName(parts.map { innNames[$0] ?? $0 })
  }

  /// Single drugs named as the lexicon names their combination: in alphabetical order,
  /// "a and b", "a, b, and c".
  static func joinedName(_ parts: [String]) -> String {
    let names = Array(Set(parts)).sorted()
    switch names.count {
    case 0, 1: return names.first ?? ""
    case 2: return names[0] + " and " + names[1]
    default: return names.dropLast().joined(separator: ", ") + ", and " + names[names.count - 1]
    }
  }
  var units = PhraseMatcher<String>()
  /// Administrations per day; nil for as-needed (PRN) dosing.
  var frequencies = PhraseMatcher<Double?>()
  /// Frequencies that need something dosed nearby ("at night").
  var frequencyAnchors = PhraseMatcher<Bool>()
  var frequencyBlocksAfter = PhraseMatcher<Bool>()
  /// A dose given once ("a single injection").
  var singleDoses = PhraseMatcher<Bool>()
  var routeBlocksAfter = PhraseMatcher<Bool>()
  /// Time units of dosing intervals, in days ("every 21 days", "q2h").
  var intervalUnits = PhraseMatcher<Double>()
  /// Routes, dosage forms and eyes in one matcher, so that a token costs one lookup.
  var routeTerms = PhraseMatcher<RouteTerm>()
  /// Dosage forms with the route they imply.
  var dosageForms = PhraseMatcher<String>()
  var eyeRoutes = PhraseMatcher<String>()
  var eyeCues = PhraseMatcher<Bool>()
  var durationUnits = PhraseMatcher<Double>()
  var numberWords = PhraseMatcher<Double>()
  var participants = PhraseMatcher<Bool>()
  var animals = PhraseMatcher<Bool>()
  var hedges = PhraseMatcher<Bool>()
  /// What is measured in a unit of dose but never given ("weight gain", "blood loss").
  var doseMeasures = PhraseMatcher<Bool>()
  /// Every context phrase with its kind ("planned", "laboratory", "historical",
  /// "loading", "combination", "control"): one lookup per token.
  /// Context phrases ("will enroll", "placebo") and active arms without a drug
  /// ("intervention group"), in one matcher: one lookup per token for both.
  var contexts = PhraseMatcher<Mention.Value>()
  var cohortBlocks = PhraseMatcher<Bool>()
  var armStops = PhraseMatcher<Bool>()
  var limbWords = PhraseMatcher<Bool>()
  var responseCues = PhraseMatcher<Bool>()
  var responseBlocks = PhraseMatcher<Bool>()
  var responseBlocksBefore = PhraseMatcher<Bool>()
  /// Clinical events: counted only for a named arm with a named outcome.
  var responseEvents = PhraseMatcher<Bool>()
  /// Verbs that tie a count to its outcome; true when the verb is the outcome ("died").
  var outcomeVerbs = PhraseMatcher<Bool>()
  var durationBlocks = PhraseMatcher<Bool>()
  var durationBlocksAfter = PhraseMatcher<Bool>()
  var controlArms = PhraseMatcher<Bool>()
  var baselineTables = PhraseMatcher<Bool>()
  var countTables = PhraseMatcher<Bool>()
  var baselineRows = PhraseMatcher<String>()
  var statisticColumns = PhraseMatcher<Bool>()
  var armHeaders = PhraseMatcher<Bool>()
  var outcomeSections = PhraseMatcher<Bool>()
  var backgroundHeadings = PhraseMatcher<Bool>()

  public init(rules: RuleSet) {
    let stop = rules.terms(.drugStop)
    drugStopWords = Set(stop.compactMap { term in
      let tokens = Tokenizer.tokenize(term)
      return tokens.count == 1 ? tokens[0].key : nil
    })
    for term in stop where Tokenizer.tokenize(term).count > 1 { drugStopPhrases.insert(term, value: true) }
    var fuzzyTerms: [(String, String)] = []
    // Generated lexicons first, so that hand-kept additions override them.
    let drugFiles = rules.files.filter { $0.kind == .drug }.sorted { a, b in
      a.path.contains(".generated.") && !b.path.contains(".generated.")
    }
    for entry in drugFiles.flatMap(\.entries) where !stop.contains(entry.term.lowercased()) {
      let canonical = entry.value.lowercased()
      drugs.insert(entry.term, value: canonical)
      fuzzyTerms.append((entry.term.lowercased(), canonical))
    }
    fuzzyDrugs = FuzzyDrugIndex(terms: fuzzyTerms, stop: stop)
    // Only the few names with a slash or an " and " are split (this runs at every start).
    var seen = Set<String>()
    for (_, canonical) in fuzzyTerms where canonical.utf8.contains(UInt8(ascii: "/")) || canonical.utf8.contains(UInt8(ascii: " ")) {
      guard seen.insert(canonical).inserted, canonical.utf8.contains(UInt8(ascii: "/")) || canonical.contains(" and ") else { continue }
      let parts = Self.combinationParts(canonical)
      guard parts.count > 1 else { continue }
      // The first name of a combination stays its name.
      let key = Self.combinationKey(parts)
      if combinations[key] == nil { combinations[key] = canonical }
    }
    func fill<V>(_ matcher: inout PhraseMatcher<V>, _ kind: RuleKind, _ transform: (String) -> V?) {
      for entry in rules.entries(kind) {
        if let value = transform(entry.value) { matcher.insert(entry.term, value: value) }
      }
    }
    for entry in rules.entries(.innName) { innNames[entry.term.lowercased()] = entry.value.lowercased() }
    fill(&units, .unit) { $0 }
    fill(&drugSuffixes, .drugSuffix) { _ in true }
    drugCodeStops = Set(rules.entries(.drugCodeStop).map { $0.term.uppercased() })
    drugStems = Set(rules.entries(.drugStem).map { $0.term.lowercased() }).map { Array($0.utf8) }.sorted { $0.count > $1.count }
    fill(&frequencies, .frequency) { value -> Double?? in value == "as-needed" ? .some(nil) : RuleValue.number(value).map { $0 } }
    fill(&frequencyAnchors, .frequencyAnchor) { _ in true }
    fill(&frequencyBlocksAfter, .frequencyBlockAfter) { _ in true }
    fill(&singleDoses, .singleDose) { _ in true }
    fill(&intervalUnits, .intervalUnit) { RuleValue.number($0) }
    fill(&routeBlocksAfter, .routeBlockAfter) { _ in true }
    fill(&routeTerms, .route) { RouteTerm(kind: .route, route: $0) }
    fill(&routeTerms, .dosageForm) { RouteTerm(kind: .form, route: $0) }
    fill(&routeTerms, .eyeRoute) { RouteTerm(kind: .eye, route: $0) }
    fill(&dosageForms, .dosageForm) { $0 }
    fill(&eyeRoutes, .eyeRoute) { $0 }
    fill(&eyeCues, .eyeCue) { _ in true }
    fill(&durationUnits, .durationUnit) { RuleValue.number($0) }
    fill(&numberWords, .numberWord) { RuleValue.number($0) }
    fill(&participants, .participant) { _ in true }
    fill(&animals, .animal) { _ in true }
    fill(&hedges, .hedge) { _ in true }
    fill(&doseMeasures, .doseMeasure) { _ in true }
    for (kind, context) in [
      (RuleKind.controlArm, "control"), (.combination, "combination"), (.doseBlock, "loading"), (.historical, "historical"),
      (.laboratory, "laboratory"), (.planned, "planned"),
    ] {
      fill(&contexts, kind) { _ in .context(context) }
    }
    fill(&responseCues, .responseCue) { _ in true }
    fill(&responseBlocks, .responseBlock) { _ in true }
    fill(&responseBlocksBefore, .responseBlockBefore) { _ in true }
    fill(&responseEvents, .responseEvent) { _ in true }
    fill(&outcomeVerbs, .outcomeVerb) { $0 == "event" }
    fill(&durationBlocks, .durationBlock) { _ in true }
    fill(&durationBlocksAfter, .durationBlockAfter) { _ in true }
    fill(&controlArms, .controlArm) { _ in true }
    fill(&contexts, .activeArm) { .arm($0) }
    fill(&cohortBlocks, .cohortBlock) { _ in true }
    fill(&armStops, .armStop) { _ in true }
    fill(&limbWords, .limbWord) { _ in true }
    fill(&baselineTables, .baselineTable) { _ in true }
    fill(&countTables, .countTable) { _ in true }
    fill(&baselineRows, .baselineRow) { $0 }
    fill(&statisticColumns, .statisticColumn) { _ in true }
    fill(&armHeaders, .armHeader) { _ in true }
    fill(&outcomeSections, .outcomeSection) { _ in true }
    fill(&backgroundHeadings, .backgroundHeading) { _ in true }
  }
}

/// A term of the route family: a stated route, a dosage form, or an eye.
struct RouteTerm: Sendable {
  enum Kind: Sendable { case route, form, eye }
  var kind: Kind
  var route: String
}
