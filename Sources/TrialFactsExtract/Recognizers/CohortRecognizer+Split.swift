/// Arm sizes written as the split of a total: counts without a noun, each before its
/// arm, after the people enrolled.
extension CohortRecognizer {
  private static let clauseEnds: Set<UInt64> = Set([".", ";", ",", "(", ")"].map { TokenKey.of($0) })
  private static let splitBreakers: Set<UInt64> = Set(["in", "of", "to", "at", "with", "by"].map { TokenKey.of($0) })

  /// "80 patients enrolled in the study, 40 in the clonidine group and 40 in the midazolam
  /// group": counts without a noun, each before its arm, that add up to a count of people
  /// before them split it into the arms' sizes. The sum keeps out people with an outcome
  /// ("12 in the A group and 5 in the B group improved").
  func addSplitSizes(_ sentence: inout Sentence) {
    // The total is of people who joined ("80 patients enrolled", "60 were randomized"),
    // not of people with an outcome ("17 infants were readmitted (11 in … and 6 in …)",
    // "of the 30 patients who had nausea, 20 in group A and 10 in group B").
    let totals = sentence.mentions(.cohort).compactMap { mention -> (size: Int, end: Int)? in
      guard case .cohort(let size) = mention.value else { return nil }
      let joined = (mention.endToken..<min(mention.endToken + 3, sentence.range.upperBound)).contains {
        Keys.enrolledVerbs.contains(sentence.key($0))
      }
      return joined ? (size, mention.endToken) : nil
    }
    // "Patients were randomized to ketamine or placebo: 98 were in the ketamine group and
    // 101 in the placebo group.": counts after the allocation itself, with nothing after
    // them that makes them people with an outcome.
    let allocation = sentence.range.first { Keys.assignmentVerbs.contains(sentence.key($0)) }
    guard !totals.isEmpty || allocation != nil || sentence.mentions.contains(where: { $0.label == .cohort && $0.scope == .arm }) else { return }
    // Counts already read as sizes ("155 to placebo") stay in the run to make its sum.
    var run: [(number: NumberSpan, armEnd: Int, known: Bool)] = []
    func close() {
      defer { run = [] }
      guard run.count >= 2, let first = run.first?.number, let last = run.last else { return }
      let sum = run.reduce(0) { $0 + Int($1.number.value) }
      let splitsTotal = totals.contains { $0.end <= first.first && $0.size == sum }
      let afterAllocation = allocation.map { $0 < first.first } == true && sentence.key(first.end) == Keys.were
        && (last.armEnd >= sentence.range.upperBound || Self.clauseEnds.contains(sentence.key(last.armEnd)))
      // "There were 200 patients in the metformin group and 198 in the placebo group": a
      // size read with its noun in a sentence that states sizes, and counts like it after
      // it, up to the clause's end (not "Deaths: 5 patients in …", "Dropouts were 12 …").
      let likeFirst = run[0].known && nounEnd(of: first, in: sentence) != nil && statesSizes(sentence, before: first.first)
        && (last.armEnd >= sentence.range.upperBound || Self.clauseEnds.contains(sentence.key(last.armEnd)))
      guard splitsTotal || afterAllocation || likeFirst else { return }
      for item in run where !item.known {
        sentence.add(.cohort, .cohort(size: Int(item.number.value)), tokens: item.number.first, item.number.end)
        sentence.setLastScope(.arm)
        // Kept in text order among the counts read before it.
        if let later = sentence.mentions.indices.dropLast().first(where: {
          sentence.mentions[$0].label == .cohort && sentence.mentions[$0].firstToken > item.number.first
        }) {
          sentence.mentions.insert(sentence.mentions.removeLast(), at: later)
        }
      }
    }
    for number in sentence.numbers where number.isInteger && number.value >= 1 {
      let known = sentence.mentions.contains { $0.label == .cohort && $0.firstToken == number.first && $0.scope == .arm }
      guard known || !sentence.isCovered(number.first, by: .cohort), !sentence.isCovered(number.first, by: .dose),
        !sentence.isCovered(number.first, by: .duration),
        let armEnd = splitArmEnd(sentence, after: number.end) ?? (run.isEmpty ? nounEnd(of: number, in: sentence).flatMap { splitArmEnd(sentence, after: $0) } : nil)
      else {
        close()
        continue
      }
      // Joined to the one before by "," or "and": "40 in A, 41 in B and 39 in C".
      if let last = run.last {
        var joiner = last.armEnd
        if sentence.key(joiner) == Keys.comma { joiner += 1 }
        if sentence.key(joiner) == Keys.and { joiner += 1 }
        if joiner != number.first || joiner == last.armEnd { close() }
      }
      run.append((number, armEnd, known))
      if run.count > Self.longestList { run = [] }
    }
    close()
  }

  /// "660 were randomised (RVP 331, APR 329)", "288 were randomised (145 ivermectin, 143
  /// permethrin)": in the bracket right after an assignment, each arm's name (a drug or a
  /// control) with a bare count right after or right before it is that arm's size; two
  /// such items or more.
  func addBracketedSizes(_ sentence: inout Sentence) {
    let itemEnds = [Keys.comma, Keys.semicolon, Keys.closeParen]
    for open in sentence.range where sentence.key(open) == Keys.openParen {
      // "were randomised (", "randomised 251 women (": the verb, or the verb and its count
      // ("12 withdrew (7 A, 5 B)" after "Of those randomised," is no assignment).
      let verb = (max(sentence.range.lowerBound, open - 4)..<open).last(where: { Keys.assignmentVerbs.contains(sentence.key($0)) })
      guard let verb, verb >= open - 2 || sentence.number(startingAt: verb + 1)?.isInteger == true,
        let close = (open + 1..<min(open + 24, sentence.range.upperBound)).first(where: { sentence.key($0) == Keys.closeParen })
      else { continue }
      let names = sentence.mentions.filter { m in m.firstToken > open && m.endToken <= close && (m.label == .drug || ResponseRecognizer.namesArm(m)) }
      func isSize(_ number: NumberSpan) -> Bool {
        number.isInteger && number.value >= 2 && !number.isPercent && !sentence.isCovered(number.first, by: .dose)
      }
      // "(sertraline 50 and 100 mg, …)": amounts, not sizes.
      let after = names.compactMap { m -> NumberSpan? in
        guard m.endToken < close, let number = sentence.number(startingAt: m.endToken), isSize(number), itemEnds.contains(sentence.key(number.end))
        else { return nil }
        return number
      }
      let before = names.compactMap { m -> NumberSpan? in
        guard itemEnds.contains(sentence.key(m.endToken)), let number = sentence.number(endingAt: m.firstToken), number.first > open,
          isSize(number), [Keys.openParen, Keys.comma, Keys.semicolon].contains(sentence.key(number.first - 1))
        else { return nil }
        return number
      }
      // Every number of the bracket is an arm's size ("(A 2:1 B; A 60, B 30)" is not read).
      let numbers = sentence.numbers.filter { $0.first > open && $0.first < close }.count
      let items = (after.count == numbers ? after : before.count == numbers ? before : []).filter { !sentence.isCovered($0.first, by: .cohort) }
      guard numbers >= 2, !items.isEmpty else { continue }
      for number in items { addArmSize(number, to: &sentence) }
    }
  }

  /// "441 were allocated to receive escitalopram (222) or bupropion XL (219)": a bare count
  /// alone in brackets right after each arm's name (a drug or a control), two or more,
  /// that add up to a count of people before them. The sum keeps out references ("aspirin
  /// (12)") and other numbers in brackets.
  func addNamedBracketSizes(_ sentence: inout Sentence) {
    // "Among 50 patients with prior therapy, metformin (30) and gliclazide (20) were most
    // common": people who took drugs before, not arms.
    guard sentence.range.contains(where: { Keys.assignmentVerbs.contains(sentence.key($0)) }) else { return }
    let totals = sentence.mentions(.cohort).compactMap { mention -> (size: Int, end: Int)? in
      guard case .cohort(let size) = mention.value else { return nil }
      return (size, mention.endToken)
    }
    guard !totals.isEmpty else { return }
    let items = sentence.mentions.compactMap { m -> NumberSpan? in
      guard m.label == .drug || ResponseRecognizer.namesArm(m), sentence.key(m.endToken) == Keys.openParen,
        let number = sentence.number(startingAt: m.endToken + 1), number.isInteger, !number.isPercent, number.value >= 2,
        sentence.key(number.end) == Keys.closeParen, !sentence.isCovered(number.first, by: .cohort)
      else { return nil }
      return number
    }
    let sum = items.reduce(0) { $0 + $1.value }
    guard items.count >= 2, totals.contains(where: { $0.end <= items[0].first && Double($0.size) == sum }) else { return }
    for number in items { addArmSize(number, to: &sentence) }
  }

  /// Adds an arm's size read apart from the others, kept in text order among the counts
  /// read before it.
  private func addArmSize(_ number: NumberSpan, to sentence: inout Sentence) {
    sentence.add(.cohort, .cohort(size: Int(number.value)), tokens: number.first, number.end)
    sentence.setLastScope(.arm)
    if let later = sentence.mentions.indices.dropLast().first(where: {
      sentence.mentions[$0].label == .cohort && sentence.mentions[$0].firstToken > number.first
    }) {
      sentence.mentions.insert(sentence.mentions.removeLast(), at: later)
    }
  }

  /// Where "in the clonidine group", "to group B", "were in the placebo arm" ends when it
  /// starts at `start`.
  /// "There were 200 …", "We enrolled 200 …", "The trial included 200 …": words before
  /// the first count, with no colon, that say the counts are of the people taken in.
  private func statesSizes(_ sentence: Sentence, before first: Int) -> Bool {
    let opening = sentence.range.lowerBound..<first
    guard !opening.contains(where: { sentence.key($0) == Keys.colon }) else { return false }
    return opening.contains { i in
      Keys.enrolledVerbs.contains(sentence.key(i))
        || (sentence.key(i) == Self.there && (sentence.key(i + 1) == Keys.were || sentence.key(i + 1) == Keys.was))
    }
  }

  private static let there = TokenKey.of("there")

  /// Where the noun of an arm's size read with one ends ("200 patients"), or nil.
  private func nounEnd(of number: NumberSpan, in sentence: Sentence) -> Int? {
    sentence.mentions.first { $0.label == .cohort && $0.scope == .arm && $0.firstToken == number.first && $0.endToken > number.end }?.endToken
  }

  private func splitArmEnd(_ sentence: Sentence, after start: Int) -> Int? {
    // "98 were in the onlay mesh group", "40 were assigned to group A"
    var index = start
    if sentence.key(index) == Keys.were || sentence.key(index) == Keys.was { index += 1 }
    if Keys.enrolledVerbs.contains(sentence.key(index)) { index += 1 }
    guard [Keys.in, Keys.to, Keys.into].contains(sentence.key(index)) else { return nil }
    for i in (index + 1)..<min(index + 7, sentence.range.upperBound) {
      let key = sentence.key(i)
      if key == Keys.group || key == Keys.arm {
        // "group B", "arm 2": the letter or number after the noun names it.
        if i + 1 < sentence.range.upperBound, i == index + 1 || (i == index + 2 && sentence.key(index + 1) == Keys.the),
          sentence.tokens[i + 1].kind == .word || sentence.tokens[i + 1].kind == .number,
          sentence.tokens[i + 1].end - sentence.tokens[i + 1].start <= 2
        {
          return i + 2
        }
        return i + 1
      }
      // "158 to LGG and 155 to placebo": an arm the article named, right after.
      if i <= index + 2, i == index + 1 || sentence.key(index + 1) == Keys.the,
        let arm = sentence.mentions.first(where: { $0.firstToken == i && ($0.label == .drug || $0.label == .context) }),
        arm.label == .drug || arm.value == .context("control") || { if case .arm = arm.value { return true } else { return false } }(),
        // "40 in the clonidine group": the group noun ends it (below).
        sentence.key(arm.endToken) != Keys.group, sentence.key(arm.endToken) != Keys.arm
      {
        return arm.endToken
      }
      // "98 were in remission in the ketamine group": a state, then the arm.
      if key == Keys.comma || key == Keys.and || sentence.tokens[i].kind == .number || Self.splitBreakers.contains(key) { return nil }
    }
    return nil
  }
}
