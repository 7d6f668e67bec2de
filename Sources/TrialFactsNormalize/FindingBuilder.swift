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
    let built = drafts.filter(\.hasFacts).compactMap(finding)
    return Self.sharingRegimen(Self.mergingRestatements(Self.sharingArmFacts(Self.mergingRestatements(built))))
  }

  /// Gives a regimen stated on its own ("etoricoxib 90 mg once daily" in the methods) to
  /// the drug's findings with counts, when the article gives the drug that regimen only,
  /// and drops the regimen's own finding, which they then restate. A drug given at two
  /// doses or for two lengths of time keeps its regimens apart.
  static func sharingRegimen(_ findings: [Finding]) -> [Finding] {
    var findings = findings
    var dropped = Set<Int>()
    for i in findings.indices where findings[i].cohort == nil && findings[i].response == nil && findings[i].dose?.amount != nil {
      guard let drug = findings[i].drug?.name else { continue }
      let sameDrug = findings.indices.filter { findings[$0].drug?.name == drug && findings[$0].species == findings[i].species }
      let counted = sameDrug.filter { $0 != i && (findings[$0].cohort != nil || findings[$0].response != nil) }
      guard !counted.isEmpty else { continue }
      func one<T: Hashable>(_ value: (Finding) -> T?) -> Bool { Set(sameDrug.compactMap { value(findings[$0]) }).count <= 1 }
      guard one({ $0.dose?.amount }), one({ $0.dose?.perDay }), one({ $0.dose?.route }), one({ $0.duration?.minDays }), one({ $0.duration?.maxDays }) else { continue }
      for j in counted { findings[j] = findings[j].filled(from: findings[i]) }
      dropped.insert(i)
    }
    return findings.indices.filter { !dropped.contains($0) }.map { findings[$0] }
  }

  /// Gives each counted response of an arm the arm's regimen and size stated elsewhere,
  /// when one size alone fits it: the methods say "tranexamic acid (n = 88)", the results
  /// "3 (3.4%) ... transfusion" and "2 (2.3%) ... thrombosis" for the same arm, whose
  /// other finding may hold another outcome. A finding that only stated the size then
  /// restates the others and is dropped.
  static func sharingArmFacts(_ findings: [Finding]) -> [Finding] {
    var findings = findings
    let sized = findings.indices.filter { findings[$0].cohort != nil }
    guard !sized.isEmpty else { return findings }
    for i in findings.indices where findings[i].cohort == nil {
      // A count with its percentage ("3 (3.4%)") must fit the size; a bare percentage
      // fits too many sizes by chance ("33.0%" of 351 is 115.8) to join one elsewhere.
      // A bare count ("9 women in the A group") is of the arm's one size.
      guard let response = findings[i].response, response.responders != nil else { continue }
      let partners = sized.filter { j in
        guard let size = findings[j].cohort?.size, findings[j].armKey == findings[i].armKey else { return false }
        if let mine = findings[i].arm?.label, let theirs = findings[j].arm?.label, !Finding.sameName(mine, theirs) { return false }
        func agree<T: Equatable>(_ a: T?, _ b: T?) -> Bool { a == nil || b == nil || a == b }
        return agree(findings[i].dose, findings[j].dose) && agree(findings[i].duration, findings[j].duration)
          && (response.total == size || response.isStatedShare(of: size) || response.isBareCount(within: size))
      }
      guard let j = partners.first, Set(partners.compactMap { findings[$0].cohort?.size }).count == 1 else { continue }
      findings[i] = ResponseNormalizer.completed(findings[i].filled(from: findings[j]))
    }
    return findings
  }

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

    var dose = Dose()
    if let placed = arm.dose, case .dose(let amount, let maxAmount, let unit) = placed.mention.value {
      dose.amount = amount
      dose.maxAmount = maxAmount
      dose.unit = unit.isEmpty ? nil : unit
      evidence.append(self.evidence("dose", placed))
    }
    if let placed = arm.frequency, case .frequency(let perDay) = placed.mention.value {
      if let perDay { dose.perDay = Rounding.rounded(perDay, places: 6) } else { dose.asNeeded = true }
      evidence.append(self.evidence("frequency", placed))
    }
    if let placed = arm.route, case .route(let route) = placed.mention.value {
      dose.route = route
      evidence.append(self.evidence("route", placed))
    }
    if !dose.isEmpty { finding.dose = dose }

    if let placed = arm.duration, case .duration(let minDays, let maxDays, let approximate) = placed.mention.value {
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
    if let placed = arm.response, case .response(let count) = placed.mention.value {
      if var response = ResponseNormalizer.response(count, cohort: finding.cohort?.size) {
        response.outcome = arm.outcome
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
    // alone says how long, not who or how many.
    guard finding.drug != nil || finding.cohort != nil || finding.response != nil else { return nil }
    finding.evidence = evidence
    return finding
  }

  /// Drops a finding whose every fact another finding of the same drug states too:
  /// articles restate their study in the summary, the body and the caption.
  static func mergingRestatements(_ findings: [Finding]) -> [Finding] {
    var kept: [Finding] = []
    // Only findings about the same arm can restate each other.
    let sameArm = Dictionary(grouping: findings.indices, by: { findings[$0].armKey })
    for (i, finding) in findings.enumerated() {
      let redundant = sameArm[finding.armKey, default: []].contains { j in
        j != i && finding.isSubsumed(by: findings[j]) && (!findings[j].isSubsumed(by: finding) || j < i)
      }
      if !redundant { kept.append(finding) }
    }
    return mergingComplements(kept)
  }

  /// Joins two findings that tell different halves of one arm (the abstract gives the
  /// regimen and size, the results section the size and the response): they must agree
  /// on every fact both state and share one, and the smaller half must fit no other arm.
  static func mergingComplements(_ findings: [Finding]) -> [Finding] {
    var findings = findings
    var merged = true
    while merged {
      merged = false
      let sameArm = Dictionary(grouping: findings.indices, by: { findings[$0].armKey })
      search: for i in findings.indices {
        let partners = sameArm[findings[i].armKey, default: []].filter { $0 != i && findings[$0].complements(findings[i]) }
        guard partners.count == 1, let j = partners.first, findings[i].factCount <= findings[j].factCount else { continue }
        let (first, second) = (min(i, j), max(i, j))
        findings[first] = ResponseNormalizer.completed(findings[first].filled(from: findings[second]))
        findings.remove(at: second)
        merged = true
        break search
      }
    }
    return findings
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
