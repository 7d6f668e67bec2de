/// One treatment arm of one study: the facts the article states about it.
///
/// Every field the text does not state is `nil`; nothing is guessed. Each stated fact
/// has an ``Evidence`` entry pointing at the sentence and source line it came from.
public struct Finding: Sendable, Equatable {
  /// The arm's drug; nil for an arm named without one ("placebo" in running text, a
  /// table's "Usual care" or "Exercise"), which then has an ``arm``.
  public var drug: DrugReference?
  /// The arm as a results table or a control word names it; nil for drug arms read from
  /// running text.
  public var arm: ArmReference?
  public var species: Species
  public var dose: Dose?
  public var duration: Duration?
  public var cohort: Cohort?
  public var response: Response?
  public var evidence: [Evidence]

  public init(
    drug: DrugReference?, arm: ArmReference? = nil, species: Species, dose: Dose? = nil, duration: Duration? = nil,
    cohort: Cohort? = nil, response: Response? = nil, evidence: [Evidence] = []
  ) {
    self.drug = drug
    self.arm = arm
    self.species = species
    self.dose = dose
    self.duration = duration
    self.cohort = cohort
    self.response = response
    self.evidence = evidence
  }

  /// Whether `other` may be the same arm told in another place: same drug and species,
  /// no fact that both state differs, and at least one they share (the arm's size, its
  /// duration or its dose), or one's count or percentage of the other's size.
  public func complements(_ other: Finding) -> Bool {
    guard sameArm(as: other) else { return false }
    func agree<T: Equatable>(_ a: T?, _ b: T?) -> Bool { a == nil || b == nil || a == b }
    func shared<T: Equatable>(_ a: T?, _ b: T?) -> Bool { a != nil && a == b }
    // "fluoxetine (78.2%)" and "Fluoxetine (n = 101)": a percentage alone and the size
    // alone of one arm, when the size makes the percentage a whole count.
    // "21 of 40 responded" and "drug A (n = 40)": the count's total is the arm's size.
    func share(_ a: Finding, of b: Finding) -> Bool {
      guard a.cohort == nil, b.response == nil, let size = b.cohort?.size, let response = a.response else { return false }
      return response.total == size || response.isStatedShare(of: size)
    }
    // "59%" of an arm of 353 and "58.7%" of that arm, of one outcome: one share.
    let roundings = response.flatMap { mine in other.response.map { mine.isRounding(of: $0) || $0.isRounding(of: mine) } } ?? false
    guard agree(cohort, other.cohort),
      shared(cohort, other.cohort) || shared(duration?.range, other.duration?.range) || shared(dose?.amount, other.dose?.amount)
        || share(self, of: other) || share(other, of: self) || roundings
    else { return false }
    let doseAgrees =
      agree(dose?.amount, other.dose?.amount) && agree(dose?.unit, other.dose?.unit)
      && agree(dose?.perDay, other.dose?.perDay) && agree(dose?.route, other.dose?.route)
    let responseAgrees =
      agree(response?.responders, other.response?.responders)
      && (agree(response?.proportion, other.response?.proportion) || roundings)
      && agree(response?.total, other.response?.total)
    // A subgroup's count and the whole arm's are two facts.
    let subgroupAgrees = response == nil || other.response == nil || response?.subgroup == other.response?.subgroup
    return doseAgrees && responseAgrees && subgroupAgrees && agree(duration?.range, other.duration?.range)
  }

  /// Who the finding is about: the drug (or, without one, the arm's name, any case) and
  /// the species. Findings with different keys are never the same arm.
  public var armKey: String {
    (drug.map { "drug:" + $0.name } ?? "arm:" + Self.folded(arm?.label ?? "")) + "/" + species.rawValue
  }

  /// Same drug (or, without one, same arm name) and species.
  private func sameArm(as other: Finding) -> Bool {
    guard species == other.species else { return false }
    // Two arms a table names apart ("Baricitinib 2 mg", "Baricitinib 4 mg") stay apart.
    if let mine = arm?.label, let theirs = other.arm?.label, !Self.sameName(mine, theirs) { return false }
    if let drug { return drug.name == other.drug?.name }
    guard other.drug == nil, let mine = arm?.label, let theirs = other.arm?.label else { return false }
    return Self.sameName(mine, theirs)
  }

  /// Whether two arm names name one arm: case-blind (ASCII), and with or without a last
  /// "group" or "arm" ("EP group" and "ep").
  public static func sameName(_ a: String, _ b: String) -> Bool { folded(a) == folded(b) }

  /// A name folded the way ``sameName(_:_:)`` compares: ASCII letters lowercased, outer
  /// spaces and a last "group" or "arm" dropped ("EP group", "EP" and "ep" are one arm),
  /// a one-word plural made singular ("controls"), a hyphen read as a space
  /// ("control-group"), and a placebo's lay names ("dummy pill", "sugar pill") read as
  /// "placebo".
  static func folded(_ name: String) -> String {
    var bytes = name.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 == 0x2D ? 0x20 : $0 }
    func trim() {
      while bytes.last == 0x20 { bytes.removeLast() }
      while bytes.first == 0x20 { bytes.removeFirst() }
    }
    trim()
    for suffix in [" groups", " group", " arms", " arm"] where bytes.count > suffix.utf8.count && bytes.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) {
      bytes.removeLast(suffix.utf8.count)
      break
    }
    trim()
    // "controls" and "control group": a one-word name's plural is the same arm.
    if bytes.count > 4, bytes.last == UInt8(ascii: "s"), !bytes.contains(0x20), bytes[bytes.count - 2] != UInt8(ascii: "s") {
      bytes.removeLast()
    }
    let name = String(decoding: bytes, as: UTF8.self)
    // "dummy treatment" (64 assigned) and "placebo" (22 improved) in one news story are one
    // arm: the words news uses for a placebo name no other control.
    // ("dummy acupuncture" is a sham, a control of its own.)
    if name.hasPrefix("dummy "), Self.placeboForms.contains(String(name.dropFirst(6))) { return "placebo" }
    if name == "sugar pill" || name == "sugar pills" || name == "matching placebo" { return "placebo" }
    return name
  }

  /// What a placebo is given as, after "dummy".
  private static let placeboForms: Set<String> = [
    "pill", "pills", "tablet", "tablets", "capsule", "capsules", "injection", "injections", "shot", "shots", "jab", "jabs", "inhaler", "patch",
    "patches", "gel", "cream", "ointment", "spray", "drops", "treatment", "medicine", "medication", "drug",
  ]

  /// How many facts the finding states (dose fields, duration, cohort, response fields).
  public var factCount: Int {
    var count = 0
    if let dose {
      count += [dose.amount != nil, dose.perDay != nil, dose.route != nil].filter { $0 }.count
    }
    if duration != nil { count += 1 }
    if cohort != nil { count += 1 }
    if let response { count += response.responders != nil ? 2 : 1 }
    return count
  }

  /// This finding with the facts it lacks taken from `other`, evidence included.
  public func filled(from other: Finding) -> Finding {
    var result = self
    if let theirs = other.dose {
      var dose = result.dose ?? Dose()
      dose.amount = dose.amount ?? theirs.amount
      dose.maxAmount = dose.maxAmount ?? theirs.maxAmount
      dose.unit = dose.unit ?? theirs.unit
      // (A dose given once takes no schedule, nor a schedule the mark of a single dose.)
      if !dose.singleDose { dose.perDay = dose.perDay ?? theirs.perDay }
      dose.route = dose.route ?? theirs.route
      dose.singleDose = dose.singleDose || (theirs.singleDose && dose.perDay == nil)
      result.dose = dose
    }
    result.arm = result.arm ?? other.arm
    result.duration = result.duration ?? other.duration
    result.cohort = result.cohort ?? other.cohort
    result.response = result.response ?? other.response
    // "59%" in the abstract, "58.7%" in the results: the finer statement.
    if let mine = result.response, let theirs = other.response, mine.isRounding(of: theirs) {
      result.response?.proportion = theirs.proportion
      result.response?.precision = theirs.statedPrecision
      // "74.8%" in the text, "104 of 139" in the table: the counts behind the share, how
      // they were found, and the cell that states them.
      if let responders = theirs.responders {
        result.response?.responders = responders
        result.response?.total = theirs.total
        result.response?.derived = theirs.derived
        result.evidence += other.evidence.filter { $0.field == "response" }
      }
    }
    // The outcome of the same counts stated elsewhere ("eradication" in the results for
    // the abstract's "57/75").
    if result.response?.outcome == nil, let mine = result.response, let theirs = other.response,
      mine.responders == theirs.responders, mine.total == theirs.total || mine.total == nil || theirs.total == nil
    {
      result.response?.outcome = theirs.outcome
    }
    let fields = Set(evidence.map(\.field))
    result.evidence += other.evidence.filter { !fields.contains($0.field) }
    return result
  }

  /// Whether every fact stated here is stated identically by `other` (same drug and
  /// species), field by field: "15 mg once daily" is covered by "oral 15 mg once daily".
  ///
  /// Articles often restate a study (abstract, results, conclusion); a restatement that
  /// adds nothing is merged away.
  public func isSubsumed(by other: Finding) -> Bool {
    guard sameArm(as: other) else { return false }
    func covered<T: Equatable>(_ mine: T?, _ theirs: T?) -> Bool { mine == nil || mine == theirs }
    if let dose {
      guard let theirs = other.dose, covered(dose.amount, theirs.amount), covered(dose.maxAmount, theirs.maxAmount),
        covered(dose.unit, theirs.unit), covered(dose.perDay, theirs.perDay), covered(dose.route, theirs.route),
        !dose.asNeeded || theirs.asNeeded, !dose.singleDose || theirs.singleDose
      else { return false }
    }
    if let response {
      guard let theirs = other.response, covered(response.responders, theirs.responders),
        covered(response.total, theirs.total),
        covered(response.proportion, theirs.proportion) || response.isRounding(of: theirs) || response.hasCounts(of: theirs, sizes: cohort?.size, other.cohort?.size)
      else { return false }
    }
    return covered(duration?.range, other.duration?.range) && covered(cohort, other.cohort)
  }
}

/// A drug as named in the text and as canonical lowercase INN.
public struct DrugReference: Sendable, Equatable {
  /// Canonical lowercase name from the drug lexicon, e.g. "ruxolitinib": an INN, or for
  /// a few drugs the US adopted name ("acyclovir").
  public var name: String
  /// The text as written, e.g. "Jakafi" or "ruxolitinb".
  public var mention: String
  /// The INN where ``name`` is a US adopted name ("aciclovir" for "acyclovir"); nil where
  /// the name is the INN.
  public var inn: String?
  public init(name: String, mention: String, inn: String? = nil) {
    self.name = name
    self.mention = mention
    self.inn = inn
  }
}

/// An arm as a results table names it (the column or row header, "Placebo (n = 99)"), or
/// a control arm as running text names it ("placebo", "vehicle").
public struct ArmReference: Sendable, Equatable {
  /// The header text as written.
  public var label: String
  /// A control arm: placebo, vehicle, usual care, no treatment (`rules/context/control-arms.rules`).
  public var control: Bool
  /// What the article gives an arm it names only by a letter or a role, where it says so
  /// without a drug: "inelastic short-stretch bandage" for "Group A" from "randomly
  /// assigned to an inelastic short-stretch bandage (group A)"; evidence field `treatment`.
  public var treatment: String?
  public init(label: String, control: Bool, treatment: String? = nil) {
    self.label = label
    self.control = control
    self.treatment = treatment
  }
}

public enum Species: String, Sendable, Equatable {
  case human
  case animal
}
