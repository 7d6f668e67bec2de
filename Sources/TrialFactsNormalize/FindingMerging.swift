import TrialFactsCore

/// Joins the findings of one document that tell of the same arm: restatements (the
/// summary, the body and a caption say the same), halves (the regimen and size in the
/// methods, the response in the results), and a size or regimen stated once for all of
/// an arm's outcomes.
///
/// Findings compare only within their arm (``Finding/armKey``), and an arm stated more
/// than ``largestGroup`` times in one document is left as it is: the comparisons grow
/// with the square of an arm's findings, and such a page is no article but a list.
enum FindingMerging {
  static let largestGroup = 256

  static func merged(_ findings: [Finding]) -> [Finding] {
    droppingContradictedDerivations(
      sharingControlDurations(
        sharingDoseRegimens(sharingRegimen(mergingRestatements(sharingListedShares(sharingArmFacts(mergingRestatements(findings))))))))
      .map(withoutLengthOfASingleDose)
  }

  /// A dose given once has no length of treatment: a time joined to its arm from another
  /// statement is when the arm was assessed ("Symptoms were scored at 10 weeks").
  static func withoutLengthOfASingleDose(_ finding: Finding) -> Finding {
    guard finding.dose?.singleDose == true, finding.duration != nil else { return finding }
    var finding = finding
    finding.duration = nil
    finding.evidence.removeAll { $0.field == "duration" }
    return finding
  }

  /// A control arm's length of treatment and nothing else: "randomised to A or placebo for
  /// 12 weeks".
  static func isControlDuration(_ f: Finding) -> Bool {
    f.drug == nil && f.arm?.control == true && f.duration != nil && f.dose == nil && f.cohort == nil && f.response == nil
  }

  /// "week 12", "month 6", "day 29": the time a count was made, not a length.
  static func isTimePoint(_ duration: Duration) -> Bool {
    let text = duration.text.lowercased()
    return ["week", "month", "day"].contains { text.hasPrefix($0) }
  }

  /// Gives a control's length of treatment, stated with the arms it was listed with, to
  /// the findings that count that control (by its name) and state no other length, where
  /// the document gives it one length only and every counted drug arm has that length; the
  /// length's own finding is then dropped, as a control with a length alone says not who
  /// or how many.
  static func sharingControlDurations(_ findings: [Finding]) -> [Finding] {
    var findings = findings
    let lengths = findings.indices.filter { isControlDuration(findings[$0]) }
    guard !lengths.isEmpty else { return findings }
    // One study's length: every drug counted in the document was treated that long, in
    // one of its findings at least and in none for another length (a second trial's arms,
    // "In the second trial, … certolizumab or placebo", may not have been).
    let counted = findings.filter { $0.drug != nil && $0.species == .human && ($0.cohort != nil || $0.response != nil) }
    func sameLength(_ a: Duration?, _ b: Duration) -> Bool { a.map { $0.minDays == b.minDays && $0.maxDays == b.maxDays } ?? false }
    for i in lengths {
      guard let label = findings[i].arm?.label, let duration = findings[i].duration else { continue }
      let treated = Set(findings.filter { sameLength($0.duration, duration) }.compactMap { $0.drug?.name })
      // ("at week 12", a time of counting, is no other length.)
      guard counted.allSatisfy({ f in
        guard let theirs = f.duration, !isTimePoint(theirs) else { return treated.contains(f.drug?.name ?? "") }
        return sameLength(theirs, duration)
      }) else { continue }
      let named = lengths.filter { j in findings[j].arm.map { Finding.sameName($0.label, label) } == true }
      guard Set(named.compactMap { findings[$0].duration.map { [$0.minDays, $0.maxDays] } }).count == 1 else { continue }
      for j in findings.indices where !isControlDuration(findings[j]) {
        guard findings[j].drug == nil, let arm = findings[j].arm, arm.control, Finding.sameName(arm.label, label) else { continue }
        if let theirs = findings[j].duration, theirs.minDays != duration.minDays || theirs.maxDays != duration.maxDays { continue }
        findings[j] = findings[j].filled(from: findings[i])
      }
    }
    return findings.indices.filter { !lengths.contains($0) }.map { findings[$0] }
  }

  /// Drops a count derived from a bare percentage ("5.8% in group B", read as 24 of the
  /// arm's 411) where the article counts that share of the same outcome itself, of another
  /// denominator ("23/397 (5.8)" for the women followed up): the derived count is a guess
  /// the article contradicts.
  static func droppingContradictedDerivations(_ findings: [Finding]) -> [Finding] {
    var dropped = Set<Int>()
    for arm in arms(findings) where arm.count > 1 {
      for i in arm {
        guard let guess = findings[i].response, guess.derived != nil, let share = guess.proportion, let precision = guess.statedPrecision
        else { continue }
        let contradicted = arm.contains { j in
          // Of nearly the arm's people (those followed up), not a subgroup's.
          guard j != i, let counted = findings[j].response, counted.derived == nil, counted.subgroup == nil, guess.subgroup == nil,
            let k = counted.responders, let n = counted.total, n > 0, k != guess.responders || n != guess.total,
            let guessed = guess.total, n <= guessed, 5 * n >= 4 * guessed
          else { return false }
          return abs(Double(k) / Double(n) - share) <= precision / 2 + 1e-9 && sharesAWord(guess.outcome, counted.outcome)
        }
        if contradicted { dropped.insert(i) }
      }
    }
    return findings.indices.filter { !dropped.contains($0) }.map { findings[$0] }
  }

  /// Whether two outcomes, where both are named, share a word of four letters or more
  /// ("Surgical site infection within 30 days", "Surgical site infection"), or one
  /// abbreviates words of the other ("SSI").
  static func sharesAWord(_ a: String?, _ b: String?) -> Bool {
    guard let a, let b else { return true }
    func words(_ s: String) -> Set<Substring> { Set(s.lowercased().split(whereSeparator: { !$0.isLetter }).filter { $0.count >= 4 }) }
    return !words(a).isDisjoint(with: words(b)) || abbreviates(a, b) || abbreviates(b, a)
  }

  /// Whether a word of two to six capitals in `short` is the initials of words in a row
  /// of `long`: "SSI" of "surgical site infection".
  static func abbreviates(_ short: String, _ long: String) -> Bool {
    let initials = String(long.split(whereSeparator: { !$0.isLetter }).compactMap(\.first)).lowercased()
    return short.split(whereSeparator: { !$0.isLetter }).contains { word in
      (2...6).contains(word.count) && word.allSatisfy(\.isUppercase) && initials.contains(word.lowercased())
    }
  }

  /// The indices of `findings` by arm, each in document order; arms with more than
  /// ``largestGroup`` findings are left out.
  static func arms(_ findings: [Finding], key: (Finding) -> String = { $0.armKey }) -> [[Int]] {
    var order: [String] = []
    var groups: [String: [Int]] = [:]
    for (i, finding) in findings.enumerated() {
      let k = key(finding)
      if groups[k] == nil { order.append(k) }
      groups[k, default: []].append(i)
    }
    return order.compactMap { groups[$0] }.filter { $0.count <= largestGroup }
  }

  /// Drops a finding whose every fact another finding of the same drug states too:
  /// articles restate their study in the summary, the body and the caption.
  static func mergingRestatements(_ findings: [Finding]) -> [Finding] {
    var redundant = Set<Int>()
    for arm in arms(findings) where arm.count > 1 {
      for i in arm {
        let restated = arm.contains { j in
          j != i && findings[i].isSubsumed(by: findings[j]) && (!findings[j].isSubsumed(by: findings[i]) || j < i)
            && !countsApart(findings[i], findings[j])
        }
        if restated { redundant.insert(i) }
      }
    }
    let kept = findings.indices.filter { !redundant.contains($0) }.map { findings[$0] }
    return mergingComplements(kept)
  }

  /// "taste disturbance in 9 (12.0%) ... and diarrhoea in nine": two counts read from
  /// different words of one sentence, or from table rows of different outcomes, are two
  /// facts, never one restating or completing the other.
  static func countsApart(_ a: Finding, _ b: Finding) -> Bool {
    guard let mine = a.evidence.first(where: { $0.field == "response" }),
      let theirs = b.evidence.first(where: { $0.field == "response" })
    else { return false }
    if mine.start == theirs.start && mine.textStart != theirs.textStart { return true }
    // "Seizure | 0/600" and "Maternal death | 0/600": the same numbers in two rows. The
    // same numbers of one arm in two sentences are one fact said twice, however worded
    // ("AAD" in the abstract, "antibiotic-associated diarrhoea" in the results).
    guard let first = a.response?.outcome, let second = b.response?.outcome, first != second else { return false }
    return mine.quote.contains(" | ") && theirs.quote.contains(" | ")
  }

  /// Joins two findings that tell different halves of one arm (the abstract gives the
  /// regimen and size, the results section the size and the response): they must agree
  /// on every fact both state and share one, and the smaller half must fit no other arm.
  static func mergingComplements(_ findings: [Finding]) -> [Finding] {
    var findings = findings
    var removed = Set<Int>()
    for arm in arms(findings) where arm.count > 1 {
      var members = arm
      var merged = true
      while merged {
        merged = false
        search: for i in members {
          let partners = members.filter { $0 != i && findings[$0].complements(findings[i]) && !countsApart(findings[$0], findings[i]) }
          guard partners.count == 1, let j = partners.first, findings[i].factCount <= findings[j].factCount else { continue }
          let (first, second) = (min(i, j), max(i, j))
          findings[first] = ResponseNormalizer.completed(findings[first].filled(from: findings[second]))
          members.removeAll { $0 == second }
          removed.insert(second)
          merged = true
          break search
        }
      }
    }
    return findings.indices.filter { !removed.contains($0) }.map { findings[$0] }
  }

  /// Gives each counted response of an arm the arm's regimen and size stated elsewhere,
  /// when one size alone fits it: the methods say "tranexamic acid (n = 88)", the results
  /// "3 (3.4%) ... transfusion" and "2 (2.3%) ... thrombosis" for the same arm, whose
  /// other finding may hold another outcome. A finding that only stated the size then
  /// restates the others and is dropped.
  static func sharingArmFacts(_ findings: [Finding]) -> [Finding] {
    var findings = findings
    let key = shortNames(findings)
    let keys = findings.map(key)
    for arm in arms(findings, key: key) {
      var sized = arm.filter { findings[$0].cohort != nil }
      if sized.isEmpty, let j = commonDenominator(arm, findings) {
        findings[j] = sizedByItsDenominator(findings[j])
        sized = [j]
      }
      guard !sized.isEmpty else { continue }
      for i in arm where findings[i].cohort == nil {
        // A count with its percentage ("3 (3.4%)") must fit the size; a bare percentage
        // fits too many sizes by chance ("33.0%" of 351 is 115.8) to join one elsewhere.
        // A bare count ("9 women in the A group") is of the arm's one size.
        guard let response = findings[i].response, response.responders != nil else { continue }
        let partners = sized.filter { j in
          guard let size = findings[j].cohort?.size else { return false }
          if let mine = findings[i].arm?.label, let theirs = findings[j].arm?.label, !Finding.sameName(mine, theirs),
            findings[i].drug != nil || keys[i] != keys[j]
          {
            return false
          }
          func agree<T: Equatable>(_ a: T?, _ b: T?) -> Bool { a == nil || b == nil || a == b }
          // "12 weeks" and "week 12" are one length of time, said two ways. "After seven
          // days, 81 of those on A could walk" says when the outcome was counted, not
          // how long the arm was treated.
          let timed = findings[i].evidence.first { $0.field == "duration" }.map { $0.start == sentence(of: findings[i]) } ?? false
          let (mine, theirs) = (timed ? nil : findings[i].duration, findings[j].duration)
          return dosesAgree(findings[i].dose, findings[j].dose) && agree(mine?.minDays, theirs?.minDays) && agree(mine?.maxDays, theirs?.maxDays)
            && (response.total == size || response.isStatedShare(of: size) || response.isBareCount(within: size))
        }
        guard let j = partners.count == 1 || Set(partners.compactMap { findings[$0].cohort?.size }).count == 1
          ? partners.first : countedSize(of: response, among: partners, arm: arm, findings)
        else { continue }
        findings[i] = ResponseNormalizer.completed(findings[i].filled(from: findings[j]))
      }
    }
    return findings
  }

  /// Whether two doses may be one: each of amount, unit, times a day and route is the
  /// same or left out by one of them ("tablets", a route alone, is the 16 mg oral dose's).
  static func dosesAgree(_ a: Dose?, _ b: Dose?) -> Bool {
    func agree<T: Equatable>(_ x: T?, _ y: T?) -> Bool { x == nil || y == nil || x == y }
    return agree(a?.amount, b?.amount) && agree(a?.maxAmount, b?.maxAmount) && agree(a?.unit, b?.unit) && agree(a?.perDay, b?.perDay)
      && agree(a?.route, b?.route) && !(a?.singleDose == true && b?.perDay != nil) && !(b?.singleDose == true && a?.perDay != nil)
  }

  /// Of an arm no finding sizes: the first of two or more counts that state one and the
  /// same total ("53 of the 130 patients on rifaximin", "none of the 130 patients given
  /// rifaximin"), where no stated count has another; its total is the arm's size.
  static func commonDenominator(_ arm: [Int], _ findings: [Finding]) -> Int? {
    let counted = arm.filter { i in
      guard let r = findings[i].response else { return false }
      return r.responders != nil && r.total != nil && r.derived == nil && r.subgroup == nil
    }
    guard counted.count >= 2, Set(counted.compactMap { findings[$0].response?.total }).count == 1 else { return nil }
    return counted.first
  }

  /// `finding` sized by the total of its own count, the count's words its evidence.
  static func sizedByItsDenominator(_ finding: Finding) -> Finding {
    guard let total = finding.response?.total else { return finding }
    var sized = finding
    sized.cohort = Cohort(size: total)
    sized.evidence += finding.evidence.filter { $0.field == "response" }.map { evidence in
      var size = evidence
      size.field = "cohort"
      return size
    }
    return sized
  }

  /// The arm key of each finding, where an arm without a drug named by a shorter name
  /// ("the CPAP group") is the one arm of the document whose longer name ends with its
  /// words ("Nasal CPAP (n = 148)"): the text shortens what the table names in full.
  static func shortNames(_ findings: [Finding]) -> (Finding) -> String {
    let prefix = "arm:"
    func name(_ f: Finding) -> String? {
      guard f.drug == nil, f.arm != nil, f.armKey.hasPrefix(prefix) else { return nil }
      return String(f.armKey.dropFirst(prefix.count).prefix { $0 != "/" })
    }
    let names = Set(findings.compactMap(name))
    var longer: [String: String] = [:]
    for short in names where !short.isEmpty {
      let fuller = names.filter { $0.hasSuffix(" " + short) }
      if fuller.count == 1, let full = fuller.first { longer[short] = full }
    }
    guard !longer.isEmpty else { return { $0.armKey } }
    return { f in
      guard let short = name(f), let full = longer[short] else { return f.armKey }
      return prefix + full + "/" + f.species.rawValue
    }
  }

  /// Where an arm has several sizes ("74" randomized, "N = 73" took a dose), the partner
  /// of a bare count ("Three participants taking prazosin reported a fall") whose size is
  /// the one the arm's other outcomes are counted of, when only one of them is (or the
  /// largest of several within a fifth of it) and it is at least 85% of each other size
  /// the arm has (but for one over five times as large).
  static func countedSize(of response: Response, among partners: [Int], arm: [Int], _ findings: [Finding]) -> Int? {
    guard response.total == nil, response.proportion == nil else { return nil }
    let counted = Set(partners.compactMap { j -> Int? in
      guard let size = findings[j].cohort?.size else { return nil }
      let used = arm.contains { k in
        guard let other = findings[k].response, other.responders != nil, other.subgroup == nil else { return false }
        return other.total == size && findings[k].cohort?.size == size
      }
      return used ? size : nil
    })
    // Within 15% of the arm's other sizes (a few never dosed), not a per-protocol,
    // completer or subgroup table's far smaller one; a size over five times as large
    // ("2,400 residents of the homes") is no other count of the arm's people.
    // Several counted sizes close together (the randomized "124 to alfuzosin" and the 120
    // seen at day 30): a bare count in the text is of the randomized, the largest.
    guard let size = counted.max(), counted.count == 1 || counted.allSatisfy({ 5 * $0 >= 4 * size }),
      !partners.contains(where: { j in findings[j].cohort.map { 20 * size < 17 * $0.size && $0.size <= 5 * size } ?? false })
    else { return nil }
    return partners.first { findings[$0].cohort?.size == size }
  }

  /// Where the sentence that states a finding's response starts, if it has one.
  static func sentence(of finding: Finding) -> Int? {
    finding.evidence.first { $0.field == "response" }?.start
  }

  /// Gives bare percentages listed in one sentence for several arms ("27.1%, 19.1%,
  /// 19.7% and 8.7% in the A, B, C and D groups") their arms' sizes, when every one of
  /// them is a whole count of its arm's one size at its stated rounding, to a tenth of a
  /// per cent at least. One share may fit a size by chance; all of a list together do not.
  static func sharingListedShares(_ findings: [Finding]) -> [Finding] {
    var findings = findings
    var partner: [Int: Int] = [:]
    var listed: [Int: [Int]] = [:]
    for arm in arms(findings) {
      let sized = arm.filter { findings[$0].cohort != nil }
      for i in arm {
        guard let response = findings[i].response, let sentence = findings[i].evidence.first(where: { $0.field == "response" })?.start
        else { continue }
        // "19.4% of the colchicine group and 40.5% of the placebo group": a share of the
        // list that its own arm's size already pinned counts as fitting.
        if findings[i].cohort != nil {
          if response.derived != nil { listed[sentence, default: []].append(i) }
          continue
        }
        guard response.responders == nil, response.total == nil else { continue }
        listed[sentence, default: []].append(i)
        guard let precision = response.statedPrecision, precision <= 0.001 else { continue }
        let fitting = sized.filter { j in
          guard let size = findings[j].cohort?.size, response.isStatedShare(of: size) else { return false }
          if let mine = findings[i].arm?.label, let theirs = findings[j].arm?.label, !Finding.sameName(mine, theirs) { return false }
          func agree<T: Equatable>(_ a: T?, _ b: T?) -> Bool { a == nil || b == nil || a == b }
          let (mine, theirs) = (findings[i].dose, findings[j].dose)
          return agree(mine?.amount, theirs?.amount) && agree(mine?.perDay, theirs?.perDay) && agree(mine?.route, theirs?.route)
        }
        if let j = fitting.first, Set(fitting.compactMap { findings[$0].cohort?.size }).count == 1 { partner[i] = j }
      }
    }
    for shares in listed.values where shares.count >= 2 && shares.allSatisfy({ partner[$0] != nil || findings[$0].cohort != nil }) {
      for i in shares {
        guard let j = partner[i] else { continue }
        findings[i] = ResponseNormalizer.completed(findings[i].filled(from: findings[j]))
      }
    }
    return findings
  }

  /// The findings of each drug (and species), and those of them with a count: a size or
  /// a response.
  static func drugGroups(_ findings: [Finding]) -> [(all: [Int], counted: [Int])] {
    arms(findings) { finding in finding.drug.map { $0.name + "/" + finding.species.rawValue } ?? "" }.compactMap { sameDrug in
      guard let first = sameDrug.first, findings[first].drug != nil else { return nil }
      return (sameDrug, sameDrug.filter { findings[$0].cohort != nil || findings[$0].response != nil })
    }
  }

  /// Gives a regimen stated on its own ("etoricoxib 90 mg once daily" in the methods) to
  /// the drug's findings with counts, when the article gives the drug that regimen only,
  /// and drops the regimen's own finding, which they then restate. A drug given at two
  /// doses or for two lengths of time keeps its regimens apart.
  static func sharingRegimen(_ findings: [Finding]) -> [Finding] {
    var findings = findings
    var dropped = Set<Int>()
    for (sameDrug, counted) in drugGroups(findings) {
      let regimens = sameDrug.filter { findings[$0].cohort == nil && findings[$0].response == nil && findings[$0].dose?.amount != nil }
      guard !counted.isEmpty, !regimens.isEmpty else { continue }
      func one<T: Hashable>(_ value: (Finding) -> T?) -> Bool { Set(sameDrug.compactMap { value(findings[$0]) }).count <= 1 }
      guard one({ $0.dose?.amount }), one({ $0.dose?.perDay }), one({ $0.dose?.route }), one({ $0.duration?.minDays }),
        one({ $0.duration?.maxDays })
      else { continue }
      for i in regimens {
        for j in counted { findings[j] = findings[j].filled(from: findings[i]) }
        dropped.insert(i)
      }
    }
    return findings.indices.filter { !dropped.contains($0) }.map { findings[$0] }
  }

  /// Gives a regimen stated on its own ("quetiapine 300 mg/day for 8 weeks") to the
  /// counted findings of the same drug at that dose (what ``sharingRegimen`` leaves: a
  /// drug with several doses has several regimens); a regimen without a dose only when
  /// every counted finding of the drug has one dose. Every fact must agree; the
  /// regimen's own finding is then dropped.
  static func sharingDoseRegimens(_ findings: [Finding]) -> [Finding] {
    var findings = findings
    var dropped = Set<Int>()
    for (sameDrug, counted) in drugGroups(findings) {
      for i in sameDrug where findings[i].cohort == nil && findings[i].response == nil {
        let regimen = findings[i]
        func agree<T: Equatable>(_ a: T?, _ b: T?) -> Bool { a == nil || b == nil || a == b }
        let targets = counted.filter { j in
          let other = findings[j]
          return dosesAgree(regimen.dose, other.dose)
            && agree(regimen.duration?.minDays, other.duration?.minDays) && agree(regimen.duration?.maxDays, other.duration?.maxDays)
            && agree(regimen.arm?.label, other.arm?.label)
            && (regimen.dose?.amount == nil || other.dose?.amount == regimen.dose?.amount)
        }
        // "300 mg/day" must name one dose among the targets; a regimen without a dose, one
        // dose among all the drug's counted findings.
        let amounts = Set((regimen.dose?.amount == nil ? counted : targets).map { findings[$0].dose?.amount })
        guard !targets.isEmpty, amounts.count == 1 else { continue }
        for j in targets { findings[j] = findings[j].filled(from: regimen) }
        dropped.insert(i)
      }
    }
    return findings.indices.filter { !dropped.contains($0) }.map { findings[$0] }
  }
}
