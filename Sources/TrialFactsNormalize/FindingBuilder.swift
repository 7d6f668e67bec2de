import TrialFactsCore
import TrialFactsExtract

/// Stage 3: turns linked arms into findings with canonical values (doses per day,
/// durations in days, proportions in [0, 1]) and evidence that points into the clean
/// text and the source lines.
public struct FindingBuilder {
  public let document: Document

  public init(document: Document) { self.document = document }

  public func findings(from arms: [ArmDraft]) -> [Finding] {
    // An arm with responses for several outcomes gives one finding per outcome.
    let drafts = arms.flatMap { arm -> [ArmDraft] in
      [arm]
        + arm.laterResponses.map { later in
          var other = arm
          other.response = later
          other.laterResponses = []
          return other
        }
    }
    let built = drafts.filter { $0.hasFacts && !isTimePointOnly($0) }.compactMap(finding)
    return FindingMerging.merged(built)
  }

  /// A drug with nothing but a time is a regimen only when the time is a length of
  /// treatment: a word of length shortly before it ("for up to 52 weeks", "over a period of
  /// 12 weeks", "lasted 24 weeks") or the treatment after it ("24 weeks of peginterferon",
  /// "a 6-day therapy"), not a point ("after 16 weeks of treatment"). Other times ("insulin
  /// was measured at 26 and 35 wk", "a median follow-up of 331 days") date nothing.
  private func isTimePointOnly(_ arm: ArmDraft) -> Bool {
    guard let duration = arm.duration, arm.dose == nil, arm.frequency == nil, arm.route == nil, arm.cohort == nil,
      arm.response == nil
    else { return false }
    let words = { (text: String) in text.lowercased().split(whereSeparator: { !$0.isLetter }) }
    let before = words(slice(duration.block, duration.sentence.lowerBound..<duration.mention.start)).suffix(3)
    let after = words(slice(duration.block, duration.mention.end..<duration.sentence.upperBound)).first
    if let last = before.last, Self.pointBefore.contains(String(last)) { return true }
    if before.contains(where: { Self.lengthBefore.contains(String($0)) }) { return false }
    return !(after.map { Self.lengthAfter.contains(String($0)) } ?? false)
  }

  private static let lengthBefore: Set<String> = [
    "for", "over", "during", "throughout", "within", "lasting", "lasted", "period", "duration", "course",
  ]
  private static let lengthAfter: Set<String> = ["of", "course", "courses", "treatment", "therapy", "regimen"]
  private static let pointBefore: Set<String> = ["at", "after", "before", "since", "between", "by", "until", "from", "week", "weeks"]

  private func finding(_ arm: ArmDraft) -> Finding? {
    var evidence: [Evidence]
    var finding: Finding
    switch arm.drug.mention.value {
    case .drug(let canonical):
      evidence = [self.evidence("drug", arm.drug)]
      finding = Finding(drug: DrugReference(name: canonical, mention: text(arm.drug)), species: arm.animal ? .animal : .human)
    case .context where arm.namedArm != nil, .arm:
      evidence = [self.evidence("arm", arm.drug)]
      finding = Finding(drug: nil, species: arm.animal ? .animal : .human)
    default:
      return nil
    }
    if let table = arm.namedArm { finding.arm = ArmReference(label: table.label, control: table.control) }
    if let treatment = arm.treatment, case .arm(let words) = treatment.mention.value, finding.arm != nil {
      finding.arm?.treatment = words
      evidence.append(self.evidence("treatment", treatment))
    }

    var dose = Dose()
    if let placed = arm.dose, case .dose(let amount, let maxAmount, let unit) = placed.mention.value {
      dose.amount = amount
      dose.maxAmount = maxAmount
      dose.unit = unit.isEmpty ? nil : unit
      evidence.append(self.evidence("dose", placed))
    }
    if let placed = arm.frequency {
      switch placed.mention.value {
      case .frequency(let perDay?): dose.perDay = Rounding.rounded(perDay, places: 6)
      case .frequency(nil): dose.asNeeded = true
      case .singleDose: dose.singleDose = true
      default: break
      }
      evidence.append(self.evidence("frequency", placed))
    }
    if let placed = arm.route, case .route(let route) = placed.mention.value {
      dose.route = route
      evidence.append(self.evidence("route", placed))
    }
    if !dose.isEmpty { finding.dose = dose }

    // A dose given once has no length of treatment: a time the page gives such an arm is
    // when it was assessed ("at 10 weeks", "within 7 days").
    if let placed = arm.duration, !dose.singleDose, case .duration(let minDays, let maxDays, let approximate) = placed.mention.value {
      finding.duration = Duration(
        minDays: Rounding.rounded(minDays, places: 2), maxDays: Rounding.rounded(maxDays, places: 2),
        text: text(placed), approximate: approximate)
      evidence.append(self.evidence("duration", placed))
    }
    // "one patient assigned to drug A" tells of an event, never of an arm's size.
    if let placed = arm.cohort, case .cohort(let size) = placed.mention.value, size >= 2 {
      finding.cohort = Cohort(size: size)
      evidence.append(self.evidence("cohort", placed))
    }
    // "seven patients" beside "32 patients (38.1%) in the B group": a size smaller than
    // the arm's count of responders is not the arm's size.
    if let placed = arm.response, case .response(let count) = placed.mention.value, let responders = count.responders,
      let size = finding.cohort?.size, responders > size
    {
      finding.cohort = nil
      evidence.removeAll { $0.field == "cohort" }
    }
    if let placed = arm.response, case .response(let count) = placed.mention.value {
      // A subgroup's count is of part of the arm: the arm's size is not its total.
      if var response = ResponseNormalizer.response(count, cohort: count.subgroup == nil ? finding.cohort?.size : nil) {
        response.outcome = arm.outcome ?? count.outcome.map { slice(placed.block, $0) }
        response.subgroup = count.subgroup.map { slice(placed.block, $0) }
        finding.response = response
        evidence.append(self.evidence("response", placed))
      }
    }
    if let placed = arm.species, finding.species == .animal {
      evidence.append(self.evidence("species", placed))
    }
    // A regimen alone ("clobetasol ointment twice a week") is advice, not a study's fact:
    // a finding needs an amount, a duration, a cohort or a response.
    guard finding.dose?.amount != nil || finding.duration != nil || finding.cohort != nil || finding.response != nil else {
      return nil
    }
    // An arm without a drug is known by its people: "the exercise group for 12 weeks"
    // alone says how long, not who or how many. (A control's length, "A or placebo for 12
    // weeks", is kept for the control's counts stated elsewhere: see
    // `FindingMerging.sharingControlDurations`.)
    guard finding.drug != nil || finding.cohort != nil || finding.response != nil || (arm.listedLength && FindingMerging.isControlDuration(finding)) else {
      return nil
    }
    finding.evidence = evidence
    return finding
  }

  /// Bytes `range` of block `index` as text, without copying the block.
  private func slice(_ index: Int, _ range: Range<Int>) -> String {
    let utf8 = document.blocks[index].text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let end = utf8.index(start, offsetBy: range.count)
    return String(decoding: utf8[start..<end], as: UTF8.self)
  }

  private func text(_ placed: PlacedMention) -> String {
    slice(placed.block, placed.mention.start..<placed.mention.end)
  }

  private func evidence(_ field: String, _ placed: PlacedMention) -> Evidence {
    let block = document.blocks[placed.block]
    let quote = slice(placed.block, placed.sentence)
    let start = document.codePointOffset(block: placed.block, utf8Offset: placed.sentence.lowerBound)
    let textStart = document.codePointOffset(block: placed.block, utf8Offset: placed.mention.start)
    let mentionText = text(placed)
    return Evidence(
      field: field, quote: quote, start: start, end: start + quote.unicodeScalars.count,
      line: block.line(atUTF8Offset: placed.mention.start), text: mentionText, textStart: textStart,
      textEnd: textStart + mentionText.unicodeScalars.count)
  }
}
