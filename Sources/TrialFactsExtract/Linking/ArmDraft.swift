/// A mention together with where it sits: block index and sentence byte range.
public struct PlacedMention: Sendable, Equatable {
  public var block: Int
  /// Byte range of the sentence in the block text.
  public var sentence: Range<Int>
  public var mention: Mention
}

/// One treatment arm as the linker or the table reader assembled it: a drug and the
/// mentions of its facts. ``FindingBuilder`` turns it into a ``Finding`` with canonical
/// values.
public struct ArmDraft: Sendable {
  /// What names the arm: a drug mention, or for an arm without a drug the words that
  /// name it (a `context` mention: "placebo", a table header).
  public var drug: PlacedMention
  /// An arm named by a table header or a control ("placebo"): its name as written, and
  /// whether it is a control arm.
  public var namedArm: (label: String, control: Bool)?
  /// What the article says a group named only by a letter or role received, where no
  /// drug: a `.context` mention whose value is `.arm(words)` (``GroupTreatments``).
  public var treatment: PlacedMention?
  /// A table arm's outcome: the row the response was read from.
  public var outcome: String?
  public var dose: PlacedMention?
  public var frequency: PlacedMention?
  /// The stated route, or else the one a dosage form implies.
  public var route: PlacedMention?
  public var duration: PlacedMention?
  public var cohort: PlacedMention?
  public var response: PlacedMention?
  /// Responses for other outcomes stated later in the text ("Remission occurred in 21 of
  /// 40 ...; response occurred in 28 of 40"): each becomes a finding of its own.
  public var laterResponses: [PlacedMention] = []
  public var species: PlacedMention?
  public var animal = false
  /// Facts taken from study-level statements ("654 adults were randomized"), not from
  /// this arm; dropped when the paragraph turns out to have several arms.
  var studyLevel: Set<Mention.Label> = []
  /// A size other than the arm's, given in the sentence of a count that follows it: that
  /// count's total.
  var sizeStatedApart: PlacedMention?
  /// The sentence that gave this arm two such sizes, neither of them used.
  var sizesApartClash: (block: Int, sentence: Range<Int>)?

  /// A control's length of treatment read from the list of arms it was named in ("A or
  /// placebo for 12 weeks"): kept, alone, for the control's counts stated elsewhere.
  public var listedLength = false

  /// An arm is a finding when the text states at least one fact about it.
  public var hasFacts: Bool {
    dose != nil || frequency != nil || duration != nil || cohort != nil || response != nil
  }

  /// Responses for further outcomes an arm may take from running text: like the outcome
  /// rows of tables, enough for the outcomes an article reports, not every count.
  static let maximumLaterResponses = 6

  mutating func set(_ placed: PlacedMention, studyLevel: Bool = false) {
    let label = placed.mention.label
    // A count stated for this arm ("(n = 2,373)") replaces one stated for the study.
    if !studyLevel, self.studyLevel.contains(label) {
      self.studyLevel.remove(label)
      if label == .cohort { cohort = nil }
      if label == .response { response = nil }
    }
    if studyLevel && !has(label) { self.studyLevel.insert(label) }
    switch label {
    case .dose: if dose == nil { dose = placed }
    case .frequency: if frequency == nil { frequency = placed }
    // A stated route replaces one implied by a dosage form ("tablets ... by mouth").
    case .route: if route == nil || route?.mention.label == .form { route = placed }
    case .form: if route == nil { route = placed }
    case .duration: if duration == nil { duration = placed }
    case .cohort:
      if cohort == nil {
        cohort = placed
      } else if cohort?.mention.value != placed.mention.value {
        // "Among patients with an FGFR3 alteration (A n = 48; B n = 45), responses
        // occurred in 27 and 9": a subgroup's size, the total of that sentence's counts.
        // Two such sizes of one sentence for one arm say neither is surely its.
        let clash = { (other: PlacedMention?) in other.map { $0.block == placed.block && $0.sentence == placed.sentence } == true }
        if clash(sizeStatedApart) || clash(cohort) {
          sizeStatedApart = nil
          sizesApartClash = (placed.block, placed.sentence)
        } else if sizesApartClash.map({ $0 != (placed.block, placed.sentence) }) ?? true {
          sizeStatedApart = placed
        }
      }
    case .response:
      var placed = placed
      if case .response(var count) = placed.mention.value, count.total == nil, count.responders != nil,
        let apart = sizeStatedApart, apart.block == placed.block, apart.sentence == placed.sentence,
        case .cohort(let size) = apart.mention.value, size >= count.responders ?? 0
      {
        count.total = size
        placed.mention.value = .response(count)
      }
      if response == nil {
        response = placed
      } else if laterResponses.count < Self.maximumLaterResponses, placed.mention.value != response?.mention.value,
        !laterResponses.contains(where: { $0.mention.value == placed.mention.value })
      {
        laterResponses.append(placed)
      }
    default: break
    }
  }

  func has(_ label: Mention.Label) -> Bool {
    switch label {
    case .dose: return dose != nil
    case .frequency: return frequency != nil
    case .route, .form: return route != nil
    case .duration: return duration != nil
    case .cohort: return cohort != nil
    case .response: return response != nil
    default: return false
    }
  }

  /// The arm's size, when one is set.
  var size: Int? {
    if case .cohort(let n)? = cohort?.mention.value { return n }
    return nil
  }
  var doseValue: Mention.Value? { dose?.mention.value }
  var frequencyValue: Mention.Value? { frequency?.mention.value }
  var routeValue: Mention.Value? { route?.mention.value }
  var drugName: String {
    if case .drug(let canonical) = drug.mention.value { return canonical }
    // Active arms without a drug never share a name with a drug.
    if case .arm(let name) = drug.mention.value { return "arm:" + name }
    return ""
  }

  mutating func dropStudyLevelCounts() {
    if studyLevel.contains(.cohort) { cohort = nil }
    if studyLevel.contains(.response) {
      response = nil
      laterResponses = []
    }
    studyLevel = []
  }
}
