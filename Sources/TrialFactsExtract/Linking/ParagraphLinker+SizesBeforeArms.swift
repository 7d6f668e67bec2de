/// Sizes stated before the arms are named: "130 to each of three groups:" before one list
/// item per arm, "The volunteers were split into two equal groups." before the paragraph
/// that gives each arm its treatment; and the words that tell such a paragraph, or the one
/// after a list, speaks of the arms' treatment and of everyone.
extension ParagraphLinker {
  /// Gives the sizes the paragraph before stated to the arms, and the control, this one
  /// names: a list item's, once; in a paragraph, those of each sentence that gives the arms
  /// their treatment ("One group took A. … and the third took an identical placebo."),
  /// not one of people left out, of rescue treatment or of another study.
  mutating func giveListSizes(_ s: SentenceLink, _ arms: inout [ArmDraft]) {
    let targets = Set(s.anchors.map(\.arm))
    guard !targets.isEmpty || !s.controls.isEmpty else { return }
    // (Nor what every arm took beside its own: "Both groups were given paracetamol as
    // needed", "Everyone also received metformin".)
    if !listItem {
      let sentence = s.sentence
      guard sentence.range.contains(where: { Self.treatingWords.contains(sentence.key($0)) }), !Self.speaksOfEveryone(sentence),
        !sentence.range.contains(where: { Self.otherStudyWords.contains(sentence.key($0)) || Self.leftOutWords.contains(sentence.key($0)) })
      else { return }
    }
    for fact in listSizes {
      for arm in targets where arms[arm].cohort == nil { arms[arm].set(fact) }
      // ("Group B received placebo": the group named is the control's arm already.)
      if !s.controls.isEmpty, s.activeArms.isEmpty, controlArm.map({ arms[$0].cohort == nil }) ?? true {
        setOnControl(fact.mention, s, &arms, placed: fact)
      }
    }
    if listItem { listSizes = [] }
  }

  /// The sizes every arm has that a paragraph naming no arm states ("A total of 390 adults
  /// were randomly assigned, 130 to each of three groups:", "The volunteers were split into
  /// two equal groups."), for the next paragraph, or the list items, that name the arms.
  /// (An arm made for a drug the people had before, without a fact, is none.) `list`: for
  /// list items, only sizes of a last sentence that ends in a colon, which introduces
  /// them ("…, 130 to each of three groups:", not "… two equal groups. Exclusion criteria
  /// were:").
  func sizesForNext(_ arms: [ArmDraft], list: Bool, sentences: [Sentence]) -> [PlacedMention] {
    guard paragraphArms.allSatisfy({ !arms[$0].hasFacts }), controlArm == nil else { return [] }
    let sizes = (everyArmSizes + pending).filter { $0.mention.label == .cohort && $0.mention.scope == .each }
    guard list else { return sizes }
    guard let last = sentences.last, last.key(last.range.upperBound - 1) == Keys.colon else { return [] }
    let span = Int(last.tokens[last.range.lowerBound].start)..<Int(last.tokens[last.range.upperBound - 1].end)
    return sizes.filter { $0.sentence == span }
  }

  /// The schedule every arm of the list after this paragraph follows: the first
  /// frequency and duration of a last sentence that ends in a colon and names no drug or
  /// dose ("They were randomly assigned to one of three pastes, applied four times a day
  /// for 5 days:"), where the paragraph made no arm.
  func regimenForNext(sentences: [Sentence]) -> [PlacedMention] {
    guard paragraphArms.isEmpty, controlArm == nil, let last = sentences.last, last.key(last.range.upperBound - 1) == Keys.colon,
      last.mentions(.drug).isEmpty, last.mentions(.dose).isEmpty
    else { return [] }
    let link = SentenceLink(last, block: block)
    return [last.mentions(.frequency).first, last.mentions(.duration).first].compactMap { $0.map(link.place) }
  }

  /// Whether a sentence of the paragraph speaks of the arms' treatment: a verb that gives
  /// it, or a word for it.
  /// (Not of people left out: "Patients who had received antibiotics within 4 weeks were
  /// excluded.")
  static func speaksOfTreatment(_ sentences: [Sentence]) -> Bool {
    sentences.contains { sentence in
      sentence.range.contains { Self.treatingWords.contains(sentence.key($0)) || Self.treatmentNouns.contains(sentence.key($0)) }
    } && !sentences.contains { sentence in
      sentence.range.contains { Self.leftOutWords.contains(sentence.key($0)) || Self.otherStudyWords.contains(sentence.key($0)) }
    }
  }

  private static let treatmentNouns: Set<UInt64> = Set(["treatment", "treatments", "therapy", "medication", "dosing"].map { TokenKey.of($0) })

  /// "everyone", "all participants", "both groups", "each arm", "each woman": a sentence
  /// of every arm.
  /// ("Each woman took her treatment …" speaks of it; "Each patient had been depressed
  /// for 2 years", "… received counselling for 8 weeks" do not.)
  static func speaksOfEveryone(_ sentence: Sentence) -> Bool {
    let treatment = sentence.range.contains { Self.treatmentNouns.contains(sentence.key($0)) || Self.formNouns.contains(sentence.key($0)) }
    return sentence.range.contains { i in
      Self.everyoneWords.contains(sentence.key(i))
        || (Self.everyArmWords.contains(sentence.key(i)) && (i + 1...i + 2).contains { k in
          Self.everyoneNouns.contains(sentence.key(k)) || (treatment && Self.someoneNouns.contains(sentence.key(k)))
        })
    }
  }

  private static let everyoneWords: Set<UInt64> = Set(["everyone", "everybody"].map { TokenKey.of($0) })
  private static let everyoneNouns: Set<UInt64> = Set(
    ["patients", "participants", "volunteers", "subjects", "children", "women", "men", "adults", "groups", "arms"].map { TokenKey.of($0) })
  private static let someoneNouns: Set<UInt64> = Set(
    ["patient", "participant", "volunteer", "subject", "child", "woman", "man", "adult", "person"].map { TokenKey.of($0) })
  private static let formNouns: Set<UInt64> = Set(
    ["tablet", "tablets", "capsule", "capsules", "pill", "pills", "injection", "injections", "dose", "doses", "drops", "spray", "cream", "gel",
     "ointment", "patch", "inhaler"].map { TokenKey.of($0) })

  /// Verbs that give the arms their treatment.
  private static let treatingWords: Set<UInt64> = Keys.assignmentVerbs.union(
    ["took", "take", "received", "receive", "given", "got", "used", "applied", "allocated"].map { TokenKey.of($0) })
  /// Words of people left out of the trial, and of treatment beside the arms'.
  private static let leftOutWords: Set<UInt64> = Set(
    ["excluded", "ineligible", "exclusion", "rescue", "allowed", "permitted", "background", "also", "additionally", "needed", "concomitant"]
      .map { TokenKey.of($0) })
}
