/// Participant counts: "12 patients", "three people", "a total of 654 adults",
/// "1,961 adult participants", "n = 66".
///
/// Never ages, years, page numbers, star ratings or review counts: a count needs a
/// participant noun (data: `participant`) or "n =", and "9 of 12 patients" is a
/// response, not a cohort.
struct CohortRecognizer: Recognizer {
  /// Words allowed between the number and the noun ("12 adult Japanese patients").
  static let maximumGap = 5

  private static let had = TokenKey.of("had")
  private static let present = TokenKey.of("present")
  private static let other = TokenKey.of("other")
  /// What people of an arm received beside the arm's treatment: "prior chemotherapy",
  /// "one intravenous dose", "rescue analgesia".
  private static let beyondTreatment: Set<UInt64> = Set(
    ["prior", "previous", "previously", "earlier", "one", "additional", "rescue", "extra", "supplemental", "supplementary"]
      .map { TokenKey.of($0) })
  /// "44 people taking Champix (29.3%)": people of an arm by what they took.
  private static let takingWords: Set<UInt64> = Set(["taking", "receiving", "given", "using", "on"].map { TokenKey.of($0) })
  private static let hadOrNeeded: Set<UInt64> = Set(["had", "required", "needed"].map { TokenKey.of($0) })

  /// A verb at `i` that tells what befell the people before it, what they had or needed
  /// ("reported", "developed", "had", "required").
  private static func tellsWhatBefell(_ sentence: Sentence, at i: Int) -> Bool {
    ResponseRecognizer.befallingVerbs.contains(sentence.key(i)) || hadOrNeeded.contains(sentence.key(i))
  }

  /// Words whose number is a level of a scale ("grade 3", "stage 2"), never people.
  private static let scaleWords: Set<UInt64> = Set(["grade", "grades", "stage", "stages", "phase", "class", "type", "level", "tier"].map { TokenKey.of($0) })

  func recognize(_ sentence: inout Sentence, lexicons: Lexicons) {
    let end = sentence.range.upperBound
    // Where the last count of people with an outcome ended ("two vaccine recipients").
    var lastEventEnd = -1
    // Where the counts of people with an outcome start.
    var eventCounts = Set<Int>()
    // "Among participants aged 70 years or older (1,102 vaccine and 1,097 placebo
    // recipients), …", "Of the 31 people with diabetes in the exercise group, …": the
    // subgroup's people, in its words or the bracket that closes it.
    let subgroup = SubgroupPhrase.find(in: sentence, lexicons: lexicons)
    let subgroupAside = subgroup.map { phrase in (sentence.range.lowerBound + 1)..<phrase.end }
    let eventLabelEnd = eventLabel(sentence, lexicons: lexicons)
    for number in sentence.numbers where number.isInteger && number.value >= 1 && number.value < 10_000_000 {
      guard !sentence.isCovered(number.first, by: .dose), !sentence.isCovered(number.first, by: .duration) else { continue }
      // "Withdrawals: 8 people on metformin and 2 on placebo": counts under the label of an
      // event or of leaving are people it befell.
      if let eventLabelEnd, number.first > eventLabelEnd { continue }
      let before = number.first - 1
      // "9% of the vaccine group (~16 kids)": an approximate count in a bracket restates
      // a share, never a group's size.
      if number.approximate, (max(sentence.range.lowerBound, number.first - 2)..<number.first).contains(where: { sentence.key($0) == Keys.openParen }) {
        continue
      }
      // "six in ten teens", "one in five adults": a ratio, not a group.
      if sentence.key(before) == Keys.in, sentence.number(endingAt: before) != nil { continue }
      // "n = 66", "N=66"
      if sentence.key(before) == Keys.equals, sentence.key(before - 1) == Keys.n {
        // "mostly female (n = 115, 76.2%)", "n = 9 (19.1%)": people with a trait, counted
        // with their share of the sample, not an arm.
        if sentence.key(number.end) == Keys.comma || sentence.key(number.end) == Keys.openParen,
          sentence.number(startingAt: number.end + 1)?.isPercent == true
        {
          continue
        }
        // "decreased from 28.9% (n = 22) to 24.3% (n = 17)": the count behind a share; not
        // after a strength ("atropine 0.05% (n = 110)").
        if sentence.key(before - 2) == Keys.openParen,
          let share = sentence.number(endingAt: before - 2), share.isPercent, !sentence.isCovered(share.first, by: .dose)
        {
          continue
        }
        // "eye irritation was seen in the placebo (n = 2) and … (n = 3) groups": people
        // with an event, where the sentence assigns no one.
        // Within the cell, in a table row: "End point | Colchicine (N = 2214)" names an arm.
        let cellStart = (sentence.range.lowerBound..<(before - 1)).last { sentence.key($0) == Self.cellBar }.map { $0 + 1 }
        let earlier = (cellStart ?? sentence.range.lowerBound)..<(before - 1)
        // The verb of the count's own clause ("the differences observed for diarrhea …; …
        // rates were 4.3 and 4.9 in the A (n = 5,940) and B (n = 5,122) groups" name arms;
        // "Nausea was frequent; it was reported in the A (n = 30) …" counts people with it).
        let clauseStart = (earlier.lowerBound..<(before - 1)).last { sentence.key($0) == Keys.semicolon }.map { $0 + 1 }
        let clause = (clauseStart ?? earlier.lowerBound)..<(before - 1)
        if inArmAside(sentence, before - 1, lexicons: lexicons),
          sentence.hasTerm(lexicons.responseEvents, in: earlier) != nil || sentence.hasTerm(lexicons.responseCues, in: earlier) != nil,
          clause.contains(where: { Self.eventVerbs.contains(sentence.key($0)) }),
          !earlier.contains(where: { Keys.enrolledVerbs.contains(sentence.key($0)) })
        {
          continue
        }
        // "Of the patients with an objective response (A n = 29; B n = 10)": a subgroup's sizes.
        if isSubgroupAside(sentence, before - 1, lexicons: lexicons) { continue }
        // "patients who had received phenytoin before arrival (n = 20) were excluded":
        // people who left or were left out, no group.
        if sentence.key(number.end) == Keys.closeParen, case let next = sentence.key(number.end + 1) == Keys.were
          || sentence.key(number.end + 1) == Keys.was ? number.end + 2 : number.end + 1,
          lexicons.responseBlocks.longestMatch(in: sentence.tokens, at: next, stopAt: sentence.range.upperBound) != nil
        {
          continue
        }
        // "Among those aged 75 or older (n = 61), …": the size of the subgroup the sentence
        // opens with, in the bracket that closes it (its arms' sizes, "(A n = 48; B n =
        // 45)", are the totals of counts).
        if let subgroup, sentence.key(before - 2) == Keys.openParen, sentence.key(number.end) == Keys.closeParen, number.end == subgroup.end - 1 {
          continue
        }
        // "Hyponatraemia occurred in 12 patients (A, n = 4; B, n = 8)": the parts of a count
        // of people something happened in, not the arms' sizes.
        if splitsCountOfPeopleIn(sentence, before - 1, lexicons: lexicons) { continue }
        // "The most frequent reasons for failure were fast breathing (n = 13) and hypoxaemia
        // (n = 6)": counts of a breakdown, in a sentence that says so and names and assigns
        // no arm ("treated with cryotherapy (n = 50) or laser therapy (n = 48)" names two).
        if !armBefore(sentence, before - 1), sentence.key(number.end) != Keys.for, groupSize(sentence, number.value),
          sentence.range.contains(where: { Self.breakdownWords.contains(sentence.key($0)) }),
          !namesOrAssignsArms(sentence, lexicons: lexicons)
        {
          continue
        }
        sentence.add(.cohort, .cohort(size: Int(number.value)), tokens: before - 1, number.end)
        // "(n = 30 in each group)"
        if eachArmEnd(sentence, after: number.end) != nil {
          sentence.setLastScope(.each)
          continue
        }
        // "(N = 300 for placebo, N = 200 for A and N = 100 for B)": the arm follows.
        let forArm = sentence.key(number.end) == Keys.for
        sentence.setLastScope(forArm || armBefore(sentence, before - 1) || groupSize(sentence, number.value) ? .arm : .total)
        continue
      }
      // "randomized into two groups of 40": every arm's size.
      if sentence.key(before) == Keys.of, Self.groupNouns.contains(sentence.key(before - 1)), number.value >= 2,
        !isPartOfRange(sentence, number)
      {
        var end = number.end
        if let noun = lexicons.participants.longestMatch(in: sentence.tokens, at: end, stopAt: sentence.range.upperBound) { end = noun.end }
        sentence.add(.cohort, .cohort(size: Int(number.value)), tokens: before - 1, end)
        sentence.setLastScope(.each)
        continue
      }
      // "One group of 138 people attended a class …; the other group of 136 people were
      // prescribed Lexapro": one arm's size, the arm told after it.
      if sentence.key(before) == Keys.of, sentence.key(before - 1) == Keys.group || sentence.key(before - 1) == Keys.arm,
        Self.oneOfGroups.contains(sentence.key(before - 2)), number.value >= 2, !isPartOfRange(sentence, number),
        // ("One group of 138 … while the other group of 136 … took Lexapro": two in one
        // sentence, only the last sits with the arm the sentence names.)
        !(number.end..<sentence.range.upperBound).contains(where: { sentence.key($0) == Keys.of && sentence.key($0 - 1) == Keys.group })
      {
        var end = number.end
        if let noun = lexicons.participants.longestMatch(in: sentence.tokens, at: end, stopAt: sentence.range.upperBound) { end = noun.end }
        sentence.add(.cohort, .cohort(size: Int(number.value)), tokens: number.first, end)
        sentence.setLastScope(.arm)
        continue
      }
      if isResponseTotal(sentence, number) || isPartOfRange(sentence, number) || isYear(sentence, number) { continue }
      // "12 withdrew (7 A, 5 B)": the parts of a count of people who left.
      if splitsLeavers(sentence, number, lexicons: lexicons) { continue }
      // "Grade 3 AEs … among patients", "stage 2 patients": a grade, not a count.
      if Self.scaleWords.contains(sentence.key(before)) { continue }
      // "FGF2 in women", "LA-EP2006 in patients": digits glued to a name are part of it.
      if number.first > sentence.range.lowerBound, !sentence.tokens[number.first].spaceBefore,
        sentence.tokens[number.first].kind == .number,
        sentence.tokens[before].kind == .word || sentence.tokens[before].kind == .dash
      {
        continue
      }
      // "occurred in two vaccine recipients and seven placebo recipients", "reported by 12
      // patients": people with an outcome, not a group.
      // ("led to discontinuation in 14, 8 and 5 participants": people who left, counted by
      // their leaving after "to".)
      // "… had their symptoms well controlled, against 10 people in the placebo group": a
      // count set against another is of the same outcome.
      if sentence.key(before) == ResponseRecognizer.against { continue }
      // ("Active bleeding was present in 41 and 38 patients": people with a trait, no
      // group; no outcome either, so not in ``followsEvent(_:at:lexicons:)``.)
      // ("Tingling affected 31 people in the A group", "occurring in 14 patients on A":
      // whatever befell them, no group.)
      let afterEvent = Self.followsEvent(sentence, at: before, lexicons: lexicons)
        || (Self.befalling.contains(sentence.key(before)) && sentence.isWord(before - 1))
        || (sentence.key(before) == Keys.in && Self.befalling.contains(sentence.key(before - 1)))
        // ("Apnoea ceased completely in 21 …": people whose symptom stopped, no group; a
        // drug "ceased in 8 patients" is no group either.)
        || (sentence.key(before) == Keys.in && (max(sentence.range.lowerBound, before - 4)..<before).contains { Self.ceasing.contains(sentence.key($0)) })
        || (sentence.key(before) == Keys.in && sentence.key(before - 1) == Self.present)
        || (sentence.key(before) == Keys.in && (max(sentence.range.lowerBound, before - 3)..<before).contains { start in
          // ("clonidine for alcohol withdrawal in 60 patients" names no leaving.)
          sentence.key(start - 1) == Keys.to && lexicons.responseBlocks.longestMatch(in: sentence.tokens, at: start, stopAt: before)?.end == before
        })
      let joiner = sentence.key(before) == Keys.in ? before - 1 : before
      // "… and 5 in the B group, compared with 24 placebo recipients".
      let comparedStart = (sentence.key(joiner) == Keys.with || sentence.key(joiner) == Keys.to) && sentence.key(joiner - 1) == Keys.compared
        ? (sentence.key(joiner - 2) == Keys.comma ? joiner - 2 : joiner - 1) : nil
      let joined = sentence.key(joiner) == Keys.and || sentence.key(joiner) == Keys.comma
      // "…: two and three women": the next of a list of such counts.
      let listedAfterEvent = joined && (joiner == lastEventEnd || sentence.number(endingAt: joiner).map { eventCounts.contains($0.first) } == true)
        || comparedStart.map { $0 == lastEventEnd } == true
      // "38 of the 82 people taking it improved, compared with twenty-nine people on
      // melatonin": the other arm's count of the same outcome, set against a count of
      // some of an arm's people.
      let contrast = comparedStart ?? (ResponseRecognizer.versus.contains(sentence.key(joiner)) ? joiner : nil)
      if let contrast, comparesCountOfSome(sentence, before: contrast) { continue }
      if afterEvent || listedAfterEvent {
        lastEventEnd = participantOrArmEnd(sentence, from: number.end, lexicons: lexicons)
        eventCounts.insert(number.first)
        continue
      }
      // "72 in every 100,000 adults", "5 per 1,000 people": a rate's denominator.
      if Keys.rateWords.contains(sentence.key(number.first - 1)) { continue }
      // "more patients improved with A than with B (18 vs. 6 patients)": the second of two
      // compared counts, whose first has no noun, counts people with the outcome.
      let versusAt = sentence.key(before) == Keys.period ? before - 1 : before
      if ResponseRecognizer.versus.contains(sentence.key(versusAt)), sentence.number(endingAt: versusAt)?.isInteger == true { continue }
      // Up to four words, then a participant noun: "83 inactive, postmenopausal women",
      // never across a preposition or a verb ("2 trials in patients").
      // "21 and 18 subjects", "40, 41 and 39 patients": a list of counts shares its noun.
      // The list ends with "and" ("April 2001, 913 patients" is none).
      var i = number.end
      var listEnd = number.end
      var items = 1
      while items < Self.longestList, case let joiner = sentence.key(i) == Keys.comma && sentence.key(i + 1) == Keys.and ? i + 2 : i + 1,
        sentence.key(i) == Keys.comma || sentence.key(i) == Keys.and,
        let next = sentence.number(startingAt: joiner), next.isInteger, !sentence.isCovered(next.first, by: .duration),
        // Arms of one trial are of like size: "June 8, 2018, and 4 patients" lists none.
        next.value * 3 >= number.value, number.value * 3 >= next.value
      {
        i = next.end
        items += 1
        if sentence.key(joiner - 1) == Keys.and { listEnd = i }
      }
      i = listEnd
      let listedBeforeNoun = i > number.end
      // "54.2%, 37.9% and 35.1% of participants … (32, 22 and 20 participants,
      // respectively)": counts in brackets after shares are the shares' people.
      if restatesShares(sentence, number) { continue }
      var gap = 0
      var matched: Int?
      while i < end, gap <= Self.maximumGap {
        if let noun = lexicons.participants.longestMatch(in: sentence.tokens, at: i, stopAt: end) {
          matched = noun.end
          break
        }
        // "71 BCS" where the document defined "breast cancer survivors (BCS)".
        if sentence.aliases.isParticipant(sentence.key(i)) {
          matched = i + 1
          break
        }
        // "280 female (18-60 years) breast cancer patients": an aside is no gap word.
        if sentence.key(i) == Keys.openParen, gap > 0,
          let close = (i + 1..<min(i + 8, end)).first(where: { sentence.key($0) == Keys.closeParen })
        {
          i = close + 1
          continue
        }
        let token = sentence.tokens[i]
        let comma = sentence.key(i) == Keys.comma && gap > 0
        guard token.kind == .word || (token.kind == .dash && !token.spaceBefore) || comma else { break }
        // "2 other patients met the criteria": people set beside some others, no group.
        if sentence.number(startingAt: i) != nil || sentence.key(i) == Keys.old || sentence.key(i) == Self.other
          || Keys.cohortGapBreakers.contains(sentence.key(i))
        {
          break
        }
        if lexicons.durationUnits.contains(sentence.tokens, at: i) { break }
        // "a 220-pound person", "a 5-foot woman": a measure of one person, glued to its
        // number.
        if i == number.end, token.kind == .dash, !token.spaceBefore, sentence.isWord(i + 1), !sentence.tokens[i + 1].spaceBefore,
          Keys.indefiniteArticles.contains(sentence.key(number.first - 1))
        {
          break
        }
        if token.kind == .word { gap += 1 }
        i += 1
      }
      // "a total of 654 were randomized"
      let totalOf = sentence.key(before) == Keys.of && sentence.key(before - 1) == Keys.total
      // "a total of 495 cycles", "a total of 130,252 person-years": a total of something else.
      let countsOther = number.end < end && sentence.tokens[number.end].kind == .word && !Self.countVerbs.contains(sentence.key(number.end))
      // "305, 303 and 304 received A, B and C, respectively": the list shares the verb.
      if matched == nil, (totalOf && !countsOther) || isEnrolledVerb(sentence, after: listEnd, lexicons: lexicons) {
        matched = number.end
      }
      // "75 to each arm", "30 patients in each group", "40 per group"; not the last of a
      // list ("11, 16, and 13 patients in each group" are one count per group).
      // ("453 women, 151 per arm": a count of people, or "aged 40 to 65", before the comma
      // is no list.)
      let listed = (sentence.key(before) == Keys.and || sentence.key(before) == Keys.comma)
        && (sentence.number(endingAt: before).map { !Self.isAgeBound(sentence, $0) } ?? false
          || (!sentence.isWord(before - 1) && sentence.number(endingAt: before - 1) != nil))
      // "42 clusters (14 per arm)": without a participant noun "per arm" counts anything,
      // but the people an assignment shares out ("randomised in equal numbers (150 per
      // group)").
      if !listed, !listedBeforeNoun, let perArm = eachArmEnd(sentence, after: matched ?? number.end), number.value >= 2,
        matched != nil || sentence.key(number.end) != Keys.per || sharesAssignment(sentence, number)
      {
        // "Five patients in each group had recurrent stroke": people of each arm with an
        // event, no arm's size; nor are those who left ("Four men in each group dropped
        // out").
        if Self.tellsWhatBefell(sentence, at: perArm)
          || lexicons.outcomeVerbs.longestMatch(in: sentence.tokens, at: perArm, stopAt: sentence.range.upperBound)?.value == true
          || lexicons.responseBlocks.longestMatch(in: sentence.tokens, at: perArm, stopAt: sentence.range.upperBound) != nil
        {
          continue
        }
        sentence.add(.cohort, .cohort(size: Int(number.value)), tokens: number.first, perArm)
        sentence.setLastScope(.each)
        continue
      }
      guard let nounEnd = matched else { continue }
      // "one in five zolpidem users (16 people) reported feeling drowsy": people in a
      // bracket that restate a ratio or a share, and that a verb of an outcome follows,
      // had it ("The zolpidem group (80 people) reported better sleep" sizes the arm).
      if sentence.key(before) == Keys.openParen, sentence.key(nounEnd) == Keys.closeParen,
        sentence.numbers.contains(where: { n in
          n.end <= before && before - n.end <= 6
            && (n.isPercent || (sentence.key(n.end) == Keys.in && sentence.number(startingAt: n.end + 1) != nil))
        }),
        lexicons.outcomeVerbs.longestMatch(in: sentence.tokens, at: nounEnd + 1, stopAt: sentence.range.upperBound) != nil
          || lexicons.responseCues.contains(sentence.tokens, at: nounEnd + 1)
          // ("… of the A group (18 people) ended up needing a procedure", "… went on to
          // need surgery": what became of them.)
          || (Self.becameOf.contains(sentence.key(nounEnd + 1)) && Self.becameOfParticles.contains(sentence.key(nounEnd + 2)))
      {
        continue
      }
      // "57,338 patient-years": exposure, not people.
      if sentence.key(nounEnd) == Keys.hyphen, Keys.exposureUnits.contains(sentence.key(nounEnd + 1)) { continue }
      // "10,000 cases each year", "2 million women worldwide": a population's rate.
      if (nounEnd..<min(end, nounEnd + 6)).contains(where: { lexicons.cohortBlocks.longestMatch(in: sentence.tokens, at: $0, stopAt: end) != nil }) {
        continue
      }
      // A percentage of patients, or "patients (12%)", is not a count of them.
      if sentence.key(number.end) == Keys.percentSign { continue }
      // "five participants (7%, six total events)": the share may be the aside's first item;
      // "the cooling group consisted of 19 patients (59.4%)" is the arm's size and share.
      if sentence.key(nounEnd) == Keys.openParen, !ResponseRecognizer.composedOf(sentence, before: number.first),
        let share = sentence.number(startingAt: nounEnd + 1), share.isPercent,
        sentence.key(share.end) == Keys.closeParen || sentence.key(share.end) == Keys.comma || sentence.key(share.end) == Keys.semicolon
      {
        continue
      }
      // "Serious adverse events were: placebo (3 patients) – …": people with an event,
      // named in an aside after their arm.
      if inArmAside(sentence, number.first, lexicons: lexicons),
        sentence.hasTerm(lexicons.responseEvents, in: sentence.range.lowerBound..<number.first) != nil
      {
        continue
      }
      // "Seven participants in the exercise group (4.1%) ... died": a share of the arm.
      if isShareOfArm(sentence, after: nounEnd) { continue }
      // "with 5 and 4 participants in the two groups, respectively, discontinuing": people
      // who left, or who are described by their past, not an arm's size.
      if leavesOrIsDescribed(sentence, after: nounEnd, lexicons: lexicons) { continue }
      if subgroupAside?.contains(number.first) == true { continue }
      // "78, 81 and 22 people in the A, B and C groups, respectively": the last of a list
      // whose counts are unlike in size (so no list of arms' sizes) is no size alone.
      // (A list of three or more: two counts unlike in size may be a 4:1 trial's arms.)
      if !listedBeforeNoun, isRespectively(sentence, number), Self.joiners.contains(sentence.key(number.first - 1)),
        let previous = sentence.number(endingAt: number.first - 1), previous.isInteger, !sentence.isCovered(previous.first, by: .cohort),
        previous.value > 3 * number.value || number.value > 3 * previous.value,
        Self.joiners.contains(sentence.key(previous.first - 1)), sentence.number(endingAt: previous.first - 1)?.isInteger == true
      {
        continue
      }
      // A count listed before the noun spans its own number; the last one has the noun.
      sentence.add(.cohort, .cohort(size: Int(number.value)), tokens: totalOf ? before - 2 : number.first, listedBeforeNoun ? number.end : nounEnd)
      // "assigned 452 patients to drug A (n = 226) or placebo (n = 226)": the arms' own
      // sizes after the count make it their total.
      let sizedAfter = (nounEnd..<end).filter { sentence.key($0) == Keys.n && sentence.key($0 + 1) == Keys.equals }.count >= 2
      let arm =
        !sizedAfter && (!totalOf || countsForOneArm(sentence, after: nounEnd))
        && (armAfter(sentence, nounEnd) || isElliptical(sentence, number) || namesGroup(sentence, number.end..<nounEnd, lexicons: lexicons)
          || inArmAside(sentence, number.first, lexicons: lexicons) || isRespectively(sentence, number))
      sentence.setLastScope(arm ? .arm : .total)
    }
    addSplitSizes(&sentence)
    addBracketedSizes(&sentence)
    addNamedBracketSizes(&sentence)
    addEqualNumbers(&sentence)
    addEqualGroups(&sentence)
    addEvenSplit(&sentence)
  }

  /// "The 864 patients were split equally between the drug and placebo", "randomly
  /// assigned in equal numbers to tezorilimab or placebo": the total before is shared
  /// evenly among the arms listed after, each a drug, a control or "the drug", where it
  /// divides evenly and the sentence sizes no arm otherwise.
  private func addEvenSplit(_ sentence: inout Sentence) {
    guard sentence.mentions.contains(where: { $0.label == .cohort }),
      !sentence.mentions.contains(where: { $0.label == .cohort && $0.scope != .total })
    else { return }
    let range = sentence.range
    var opener: Int?
    for k in range where k + 1 < range.upperBound {
      if Self.evenWords.contains(sentence.key(k)), Self.splitPrepositions.contains(sentence.key(k + 1)) {
        opener = k + 1
      } else if sentence.key(k) == Keys.in, sentence.key(k + 1) == Self.equal, sentence.key(k + 2) == Self.numbersWord,
        Self.splitPrepositions.contains(sentence.key(k + 3))
      {
        opener = k + 3
      }
      if opener != nil { break }
    }
    guard let opener,
      let whole = sentence.mentions.lastIndex(where: { $0.label == .cohort && $0.endToken <= opener && opener - $0.endToken <= 10 }),
      case .cohort(let total) = sentence.mentions[whole].value
    else { return }
    // The arms listed after the preposition, up to the clause's end.
    var items = 0
    var hasArm = false
    var i = opener + 1
    while i < range.upperBound {
      let key = sentence.key(i)
      if key == Keys.comma || key == Keys.and || key == Keys.or || ResponseRecognizer.versus.contains(key) {
        if hasArm {
          items += 1
          hasArm = false
        } else if !(key == Keys.and || key == Keys.or) || sentence.key(i - 1) != Keys.comma {
          break
        }
      } else if key == Keys.semicolon || key == Keys.period || key == Keys.openParen {
        break
      } else if Self.armDrugWords.contains(key)
        || sentence.mentions.contains(where: { m in
          m.firstToken == i && (m.label == .drug || (m.label == .context && m.value == .context("control")))
        })
      {
        hasArm = true
      }
      i += 1
    }
    if hasArm { items += 1 }
    guard (2...4).contains(items), total % items == 0 else { return }
    sentence.mentions[whole].scope = .total
    sentence.add(.cohort, .cohort(size: total / items), tokens: opener - (sentence.key(opener - 1) == Self.numbersWord ? 3 : 1), opener + 1)
    sentence.setLastScope(.each)
  }
  private static let splitPrepositions: Set<UInt64> = Set(["between", "among", "to"].map { TokenKey.of($0) })
  /// Words that name an arm's treatment without its name: "between the drug and placebo".
  private static let armDrugWords: Set<UInt64> = Set(["drug", "medicine", "medication", "treatment", "injections", "tablets", "capsules"].map { TokenKey.of($0) })

  /// "randomly assigned 96 adults …, in equal numbers, to one of two treatments": the
  /// count before "in equal numbers" is the study's, shared evenly among the groups
  /// counted after it (48 each), where it divides evenly.
  private func addEqualNumbers(_ sentence: inout Sentence) {
    guard let k = sentence.range.first(where: { sentence.key($0) == Keys.in && sentence.key($0 + 1) == Self.equal && sentence.key($0 + 2) == Self.numbersWord }),
      let whole = sentence.mentions.lastIndex(where: { $0.label == .cohort && $0.endToken <= k && k - $0.endToken <= 8 }),
      case .cohort(let total) = sentence.mentions[whole].value,
      let groups = sentence.numbers.first(where: { n in
        n.first > k + 2 && n.isInteger && (2...6).contains(n.value)
          && (Self.treatmentPlurals.contains(sentence.key(n.end)) || Self.groupNouns.contains(sentence.key(n.end)))
      }),
      total % Int(groups.value) == 0,
      !sentence.mentions.contains(where: { $0.label == .cohort && $0.firstToken > k })
    else { return }
    sentence.mentions[whole].scope = .total
    sentence.add(.cohort, .cohort(size: total / Int(groups.value)), tokens: groups.first, groups.end + 1)
    sentence.setLastScope(.each)
  }
  private static let numbersWord = TokenKey.of("numbers")

  /// "270 adults were randomised into three equal groups", "The 180 volunteers were split
  /// evenly between the two medicines": each arm's size is the total
  /// shared out, when it divides evenly and the sentence sizes no arm otherwise. The total
  /// may be the one the sentence before states ("The team recruited 270 adults. … they
  /// were split into three equal groups.").
  private func addEqualGroups(_ sentence: inout Sentence) {
    guard !sentence.mentions.contains(where: { $0.label == .cohort && $0.scope != .total }) else { return }
    for number in sentence.numbers where number.isInteger && number.value >= 2 && number.value <= 6 {
      // "equal groups", "equal-sized groups", "equally sized groups"
      var i = number.end
      // "split evenly between the two medicines": the arms by what they were given.
      var opener = number.first - 1
      if sentence.key(opener) == Keys.the { opener -= 1 }
      let evenly = Self.sharingPrepositions.contains(sentence.key(opener)) && Self.evenWords.contains(sentence.key(opener - 1))
        && Self.treatmentPlurals.contains(sentence.key(i))
      switch sentence.key(i) {
      case _ where evenly:
        break
      case Self.equal:
        i += sentence.key(i + 1) == Keys.hyphen && sentence.key(i + 2) == Self.sized ? 3 : 1
      case Self.equally where sentence.key(i + 1) == Self.sized:
        i += 2
      default:
        continue
      }
      guard evenly || Self.groupNouns.contains(sentence.key(i)) else { continue }
      let stated = sentence.mentions.filter { m in m.label == .cohort && m.scope == .total && m.endToken <= number.first }
      // The total is the only number before the groups ("Sixty eyes of 30 patients",
      // "120 enrolled and 100 randomised into two equal groups" share out no stated total);
      // the sentence before's only where this one has no other number and no words of a
      // part ("the remainder", "those who completed run-in").
      // ("The volunteers, who had an average age of 64 and an average BMI of 31, were split
      // into two equal groups": what the people are like is no count of them.)
      // ("After a four-week run-in, …": a length counts no one.)
      let others = sentence.numbers.filter { n in
        n.first != number.first && !stated.contains { $0.firstToken <= n.first && n.first < $0.endToken }
          && !(max(sentence.range.lowerBound, n.first - 3)..<n.first).contains { Self.traitWords.contains(sentence.key($0)) }
          && !sentence.isCovered(n.first, by: .duration)
          && !Self.timeUnits.contains(sentence.key(sentence.key(n.end) == Keys.hyphen ? n.end + 1 : n.end))
      }
      let totals: [Int]
      if !stated.isEmpty {
        guard !others.contains(where: { $0.first < number.first }) else { return }
        totals = stated.compactMap { if case .cohort(let size) = $0.value { size } else { nil } }
      } else {
        guard others.isEmpty, !sentence.mentions.contains(where: { $0.label == .cohort }),
          // ("The volunteers, who had …": a clause after a comma says what all were like.)
          !sentence.range.contains(where: { Self.partWords.contains(sentence.key($0)) && !(sentence.key($0) == Self.who && sentence.key($0 - 1) == Keys.comma) })
        else { return }
        totals = sentence.precedingTotals
      }
      guard totals.count == 1, let total = totals.first, total % Int(number.value) == 0 else { return }
      sentence.add(.cohort, .cohort(size: total / Int(number.value)), tokens: number.first, i + 1)
      sentence.setLastScope(.each)
      // Kept in text order among the counts read before it.
      if let later = sentence.mentions.indices.dropLast().first(where: {
        sentence.mentions[$0].label == .cohort && sentence.mentions[$0].firstToken > number.first
      }) {
        sentence.mentions.insert(sentence.mentions.removeLast(), at: later)
      }
      return
    }
  }

  /// Words by which a sentence shares out only some of the people counted before.
  private static let partWords: Set<UInt64> = Set(
    ["remaining", "remainder", "rest", "who", "those", "completed", "excluded", "eligible", "others"].map { TokenKey.of($0) })
  private static let equal = TokenKey.of("equal")
  private static let equally = TokenKey.of("equally")
  private static let evenWords: Set<UInt64> = Set(["evenly", "equally"].map { TokenKey.of($0) })
  private static let sharingPrepositions: Set<UInt64> = Set(["between", "among", "across"].map { TokenKey.of($0) })
  /// What people split evenly between are the arms when they are treatments ("the two
  /// medicines"), not sites, sexes, age bands or a crossover's sequences.
  private static let treatmentPlurals: Set<UInt64> = Set(
    ["groups", "arms", "medicines", "drugs", "treatments", "medications", "regimens", "therapies", "options", "strategies", "interventions"]
      .map { TokenKey.of($0) })
  private static let sized = TokenKey.of("sized")

  /// Whether the people counted are those who left or had an outcome, not an arm: a
  /// response block word ("discontinuing", "withdrew", "failed") right after them, an
  /// outcome verb with an event or a response ("had serious AEs"), or a
  /// "who" clause of anything but joining the trial ("who exhibited …"), after "in the …
  /// group(s)" and "respectively" there. "12 patients who received A" stay an arm.
  private func leavesOrIsDescribed(_ sentence: Sentence, after nounEnd: Int, lexicons: Lexicons) -> Bool {
    var i = nounEnd
    // "Ninety adult women": the noun may run on.
    while let noun = lexicons.participants.longestMatch(in: sentence.tokens, at: i, stopAt: sentence.range.upperBound) { i = noun.end }
    var namedArm = false
    func skipArm() {
      if Self.armPrepositions.contains(sentence.key(i)),
        let noun = (i + 1..<min(i + 10, sentence.range.upperBound)).first(where: {
          sentence.key($0) == Keys.group || sentence.key($0) == Keys.arm || Keys.pluralArms.contains(sentence.key($0))
        })
      {
        i = noun + 1
        namedArm = true
      } else if Self.drugPrepositions.contains(sentence.key(i)),
        let drug = sentence.mentions.first(where: { m in
          (m.label == .drug && m.firstToken == i + 1) || (ResponseRecognizer.namesArm(m) && sentence.key(i + 1) == Keys.the && m.firstToken == i + 2)
        })
      {
        // "Seven women on metformin and four on myo-inositol were lost to follow-up", "Just
        // 5 people taking the dummy tablets noticed tingling".
        i = drug.endToken
        if let dose = sentence.mentions.first(where: { $0.label == .dose && $0.firstToken == i }) { i = dose.endToken }
        if let form = sentence.mentions.first(where: { $0.label == .form && $0.firstToken == i }) { i = form.endToken }
        namedArm = true
      } else if Keys.assignmentVerbs.contains(sentence.key(i)), sentence.key(i + 1) == Keys.to,
        let arm = sentence.mentions.first(where: { ($0.label == .drug || $0.label == .context) && (i + 2...i + 3).contains($0.firstToken) })
      {
        // "Three patients randomized to placebo did not receive study drug".
        i = arm.endToken
        if sentence.key(i) == Keys.group || sentence.key(i) == Keys.arm { i += 1 }
        namedArm = true
      }
    }
    skipArm()
    // "Four patients in the GV arm and two in the GP arm withdrew", "Eleven in the A arm,
    // eight in the B arm and three in the C arm stopped …": the verb after the list.
    // ("… in the A group vs. 52 in the B group had …": a comparison lists them too.)
    func nextItem(after joint: Int) -> Int {
      if ResponseRecognizer.versus.contains(sentence.key(joint)) { return sentence.key(joint + 1) == Keys.period ? joint + 2 : joint + 1 }
      return sentence.key(joint + 1) == Keys.and ? joint + 2 : joint + 1
    }
    while sentence.key(i) == Keys.and || (namedArm && (sentence.key(i) == Keys.comma || ResponseRecognizer.versus.contains(sentence.key(i)))),
      let next = sentence.number(startingAt: nextItem(after: i)), next.isInteger
    {
      // After a comma, only an item that names its arm continues the list ("Of 40
      // patients given A, 28 were cured": the clause after the comma is its own).
      let joint = i
      let comma = sentence.key(i) == Keys.comma && sentence.key(i + 1) != Keys.and
      i = next.end
      // "… and 27 patch users", "… and 27 controls": the second item's people, a word or
      // two before its noun, or a noun of its own.
      if let noun = (i..<min(i + 3, sentence.range.upperBound)).lazy.prefix(while: { sentence.isWord($0) }).compactMap({
        lexicons.participants.longestMatch(in: sentence.tokens, at: $0, stopAt: sentence.range.upperBound)
      }).first {
        i = noun.end
      } else if sentence.isWord(i), !Self.armPrepositions.contains(sentence.key(i)), !Self.drugPrepositions.contains(sentence.key(i)) {
        i += 1
      }
      while let noun = lexicons.participants.longestMatch(in: sentence.tokens, at: i, stopAt: sentence.range.upperBound) { i = noun.end }
      let itemEnd = i
      skipArm()
      if comma, i == itemEnd {
        i = joint
        break
      }
    }
    if sentence.key(i) == Keys.comma, sentence.key(i + 1) == ResponseRecognizer.respectively { i += 1 }
    // Counts listed for arms in order ("3, 5 and 9 patients, respectively, …").
    var listed = false
    if sentence.key(i) == ResponseRecognizer.respectively {
      i += 1
      listed = true
      if sentence.key(i) == Keys.comma { i += 1 }
    }
    // "330 patients who have a diagnosis of …" describes whom the study took; only people
    // counted within arms are a subgroup with an outcome.
    if sentence.key(i) == Self.who, i > nounEnd {
      if sentence.key(i + 1) == Keys.were || sentence.key(i + 1) == Keys.was { return false }
      return !Keys.enrolledVerbs.contains(sentence.key(i + 1)) && !Self.joiningVerbs.contains(sentence.key(i + 1))
    }
    // The sentence may end right after the people.
    guard i < sentence.range.upperBound else { return false }
    // "In 34 patients in the treatment group and 19 in the control group improvement was
    // ≥1", "12 patients in the A group responded": people of an arm with an outcome ("120
    // patients met the criteria" are whom the study took).
    if namedArm, !Self.joiningVerbs.contains(sentence.key(i)),
      lexicons.responseCues.longestMatch(in: sentence.tokens, at: i, stopAt: sentence.range.upperBound) != nil
    {
      return true
    }
    // "4 patients in the intervention arm did not remember …", "could not be reached",
    // "were not available for follow-up", "9 people did not go to any": people described
    // by what they did not do or were not, never a group's size.
    if Self.auxiliaries.contains(sentence.key(i)) || sentence.key(i) == Keys.were || sentence.key(i) == Keys.was,
      sentence.key(i + 1) == Self.not
    {
      return true
    }
    // "12 patients got better", "3 got pregnant": what became of them.
    if sentence.key(i) == Self.got, Self.becoming.contains(sentence.key(i + 1)) { return true }
    // "8 people using A got a rash": an event that befell them.
    if sentence.key(i) == Self.got, ResponseRecognizer.eventEnd(sentence, after: i, lexicons: lexicons) != nil { return true }
    // "47 people could say the same", "12 patients might benefit": people described by
    // what they could or would do.
    if Self.modals.contains(sentence.key(i)), sentence.isWord(i + 1), sentence.key(i + 1) != Self.be { return true }
    // "3, 5 and 9 patients, respectively, had undergone reoperation", "4 patients in the A
    // group had developed a rash": a verb of an outcome after "had" tells what happened
    // to the people of an arm ("Sixty patients had undergone surgery" are whom the study
    // took).
    if namedArm || listed, Self.perfectAuxiliaries.contains(sentence.key(i)),
      lexicons.outcomeVerbs.longestMatch(in: sentence.tokens, at: i + 1, stopAt: sentence.range.upperBound) != nil
    {
      return true
    }
    // "Two children in the A group reported transient sensitivity", "12 patients on
    // metformin had diabetes", "… required hospitalisation": people of an arm with
    // something that befell them, that they were or that they needed.
    if namedArm, Self.tellsWhatBefell(sentence, at: i) { return true }
    // "Seven patients reported transient burning", "Four women developed a rash": a verb
    // of what befell people right after them tells of an event, never a group's size.
    if ResponseRecognizer.befallingVerbs.contains(sentence.key(i)) { return true }
    // "7 patients in the A group died", "Seven patients relapsed": people counted by an
    // event of their own (`event` in `rules/study/outcome-verbs.rules`), no group's size.
    if lexicons.outcomeVerbs.longestMatch(in: sentence.tokens, at: i, stopAt: sentence.range.upperBound)?.value == true
      || (Self.perfectAuxiliaries.contains(sentence.key(i))
        && lexicons.outcomeVerbs.longestMatch(in: sentence.tokens, at: i + 1, stopAt: sentence.range.upperBound)?.value == true)
    {
      return true
    }
    // "Two patients in the A arm received prior chemotherapy", "Five patients in the
    // levofloxacin group received one intravenous dose": people of an arm with a history
    // or something more given to them, not the arm ("Forty patients in the A group
    // received the full infusion" may be the arm).
    if namedArm, sentence.key(i) == Keys.received, Self.beyondTreatment.contains(sentence.key(i + 1)) { return true }
    // "had serious AEs", "developed a rash": people with an event or an outcome.
    if lexicons.outcomeVerbs.longestMatch(in: sentence.tokens, at: i, stopAt: sentence.range.upperBound) != nil,
      (i + 1..<min(i + 5, sentence.range.upperBound)).contains(where: {
        lexicons.responseEvents.contains(sentence.tokens, at: $0) || lexicons.responseCues.contains(sentence.tokens, at: $0)
      })
    {
      return true
    }
    // "… were adherent", and "… were lost to follow-up" after its auxiliary.
    if lexicons.responseBlocks.longestMatch(in: sentence.tokens, at: i, stopAt: sentence.range.upperBound) != nil { return true }
    // "… were subsequently excluded": an adverb may stand between.
    let next = sentence.isWord(i + 1) && sentence.bytes[sentence.tokens[i + 1].range].suffix(2).elementsEqual("ly".utf8) ? i + 2 : i + 1
    return (sentence.key(i) == Keys.were || sentence.key(i) == Keys.was)
      && lexicons.responseBlocks.longestMatch(in: sentence.tokens, at: next, stopAt: sentence.range.upperBound) != nil
  }

  /// Whether `number`, or the list of counts it ends or belongs to, opens a bracket right
  /// after a percentage in the same clause.
  private func restatesShares(_ sentence: Sentence, _ number: NumberSpan) -> Bool {
    var head = number.first
    // Lists of arms are short; a cap keeps long runs of numbers linear.
    var steps = 0
    while steps < Self.longestList, sentence.key(head - 1) == Keys.comma || sentence.key(head - 1) == Keys.and {
      steps += 1
      var joiner = head - 1
      if sentence.key(joiner) == Keys.and, sentence.key(joiner - 1) == Keys.comma { joiner -= 1 }
      guard let previous = sentence.number(endingAt: joiner), previous.isInteger else { break }
      head = previous.first
    }
    guard sentence.key(head - 1) == Keys.openParen else { return false }
    let before = max(sentence.range.lowerBound, head - 16)..<(head - 1)
    // "With a power of 80%, patients were randomized to A (40 patients)": a verb of
    // allocation between them makes the bracket an arm's size.
    // (A strength is no share: "amlexanox 5% oral paste (64 patients)".)
    guard let share = sentence.numbers.last(where: { $0.isPercent && before.contains($0.first) && !sentence.isCovered($0.first, by: .dose) })
    else { return false }
    return !(share.end..<(head - 1)).contains { Keys.enrolledVerbs.contains(sentence.key($0)) }
  }

  /// The most counts read as one list ("40, 41, 39 and 38 patients").
  static let longestList = 8
  private static let who = TokenKey.of("who")
  private static let not = TokenKey.of("not")
  private static let perfectAuxiliaries: Set<UInt64> = Set(["had", "have", "has"].map { TokenKey.of($0) })
  private static let auxiliaries: Set<UInt64> = Set(["did", "could", "would"].map { TokenKey.of($0) })
  private static let modals: Set<UInt64> = Set(["could", "would", "might"].map { TokenKey.of($0) })
  private static let cellBar = TokenKey.of("|")
  private static let armPrepositions: Set<UInt64> = Set(["in", "of", "among"].map { TokenKey.of($0) })
  private static let drugPrepositions: Set<UInt64> = Set(["on", "receiving", "taking", "given", "using"].map { TokenKey.of($0) })
  private static let joiningVerbs: Set<UInt64> = Set(
    ["received", "completed", "underwent", "took", "met", "fulfilled", "consented", "agreed", "gave", "participated", "had", "have", "has"].map { TokenKey.of($0) })

  /// "in the exercise group (4.1%)", "taking Champix (29.3%)": the people counted are
  /// named as part of an arm, and a percentage follows the arm's name.
  private func isShareOfArm(_ sentence: Sentence, after nounEnd: Int) -> Bool {
    guard sentence.key(nounEnd) == Keys.in || sentence.key(nounEnd) == Keys.of || Self.takingWords.contains(sentence.key(nounEnd)) else { return false }
    var i = nounEnd + 1
    while i < min(nounEnd + 8, sentence.range.upperBound), sentence.isWord(i) || (sentence.tokens[i].kind == .dash && !sentence.tokens[i].spaceBefore) {
      i += 1
    }
    guard i > nounEnd + 1, sentence.key(i) == Keys.openParen, let share = sentence.number(startingAt: i + 1), share.isPercent else { return false }
    return sentence.key(share.end) == Keys.closeParen
  }

  /// "drug A 4 mg (n = 281)", "intervention dyads (n = 69)": an arm, a dose or a group
  /// just before "n =".
  private func armBefore(_ sentence: Sentence, _ index: Int) -> Bool {
    let window = max(sentence.range.lowerBound, index - 5)..<index
    if window.contains(where: { sentence.key($0) == Keys.group || sentence.key($0) == Keys.arm }) { return true }
    // "intervention dyads (n = 69)", not "a randomized control trial (N = 160)".
    if (max(window.lowerBound, index - 3)..<index).contains(where: { Self.armWords.contains(sentence.key($0)) }) { return true }
    return sentence.mentions.contains { m in
      (m.label == .drug || m.label == .dose || m.label == .frequency || m.label == .context) && window.contains(m.endToken - 1)
    }
  }

  /// "exercise (n = 98) or usual care (n = 97)": one of several counts in a sentence is
  /// the size of a group, not of the study; unless it is the sum of two or more others
  /// ("Patients (N = 137) ... assigned to HT (n = 70) or T-DM1 (n = 67)"). Two counts
  /// alone are two groups, however close they are.
  private func groupSize(_ sentence: Sentence, _ value: Double) -> Bool {
    let counts = sentence.range.dropLast().filter { sentence.key($0) == Keys.n && sentence.key($0 + 1) == Keys.equals }
      .compactMap { sentence.number(startingAt: $0 + 2)?.value }
    guard counts.count > 1 else { return false }
    if counts.count == 2 { return true }
    let others = counts.reduce(0, +) - value
    return abs(others - value) > max(2, value * 0.05)
  }

  /// Words of a breakdown of something counted into its kinds.
  private static let breakdownWords: Set<UInt64> = Set(
    ["reason", "reasons", "cause", "causes", "frequent", "common", "commonest", "including", "included", "comprising"].map { TokenKey.of($0) })

  /// Whether the sentence names an arm (a drug, a dose, an arm's name, a control, a group)
  /// or has a verb that assigns people to arms.
  private func namesOrAssignsArms(_ sentence: Sentence, lexicons: Lexicons) -> Bool {
    sentence.mentions.contains { Self.armNamers.contains($0.label) }
      || sentence.range.contains { i in
        let key = sentence.key(i)
        return key == Keys.group || key == Keys.arm || Keys.assignmentVerbs.contains(key) || Self.armWords.contains(key)
      }
      || sentence.hasTerm(lexicons.controlArms, in: sentence.range) != nil
  }

  /// "655 control women", "580 intervention participants": the words before the noun
  /// name a group.
  private func namesGroup(_ sentence: Sentence, _ words: Range<Int>, lexicons: Lexicons) -> Bool {
    words.contains { Self.groupWords.contains(sentence.key($0)) } || sentence.hasTerm(lexicons.controlArms, in: words) != nil
  }

  private static let armWords: Set<UInt64> = Set(["intervention", "experimental"].map { TokenKey.of($0) })
  private static let groupWords: Set<UInt64> = Set(["intervention", "control", "experimental", "treatment", "treated"].map { TokenKey.of($0) })

  /// "melatonin (26 women) or placebo (21 women)": a count in brackets just after an
  /// arm's name is that arm's size.
  private func inArmAside(_ sentence: Sentence, _ first: Int, lexicons: Lexicons) -> Bool {
    let open = sentence.key(first - 1)
    guard open == Keys.openParen || open == Keys.openBracket else { return false }
    let window = max(sentence.range.lowerBound, first - 5)..<(first - 1)
    if window.contains(where: { sentence.key($0) == Keys.group || sentence.key($0) == Keys.arm }) { return true }
    return sentence.mentions.contains { m in
      Self.armNamers.contains(m.label) && window.contains(m.endToken - 1)
    } || sentence.hasTerm(lexicons.controlArms, in: window) != nil
  }

  /// Whether the "n =" at `first` is in a bracket right after a count of people brought in
  /// by "in" or "among" after an event ("… occurred in 12 patients (A, n = 4; B, n = 8)"),
  /// whose "n =" values add up to that count, in a sentence that assigns no one. ("The
  /// trial was run in 366 patients (A, n = 121; B, n = 245)" gives the arms' sizes.)
  private func splitsCountOfPeopleIn(_ sentence: Sentence, _ first: Int, lexicons: Lexicons) -> Bool {
    let lower = sentence.range.lowerBound
    guard let open = (max(lower, first - 30)..<first).last(where: { sentence.key($0) == Keys.openParen }),
      !(open..<first).contains(where: { sentence.key($0) == Keys.closeParen }),
      let close = (first..<min(first + 40, sentence.range.upperBound)).first(where: { sentence.key($0) == Keys.closeParen }),
      !(lower..<open).contains(where: { Keys.enrolledVerbs.contains(sentence.key($0)) })
    else { return false }
    let parts = (open..<close).filter { sentence.key($0) == Keys.n && sentence.key($0 + 1) == Keys.equals }
      .compactMap { sentence.number(startingAt: $0 + 2) }
    guard parts.count >= 2, parts.allSatisfy(\.isInteger) else { return false }
    let sum = parts.reduce(0) { $0 + $1.value }
    // The count: "in 12 patients", "among nine patients receiving A", a few words before.
    return sentence.numbers.contains { count in
      count.end <= open && count.end + 6 >= open && count.value == sum
        && (sentence.key(count.first - 1) == Keys.in || sentence.key(count.first - 1) == Self.among)
        && lexicons.participants.longestMatch(in: sentence.tokens, at: count.end, stopAt: open) != nil
        && (Self.followsEvent(sentence, at: count.first - 1, lexicons: lexicons)
          // The event a few words before ("Hyponatraemia occurred in"), not a topic the
          // sentence opened with ("Headache prevention with A was compared … in 200").
          || sentence.hasTerm(lexicons.responseEvents, in: max(lower, count.first - 6)..<count.first) != nil)
    }
  }

  /// Whether the "n =" at `first` is in a bracket after "of the patients with …", "among
  /// patients whose …" or "of those who …": the people of a subgroup, whatever arms the
  /// bracket names.
  private func isSubgroupAside(_ sentence: Sentence, _ first: Int, lexicons: Lexicons) -> Bool {
    guard let open = (max(sentence.range.lowerBound, first - 16)..<first).last(where: { sentence.key($0) == Keys.openParen }),
      !(open..<first).contains(where: { sentence.key($0) == Keys.closeParen })
    else { return false }
    // "a study among women with breast cancer (n = 105)": one size is the whole study's;
    // a subgroup's bracket gives one per arm.
    let close = (first..<min(first + 40, sentence.range.upperBound)).first { sentence.key($0) == Keys.closeParen } ?? sentence.range.upperBound
    guard (open..<close).filter({ sentence.key($0) == Keys.n && sentence.key($0 + 1) == Keys.equals }).count >= 2 else { return false }
    // "Of those with a response (A n = 48; B n = 45), 27 and 9 relapsed": the subgroup's
    // sizes are the totals of the counts after them, so they stay.
    // ("… after a median of 4 weeks (range 1-10)" counts no one.)
    if let close = (first..<sentence.range.upperBound).first(where: { sentence.key($0) == Keys.closeParen }),
      sentence.numbers.contains(where: { n in
        n.first > close && n.isInteger && !n.isPercent && !sentence.isCovered(n.first, by: .duration)
          && (sentence.key(n.end) == Keys.and || sentence.key(n.end) == Keys.comma) && sentence.number(startingAt: n.end + 1) != nil
      })
    {
      return false
    }
    // "Among patients with psoriasis who were randomized (A n = 150; …)" is everyone.
    if (max(sentence.range.lowerBound, open - 12)..<open).contains(where: { Keys.enrolledVerbs.contains(sentence.key($0)) }) { return false }
    return (max(sentence.range.lowerBound, open - 12)..<open).contains { i in
      guard sentence.key(i) == Keys.of || sentence.key(i) == Self.among else { return false }
      var j = i + 1
      if sentence.key(j) == Keys.the || sentence.key(j) == Keys.those { j += 1 }
      let end = lexicons.participants.longestMatch(in: sentence.tokens, at: j, stopAt: open)?.end ?? (sentence.key(j - 1) == Keys.those ? j : nil)
      return end.map { Self.subgroupMarkers.contains(sentence.key($0)) } ?? false
    }
  }

  private static let among = TokenKey.of("among")
  private static let subgroupMarkers: Set<UInt64> = Set(["with", "who", "whose", "achieving", "having"].map { TokenKey.of($0) })

  private static let armNamers: Set<Mention.Label> = [.drug, .dose, .frequency, .route, .form, .context]

  /// Whether `number` stands in a bracket right after a word of leaving or exclusion
  /// ("12 withdrew (7 ivermectin, 5 permethrin)").
  private func splitsLeavers(_ sentence: Sentence, _ number: NumberSpan, lexicons: Lexicons) -> Bool {
    guard let open = (max(sentence.range.lowerBound, number.first - 6)..<number.first).last(where: { sentence.key($0) == Keys.openParen }),
      !(open..<number.first).contains(where: { sentence.key($0) == Keys.closeParen }), open > sentence.range.lowerBound
    else { return false }
    // "Nine patients were excluded from the mITT population (4 A, 5 B)": the leaving word
    // may stand a few words before the bracket, within its clause.
    var i = open - 1
    while i >= max(sentence.range.lowerBound, open - 8), !Self.clauseBreaks.contains(sentence.key(i)) {
      if lexicons.responseBlocks.longestMatch(in: sentence.tokens, at: i, stopAt: open) != nil { return true }
      i -= 1
    }
    return false
  }

  /// "271 and 278 patients received drug A and drug B, respectively", "191 + 191
  /// patients": a count joined to another count that "respectively" assigns to groups.
  private func isRespectively(_ sentence: Sentence, _ number: NumberSpan) -> Bool {
    guard sentence.range.contains(where: { sentence.key($0) == Self.respectively }) else { return false }
    // "Of the 312, 155 and 157 were …": the count after "of" is the whole.
    if sentence.isWholeAfterOf(number.first) { return false }
    let joined = Self.joiners.contains(sentence.key(number.first - 1)) && sentence.number(endingAt: number.first - 1) != nil
    return joined || (Self.joiners.contains(sentence.key(number.end)) && sentence.number(startingAt: number.end + 1) != nil)
  }

  /// "305, 303 and 304": a comma joins counts of a list as "and" does.
  private static let joiners: Set<UInt64> = Set(["and", "or", "+", ","].map { TokenKey.of($0) })
  private static let respectively = TokenKey.of("respectively")

  /// "281 to drug A", "60 patients received drug A", "40 in the placebo group".
  private func armAfter(_ sentence: Sentence, _ index: Int) -> Bool {
    var i = index
    if sentence.key(i) == Keys.were || sentence.key(i) == Keys.was { i += 1 }
    // "118 people ended up in the low-dose group": where the allocation put them.
    if sentence.key(i) == Self.ended, sentence.key(i + 1) == Self.up { i += 2 }
    // "1920 were randomly assigned to receive drug A and 1944 to placebo"; without a
    // second count ("82 were randomly assigned to drug A or placebo") it is the study's.
    if Self.adverbs.contains(sentence.key(i)) {
      guard countsForOneArm(sentence, after: index) || assignsOneArm(sentence, to: i + 2) else { return false }
      i += 1
    }
    // "162 were picked at random to receive A": news words for an assignment.
    if Self.pickingVerbs.contains(sentence.key(i)), sentence.key(i + 1) == Self.at, sentence.key(i + 2) == Self.random {
      return assignsOneArm(sentence, to: i + 3)
    }
    // "109 were allocated prednisolone and 107 etoricoxib": the arm right after the verb,
    // where a later count of the list is another arm's.
    if Self.allocatingVerbs.contains(sentence.key(i)),
      sentence.mentions.contains(where: { ($0.label == .drug || ResponseRecognizer.namesArm($0)) && $0.firstToken == i + 1 }),
      sentence.numbers.contains(where: { n in n.first > i && n.isInteger && isElliptical(sentence, n) })
    {
      return true
    }
    // "98 people had a 2 mg exenatide injection once a week": a dose of a drug had is the
    // arm's treatment ("had a rash" is an outcome, "had a drug-related event" names none).
    if sentence.key(i) == Self.had {
      let start = Keys.indefiniteArticles.contains(sentence.key(i + 1)) ? i + 2 : i + 1
      return sentence.mentions.contains { $0.label == .dose && $0.firstToken == start }
        && sentence.mentions.contains { $0.label == .drug && (start..<start + 4).contains($0.firstToken) }
    }
    // "173 got drug A and 176 got drug B": "got" gives only in a list of such counts
    // ("12 got better", "3 got pregnant on drug A" are outcomes).
    // ("71 got Xiaflex injections and 69 had needle fasciotomy": the other arm's verb may
    // differ where the drug follows "got" right away.)
    let gotDrug = sentence.mentions.contains { m in (m.label == .drug || ResponseRecognizer.namesArm(m)) && m.firstToken == i + 1 }
    let gotList = sentence.key(i) == Self.got
      && sentence.numbers.filter { n in
        n.isInteger && (sentence.key(n.end) == Self.got || (gotDrug && Self.listedArmVerbs.contains(sentence.key(n.end))))
      }.count >= 2
    // "The other 164 were prescribed B": the rest of the study, after an arm's count.
    let restGiven = Self.passiveGiving.contains(sentence.key(i)) && restOfTheStudy(sentence, before: index)
    guard Self.pointing.contains(sentence.key(i)) || gotList || restGiven || (Keys.enrolledVerbs.contains(sentence.key(i)) && sentence.key(i + 1) == Keys.to) else {
      return false
    }
    // "78 patients took part": whom the study took, not what an arm was given.
    if sentence.key(i + 1) == Self.part { return false }
    // "44 women were randomized to the CBSM; 47 to the comparison group", "40 were
    // allocated to drug A; the remaining 38 received placebo"; without a second count
    // ("250 were randomized to the A group or the B group") the study's.
    if Keys.enrolledVerbs.contains(sentence.key(i)) {
      return countsForOneArm(sentence, after: i) || hasLaterCount(sentence, after: i) || opensOnOneArm(sentence, index, verb: i)
        || (Keys.assignmentVerbs.contains(sentence.key(i)) && assignsOneArm(sentence, to: i + 1))
    }
    // "54 patients were randomized to drug A (n = 28) or placebo (n = 26)": the arms
    // have their own counts, so this one is the study's.
    let split = (i + 1)..<sentence.range.upperBound
    if split.contains(where: { sentence.key($0) == Keys.openParen && sentence.key($0 + 1) == Keys.n && sentence.key($0 + 2) == Keys.equals }) {
      return false
    }
    // "We randomized 278 smokers to varenicline, bupropion, nicotine or placebo": one
    // count for several arms, with none of their own, is the study's.
    // ("The 1,998 participants received dupilumab 300 mg or placebo": likewise after a
    // verb of giving, with arms offered as alternatives.)
    if sentence.key(i) == Keys.to || (Self.givingVerbs.contains(sentence.key(i)) && (i + 1..<sentence.range.upperBound).contains { sentence.key($0) == Keys.or }),
      armsNamed(sentence, after: i) > 1,
      !sentence.numbers.contains(where: { n in
        n.first > i && n.isInteger && !sentence.isCovered(n.first, by: .dose) && !sentence.isCovered(n.first, by: .duration)
      })
    {
      return false
    }
    // "75 breast cancer patients receiving paclitaxel": a participle that describes
    // everyone in the study, unless another count follows for another arm.
    if sentence.key(i) == Self.receiving, index > 0, sentence.key(i - 1) != Keys.were,
      !sentence.numbers.contains(where: { n in
        n.first > i && !n.isPercent && !sentence.isCovered(n.first, by: .dose) && !sentence.isCovered(n.first, by: .duration)
      })
    {
      return false
    }
    // "received a 15-minute intravenous infusion of zoledronic acid": the drug given may
    // come a few words after the verb of giving.
    // (The sentence is scanned for a list of "were given" only after such a verb.)
    let reach = Self.givingVerbs.contains(sentence.key(i)) || restGiven || (Self.passiveGiving.contains(sentence.key(i)) && listsPassiveGiving(sentence))
      || singleDoseAfter(sentence, to: i)
      ? 9 : sentence.key(i) == Keys.in ? 7 : 5
    let window = (i + 1)..<(i + reach)
    if window.contains(where: { sentence.key($0) == Keys.group || sentence.key($0) == Keys.arm }) { return true }
    return sentence.mentions.contains { m in (m.label == .drug || m.label == .dose || m.label == .context) && window.contains(m.firstToken) }
  }

  /// How many arms (drugs, controls, named groups) the sentence names after token `index`.
  private func armsNamed(_ sentence: Sentence, after index: Int) -> Int {
    Set(sentence.mentions.filter { m in m.firstToken > index && (m.label == .drug || ResponseRecognizer.namesArm(m)) }.map(\.normalizedText))
      .count
  }

  /// "205 patients were randomized to drug A and 97 to drug B": a later count goes "to"
  /// another arm, so this one is an arm's too.
  private func countsForOneArm(_ sentence: Sentence, after index: Int) -> Bool {
    var i = index
    if sentence.key(i) == Keys.were || sentence.key(i) == Keys.was { i += 1 }
    if Self.adverbs.contains(sentence.key(i)) { i += 1 }
    guard Keys.enrolledVerbs.contains(sentence.key(i)), sentence.key(i + 1) == Keys.to else { return false }
    return sentence.numbers.contains { n in
      n.first > i + 1 && sentence.key(n.end) == Keys.to && sentence.number(startingAt: n.end + 1) == nil
    }
  }

  /// The end of "vaccine recipients" or "patients" after a count: up to two words, then a
  /// participant noun.
  private func participantOrArmEnd(_ sentence: Sentence, from index: Int, lexicons: Lexicons) -> Int {
    // Up to two words before the noun, a hyphenated one counted once ("61
    // rifaximin-treated patients").
    var starts = [index]
    var words = 0
    while words < 2, let last = starts.last, sentence.isWord(last) {
      var next = last + 1
      while sentence.key(next) == Keys.hyphen, !sentence.tokens[next].spaceBefore, sentence.isWord(next + 1) { next += 2 }
      starts.append(next)
      words += 1
    }
    for start in starts {
      if let noun = lexicons.participants.longestMatch(in: sentence.tokens, at: start, stopAt: sentence.range.upperBound) {
        // "9 women in the misoprostol group and 5 women in the oxytocin group", "12
        // patients of group I and in 5 patients of group II", "21 people on the drug and 9
        // people on placebo"
        guard sentence.key(noun.end) == Keys.in || sentence.key(noun.end) == Keys.of || Self.takingWords.contains(sentence.key(noun.end))
        else { return noun.end }
        let group = (noun.end + 1..<min(noun.end + 6, sentence.range.upperBound)).first {
          sentence.key($0) == Keys.group || sentence.key($0) == Keys.arm
        }
        guard let group else {
          // "11 people in the classes and 8 app users": a few words name the arm, up to the
          // next count of the list.
          let next = (noun.end + 1..<min(noun.end + 6, sentence.range.upperBound)).first {
            !sentence.isWord($0) || sentence.key($0) == Keys.and
          }
          if let next, sentence.key(next) == Keys.and || sentence.key(next) == Keys.comma, sentence.number(startingAt: next + 1) != nil {
            return next
          }
          return noun.end
        }
        // "group I", "group 2": the name follows the noun.
        return ContextRecognizer.groupLabel(sentence, after: group, lexicons: lexicons) ?? group + 1
      }
    }
    // "… and 5 in the 120 µg group": the arm without a noun for its people.
    if sentence.key(index) == Keys.in || sentence.key(index) == Keys.of,
      let group = (index + 1..<min(index + 7, sentence.range.upperBound)).first(where: {
        sentence.key($0) == Keys.group || sentence.key($0) == Keys.arm
      })
    {
      return ContextRecognizer.groupLabel(sentence, after: group, lexicons: lexicons) ?? group + 1
    }
    // "reported by eight ondansetron, five metoclopramide and four placebo patients": an
    // item of a list, up to three words.
    var end = index
    while end < index + 3, sentence.isWord(end), sentence.key(end) != Keys.and { end += 1 }
    return end
  }

  /// "104 received ondansetron 4 mg, 105 metoclopramide 10 mg, and 103 placebo": a count
  /// right before a drug or a control, in a list after an assigning verb, is that arm's.
  /// ("… and two placebo tablets by mouth": tablets counted, no people.)
  /// ("… and 192 the placebo", "… and 103 an identical-looking placebo": an article and
  /// a few words may come between.)
  private func isElliptical(_ sentence: Sentence, _ number: NumberSpan, passive: Bool? = nil) -> Bool {
    guard sentence.key(number.first - 1) == Keys.comma || sentence.key(number.first - 1) == Keys.and else { return false }
    var start = number.end
    // "… and 305 in the rivaroxaban group", "… and 116 on placebo"
    if [Keys.in, Self.on].contains(sentence.key(start)),
      sentence.key(start + 1) == Keys.the || sentence.key(start) == Self.on,
      (sentence.range.lowerBound..<number.first).contains(where: { sentence.key($0) == Self.ended })
    {
      let window = (start + 1)..<min(start + 7, sentence.range.upperBound)
      if window.contains(where: { sentence.key($0) == Keys.group || sentence.key($0) == Keys.arm })
        || sentence.mentions.contains(where: { ($0.label == .drug || $0.value == .context("control")) && window.contains($0.firstToken) })
      {
        return true
      }
    }
    // ("… and 12 an additional dose of paracetamol", "… and 206 the ibuprofen plus codeine
    // combination": after an article, only a control, a word or two on.)
    var afterArticle = false
    if Keys.articles.contains(sentence.key(start)) {
      afterArticle = true
      start += 1
      while start < min(number.end + 5, sentence.range.upperBound), sentence.isWord(start) || sentence.key(start) == Keys.hyphen,
        !Keys.articles.contains(sentence.key(start)), !sentence.mentions.contains(where: { $0.firstToken == start })
      {
        start += 1
      }
    }
    return sentence.mentions.contains(where: {
      // ("… 86 D10 and 87 M5": an arm's code or name is as good as its drug.)
      $0.firstToken == start && ((($0.label == .drug || ResponseRecognizer.namesArm($0)) && !afterArticle) || $0.value == .context("control"))
        && !Keys.formNouns.contains(sentence.key($0.endToken))
    })
      && (sentence.range.lowerBound..<number.first).contains(where: {
        sentence.key($0) == Keys.received || sentence.key($0) == Self.gave || Keys.enrolledVerbs.contains(sentence.key($0))
          // "78 were given haloperidol, 76 levomepromazine and 77 metoclopramide", where
          // the list allocates (``listsPassiveGiving(_:)``)
          || (Self.passiveGiving.contains(sentence.key($0)) && (sentence.key($0 - 1) == Keys.were || sentence.key($0 - 1) == Keys.was)
            && (passive ?? listsPassiveGiving(sentence)))
      })
  }

  private static let gave = TokenKey.of("gave")
  private static let allocatingVerbs: Set<UInt64> = Set(["allocated", "assigned", "randomized", "randomised"].map { TokenKey.of($0) })

  private static let receiving = TokenKey.of("receiving")
  private static let affected = TokenKey.of("affected")
  private static let dashes: Set<UInt64> = Set(["-", "–", "—"].map { TokenKey.of($0) })
  private static let clauseBreaks: Set<UInt64> = Set([",", ";", ":", "(", ")"].map { TokenKey.of($0) })
  private static let beforeTrial: Set<UInt64> = Set(
    ["baseline", "enrolment", "enrollment", "randomisation", "randomization", "entry", "screening", "before", "prior", "previously"].map { TokenKey.of($0) })
  /// "By random allocation, 140 were given A and 139 were given B" (or "… and 139 B"): two
  /// or more counts given something, in a sentence that allocates, or where one of them is given the
  /// control ("Of these, 144 were given Voltaren gel …, and 142 were given a placebo
  /// gel"): no rescue is a placebo.
  private func listsPassiveGiving(_ sentence: Sentence) -> Bool {
    let givings = sentence.numbers.filter { n in
      n.isInteger && (sentence.key(n.end) == Keys.were || sentence.key(n.end) == Keys.was) && Self.passiveGiving.contains(sentence.key(n.end + 1))
    }
    // "78 were given haloperidol, 76 levomepromazine and 77 metoclopramide": the list's
    // later items leave the verb out.
    // "… 30 were given morphine and 30 oxycodone as rescue": what they needed, no arms.
    guard let first = givings.first, !sentence.range.contains(where: { sentence.key($0) == Self.rescue }) else { return false }
    let items = givings + sentence.numbers.filter { $0.first > first.end && $0.isInteger && isElliptical(sentence, $0, passive: true) }
    guard items.count >= 2 else { return false }
    // "Of the 231 patients, 78 were given A, 76 B and 77 C": the list shares out the whole;
    // not "Of the 20 patients who relapsed, …", some of them.
    let start = sentence.range.lowerBound
    let narrowed = (start..<first.first).contains { Self.subgroupWords.contains(sentence.key($0)) }
    let whole = sentence.key(start) == Keys.of && !narrowed
      ? sentence.number(startingAt: sentence.key(start + 1) == Keys.the ? start + 2 : start + 1) : nil
    return sentence.range.contains(where: { Keys.allocationWords.contains(sentence.key($0)) })
      || givings.contains { n in sentence.mentions.contains { $0.value == .context("control") && ((n.end + 2)..<(n.end + 5)).contains($0.firstToken) } }
      || whole.map { Int($0.value) == items.reduce(0) { $0 + Int($1.value) } } ?? false
  }

  private static let ended = TokenKey.of("ended")
  private static let got = TokenKey.of("got")
  private static let be = TokenKey.of("be")
  private static let becoming: Set<UInt64> = Set(["better", "worse", "pregnant", "sick", "ill", "infected", "well"].map { TokenKey.of($0) })
  private static let on = TokenKey.of("on")
  private static let up = TokenKey.of("up")
  /// Words after a count that point at the arm it belongs to ("281 to drug A").
  private static let pointing: Set<UInt64> = [Keys.to, Keys.received, Keys.in, Keys.of, TokenKey.of("on"), receiving, TokenKey.of("given"), TokenKey.of("took")]
  private static let givingVerbs: Set<UInt64> = [Keys.received, TokenKey.of("took"), TokenKey.of("got")]
  private static let passiveGiving: Set<UInt64> = Set(["given", "prescribed", "administered"].map { TokenKey.of($0) })
  private static let part = TokenKey.of("part")
  /// "completely", "fully": how far the event went, not how well ("poorly",
  /// "inadequately") nor how it was looked at ("separately").
  private static func isCompletenessAdverb(_ sentence: Sentence, _ i: Int) -> Bool {
    Self.completenessAdverbs.contains(sentence.key(i))
  }

  private static let completenessAdverbs: Set<UInt64> = Set(
    ["completely", "fully", "entirely", "totally", "spontaneously", "permanently"].map { TokenKey.of($0) })

  /// "led to discontinuation", "leading to treatment discontinuation": what an event led
  /// to ("tested antipsychotic discontinuation in 180 patients" is the trial's question).
  private static func ledTo(_ sentence: Sentence, before noun: Int) -> Bool {
    let to = sentence.key(noun - 1) == Keys.to ? noun - 1 : sentence.key(noun - 2) == Keys.to ? noun - 2 : nil
    guard let to else { return false }
    return Self.leadingVerbs.contains(sentence.key(to - 1))
  }

  private static let leadingVerbs: Set<UInt64> = Set(["led", "leading", "leads", "lead", "due"].map { TokenKey.of($0) })
  private static let ceasing: Set<UInt64> = Set(["ceased", "stopped", "subsided", "disappeared", "abated"].map { TokenKey.of($0) })
  private static let befalling: Set<UInt64> = Set(["affected", "affecting", "occurring"].map { TokenKey.of($0) })
  private static let leavingNouns: Set<UInt64> = Set(
    ["discontinuation", "discontinuations"].map { TokenKey.of($0) })

  private static let back = TokenKey.of("back")
  private static let comeForms: Set<UInt64> = Set(["come", "came", "comes", "coming"].map { TokenKey.of($0) })

  /// Verbs that, with "in" or "by", say who had an outcome: "reported by 12 patients".
  static let eventVerbs: Set<UInt64> = Set(
    ["occurred", "emerged", "reported", "observed", "seen", "noted", "developed", "experienced", "documented", "recorded", "diagnosed", "detected",
      "identified", "confirmed", "found", "recurred", "reappeared", "returned", "persisted"].map { TokenKey.of($0) })
  /// Where "to each arm", "in each group", "per group" or "in either arm" ends when it
  /// starts at `index`.
  private func eachArmEnd(_ sentence: Sentence, after index: Int) -> Int? {
    let preposition = sentence.key(index)
    var i = index + 1
    if preposition != Keys.per {
      // "to each arm", "in each group", "for either arm"
      guard [Keys.to, Keys.in, Keys.for].contains(preposition), Self.eachWords.contains(sentence.key(i)) else { return nil }
      i += 1
      // "to each of three groups", "in each of the two arms"
      if sentence.key(i) == Keys.of {
        i += sentence.key(i + 1) == Keys.the ? 2 : 1
        guard let count = sentence.number(startingAt: i), count.isInteger, count.value >= 2 else { return nil }
        return Self.groupNouns.contains(sentence.key(count.end)) ? count.end + 1 : nil
      }
    }
    let noun = sentence.key(i)
    return noun == Keys.group || noun == Keys.arm ? i + 1 : nil
  }

  /// Whether a bare count opens a bracket or a clause after an assignment whose every
  /// count before is one of people ("450 adults were randomised in equal numbers (150 per
  /// group)", "612 women were randomized, 306 per arm", "184 patients were enrolled, 92 per
  /// arm", not "42 clinics were randomised (21 per arm)").
  private func sharesAssignment(_ sentence: Sentence, _ number: NumberSpan) -> Bool {
    let open = number.first - 1
    guard sentence.key(open) == Keys.openParen || sentence.key(open) == Keys.comma,
      (sentence.range.lowerBound..<open).contains(where: { Keys.assignmentVerbs.contains(sentence.key($0)) || Keys.enrolledVerbs.contains(sentence.key($0)) })
    else { return false }
    // Counts of people, durations and ages ("aged 65 years", "aged 40 to 65") are what a
    // bracket of people may follow; a count of anything else ("42 clinics", "48 nursing
    // homes with 2400 residents", "120 eyes of 60 patients") is what it shares, but where
    // the people were found ("at eleven clinics") is not.
    return sentence.numbers.allSatisfy { n in
      n.end > open || Self.ageUnits.contains(sentence.key(n.end)) || Self.isAgeBound(sentence, n)
        || Self.placePrepositions.contains(sentence.key(n.first - 1))
        || sentence.mentions.contains { $0.label != .number && $0.firstToken <= n.first && n.first < $0.endToken }
    }
  }

  private static let ageUnits: Set<UInt64> = Set(["years", "year", "months", "yr", "yrs"].map { TokenKey.of($0) })
  private static let aged = TokenKey.of("aged")
  private static let placePrepositions: Set<UInt64> = Set(["at", "across", "from"].map { TokenKey.of($0) })

  /// "aged 40 to 65": either bound of the ages after "aged".
  static func isAgeBound(_ sentence: Sentence, _ n: NumberSpan) -> Bool {
    let joiner = sentence.key(n.first - 1)
    if joiner == Self.aged { return true }
    guard joiner == Keys.to || joiner == Keys.hyphen || joiner == Keys.and, let low = sentence.number(endingAt: n.first - 1) else { return false }
    return sentence.key(low.first - 1) == Self.aged
  }

  private static let eachWords: Set<UInt64> = Set(["each", "every", "either"].map { TokenKey.of($0) })

  /// "…; the remaining 38 received placebo": a later count that another arm received.
  private func hasLaterCount(_ sentence: Sentence, after index: Int) -> Bool {
    sentence.numbers.contains { n in
      n.first > index && n.isInteger && n.value >= 2 && !sentence.isCovered(n.first, by: .dose) && !sentence.isCovered(n.first, by: .duration)
        && Self.otherArmVerbs.contains(sentence.key(n.end))
    }
  }

  /// "162 women were assigned to metformin.", the next sentence naming the other arm: the
  /// "to" at `to` names one arm alone up to the end of its clause, with no list ("were
  /// randomised to A or B", "to A, B or placebo", "to A and B" count the study).
  private func assignsOneArm(_ sentence: Sentence, to: Int) -> Bool {
    guard sentence.key(to) == Keys.to else { return false }
    // To the next count of another arm's ("… to A 300 mg every two weeks and 199 were
    // assigned to placebo", "…; 47 to B"), or the sentence's end.
    let end = (to + 1..<sentence.range.upperBound).first { i in
      guard let n = sentence.number(startingAt: i), n.isInteger, !sentence.isCovered(i, by: .dose), !sentence.isCovered(i, by: .duration) else { return false }
      let next = sentence.key(n.end)
      return next == Keys.to || next == Keys.were || next == Keys.was
    } ?? sentence.range.upperBound
    let clause = (to + 1)..<end
    guard !clause.contains(where: { i in
      let key = sentence.key(i)
      return key == Keys.or || key == Self.either || ResponseRecognizer.versus.contains(key) || Self.groupNouns.contains(key)
        || key == Self.ratio
    }) else { return false }
    let named = Set(sentence.mentions.filter { m in
      clause.contains(m.firstToken) && (m.label == .drug || ResponseRecognizer.namesArm(m) || m.value == .context("control"))
    }.map(\.normalizedText))
    guard named.count == 1 else { return false }
    // "400 were assigned to aspirin, 200 to 81 mg and 200 to 325 mg": a later count "to"
    // something shares this one out (or lists the arms, which `countsForOneArm` reads).
    return !sentence.numbers.contains { n in
      n.first > to && n.isInteger && !sentence.isCovered(n.first, by: .duration) && sentence.key(n.end) == Keys.to
    }
  }

  /// "The other 164 were prescribed B", "Another 40 were given B": a sentence that opens on
  /// the people not counted before, given something (not rescue, nor people screened: "The
  /// other 52 screened patients were prescribed aspirin by their doctors"), before token
  /// `index` where their words end.
  private func restOfTheStudy(_ sentence: Sentence, before index: Int) -> Bool {
    var start = sentence.range.lowerBound
    if Keys.articles.contains(sentence.key(start)) { start += 1 }
    guard Self.theOthers.contains(sentence.key(start)), let count = sentence.number(startingAt: start + 1), count.end <= index else { return false }
    return !sentence.range.contains { Self.rescue == sentence.key($0) || Self.notAllocated.contains(sentence.key($0)) }
  }

  private static let notAllocated: Set<UInt64> = Set(["screened", "excluded", "ineligible", "eligible", "declined", "withdrew", "observational", "cohort"].map { TokenKey.of($0) })
  /// "the other 164", "the remaining 38", "another 40": the people not counted before.
  private static let theOthers: Set<UInt64> = Set(["other", "remaining", "another"].map { TokenKey.of($0) })
  private static let pickingVerbs: Set<UInt64> = Set(["picked", "chosen", "selected"].map { TokenKey.of($0) })
  private static let at = TokenKey.of("at")
  private static let random = TokenKey.of("random")
  private static let either = TokenKey.of("either")
  private static let ratio = TokenKey.of("ratio")

  /// "Of 60 patients randomized to topiramate, 40 responded": an opening that allocates
  /// its people to one arm alone counts that arm ("Of 300 randomized to A or B, …" counts
  /// the study).
  private func opensOnOneArm(_ sentence: Sentence, _ index: Int, verb: Int) -> Bool {
    let start = sentence.range.lowerBound
    guard sentence.key(start) == Keys.of, index - start <= 3,
      let comma = (verb..<min(verb + 12, sentence.range.upperBound)).first(where: { sentence.key($0) == Keys.comma })
    else { return false }
    let named = Set(sentence.mentions.filter { m in (verb..<comma).contains(m.firstToken) && (m.label == .drug || ResponseRecognizer.namesArm(m)) }.map(\.normalizedText))
    // "Of 60 patients randomized to A who had failed anti-TNF therapy, …": a subgroup.
    return named.count == 1 && !(verb..<comma).contains { Self.subgroupWords.contains(sentence.key($0)) }
  }

  private static let subgroupWords: Set<UInt64> = Set(["who", "whose", "with", "without", "that", "which", "aged"].map { TokenKey.of($0) })
  private static let otherArmVerbs: Set<UInt64> = Set(["received", "got", "took"].map { TokenKey.of($0) })
  /// Verbs of the other items of a "got" list: "71 got Xiaflex and 69 had surgery".
  private static let listedArmVerbs: Set<UInt64> = otherArmVerbs.union([TokenKey.of("had")])
  /// ("a four-week run-in", not a treatment's length, is a length all the same.)
  private static let timeUnits: Set<UInt64> = Set(["day", "days", "week", "weeks", "month", "months", "year", "years"].map { TokenKey.of($0) })
  private static let traitWords: Set<UInt64> = Set(["age", "aged", "bmi", "weight", "height"].map { TokenKey.of($0) })
  private static let groupNouns: Set<UInt64> = Set(["groups", "arms"].map { TokenKey.of($0) })

  /// Words that stand for an event told before: "It affected 17 people".
  private static let eventPronouns: Set<UInt64> = Set(["it", "this", "that", "they", "these", "which"].map { TokenKey.of($0) })

  /// Where the colon after a label of an event or of leaving that opens the sentence
  /// stands ("Withdrawals:", "Deaths:", "Exclusions:"), or nil. (Not "were": "Women
  /// were randomized", "Responders were assigned" name who was taken.)
  private func eventLabel(_ sentence: Sentence, lexicons: Lexicons) -> Int? {
    let start = sentence.range.lowerBound
    guard let colon = (start..<min(start + 6, sentence.range.upperBound)).first(where: { sentence.key($0) == Keys.colon }),
      colon > start, (start..<colon).allSatisfy({ sentence.isWord($0) || sentence.key($0) == Keys.hyphen })
    else { return nil }
    // ("Outcomes:", "Efficacy:", "Response rate:" may open the people analysed.)
    let named = (start..<colon).contains { i in
      lexicons.responseEvents.contains(sentence.tokens, at: i) || lexicons.responseBlocks.contains(sentence.tokens, at: i)
    }
    return named ? colon : nil
  }

  /// Whether a count of some of an arm's people ("38 of the 82", "9/12") stands before
  /// `contrast` ("compared with", "versus") in the sentence.
  private func comparesCountOfSome(_ sentence: Sentence, before contrast: Int) -> Bool {
    sentence.numbers.contains { n in
      guard n.isInteger, n.end < contrast else { return false }
      var j = n.end
      if sentence.key(j) == Keys.out { j += 1 }
      guard sentence.key(j) == Keys.of || (sentence.key(j) == Keys.slash && !sentence.tokens[j].spaceBefore) else { return false }
      j += 1
      if sentence.key(j) == Keys.the { j += 1 }
      return sentence.number(startingAt: j).map { $0.isInteger && $0.value >= n.value && $0.end <= contrast } ?? false
    }
  }

  /// "occurred in 12", "reported by 12", "was required for 4": the preposition at
  /// `preposition` introduces the people who had an event.
  static func followsEvent(_ sentence: Sentence, at preposition: Int, lexicons: Lexicons) -> Bool {
    let key = sentence.key(preposition)
    // "- Nausea: 9 women on A, 4 on B", "Headache in 7 women on A": a list item's label, an
    // event's name alone before the colon or "in", and the people it befell after it (not
    // "Participants: 120 adults").
    if key == Keys.colon || key == Keys.in {
      var start = sentence.range.lowerBound
      while start < preposition, !sentence.isWord(start), sentence.tokens[start].kind != .number { start += 1 }
      let label = start..<preposition
      // (Not "Nausea at baseline: 40 women on A", "Headache before treatment: …": who
      // the people were.)
      if !label.isEmpty, label.count <= 4, label.allSatisfy({ sentence.isWord($0) || sentence.key($0) == Keys.hyphen }),
        lexicons.responseEvents.contains(sentence.tokens, at: start), !label.contains(where: { Self.describesEntry(sentence, $0) })
      {
        return true
      }
    }
    // "Apnoea resolved completely in 21 …": an adverb of completeness between the verb and
    // its preposition ("responded poorly in 12" is no event of note).
    let verb = preposition - 1 - (key == Keys.in && sentence.isWord(preposition - 2) && Self.isCompletenessAdverb(sentence, preposition - 1) ? 1 : 0)
    // "Stomach upset affected 47 women on tablets": the event before the people it befell
    // (a clinical event: "the strike affected 27 patients", "missing data affected 12" are
    // none; nor is what affected them before the trial).
    // ("Restlessness - …, called akathisia - affected five people": the aside may close
    // with its dash.)
    // ("Feeling sick (nausea) affected 26 people": the event may be named in an aside.)
    // "Adverse events led to discontinuation in 14 patients on A": leaving for the
    // treatment's events befell them.
    if key == Keys.in, lexicons.responseBlocks.contains(sentence.tokens, at: verb),
      LeavingCause.leavesForEvent(in: sentence, before: preposition, lexicons: lexicons)
    {
      return true
    }
    let aside = sentence.key(verb) == Keys.closeParen
      ? (max(sentence.range.lowerBound, verb - 6)..<verb).last { sentence.key($0) == Keys.openParen } : nil
    if key == Self.affected, sentence.isWord(verb) || (Self.dashes.contains(sentence.key(verb)) && sentence.isWord(verb - 1)) || aside != nil {
      // "Nausea was more common with the pills. It affected 17 people on Mirapex": what
      // befell them, told before; never who made up an arm.
      if Self.eventPronouns.contains(sentence.key(verb)) { return true }
      let clauseEnd = aside ?? verb
      let clause = ((sentence.range.lowerBound..<clauseEnd).last { Self.clauseBreaks.contains(sentence.key($0)) }.map { $0 + 1 } ?? sentence.range.lowerBound)..<preposition
      return clause.contains { lexicons.responseEvents.contains(sentence.tokens, at: $0) }
        && !sentence.range.contains { Self.beforeTrial.contains(sentence.key($0)) }
    }
    // "the skin can split; that happened to 11 people in the A group": an event befell them.
    if key == Keys.to, sentence.key(verb) == Self.happened { return true }
    // "Rescue fentanyl was given to 14 patients receiving A", "rescue medication was used
    // by 12": people counted by the rescue they needed, not an arm.
    if key == Keys.to || key == Keys.by, sentence.key(verb - 1) == Keys.was || sentence.key(verb - 1) == Keys.were {
      let clause = ((sentence.range.lowerBound..<verb).last { Self.clauseBreaks.contains(sentence.key($0)) }.map { $0 + 1 } ?? sentence.range.lowerBound)..<verb
      if clause.contains(where: { sentence.key($0) == Self.rescue }) { return true }
    }
    // "itching after application was reported for 5 and 9 children": what befell them.
    if key == Keys.for, sentence.key(verb - 1) == Keys.was || sentence.key(verb - 1) == Keys.were, eventVerbs.contains(sentence.key(verb)) { return true }
    // "the infestation had come back in eight ivermectin patients"
    if key == Keys.in, sentence.key(verb) == Self.back, Self.comeForms.contains(sentence.key(verb - 1)) { return true }
    if key == Keys.in || key == Keys.by {
      // "… was needed in 11 patients on amiodarone", "Atropine was needed by six …": what
      // the patients needed.
      // ("Nausea led to discontinuation in 11 …": the people who left, counted; not
      // "given for alcohol withdrawal in 60 patients", who were treated.)
      // ("… and application-site burning in 11, 4 and 5 patients, respectively": an
      // event's name right before "in".)
      if lexicons.responseCues.contains(sentence.tokens, at: verb) || eventVerbs.contains(sentence.key(verb))
        || (key == Keys.in && lexicons.responseEvents.contains(sentence.tokens, at: verb) && sentence.saysRespectively)
        || (key == Keys.in && Self.leavingNouns.contains(sentence.key(verb)) && Self.ledTo(sentence, before: verb))
        || (Self.neededIn.contains(sentence.key(verb)) && (key == Keys.in || sentence.key(verb - 1) == Keys.was || sentence.key(verb - 1) == Keys.were))
      {
        return true
      }
      // "Chemotherapy was delayed by more than 7 days because of CDI in 18 and 29 patients":
      // what was done to them, in the passive, its verb a few words before "in"; not who
      // was taken or studied ("were enrolled in", "was assessed in").
      if key == Keys.in,
        let aux = (max(sentence.range.lowerBound, preposition - 10)..<preposition).last(where: { sentence.key($0) == Keys.was || sentence.key($0) == Keys.were }),
        sentence.isWord(aux + 1), aux + 1 < preposition, sentence.bytes[sentence.tokens[aux + 1].range].suffix(2).elementsEqual("ed".utf8),
        !Keys.enrolledVerbs.contains(sentence.key(aux + 1)), !Keys.assignmentVerbs.contains(sentence.key(aux + 1)),
        !Self.studiedVerbs.contains(sentence.key(aux + 1)), !(aux..<preposition).contains(where: { Self.clauseBreaks.contains(sentence.key($0)) })
      {
        return true
      }
      // "taste disturbance was reported by 9 ..., and diarrhoea by nine", "…, and urinary
      // urgency or retention by seven": one verb for two events, the second named by its
      // words alone after "and".
      guard sentence.isWord(verb),
        let joint = (max(sentence.range.lowerBound, preposition - 7)..<preposition).last(where: { !sentence.isWord($0) || sentence.key($0) == Keys.and }),
        sentence.key(joint) == Keys.and || sentence.key(joint) == Keys.comma, joint < verb,
        // ("and erythema in about one in three": a ratio.)
        !sentence.numbers.contains(where: { $0.first > joint && $0.first < preposition }),
        // ("…, and the study was completed by 45 patients", "and it was well tolerated in
        // 80": a clause with a verb of its own.)
        !(joint + 1..<preposition).contains(where: { Self.linkingVerbs.contains(sentence.key($0)) }),
        !sentence.bytes[sentence.tokens[verb].range].reversed().starts(with: "de".utf8)
      else { return false }
      return (sentence.range.lowerBound..<joint).contains { i in
        sentence.key(i) == key && (lexicons.responseCues.contains(sentence.tokens, at: i - 1) || eventVerbs.contains(sentence.key(i - 1)))
      }
    }
    // "Hip fractures were rare: two and three women, respectively": the people of a list
    // after a colon that closes a clause naming an event.
    if key == Keys.colon, sentence.saysRespectively {
      let clause = ((sentence.range.lowerBound..<preposition).last { sentence.key($0) == Keys.semicolon }.map { $0 + 1 } ?? sentence.range.lowerBound)..<preposition
      return clause.contains { lexicons.responseEvents.contains(sentence.tokens, at: $0) }
    }
    return key == Keys.for && neededVerbs.contains(sentence.key(verb))
  }

  private static let rescue = TokenKey.of("rescue")

  /// "at baseline", "at entry", "before treatment", "prior": a word of a label that dates
  /// the event before the trial ("before discharge", "after randomisation" do not).
  static func describesEntry(_ sentence: Sentence, _ i: Int) -> Bool {
    let key = sentence.key(i)
    if key == Self.beforeWord { return Self.trialStarts.contains(sentence.key(i + 1)) }
    return Self.entryWords.contains(key)
  }
  private static let beforeWord = TokenKey.of("before")
  private static let trialStarts: Set<UInt64> = Set(
    ["treatment", "randomisation", "randomization", "enrolment", "enrollment", "the", "study", "trial", "entry", "screening"].map { TokenKey.of($0) })
  private static let entryWords: Set<UInt64> = Set(
    ["baseline", "entry", "screening", "enrolment", "enrollment", "prior", "previously", "history", "pretreatment"].map { TokenKey.of($0) })
  /// "ended up", "went on": what became of people, the verb after the particle.
  private static let becameOf: Set<UInt64> = Set(["ended", "went", "wound"].map { TokenKey.of($0) })
  private static let becameOfParticles: Set<UInt64> = Set(["up", "on"].map { TokenKey.of($0) })
  /// "one group of", "the other group of": one of the arms ("the first group of 20
  /// patients" may be the first of sequential cohorts).
  private static let oneOfGroups: Set<UInt64> = Set(["one", "other", "another", "remaining"].map { TokenKey.of($0) })
  private static let happened = TokenKey.of("happened")
  /// "was assessed in 40 patients", "were included in": who was taken or looked at.
  private static let studiedVerbs: Set<UInt64> = Set(
    ["assessed", "evaluated", "analysed", "analyzed", "followed", "studied", "recruited", "included", "treated", "measured", "tested",
     "examined", "performed", "conducted", "used", "administered", "started", "initiated", "continued", "completed", "obtained", "collected",
     "recorded", "scheduled", "planned", "offered", "approached", "screened", "invited", "involved", "registered", "stratified", "matched",
     "compared", "balanced", "based", "checked", "monitored", "sampled", "scanned", "weighed", "interviewed", "contacted", "reached",
     "visited", "surveyed", "genotyped", "photographed", "scored", "rated", "audited"].map { TokenKey.of($0) })
  private static let linkingVerbs: Set<UInt64> = Set(["was", "were", "is", "are", "been", "be", "being"].map { TokenKey.of($0) })
  /// "required for 4", "data missing for 12 patients", "unknown for three patients".
  private static let neededVerbs: Set<UInt64> = Set(
    ["required", "needed", "necessary", "missing", "unknown", "unavailable", "incomplete"].map { TokenKey.of($0) })
  /// "needed in 11 patients": what the people counted needed (not "missing in").
  private static let neededIn: Set<UInt64> = Set(["required", "needed", "necessary"].map { TokenKey.of($0) })
  /// Verbs that may follow "a total of 120" with no participant noun.
  private static let countVerbs: Set<UInt64> = Keys.enrolledVerbs.union(
    ["were", "was", "had", "completed", "participated", "underwent", "received", "took", "met", "agreed", "consented"].map { TokenKey.of($0) })
  private static let adverbs: Set<UInt64> = Set(["randomly", "then", "subsequently"].map { TokenKey.of($0) })

  /// "randomised: 231 to a single dose of ivermectin and 229 to …": a count that opens an
  /// item of a list of arms, right before "to", an article and a word of dosing. (Not
  /// "from 3 to a single daily dose", "randomised 2 to 1 to a …".)
  private func singleDoseAfter(_ sentence: Sentence, to i: Int) -> Bool {
    guard sentence.key(i) == Keys.to, Keys.indefiniteArticles.contains(sentence.key(i + 1)), let count = sentence.number(endingAt: i),
      Self.itemOpeners.contains(sentence.key(count.first - 1)),
      (sentence.range.lowerBound..<count.first).contains(where: { Keys.enrolledVerbs.contains(sentence.key($0)) || Keys.assignmentVerbs.contains(sentence.key($0)) })
    else { return false }
    return (i + 2..<min(i + 5, sentence.range.upperBound)).contains { Self.dosingWords.contains(sentence.key($0)) }
  }
  private static let itemOpeners: Set<UInt64> = Set([":", ",", ";", "and"].map { TokenKey.of($0) })
  private static let dosingWords: Set<UInt64> = Set(
    ["dose", "doses", "course", "courses", "single", "injection", "injections", "infusion", "infusions", "tablet", "tablets", "capsule", "capsules"]
      .map { TokenKey.of($0) })

  /// "9 of 12 patients", "9 of the 12", "9/12", "all 12", "none of the 12": the 12 is
  /// the total of a response.
  private func isResponseTotal(_ sentence: Sentence, _ number: NumberSpan) -> Bool {
    var b = number.first - 1
    if sentence.key(b) == Keys.the { b -= 1 }
    let key = sentence.key(b)
    if key == Keys.all || key == Keys.slash { return true }
    guard key == Keys.of else { return false }
    let previous = sentence.key(b - 1)
    // "5 (12%) of 42 patients": a share in brackets between the count and its total.
    // (Only where the share agrees: "By week 2 (12%) of 42 patients" counts 42.)
    if previous == Keys.closeParen, let share = sentence.number(endingAt: b - 1), share.isPercent, sentence.key(share.first - 1) == Keys.openParen,
      let count = sentence.number(endingAt: share.first - 1), count.isInteger, number.value > 0,
      abs(count.value / number.value * 100 - share.value) < 1 / (0..<share.decimals).reduce(1.0, { r, _ in r * 10 }) + 1e-9,
      !(sentence.key(number.end) == Keys.and && sentence.number(startingAt: number.end + 1) != nil),
      !([Keys.and, Keys.comma].contains(sentence.key(count.first - 1)) && sentence.key(count.first - 2) == Keys.closeParen)
    {
      return true
    }
    return sentence.number(endingAt: b) != nil || previous == Keys.out || previous == Keys.none || previous == Keys.all
  }

  /// "555-0100", "162-75": a number joined to another by a dash is a range, a phone
  /// number or pages, never a head count.
  private func isPartOfRange(_ sentence: Sentence, _ number: NumberSpan) -> Bool {
    let tokens = sentence.tokens
    let after = number.end
    if sentence.key(after) == Keys.hyphen, !tokens[after].spaceBefore, sentence.number(startingAt: after + 1) != nil { return true }
    let before = number.first - 1
    if sentence.key(before) == Keys.hyphen, !tokens[number.first].spaceBefore, sentence.number(endingAt: before) != nil { return true }
    // "randomized 2:1": a ratio (not "RESULTS: 66 patients").
    if sentence.key(before) == Keys.colon, !tokens[number.first].spaceBefore, sentence.number(endingAt: before) != nil { return true }
    // "an IGA score of 3 or 4 were randomized": the last of a score's alternatives.
    if sentence.key(before) == Keys.or, let other = sentence.number(endingAt: before), other.isInteger, other.value < number.value, number.value - other.value <= 2,
      sentence.key(other.first - 1) == Keys.of
    {
      return true
    }
    // ("two groups of 98: one group took …" opens a list.)
    if sentence.key(after) == Keys.colon, !tokens[after].spaceBefore, sentence.range.contains(after + 1), !tokens[after + 1].spaceBefore,
      sentence.number(startingAt: after + 1) != nil
    {
      return true
    }
    return false
  }

  /// "in 2016 patients were recruited", "between 1973 and 2000 were included": a year
  /// after a preposition, before a name, or closing a span of years.
  private func isYear(_ sentence: Sentence, _ number: NumberSpan) -> Bool {
    func year(_ n: NumberSpan?) -> Bool {
      guard let n, n.value >= 1900, n.value <= 2100 else { return false }
      return sentence.tokens[n.first].kind == .number && n.end - n.first == 1
    }
    // "2,098 patients" is written as a count, never as a year.
    guard year(number), sentence.tokens[number.first].range.count == 4 else { return false }
    let previous = sentence.key(number.first - 1)
    if Keys.yearPrepositions.contains(previous) { return true }
    // "the 2002 Women's Health Initiative study": a year before a name, after an article
    // ("2000 Canadian patients", "1950 ICU patients" are counts).
    if Keys.articles.contains(previous), sentence.isWord(number.end),
      let head = sentence.bytes[sentence.tokens[number.end].range].first, head &- 0x41 < 26
    {
      return true
    }
    return (previous == Keys.and || previous == Keys.to || previous == Keys.hyphen)
      && year(sentence.number(endingAt: number.first - 1))
  }

  /// "66 were enrolled", "120 were randomized", "thirty-five received 900 mg of drug A".
  private func isEnrolledVerb(_ sentence: Sentence, after index: Int, lexicons: Lexicons) -> Bool {
    // "312 were randomised", "312 were randomly assigned".
    if sentence.key(index) == Keys.were || sentence.key(index) == Keys.was {
      let verb = Self.adverbs.contains(sentence.key(index + 1)) ? index + 2 : index + 1
      if Keys.enrolledVerbs.contains(sentence.key(verb)) { return true }
      if Self.pickingVerbs.contains(sentence.key(index + 1)), sentence.key(index + 2) == Self.at, sentence.key(index + 3) == Self.random { return true }
    }
    // "randomised: 281 to drug A 15 mg, 285 to ... and 281 to placebo"
    if sentence.key(index) == Keys.to,
      (sentence.range.lowerBound..<index).contains(where: { Keys.enrolledVerbs.contains(sentence.key($0)) })
    {
      // "412 to the intervention group": a group the article names is an arm too.
      // ("231 to a single dose of ivermectin": the drug a few words on.)
      let window = (index + 1)..<(index + (singleDoseAfter(sentence, to: index) ? 7 : 4))
      return sentence.mentions.contains { ($0.label == .drug || $0.label == .dose || ResponseRecognizer.namesArm($0)) && window.contains($0.firstToken) }
        || sentence.hasTerm(lexicons.controlArms, in: window) != nil
    }
    if let number = sentence.number(endingAt: index), isElliptical(sentence, number) { return true }
    // "310 ended up in the aspirin group"
    if sentence.key(index) == Self.ended, sentence.key(index + 1) == Self.up, [Keys.in, TokenKey.of("on")].contains(sentence.key(index + 2)) {
      let window = (index + 3)..<(index + 9)
      return window.contains(where: { sentence.key($0) == Keys.group || sentence.key($0) == Keys.arm })
        || sentence.mentions.contains { ($0.label == .drug || $0.label == .dose) && window.contains($0.firstToken) }
        || sentence.hasTerm(lexicons.controlArms, in: window) != nil
    }
    // "312 received an infusion of A", "the remaining 309 took oral B", "140 were given a
    // single infusion of A".
    var verb = index
    // (Only in a list of the arms of a sentence that allocates: "12 were given naloxone
    // for respiratory depression" is a rescue.)
    // ("The other 164 were prescribed B": the rest of the study, after an arm's count.)
    if sentence.key(verb) == Keys.were || sentence.key(verb) == Keys.was, Self.passiveGiving.contains(sentence.key(verb + 1)),
      listsPassiveGiving(sentence) || restOfTheStudy(sentence, before: index)
    {
      verb += 1
    }
    guard Self.givingVerbs.contains(sentence.key(verb)) || verb > index, sentence.key(verb + 1) != Self.part else { return false }
    let window = (verb + 1)..<(verb + 9)
    return sentence.mentions.contains { ($0.label == .drug || $0.label == .dose) && window.contains($0.firstToken) }
      || sentence.hasTerm(lexicons.controlArms, in: window) != nil
      // "84 received D5, 86 D10, …": an arm's code or name right after the verb.
      || sentence.mentions.contains { ResponseRecognizer.namesArm($0) && $0.firstToken == verb + 1 }
  }
}
