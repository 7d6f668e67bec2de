/// Counts of responders: "9 of 12 patients", "9 out of 12", "9/12", "75% of patients",
/// "about one-third of patients", "half of the participants", "all had", "all three",
/// "none of the 12 patients", "71 patients (38.6%)".
///
/// Precision first: a count is a response only when a response cue ("responded",
/// "regrowth", "remission") follows it, or precedes it closely, before any block word
/// ("discontinued", "adverse", "women"). Both lists are data.
struct ResponseRecognizer: Recognizer {
  private static let who = TokenKey.of("who")
  private static let proVerbs: Set<UInt64> = Set(["did", "had", "was", "were"].map { TokenKey.of($0) })
  static let averages: Set<UInt64> = Set(["mean", "median", "average", "averaged", "averages"].map { TokenKey.of($0) })

  func recognize(_ sentence: inout Sentence, lexicons: Lexicons) {
    var found: [(first: Int, end: Int, count: ResponseCount)] = []
    // Where counts of an arm's people read by their response cue start.
    var peopleOfArm = Set<Int>()
    func taken(_ i: Int) -> Bool { found.contains { $0.first <= i && i < $0.end } }
    if !sentence.saysRespectively, listsInOrder(sentence) { sentence.listsRespectively = true }
    if let compared = comparedArms(sentence, lexicons: lexicons) {
      found = compared
      sentence.listsRespectively = true
    }
    found += countsOfWhom(sentence, lexicons: lexicons)
    if found.isEmpty { found = countsOfCountedSubject(sentence, lexicons: lexicons) }
    if found.isEmpty { found = comparedBack(sentence, lexicons: lexicons) }
    // Numbers that are no count of their own: the total of a count the rules left out
    // ("seen in 58 of 103 (56.3%)": "103 (56.3%)"), the members of a comparison no arm
    // can be given to.
    var notCounts: Set<Int> = []

    for number in sentence.numbers where !taken(number.first) && !notCounts.contains(number.first) {
      guard !sentence.isCovered(number.first, by: .dose), !sentence.isCovered(number.first, by: .duration) else { continue }
      // "in the 1.5%, 3% and vehicle groups": strengths that name groups, no shares.
      if number.isPercent, Self.namesGroups(sentence, after: number.end) { continue }
      // "with D10 (9.3%)", "CD4 (12%)": digits glued to a word with a capital are part of
      // a name, and the share in brackets after it is of what it names ("IL6 (3%)
      // changes"); "in30 of 50" is a scrape's lost space.
      if number.first > sentence.range.lowerBound, !sentence.tokens[number.first].spaceBefore, sentence.isWord(number.first - 1),
        sentence.bytes[sentence.tokens[number.first - 1].range].contains(where: { $0 &- 0x41 < 26 })
      {
        if sentence.key(number.end) == Keys.openParen, let share = sentence.number(startingAt: number.end + 1), share.isPercent {
          notCounts.insert(share.first)
        }
        continue
      }
      // "the cooling group consisted of 19 patients (59.4%)": who made up an arm.
      if Self.composedOf(sentence, before: number.first) { continue }
      // "around one in five of those taking the placebo": a rate, not people counted (not
      // "at week 8 in 38 of 120", "an IGA of 0 or 1 in 70 (47%)", "from 8 to 6 in 40").
      if number.isInteger, sentence.key(number.first - 1) == Keys.in, let rate = sentence.number(endingAt: number.first - 1), rate.isInteger,
        rate.value >= 1, rate.value < number.value, !Self.notRateBefore.contains(sentence.key(rate.first - 1)),
        rate.first == sentence.range.lowerBound || sentence.tokens[rate.first - 1].kind != .dash, sentence.key(number.end) != Keys.slash, sentence.key(number.end) != Keys.openParen,
        !(sentence.key(number.end) == Keys.of && sentence.number(startingAt: sentence.key(number.end + 1) == Keys.the ? number.end + 2 : number.end + 1) != nil)
      {
        continue
      }
      // "reduced to 120 mg in 38 patients (25.0%)", "the dose was 200 mg/day in 52 (30.6%)":
      // the people at a dose, not responders ("nausea with ruxolitinib 20 mg in 12" are).
      if sentence.key(number.first - 1) == Keys.in, sentence.mentions.contains(where: { m in
        m.label == .dose && (number.first - 3...number.first - 1).contains(m.endToken)
          && (m.endToken..<number.first - 1).allSatisfy { sentence.tokens[$0].kind != .word || Self.rateUnits.contains(sentence.key($0)) }
          && (sentence.key(m.firstToken - 1) == Keys.to || sentence.key(m.firstToken - 1) == Keys.was || Self.atADose(sentence, m.firstToken))
      }) {
        continue
      }
      // "3 mg/day, n = 1 (2.2%)": "n =" gives a size, never responders.
      if number.isInteger, sentence.key(number.first - 1) == Keys.equals { continue }
      // "…; muscle soreness by 17 (17%) and 2 (2%); and falls by 3 (3%) and 2 (2%),
      // respectively": after counts of the arms, another outcome's counts, one per arm in
      // the same order, for the linker to pair.
      if number.isInteger, !found.isEmpty, case let items = countsWithShares(sentence, from: number), items.count >= 2,
        found.count % items.count == 0, let phrase = ellipticalOutcome(sentence, before: number.first - 1, listEnd: items[items.count - 1].end, lexicons: lexicons)
      {
        for item in items {
          var count = ResponseCount(responders: item.responders, proportion: item.share, precision: item.precision ?? 0)
          count.outcome = phrase
          found.append((item.first, item.end, count))
        }
        continue
      }
      // "Of the 88 people in the exercise group, 61 could climb stairs": the total opens
      // the sentence, the count and what they did follow its comma.
      if number.isInteger, let total = openingTotal(sentence, before: number.first, lexicons: lexicons), total >= number.value {
        var end = number.end
        if sentence.key(end) == Keys.openParen, let percent = sentence.number(startingAt: end + 1), percent.isPercent,
          sentence.key(percent.end) == Keys.closeParen
        {
          end = percent.end + 1
        }
        end = participantEnd(sentence, from: end, lexicons: lexicons)
        // What they did or what happened to them; not what they had or had done before
        // ("45 had type 2 diabetes", "80 completed follow-up", "20 could not climb").
        let verb = (lexicons.outcomeVerbs.longestMatch(in: sentence.tokens, at: end, stopAt: sentence.range.upperBound) != nil
          && !Self.descriptiveVerbs.contains(sentence.key(end)) && plainVerb(sentence, end, lexicons: lexicons))
          || lexicons.responseCues.contains(sentence.tokens, at: end) || sentence.key(end) == Self.could
          || (sentence.key(end) == Keys.were || sentence.key(end) == Keys.was) && sentence.key(end + 1) == Self.able
          || hadDoneForThem(sentence, end)
        let negated = sentence.key(end + 1) == Self.not || sentence.key(end + 2) == Self.not
        let earlier = (end..<sentence.range.upperBound).contains { Self.placesBefore(sentence, $0, words: Self.pastWords) }
        if verb, !negated, !earlier, !isAllocation(sentence, at: end), !isBlocked(sentence, after: end, count: (number.first, end), lexicons: lexicons) {
          let count = ResponseCount(
            responders: Int(number.value), total: Int(total), proportion: number.value / total, approximate: number.approximate)
          found.append((number.first, end, count))
          continue
        }
      }
      var i = number.end
      // "9 of 12", "9 out of 12", "9 of the 12", "9/12"
      if number.isInteger {
        var j = i
        var isSlash = false
        // "5 (12%) of 42 patients": the share in brackets before the total, which must
        // agree with it.
        // (Not in lists, "5 (12%) and 11 (26%) of 42 and 43 patients", "10 (20%) and 15 (30%)
        // of the 50 patients in each group", which other rules pair.)
        var bracketShare: NumberSpan?
        if sentence.key(j) == Keys.openParen, let share = sentence.number(startingAt: j + 1), share.isPercent,
          sentence.key(share.end) == Keys.closeParen, sentence.key(share.end + 1) == Keys.of,
          !(Self.bracketListJoiners.contains(sentence.key(number.first - 1)) && sentence.key(number.first - 2) == Keys.closeParen)
        {
          bracketShare = share
          j = share.end + 1
        }
        if sentence.key(j) == Keys.out { j += 1 }
        if sentence.key(j) == Keys.of {
          j += 1
          if sentence.key(j) == Keys.the { j += 1 }
        } else if sentence.key(j) == Keys.slash, j == i, !sentence.tokens[j].spaceBefore {
          j += 1
          isSlash = true
        } else {
          j = -1
        }
        if j > 0, let total = sentence.number(startingAt: j), total.isInteger, total.value >= number.value, total.value >= 1,
          bracketShare.map({ share in
            // (A share cut rather than rounded, "2 (66%) of 3", agrees too.)
            abs(number.value / total.value * 100 - share.value) < pow10(-share.decimals) + 1e-9
              && !(Self.bracketListJoiners.contains(sentence.key(total.end)) && sentence.number(startingAt: total.end + 1) != nil)
          }) ?? true
        {
          notCounts.insert(total.first)
          if let bracketShare { notCounts.insert(bracketShare.first) }
          // Dates and fractions of a page: "7/12/2019", "12/2016".
          if isSlash && (sentence.key(total.end) == Keys.slash || total.value >= 1900 || sentence.key(number.first - 1) == Keys.slash) {
            continue
          }
          // "sPGA 0/1", "IGA 0/1": the grades of a score, no count of one person.
          if isSlash, total.value < 2 { continue }
          // "Page 4 of 11", "slide 3/12": a running header's place in the document.
          if Self.placeWords.contains(sentence.key(number.first - 1)) { continue }
          // "randomised to one of three groups", "3 of 4 planned doses", "at 7 of 14 sites":
          // a share of arms, doses or places, not of people.
          if Self.countedThings.contains(sentence.key(Self.plannedWords.contains(sentence.key(total.end)) ? total.end + 1 : total.end)) { continue }
          var end = participantEnd(sentence, from: total.end, lexicons: lexicons)
          // "Six of the 7 deaths": a share of events, not of people.
          if end == total.end, lexicons.responseEvents.contains(sentence.tokens, at: total.end) { continue }
          // "187 of 212 vaccine recipients": the arm among the words of the people.
          let amongPeople = namesArmAmongPeople(sentence, total.end..<end)
          // "187 of 2,762 patients (6.8%)": the percentage restates the count.
          if sentence.key(end) == Keys.openParen, let percent = sentence.number(startingAt: end + 1), percent.isPercent,
            sentence.key(percent.end) == Keys.closeParen
          {
            end = percent.end + 1
          }
          // "62 of 612 patients assigned to colchicine" names the arm of the 612; "62 of
          // 612 were assigned to …" allocates.
          if isAllocation(sentence, at: end, bare: false) { continue }
          // "19 of 35 patients in the drug A group": the arm says what was counted.
          // "… and 7/104 patients in the 10 mg, 20 mg and placebo groups": without
          // "respectively", the first of a list of arms is not the last count's own.
          let reference = armReference(sentence, from: end, alone: !sentence.saysRespectively)
          if let reference, reference - end <= Self.armNameReach { end = reference }
          // "In the yoga group, 12 of the 40 had ...": the arm just before says it too.
          // "29/112 (25.9%) vs 44/109 (40.4%)": two arms' counts compared side by side.
          // "58 of 103 (56.3%), 69 of 105 (65.7%) and … in the 10 mg, 20 mg and placebo
          // groups, respectively": the list after names them ("5.1% (4/79), …" are the
          // percentages' counts, read with them).
          let behindShare = sentence.key(number.first - 1) == Keys.openParen && sentence.number(endingAt: number.first - 1)?.isPercent == true
          let named = reference != nil || amongPeople || armBefore(sentence, number.first) || isComparedPair(sentence, number, end: end)
            || (!behindShare && assignsRespectively(sentence, after: end))
          // "… by 12 of 48, 9 of 47, and 27 of 49 patients": a list continues the count
          // before it, where no arm is named after it (those the pairing rules read).
          let armAfter = sentence.mentions.contains { $0.firstToken > number.first && ($0.label == .drug || Self.namesArm($0)) }
          let continuesList = !armAfter && found.last.map { previous in
            previous.end < number.first && number.first - previous.end <= 2
              && (previous.end..<number.first).allSatisfy { sentence.key($0) == Keys.comma || sentence.key($0) == Keys.and }
          } ?? false
          // "… in 137 of the 162 women given the drip, compared with 98 of the 164 on
          // tablets": a count set against the one just before is of its outcome.
          // (Only where the sentence names no arm: "…, compared with 98 of 164 women in a
          // historical cohort" after an arm named is no count of that arm.)
          let setAgainst = Self.setsAgainst(sentence, before: number.first)
            && !sentence.mentions.contains(where: { $0.label == .drug || Self.namesArm($0) || $0.value == .context("control") })
            && found.last.map { previous in
              previous.count.total != nil && previous.end < number.first && number.first - previous.end <= 12
                && !(previous.end..<number.first).contains { i in
                  (sentence.tokens[i].kind == .number && sentence.number(startingAt: i)?.isPercent != true) || sentence.key(i) == Keys.semicolon
                }
            } ?? false
          if (named || continuesList || setAgainst) && !isBlocked(sentence, after: end, count: (number.first, end), lexicons: lexicons)
            || isOutcome(sentence, first: number.first, end: end, lexicons: lexicons)
          {
            let count = ResponseCount(
              responders: Int(number.value), total: Int(total.value), proportion: number.value / total.value,
              approximate: number.approximate)
            found.append((number.first, end, count))
          }
          continue
        }
      }
      // "75% of patients", "about one-third of patients", "half of the participants"
      if number.isPercent || number.isFraction {
        i = number.end
        // "about 3% (5 kids) of the B group": the count of people the share is. (After the
        // group, "25% of the A group (80 patients)" may give the group's size instead.)
        let people = number.isPercent ? peopleInBrackets(sentence, at: i, lexicons: lexicons) : nil
        if let people { i = people.end }
        var ofGroup = false
        // "83.6% of the 140 women given the infusion": a share of a count of people, the
        // count its total.
        var statedTotal: Int?
        // "20.7% with metformin and 15.8% with letrozole": a share of the arm named next.
        if sentence.key(i) == Keys.with || sentence.key(i) == Self.on,
          sentence.mentions.contains(where: { ($0.label == .drug || Self.namesArm($0)) && $0.firstToken == i + 1 }),
          armReference(sentence, from: i + 1) != nil
        {
          ofGroup = true
          i += 1
        } else if sentence.key(i) == Keys.with || sentence.key(i) == Self.on, sentence.isWord(i + 1),
          sentence.range.contains(where: { k in
            sentence.key(k) == Keys.percentSign && (sentence.key(k + 1) == Keys.with || sentence.key(k + 1) == Self.on)
              && sentence.mentions.contains { $0.label == .drug && $0.firstToken == k + 2 }
          })
        {
          // "… 64% with tofacitinib and 31% with phototherapy": the share of an arm no
          // rule knows, in a list of shares of arms, is no other arm's.
          continue
        } else if sentence.key(i) == Keys.of || sentence.key(i) == Keys.in {
          var j = i + 1
          if sentence.key(j) == Keys.the || sentence.key(j) == Keys.these || sentence.key(j) == Keys.those { j += 1 }
          // "a third of strains are resistant to clarithromycin": a share of things.
          if Self.countedThings.contains(sentence.key(j)) { continue }
          if let groups = sentence.number(startingAt: j), groups.isInteger, (2...6).contains(groups.value),
            Keys.pluralArms.contains(sentence.key(groups.end)), sentence.saysRespectively
          {
            // "11.1%, 12.1% and 3.4% of the three groups, respectively": one share per arm.
            ofGroup = true
            i = groups.end + 1
          } else if sentence.key(j) == Keys.them || sentence.key(j) == Keys.those || lexicons.participants.contains(sentence.tokens, at: j)
            || sentence.key(j - 1) == Keys.those || armReference(sentence, from: j) != nil
          {
            ofGroup = true
            i = participantEnd(sentence, from: j, lexicons: lexicons)
            // "61% of them were assigned": "them" and "those" are the people themselves.
            if i == j, sentence.key(j) == Keys.them || sentence.key(j) == Keys.those { i = j + 1 }
          } else if sentence.key(i) == Keys.of, number.isPercent, let total = sentence.number(startingAt: j), total.isInteger, total.value >= 1,
            case let end = participantEnd(sentence, from: total.end, lexicons: lexicons), end > total.end || sentence.key(total.end) == Self.who
          {
            ofGroup = true
            statedTotal = Int(total.value)
            notCounts.insert(total.first)
            i = end
          } else {
            continue  // "80% of the scalp", "5% of their body weight": not a share of patients
          }
        }
        // "23% of those randomized to drug A" names the group; "50.6% were randomised to"
        // and "61% of them were assigned 30 mg" allocate.
        guard ofGroup || number.isPercent, !isAllocation(sentence, at: i, bare: !ofGroup) else { continue }
        // "n = 1 (2.2%)": the share of a count that is no response is none either.
        // "at week 96 (60.0% vs 54.1%)" is a share after a time.
        // "groups H1 and H2 (22% …)": a digit of a name.
        if !ofGroup, sentence.key(number.first - 1) == Keys.openParen, let count = sentence.number(endingAt: number.first - 1), count.isInteger,
          sentence.tokens[count.first].spaceBefore, !sentence.isCovered(count.first, by: .duration), !sentence.isCovered(count.first, by: .dose)
        {
          continue
        }
        // "115% of the preparation", "102 ± 5%": more than everyone, or a spread.
        // "improved 16% (±26)", "16% ± 26": a mean change with its spread.
        if number.isPercent, number.value > 100 || sentence.isSpread(before: number.first) || sentence.isSpread(at: number.end)
          || (sentence.key(number.end) == Keys.openParen && sentence.isSpread(at: number.end + 1))
        {
          continue
        }
        // "an incidence of ≥3% in any group": a threshold, whoever it is of.
        if sentence.isThreshold(before: number.first) { continue }
        // "3.4% of each group", "in both arms": every arm's share at once.
        if ofGroup, Self.everyArm.contains(sentence.key(number.end + 1)) { continue }
        // "a mean regrowth of 92%": an average, not a share of patients.
        // "the mean hair regrowth at the end of treatment was 92%": back to the clause's start.
        if !ofGroup, isAverage(sentence, before: number.first) { continue }
        // "a 50% or greater improvement": a threshold.
        if sentence.key(number.end) == Keys.or, Self.comparatives.contains(sentence.key(number.end + 1)) { continue }
        // "a 75% improvement", "50% reduction", "A 50% pain reduction": a threshold of the
        // outcome measure.
        if !ofGroup, lexicons.responseCues.contains(sentence.tokens, at: number.end)
          || (Keys.indefiniteArticles.contains(sentence.key(number.first - 1)) && sentence.isWord(number.end)
            && lexicons.responseCues.contains(sentence.tokens, at: number.end + 1))
        {
          continue
        }
        // "a reduction of at least 50%", "improvement of ≥75%": a threshold too.
        if !ofGroup, Self.thresholds.contains(sentence.key(number.first - 1)) { continue }
        // "HbA1c 7.0–10.5%": a range of a measure, never a share of patients.
        if isRangeBound(sentence, number) || isChange(sentence, number) { continue }
        // "95% CI", "95% confidence interval": a level, not a share of patients.
        if Self.intervals.contains(sentence.key(number.end)) { continue }
        // "(difference 15.0%; 95% CI …)", "a risk difference of 12%": between the arms' shares.
        if isDifference(sentence, before: number.first) { continue }
        // "83.5% (95% CI, 76% to 91%)": the bounds of an interval.
        if isIntervalBound(sentence, number) { continue }
        // "23% of those randomized to drug A 50 mg", "38.8% of the 4-mg group": the
        // arm itself says what was counted.
        // The span then runs to the arm's name, which tells the linker whose count it is.
        // "52.5% (21/40)": the counts behind the percentage.
        let counts = number.isPercent && !ofGroup ? countsInBrackets(sentence, at: number.end, percent: number) : nil
        if let counts { i = counts.end }
        var reference = ofGroup || counts != nil ? armReference(sentence, from: i) : nil
        // "30.0% and 13.2% in the yoga and control groups": as many shares as arms, in
        // order; each share is its own span, and the linker pairs them with the arms.
        if let listStart = reference, let arms = armList(sentence, from: listStart), arms > 1 {
          var shares = [number]
          while let previous = shares.first, let earlier = earlierShare(sentence, before: previous.first), earlier.isPercent == number.isPercent {
            shares.insert(earlier, at: 0)
          }
          if shares.count == arms, !isBlocked(sentence, after: listStart, count: (number.first, i), lexicons: lexicons) {
            for share in shares where !taken(share.first) {
              let proportion = share.isPercent ? share.value / 100 : share.value
              let precision = share.isPercent ? pow10(-(2 + share.decimals)) : 0
              var count = ResponseCount(proportion: proportion, precision: precision, approximate: share.approximate)
              // "20% (6/30)": the counts behind a listed share stay with it.
              let behind = share.isPercent ? countsInBrackets(sentence, at: share.end, percent: share) : nil
              count.responders = behind?.responders
              count.total = behind?.total
              found.append((share.first, behind?.end ?? share.end, count))
            }
            continue
          }
          // "87% (26/30), 20% (6/30), 30% (9/30), and 0% in groups A, B, C and D": a share
          // with its counts that does not complete the list (or whose list is blocked)
          // stands on its own; the last share completes the list.
          guard counts != nil else { continue }
          reference = nil
        }
        // "Photophobia was reported in 12.2%, 4.1% and 2.1% of children in the 3 groups,
        // respectively": as many shares of people as the arms the sentence counts.
        if reference == nil, ofGroup, let arms = ParagraphLinker.numberedGroups(in: sentence), arms > 1 {
          var shares = [number]
          while let previous = shares.first, let earlier = earlierShare(sentence, before: previous.first), earlier.isPercent == number.isPercent {
            shares.insert(earlier, at: 0)
          }
          if shares.count == arms, !shares.contains(where: { taken($0.first) }), !isBlocked(sentence, after: i, count: (number.first, i), lexicons: lexicons) {
            for share in shares {
              let proportion = share.isPercent ? share.value / 100 : share.value
              let precision = share.isPercent ? pow10(-(2 + share.decimals)) : 0
              found.append((share.first, share.end, ResponseCount(proportion: proportion, precision: precision, approximate: share.approximate)))
            }
            continue
          }
        }
        if let reference { i = reference }
        if reference != nil
          ? !isBlocked(sentence, after: i, count: (number.first, i), lexicons: lexicons)
          : isOutcome(sentence, first: number.first, end: i, lexicons: lexicons) && !Self.atBaseline(sentence, after: i)
        {
          let proportion = number.isPercent ? number.value / 100 : number.value
          let precision = number.isPercent ? pow10(-(2 + number.decimals)) : 0
          var count = ResponseCount(proportion: proportion, precision: precision, approximate: number.approximate)
          if let counts {
            count.responders = counts.responders
            count.total = counts.total
          } else if let statedTotal {
            count.total = statedTotal
          }
          // The people are counted exactly, whatever "about" said of their share.
          if let people, count.responders == nil {
            count.responders = people.count
            count.approximate = false
          }
          found.append((number.first, i, count))
        }
        continue
      }
      // "21 (52.5%) patients healed": a count and its percentage, the noun after them.
      if number.isInteger, sentence.key(number.end) == Keys.openParen, let percent = sentence.number(startingAt: number.end + 1),
        percent.isPercent, sentence.key(percent.end) == Keys.closeParen, percent.value <= 100,
        case let end = participantEnd(sentence, from: percent.end + 1, lexicons: lexicons), !isAllocation(sentence, at: end),
        namesArmAmongPeople(sentence, percent.end + 1..<end) && !isBlocked(sentence, after: end, count: (number.first, end), lexicons: lexicons)
          || isNamed(sentence, first: number.first, end: end, lexicons: lexicons)
          || isOutcome(sentence, first: number.first, end: end, lexicons: lexicons)
      {
        let count = ResponseCount(responders: Int(number.value), proportion: percent.value / 100, precision: pow10(-(2 + percent.decimals)), approximate: number.approximate)
        // The span runs to the arm's name when it follows ("... in the yoga group").
        found.append((number.first, armReference(sentence, from: end, alone: true) ?? end, count))
        continue
      }
      // "occurred in two vaccine recipients and seven placebo recipients": the people
      // with the outcome, the arm in the words between; the arm's size is the total.
      // "... and 5 women in the B group", "... and in 5 patients of group II"
      var joiner = sentence.key(number.first - 1) == Keys.in ? number.first - 2 : number.first - 1
      // "… vs. 10 on B": the abbreviation's period is no break.
      if sentence.key(joiner) == Keys.period, !sentence.tokens[joiner].spaceBefore, Self.versus.contains(sentence.key(joiner - 1)) { joiner -= 1 }
      // "… in the A group (4.1%) and six in the B group": the earlier item's share may
      // close it.
      // "… 5 in the 120 µg group, compared with 24 placebo recipients".
      let compared = (sentence.key(joiner) == Keys.with || sentence.key(joiner) == Keys.to) && sentence.key(joiner - 1) == Keys.compared
      let contrasted = compared || Self.versus.contains(sentence.key(joiner)) || sentence.key(joiner) == Self.against
      let listed = (sentence.key(joiner) == Keys.and || sentence.key(joiner) == Keys.comma || contrasted)
        && found.last.map { item in
          // ", compared with": the comparison's words start where the item ends.
          // (", against 11 on B", ", versus 11 on B": the comma before the contrast too.)
          let start = compared ? (sentence.key(joiner - 2) == Keys.comma ? joiner - 2 : joiner - 1)
            : contrasted && sentence.key(joiner - 1) == Keys.comma ? joiner - 1 : joiner
          // ("(38 per cent)": the share in words is as long as it needs.)
          let closed = item.end == start || (sentence.key(item.end) == Keys.openParen && sentence.key(start - 1) == Keys.closeParen && start - item.end <= 4)
            || shareInBrackets(sentence, at: item.end)?.end == start
            // "79 patients in the A group achieved remission, compared with 42 …": the
            // first count's words end at the comma before the comparison.
            || (contrasted && peopleOfArm.contains(item.first) && commaBefore(sentence, start).map { comma in
              comma >= item.end && comma - item.end <= 8 && (item.end..<comma).allSatisfy { sentence.tokens[$0].kind == .word }
            } == true)
          return closed && item.count.total == nil && item.count.responders != nil
        } == true
        // "87 of the 158 women taking A had fewer hot flushes, compared with 48 women on
        // placebo": the first arm's count and its outcome end the clause the comparison
        // follows.
        || (compared && sentence.key(joiner - 2) == Keys.comma && found.last.map { item in
          item.count.responders != nil && item.end <= joiner - 2 && joiner - 2 - item.end <= 16
            // (A threshold of the outcome, "lost at least 5% of their weight", is no count.)
            && !(item.end..<joiner - 2).contains { i in
              (sentence.tokens[i].kind == .number && sentence.number(startingAt: i)?.isPercent != true) || sentence.key(i) == Keys.semicolon
            }
            && (sentence.mentions.contains { m in (m.label == .drug || Self.namesArm(m)) && m.firstToken >= item.first && m.endToken <= item.end }
              // "… side effect of baclofen, affecting 6 of the 22 patients, compared with 3
              // on metoclopramide": the arm named before the participle.
              || (Self.befallingParticiples.contains(sentence.key(item.first - 1))
                && sentence.mentions.contains { m in (m.label == .drug || Self.namesArm(m)) && m.endToken < item.first })
              // "Zolpidem came out on top: 38 of the 82 people taking it …": the arm by a
              // pronoun, named earlier in the sentence.
              || (Self.pronounArmVerbs.contains(sentence.key(item.end)) && Self.armPronouns.contains(sentence.key(item.end + 1))
                && sentence.mentions.contains { m in m.label == .drug && m.endToken <= item.first }))
        } == true)
      let afterEvent = CohortRecognizer.followsEvent(sentence, at: number.first - 1, lexicons: lexicons)
      // "Remission occurred in 21 caffeine-treated infants and 13 aminophylline-treated
      // infants", "Eleven prazosin-treated participants (22%) and five placebo-treated
      // participants (10.4%) no longer met the criteria": each arm's people named by the
      // compound that names their arm, after an event or a response the sentence names
      // before them ("Data were recorded in 45 A-treated …" names none), or before what
      // befell them.
      if number.isInteger, !sentence.isWholeAfterOf(number.first), let items = treatedPeople(sentence, from: number, lexicons: lexicons),
        let next = items.last?.end,
        afterEvent && (sentence.range.lowerBound..<number.first).contains(where: { k in
          lexicons.responseEvents.contains(sentence.tokens, at: k) || lexicons.responseCues.contains(sentence.tokens, at: k)
        })
          || respondsAt(sentence, Self.noLonger(sentence, at: next) ? next + 2 : next, lexicons: lexicons) && !isAllocation(sentence, at: next),
        !isBlocked(sentence, after: afterEvent ? number.first - 2 : next, count: (number.first, next), lexicons: lexicons)
      {
        for item in items where !taken(item.number.first) {
          found.append((item.number.first, item.end, ResponseCount(responders: Int(item.number.value), proportion: item.share.map { $0.value / 100 },
            precision: item.share.map { pow10(-(2 + $0.decimals)) } ?? 0, approximate: item.number.approximate)))
          notCounts.insert(item.number.first)
        }
        continue
      }
      // "was achieved in 63 (62%) versus 33 (33%) women", "Dizziness affected 41 vs. 12
      // patients": two arms' counts compared, each with its share or neither, the people
      // named once after the last; the linker pairs them with the arms in the order last
      // named. Only where the sentence names no arm ("on A … in 63 versus 33" may be either
      // order) and nothing follows the people ("… women at baseline and at 6 months", "…
      // in the first and second cycles" compare times).
      if number.isInteger, afterEvent,
        case let items = countsWithShares(sentence, from: number), items.count == 2,
        items.allSatisfy({ $0.share != nil }) || (items.allSatisfy({ $0.share == nil }) && opensOnTheEvent(sentence, before: number.first, lexicons: lexicons)),
        Self.versus.contains(sentence.key(items[0].end)),
        case let listEnd = participantEnd(sentence, from: items[1].end, lexicons: lexicons), listEnd > items[1].end,
        listEnd >= sentence.range.upperBound || Self.clauseEnds.contains(sentence.key(listEnd)),
        !isBlocked(sentence, after: number.first - 2, count: (number.first, listEnd), lexicons: lexicons)
      {
        // "Compared with A, ovulation on B occurred in 63 (62%) versus 33 (33%) women":
        // the order of the arms is the writer's; neither count is read as the arm named
        // last.
        if sentence.mentions.contains(where: { $0.label == .drug || $0.label == .dose || Self.namesArm($0) }) {
          notCounts.formUnion(items.map(\.first))
          continue
        }
        // Both counts are of the event named before the first ("…, and 8 vs. 15
        // discontinued" after them is another outcome's).
        let outcome = OutcomePhrase.find(in: sentence, first: items[0].first, end: items[0].end, lexicons: lexicons)
        for item in items {
          var count = ResponseCount(responders: item.responders, proportion: item.share, precision: item.precision ?? 0)
          count.outcome = outcome
          found.append((item.first, item.end, count))
        }
        continue
      }
      // "occurred in 4, 6 and 10 patients in groups A, B and C, respectively": counts
      // listed in the order of the arms; the linker pairs them.
      if number.isInteger, afterEvent, sentence.saysRespectively,
        case let items = countList(sentence, from: number), items.count >= 2, let last = items.last,
        case let listEnd = participantEnd(sentence, from: last.end, lexicons: lexicons), listEnd > last.end,
        !isBlocked(sentence, after: number.first - 2, count: (number.first, listEnd), lexicons: lexicons)
      {
        for item in items { found.append((item.first, item.end, ResponseCount(responders: Int(item.value), approximate: item.approximate))) }
        continue
      }
      // "occurred in 63 (62%) and 33 (33%) women in the A and B groups, respectively":
      // the same, each count with its share, where the arms, as many, follow the people
      // ("… women at 3 and 6 months, respectively" are times), or the people end the
      // clause of a sentence that names no arm and one outcome ("Injurious falls occurred
      // in 24 (12.9%) and 41 (22.3%) participants, …, respectively": the arms last named;
      // not "Ovulation and pregnancy occurred in …").
      if number.isInteger, case let items = countsWithShares(sentence, from: number), items.count >= 2, items.allSatisfy({ $0.share != nil }),
        let last = items.last, case let listEnd = participantEnd(sentence, from: last.end, lexicons: lexicons), listEnd > last.end
      {
        let arms = armsListed(sentence, after: listEnd)
        if afterEvent, sentence.saysRespectively,
          arms == items.count
            || (listEnd >= sentence.range.upperBound || Self.clauseEnds.contains(sentence.key(listEnd)))
              && !sentence.mentions.contains(where: { $0.label == .drug || Self.namesArm($0) })
              && !(sentence.range.lowerBound..<number.first).contains(where: { sentence.key($0) == Keys.and || sentence.key($0) == Keys.or }),
          !isBlocked(sentence, after: number.first - 2, count: (number.first, listEnd), lexicons: lexicons)
        {
          for item in items {
            found.append((item.first, item.end, ResponseCount(responders: item.responders, proportion: item.share, precision: item.precision ?? 0)))
          }
          continue
        }
        // "… and live birth in 28 (27%) versus 20 (20%) women in the A and B groups":
        // counts listed for arms that could not be paired; read alone, each would take
        // the arm named nearest.
        if arms >= 2 {
          notCounts.formUnion(items.map(\.first))
          continue
        }
      }
      // "reported by eight ondansetron, five metoclopramide and four placebo patients":
      // an item may be the arm's name alone, right after the count.
      let armRightAfter = sentence.mentions.first { $0.firstToken == number.end && ($0.label == .drug || Self.namesArm($0)) }
      // "… and three (0.8%) in the B group": a listed count's share before its arm;
      // "11 (16.7%) women in the A group": any count's share before its people.
      var people = participantEnd(sentence, from: number.end, lexicons: lexicons)
      var share = listed ? shareInBrackets(sentence, at: people) : nil
      if people == number.end, let lead = shareInBrackets(sentence, at: number.end),
        case let after = participantEnd(sentence, from: lead.end, lexicons: lexicons), after > lead.end
      {
        people = after
        share = lead
      }
      if number.isInteger, afterEvent || listed,
        case let end = armAfterPeople(sentence, max(people, share?.end ?? people, armRightAfter?.endToken ?? number.end)),
        end > number.end, armReference(sentence, from: share?.end ?? number.end).map({ $0 <= end }) == true,
        listed || !isBlocked(sentence, after: number.first - 2, count: (number.first, end), lexicons: lexicons)
      {
        var count = ResponseCount(responders: Int(number.value), approximate: number.approximate)
        if let percent = share?.percent, end >= share?.end ?? end {
          count = ResponseCount(responders: Int(number.value), proportion: percent.value / 100, precision: pow10(-(2 + percent.decimals)), approximate: number.approximate)
        }
        found.append((number.first, end, count))
        continue
      }
      // "In the placebo group, 5 patients had nausea": the arm the clause opens with, then
      // its people and what befell them.
      if number.isInteger, sentence.key(number.first - 1) == Keys.comma, armBefore(sentence, number.first),
        let nounEnd = lexicons.participants.longestMatch(in: sentence.tokens, at: number.end, stopAt: sentence.range.upperBound)?.end,
        respondsAt(sentence, nounEnd, lexicons: lexicons), !isAllocation(sentence, at: nounEnd),
        !isBlocked(sentence, after: nounEnd, count: (number.first, nounEnd), lexicons: lexicons)
      {
        found.append((number.first, nounEnd, ResponseCount(responders: Int(number.value), approximate: number.approximate)))
        continue
      }
      // "12 upadacitinib-treated and 3 placebo-treated patients had achieved HiSCR": the arm
      // in a compound before the people, who are named once after the last; what befell
      // them right after.
      if number.isInteger, !sentence.isWholeAfterOf(number.first), let compound = treatedCompound(sentence, at: number.end) {
        var items = [(number, compound)]
        var next = compound
        while Self.itemJoiners.contains(sentence.key(next)) || Self.versus.contains(sentence.key(next)),
          let other = sentence.number(startingAt: next + 1), other.isInteger, let end = treatedCompound(sentence, at: other.end)
        {
          items.append((other, end))
          next = end
        }
        if let people = lexicons.participants.longestMatch(in: sentence.tokens, at: next, stopAt: sentence.range.upperBound)?.end,
          respondsAt(sentence, people, lexicons: lexicons), !isAllocation(sentence, at: people),
          !isBlocked(sentence, after: people, count: (number.first, people), lexicons: lexicons)
        {
          for (count, end) in items where !taken(count.first) {
            found.append((count.first, end, ResponseCount(responders: Int(count.value), approximate: count.approximate)))
            notCounts.insert(count.first)
          }
          continue
        }
      }
      // "79 patients in the 140 mg group achieved remission": people of an arm, a response
      // cue right after them (the linker takes the arm's size as the total); not the total
      // of "9 of the 12 patients on A", nor "the 79 patients" or "all 79", the whole arm.
      if number.isInteger, !sentence.isWholeAfterOf(number.first), !Self.wholeGroup.contains(sentence.key(number.first - 1)),
        let nounEnd = someOfPeople(sentence, after: number.end, lexicons: lexicons) ?? lexicons.participants.longestMatch(in: sentence.tokens, at: number.end, stopAt: sentence.range.upperBound)?.end,
        case let armEnd = armAfterPeople(sentence, nounEnd), armEnd > nounEnd,
        respondsAt(sentence, armEnd, lexicons: lexicons) || respondsAt(sentence, nextItemEnd(sentence, after: armEnd, lexicons: lexicons), lexicons: lexicons)
          || isPassiveOutcome(sentence, before: number.first, end: armEnd, lexicons: lexicons),
        !isAllocation(sentence, at: armEnd), !isBlocked(sentence, after: armEnd, count: (number.first, armEnd), lexicons: lexicons)
      {
        found.append((number.first, armEnd, ResponseCount(responders: Int(number.value), approximate: number.approximate)))
        peopleOfArm.insert(number.first)
        continue
      }
      // "71 patients (38.6%) achieved ...", "seven participants in the exercise group
      // (4.1%) died": the arm may stand between the people and their share, or after it
      // ("four patients (1.1%) in the lefamulin group died").
      if number.isInteger,
        let nounEnd = lexicons.participants.longestMatch(in: sentence.tokens, at: number.end, stopAt: sentence.range.upperBound)?.end,
        case let armEnd = armAfterPeople(sentence, nounEnd),
        sentence.key(armEnd) == Keys.openParen, let percent = sentence.number(startingAt: armEnd + 1), percent.isPercent,
        sentence.key(percent.end) == Keys.closeParen, !isAllocation(sentence, at: percent.end + 1),
        case let armAfter = armEnd == nounEnd ? armAfterPeople(sentence, percent.end + 1) : percent.end + 1,
        armEnd > nounEnd && !isBlocked(sentence, after: percent.end + 1, count: (number.first, percent.end + 1), lexicons: lexicons)
          || armAfter > percent.end + 1 && !isAllocation(sentence, at: armAfter)
            && !isBlocked(sentence, after: armAfter, count: (number.first, armAfter), lexicons: lexicons)
          || isNamed(sentence, first: number.first, end: percent.end + 1, lexicons: lexicons)
          || isOutcome(sentence, first: number.first, end: percent.end + 1, lexicons: lexicons)
      {
        let count = ResponseCount(responders: Int(number.value), proportion: percent.value / 100, precision: pow10(-(2 + percent.decimals)), approximate: number.approximate)
        let end = armEnd > nounEnd ? armEnd : armAfter > percent.end + 1 ? armAfter : armReference(sentence, from: percent.end + 1) ?? percent.end + 1
        found.append((number.first, end, count))
      }
    }

    // "all had ...", "all three responded", "all 12 patients", "none of the 12 patients"
    var i = sentence.range.lowerBound
    while i < sentence.range.upperBound {
      let key = sentence.key(i)
      guard key == Keys.all || key == Keys.none, !taken(i) else {
        i += 1
        continue
      }
      var j = i + 1
      if sentence.key(j) == Keys.of { j += 1 }
      if sentence.key(j) == Keys.the || sentence.key(j) == Keys.these || sentence.key(j) == Keys.those { j += 1 }
      var total: Int?
      if let number = sentence.number(startingAt: j), number.isInteger {
        total = Int(number.value)
        j = number.end
      }
      let end = participantEnd(sentence, from: j, lexicons: lexicons)
      // "all three variables", "all 12 items": a count of things, not of people ("none of
      // the 117 in the A group" are the arm's).
      if total != nil, end == j, sentence.isWord(j), !Self.groupVerbs.contains(sentence.key(j)),
        !lexicons.responseCues.contains(sentence.tokens, at: j), !(sentence.key(j) == Keys.in && armReference(sentence, from: j, alone: true) != nil)
      {
        i = max(end, i + 1)
        continue
      }
      // "all" needs a group: a number, a participant noun, or a verb right after ("all had");
      // "improvements in all efficacy endpoints" counts no one.
      let saysWhoDid = Self.groupVerbs.contains(sentence.key(j)) || sentence.key(j) == Keys.them
        || lexicons.responseCues.contains(sentence.tokens, at: j)
      let hasGroup = total != nil || end > j || (key == Keys.none && sentence.isWord(j)) || saysWhoDid
      // "all randomised infants were analysed for the primary outcome": who was analysed.
      if key == Keys.all, sentence.key(end) == Keys.were || sentence.key(end) == Keys.was, Self.analysedVerbs.contains(sentence.key(end + 1)) {
        i = max(end, i + 1)
        continue
      }
      // "in none of the other patients": the other arms', which this count does not name.
      if Self.others.contains(sentence.key(j)) {
        i = max(end, i + 1)
        continue
      }
      // "none were judged to be related to the vaccine": a judgement of cause, not a count.
      // ("none judged related", "none was considered related")
      if key == Keys.none, Self.judged.contains(sentence.key(j)) || Self.judged.contains(sentence.key(j + 1)) {
        i = max(end, i + 1)
        continue
      }
      // "… in 2 patients receiving A and in none of the 50 placebo patients": listed after
      // another count, naming its arm, it counts what that one counts.
      // "…; none of the 145 placebo recipients did": the verb stands for the last count's.
      let listedAfterCount = found.contains { $0.end <= i }
        && (sentence.key(i - 1) == Keys.and || (sentence.key(i - 1) == Keys.in && sentence.key(i - 2) == Keys.and)
          || (Self.proVerbs.contains(sentence.key(end))
            && (end + 1 >= sentence.range.upperBound || [Keys.period, Keys.semicolon].contains(sentence.key(end + 1)))))
      let namesItsArm = namesArmAmongPeople(sentence, j..<end) || armReference(sentence, from: end, alone: true) != nil
      // "Angioedema developed in two patients … and five …; all responded to antihistamines
      // and none needed airway intervention": after counts, an "all" or "none" that counts
      // and names no one is those counted, not an arm.
      if total == nil, !namesItsArm, found.contains(where: { $0.end <= i }) {
        i = max(end, i + 1)
        continue
      }
      // "None of the 92 children in the alarm group had a headache": the arm between the
      // people and their outcome.
      let armEnd = total != nil && end > j ? armAfterPeople(sentence, end) : end
      if hasGroup, isOutcome(sentence, first: i, end: end, lexicons: lexicons) || (listedAfterCount && namesItsArm) {
        let all = key == Keys.all
        found.append((i, end, ResponseCount(responders: all ? total : 0, total: total, proportion: all ? 1 : 0, all: all, none: !all)))
      } else if hasGroup, armEnd > end,
        isOutcome(sentence, first: i, end: armEnd, lexicons: lexicons) || respondsAt(sentence, armEnd, lexicons: lexicons)
      {
        let all = key == Keys.all
        found.append((i, armEnd, ResponseCount(responders: all ? total : 0, total: total, proportion: all ? 1 : 0, all: all, none: !all)))
      }
      i = max(end, i + 1)
    }

    // "Transfusion was required in 6 of 52 … and in 15 of 50 …": counts after the first
    // of a clause count what it counts, unless their own words name something else.
    // "Three patients in the A group and seventeen in the B group required transfusion":
    // and the counts before the one a verb follows.
    var counts = Self.droppingRestatedShares(Self.sharingBareCounts(found.sorted(by: { $0.first < $1.first }), in: sentence))
    var outcome: (words: Range<Int>, end: Int)?
    for k in counts.indices {
      let r = counts[k]
      // "…, whereas 3 of 40 had nausea": a contrast or a semicolon starts another outcome.
      if let previous = outcome, previous.end <= r.first, (previous.end..<r.first).contains(where: { Self.outcomeBreaks.contains(sentence.key($0)) }) { outcome = nil }
      // "… reported dizziness, compared with four on placebo, while …": a count set against
      // the one before counts its outcome, whatever verb comes after it.
      let setAgainst = outcome != nil && Self.setsAgainst(sentence, before: r.first)
      counts[k].count.outcome = r.count.outcome ?? (setAgainst ? outcome?.words : nil)
        ?? OutcomePhrase.find(in: sentence, first: r.first, end: r.end, lexicons: lexicons) ?? outcome?.words
      if let words = counts[k].count.outcome { outcome = (words, r.end) }
    }
    for k in counts.indices.reversed().dropFirst() where counts[k].count.outcome == nil {
      let next = counts[k + 1]
      guard let words = next.count.outcome, counts[k].end <= next.first, !(counts[k].end..<next.first).contains(where: { Self.outcomeBreaks.contains(sentence.key($0)) })
      else { continue }
      counts[k].count.outcome = words
    }
    // "in the BTH1677 arm compared with the Control arm (93.2% vs 66.7%, respectively)":
    // counts paired in order with arms, one of which the rules do not know, pair with none.
    let unpairable = counts.count >= 2 && sentence.saysRespectively
      && sentence.range.contains { i in isUnknownGroupNoun(sentence, i, lexicons: lexicons) }
    let wholeStudy = studyShares(sentence)
    let subgroup = SubgroupPhrase.find(in: sentence, lexicons: lexicons)
    for var r in counts {
      // "Among women (n = 80), … 20 of 40 …; among men, …": to the end of its clause.
      if let subgroup, r.first >= subgroup.end, !(subgroup.end..<r.first).contains(where: { sentence.key($0) == Keys.semicolon }) {
        r.count.subgroup = subgroup.words
      }
      // "…; per-protocol rates were 92.5% and 78.1%": of the arm's people analysed per
      // protocol, a part of the arm whose size the share is not of.
      if r.count.subgroup == nil, r.count.total == nil, let words = perProtocolWords(sentence, before: r.first) { r.count.subgroup = words }
      r.count.ofUnknownArm = unpairable || namesUnknownArm(sentence, after: r.end, lexicons: lexicons) || isDoseLevel(sentence, endingAt: r.end)
        || namesUnknownGroup(sentence, r.first, r.end, lexicons: lexicons) || isBesideUnknownArm(sentence, r.end, among: counts.map(\.end))
      // "affected 44 people taking Champix": people counted by what happened to them are
      // no arm's size, though the cohort rule read them as such.
      sentence.mentions.removeAll { $0.label == .cohort && $0.firstToken == r.first }
      sentence.add(.response, .response(r.count), tokens: r.first, r.end)
      if wholeStudy(r.count) { sentence.setLastScope(.total) }
    }
  }

  /// "A total of 1150 students provided data at baseline, 1051 (91%) at 12 months": in a
  /// sentence that names no arm, a count whose share is of the study's total counts the
  /// whole study (its scope is `total`): the one arm's result in a single-arm study, no
  /// arm's where there are several.
  private func studyShares(_ sentence: Sentence) -> (ResponseCount) -> Bool {
    let totals = sentence.mentions.compactMap { m -> Int? in
      guard m.label == .cohort, m.scope == .total, case .cohort(let size) = m.value else { return nil }
      return size
    }
    guard !totals.isEmpty, !sentence.mentions.contains(where: { $0.label == .drug || Self.namesArm($0) }) else { return { _ in false } }
    return { count in
      guard let responders = count.responders, count.total == nil, let share = count.proportion, share > 0 else { return false }
      return totals.contains { total in abs(Double(responders) / Double(total) - share) <= max(count.precision, 0.0005) }
    }
  }

  /// Whether a mention other than a number or a count covers token `i`: an arm, a drug,
  /// a regimen, a duration or a context word.
  private func isNameWord(_ sentence: Sentence, _ i: Int) -> Bool {
    sentence.mentions.contains { m in m.label != .number && m.label != .response && m.label != .cohort && m.firstToken <= i && i < m.endToken }
  }

  /// "6.3% in the topical group": the count's own words end in "group" or "arm" of a name
  /// no rule knows; the count is that unknown arm's.
  private func namesUnknownGroup(_ sentence: Sentence, _ first: Int, _ end: Int, lexicons: Lexicons) -> Bool {
    end - 1 > first && isUnknownGroupNoun(sentence, end - 1, lexicons: lexicons)
  }

  /// Whether token `i` is "group" or "arm" after a word no arm, drug or regimen mention
  /// covers. "each group", "the age group" (`rules/context/arm-stops.rules`) name no arm.
  private func isUnknownGroupNoun(_ sentence: Sentence, _ i: Int, lexicons: Lexicons) -> Bool {
    // "the BTH1677 arm", "the IFN beta-1a group": a word glued to what comes before it is
    // the end of a longer name, never a stop word.
    let glued = i - 1 > sentence.range.lowerBound && !sentence.tokens[i - 1].spaceBefore
    guard sentence.key(i) == Keys.group || sentence.key(i) == Keys.arm, i > sentence.range.lowerBound,
      glued || (sentence.isWord(i - 1) && lexicons.armStops.longestMatch(in: sentence.tokens, at: i - 1, stopAt: i) == nil)
    else { return false }
    return !isNameWord(sentence, i) && !isNameWord(sentence, i - 1)
  }

  /// "97.8% after appendectomy and 73.3% after antibiotic therapy": counts followed by the
  /// same preposition, each then an arm; a count whose arm no rule knows is that arm's.
  private func isBesideUnknownArm(_ sentence: Sentence, _ end: Int, among ends: [Int]) -> Bool {
    let preposition = sentence.key(end)
    // The arm's first word, past "the" ("with the 100-mg dose").
    func name(after i: Int) -> Int { sentence.key(i + 1) == Keys.the ? i + 2 : i + 1 }
    guard Self.parallelPrepositions.contains(preposition), sentence.isWord(name(after: end)), !isNameWord(sentence, name(after: end)) else { return false }
    return ends.contains { other in other != end && sentence.key(other) == preposition && isNameWord(sentence, name(after: other)) }
  }

  private static let parallelPrepositions: Set<UInt64> = Set(["after", "with", "on"].map { TokenKey.of($0) })

  /// "41/97 (42.3%) allocated to iCBT", "27 of 97 receiving iCBT alone": a verb of
  /// allocation after the count, then a name that no drug, dose or arm mention covers.
  private func namesUnknownArm(_ sentence: Sentence, after end: Int, lexicons: Lexicons) -> Bool {
    var i = end
    if sentence.key(i) == Keys.openParen, let close = (i + 1..<min(i + 6, sentence.range.upperBound)).first(where: { sentence.key($0) == Keys.closeParen }) {
      i = close + 1
    }
    if let noun = lexicons.participants.longestMatch(in: sentence.tokens, at: i, stopAt: sentence.range.upperBound) { i = noun.end }
    // "participants receiving 3HP": a regimen's code may open with its digit.
    func isCode(_ j: Int) -> Bool {
      guard sentence.range.contains(j + 1), sentence.tokens[j].kind == .number, sentence.isWord(j + 1), !sentence.tokens[j + 1].spaceBefore
      else { return false }
      return sentence.tokens[j + 1].range.allSatisfy { sentence.bytes[$0] &- 0x41 < 26 }
    }
    guard Self.allocationVerbs.contains(sentence.key(i)) else { return false }
    i += 1
    if sentence.key(i) == Keys.to || sentence.key(i) == Keys.with { i += 1 }
    if sentence.key(i) == Keys.the { i += 1 }
    guard sentence.isWord(i) || isCode(i) else { return false }
    return !sentence.mentions.contains { $0.firstToken <= i && i < $0.endToken && ($0.label == .drug || $0.label == .dose || Self.namesArm($0)) }
  }

  /// The total of "Of the 88 people in the exercise group, 61 …" ("Among 100 patients
  /// given Xiaflex, 64 …") when the count at `first` follows the comma that closes such an
  /// opening.
  private func openingTotal(_ sentence: Sentence, before first: Int, lexicons: Lexicons) -> Double? {
    let start = sentence.range.lowerBound
    guard sentence.key(first - 1) == Keys.comma, sentence.key(start) == Keys.of || sentence.key(start) == Self.among, first - start <= 14
    else { return nil }
    var j = start + 1
    if sentence.key(j) == Keys.the { j += 1 }
    guard let total = sentence.number(startingAt: j), total.isInteger, !total.isPercent,
      lexicons.participants.contains(sentence.tokens, at: total.end),
      // One opening, one comma: no other number or comma between.
      !(total.end..<(first - 1)).contains(where: { sentence.key($0) == Keys.comma || sentence.number(startingAt: $0) != nil }),
      // "Among the 12 patients in the placebo group who responded, 8 relapsed": the total
      // is of those with an outcome, not the arm's ("who received A" is the arm).
      !(total.end..<(first - 1)).contains(where: { w in
        Self.relatives.contains(sentence.key(w))
          && (sentence.key(w + 1) == Self.had || lexicons.responseCues.contains(sentence.tokens, at: w + 1)
            || lexicons.outcomeVerbs.longestMatch(in: sentence.tokens, at: w + 1, stopAt: first) != nil)
      })
    else { return nil }
    return total.value
  }

  /// "got" and "felt" tell an outcome only with an event or a state after them ("got a
  /// rash", "felt faint"); not "got the vaccine", "got a job", "felt that …".
  func plainVerb(_ sentence: Sentence, _ i: Int, lexicons: Lexicons) -> Bool {
    let key = sentence.key(i)
    if key == Self.got { return Self.eventEnd(sentence, after: i, lexicons: lexicons) != nil || Self.becoming.contains(sentence.key(i + 1)) }
    if key == Self.felt { return sentence.isWord(i + 1) && !Self.feltObjects.contains(sentence.key(i + 1)) }
    return true
  }

  /// Where a clinical event right after the verb at `verb` ends ("got a rash", "had
  /// nausea"), or nil.
  static func eventEnd(_ sentence: Sentence, after verb: Int, lexicons: Lexicons) -> Int? {
    let event = Keys.indefiniteArticles.contains(sentence.key(verb + 1)) ? verb + 2 : verb + 1
    return lexicons.responseEvents.longestMatch(in: sentence.tokens, at: event, stopAt: sentence.range.upperBound)?.end
  }

  private static let felt = TokenKey.of("felt")
  private static let becoming: Set<UInt64> = Set(["better", "worse", "well", "pregnant"].map { TokenKey.of($0) })
  private static let feltObjects: Set<UInt64> = Set(
    ["that", "the", "a", "an", "it", "they", "this", "their", "like", "as", "so", "strongly"].map { TokenKey.of($0) })

  /// "61 could climb", "12 were able to walk": what people did, as an outcome.
  private static let could = TokenKey.of("could")
  private static let got = TokenKey.of("got")
  private static let said = TokenKey.of("said")
  private static let phraseBreaks: Set<UInt64> = Set([",", ";", "and", "or", "vs", "versus", "compared", "than", "whereas", "while", "but"].map { TokenKey.of($0) })
  private static let notManaged: Set<UInt64> = Set(["not", "be", "have", "only", "also", "still"].map { TokenKey.of($0) })
  private static let able = TokenKey.of("able")
  private static let not = TokenKey.of("not")
  /// Verbs that tell what people had or went through, as often before the trial as in it.
  private static let descriptiveVerbs: Set<UInt64> = Set(["had", "completed", "underwent", "undergone", "received"].map { TokenKey.of($0) })
  /// Words that place what is counted before the trial.
  private static let pastWords: Set<UInt64> = Set(
    ["baseline", "previous", "previously", "prior", "history", "enrollment", "enrolment", "entry", "screening", "before"].map { TokenKey.of($0) })

  /// "398 (50.6%) were randomised to …", "389 (49.4%) to placebo", "12 patients were
  /// evaluated": the words at `end` say how many were allocated or counted, an arm's
  /// size, not who responded.
  /// Without `bare`, a "to" right after the count does not allocate.
  private func isAllocation(_ sentence: Sentence, at end: Int, bare: Bool = true) -> Bool {
    // "… and 389 (49.4%) to the placebo group"
    if bare, sentence.key(end) == Keys.to { return true }
    var i = end
    if sentence.key(i) == Keys.were || sentence.key(i) == Keys.was { i += 1 }
    // "21 (52.5%) patients assigned to sertraline" after a verb of the outcome names the
    // arm: only "were assigned" allocates.
    return i > end && Keys.enrolledVerbs.contains(sentence.key(i))
  }

  /// Whether the count at `first` follows "compared with", "compared to", "against" or
  /// "versus" (with "just" or "only" between).
  static func setsAgainst(_ sentence: Sentence, before first: Int) -> Bool {
    var i = first - 1
    if restrictors.contains(sentence.key(i)) { i -= 1 }
    let key = sentence.key(i)
    if key == Keys.with || key == Keys.to { return sentence.key(i - 1) == Keys.compared }
    return key == Self.against || versus.contains(key)
  }

  /// Words after which a count counts something else: a semicolon or a clause of
  /// contrast ("whereas"); "vs" and "compared with" compare counts of one outcome.
  private static let outcomeBreaks: Set<UInt64> = Set(["whereas", "while", "but", ";"].map { TokenKey.of($0) })

  /// "the allopurinol dose was 100 mg/day in 9, 200 mg/day in 52": a dose listed after "dose".
  private static func atADose(_ sentence: Sentence, _ first: Int) -> Bool {
    (sentence.range.lowerBound..<first).contains { sentence.key($0) == doseWord }
  }
  private static let doseWord = TokenKey.of("dose")

  /// "µg/kg/h": the time unit of a rate of infusion.
  private static let rateUnits: Set<UInt64> = Set(["h", "hr", "hour", "min", "day", "d", "week"].map { TokenKey.of($0) })

  /// "consisted of", "consisting of", "comprised", "composed of" right before token `i`.
  static func composedOf(_ sentence: Sentence, before i: Int) -> Bool {
    let last = sentence.key(i - 1) == Keys.of ? i - 2 : i - 1
    return Self.compositionVerbs.contains(sentence.key(last))
  }

  private static let shareJoiners: Set<UInt64> = Set([",", "(", "[", "-", "versus", "vs", ".", "and", "or"].map { TokenKey.of($0) })
  private static let pronounArmVerbs: Set<UInt64> = Set(["taking", "on", "given", "receiving", "using"].map { TokenKey.of($0) })
  private static let armPronouns: Set<UInt64> = Set(["it", "them"].map { TokenKey.of($0) })

  private static let compositionVerbs: Set<UInt64> = Set(
    ["consisted", "consisting", "consists", "comprised", "comprising", "composed"].map { TokenKey.of($0) })

  private static let allocationVerbs: Set<UInt64> = Set(
    ["allocated", "assigned", "randomized", "randomised", "receiving", "given", "treated", "taking"].map { TokenKey.of($0) })

  /// "57/75 in the 7-day group and 66/75 in the 14-day group (76.0% vs 88.0%)": bare
  /// shares that restate, in order, the counts before them add nothing, and the linker
  /// would give them to the arms a second time.
  private static func droppingRestatedShares(_ found: [(first: Int, end: Int, count: ResponseCount)])
    -> [(first: Int, end: Int, count: ResponseCount)]
  {
    var counted: [(share: Double, restated: Bool)] = []
    return found.filter { item in
      let count = item.count
      if let responders = count.responders, let total = count.total, total > 0 {
        counted.append((Double(responders) / Double(total), false))
        return true
      }
      // Any earlier count not yet restated: "41/50 (82.0%) … and 45/50 … (90.0%)".
      guard count.responders == nil, count.total == nil, let share = count.proportion,
        let k = counted.firstIndex(where: { !$0.restated && abs($0.share - share) <= count.precision / 2 + 1e-9 })
      else { return true }
      counted[k].restated = true
      return false
    }
  }

  /// "37 people in the A group were still in pain, compared with 55 in the B group (19.5%
  /// versus 28.4%)": counts without a total or share of their own, then as many bare
  /// shares, one per count in the same order: each share is its count's, as if written
  /// "37 (19.5%)", so that the linker sizes the count by it, and no share is read twice.
  /// Only when nothing else is counted in between, the shares follow the last count with
  /// nothing but a dash, a bracket or a joiner before and between them (or what befell
  /// them, then the shares in brackets), and each share is
  /// above 0 and at most 100%.
  private static func sharingBareCounts(_ found: [(first: Int, end: Int, count: ResponseCount)], in sentence: Sentence)
    -> [(first: Int, end: Int, count: ResponseCount)]
  {
    func isBareCount(_ c: ResponseCount) -> Bool {
      c.responders != nil && c.total == nil && c.proportion == nil && !c.all && !c.none
    }
    func isBareShare(_ c: ResponseCount) -> Bool {
      c.responders == nil && c.total == nil && c.proportion != nil && !c.all && !c.none
    }
    let counts = found.prefix(while: { isBareCount($0.count) })
    let shares = found.dropFirst(counts.count)
    // The shares right after the last count, joined only by "versus", "and" or commas
    // ("– 19.5% versus 28.4%", "(19.5% and 28.4%, respectively)"), not the shares of another
    // quantity ("although 60% and 62% had severe pain at baseline").
    func onlyJoiners(_ gap: Range<Int>, most: Int) -> Bool {
      gap.count <= most && gap.allSatisfy { i in sentence.tokens[i].kind == .dash || shareJoiners.contains(sentence.key(i)) }
    }
    // Or in brackets after what befell them: "12 A-treated and 3 placebo-treated patients
    // had achieved HiSCR (25.5% vs 13.0%)".
    func outcomeBefore(_ next: Int, after end: Int) -> Bool {
      sentence.key(next - 1) == Keys.openParen && next - end <= 12
        && !(end..<next - 1).contains { i in
          sentence.tokens[i].kind == .number || [Keys.semicolon, Keys.openParen, Keys.closeParen].contains(sentence.key(i))
        }
    }
    guard counts.count >= 2, shares.count == counts.count, let last = counts.last, let next = shares.first,
      next.first >= last.end, onlyJoiners(last.end..<next.first, most: 2) || outcomeBefore(next.first, after: last.end),
      zip(shares.dropLast(), shares.dropFirst()).allSatisfy({ a, b in b.first >= a.end && onlyJoiners(a.end..<b.first, most: 2) }),
      zip(counts, shares).allSatisfy({ count, share in
        isBareShare(share.count) && (count.count.responders ?? 0) > 0 && share.count.proportion.map { $0 > 0 && $0 <= 1 } == true
      })
    else { return found }
    return zip(counts, shares).map { count, share in
      var paired = count
      paired.count.proportion = share.count.proportion
      paired.count.precision = share.count.precision
      paired.count.approximate = count.count.approximate || share.count.approximate
      return paired
    }
  }

  /// The words of a new outcome between a joiner and the preposition at `preposition`:
  /// "; and falls by", ", and sleep disturbance in", or, with the verb left out, the words
  /// right before the counts (", and drowsiness 19 vs. 6"). Up to five words, none a
  /// number or a name of an arm; as a byte range of the text.
  private func ellipticalOutcome(_ sentence: Sentence, before preposition: Int, listEnd: Int, lexicons: Lexicons) -> Range<Int>? {
    let gapped = sentence.key(preposition) != Keys.in && sentence.key(preposition) != Keys.by
    guard !gapped || (sentence.isWord(preposition) && !Self.versus.contains(sentence.key(preposition)) && !Self.notOutcomeWords.contains(sentence.key(preposition)))
    else { return nil }
    let last = gapped ? preposition : preposition - 1
    var j = last
    while j > sentence.range.lowerBound, j >= preposition - 5, sentence.isWord(j), sentence.key(j) != Keys.and { j -= 1 }
    let joiner = sentence.key(j)
    guard j < last, joiner == Keys.and || joiner == Keys.comma || joiner == Keys.semicolon,
      !sentence.mentions.contains(where: { $0.label != .number && $0.firstToken > j && $0.firstToken <= last })
    else { return nil }
    // With the verb left out, only an event's counts, closing their clause: ", and
    // drowsiness 19 vs. 6", never ", and median age 54 vs. 56 years" or ", and seizures
    // 41 vs. 112 per year".
    if gapped {
      guard listEnd >= sentence.range.upperBound || Self.clauseEnds.contains(sentence.key(listEnd)),
        (j + 1...last).contains(where: { lexicons.responseEvents.contains(sentence.tokens, at: $0) && !Self.countsEvents.contains(sentence.key($0)) }),
        !(j + 1...last).contains(where: { Self.averages.contains(sentence.key($0)) })
      else { return nil }
    }
    return Int(sentence.tokens[j + 1].start)..<Int(sentence.tokens[last].end)
  }

  /// "Dizziness affected 41 vs. 12 patients": bare counts compared are two arms' only
  /// where the sentence opens on the event, with nothing that sets whose or when they
  /// are ("Among the 80 women, …", "In the earlier SP754 study, …", "At week 4 versus
  /// week 12, …", "At enrollment, previous bleeding had occurred in 12 vs. 9"); a time
  /// of the event's own ("Vomiting within 1 hour of dosing occurred in 8 vs. 19") is no
  /// such setting.
  private func opensOnTheEvent(_ sentence: Sentence, before first: Int, lexicons: Lexicons) -> Bool {
    !(sentence.range.lowerBound..<first).contains { i in
      (sentence.tokens[i].kind == .number && !lexicons.durationUnits.contains(sentence.tokens, at: i + 1) && !Self.shortTimes.contains(sentence.key(i + 1)))
        || sentence.key(i) == Keys.comma
        || sentence.key(i) == Keys.colon
        || Self.versus.contains(sentence.key(i)) || Self.settingWords.contains(sentence.key(i))
    }
  }

  private static let shortTimes: Set<UInt64> = Set(["hour", "hours", "h", "min", "minute", "minutes"].map { TokenKey.of($0) })

  /// Plurals that count events rather than the people they befell ("seizures 41 vs. 112").
  private static let countsEvents: Set<UInt64> = Set(
    ["infections", "fractures", "headaches", "episodes", "events", "seizures", "falls", "relapses"].map { TokenKey.of($0) })

  private static let settingWords: Set<UInt64> = Set(
    ["among", "aged", "older", "younger", "previous", "previously", "earlier", "prior", "history", "baseline", "enrollment",
     "enrolment", "entry", "screening", "before", "during", "subgroup", "those", "whose", "who", "with", "without"].map { TokenKey.of($0) })

  /// Words that end no outcome's name: ", with 5 and 4 participants …" is no outcome
  /// called "with".
  private static let notOutcomeWords: Set<UInt64> = Set(
    ["with", "in", "by", "of", "to", "for", "at", "on", "among", "from", "than", "after", "before", "during", "and", "or",
     "were", "was", "had", "have", "only", "respectively", "all", "both", "each", "the", "a", "an"].map { TokenKey.of($0) })

  /// "17 (17%) and 2 (2%)", "12 (9.2%), 10 (7.7%) and 11 (8.5%)", "3 [2.5%] vs 14": whole
  /// numbers, each with at most its percentage in brackets, joined by commas, "and", "vs"
  /// or "versus".
  func countsWithShares(_ sentence: Sentence, from number: NumberSpan)
    -> [(first: Int, end: Int, responders: Int, share: Double?, precision: Double?)]
  {
    var items: [(first: Int, end: Int, responders: Int, share: Double?, precision: Double?)] = []
    var next: NumberSpan? = number
    while let count = next, count.isInteger, items.count < CohortRecognizer.longestList {
      var end = count.end
      var share: NumberSpan?
      if sentence.key(end) == Keys.openParen || sentence.key(end) == Keys.openBracket, let percent = sentence.number(startingAt: end + 1),
        percent.isPercent, sentence.key(percent.end) == Keys.closeParen || sentence.key(percent.end) == Keys.closeBracket
      {
        share = percent
        end = percent.end + 1
      }
      items.append((count.first, end, Int(count.value), share.map { $0.value / 100 }, share.map { pow10(-(2 + $0.decimals)) }))
      var joiner = end
      if sentence.key(joiner) == Keys.comma { joiner += 1 }
      if sentence.key(joiner) == Keys.and { joiner += 1 }
      if joiner == end, Self.versus.contains(sentence.key(joiner)) { joiner += sentence.key(joiner + 1) == Keys.period ? 2 : 1 }
      next = joiner > end ? sentence.number(startingAt: joiner) : nil
    }
    return items
  }


  /// How many arms "in the A and B groups" names right at `start`: each item of the list
  /// must name an arm (a drug, a dose or an arm's name); 0 when not so.
  func armsListed(_ sentence: Sentence, after start: Int) -> Int {
    guard sentence.key(start) == Keys.in || sentence.key(start) == Keys.of,
      let plural = (start + 1..<min(start + 14, sentence.range.upperBound)).first(where: { Keys.pluralArms.contains(sentence.key($0)) })
    else { return 0 }
    let items = sentence.armListItems(endingAt: plural, notBefore: start + 1)
    let named = items.allSatisfy { item in
      sentence.mentions.contains { m in (m.label == .drug || m.label == .dose || Self.namesArm(m)) && item.contains(m.firstToken) }
    }
    return named ? items.count : 0
  }

  /// "4, 6 and 10": whole numbers joined by commas and "and", from `number` on.
  private func countList(_ sentence: Sentence, from number: NumberSpan) -> [NumberSpan] {
    var items = [number]
    while let last = items.last, items.count < CohortRecognizer.longestList {
      var next = last.end
      if sentence.key(next) == Keys.comma { next += 1 }
      if sentence.key(next) == Keys.and { next += 1 }
      guard next > last.end, let item = sentence.number(startingAt: next), item.isInteger else { break }
      items.append(item)
    }
    return items
  }

  /// "34 (21.8%) diclofenac patients": an arm's name among the words of the people.
  private func namesArmAmongPeople(_ sentence: Sentence, _ words: Range<Int>) -> Bool {
    sentence.mentions.contains { m in (m.label == .drug || Self.namesArm(m)) && words.contains(m.firstToken) && m.endToken <= words.upperBound }
  }

  /// "9 women in the misoprostol group", "12 patients of group I": where the arm named
  /// after the people ends, or `end` when none is.
  private func armAfterPeople(_ sentence: Sentence, _ end: Int) -> Int {
    // "in the A group", "of group B", "on amiodarone" (by its name: "on 2.5 mg" may be
    // any drug's dose)
    // A sentence that names groups ("in the ticagrelor group, … 12 patients on aspirin")
    // counts people on a background drug within them.
    // "24 patients taking naltrexone", "12 receiving placebo": by what they took, named.
    let on = sentence.key(end) == Self.on || Self.takingWords.contains(sentence.key(end))
    // ("5 people taking the dummy tablets": a control by its name after "the".)
    let named = sentence.key(end + 1) == Keys.the ? end + 2 : end + 1
    // (Groups named after the people on a drug, "…, compared with 53 in the placebo
    // group", leave the drug their arm: only a group before them, or right after the
    // drug in the same phrase, is the arm they are in.)
    let namesGroup = { (i: Int) in sentence.key(i) == Keys.group || sentence.key(i) == Keys.arm || Keys.pluralArms.contains(sentence.key(i)) }
    let reach = max(named, min(named + Self.armNameReach, sentence.range.upperBound))
    let phraseEnd = (named..<reach).first { Self.phraseBreaks.contains(sentence.key($0)) } ?? reach
    if on, !sentence.mentions.contains(where: { ($0.label == .drug || Self.namesArm($0)) && $0.firstToken == named })
      || (sentence.range.lowerBound..<end).contains(where: namesGroup) || (named..<phraseEnd).contains(where: namesGroup)
    {
      return end
    }
    guard sentence.key(end) == Keys.in || sentence.key(end) == Keys.of || on,
      let reference = armReference(sentence, from: end + 1, alone: true),
      reference - end <= Self.armNameReach
    else { return end }
    let noun = sentence.key(reference)
    if noun == Keys.group || noun == Keys.arm { return reference + 1 }
    // "8 people using Voltaren gel", "taking diclofenac tablets": the form they took it in.
    return sentence.mentions.first { $0.label == .form && $0.firstToken == reference }?.endToken ?? reference
  }

  /// The share listed before the one at `first`: "30%" in "30% and 13%", "20% (6/30), and
  /// 0%", "87% (26/30), 20%".
  private func earlierShare(_ sentence: Sentence, before first: Int) -> NumberSpan? {
    var end = first
    if Self.pairWords.contains(sentence.key(end - 1)) { end -= 1 }
    if sentence.key(end - 1) == Keys.comma { end -= 1 }
    guard end < first else { return nil }
    // "(6/30)": the counts behind the earlier share.
    if sentence.key(end - 1) == Keys.closeParen,
      let open = (max(sentence.range.lowerBound, end - 6)..<(end - 1)).last(where: { sentence.key($0) == Keys.openParen })
    {
      end = open
    }
    return sentence.number(endingAt: end)
  }

  /// "(21/40)" or "(21 of 40)" at `open`, agreeing with `percent` to its rounding.
  private func countsInBrackets(_ sentence: Sentence, at open: Int, percent: NumberSpan) -> (responders: Int, total: Int, end: Int)? {
    guard sentence.key(open) == Keys.openParen, let events = sentence.number(startingAt: open + 1), events.isInteger else { return nil }
    let joiner = sentence.key(events.end)
    guard joiner == Keys.slash || joiner == Keys.of, let total = sentence.number(startingAt: events.end + 1), total.isInteger,
      total.value >= events.value, total.value > 0, sentence.key(total.end) == Keys.closeParen
    else { return nil }
    let unit = pow10(-percent.decimals)
    guard abs(events.value / total.value * 100 - percent.value) <= unit / 2 + 1e-9 else { return nil }
    return (Int(events.value), Int(total.value), total.end + 1)
  }

  /// "(16 kids)", "(63 people)" at `open`: the people a share before it counts.
  private func peopleInBrackets(_ sentence: Sentence, at open: Int, lexicons: Lexicons) -> (count: Int, end: Int)? {
    guard sentence.key(open) == Keys.openParen, let count = sentence.number(startingAt: open + 1), count.isInteger,
      let noun = lexicons.participants.longestMatch(in: sentence.tokens, at: count.end, stopAt: sentence.range.upperBound),
      sentence.key(noun.end) == Keys.closeParen
    else { return nil }
    return (Int(count.value), noun.end + 1)
  }

  /// "Five of the teens", "112 of those": some of the people an arm named after them has,
  /// the end of the people; nil when no such words follow `end` ("9 of the 12 patients"
  /// has its total).
  /// Not "Thirty of the women on A" (of one sex, some of the arm), nor after "Of the 60
  /// women enrolled," (which gives another total).
  private func someOfPeople(_ sentence: Sentence, after end: Int, lexicons: Lexicons) -> Int? {
    guard sentence.key(end) == Keys.of, sentence.key(sentence.range.lowerBound) != Keys.of else { return nil }
    if sentence.key(end + 1) == Keys.those { return end + 2 }
    guard sentence.key(end + 1) == Keys.the, !Keys.sexes.contains(sentence.key(end + 2)) else { return nil }
    return lexicons.participants.longestMatch(in: sentence.tokens, at: end + 2, stopAt: sentence.range.upperBound)?.end
  }


  /// Skips a participant noun (and "in the ... group") after a count.
  func participantEnd(_ sentence: Sentence, from index: Int, lexicons: Lexicons) -> Int {
    var i = index
    // "12 adult patients": up to two words before the noun
    for gap in 0...2 {
      if let noun = lexicons.participants.longestMatch(in: sentence.tokens, at: i + gap, stopAt: sentence.range.upperBound),
        (0..<gap).allSatisfy({ sentence.isWord(i + $0) })
      {
        i = noun.end
        break
      }
    }
    return i
  }

  /// The end of "upadacitinib-treated" or "placebo-allocated" at `i`: an arm's name glued
  /// by a hyphen to a word of treating; nil when there is none.
  private func treatedCompound(_ sentence: Sentence, at i: Int) -> Int? {
    guard let name = sentence.mentions.first(where: { $0.firstToken == i && ($0.label == .drug || Self.namesArm($0)) }),
      sentence.key(name.endToken) == Keys.hyphen, !sentence.tokens[name.endToken].spaceBefore,
      Self.treatedWords.contains(sentence.key(name.endToken + 1))
    else { return nil }
    return name.endToken + 2
  }

  private static let treatedWords: Set<UInt64> = Set(["treated", "allocated", "assigned", "randomised", "randomized"].map { TokenKey.of($0) })
  /// "21 caffeine-treated infants and 13 aminophylline-treated infants", "Eleven
  /// prazosin-treated participants (22%) and five placebo-treated participants (10.4%)":
  /// counts, each with its arm's compound and its own people (and share), joined by
  /// "and", a comma or "vs"; nil unless the first item has its people.
  private func treatedPeople(_ sentence: Sentence, from number: NumberSpan, lexicons: Lexicons)
    -> [(number: NumberSpan, end: Int, share: NumberSpan?)]?
  {
    func item(_ count: NumberSpan) -> (number: NumberSpan, end: Int, share: NumberSpan?)? {
      guard let compound = treatedCompound(sentence, at: count.end) else { return nil }
      let people = lexicons.participants.longestMatch(in: sentence.tokens, at: compound, stopAt: sentence.range.upperBound)?.end ?? compound
      if let share = shareInBrackets(sentence, at: people) { return (count, share.end, share.percent) }
      return (count, people, nil)
    }
    guard let first = item(number), first.end > treatedCompound(sentence, at: number.end) ?? first.end else { return nil }
    var items = [first]
    var next = first.end
    while Self.itemJoiners.contains(sentence.key(next)) || Self.versus.contains(sentence.key(next)),
      let other = sentence.number(startingAt: next + 1), other.isInteger, let found = item(other)
    {
      items.append(found)
      next = found.end
    }
    return items
  }

  /// "no longer met the criteria": a change of state, what befell them.
  static func noLonger(_ sentence: Sentence, at i: Int) -> Bool {
    sentence.key(i) == Self.noWord && sentence.key(i + 1) == Self.longer
  }

  /// Words before "8 in 38" that make the 8 a time, a score or a range's end, no rate.
  private static let notRateBefore: Set<UInt64> = Set(
    ["week", "weeks", "day", "days", "month", "months", "year", "years", "visit", "cycle", "grade", "stage", "score", "level", "of", "or",
     "to", "and", "than", "from", "hour", "hours"].map { TokenKey.of($0) })
  private static let judgingVerbs: Set<UInt64> = Set(
    ["rated", "judged", "classed", "classified", "considered", "deemed"].map { TokenKey.of($0) })
  /// Words after a judging verb that make it no judgement of an outcome: a negation, how
  /// or by whom it was judged, what they needed or were like.
  private static let notJudgedOutcome: Set<UInt64> = Set(
    [",", ";", "not", "no", "non", "never", "without", "by", "using", "according", "to", "for", "of", "on", "at", "before", "after", "with",
     "having", "eligible", "ill"].map { TokenKey.of($0) })
  private static let noWord = TokenKey.of("no")
  private static let longer = TokenKey.of("longer")

  private static let itemJoiners: Set<UInt64> = Set(["and", ","].map { TokenKey.of($0) })

  /// How far past a count its arm's name may end: "in the 7-day group" is six tokens,
  /// the hyphen one of them.
  static let armNameReach = 7

  /// Verbs that may follow "all three" when the three are people ("all three had").
  private static let groupVerbs: Set<UInt64> = Set(
    ["were", "was", "had", "have", "showed", "experienced", "developed", "remained", "did", "received", "achieved", "reached", "completed",
      "improved", "recovered"].map { TokenKey.of($0) })
  /// Words before a percentage that make it a threshold: "at least 50%", "≥75%".
  private static let thresholds: Set<UInt64> = Set(
    ["least", "≥", ">", ">=", "≤", "<", "<=", "⩾", "⩽", "than", "over", "exceeding", "below", "under"].map { TokenKey.of($0) })

  /// "(95% CI, 76% to 91%)", "IQR 20%–45%": a percentage a few words after an interval's
  /// name, within its clause or brackets.
  private func isIntervalBound(_ sentence: Sentence, _ number: NumberSpan) -> Bool {
    var i = number.first - 1
    while i >= max(sentence.range.lowerBound, number.first - 7) {
      let key = sentence.key(i)
      if key == Keys.semicolon || key == Keys.closeParen || key == Keys.openParen { return false }
      if Self.intervals.contains(key) || key == Self.iqr || key == Self.range { return true }
      i -= 1
    }
    return false
  }

  private static let iqr = TokenKey.of("iqr")
  private static let range = TokenKey.of("range")

  /// "7.0–10.5%", "10-20%", "−6.3% to 13.0%": the percentage is a bound of a range, or
  /// signed ("−6.3%", a difference), never one arm's share.
  private func isRangeBound(_ sentence: Sentence, _ number: NumberSpan) -> Bool {
    let before = number.first - 1
    if isDash(sentence, before) {
      // A dash right before the number and after a space or a bracket is its sign.
      if sentence.number(endingAt: before) != nil || !sentence.tokens[number.first].spaceBefore && isSign(sentence, before) { return true }
    }
    if sentence.key(before) == Keys.to, let earlier = sentence.number(endingAt: before), earlier.isPercent { return true }
    // "increased from 17.4% at baseline to 41.4%": the two ends of a change.
    let window = max(sentence.range.lowerBound, number.first - 8)..<min(sentence.range.upperBound, number.end + 8)
    // "from 45% in the sertraline group to 20% in the placebo group" compares two arms.
    func namesNoArm(_ span: Range<Int>) -> Bool {
      !sentence.mentions.contains { m in (m.label == .drug || Self.namesArm(m)) && span.contains(m.firstToken) }
    }
    if sentence.key(before) == Keys.to,
      let from = window.first(where: { $0 < before && sentence.key($0) == Self.from && sentence.number(startingAt: $0 + 1)?.isPercent == true }),
      namesNoArm(from..<before)
    {
      return true
    }
    if sentence.key(before) == Self.from,
      let to = window.first(where: { $0 >= number.end && sentence.key($0) == Keys.to && sentence.number(startingAt: $0 + 1)?.isPercent == true }),
      namesNoArm(number.end..<to)
    {
      return true
    }
    // The lower bound: "6.3% to 13.0%", "20%–35%".
    if isDash(sentence, number.end) || sentence.key(number.end) == Keys.to,
      let later = sentence.number(startingAt: number.end + 1), later.isPercent || sentence.key(number.end) != Keys.to
    {
      return true
    }
    return false
  }

  private static let from = TokenKey.of("from")

  /// "the rate increased by 10.9% [95% CI …] and 65.6% [95% CI …] in …": an amount of
  /// change after a verb of change and "by", or listed after one, not a share of people.
  private func isChange(_ sentence: Sentence, _ number: NumberSpan) -> Bool {
    func changedBy(_ first: Int) -> Bool { sentence.key(first - 1) == Keys.by && Self.changeVerbs.contains(sentence.key(first - 2)) }
    if changedBy(number.first) { return true }
    // Back over a bracket ("[95% CI: 5.9% to 27.7%]") and "and" or ",", to the amount before.
    var i = number.first - 1
    guard sentence.key(i) == Keys.and || sentence.key(i) == Keys.comma else { return false }
    // "increased by 10%, and 40% of patients responded": a share of people of its own.
    if sentence.key(number.end) == Keys.of { return false }
    i -= 1
    if sentence.key(i) == Keys.closeParen || sentence.key(i) == Keys.closeBracket {
      guard let open = (max(sentence.range.lowerBound, i - 16)..<i).last(where: { sentence.key($0) == Keys.openParen || sentence.key($0) == Keys.openBracket })
      else { return false }
      i = open
    } else {
      i += 1
    }
    return sentence.number(endingAt: i).map { $0.isPercent && changedBy($0.first) } ?? false
  }

  /// The bytes of "per-protocol" ("per protocol", "PP") in the clause before token `first`.
  private func perProtocolWords(_ sentence: Sentence, before first: Int) -> Range<Int>? {
    var i = first - 1
    while i >= sentence.range.lowerBound, sentence.key(i) != Keys.semicolon {
      if sentence.key(i) == Self.protocolWord, sentence.key(i - 1) == Self.perWord || (sentence.key(i - 1) == Keys.hyphen && sentence.key(i - 2) == Self.perWord) {
        let start = sentence.key(i - 1) == Self.perWord ? i - 1 : i - 2
        return Int(sentence.tokens[start].start)..<Int(sentence.tokens[i].end)
      }
      if sentence.key(i) == Self.ppWord, sentence.tokens[i].range.count == 2 { return Int(sentence.tokens[i].start)..<Int(sentence.tokens[i].end) }
      i -= 1
    }
    return nil
  }

  private static let protocolWord = TokenKey.of("protocol")
  private static let perWord = TokenKey.of("per")
  private static let ppWord = TokenKey.of("pp")

  /// "… although 60% and 62% had severe pain at baseline": what people had before the
  /// trial, in the clause after the share.
  private static func atBaseline(_ sentence: Sentence, after i: Int) -> Bool {
    var j = i
    while j < sentence.range.upperBound, !Self.baselineClauseEnds.contains(sentence.key(j)) {
      if sentence.key(j) == Self.baselineWord { return true }
      j += 1
    }
    return false
  }

  private static let baselineWord = TokenKey.of("baseline")
  private static let baselineClauseEnds: Set<UInt64> = Set([";", ".", ",", "whereas", "while", "but"].map { TokenKey.of($0) })

  /// "difference 15.0%", "difference of 12%", "difference, 15%", "risk difference: 9%",
  /// "relative risk reduction, 33%".
  private func isDifference(_ sentence: Sentence, before first: Int) -> Bool {
    var i = first - 1
    if sentence.key(i) == Keys.of || sentence.key(i) == Keys.comma || sentence.key(i) == Keys.colon || sentence.key(i) == Keys.equals { i -= 1 }
    // "relative risk reduction, 33%"
    return Self.differenceWords.contains(sentence.key(i)) || (sentence.key(i) == Self.reductionWord && sentence.key(i - 1) == Self.riskWord)
  }

  private static let reductionWord = TokenKey.of("reduction")
  private static let riskWord = TokenKey.of("risk")

  private static let differenceWords: Set<UInt64> = Set(["difference", "differences", "rd", "arr"].map { TokenKey.of($0) })

  private static let changeVerbs: Set<UInt64> = Set(
    ["increased", "decreased", "reduced", "rose", "fell", "dropped", "improved", "lowered", "raised", "declined", "differed", "changed"]
      .map { TokenKey.of($0) })

  private func isDash(_ sentence: Sentence, _ i: Int) -> Bool {
    sentence.key(i) == Keys.hyphen || (sentence.range.contains(i) && sentence.tokens[i].kind == .dash)
  }

  /// The dash at `i` stands alone before its number: at the sentence's start, after a
  /// space or after a bracket or separator.
  private func isSign(_ sentence: Sentence, _ i: Int) -> Bool {
    guard i > sentence.range.lowerBound else { return true }
    if sentence.tokens[i].spaceBefore { return true }
    let key = sentence.key(i - 1)
    return key == Keys.openParen || key == Keys.openBracket || key == Keys.comma || key == Keys.semicolon || key == Keys.colon
  }
  private static let on = TokenKey.of("on")
  /// "24 patients taking naltrexone", "12 given placebo", "four after prilocaine".
  private static let takingWords: Set<UInt64> = Set(["taking", "receiving", "given", "using", "after"].map { TokenKey.of($0) })
  private static let countedThings: Set<UInt64> = Set(
    ["groups", "arms", "treatments", "regimens", "sequences", "strata", "doses", "tablets", "capsules", "injections", "sessions",
     "visits", "days", "weeks", "months", "sites", "centres", "centers", "hospitals", "clinics", "practices", "countries",
     "items", "domains", "criteria", "questions", "studies", "trials", "strains", "isolates", "samples", "specimens", "cultures", "cycles",
     "courses", "infusions"].map { TokenKey.of($0) })
  /// "2 of 3 planned doses".
  private static let plannedWords: Set<UInt64> = Set(["planned", "scheduled", "prescribed", "intended", "allocated"].map { TokenKey.of($0) })
  private static let placeWords: Set<UInt64> = Set(["page", "pages", "p", "pp", "slide", "sheet", "part", "chapter", "volume", "vol"].map { TokenKey.of($0) })
  static let intervals: Set<UInt64> = Set(["ci", "cis", "confidence", "credible", "cri", "ui", "interval", "prediction"].map { TokenKey.of($0) })
  private static let comparatives: Set<UInt64> = Set(["greater", "more", "higher", "above", "better"].map { TokenKey.of($0) })

  /// An average word ("mean", "median") in the clause before `first`, up to ten tokens back.
  private func isAverage(_ sentence: Sentence, before first: Int) -> Bool {
    var i = first - 1
    while i >= max(sentence.range.lowerBound, first - 10) {
      let key = sentence.key(i)
      if key == Keys.comma || key == Keys.semicolon || key == Keys.and { return false }
      if Self.averages.contains(key) { return true }
      i -= 1
    }
    return false
  }

  private static let everyArm: Set<UInt64> = Set(["each", "both", "either"].map { TokenKey.of($0) })
  private static let others: Set<UInt64> = Set(["other", "remaining", "rest"].map { TokenKey.of($0) })
  private static let judged: Set<UInt64> = Set(["judged", "considered", "deemed", "thought", "assessed", "attributed"].map { TokenKey.of($0) })

  /// Whether a block word follows `end` before any response cue. An event word ("died",
  /// "adverse") blocks too, unless a verb names what the `count` counts; callers pass a
  /// count only where it names its arm: "7 patients in the A group died" is 7 deaths of
  /// arm A.
  func isBlocked(_ sentence: Sentence, after end: Int, count: (first: Int, end: Int)? = nil, lexicons: Lexicons) -> Bool {
    if let count, isBlockedBefore(sentence, count.first, lexicons: lexicons) { return true }
    // "30 of 50 patients with cancer-related fatigue responded": an event that says who
    // the people are blocks only when no response cue follows it.
    var describesPeople = false
    for i in end..<min(end + 15, sentence.range.upperBound) {
      if sentence.key(i) == Keys.semicolon { break }
      // "recorded in six women in group I": the count's own people are who it counts.
      if let count, (count.first..<count.end).contains(i) { continue }
      // "68 of 72 …, with 4 participants discontinuing": a word after another count is that count's.
      if i > end, sentence.tokens[i].kind == .number, let other = sentence.number(startingAt: i), other.isInteger,
        (other.end..<min(other.end + 4, sentence.range.upperBound)).contains(where: { lexicons.participants.contains(sentence.tokens, at: $0) })
      {
        break
      }
      if lexicons.responseBlocks.contains(sentence.tokens, at: i) {
        // "3 in the A group stopped the study drug because of adverse events": leaving for
        // an event of the treatment is that arm's safety outcome.
        // ("Adverse events led to discontinuation in 14 …": the cause told before.)
        guard let count,
          LeavingCause.end(in: sentence, leavingAt: i, lexicons: lexicons) != nil
            || (i < count.first && LeavingCause.leavesForEvent(in: sentence, before: count.first, lexicons: lexicons))
        else { return true }
        return OutcomePhrase.find(in: sentence, first: count.first, end: count.end, lexicons: lexicons) == nil
      }
      // "61% of the A group were taking 20 mg": who was at which dose, not an outcome
      // ("patients on 200 mg" names an arm).
      if Self.atDoseVerbs.contains(sentence.key(i)), sentence.key(i - 1) == Keys.were || sentence.key(i - 1) == Keys.was,
        sentence.mentions.contains(where: { $0.label == .dose && $0.firstToken == i + 1 })
      {
        return true
      }
      if lexicons.responseEvents.contains(sentence.tokens, at: i), !Self.isAbsence(sentence, i) {
        if Self.describesPeople(sentence, event: i, after: end) {
          describesPeople = true
          continue
        }
        guard let count else { return true }
        return OutcomePhrase.find(in: sentence, first: count.first, end: count.end, lexicons: lexicons) == nil
      }
      if lexicons.responseCues.contains(sentence.tokens, at: i) { return false }
    }
    guard describesPeople, let count else { return describesPeople }
    return OutcomePhrase.find(in: sentence, first: count.first, end: count.end, lexicons: lexicons) == nil
  }

  /// "patients with cancer-related fatigue": an event that says who the people counted
  /// (ending at `end`) are.
  static func describesPeople(_ sentence: Sentence, event: Int, after end: Int) -> Bool {
    (max(end, event - 5)..<event).contains { sentence.key($0) == Keys.with }
  }

  /// "free of vomiting", "no nausea", "the no-insomnia range", "fever-free": an event's absence, which
  /// is an outcome of the people counted, not an event that befell them.
  static func isAbsence(_ sentence: Sentence, _ event: Int) -> Bool {
    let before = sentence.key(event - 1)
    if before == Self.no || before == Self.without { return true }
    if before == Keys.of, sentence.key(event - 2) == Self.free { return true }
    // "fever-free by day 3", "pain-free"
    if sentence.key(event + 1) == Keys.hyphen, sentence.key(event + 2) == Self.free, !sentence.tokens[event + 1].spaceBefore { return true }
    return before == Keys.hyphen && !sentence.tokens[event].spaceBefore && sentence.key(event - 2) == Self.no
  }
  private static let no = TokenKey.of("no")
  private static let without = TokenKey.of("without")
  private static let free = TokenKey.of("free")

  private static let atDoseVerbs: Set<UInt64> = Set(["taking", "on"].map { TokenKey.of($0) })
  private static let clauseEnds: Set<UInt64> = Set([".", ",", ";", "(", ")"].map { TokenKey.of($0) })

  /// "Twelve-month data were available for 541 of 612 (88.4%) intervention participants
  /// and 529 of 587 (90.1%) controls": a block word of the count's clause before it (the
  /// list of counts it heads included), with no response cue or clinical event between.
  func isBlockedBefore(_ sentence: Sentence, _ first: Int, lexicons: Lexicons) -> Bool {
    var i = first - 1
    while i >= max(sentence.range.lowerBound, first - 20) {
      let key = sentence.key(i)
      if key == Keys.semicolon { return false }
      if key == Keys.comma {
        // "At baseline, 20 of 62 patients in the A group were smokers": a block that opens
        // the sentence and ends with its comma sets the time of the clause after it ("In the
        // subgroup drinking heavily at baseline, 9 of 31 …" is a subgroup's outcome).
        // ("At study entry, severe fatigue was reported by 60": an event of that time too.)
        let opens = lexicons.responseBlocksBefore.longestMatch(in: sentence.tokens, at: sentence.range.lowerBound, stopAt: i + 1)?.end == i + 1
        return opens && !Self.cueBetween(sentence, i + 1, first, events: false, lexicons: lexicons) && !cueAfter(sentence, first, lexicons: lexicons)
      }
      if let block = lexicons.responseBlocksBefore.longestMatch(in: sentence.tokens, at: i, stopAt: first) {
        // The block's own words may be cues ("Follow-up was complete for 92 of 96").
        return !Self.cueBetween(sentence, block.end, first, lexicons: lexicons)
      }
      i -= 1
    }
    return false
  }

  /// "At baseline, 31 of 60 had severe depression and 20 of 60 reached remission by week
  /// 12": a response cue after the count, before the next count, is its own outcome.
  private func cueAfter(_ sentence: Sentence, _ first: Int, lexicons: Lexicons) -> Bool {
    var j = first + 1
    while j < min(first + 20, sentence.range.upperBound), sentence.key(j) != Keys.semicolon {
      if j > first + 3, sentence.number(startingAt: j) != nil { return false }
      if lexicons.responseCues.contains(sentence.tokens, at: j) { return true }
      j += 1
    }
    return false
  }

  private static func cueBetween(_ sentence: Sentence, _ start: Int, _ end: Int, events: Bool = true, lexicons: Lexicons) -> Bool {
    (start..<max(start, end)).contains { j in
      lexicons.responseCues.contains(sentence.tokens, at: j) || (events && lexicons.responseEvents.contains(sentence.tokens, at: j))
    }
  }

  /// A response cue near the count, with no block word between them.
  private func isOutcome(_ sentence: Sentence, first: Int, end: Int, lexicons: Lexicons) -> Bool {
    if isBlockedBefore(sentence, first, lexicons: lexicons) { return false }
    let after = end..<min(end + 20, sentence.range.upperBound)
    for i in after {
      if sentence.key(i) == Keys.semicolon { break }
      if lexicons.responseBlocks.contains(sentence.tokens, at: i) { return false }
      if lexicons.responseEvents.contains(sentence.tokens, at: i), !Self.isAbsence(sentence, i) {
        // "30 of 50 patients with cancer-related fatigue responded": who they are.
        if Self.describesPeople(sentence, event: i, after: end) { continue }
        return false
      }
      // "achieved a mean reduction": an average, no count of responders.
      if lexicons.responseCues.contains(sentence.tokens, at: i) { return !Self.averageFollows(sentence, i) }
    }
    // "the response rate was 75%", "achieved by 9 of 12"
    let before = sentence.range.lowerBound..<first
    // "Drowsiness was the main side effect of baclofen, affecting 6 of the 22 patients":
    // the event a participle after a comma ties to the count, of the one arm the clause
    // named before it.
    if Self.befallingParticiples.contains(sentence.key(first - 1)), sentence.key(first - 2) == Keys.comma,
      case let clause = ((sentence.range.lowerBound..<(first - 2)).last { sentence.key($0) == Keys.semicolon }.map { $0 + 1 } ?? sentence.range.lowerBound)..<(first - 2),
      clause.contains(where: { lexicons.responseEvents.contains(sentence.tokens, at: $0) }),
      // (Not what a drug is known for, "is a well-known side effect of methotrexate",
      // nor a comparison, "more frequent with nitrates than with ranolazine".)
      clause.contains(where: { sentence.key($0) == Keys.was || sentence.key($0) == Keys.were }),
      !clause.contains(where: { sentence.key($0) == Self.than }),
      Set(sentence.mentions.filter { m in clause.contains(m.firstToken) && (m.label == .drug || Self.namesArm(m)) }.map(\.normalizedText)).count == 1
    {
      return true
    }
    for i in before.reversed() {
      if lexicons.responseBlocks.contains(sentence.tokens, at: i) || lexicons.responseEvents.contains(sentence.tokens, at: i) {
        return LeavingCause.leavesForEvent(in: sentence, before: first, lexicons: lexicons)
      }
      if lexicons.responseCues.contains(sentence.tokens, at: i) { return true }
    }
    return isPassiveOutcome(sentence, before: first, end: end, lexicons: lexicons)
  }

  /// "Rescue medication was required by 12 of 48", "Any respiratory infection was reported
  /// for 121 children in the vitamin D group": what a verb in the passive says of the
  /// people counted at `first`, its subject the outcome.
  /// Not at baseline or before the trial, nor of people other than the trial's ("3 of 12
  /// investigators": a word after the count that is no participant noun).
  private func isPassiveOutcome(_ sentence: Sentence, before first: Int, end: Int, lexicons: Lexicons) -> Bool {
    guard Self.passiveObjects.contains(sentence.key(first - 1)), sentence.key(first - 3) == Keys.was || sentence.key(first - 3) == Keys.were,
      Self.passiveOutcomeVerbs.contains(sentence.key(first - 2)),
      !sentence.range.contains(where: { Self.placesBefore(sentence, $0, words: Self.timesBefore) })
    else { return false }
    // The count ends after its participant noun or arm; another word there names other
    // people ("investigators", "nurses").
    if sentence.isWord(end), !Self.afterPeople.contains(sentence.key(end)) { return false }
    return OutcomePhrase.find(in: sentence, first: first, end: end, lexicons: lexicons) != nil
  }

  /// Whether the list a percentage at `end` belongs to closes on "groups" or "arms" ("the
  /// 1.5%, 3% and vehicle groups"), a few numbers, joiners and words after it.
  static func namesGroups(_ sentence: Sentence, after end: Int) -> Bool {
    var words = 0
    for i in end..<min(end + 8, sentence.range.upperBound) {
      let key = sentence.key(i)
      if key == Self.groupsKey || key == Self.armsKey { return true }
      if key == Keys.comma || key == Keys.and || key == Keys.or || sentence.tokens[i].kind == .number || key == Keys.percentSign { continue }
      // (Not "40% and 20% in the two groups", shares of the groups named after them.)
      guard sentence.isWord(i), words < 2, !Self.groupListBreaks.contains(key) else { return false }
      words += 1
    }
    return false
  }
  private static let than = TokenKey.of("than")
  private static let bracketListJoiners: Set<UInt64> = Set(["and", ",", "or", "vs", "versus"].map { TokenKey.of($0) })
  private static let groupListBreaks: Set<UInt64> = Set(
    ["in", "of", "the", "with", "among", "for", "both", "all", "each", "across", "between", "within", "from", "at", "by", "on"].map { TokenKey.of($0) })
  private static let groupsKey = TokenKey.of("groups")
  private static let armsKey = TokenKey.of("arms")

  private static let befallingParticiples: Set<UInt64> = Set(["affecting"].map { TokenKey.of($0) })

  /// Words that may follow the people a passive outcome counts: their arm, a list, a time.
  private static let afterPeople: Set<UInt64> = Set(
    ["in", "on", "with", "taking", "given", "receiving", "treated", "who", "and", "or", "versus", "vs", "compared", "respectively", "at",
      "during", "after", "of", "within", "by", "from"].map { TokenKey.of($0) })

  private static let passiveObjects: Set<UInt64> = [Keys.by, Keys.for]

  /// Verbs whose passive ties an outcome to the people counted after "by" ("was required
  /// by 12 of 48"); not "completed" or "performed", said of questionnaires and surgeons.
  private static let passiveOutcomeVerbs: Set<UInt64> = Set(
    ["reported", "required", "needed", "experienced", "achieved", "attained", "reached", "suffered"].map { TokenKey.of($0) })

  /// Whether token `i` is one of `words` placing what is counted before the trial:
  /// "baseline", "prior", or "before" the trial's start ("before randomization", "before
  /// the study"); not "died before discharge", "before week 12".
  static func placesBefore(_ sentence: Sentence, _ i: Int, words: Set<UInt64>) -> Bool {
    guard words.contains(sentence.key(i)) else { return false }
    guard sentence.key(i) == Self.beforeKey else { return true }
    var next = Self.beforeFillers.contains(sentence.key(i + 1)) ? i + 2 : i + 1
    // "before they were randomized"
    if sentence.key(next) == Keys.were { next += 1 }
    return Self.trialStarts.contains(sentence.key(next))
  }

  private static let beforeKey = TokenKey.of("before")
  private static let beforeFillers: Set<UInt64> = Set(["the", "their", "they", "study", "trial", "starting"].map { TokenKey.of($0) })
  private static let trialStarts: Set<UInt64> = Set(
    ["randomization", "randomisation", "randomized", "randomised", "allocation", "enrollment", "enrolment", "entry", "inclusion",
     "screening", "treatment", "therapy", "study", "trial", "admission", "baseline", "start", "starting", "dosing", "enrolling", "first", "entered", "joined", "randomized", "randomised"].map { TokenKey.of($0) })

  /// Words of the time before a trial's treatment.
  private static let timesBefore: Set<UInt64> = Set(
    ["before", "prior", "previous", "previously", "history", "screening", "baseline", "entry", "preceding"].map { TokenKey.of($0) })

  /// Verbs that tell what befell people ("reported transient sensitivity", "developed a
  /// rash", "gained 7% of their body weight", "needed a transfusion"), unlike "had", which
  /// may tell what they were ("had diabetes").
  static let befallingVerbs: Set<UInt64> = Set(
    ["reported", "developed", "experienced", "suffered", "complained", "noticed", "felt", "gained", "lost", "needed", "required"].map { TokenKey.of($0) })

  /// "… and 12 in the placebo group", "…, 8 in the B arm and 3 in the C arm" at `end`:
  /// where the next items of a list of arms' people end, so that the verb after the list
  /// ("… died") is read for the first item too; `end` when no such item follows.
  private func nextItemEnd(_ sentence: Sentence, after end: Int, lexicons: Lexicons) -> Int {
    var last = end
    // ("… in the A group vs. 52 in the B group had …": a comparison lists them too.)
    while sentence.key(last) == Keys.and || sentence.key(last) == Keys.comma || Self.versus.contains(sentence.key(last)) {
      var start = sentence.key(last) == Keys.comma && sentence.key(last + 1) == Keys.and ? last + 2 : last + 1
      if Self.versus.contains(sentence.key(last)), sentence.key(start) == Keys.period { start += 1 }
      guard let next = sentence.number(startingAt: start), next.isInteger else { break }
      let people = participantEnd(sentence, from: next.end, lexicons: lexicons)
      let item = armAfterPeople(sentence, people)
      guard item > people else { break }
      last = item
    }
    return last
  }

  /// "(0.8%)" at token `i`: the percentage and the token after the bracket.
  private func shareInBrackets(_ sentence: Sentence, at i: Int) -> (percent: NumberSpan, end: Int)? {
    guard sentence.key(i) == Keys.openParen, let percent = sentence.number(startingAt: i + 1), percent.isPercent,
      sentence.key(percent.end) == Keys.closeParen
    else { return nil }
    return (percent, percent.end + 1)
  }

  /// The comma at `start` or right before it.
  private func commaBefore(_ sentence: Sentence, _ start: Int) -> Int? {
    sentence.key(start) == Keys.comma ? start : sentence.key(start - 1) == Keys.comma ? start - 1 : nil
  }

  private static let among = TokenKey.of("among")
  private static let relatives: Set<UInt64> = Set(["who", "whose", "that"].map { TokenKey.of($0) })
  private static let theirs: Set<UInt64> = Set(["their", "his", "her"].map { TokenKey.of($0) })

  /// "had their finger straightened", "had their pain relieved" at `i`: what the
  /// treatment did for them, an outcome; not what was looked at or done to the records
  /// ("had their blood pressure measured", "had their records reviewed").
  private func hadDoneForThem(_ sentence: Sentence, _ i: Int) -> Bool {
    guard sentence.key(i) == Self.had, Self.theirs.contains(sentence.key(i + 1)),
      let participle = (i + 3...i + 4).first(where: { Self.remedied.contains(sentence.key($0)) })
    else { return false }
    return (i + 2..<participle).allSatisfy { sentence.isWord($0) }
  }

  /// What a treatment did for people: "had their finger straightened".
  private static let remedied: Set<UInt64> = Set(
    ["straightened", "relieved", "corrected", "cleared", "healed", "restored", "resolved", "improved", "normalised", "normalized",
     "eradicated", "cured", "reversed", "controlled", "lowered", "closed", "repaired", "eased"].map { TokenKey.of($0) })

  /// A response cue at `i`, or right after "had", "were" or "was", or those and "in" ("were
  /// in remission"); or a verb that is an event of its own ("died", "had relapsed";
  /// `event` in `rules/study/outcome-verbs.rules`).
  private func respondsAt(_ sentence: Sentence, _ i: Int, lexicons: Lexicons) -> Bool {
    var verb = [Self.had, Keys.were, Keys.was].contains(sentence.key(i)) ? i + 1 : i
    if verb > i, sentence.key(verb) == Keys.in { verb += 1 }
    guard verb < sentence.range.upperBound else { return false }
    // "7 patients in the A group died": an event that is the outcome itself; "reported
    // transient sensitivity": one that befell them; not before the trial ("had relapsed
    // in the year before randomization", "At screening, … reported fatigue").
    let before = sentence.range.contains { Self.placesBefore(sentence, $0, words: Self.timesBefore) }
    if !before, verb == i || sentence.key(i) == Self.had,
      lexicons.outcomeVerbs.longestMatch(in: sentence.tokens, at: verb, stopAt: verb + 1)?.value == true
    {
      return true
    }
    if !before, verb == i, Self.befallingVerbs.contains(sentence.key(verb)), plainVerb(sentence, verb, lexicons: lexicons),
      OutcomePhrase.find(in: sentence, first: i, end: i, lexicons: lexicons) != nil
    {
      return true
    }
    // "could walk without pain", "were able to return to work": what they managed, an
    // outcome; not "could not be reached", "could be assessed".
    let able = sentence.key(i) == Self.could ? i + 1
      : (sentence.key(i) == Keys.were || sentence.key(i) == Keys.was) && sentence.key(i + 1) == Self.able && sentence.key(i + 2) == Keys.to ? i + 3 : nil
    if !before, let able, sentence.isWord(able), !Self.notManaged.contains(sentence.key(able)) { return true }
    // "112 of those on A said their knee pain had dropped by half": what they reported.
    if !before, sentence.key(i) == Self.said, sentence.isWord(i + 1) { return true }
    if !before, hadDoneForThem(sentence, i) { return true }
    // "had a rash", "got a rash", "had nausea": an event of the trial, where "had
    // diabetes" may tell what they were and "got the dummy shots" what they were given.
    if !before, sentence.key(i) == Self.had || sentence.key(i) == Self.got {
      // The event ends its phrase ("had a rash at week 4"), never names a thing of its
      // own ("had a headache diary").
      if let end = Self.eventEnd(sentence, after: i, lexicons: lexicons), !sentence.isWord(end) || Self.notOutcomeWords.contains(sentence.key(end)) {
        return true
      }
    }
    // "3 in the A group stopped the study drug because of adverse events": leaving for an
    // event of the treatment.
    if verb == i, LeavingCause.end(in: sentence, leavingAt: i, lexicons: lexicons) != nil { return true }
    // "were rated \"much\" or \"very much\" improved", "were classed as responders": the
    // judgement is the outcome; not "were rated for pain", a measure taken.
    // (Not "classified as non-responders", "judged not improved", "rated by assessors of
    // improvement", "classified using the CGI improvement scale".)
    if !before, sentence.key(i) == Keys.were || sentence.key(i) == Keys.was, Self.judgingVerbs.contains(sentence.key(i + 1)) {
      for k in i + 2..<min(i + 12, sentence.range.upperBound) {
        if Self.notJudgedOutcome.contains(sentence.key(k)) || Keys.articles.contains(sentence.key(k)) { break }
        if lexicons.responseCues.contains(sentence.tokens, at: k) { return true }
      }
    }
    guard lexicons.responseCues.contains(sentence.tokens, at: verb) else { return false }
    // "met the inclusion criteria": the cue's words say who was taken, no outcome.
    let object = (verb + 1)..<min(verb + 4, sentence.range.upperBound)
    return !Self.averageFollows(sentence, verb) && !object.contains { lexicons.responseBlocks.contains(sentence.tokens, at: $0) }
  }

  /// "achieved a mean reduction of 12 points": an average within two words after the cue
  /// at `i`, before any comma.
  static func averageFollows(_ sentence: Sentence, _ i: Int) -> Bool {
    for j in (i + 1)..<min(i + 3, sentence.range.upperBound) {
      if sentence.key(j) == Keys.comma { return false }
      if averages.contains(sentence.key(j)) { return true }
    }
    return false
  }

  /// Verbs that say who was analysed ("all randomised infants were analysed").
  static let analysedVerbs: Set<UInt64> = Set(["analysed", "analyzed", "included", "evaluated", "assessed"].map { TokenKey.of($0) })

  /// Words before a count that make it a whole group: "the 79 patients", "all 79".
  static let wholeGroup: Set<UInt64> = Set(["the", "all", "these", "those", "both"].map { TokenKey.of($0) })

  static let against = TokenKey.of("against")
  static let had = TokenKey.of("had")

  func pow10(_ exponent: Int) -> Double {
    var value = 1.0
    for _ in 0..<abs(exponent) { value *= 10 }
    return exponent < 0 ? 1 / value : value
  }
}
