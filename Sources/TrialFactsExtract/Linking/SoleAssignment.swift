import TrialFactsCore

/// Whether an article's assignments give one drug against a control, and which: read
/// sentence by sentence, the drug of "randomly assigned to metformin 500 mg twice daily or
/// placebo" where no sentence that assigns people names another drug, a second dose, or
/// an arm of its own ("to exercise or usual care", "(n = 40)" after a name).
struct SoleAssignment {
  private var first: PlacedMention?
  private var names = Set<String>()
  private var doses = Set<String>()
  private var controlled = false
  private var spoiled = false

  /// The drug, when the assignments read so far give exactly one against a control.
  var drug: PlacedMention? { spoiled || !controlled || names.count != 1 || doses.count > 1 ? nil : first }

  mutating func read(_ sentence: Sentence, block: Int, span: Range<Int>) {
    guard !spoiled, sentence.range.contains(where: { Keys.assignmentVerbs.contains(sentence.key($0)) }) else { return }
    let drugs = sentence.mentions(.drug)
    // An arm named otherwise ("the exercise group", "Group A") may be the one a role
    // names; a planned or laboratory study's assignment is not the trial's.
    if !ArmNames.activeArms(in: sentence).isEmpty
      || sentence.mentions.contains(where: { $0.label == .context && $0.value != .context("control") })
    {
      if !drugs.isEmpty { spoiled = true }
      return
    }
    guard let drug = drugs.first else { return }
    for m in drugs { names.insert(m.normalizedText) }
    for m in sentence.mentions(.dose) { doses.insert(m.normalizedText) }
    if sentence.mentions.contains(where: { $0.value == .context("control") }) { controlled = true }
    if first == nil { first = PlacedMention(block: block, sentence: span, mention: drug) }
  }
}
