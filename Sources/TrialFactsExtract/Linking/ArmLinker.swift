/// Ties the facts of each paragraph to treatment arms.
///
/// An arm is a drug with its regimen. Within a sentence, each dose belongs to the drug
/// before it (or just after it: "20 mg of X") and takes the frequency that follows it;
/// a frequency beside a drug with no dose ("weekly dupilumab") makes an arm too; a
/// sentence that names no drug may point at arms by their dose or frequency ("in the
/// 4-mg group", "the every-2-weeks group"). Facts go to the arms of their sentence: in
/// order when the counts match, a single duration, frequency or route to all, otherwise
/// each to the nearest arm. Counts that sit with "placebo" go to the control arm. A sentence
/// that names no arm speaks of the arms of the sentence before; facts before any arm
/// wait for the first one. Counts stated for the whole study are dropped when the
/// paragraph has several arms. The first fact of each kind wins for an arm.
public struct ArmLinker {
  static let shared: Set<Mention.Label> = [.duration, .frequency, .route, .form]
  static let factLabels: [Mention.Label] = [.frequency, .route, .form, .duration, .cohort, .response]
  /// Contexts whose sentences state no result: plans, laboratory work, history.
  static let noResult: [Mention.Value] = [.context("planned"), .context("laboratory"), .context("historical")]
  /// The slot of a control arm ("placebo") among the arms of a sentence.
  static let control = -1
  /// Words after a count that point at the arm named next.
  static let forwardWords: Set<UInt64> = Set(
    ["to", "received", "receiving", "on", "in", "taking", "given", "got", "treated", "assigned", "randomized", "randomised"]
      .map { TokenKey.of($0) })

  public init() {}

  struct Anchor {
    var arm: Int
    /// Tokens that name the arm in this sentence ("upadacitinib 30 mg once daily").
    var token: Int
    var end: Int
    /// Made from a bare drug name: its counts may be the study's, not the arm's.
    var drugOnly: Bool
  }

  /// `blocks` holds, per block, whether facts may be taken from it, whether it is an item
  /// of a list, and its sentences.
  public func link(_ blocks: [(carriesFacts: Bool, listItem: Bool, sentences: [Sentence])]) -> [ArmDraft] {
    var arms: [ArmDraft] = []
    var previous: ParagraphLinker.Continued?
    // The two arms every list of arms so far named, across headings: "Patients were
    // assigned to A or B" in the methods tells which arm the other share of "less often
    // with A (1.0% vs 7.8%)" in the results is. A list of other arms (a third arm, a
    // subset's) leaves no pair for the rest of the document.
    var lastPair: [Int] = []
    var pairSpoiled = false
    // The last list of each length, across headings: "in the three groups, respectively".
    var listsByCount: [Int: [Int]] = [:]
    // "130 to each of three groups:" before a list of the arms, for its items, or "They
    // were split into two equal groups." before the paragraph that names the arms.
    var listSizes: [PlacedMention] = []
    // "…, applied four times a day for 5 days:" before the list: each item's schedule
    // where the item states none.
    var listRegimen: [PlacedMention] = []
    // The arms the items of the list just read made, the controls' too: where each has a
    // size ("- Prucalopride, one 2-mg tablet every morning", "- A look-alike placebo",
    // sized before the list), the paragraph after the list continues them all where it
    // speaks of everyone's treatment ("Everyone took their treatment over three months"),
    // in the order listed.
    var listArms: [Int] = []
    // The drugs named so far, by canonical name: one alone, named where the text speaks of
    // a trial ("The trial tested erenumab"), is the drug of doses assigned without a name
    // (not "All patients were already taking metformin", "Unlike ibuprofen, …").
    var drugsSoFar: [String: PlacedMention] = [:]
    var studiedDrugs = Set<String>()
    for (blockIndex, block) in blocks.enumerated() {
      let soleDrugSoFar = drugsSoFar.count == 1 ? drugsSoFar.first.flatMap { studiedDrugs.contains($0.key) ? $0.value : nil } : nil
      defer {
        for sentence in block.sentences where drugsSoFar.count < 2 && sentence.mentions.contains(where: { $0.label == .drug }) {
          let span = Int(sentence.tokens[sentence.range.lowerBound].start)..<Int(sentence.tokens[sentence.range.upperBound - 1].end)
          let studied = sentence.range.contains { Self.studyWords.contains(sentence.key($0)) }
          for drug in sentence.mentions(.drug) {
            let placed = PlacedMention(block: blockIndex, sentence: span, mention: drug)
            let name = ArmDraft(drug: placed).drugName
            if drugsSoFar[name] == nil { drugsSoFar[name] = placed }
            if studied { studiedDrugs.insert(name) }
          }
        }
      }
      // A heading starts a new topic: the arms before it are not continued after it.
      guard block.carriesFacts else {
        previous = nil
        listSizes = []
        listRegimen = []
        listArms = []
        continue
      }
      if !block.listItem, !listArms.isEmpty {
        if listArms.count > 1, listArms.allSatisfy({ arms[$0].cohort != nil }), ParagraphLinker.speaksOfTreatment(block.sentences),
          block.sentences.contains(where: ParagraphLinker.speaksOfEveryone)
        {
          previous = ParagraphLinker.Continued(arms: listArms, listedArms: listArms, listedSlots: listArms)
        }
        listArms = []
      }
      var paragraph = ParagraphLinker(
        block: blockIndex, sentences: block.sentences, previous: previous, earlierPair: lastPair, earlierLists: listsByCount)
      // (The paragraph after a list starts afresh.)
      if !block.listItem, blockIndex > 0, blocks[blockIndex - 1].listItem {
        listSizes = []
        listRegimen = []
      }
      paragraph.listSizes = listSizes
      paragraph.listItem = block.listItem
      paragraph.earlierSoleDrug = soleDrugSoFar
      for sentence in block.sentences { paragraph.link(sentence, into: &arms) }
      if !block.listItem {
        let list = blocks.indices.contains(blockIndex + 1) && blocks[blockIndex + 1].listItem
        listSizes = paragraph.sizesForNext(arms, list: list, sentences: block.sentences)
        listRegimen = list ? paragraph.regimenForNext(sentences: block.sentences) : []
      }
      if block.listItem {
        let itemArms = paragraph.paragraphArms + (paragraph.controlArm.map { [$0] } ?? [])
        for arm in itemArms where arms[arm].hasFacts && !arms[arm].animal {
          for fact in listRegimen { arms[arm].set(fact) }
        }
        listArms += itemArms
      }
      if let continued = paragraph.close(&arms) {
        previous = continued
        listsByCount.merge(continued.listsByCount) { _, new in new }
        if continued.listedSlots.count > 1 {
          let pair = Set(continued.listedSlots)
          if continued.listedSlots.count == 2, pair.count == 2, !pairSpoiled, lastPair.isEmpty || Set(lastPair) == pair {
            lastPair = continued.listedSlots
          } else {
            lastPair = []
            pairSpoiled = true
          }
        }
      }
    }
    // "194 people took part" given to the one arm an opening summary named: where the
    // other arms' own sizes add up to two thirds of it or less, or two or more stated
    // with it or after it add up to it, it counts the whole study, no arm. (Not "86
    // people used drops" beside 88 and 87, nor "The second trial enrolled 546" after
    // the first trial's 281 and 189.)
    func armSize(_ arm: ArmDraft) -> (n: Int, block: Int)? {
      guard !arm.animal, let size = arm.cohort, size.mention.scope == .arm, case .cohort(let n) = size.mention.value else { return nil }
      return (n, size.block)
    }
    for k in arms.indices {
      guard let size = arms[k].cohort, size.mention.scope == .total, case .cohort(let n) = size.mention.value,
        // ("326 were assigned to A and 326 to B": the same count for two arms in one
        // paragraph, or each in a paragraph that names its arm, "A total of 300 people took
        // semaglutide 1 mg", is each one's; "384 adults" in a summary and "384 people" in
        // the methods, a paragraph that names no arm, are the study's twice.)
        !arms.indices.contains(where: { j in
          j != k && arms[j].cohort.map { other in
            other.mention.value == size.mention.value
              && (other.block == size.block || (other.block == arms[j].drug.block && size.block == arms[k].drug.block))
          } == true
        })
      else { continue }
      let others = arms.indices.filter { $0 != k }.compactMap { armSize(arms[$0]) }
      let later = others.filter { $0.block >= size.block }
      if (!others.isEmpty && Double(n) >= 1.5 * Double(others.map(\.n).reduce(0, +)))
        || (later.count >= 2 && Double(n) >= 0.95 * Double(later.map(\.n).reduce(0, +)))
      {
        arms[k].cohort = nil
      }
    }
    return arms
  }

  /// "281 to drug A", "276 were assigned to drug A", "9 of 12 patients on drug A".
  static func pointsForward(_ fact: Mention, in sentence: Sentence) -> Bool {
    let next = sentence.key(fact.endToken)
    if forwardWords.contains(next) { return true }
    // "(N = 357 for placebo, N = 353 for drug A)"
    if next == Keys.for, sentence.key(fact.firstToken) == Keys.n { return true }
    // "… and 103 an identical-looking placebo": a control's size before its article.
    if fact.label == .cohort, Keys.articles.contains(next),
      let arm = sentence.mentions.first(where: { m in
        m.value == .context("control") && m.firstToken > fact.endToken && m.firstToken - fact.endToken <= 4
      }),
      (fact.endToken..<arm.firstToken).allSatisfy({ sentence.isWord($0) || sentence.key($0) == Keys.hyphen })
    {
      return true
    }
    guard next == Keys.were || next == Keys.was else { return false }
    // "300 were randomly assigned to sitagliptin", "162 were picked at random to receive A".
    var verb = fact.endToken + 1
    if forwardAdverbs.contains(sentence.key(verb)) { verb += 1 }
    if pickingWords.contains(sentence.key(verb)), sentence.key(verb + 1) == at, sentence.key(verb + 2) == random { return true }
    return forwardWords.contains(sentence.key(verb)) || sentence.key(verb) == allocated
  }

  private static let studyWords: Set<UInt64> = Set(
    ["trial", "study", "tested", "tests", "testing", "compared", "randomised", "randomized", "assigned", "efficacy", "evaluated", "investigated"]
      .map { TokenKey.of($0) })
  private static let forwardAdverbs: Set<UInt64> = Set(["randomly", "then", "subsequently"].map { TokenKey.of($0) })
  private static let pickingWords: Set<UInt64> = Set(["picked", "chosen", "selected"].map { TokenKey.of($0) })
  private static let at = TokenKey.of("at")
  private static let random = TokenKey.of("random")
  private static let allocated = TokenKey.of("allocated")

}
