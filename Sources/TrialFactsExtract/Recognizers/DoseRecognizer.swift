/// Amounts with a unit: "20 mg", "2.5mg", "0.5 mg/kg", "2-4 mg", "500 µg", "a 20-mg dose";
/// and a bare strength between a drug and its frequency ("Timolol 0.5 BID"), whose unit
/// is left empty.
///
/// A percentage is a dose only beside a formulation or a drug ("2% cream",
/// "minoxidil 5%"); otherwise it is left to the response recognizer.
struct DoseRecognizer: Recognizer {
  func recognize(_ sentence: inout Sentence, lexicons: Lexicons) {
    let firstNew = sentence.mentions.count
    readAmounts(&sentence, lexicons: lexicons)
    addListedAmounts(&sentence, from: firstNew, lexicons: lexicons)
  }

  private func readAmounts(_ sentence: inout Sentence, lexicons: Lexicons) {
    let end = sentence.range.upperBound
    var skipUntil = 0
    // The unit of an amount measured in this sentence: "a weight gain of 18.3 g in the
    // AJ group and of 50.6 g in the WGJ group" compares one measure across arms.
    var measuredUnit: String?
    for number in sentence.numbers where number.first >= skipUntil && !number.isFraction {
      var amount = number.value
      var maxAmount: Double?
      var unitStart = number.end
      if number.isPercent {
        guard isTopicalStrength(sentence, number) || namesStrengthArm(sentence, number, lexicons: lexicons)
          || continuesStrengths(sentence, number, lexicons: lexicons)
        else { continue }
        sentence.add(.dose, .dose(amount: amount, maxAmount: nil, unit: "%"), tokens: number.first, number.end)
        skipUntil = number.end
        continue
      }
      // "8.1 ± 2.0 mg", "576 ± 53 mL": a mean and its spread, measured, not given.
      if sentence.isSpread(at: number.end) || sentence.isSpread(before: number.first) { continue }
      // "PPH ≥ 500 mL", "blood loss > 1000 mL": an outcome's threshold, never a dose given.
      if Self.comparisonSigns.contains(sentence.key(number.first - 1)) { continue }
      // "2-4 mg", "2 to 4 mg"
      // ("…, and 150 to 1000 mg twice daily": in an assignment, a count and its arm's dose.)
      if sentence.key(unitStart) == Keys.hyphen || sentence.key(unitStart) == Keys.to && !isCountAssigned(sentence, number),
        let upper = sentence.number(startingAt: unitStart + 1), !upper.isPercent, upper.value > amount
      {
        maxAmount = upper.value
        unitStart = upper.end
      }
      // "20-mg dose"
      if sentence.key(unitStart) == Keys.hyphen, !sentence.tokens[unitStart].spaceBefore { unitStart += 1 }
      // "Diamox 500 SR mg": a release form between the strength and its unit.
      if let form = lexicons.drugSuffixes.longestMatch(in: sentence.tokens, at: unitStart, stopAt: end),
        lexicons.units.longestMatch(in: sentence.tokens, at: form.end, stopAt: end) != nil
      {
        unitStart = form.end
      }
      guard unitStart < end, sentence.tokens[unitStart].kind != .number,
        let unit = lexicons.units.longestMatch(in: sentence.tokens, at: unitStart, stopAt: end)
      else {
        if isStrengthWithoutUnit(sentence, number, lexicons: lexicons) {
          sentence.add(.dose, .dose(amount: amount, maxAmount: nil, unit: ""), tokens: number.first, number.end)
          skipUntil = number.end
        }
        continue
      }
      // "mg/kg" read through "mg" + "/" + "kg" is one unit; "20 mg/day" leaves "/day" to frequency.
      if unit.value == "IU", sentence.text(unitStart) == "u", sentence.tokens[unitStart].spaceBefore { continue }
      if amount <= 0 || isNegative(sentence, number) { continue }
      // "130 g/L", "5.4 mmol/L", "190 mg/dL", "1.01 ng/mL": a concentration measured in
      // blood, not a dose (drugs come in mg/mL and mcg/mL, not in ng/mL).
      if sentence.key(unit.end) == Keys.slash,
        Self.perVolume.contains(sentence.key(unit.end + 1)) || (unit.value == "ng" && sentence.key(unit.end + 1) == Self.milliliter)
      {
        skipUntil = unit.end + 2
        continue
      }
      // "Cmax 49.77 μg/mL", "AUC 399.8 μg•hr./mL", "AUC 12 mg·h/L": a plasma level or
      // exposure. "mcg/mL" is a strength only right after the drug ("Latanoprost 50 µg/mL").
      if unit.value == "mcg/mL" && !Self.isStrengthOfDrug(sentence, number, unitEnd: unit.end)
        || ["mcg", "g", "mg"].contains(unit.value) && Self.isExposure(sentence, after: unit.end)
      {
        skipUntil = unit.end + 2
        continue
      }
      // "1 mg/day, n = 2 (4.3%); 3 mg/day, n = 13 (27.7%)": how the patients of one arm
      // spread over doses; "30 µg (0–120)": a median and its range. Neither is a regimen.
      if Self.isSpreadOfPatients(sentence, after: unit.end) || (Self.mentionsMedian(sentence) && Self.isMedianWithRange(sentence, after: unit.end)) {
        skipUntil = unit.end
        continue
      }
      // "dosed by weight: 15 mg/kg" is a dose: per-weight and per-area units measure none.
      if !Self.perBodyUnits.contains(unit.value), measuredUnit == unit.value || Self.isMeasured(sentence, number, lexicons: lexicons) {
        measuredUnit = unit.value
        skipUntil = unit.end
        continue
      }
      // "minocycline 100 mg/day (50 mg q12h)": the same regimen told per dose, no arm of its
      // own; "20 mg/kg, maximum 1000 mg": the cap of the dose before it.
      if Self.restatesDose(sentence, bracketBefore: number.first, unit: unit.value) || Self.capsDose(sentence, at: number.first) {
        skipUntil = unit.end
        continue
      }
      if number.isFraction { amount = number.value }
      // "30 ml 0.75% ropivacaine", "2 mL of 1% lidocaine": a volume of a solution of the
      // strength given is an amount of the drug (1% w/v is 10 mg per mL): 225 mg, 20 mg.
      if unit.value == "mL" {
        // "2 mg (0.5 mL)": the volume the dose before it comes in.
        if sentence.key(number.first - 1) == Keys.openParen,
          sentence.mentions.contains(where: { $0.label == .dose && $0.endToken == number.first - 1 })
        {
          continue
        }
        // "60–89 mL/min", "100 mL/h": a clearance or a flow, no amount given.
        if sentence.key(unit.end) == Keys.slash, Self.perTime.contains(sentence.key(unit.end + 1)) {
          skipUntil = unit.end + 2
          continue
        }
        let of = sentence.key(unit.end) == Keys.of
        let next = of ? unit.end + 1 : unit.end
        let strength = sentence.number(startingAt: next).flatMap { $0.isPercent && $0.value > 0 && $0.value <= 100 ? $0 : nil }
        // "500 ml of 0.9% saline", "500 mL of saline": a volume of something no drug; a
        // word or two may describe the drug ("1.5 mL of 0.5% hyperbaric bupivacaine").
        let drugs = sentence.mentions(.drug)
        let after = strength?.end ?? next
        let named = drugs.contains { drug in
          drug.firstToken >= after && drug.firstToken - after <= 2
            && (after..<drug.firstToken).allSatisfy { sentence.isWord($0) && !Self.linkingWords.contains(sentence.key($0)) }
        }
        // "+ 1 ml normal saline", "10 mL sterile water": the vehicle's volume, no dose.
        var vehicle = after
        while Self.vehicleAdjectives.contains(sentence.key(vehicle)) { vehicle += 1 }
        if (of || Self.vehicles.contains(sentence.key(vehicle))) && !named {
          skipUntil = after
          continue
        }
        if let strength, named {
          let perMilliliter = strength.value * 10
          sentence.add(
            .dose, .dose(amount: amount * perMilliliter, maxAmount: maxAmount.map { $0 * perMilliliter }, unit: "mg"),
            tokens: number.first, strength.end)
          skipUntil = strength.end
          continue
        }
      }
      sentence.add(.dose, .dose(amount: amount, maxAmount: maxAmount, unit: unit.value), tokens: number.first, unit.end)
      skipUntil = unit.end
    }
  }

  /// "tofacitinib 5 or 10 mg", "5, 10 or 20 mg/kg", "30.6 and 114 g": bare amounts listed
  /// before a dose share its unit, each a dose of its own (dose-ranging arms). Not "between
  /// 10 and 20 mg", a range, nor a share or an amount another rule has read.
  private func addListedAmounts(_ sentence: inout Sentence, from firstNew: Int, lexicons: Lexicons) {
    var listed: [Mention] = []
    for dose in sentence.mentions[firstNew...] {
      guard case .dose(_, nil, let unit) = dose.value, !unit.isEmpty, unit != "%" else { continue }
      var amounts: [NumberSpan] = []
      var joiner = dose.firstToken - 1
      // The last amount joins with "or" or "and" ("5 or 10 mg", "5, 10, or 20 mg"); those
      // before it with commas too. Anything else in the list makes it none ("In study 302,
      // 100 mg"; "at weeks 0, 2 and 6, and 5 mg/kg").
      guard sentence.key(joiner) == Keys.and || sentence.key(joiner) == Keys.or else { continue }
      var whole = true
      while Self.amountJoiners.contains(sentence.key(joiner)) {
        // ", or 20 mg"
        let end = sentence.key(joiner - 1) == Keys.comma ? joiner - 1 : joiner
        guard let number = sentence.number(endingAt: end), !number.isPercent, !number.isFraction, number.value > 0,
          !sentence.mentions.contains(where: { $0.label != .number && $0.firstToken < number.end && number.first < $0.endToken })
        else {
          whole = false
          break
        }
        amounts.append(number)
        joiner = number.first - 1
      }
      // The list follows a drug's name or a word of giving ("tofacitinib 5 or 10 mg",
      // "doses of 0.2, 1, 5, or 25 mg/kg", "received 5, 10 or 20 mg"), never a day, a
      // cycle, a year, an age or a study's number ("on day 1 and 80 mg on days 2–3").
      // "titrated through 25, 50 and 100 mg", "150 or 300 mg as tolerated", "(25, 35, or
      // 50 mg/d based on baseline weight)": one arm's doses.
      let opensList = sentence.mentions.contains { $0.label == .drug && $0.endToken == joiner + 1 } || Self.listOpeners.contains(sentence.key(joiner))
      let nearby = max(sentence.range.lowerBound, joiner - 6)..<min(dose.endToken + 8, sentence.range.upperBound)
      guard whole, !amounts.isEmpty, opensList, !nearby.contains(where: { Self.dosedBy.contains(sentence.key($0)) }) else { continue }
      for number in amounts {
        listed.append(
          Mention(label: .dose, value: .dose(amount: number.value, maxAmount: nil, unit: unit), firstToken: number.first,
            endToken: number.end, start: Int(sentence.tokens[number.first].start), end: Int(sentence.tokens[number.end - 1].end)))
      }
    }
    guard !listed.isEmpty else { return }
    let doses = (Array(sentence.mentions[firstNew...]) + listed).sorted { $0.firstToken < $1.firstToken }
    sentence.mentions.replaceSubrange(firstNew..., with: doses)
  }

  private static let amountJoiners: Set<UInt64> = Set(["or", "and", ","].map { TokenKey.of($0) })
  /// Words a list of doses follows: "doses of", "to", "received", "either", "(".
  private static let listOpeners: Set<UInt64> = Set(
    ["of", "to", "receive", "received", "receiving", "given", "either", "(", "at", "with"].map { TokenKey.of($0) })
  /// Words of one arm dosed flexibly: by weight, titration, tolerance or choice.
  private static let dosedBy: Set<UInt64> = Set(
    ["based", "according", "depending", "weight", "tolerability", "tolerated", "titrated", "titration", "adjusted", "discretion",
     "flexible", "flexibly", "below", "above", "reduction", "reductions", "reduced", "increased", "escalated", "escalation", "allowed",
     "through", "then", "followed", "maximum", "up"].map { TokenKey.of($0) })

  private static let afterStrength: Set<UInt64> = Set(["and", "or", "vs", "versus", "once", "twice", "daily", "applied", "for", "to"].map { TokenKey.of($0) })
  private static let shareWords: Set<UInt64> = Set(
    ["rate", "rates", "success", "adherence", "satisfaction", "discontinuation"].map { TokenKey.of($0) })

  /// "a mean difference of −386 mL", "(−2.5 mg)": a signed difference, never an amount
  /// given; not "0.5 mg–1 mg" or "HCQ-200 mg", whose dash joins words.
  private func isNegative(_ sentence: Sentence, _ number: NumberSpan) -> Bool {
    let sign = number.first - 1
    guard sentence.range.contains(sign), sentence.tokens[sign].kind == .dash, !sentence.tokens[number.first].spaceBefore else { return false }
    return sign == sentence.range.lowerBound || sentence.tokens[sign].spaceBefore || sentence.key(sign - 1) == Keys.openParen
  }

  /// "a weight gain of 18.3 gm", "loss of body weight (- 7.0 gm)", "birth weight 3200 g":
  /// a measure of the patients, joined to the number only by linking words.
  private static func isMeasured(_ sentence: Sentence, _ number: NumberSpan, lexicons: Lexicons) -> Bool {
    let floor = max(sentence.range.lowerBound, number.first - 8)
    var last = number.first - 1
    while last >= floor, Self.measureLinks.contains(sentence.key(last)) || sentence.tokens[last].kind == .dash { last -= 1 }
    guard last >= floor else { return false }
    // (A measure may end on its linking word: "haemorrhage of 1000 mL", where
    // "haemorrhage 1 g of tranexamic acid" is a dose.)
    for start in max(floor, last - 3)...last {
      if let match = lexicons.doseMeasures.longestMatch(in: sentence.tokens, at: start, stopAt: number.first), match.end > last {
        return true
      }
    }
    return false
  }

  /// "Cmax 49.77 μg/mL in cycle 1" after a drug's name is a level; "Latanoprost 50 µg/mL",
  /// "latanoprost (Xalatan) 50 µg/mL" and "2 µg/mL fentanyl" are strengths.
  private static func isStrengthOfDrug(_ sentence: Sentence, _ number: NumberSpan, unitEnd: Int) -> Bool {
    var before = number.first
    if sentence.key(before - 1) == Keys.closeParen,
      let open = (max(sentence.range.lowerBound, before - 6)..<before - 1).last(where: { sentence.key($0) == Keys.openParen })
    {
      before = open
    }
    return sentence.mentions.contains { $0.label == .drug && ($0.endToken == before || $0.firstToken == unitEnd) }
  }

  /// "μg•hr/mL", "ng·h/mL": a mass, a glued times sign and a time, the unit of an exposure;
  /// "500 mg×2 daily" and a footnote's "20 mg*" are doses.
  private static func isExposure(_ sentence: Sentence, after end: Int) -> Bool {
    guard exposureJoiners.contains(sentence.key(end)), !sentence.tokens[end].spaceBefore, sentence.isWord(end + 1) else { return false }
    return perTime.contains(sentence.key(end + 1))
  }

  private static func mentionsMedian(_ sentence: Sentence) -> Bool { sentence.range.contains { sentence.key($0) == median } }
  private static let median = TokenKey.of("median")

  /// ", n = 13 (27.7%)" within a few tokens after a unit ("/day" may come between), in a
  /// sentence that lists two doses so and assigns no one to arms ("randomized to drug A
  /// 5 mg, n = 52 (50%)" sizes an arm).
  private static func isSpreadOfPatients(_ sentence: Sentence, after end: Int) -> Bool {
    guard !sentence.range.contains(where: { Keys.assignmentVerbs.contains(sentence.key($0)) }),
      sentence.range.filter({ sentence.key($0) == Keys.n && sentence.key($0 + 1) == Keys.equals && sentence.key($0 - 1) == Keys.comma }).count >= 2
    else { return false }
    guard let n = (end..<min(end + 5, sentence.range.upperBound)).first(where: { sentence.key($0) == Keys.n }),
      sentence.key(n - 1) == Keys.comma, sentence.key(n + 1) == Keys.equals,
      let count = sentence.number(startingAt: n + 2), count.isInteger, sentence.key(count.end) == Keys.openParen
    else { return false }
    return sentence.number(startingAt: count.end + 1)?.isPercent == true
  }

  /// "(0–120)" right after the unit: two bare numbers in brackets, the range of a median.
  private static func isMedianWithRange(_ sentence: Sentence, after end: Int) -> Bool {
    guard sentence.key(end) == Keys.openParen, let low = sentence.number(startingAt: end + 1), !low.isPercent,
      sentence.key(low.end) == Keys.hyphen || sentence.range.contains(low.end) && sentence.tokens[low.end].kind == .dash,
      let high = sentence.number(startingAt: low.end + 1), !high.isPercent, high.value >= low.value
    else { return false }
    return sentence.key(high.end) == Keys.closeParen
  }

  private static let vehicles: Set<UInt64> = Set(["saline", "water", "ns"].map { TokenKey.of($0) })
  private static let vehicleAdjectives: Set<UInt64> = Set(
    ["normal", "physiological", "physiologic", "isotonic", "sterile", "distilled"].map { TokenKey.of($0) })

  private static let perBodyUnits: Set<String> = ["mg/kg", "mcg/kg", "mg/m2", "mcg/kg/h", "mcg/kg/min", "mg/kg/h", "mg/kg/min"]

  private static let measureLinks: Set<UInt64> = Set(
    ["of", "was", "were", "is", "by", "(", "=", "mean", "average", "median", "a", "an", "approximately", "about", "around", "less",
      "more", "than", "under", "over", "below", "above", "least", "at", "<", ">", "≤", "≥"]
      .map { TokenKey.of($0) })

  private static let comparisonSigns: Set<UInt64> = Set(["<", ">", "≤", "≥", "=<", ">="].map { TokenKey.of($0) })
  private static let milliliter = TokenKey.of("ml")
  /// Words that join a volume to something other than its drug ("500 ml of saline before
  /// quinine").
  private static let linkingWords: Set<UInt64> = Set(
    ["before", "after", "with", "and", "or", "to", "in", "of", "for", "versus", "vs", "then", "plus", "followed", "containing"].map { TokenKey.of($0) })
  private static let perTime: Set<UInt64> = Set(["min", "mins", "minute", "h", "hr", "hrs", "hour", "hours"].map { TokenKey.of($0) })
  /// Glued between a mass and a time in an exposure: "μg•hr/mL", "ng·h/mL", "mg*h/L".
  private static let exposureJoiners: Set<UInt64> = Set(["•", "·", "⋅", "*", "×"].map { TokenKey.of($0) })
  private static let perVolume: Set<UInt64> = Set(["l", "dl", "liter", "litre"].map { TokenKey.of($0) })

  /// "Timolol 0.5 BID", "Acyclovir 800 BID OU": a bare number between a drug's name and
  /// its frequency or eye is the drug's strength, its unit unstated (an empty unit).
  private func isStrengthWithoutUnit(_ sentence: Sentence, _ number: NumberSpan, lexicons: Lexicons) -> Bool {
    guard number.value > 0, sentence.mentions(.drug).contains(where: { $0.endToken == number.first }) else { return false }
    let next = number.end
    guard next < sentence.range.upperBound else { return false }
    // "Timolol 2xday": the number counts the times a day, no strength; "Timolol 0.5
    // 2xday": the strength before such a count.
    if timesFrequency(sentence, at: next) { return false }
    if let count = sentence.number(startingAt: next), count.isInteger, count.value <= 12, timesFrequency(sentence, at: count.end) { return true }
    return lexicons.frequencies.longestMatch(in: sentence.tokens, at: next, stopAt: sentence.range.upperBound) != nil
      || lexicons.eyeRoutes.longestMatch(in: sentence.tokens, at: next, stopAt: sentence.range.upperBound) != nil
  }

  /// "xday", "x day", "times a day" right after a number: a count of times.
  private func timesFrequency(_ sentence: Sentence, at i: Int) -> Bool {
    i < sentence.range.upperBound && (Self.timesTerms.contains(sentence.key(i)) || sentence.key(i) == Self.times)
  }

  private static let timesTerms: Set<UInt64> = Set(["x", "xday", "xdaily", "xd", "xweek", "xweekly", "xwk"].map { TokenKey.of($0) })
  private static let times = TokenKey.of("times")

  /// "in the 0.5% BID, 1.5% QD and vehicle groups", "the 1% group": a strength with its
  /// schedule, or before "group", names an arm by its regimen; it is no share of patients.
  private func namesStrengthArm(_ sentence: Sentence, _ number: NumberSpan, lexicons: Lexicons) -> Bool {
    // Strengths of creams and drops are small ("92% once daily" is a cure rate).
    guard number.value <= Self.largestNamedStrength else { return false }
    if lexicons.frequencies.longestMatch(in: sentence.tokens, at: number.end, stopAt: sentence.range.upperBound) != nil {
      // "4% daily" and "5% a week" read as rates; "BID", "QD", "twice daily" as schedules.
      return !lexicons.frequencyAnchors.contains(sentence.tokens, at: number.end) && !Self.rateWords.contains(sentence.key(number.end))
    }
    return sentence.key(number.end) == Keys.group || sentence.key(number.end) == Keys.arm
  }

  /// "atropine 0.05% (n = 110), 0.025% (n = 109) or 0.01%", "given atropine 0.05%, … given
  /// 0.025%": further strengths of a drug this sentence already doses by percentage, of
  /// like size, listed or given after it; not a share in brackets or one followed by whom
  /// it is of ("2% given placebo").
  private func continuesStrengths(_ sentence: Sentence, _ number: NumberSpan, lexicons: Lexicons) -> Bool {
    guard number.value <= Self.largestNamedStrength, Self.strengthOpeners.contains(sentence.key(number.first - 1)),
      let strength = sentence.mentions.last(where: { m in
        guard m.label == .dose, m.endToken <= number.first, case .dose(let amount, _, let unit) = m.value else { return false }
        return unit == "%" && amount > 0
      }),
      case .dose(let amount, _, _) = strength.value, number.value * 10 >= amount, number.value <= amount * 10
    else { return false }
    // "0.025% (n = 109), 0.01%": the arm's size in brackets, then the list goes on; "8% (n = 4)
    // of patients" is a share and the count behind it.
    var next = number.end
    if sentence.key(next) == Keys.openParen,
      let close = (next + 1..<min(next + 8, sentence.range.upperBound)).first(where: { sentence.key($0) == Keys.closeParen })
    {
      next = close + 1
    }
    let after = sentence.key(next)
    return next >= sentence.range.upperBound || Self.strengthClosers.contains(after) || Keys.armWords.contains(after)
      || Keys.formulations.contains(after) || lexicons.frequencies.longestMatch(in: sentence.tokens, at: next, stopAt: sentence.range.upperBound) != nil
  }

  private static let strengthOpeners: Set<UInt64> = Set([",", "or", "and", "vs", "versus", "given", "to", "with"].map { TokenKey.of($0) })
  private static let strengthClosers: Set<UInt64> = Set([",", "or", "and", ")", ".", ";", "vs", "versus"].map { TokenKey.of($0) })

  static let largestNamedStrength = 10.0

  /// Whether the amount at `first` opens a bracket right after a dose in the same unit,
  /// perhaps with its period ("100 mg/day (50 mg q12h)", "200 mg daily (100 mg twice
  /// daily)"): the same regimen told another way.
  static func restatesDose(_ sentence: Sentence, bracketBefore first: Int, unit: String) -> Bool {
    guard sentence.key(first - 1) == Keys.openParen else { return false }
    return sentence.mentions.contains { m in
      guard m.label == .dose, case .dose(_, _, let other) = m.value, other == unit, m.endToken < first else { return false }
      // Only the dose's period or schedule between it and the bracket.
      return (m.endToken..<(first - 1)).allSatisfy { i in
        sentence.key(i) == Keys.slash || Self.periodWords.contains(sentence.key(i)) || sentence.isCovered(i, by: .frequency)
      }
    }
  }

  /// Whether the amount at `first` is the cap of a dose by weight or area: "maximum",
  /// "max.", "not exceeding", "a maximum of" or "range" after a comma or in a bracket right
  /// after it ("20 mg/kg, maximum 1000 mg", "15 mg/kg (max. 1 g)"). A cap elsewhere ("ranged
  /// from 100 mg to a maximal 400 mg") is a dose of its own.
  static func capsDose(_ sentence: Sentence, at first: Int) -> Bool {
    var i = first - 1
    if sentence.key(i) == Keys.period { i -= 1 }
    if sentence.key(i) == Keys.of { i -= 1 }
    if sentence.key(i) == Self.exceeding {
      guard sentence.key(i - 1) == Self.not else { return false }
      i -= 1
    } else {
      guard Self.capWords.contains(sentence.key(i)) else { return false }
    }
    if sentence.key(i - 1) == Self.a { i -= 1 }
    guard sentence.key(i - 1) == Keys.comma || sentence.key(i - 1) == Keys.openParen else { return false }
    return sentence.mentions.contains { mention in
      guard mention.label == .dose, mention.endToken == i - 1, case .dose(_, _, let unit) = mention.value else { return false }
      return unit.hasSuffix("/kg") || unit.hasSuffix("/m2")
    }
  }

  /// ("1.6 µg/kg (range 25–100 µg)": the amounts the dose by weight came to.)
  private static let capWords: Set<UInt64> = Set(["maximum", "max", "maximal", "range"].map { TokenKey.of($0) })
  private static let exceeding = TokenKey.of("exceeding")
  private static let not = TokenKey.of("not")
  private static let a = TokenKey.of("a")

  /// "Of 300 randomised, 150 were assigned to 500 mg and 150 to 1000 mg": a whole number
  /// after a list's comma or "and", in a sentence that assigns people, before "to".
  private func isCountAssigned(_ sentence: Sentence, _ number: NumberSpan) -> Bool {
    let before = sentence.key(number.first - 1)
    return number.isInteger && (before == Keys.comma || before == Keys.and)
      && (sentence.range.lowerBound..<number.first).contains { Keys.assignmentVerbs.contains(sentence.key($0)) }
  }

  private static let vehicleWords: Set<UInt64> = Set(["base", "vehicle"].map { TokenKey.of($0) })

  private static let periodWords: Set<UInt64> = Set(["day", "d", "daily", "per", "a", "week", "wk"].map { TokenKey.of($0) })
  private static let rateWords: Set<UInt64> = Set(["daily", "weekly", "monthly", "annually", "yearly", "per", "a", "each", "every"].map { TokenKey.of($0) })

  private func isTopicalStrength(_ sentence: Sentence, _ number: NumberSpan) -> Bool {
    // "70% of the baricitinib group" is a share of patients; "triamcinolone 0.1% in an
    // adhesive base" the strength of what the drug is mixed into.
    if sentence.key(number.end) == Keys.of { return false }
    if sentence.key(number.end) == Keys.in {
      // (Right after the drug's name, and not "45% in the paste group".)
      let after = min(number.end + 1, sentence.range.upperBound)..<min(number.end + 6, sentence.range.upperBound)
      let mixedInto = after.prefix(3).contains { Keys.formulations.contains(sentence.key($0)) || Self.vehicleWords.contains(sentence.key($0)) }
      return mixedInto && !after.contains { Keys.armWords.contains(sentence.key($0)) }
        && sentence.mentions(.drug).contains { $0.endToken == number.first }
    }
    for i in number.end..<min(number.end + 3, sentence.range.upperBound) where Keys.formulations.contains(sentence.key(i)) {
      return true
    }
    // "5% minoxidil", "minoxidil 5%", "timolol (Timoptic) 0.5%", "Timolol(0.25%)": the
    // drug right beside the strength.
    let drugs = sentence.mentions(.drug)
    if let drug = drugs.first(where: { $0.firstToken == number.end }) {
      // "nausea (8.5% BTH1677 vs 0% Control)": shares of two arms compared; "5% minoxidil
      // vs 2% minoxidil" compares two strengths.
      guard ResponseRecognizer.versus.contains(sentence.key(drug.endToken)), let other = sentence.number(startingAt: drug.endToken + 1),
        other.isPercent
      else { return true }
      return drugs.contains { $0.firstToken == other.end } || (other.end..<other.end + 3).contains { Keys.formulations.contains(sentence.key($0)) }
    }
    var ends = [number.first]
    // "Timolol(0.25%)": the strength in a bracket glued to the name ("sertraline (78.2%)",
    // with a space, is a share of its patients).
    if sentence.key(number.first - 1) == Keys.openParen, !sentence.tokens[number.first - 1].spaceBefore { ends.append(number.first - 1) }
    if sentence.key(number.first - 1) == Keys.closeParen {
      ends.append(number.first - 1)
      let back = max(sentence.range.lowerBound, number.first - 8)
      if let open = (back..<(number.first - 1)).last(where: { sentence.key($0) == Keys.openParen }) { ends.append(open) }
    }
    // "minocycline foam 1.5% (n = 251)": the form between the drug and its strength, a
    // strength's size, closing its words (not rates, "terbinafine cream 80% and
    // clotrimazole cream 60%", "using mupirocin ointment 10% had a rash").
    if Keys.formulations.contains(sentence.key(number.first - 1)), number.value < 10,
      !sentence.isWord(number.end) || Self.afterStrength.contains(sentence.key(number.end)),
      !sentence.range.contains(where: { Self.shareWords.contains(sentence.key($0)) })
    {
      ends.append(number.first - 1)
    }
    if drugs.contains(where: { ends.contains($0.endToken) }) { return true }
    return false
  }
}
