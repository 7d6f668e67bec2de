/// Ties the facts of each paragraph to treatment arms.
///
/// Within a sentence: each dose belongs to the nearest drug before it (or just after
/// it: "20 mg of X"); a sentence with facts and no dose makes an arm of each drug it
/// names. Facts go to the arms of their sentence: one per arm in order when the counts
/// match ("2 mg (n = 184) or 4 mg (n = 281)"), a single duration, frequency or route to
/// all of them, otherwise to the nearest arm. A sentence that names no drug speaks of
/// the arms of the sentence before it; facts that come before any arm in a paragraph
/// wait for the first one. The first fact of each kind wins for an arm.
public struct ArmLinker {
  static let shared: Set<Mention.Label> = [.duration, .frequency, .route]
  static let factLabels: [Mention.Label] = [.frequency, .route, .duration, .cohort, .response]

  public init() {}

  /// `blocks` holds, per block, whether facts may be taken from it and its sentences.
  public func link(_ blocks: [(carriesFacts: Bool, sentences: [Sentence])]) -> [ArmDraft] {
    var arms: [ArmDraft] = []
    var previousArms: [Int] = []  // the arms the last paragraph ended on

    for (blockIndex, block) in blocks.enumerated() where block.carriesFacts {
      var paragraphArms: [Int] = []
      var current: [Int] = []
      var pending: [PlacedMention] = []
      var recentDrugs: [PlacedMention] = []
      let paragraphHasDrug = block.sentences.contains { !$0.mentions(.drug).isEmpty }
      if !paragraphHasDrug { current = previousArms }
      var paragraphAnimal = false
      var paragraphHuman = false

      for sentence in block.sentences {
        let span = Int(sentence.tokens[sentence.range.lowerBound].start)..<Int(sentence.tokens[sentence.range.upperBound - 1].end)
        func place(_ m: Mention) -> PlacedMention { PlacedMention(block: blockIndex, sentence: span, mention: m) }
        if !sentence.mentions(.species).isEmpty { paragraphAnimal = true }
        if !sentence.mentions(.cohort).isEmpty { paragraphHuman = true }
        if !sentence.mentions(.context).isEmpty { continue }  // planned or hypothetical

        let drugs = sentence.mentions(.drug)
        let facts = sentence.mentions.filter { Self.factLabels.contains($0.label) }
        var sentenceArms: [(arm: Int, anchor: Int)] = []

        // 1. Doses make arms, each under its drug.
        var anchoredDrugs = Set<Int>()
        for dose in sentence.mentions(.dose) {
          var drug = drugs.last { $0.endToken <= dose.firstToken }
          if drug == nil { drug = drugs.first { $0.firstToken >= dose.endToken && $0.firstToken - dose.endToken <= 3 } }
          let drugPlaced: PlacedMention
          if let drug {
            anchoredDrugs.insert(drug.firstToken)
            drugPlaced = place(drug)
          } else if let last = current.last ?? paragraphArms.last {
            drugPlaced = arms[last].drug
          } else if let recent = recentDrugs.last {
            drugPlaced = recent
          } else {
            continue
          }
          let name = drugName(drugPlaced)
          let index: Int
          if let same = paragraphArms.last(where: { drugName(arms[$0].drug) == name && arms[$0].doseValue == dose.value }) {
            index = same
          } else if let open = paragraphArms.last(where: { drugName(arms[$0].drug) == name && arms[$0].dose == nil }),
            !sentenceArms.contains(where: { $0.arm == open })
          {
            index = open
            arms[index].dose = place(dose)
          } else {
            var arm = ArmDraft(drug: drugPlaced)
            arm.dose = place(dose)
            arms.append(arm)
            index = arms.count - 1
            paragraphArms.append(index)
          }
          sentenceArms.append((index, dose.firstToken))
        }

        // 2. Drugs named with facts but no dose make arms of their own.
        if !facts.isEmpty {
          var seen = Set(sentenceArms.map { drugName(arms[$0.arm].drug) })
          for drug in drugs where !anchoredDrugs.contains(drug.firstToken) {
            let placed = place(drug)
            let name = drugName(placed)
            guard !seen.contains(name) else { continue }
            seen.insert(name)
            let index: Int
            if let existing = paragraphArms.last(where: { drugName(arms[$0].drug) == name }) {
              index = existing
            } else {
              arms.append(ArmDraft(drug: placed))
              index = arms.count - 1
              paragraphArms.append(index)
            }
            sentenceArms.append((index, drug.firstToken))
          }
        }
        if !drugs.isEmpty { recentDrugs = drugs.map(place) }
        sentenceArms.sort { $0.anchor < $1.anchor }

        // 3. Facts to arms.
        if sentenceArms.isEmpty {
          if current.isEmpty {
            pending.append(contentsOf: facts.map(place))
          } else {
            for fact in facts {
              for arm in current where Self.shared.contains(fact.label) || current.count == 1 { arms[arm].set(place(fact)) }
              if !Self.shared.contains(fact.label), current.count > 1 { assignInOrder(fact, among: current, facts: facts, arms: &arms, place: place) }
            }
          }
        } else {
          let targets = sentenceArms.map(\.arm)
          for arm in targets where !pending.isEmpty {
            for fact in pending { arms[arm].set(fact) }
          }
          pending.removeAll()
          for label in Self.factLabels {
            let ofLabel = facts.filter { $0.label == label }
            guard !ofLabel.isEmpty else { continue }
            if targets.count == 1 {
              arms[targets[0]].set(place(ofLabel[0]))
            } else if ofLabel.count == targets.count {
              for (fact, target) in zip(ofLabel, sentenceArms) { arms[target.arm].set(place(fact)) }
            } else if ofLabel.count == 1, Self.shared.contains(label) {
              for target in targets { arms[target].set(place(ofLabel[0])) }
            } else {
              for fact in ofLabel {
                let nearest = sentenceArms.last { $0.anchor <= fact.firstToken } ?? sentenceArms[0]
                arms[nearest.arm].set(place(fact))
              }
            }
          }
          if !sentence.mentions(.species).isEmpty {
            for target in targets {
              arms[target].animal = true
              if arms[target].species == nil { arms[target].species = place(sentence.mentions(.species)[0]) }
            }
          }
          current = targets
        }
      }
      if paragraphAnimal && !paragraphHuman {
        for arm in paragraphArms { arms[arm].animal = true }
      }
      if !paragraphArms.isEmpty { previousArms = current }
    }
    return arms
  }

  private func assignInOrder(
    _ fact: Mention, among current: [Int], facts: [Mention], arms: inout [ArmDraft], place: (Mention) -> PlacedMention
  ) {
    let ofLabel = facts.filter { $0.label == fact.label }
    guard ofLabel.count == current.count, let position = ofLabel.firstIndex(of: fact) else { return }
    arms[current[position]].set(place(fact))
  }

  private func drugName(_ placed: PlacedMention) -> String {
    if case .drug(let canonical) = placed.mention.value { return canonical }
    return ""
  }
}
