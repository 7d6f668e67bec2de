import TrialFactsCore

/// Whether an article's assignments give one drug against a control, and which: read
/// sentence by sentence, the drug of "randomly assigned to metformin 500 mg twice daily or
/// placebo", where every sentence that assigns people to something against a control
/// assigns them to that drug alone, with its regimen, and none names another drug, a
/// second dose, or an arm of its own ("to a walking programme or usual care", "to
/// metformin, an exercise programme, or usual care"). Drugs outside the assignment's
/// object ("Patients taking warfarin were randomly assigned to …", "rescue ibuprofen was
/// allowed") are not what it assigns.
struct SoleAssignment {
  private var first: PlacedMention?
  private var names = Set<String>()
  private var doses = Set<String>()
  private var controlled = false
  private var spoiled = false

  /// The drug, when the assignments read so far give exactly one against a control.
  var drug: PlacedMention? { spoiled || !controlled || names.count != 1 || doses.count > 1 ? nil : first }

  mutating func read(_ sentence: Sentence, block: Int, span: Range<Int>) {
    guard !spoiled, let verb = sentence.range.first(where: { Keys.assignmentVerbs.contains(sentence.key($0)) }) else { return }
    // "In a previous trial, patients were randomly assigned to colchicine or placebo":
    // another study's assignment.
    if sentence.mentions.contains(where: { ArmLinker.noResult.contains($0.value) }) { return }
    // An arm named otherwise ("the exercise group", "Group A", "(intervention group)")
    // may be the one a role names.
    if !ArmNames.activeArms(in: sentence).isEmpty
      || sentence.mentions.contains(where: { m in if case .arm = m.value { return true } else { return false } })
    {
      spoiled = true
      return
    }
    // "randomly assigned in a 1:1 ratio to …"
    guard let to = (verb + 1..<min(verb + 9, sentence.range.upperBound)).first(where: { sentence.key($0) == Keys.to }) else { return }
    if sentence.mentions.contains(where: { $0.label == .context && $0.value != .context("control") && $0.firstToken > to }) {
      spoiled = true
      return
    }
    let assigned = sentence.mentions(.drug).filter { $0.firstToken > to }
    guard let control = sentence.mentions.first(where: { $0.value == .context("control") && $0.firstToken > to }) else {
      // "randomised to metformin or sitagliptin": every drug assigned counts.
      for m in assigned { names.insert(m.normalizedText) }
      return
    }
    // "to [receive] metformin 500 mg twice daily or [matching] placebo": one drug and its
    // regimen, nothing else, before the control.
    let object = (to + 1)..<control.firstToken
    let drugs = assigned.filter { object.contains($0.firstToken) }
    let regimen = sentence.mentions.filter { object.contains($0.firstToken) && Self.regimenLabels.contains($0.label) }
    let plain = object.allSatisfy { i in
      Self.fillers.contains(sentence.key(i)) || (drugs + regimen).contains { $0.firstToken <= i && i < $0.endToken }
    }
    guard drugs.count == 1, let drug = drugs.first, plain else {
      spoiled = true
      return
    }
    names.insert(drug.normalizedText)
    for m in regimen where m.label == .dose { doses.insert(m.normalizedText) }
    controlled = true
    if first == nil { first = PlacedMention(block: block, sentence: span, mention: drug) }
  }

  private static let regimenLabels: Set<Mention.Label> = [.dose, .frequency, .route, .form, .duration]
  /// Words that may stand between "to" and the control beside the drug and its regimen.
  private static let fillers: Set<UInt64> = Set(
    ["receive", "either", "a", "an", "the", "or", "versus", "vs", "matching", "identical", "(", ")", ",", "-", "for", "of", "at", "per", "given",
     "once", "twice", "daily"].map { TokenKey.of($0) })
}
