/// Regimens: each dose to its drug's arm, with the frequency that follows it.
extension ParagraphLinker {
  /// Tokens between a drug's name and a dose after it beyond which the dose is no longer
  /// plainly the name's ("ruxolitinib was started at a dose of 20 mg" is within).
  static let doseReach = 8

  /// What parts the items of a list, or the cells of a table row.
  static let listSeparators: Set<UInt64> = Set([",", "and", "or", "|"].map { TokenKey.of($0) })

  /// The arm whose words `fact` goes on: it follows that arm's name with no list
  /// separator between, and a separator stands between it and the next arm's name.
  static func armWhoseRegimenHolds(_ fact: Mention, _ anchors: [ArmLinker.Anchor], in sentence: Sentence) -> Int? {
    guard let own = anchors.last(where: { $0.end <= fact.firstToken }),
      let next = anchors.first(where: { $0.token >= fact.endToken }), next.arm != own.arm,
      !(own.end..<fact.firstToken).contains(where: { listSeparators.contains(sentence.key($0)) }),
      (fact.endToken..<next.token).contains(where: { listSeparators.contains(sentence.key($0)) || ResponseRecognizer.versus.contains(sentence.key($0)) })
    else { return nil }
    return own.arm
  }

  /// "Sexual dysfunction was less frequent with pexaloxetine than with escitalopram", "…
  /// in the 20 mg, 40 mg, escitalopram and placebo groups": a paragraph that names only
  /// drugs of recent arms, two or more or one other than the dosed arm's (`other`), is of
  /// their study ("The second trial tested the same two doses of baricitinib" may be
  /// another's).
  private func namesEarlierArmsDrugs(_ arms: [ArmDraft], other dosed: String) -> Bool {
    let earlier = Set(Self.recent(arms).map { arms[$0].drugName })
    return namedDrugNames.isSubset(of: earlier) && (namedDrugNames.count >= 2 || !namedDrugNames.contains(dosed))
  }

  /// Words between an amount and the "of" before its drug: "3 g oral dose of", "1 g
  /// infusion of".
  private static let doseChanges: Set<UInt64> = Set(["lowered", "reduced", "decreased", "cut", "increased", "raised"].map { TokenKey.of($0) })

  private static let titrationWords: Set<UInt64> = Set(
    ["titrated", "uptitrated", "up-titrated", "escalated", "increased", "raised"].map { TokenKey.of($0) })

  private static let down = TokenKey.of("down")
  private static let new = TokenKey.of("new")

  /// Makes the dose this sentence gave an arm a range up to `target`, in the same unit and
  /// larger; false where there is no such dose.
  private func widenToTarget(_ target: Mention, _ s: SentenceLink, _ arms: inout [ArmDraft]) -> Bool {
    guard let k = paragraphArms.last(where: { arms[$0].dose.map { $0.block == s.block && $0.sentence == s.span } == true }),
      var start = arms[k].dose?.mention, case .dose(let amount, nil, let unit) = start.value,
      case .dose(let top, nil, let targetUnit) = target.value, targetUnit == unit, top > amount, start.endToken <= target.firstToken,
      // ("lisinopril 10 mg daily plus spironolactone, titrated up to 50 mg", "titrated to
      // 150 mg in the second arm": another drug's, or another arm's.)
      !s.drugs.contains(where: { $0.firstToken >= start.endToken && $0.firstToken < target.firstToken }),
      !(target.endToken..<min(target.endToken + 5, s.sentence.range.upperBound)).contains(where: { Keys.armWords.contains(s.sentence.key($0)) })
    else { return false }
    start.value = .dose(amount: amount, maxAmount: top, unit: unit)
    start.endToken = target.endToken
    start.end = target.end
    arms[k].dose?.mention = start
    return true
  }

  private static let doseNouns: Set<UInt64> = Set(["dose", "doses", "infusion", "infusions", "bolus", "injection", "injections"].map { TokenKey.of($0) })

  mutating func linkDoses(_ s: inout SentenceLink, _ arms: inout [ArmDraft]) {
    let (sentence, drugs, frequencies, context) = (s.sentence, s.drugs, s.frequencies, s.context)
    if !drugs.isEmpty { namedDrugs = true }
    for drug in drugs { namedDrugNames.insert(ArmDraft(drug: s.place(drug)).drugName) }
    // 1. Doses, with the frequency after them; "a 500 mg loading dose" is given once,
    //    before the regimen the arm is named by.
    let loading = context.filter { $0.value == .context("loading") }
    for dose in sentence.mentions(.dose) where !loading.contains(where: { $0.firstToken >= dose.endToken && $0.firstToken <= dose.endToken + 1 }) {
      // "200 µg (two 50-µg sprays into each nostril)": how the dose before is made up.
      if Self.splitsDose(dose, in: sentence) { continue }
      // "refractory to methotrexate 15 mg weekly": what the people had before.
      if s.failedDrugs.contains(where: { $0.endToken <= dose.firstToken && dose.firstToken - $0.endToken <= 1 }) { continue }
      // "+ 5 ml placebo": the volume of the vehicle, no drug's dose.
      if s.controls.contains(where: { $0.firstToken == dose.endToken || ($0.firstToken == dose.endToken + 1 && sentence.key(dose.endToken) == Keys.of) }) {
        continue
      }
      // "Nine women on A had their dose lowered to 40 mg", "the dose was increased to 20 mg
      // at week 4": a dose changed to is not the dose the arm is named by.
      // (Not where the sentence assigns people: "randomised to have their dose increased
      // to 20 mg (n = 60) or kept at 10 mg" makes it an arm's.)
      // A titration's target ("started at 5 mg twice daily and titrated over 2 weeks to
      // 15 mg twice daily") is the top of the arm's dose, the start its bottom.
      // ("varenicline titrated to 1 mg twice daily", with no start, is the dose; "down-
      // titrated to 1800 mg" lowers it.)
      let window = max(sentence.range.lowerBound, dose.firstToken - 7)..<max(sentence.range.lowerBound, dose.firstToken - 1)
      let unassigned = !sentence.range.contains(where: { Keys.assignmentVerbs.contains(sentence.key($0)) })
      if sentence.key(dose.firstToken - 1) == Keys.to, unassigned, window.contains(where: { Self.titrationWords.contains(sentence.key($0)) }),
        !window.contains(where: { sentence.key($0) == Self.down }), widenToTarget(dose, s, &arms)
      {
        continue
      }
      if sentence.key(dose.firstToken - 1) == Keys.to, Self.doseChanges.contains(sentence.key(dose.firstToken - 2)), unassigned,
        // ("reduced to 75 µg (n = 40) or kept at 100 µg (n = 40)": sized, an arm.)
        !sentence.mentions(.cohort).contains(where: { $0.firstToken > dose.endToken && $0.firstToken - dose.endToken <= 3 })
      {
        continue
      }
      // ("once-daily ivermectin 1% cream or twice-daily metronidazole": a frequency right
      // before a drug's name, or before its route, is that drug's; "12 mg BID of
      // deuruxolitinib" is the dose's.)
      // (After such a bracket the schedule is still the dose's.)
      let after = Self.splittingBracketEnd(after: dose, in: sentence) ?? dose.endToken
      // "2 mg/kg/day": the schedule inside the dose first.
      // ("mirabegron 50 mg (Betmiga) once daily": a name alone in brackets right after the
      // dose names the dosed drug.)
      func bracketedName(_ d: Mention) -> Bool {
        d.firstToken == dose.endToken + 1 && sentence.key(dose.endToken) == Keys.openParen && sentence.key(d.endToken) == Keys.closeParen
      }
      let frequency = frequencies.first { $0.firstToken > dose.firstToken && $0.endToken <= dose.endToken } ?? frequencies.first { f in
        f.firstToken >= after && f.firstToken - after <= 6
          && !drugs.contains { $0.firstToken >= dose.endToken && $0.firstToken < f.firstToken && !bracketedName($0) }
          && !drugs.contains { d in
            d.firstToken == f.endToken
              || sentence.mentions.contains { ($0.label == .route || $0.label == .form) && $0.firstToken == f.endToken && $0.endToken == d.firstToken }
          }
      }
      // "25 mg of spironolactone" names its drug after the dose; otherwise the drug
      // comes before ("ruxolitinib 20 mg") or just after ("20 mg ruxolitinib").
      // ("a single 3 g oral dose of fosfomycin": the words of a dose before "of".)
      var of = dose.endToken
      while of < dose.endToken + 3, Self.doseNouns.contains(sentence.key(of))
        || sentence.mentions.contains(where: { ($0.label == .route || $0.label == .form) && $0.firstToken == of })
      {
        of += 1
      }
      if sentence.key(of) != Keys.of { of = dose.endToken }
      var drug = drugs.first { $0.firstToken >= of && $0.firstToken - of <= 2 && sentence.key(of) == Keys.of }
      // "ropivacaine + 1 mcg/kg clonidine", "clonidine or 2 mg oral midazolam": a dose
      // right before a drug's name (a route or form between them) is that drug's, unless
      // it follows another name right away ("doxorubicin 60 mg/m2 cyclophosphamide",
      // "Ketorolac (Toradol) 30 mg IV ondansetron 4 mg").
      let followsName = drugs.contains { $0.endToken == dose.firstToken || ($0.endToken == dose.firstToken - 1 && sentence.key(dose.firstToken - 1) == Keys.closeParen) }
      if drug == nil, !followsName {
        var next = dose.endToken
        while let term = sentence.mentions.first(where: { ($0.label == .route || $0.label == .form) && $0.firstToken == next }) {
          next = term.endToken
        }
        drug = drugs.first { $0.firstToken == next }
      }
      if drug == nil, let before = drugs.last(where: { $0.endToken <= dose.firstToken }) {
        // "… 30 ml of 0.375% ropivacaine (n = 44) or saline (n = 46), given as 15 ml per
        // side": a dose far from every name, in another unit than the dose that name has
        // in this sentence already, restates or splits it; it makes no arm of its own
        // ("at 4 mg (n = 281) or 2 mg (n = 184)" is another arm).
        let far = dose.firstToken - before.endToken > Self.doseReach
          && !drugs.contains { $0.firstToken >= dose.endToken && $0.firstToken - dose.endToken <= 3 }
        func unit(_ value: Mention.Value?) -> String? { if case .dose(_, _, let unit)? = value { return unit } else { return nil } }
        let name = ArmDraft(drug: s.place(before)).drugName
        if far, s.anchors.contains(where: { anchor in
          arms[anchor.arm].drugName == name && arms[anchor.arm].dose.map { unit($0.mention.value) != unit(dose.value) } == true
        }) {
          continue
        }
        drug = before
      }
      // "the 20 mg, 40 mg, escitalopram and placebo groups": a name that is an item of the
      // list is another arm, not the dose's drug ("the 100-mg and 200-mg doses of
      // abrocitinib" share theirs).
      if drug == nil {
        drug = drugs.first { d in
          d.firstToken >= dose.endToken && d.firstToken - dose.endToken <= 3
            && !Self.listSeparators.contains(sentence.key(d.firstToken - 1))
        }
      }
      // "in the placebo, 25 mg and 75 mg groups": a dose alone names the arm given it, in
      // this paragraph or, when only one arm has that dose, in an earlier one. A paragraph
      // that names a drug ("The second trial tested the same two doses of baricitinib")
      // may be of another study: its doses are its own.
      var referenced = drug == nil ? recentParagraphArms.last(where: { arms[$0].doseValue == dose.value }) : nil
      // "… than with escitalopram. … in the 20 mg, 40 mg, escitalopram and placebo groups":
      // a paragraph that names the earlier arm's own drug is of its study too, and arms it
      // named without a dose leave the dose to the arm that has it.
      if drug == nil, referenced == nil, paragraphArms.allSatisfy({ borrowedArms.contains($0) || arms[$0].dose == nil }),
        // One drug at that dose (named again by a table or another paragraph, it may be
        // several drafts): its latest arm.
        case let earlier = Self.recent(arms).filter({ arms[$0].doseValue == dose.value }), let last = earlier.last,
        Set(earlier.map { arms[$0].drugName }).count == 1,
        !namedDrugs || namesEarlierArmsDrugs(arms, other: arms[last].drugName)
      {
        referenced = last
        paragraphArms.append(last)
        borrowedArms.insert(last)
      }
      if drug == nil, referenced == nil {
        drug = drugs.first { d in
          d.firstToken >= dose.endToken && !Self.listSeparators.contains(sentence.key(d.firstToken - 1))
        }
      }
      if drug == nil, let referenced {
        s.anchors.append(ArmLinker.Anchor(arm: referenced, token: dose.firstToken, end: dose.endToken, drugOnly: false))
        if let frequency { s.usedFrequencies.insert(frequency.firstToken) }
        continue
      }
      let drugPlaced: PlacedMention
      if let drug {
        s.anchoredDrugs.insert(drug.firstToken)
        drugPlaced = s.place(drug)
      } else if let last = current.last ?? paragraphArms.last {
        drugPlaced = arms[last].drug
      } else if let recent = recentDrugs.last {
        drugPlaced = recent
      } else if let earlierSoleDrug, !namedDrugs, loading.isEmpty, sentence.mentions.contains(where: { $0.label == .cohort }),
        // ("150 were assigned to 10 mg daily of the new drug": another than the one named.)
        !sentence.range.contains(where: { sentence.key($0) == Self.new }),
        sentence.range.contains(where: { Keys.assignmentVerbs.contains(sentence.key($0)) }),
        case let doses = sentence.mentions(.dose), !doses.indices.contains(where: { i in doses[..<i].contains { $0.value == doses[i].value } })
      {
        // (Only where the sentence assigns people to the doses, each dose another arm's,
        // with their numbers: a dose in advice or background is no arm, and "a 240 mg
        // loading dose followed by 120 mg monthly, 203 to 120 mg monthly" parts arms by
        // more than their doses.)
        drugPlaced = earlierSoleDrug
      } else {
        continue
      }
      let name = ArmDraft(drug: drugPlaced).drugName
      // "misoprostol 400 µg vaginally … or misoprostol 400 µg orally": one dose, two arms.
      let route = drug.flatMap { s.routedDrugs[$0.firstToken] }
      let index: Int
      if let same = recentParagraphArms.last(where: {
        arms[$0].drugName == name && arms[$0].doseValue == dose.value
          && (frequency == nil || arms[$0].frequency == nil || arms[$0].frequencyValue == frequency?.value)
          && (route == nil || arms[$0].routeValue == route?.value)
      }) {
        index = same
      } else if let open = recentParagraphArms.last(where: {
        arms[$0].drugName == name && arms[$0].dose == nil && !s.isAnchored($0)
          && (route == nil || arms[$0].route == nil || arms[$0].routeValue == route?.value)
      }) {
        index = open
      } else {
        index = newArm(in: &arms, drugPlaced)
      }
      arms[index].set(s.place(dose))
      if let route { arms[index].set(s.place(route)) }
      if let frequency {
        arms[index].set(s.place(frequency))
        s.usedFrequencies.insert(frequency.firstToken)
      }
      // "ferric carboxymaltose (Ferinject), 1,000 mg": an aside in brackets after the name
      // is part of the arm's words.
      func nameEnd(_ drug: Mention) -> Int {
        guard sentence.key(drug.endToken) == Keys.openParen,
          let close = (drug.endToken + 1..<min(drug.endToken + 8, dose.firstToken)).first(where: { sentence.key($0) == Keys.closeParen })
        else { return drug.endToken }
        return close + 1
      }
      let start = drug.map { $0.endToken <= dose.firstToken && dose.firstToken - nameEnd($0) <= 2 ? $0.firstToken : dose.firstToken } ?? dose.firstToken
      // "30 ml of 0.5% bupivacaine (n = 45)": a name right after its dose ends the anchor.
      let nameAfter = drug.map { $0.firstToken >= dose.endToken && $0.firstToken - dose.endToken <= 3 ? $0.endToken : 0 } ?? 0
      s.anchors.append(
        ArmLinker.Anchor(
          arm: index, token: min(start, route?.firstToken ?? start), end: max(dose.endToken, frequency?.endToken ?? 0, nameAfter, route?.endToken ?? 0),
          drugOnly: false))
    }
    // "2 mg or 4 mg once daily": one frequency serves every dose of the sentence, but not
    // across another drug's name ("a single infusion of A 1000 mg or B 200 mg tablets three
    // times daily"), unless that drug is taken with it ("A together with B, once daily").
    let combined = context.filter { $0.value == .context("combination") }
    if frequencies.count == 1 {
      for anchor in s.anchors
      where arms[anchor.arm].frequency == nil && arms[anchor.arm].dose != nil && anchor.end <= frequencies[0].firstToken
        && !drugs.contains(where: { d in
          d.firstToken >= anchor.end && d.firstToken < frequencies[0].firstToken && ArmDraft(drug: s.place(d)).drugName != arms[anchor.arm].drugName
            && !combined.contains { $0.firstToken >= anchor.end && $0.endToken <= d.firstToken }
        })
      {
        arms[anchor.arm].set(s.place(frequencies[0]))
        s.usedFrequencies.insert(frequencies[0].firstToken)
      }
    }
  }

  /// The route right before each drug ("vaginal misoprostol") or after it and its dose
  /// ("misoprostol 400 µg orally"), by the drug's first token, when one drug is named
  /// with two routes in `sentence`; empty otherwise.
  static func routesBeside(_ drugs: [Mention], in sentence: Sentence) -> [Int: Mention] {
    let routes = sentence.mentions(.route)
    guard routes.count >= 2, drugs.count >= 2 else { return [:] }
    var beside: [Int: Mention] = [:]
    for (k, drug) in drugs.enumerated() {
      let next = k + 1 < drugs.count ? drugs[k + 1].firstToken : sentence.range.upperBound
      let route = routes.first { $0.endToken == drug.firstToken } ?? routes.first { r in
        r.firstToken >= drug.endToken && r.firstToken - drug.endToken <= 4 && r.endToken <= next
          && !(drug.endToken..<r.firstToken).contains { listSeparators.contains(sentence.key($0)) || sentence.key($0) == Keys.openParen }
      }
      if let route { beside[drug.firstToken] = route }
    }
    // Kept only for a drug with two routes or more.
    var routesOf: [String: Set<String>] = [:]
    for drug in drugs {
      guard case .drug(let name) = drug.value, case .route(let route)? = beside[drug.firstToken]?.value else { continue }
      routesOf[name, default: []].insert(route)
    }
    return beside.filter { token, _ in
      guard let drug = drugs.first(where: { $0.firstToken == token }), case .drug(let name) = drug.value else { return false }
      return (routesOf[name]?.count ?? 0) >= 2
    }
  }

  /// "vaginal misoprostol (n = 46) or oral misoprostol (n = 45)": a drug named by two
  /// routes, without doses, is an arm per route.
  mutating func linkDrugRoutes(_ s: inout SentenceLink, _ arms: inout [ArmDraft]) {
    for drug in s.drugs where !s.anchoredDrugs.contains(drug.firstToken) {
      guard let route = s.routedDrugs[drug.firstToken] else { continue }
      let index = arm(of: drug, with: route.value, read: \.routeValue, s, &arms)
      arms[index].set(s.place(route))
      s.anchoredDrugs.insert(drug.firstToken)
      s.anchors.append(
        ArmLinker.Anchor(
          arm: index, token: min(drug.firstToken, route.firstToken), end: max(drug.endToken, route.endToken), drugOnly: false))
    }
  }

  /// The arm of `drug` that a regimen `value` (a route, a frequency; `read` gives an arm's)
  /// points at in this paragraph: the one with that value, else one of the drug without
  /// any that this sentence has not named yet, else a new one.
  private mutating func arm(
    of drug: Mention, with value: Mention.Value, read: KeyPath<ArmDraft, Mention.Value?>, _ s: SentenceLink, _ arms: inout [ArmDraft]
  ) -> Int {
    let name = ArmDraft(drug: s.place(drug)).drugName
    if let same = recentParagraphArms.last(where: { arms[$0].drugName == name && arms[$0][keyPath: read] == value }) { return same }
    if let open = recentParagraphArms.last(where: { arms[$0].drugName == name && arms[$0][keyPath: read] == nil && !s.isAnchored($0) }) {
      return open
    }
    return newArm(in: &arms, s.place(drug))
  }

  mutating func linkFrequencies(_ s: inout SentenceLink, _ arms: inout [ArmDraft]) {
    let (sentence, drugs, frequencies) = (s.sentence, s.drugs, s.frequencies)
    // 2. Frequencies beside a drug ("dupilumab every 2 weeks", "weekly dupilumab"),
    //    or pointing at an arm of the paragraph ("the weekly group").
    for frequency in frequencies where !s.usedFrequencies.contains(frequency.firstToken) {
      let beside = drugs.first { d in
        !s.anchoredDrugs.contains(d.firstToken) && !s.failedDrugs.contains(d)
          && ((d.endToken <= frequency.firstToken && frequency.firstToken - d.endToken <= 3)
            || (frequency.endToken <= d.firstToken && d.firstToken - frequency.endToken <= 2))
      }
      if let drug = beside {
        let index = arm(of: drug, with: frequency.value, read: \.frequencyValue, s, &arms)
        arms[index].set(s.place(frequency))
        s.anchoredDrugs.insert(drug.firstToken)
        s.usedFrequencies.insert(frequency.firstToken)
        s.anchors.append(
          ArmLinker.Anchor(
            arm: index, token: min(drug.firstToken, frequency.firstToken), end: max(drug.endToken, frequency.endToken),
            drugOnly: false))
      } else if let sibling = alternativeSchedule(frequency, in: sentence, anchors: s.anchors, arms: arms) {
        // "300 mg every 8 weeks (n = 122) or every 4 weeks (n = 125)": the same drug
        // and dose on another schedule is another arm.
        var arm = ArmDraft(drug: arms[sibling].drug)
        if let dose = arms[sibling].dose { arm.set(dose) }
        if let route = arms[sibling].route { arm.set(route) }
        arm.set(s.place(frequency))
        arms.append(arm)
        paragraphArms.append(arms.count - 1)
        s.anchors.append(ArmLinker.Anchor(arm: arms.count - 1, token: frequency.firstToken, end: frequency.endToken, drugOnly: false))
        s.usedFrequencies.insert(frequency.firstToken)
      } else {
        let matching = recentParagraphArms.filter { arms[$0].frequencyValue == frequency.value }
        if matching.count == 1, paragraphArms.count > 1 {
          s.anchors.append(ArmLinker.Anchor(arm: matching[0], token: frequency.firstToken, end: frequency.endToken, drugOnly: false))
          s.usedFrequencies.insert(frequency.firstToken)
        } else if matching.isEmpty, sentence.key(frequency.endToken) == Keys.group || sentence.key(frequency.endToken) == Keys.arm {
          // "in the yearly group and … in the weekly group" after a heading: the one recent
          // drug on that schedule (a plain loop: a closure over `arms` copies drafts).
          var given: [Int] = []
          for k in Self.recent(arms) where arms[k].frequencyValue == frequency.value { given.append(k) }
          if anchorGroup(given, token: frequency.firstToken, end: frequency.endToken + 1, &s, arms) {
            s.usedFrequencies.insert(frequency.firstToken)
          }
        }
      }
    }
  }

  /// Whether `dose` opens a bracket right after another dose with a count of units
  /// ("200 µg (two 50-µg sprays …)", "1 g (2 × 500 mg tablets)"): a breakdown of that
  /// dose, no dose of its own.
  static func splitsDose(_ dose: Mention, in sentence: Sentence) -> Bool {
    guard let open = (dose.firstToken - 3..<dose.firstToken).last(where: { sentence.key($0) == Keys.openParen }),
      sentence.mentions.contains(where: { $0.label == .dose && $0.endToken == open }),
      let count = sentence.number(startingAt: open + 1), count.isInteger
    else { return false }
    return count.end == dose.firstToken || (count.end + 1 == dose.firstToken && Self.timesSigns.contains(sentence.key(count.end)))
  }

  /// The token after the bracket that breaks `dose` down, when one follows it.
  static func splittingBracketEnd(after dose: Mention, in sentence: Sentence) -> Int? {
    guard sentence.key(dose.endToken) == Keys.openParen,
      let inner = sentence.mentions.first(where: { $0.label == .dose && $0.firstToken > dose.endToken && $0.firstToken <= dose.endToken + 3 }),
      splitsDose(inner, in: sentence),
      let close = (inner.endToken..<min(inner.endToken + 12, sentence.range.upperBound)).first(where: { sentence.key($0) == Keys.closeParen })
    else { return nil }
    return close + 1
  }

  private static let timesSigns: Set<UInt64> = Set(["x", "×"].map { TokenKey.of($0) })

  /// The canonical routes, as the word that names a group by its route.
  private static let routeWords: Set<UInt64> = Set(
    ["oral", "intravenous", "topical", "subcutaneous", "intramuscular", "intranasal", "inhaled", "intralesional", "rectal",
     "vaginal", "sublingual", "transdermal", "intrathecal", "epidural", "ophthalmic", "intravitreal"].map { TokenKey.of($0) })

  /// "96 of 118 in the intravenous group and 71 of 122 in the oral group", "four in the
  /// tablet group": a group named by a route, or by a dosage form, points at the one
  /// recent drug given that way (a stated route, or the one its dosage form implies).
  mutating func linkRouteGroups(_ s: inout SentenceLink, _ arms: inout [ArmDraft]) {
    let sentence = s.sentence
    for i in sentence.range where (sentence.key(i) == Keys.group || sentence.key(i) == Keys.arm) && i > sentence.range.lowerBound && sentence.isWord(i - 1) {
      let named = sentence.mentions.first { ($0.label == .route || $0.label == .form) && $0.endToken == i }
      guard Self.routeWords.contains(sentence.key(i - 1)) || named != nil else { continue }
      var word = String(decoding: sentence.bytes[sentence.tokens[i - 1].range], as: UTF8.self).lowercased()
      if case .route(let route)? = named?.value { word = route }
      let first = named?.firstToken ?? i - 1
      // A plain loop: a closure over `arms` would copy every draft it reads.
      var given: [Int] = []
      for k in Self.recent(arms) {
        if case .route(let route)? = arms[k].route?.mention.value, route == word { given.append(k) }
      }
      if anchorGroup(given, token: first, end: i + 1, &s, arms) { s.regimenGroups.append(first) }
    }
  }

  /// "in the low-dose, high-dose and placebo groups", "in 12 (5.1%) of the high-dose
  /// group", "receiving high-dose apixaban": a group named by its dose level points at
  /// the recent arm of the one drug that two recent arms take at two doses of one unit,
  /// the lower or the higher. Three doses or more, or two drugs dosed, leave "low-dose"
  /// unclear: no arm. So does a dose taken before the trial ("who had previously
  /// received high-dose topiramate").
  mutating func linkDoseLevelGroups(_ s: inout SentenceLink, _ arms: inout [ArmDraft]) {
    let sentence = s.sentence
    for i in sentence.range where sentence.key(i) == Self.doseWord && i > sentence.range.lowerBound {
      let first = sentence.key(i - 1) == Keys.hyphen ? i - 2 : i - 1
      // "118 in the low-dose group, 117 in the standard-dose group": the standard dose is
      // the other level the sentence names (the higher beside a low dose, the lower
      // beside a high one); alone it says neither.
      let level = sentence.key(first) == Self.standardWord ? Self.otherLevel(in: sentence) : sentence.key(first)
      let high = Self.highWords.contains(level)
      // "receiving high-dose apixaban", "in the low-dose apixaban group": the level and
      // the drug's name.
      let drug = s.drugs.first { $0.firstToken == i + 1 }
      // "22 of 118 on the lower dose": the level alone, after what puts people on it.
      let alone = sentence.key(first - 1) == Keys.the && Self.onDose.contains(sentence.key(first - 2))
      guard high || Self.lowWords.contains(level), first >= sentence.range.lowerBound,
        drug != nil || Self.namesGroup(sentence, after: i + 1) || alone,
        !(sentence.range.lowerBound..<first).contains(where: { Self.earlierWords.contains(sentence.key($0)) })
      else { continue }
      var dosed: [(arm: Int, amount: Double, unit: String)] = []
      for k in Self.recent(arms) {
        if case .dose(let amount, nil, let unit)? = arms[k].doseValue { dosed.append((k, amount, unit)) }
      }
      let amounts = Set(dosed.map(\.amount))
      // "500 mg twice daily or 750 mg once daily": which dose is higher depends on the
      // schedule; where the schedules stated agree (one may be stated once for both:
      // "10 mg or 25 mg once daily"), the doses compare.
      let schedules = dosed.compactMap { arms[$0.arm].frequencyValue }
      guard amounts.count == 2, Set(dosed.map(\.unit)).count == 1, Set(dosed.map { arms[$0.arm].drugName }).count == 1,
        schedules.allSatisfy({ $0 == schedules[0] }),
        drug.map({ ArmDraft(drug: s.place($0)).drugName == arms[dosed[0].arm].drugName }) ?? true,
        let level = high ? amounts.max() : amounts.min()
      else { continue }
      var end = drug?.endToken ?? i + 1
      if drug != nil, Keys.armWords.contains(sentence.key(end)) { end += 1 }
      if anchorGroup(dosed.filter { $0.amount == level }.map(\.arm), token: first, end: end, &s, arms) {
        s.regimenGroups.append(first)
        if let drug { s.anchoredDrugs.insert(drug.firstToken) }
      }
    }
  }

  /// For "standard": "high" where the sentence names a low dose level, "low" where it
  /// names a high one; otherwise the word itself.
  private static func otherLevel(in sentence: Sentence) -> UInt64 {
    let levels = sentence.range.filter { i in
      (sentence.key(i + 1) == doseWord || (sentence.key(i + 1) == Keys.hyphen && sentence.key(i + 2) == doseWord))
    }.map { sentence.key($0) }
    let low = levels.contains { lowWords.contains($0) }
    let high = levels.contains { highWords.contains($0) }
    if low == high { return standardWord }
    return low ? highWord : lowWord
  }

  /// Whether "group" or "arm" follows `start`, or the list that goes on from it ends in
  /// "groups" or "arms" ("…, high-dose and placebo groups").
  private static func namesGroup(_ sentence: Sentence, after start: Int) -> Bool {
    var words = 0
    for i in start..<min(start + 10, sentence.range.upperBound) {
      let key = sentence.key(i)
      if Keys.armWords.contains(key) { return i == start || Keys.pluralArms.contains(key) }
      // Items of a list of arms are names of a word or two ("placebo", "active
      // comparator"), not a clause ("the high dose was better tolerated in both groups").
      if key == Keys.comma || key == Keys.and || key == Keys.or {
        words = 0
      } else if key != Keys.hyphen {
        words += 1
        guard sentence.isWord(i), words <= 2, !Self.clauseWords.contains(key) else { return false }
      }
    }
    return false
  }

  private static let clauseWords: Set<UInt64> = Set(
    ["of", "in", "was", "were", "with", "than", "to", "for", "the", "both", "all", "other", "two", "three"].map { TokenKey.of($0) })
  private static let earlierWords: Set<UInt64> = Set(["previously", "prior", "previous", "history"].map { TokenKey.of($0) })
  private static let doseWord = TokenKey.of("dose")
  private static let standardWord = TokenKey.of("standard")
  private static let highWord = TokenKey.of("high")
  private static let lowWord = TokenKey.of("low")
  private static let onDose: Set<UInt64> = Set(["on", "with", "receiving", "taking", "given"].map { TokenKey.of($0) })
  private static let lowWords: Set<UInt64> = Set(["low", "lower", "lowest"].map { TokenKey.of($0) })
  private static let highWords: Set<UInt64> = Set(["high", "higher", "highest"].map { TokenKey.of($0) })

  /// Anchors a group named by its regimen ("the oral group", "the yearly group") to the
  /// latest of the recent arms `given` that way, when they are all of one drug; the arm
  /// becomes one of this paragraph's. Whether it did.
  private mutating func anchorGroup(_ given: [Int], token: Int, end: Int, _ s: inout SentenceLink, _ arms: [ArmDraft]) -> Bool {
    guard let last = given.last, Set(given.map { arms[$0].drugName }).count == 1, !s.isAnchored(last) else { return false }
    s.anchors.append(ArmLinker.Anchor(arm: last, token: token, end: end, drugOnly: false))
    if !paragraphArms.contains(last) {
      paragraphArms.append(last)
      borrowedArms.insert(last)
    }
    return true
  }
}
