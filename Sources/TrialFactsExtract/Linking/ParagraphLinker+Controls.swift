/// The control arms of a paragraph: placebo, vehicle, sham, usual care. Counts that sit
/// with a control are no drug arm's; those that say so are the control arm's, and a
/// sentence naming two kinds of control ("sham" and "waiting list") gives each its arm.
extension ParagraphLinker {
  /// Gives a count to the control arm, made from the control named nearest to it; `placed`
  /// is where the count was read, when not in this sentence.
  mutating func setOnControl(_ fact: Mention, _ s: SentenceLink, _ arms: inout [ArmDraft], placed: PlacedMention? = nil) {
    if controlArm == nil {
      func distance(_ m: Mention) -> Int { abs(m.firstToken - fact.firstToken) }
      guard let name = s.controls.min(by: { distance($0) < distance($1) }) else { return }
      var draft = ArmDraft(drug: s.place(name))
      var label = String(decoding: s.sentence.bytes[name.start..<name.end], as: UTF8.self)
      // "22/62 after sham" where the methods named the arm "sham acupuncture (n = 62)": the
      // same control arm, by its full name.
      if let earlier = Self.earlierControlArm(startingWith: label, in: arms), case .arm(let full) = arms[earlier].drug.mention.value {
        label = full
        arms[earlier].namedArm = (arms[earlier].namedArm?.label ?? full, true)
      }
      draft.namedArm = (label, true)
      arms.append(draft)
      controlArm = arms.count - 1
    }
    if let controlArm { arms[controlArm].set(placed ?? s.place(fact)) }
  }

  /// The one earlier arm without a drug whose name starts with the control word `label`
  /// and goes on ("sham acupuncture" for "sham").
  static func earlierControlArm(startingWith label: String, in arms: [ArmDraft]) -> Int? {
    let key = controlKey(label) + " "
    let found = recent(arms).filter { index in
      guard case .arm(let name) = arms[index].drug.mention.value else { return false }
      return controlKey(name).hasPrefix(key)
    }
    return found.count == 1 ? found[0] : nil
  }

  /// The control arm named `label` where a paragraph has several kinds ("waiting list"
  /// beside "sham"): the paragraph's control arm if it has that name (or none yet), else
  /// one of its own, made on first use.
  mutating func namedControlArm(_ placed: PlacedMention, label: String, _ arms: inout [ArmDraft]) -> Int {
    let key = Self.controlKey(label)
    if let controlArm, Self.controlKey(arms[controlArm].namedArm?.label ?? "") == key { return controlArm }
    if let arm = otherControls[key] { return arm }
    var draft = ArmDraft(drug: placed)
    draft.namedArm = (label, true)
    if let earlier = Self.earlierControlArm(startingWith: label, in: arms), case .arm(let full) = arms[earlier].drug.mention.value {
      draft.namedArm = (full, true)
      arms[earlier].namedArm = (arms[earlier].namedArm?.label ?? full, true)
    }
    arms.append(draft)
    if controlArm == nil {
      controlArm = arms.count - 1
    } else {
      otherControls[key] = arms.count - 1
    }
    return arms.count - 1
  }

  /// A control's name as compared: "Waiting-list group" and "waiting list" are one.
  static func controlKey(_ label: String) -> String {
    var key = String(label.lowercased().map { $0 == "-" ? " " : $0 })
    for suffix in [" groups", " group", " arms", " arm"] where key.hasSuffix(suffix) {
      key.removeLast(suffix.count)
      break
    }
    // "controls" and "control": one arm, as `Finding.sameName` folds them.
    if key.count > 4, key.hasSuffix("s"), !key.hasSuffix("ss"), !key.contains(" ") { key.removeLast() }
    return key
  }

  /// The paragraph's control arm, made from the control the last sentence named if no
  /// count has landed on it yet.
  mutating func lastControlArm(_ arms: inout [ArmDraft]) -> Int? {
    if controlArm == nil, let lastControl {
      var draft = ArmDraft(drug: lastControl.placed)
      draft.namedArm = (lastControl.label, true)
      arms.append(draft)
      controlArm = arms.count - 1
    }
    return controlArm
  }

  /// In a sentence that names no arm, a count within a few words of "placebo" (in a
  /// list item, of its own words) is not a drug arm's.
  func isNearControl(_ fact: Mention, controls: [Mention]) -> Bool {
    func distance(_ token: Int) -> Int { token < fact.firstToken ? fact.firstToken - token : token - fact.endToken + 1 }
    return controls.contains { min(distance($0.firstToken), distance($0.endToken - 1)) <= (listItem ? 14 : 6) }
  }

  /// The count is the control arm's: "placebo" follows it ("23 of 224 patients on
  /// placebo") or opens its clause as the group ("in the placebo group, 8 of 109").
  func isOfControl(_ fact: Mention, in sentence: Sentence, controls: [Mention]) -> Bool {
    controls.contains { control in
      // "vaccine (n = 1,002) or saline placebo (n = 998)": an "(n = …)" closes the arm
      // named before it, never the control named after it.
      if control.firstToken >= fact.endToken, sentence.key(fact.firstToken) == Keys.n { return false }
      // "60 of 229 control participants": the control names the count's own people.
      if fact.firstToken < control.firstToken, control.endToken <= fact.endToken { return true }
      // "88 of 233 patients and 60 of 229 control participants": a control after another
      // count is that count's.
      // (Not across another number: "8 people on zonaramate and 3 on placebo".)
      if control.firstToken >= fact.endToken {
        return control.firstToken - fact.endToken <= 6
          && !sentence.mentions.contains { m in
            (m.label == .response || m.label == .cohort) && (fact.endToken..<control.firstToken).contains(m.firstToken)
          }
          && !sentence.numbers.contains { (fact.endToken..<control.firstToken).contains($0.first) }
      }
      // "a placebo tablet once a day (96 patients)": the size in brackets after the
      // control's own words; in a list item, however many ("- a placebo paste made from
      // the adhesive base alone (62 patients)").
      let gap = fact.firstToken - control.endToken
      if gap <= (listItem ? 14 : 6), sentence.key(fact.firstToken - 1) == Keys.openParen,
        (control.endToken..<(fact.firstToken - 1)).allSatisfy({ sentence.isWord($0) })
      {
        return true
      }
      guard gap <= 6 else { return false }
      // "saline placebo (n = 998)": the size right after the control's name.
      if sentence.key(fact.firstToken) == Keys.n, gap <= 2 { return true }
      var before = control.firstToken - 1
      if sentence.key(before) == Keys.the { before -= 1 }
      return Self.groupPrepositions.contains(sentence.key(before))
    }
  }

  static let groupPrepositions = Keys.groupPrepositions
}
