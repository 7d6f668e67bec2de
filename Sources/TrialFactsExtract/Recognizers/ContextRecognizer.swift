/// Context that changes what a sentence's numbers mean: planned or hypothetical
/// statements ("will enroll 120 patients"), laboratory work ("in vitro") and history
/// ("was once used"), from which no result is taken; control arms ("placebo", whose
/// counts belong to no drug), active arms without a drug ("the exercise group") and
/// combinations ("together with": two drugs, one group of patients).
struct ContextRecognizer: Recognizer {
  private static let group = TokenKey.of("group")
  private static let arm = TokenKey.of("arm")

  /// "the acupuncture group", "the DEX arm", "group A", "group 2": an arm named by the
  /// word before "group" or "arm" (not a drug, a dose or a word of
  /// `rules/context/arm-stops.rules`), or by the letter or number after it. Returns the
  /// tokens and the arm's name.
  private func namedGroup(_ sentence: Sentence, at i: Int, lexicons: Lexicons) -> (Int, Int, String)? {
    let key = sentence.key(i)
    guard key == Self.group || key == Self.arm else { return nil }
    // "group A", "group 2", "arm B", "group II"
    if let end = Self.groupLabel(sentence, after: i, lexicons: lexicons) {
      return (i, end, sentence.text(i) + " " + Self.text(sentence, i + 1..<end))
    }
    guard let named = armName(sentence, endingAt: i, lexicons: lexicons) else {
      // "the injection group" where the article allocated people to "corticosteroid
      // injection": a word of a regimen (or a stop word, alone too vague) that names an
      // allocated arm.
      let word = i - 1
      guard word >= sentence.range.lowerBound, sentence.isWord(word),
        !sentence.mentions.contains(where: { $0.firstToken <= word && word < $0.endToken }),
        let allocated = sentence.aliases.armName(containing: [sentence.key(word)])
      else { return nil }
      return (word, i + 1, allocated)
    }
    // "the incubator group" of an article that assigned people to "conventional incubator
    // care": the one arm whose name has every word of it.
    let words = (named.first..<i).filter { sentence.isWord($0) }.map { sentence.key($0) }
    return (named.first, i + 1, sentence.aliases.armName(containing: words) ?? named.name)
  }

  /// "the 7-day and 14-day groups", "the yoga and control groups": arms listed before one
  /// plural "groups" or "arms", each named as before "group". Returns the arms that no
  /// other rule names, or nothing unless two or more arms are listed.
  private func namedGroups(_ sentence: Sentence, at i: Int, lexicons: Lexicons) -> [(Int, Int, String)] {
    guard sentence.key(i) == Self.groups || sentence.key(i) == Self.arms else { return [] }
    // "groups A, B and C", "arms 1 and 2"
    if let firstEnd = Self.groupLabel(sentence, after: i, lexicons: lexicons) {
      let noun = sentence.key(i) == Self.groups ? "group " : "arm "
      var found = [(i, firstEnd, noun + Self.text(sentence, i + 1..<firstEnd))]
      var j = firstEnd
      while Self.listJoiners.contains(sentence.key(j)) {
        var label = j + 1
        if sentence.key(j) == Keys.comma, Self.listJoiners.contains(sentence.key(label)) { label += 1 }
        guard let end = Self.groupLabel(sentence, after: label - 1, lexicons: lexicons) else { break }
        found.append((label, end, noun + Self.text(sentence, label..<end)))
        j = end
      }
      return found.count >= 2 ? found : []
    }
    func named(endingAt end: Int) -> Mention? {
      sentence.mentions.first { m in m.endToken == end && (m.label == .drug || ResponseRecognizer.namesArm(m)) }
    }
    var found: [(Int, Int, String)] = []
    // The first token of the arm named right before `end` (adding it to `found` when no
    // other rule names it), or nil when no arm is named there. "sham acupuncture": a name
    // whose first word another rule names (a control) is that arm's, not a new one.
    func arm(endingAt end: Int, spanEnd: Int) -> Int? {
      if let known = named(endingAt: end) { return known.firstToken }
      guard let name = armName(sentence, endingAt: end, lexicons: lexicons) else { return nil }
      if name.first > sentence.range.lowerBound, sentence.isWord(name.first - 1), let known = named(endingAt: name.first) {
        return known.firstToken
      }
      found.append((name.first, spanEnd, name.name))
      return name.first
    }
    guard var first = arm(endingAt: i, spanEnd: i + 1) else { return [] }
    var listed = 1
    while Self.listJoiners.contains(sentence.key(first - 1)) {
      var end = first - 1
      // "A, B, and C groups"
      if sentence.key(end) != Keys.comma, sentence.key(end - 1) == Keys.comma { end -= 1 }
      guard let earlier = arm(endingAt: end, spanEnd: end) else { break }
      first = earlier
      listed += 1
    }
    return listed >= 2 ? found.reversed() : []
  }

  /// The name of an arm whose last word ends right before token `end`: that word, the
  /// compound it closes, or two words ("stent free"), with how long the arm lasted
  /// ("1-week PPI+BMT"); nil for stop words, drugs, doses and other regimens.
  private func armName(_ sentence: Sentence, endingAt end: Int, lexicons: Lexicons) -> (first: Int, name: String)? {
    let word = end - 1
    // "the CBT-I group": one letter ends a compound of capitals (not "the hepatitis-B
    // group", people with a condition).
    let endsCompound = Self.joiners.contains(sentence.key(word - 1)) && !sentence.tokens[word].spaceBefore
      && !sentence.tokens[word - 1].spaceBefore && sentence.isWord(word - 2) && sentence.tokens[word - 2].range.count >= 2
      && sentence.tokens[word - 2].range.allSatisfy { sentence.bytes[$0] &- 0x41 < 26 }
    guard word >= sentence.range.lowerBound, sentence.isWord(word), sentence.tokens[word].range.count >= 2 || endsCompound,
      lexicons.armStops.longestMatch(in: sentence.tokens, at: word, stopAt: end) == nil,
      // "pain in the injection arm" is a limb; "the injection group" an arm of the trial.
      sentence.key(end) == Keys.group || sentence.key(end) == Self.groups || lexicons.limbWords.longestMatch(in: sentence.tokens, at: word, stopAt: end) == nil,
      !sentence.mentions.contains(where: { $0.firstToken <= word && word < $0.endToken })
    else { return nil }
    // "the 1-week group", "the 14-day arm": arms that differ by how long they were treated
    // are named by it.
    if lexicons.durationUnits.longestMatch(in: sentence.tokens, at: word, stopAt: end) != nil {
      let joined = sentence.key(word - 1) == Keys.hyphen ? word - 1 : word
      guard let number = sentence.number(endingAt: joined), number.isInteger, number.end - number.first == 1 else { return nil }
      return (number.first, sentence.text(number.first) + "-" + sentence.text(word))
    }
    // "the 4-mg group", "the weekly group", "the oral group": a regimen names the arm, and
    // the dose, frequency and route rules (which run later) read it; so does a dose
    // before the name ("the 30 µg YIC group"). ("15.4% in warming group": a number
    // before "in" is no part of the name.)
    let regimen = [lexicons.units.longestMatch(in: sentence.tokens, at: word, stopAt: end) != nil,
      lexicons.frequencies.longestMatch(in: sentence.tokens, at: word, stopAt: end) != nil,
      lexicons.routeTerms.longestMatch(in: sentence.tokens, at: word, stopAt: end) != nil,
      sentence.number(endingAt: word) != nil
        || (sentence.number(endingAt: word - 1) != nil
          && (sentence.key(word - 1) == Keys.hyphen || lexicons.units.longestMatch(in: sentence.tokens, at: word - 1, stopAt: word) != nil))]
    guard !regimen.contains(true) else { return nil }
    // "the stent-free group", "the PPI+BMT group", "the stent free group": the whole
    // compound names the arm.
    var first = word
    var name = sentence.text(word)
    if first - 2 >= sentence.range.lowerBound, Self.joiners.contains(sentence.key(first - 1)), !sentence.tokens[first].spaceBefore,
      !sentence.tokens[first - 1].spaceBefore, sentence.isWord(first - 2)
    {
      // "mg/kg": a unit, not a name ("… 0.6 mg/kg and prednisolone groups").
      guard lexicons.units.longestMatch(in: sentence.tokens, at: first - 2, stopAt: word + 1) == nil else { return nil }
      // "wait-and-see": every part of the compound.
      while first - 2 >= sentence.range.lowerBound, Self.joiners.contains(sentence.key(first - 1)), !sentence.tokens[first].spaceBefore,
        !sentence.tokens[first - 1].spaceBefore, sentence.isWord(first - 2)
      {
        first -= 2
        name = sentence.text(first) + sentence.text(first + 1) + name
      }
    } else if sentence.isWord(first - 1), sentence.tokens[first - 1].range.count >= 2,
      // "the stent free group"; not "more than usual care group".
      !Self.comparisonWords.contains(sentence.key(first - 1)),
      lexicons.armStops.longestMatch(in: sentence.tokens, at: first - 1, stopAt: first) == nil,
      !sentence.mentions.contains(where: { $0.firstToken <= first - 1 && first - 1 < $0.endToken })
    {
      first -= 1
      name = sentence.text(first) + " " + name
    }
    // "the 1-week PPI+BMT group" beside "the 2-week PPI+BMT group": how long is part of
    // the name.
    let unit = first - 1
    if unit > sentence.range.lowerBound, lexicons.durationUnits.longestMatch(in: sentence.tokens, at: unit, stopAt: first) != nil,
      let number = sentence.number(endingAt: sentence.key(unit - 1) == Keys.hyphen ? unit - 1 : unit), number.isInteger
    {
      return (number.first, sentence.text(number.first) + "-" + sentence.text(unit) + " " + name)
    }
    return (first, name)
  }

  private static let from = TokenKey.of("from")
  private static let followed = TokenKey.of("followed")
  /// Words that compare or qualify an arm and so end its name before "group".
  private static let comparisonWords: Set<UInt64> = Set(
    ["than", "versus", "vs", "compared", "over", "under", "after", "before", "while", "whereas", "but", "not", "only",
     "also", "who", "received", "receiving", "given", "favouring", "favoring"].map { TokenKey.of($0) })
  private static let possessives: Set<UInt64> = Set(["our", "their", "its", "his", "her", "your", "my"].map { TokenKey.of($0) })
  private static let groups = TokenKey.of("groups")
  private static let arms = TokenKey.of("arms")
  static let listJoiners: Set<UInt64> = Set(["and", "or", ","].map { TokenKey.of($0) })
  private static let joiners: Set<UInt64> = Set(["-", "+", "/"].map { TokenKey.of($0) })

  /// Where the name after "group" at `i` ends, when it names the group: a capital
  /// letter ("group A"), a digit ("group 2"), either with a letter or digit joined to it
  /// ("group H1", "arm 2b", "group M30"), or a Roman numeral up to VIII ("group II").
  static func groupLabel(_ sentence: Sentence, after i: Int, lexicons: Lexicons) -> Int? {
    guard i + 1 < sentence.range.upperBound, sentence.tokens[i + 1].spaceBefore else { return nil }
    let next = sentence.bytes[sentence.tokens[i + 1].range]
    let letter = next.count == 1 && next[next.startIndex] &- 0x41 < 26
    let digit = next.count == 1 && next.allSatisfy { $0 &- 0x30 < 10 }
    guard letter || digit || romanNumerals.contains(Array(next)) else { return nil }
    var end = i + 2
    // "H1", "2b": one more letter or digit with no space between; "M30": a letter and
    // a number of up to three digits (a dose: "Group M30" had 30 mg/kg).
    if letter || digit, end < sentence.range.upperBound, !sentence.tokens[end].spaceBefore,
      case let joined = sentence.bytes[sentence.tokens[end].range],
      joined.count == 1 && joined.allSatisfy({ $0 &- 0x30 < 10 || ($0 | 0x20) &- 0x61 < 26 })
        || letter && joined.count <= 3 && joined.allSatisfy({ $0 &- 0x30 < 10 })
    {
      end += 1
    }
    // "the yoga group 5/38", "group 3 of 12", "the control group 5 (13%)": a count, not a
    // name; "group 2 (n = 30)" is a name.
    let after = sentence.key(end)
    if digit, end == i + 2, after == Keys.slash || after == Keys.of || after == Keys.percentSign { return nil }
    if digit, end == i + 2, after == Keys.openParen, sentence.number(startingAt: end + 1)?.isPercent == true { return nil }
    // "in the CGM group 5 participants withdrew": a count of people.
    if digit, end == i + 2, lexicons.participants.contains(sentence.tokens, at: end) { return nil }
    return end
  }

  /// The text of the tokens `range`, spaces between them kept.
  private static func text(_ sentence: Sentence, _ range: Range<Int>) -> String {
    String(decoding: sentence.bytes[Int(sentence.tokens[range.lowerBound].start)..<Int(sentence.tokens[range.upperBound - 1].end)], as: UTF8.self)
  }

  /// Where "a previous 6-year trial", "prior placebo-controlled studies" end when they
  /// start at `i`: an earlier study described in a few words, which the phrases of
  /// `rules/context/historical.rules` cannot list ("a previous trial" is one of them).
  /// A year in place of "previous" dates the study ("A 2007 European study found …").
  /// Only where the phrase opens the sentence ("In a previous 6-year trial in 2,000
  /// women, …", "Prior placebo-controlled studies enrolled …"), its words between are
  /// adjectives or numbers, and the sentence names no study of its own ("in contrast to
  /// prior studies, … in our trial"; "Prior to study entry" is no study).
  private func earlierStudyEnd(_ sentence: Sentence, at i: Int) -> Int? {
    // "A 2007 European study of 354 older adults found …": a year dates it too.
    let year = sentence.tokens[i].kind == .number
      && (sentence.number(startingAt: i).map { $0.isInteger && $0.end == i + 1 && (1950...2099).contains($0.value) } ?? false)
    let opens = (sentence.range.lowerBound..<i).allSatisfy({ Self.openers.contains(sentence.key($0)) })
    // "A smaller 2009 study of 46 patients found …", "A well-known 2010 Dutch study …":
    // adjectives between the article and the year.
    // (Not a count before "study participants": "The remaining 1998 study participants";
    // only a study that reports, not one that enrols: "A double-blind 2017 study enrolled
    // 240 patients" may be this one.)
    let described = year && i - sentence.range.lowerBound <= 4 && Keys.articles.contains(sentence.key(sentence.range.lowerBound))
      && sentence.range.contains(where: { Self.reportingVerbs.contains(sentence.key($0)) })
      && !sentence.range.contains(where: { k in
        Keys.enrolledVerbs.contains(sentence.key(k)) || Keys.assignmentVerbs.contains(sentence.key(k)) || sentence.key(k) == Self.same
      })
      && (sentence.range.lowerBound + 1..<i).allSatisfy { k in
        (sentence.isWord(k) && !Self.functionWords.contains(sentence.key(k)) && !Self.ownStudy.contains(sentence.key(k))
          && !Self.quantityWords.contains(sentence.key(k))) || sentence.key(k) == Keys.hyphen
      }
    guard Self.earlierWords.contains(sentence.key(i)) && opens || year && (opens || described || citesDatedStudy(sentence, before: i)) else { return nil }
    for j in i + 1..<min(i + (year ? 8 : 6), sentence.range.upperBound) {
      if Self.studyNouns.contains(sentence.key(j)) {
        // ("a previous trial" is in rules/context/historical.rules; "a 2007 trial" dates
        // it by itself.)
        // ("In an earlier trial of 150 students, …" as well; not "In the earlier trial
        // phase, …", a part of this one.)
        // (Within the sentence, words of this study after the dated one set it against
        // this study: "Unlike the 2003 trial, our study enrolled 120 patients"; before it,
        // "we", "our", "this" speak of this study: "We report the results of the 2022
        // SKYLIGHT 2 trial".)
        // ("2013 trial participants received …": the noun names people, the number counts them.)
        if year, Self.afterStudyModifier.contains(sentence.key(j + 1)) { return nil }
        let contrast = opens ? sentence.range : (j + 1)..<sentence.range.upperBound
        guard j > i + 1 || year || (sentence.key(i) == Self.earlier && !Self.phaseNouns.contains(sentence.key(j + 1))),
          !contrast.contains(where: { Self.ownStudy.contains(sentence.key($0)) }),
          opens || !(sentence.range.lowerBound..<i).contains(where: { Self.firstPersonStudy.contains(sentence.key($0)) })
        else { return nil }
        return j + 1
      }
      // ("the 2002 Women's Health Initiative study": a name may carry an apostrophe.)
      guard (sentence.isWord(j) && !Self.functionWords.contains(sentence.key(j))) || sentence.tokens[j].kind == .number || sentence.key(j) == Keys.hyphen
        || (year && Self.apostrophes.contains(sentence.key(j)))
      else { return nil }
    }
    return nil
  }

  /// "… after the 2002 Women's Health Initiative study", "… unlike a landmark 2003
  /// trial": a study dated by its year, cited within the sentence after a preposition of
  /// time or comparison and its article (an adjective may stand between).
  private func citesDatedStudy(_ sentence: Sentence, before year: Int) -> Bool {
    var k = year - 1
    if sentence.isWord(k), !Keys.articles.contains(sentence.key(k)), !Self.functionWords.contains(sentence.key(k)) { k -= 1 }
    guard Keys.articles.contains(sentence.key(k)) else { return false }
    return Self.citingWords.contains(sentence.key(k - 1))
  }

  /// Prepositions that set a dated study apart from this one, in time or by comparison
  /// ("in the 2022 SKYLIGHT 2 trial", "results from the 2024 trial", "of the 2020 ACME
  /// trial" may name this study itself).
  private static let citingWords: Set<UInt64> = Set(["after", "since", "like", "unlike", "than"].map { TokenKey.of($0) })
  private static let firstPersonStudy: Set<UInt64> = Set(["we", "our", "us", "here", "this", "present", "current"].map { TokenKey.of($0) })
  private static let apostrophes: Set<UInt64> = Set(["'", "\u{2019}"].map { TokenKey.of($0) })

  private static let earlierWords: Set<UInt64> = Set(["previous", "prior", "earlier"].map { TokenKey.of($0) })
  private static let openers: Set<UInt64> = Set(["in", "a", "an", "the", "one", "two", "three", "several", "some", "many", "most"].map { TokenKey.of($0) })
  /// Words of the article's own study ("… and in the new trial 60 of 100 responded",
  /// "Earlier studies had mixed results, so the team randomised …").
  private static let ownStudy: Set<UInt64> = Set(["our", "we", "this", "present", "current", "here", "new", "so", "therefore"].map { TokenKey.of($0) })
  private static let earlier = TokenKey.of("earlier")
  private static let phaseNouns: Set<UInt64> = Set(["phase", "period", "part", "stage", "visit", "visits", "arm"].map { TokenKey.of($0) })
  private static let functionWords: Set<UInt64> = Set(
    ["to", "in", "of", "the", "a", "an", "this", "our", "with", "for", "and", "or", "that", "which", "on", "at", "by", "from"].map { TokenKey.of($0) })
  private static let studyNouns: Set<UInt64> = Set(["trial", "trials", "study", "studies"].map { TokenKey.of($0) })

  /// A citation of the reference list that ends the sentence ("[3]", "[3, 4]", "[5–7]",
  /// or "[]" where a JATS reader dropped the marker inside), in a sentence that opens on
  /// another study, named before its first number ("In the pivotal omalizumab trial, 36
  /// of 82 … on placebo [3]"). Not a bare "the study" or "the trial", which is this one;
  /// not where the sentence speaks of this study; not a study named after the counts
  /// ("…, contrary to the VITAL study [4]", "…, as in the OCTAVE trials [12]" compare this
  /// study's results), nor a bracket after a number ("62 [55–70] years"), nor a table row.
  private func citation(in sentence: Sentence) -> Range<Int>? {
    var last = sentence.range.upperBound - 1
    if sentence.key(last) == Keys.period { last -= 1 }
    guard last > sentence.range.lowerBound, sentence.key(last) == Keys.closeBracket,
      !sentence.range.contains(where: { Self.ownStudy.contains(sentence.key($0)) || sentence.key($0) == Self.cellBar })
    else { return nil }
    guard let open = (max(sentence.range.lowerBound, last - 12)..<last).last(where: { sentence.key($0) == Keys.openBracket }),
      sentence.isWord(open - 1) || sentence.key(open - 1) == Keys.closeParen,
      (open + 1..<last).allSatisfy({ sentence.tokens[$0].kind == .number || sentence.key($0) == Keys.comma || Self.citationDashes.contains(sentence.key($0)) }),
      sentence.numbers.filter({ $0.first > open && $0.first < last }).allSatisfy({ $0.isInteger && !$0.isPercent && $0.value < 1000 })
    else { return nil }
    // (A count of studies is none of the results: "Two trials found …".)
    let firstNumber = sentence.numbers.first { n in
      n.first < open && !(n.end..<min(n.end + 3, open)).contains { Self.studyNouns.contains(sentence.key($0)) }
    }?.first ?? open
    // (A study noun that heads its words, not "study drug", "trial inclusion", "both study
    // arms", "study-specific".)
    let named = (sentence.range.lowerBound..<firstNumber).contains { k in
      Self.studyNouns.contains(sentence.key(k)) && sentence.key(k - 1) != Keys.the
        && !Self.afterStudyModifier.contains(sentence.key(k + 1)) && sentence.key(k + 1) != Keys.hyphen
    }
    return named ? open..<(last + 1) : nil
  }
  /// A study (not "the study", this one) "published in", "reported in" or "conducted in"
  /// a year, in a sentence that does not speak of this study.
  private func publishedStudy(in sentence: Sentence) -> Range<Int>? {
    for j in sentence.range where Self.publishing.contains(sentence.key(j + 1)) && sentence.key(j + 2) == Keys.in {
      // "a study published in 2008", or with its words between: "a phase 2 dose-ranging
      // study of 1,050 patients, published in 2021".
      let noun: Int? =
        if Self.studyNouns.contains(sentence.key(j)) { j }
        else if sentence.key(j) == Keys.comma {
          (max(sentence.range.lowerBound, j - 8)..<j).last { Self.studyNouns.contains(sentence.key($0)) }
        } else { nil }
      // (Not "the 300-patient trial, published in 2024": this one.)
      guard let noun, sentence.key(noun - 1) != Keys.the,
        noun == j || !(max(sentence.range.lowerBound, noun - 4)..<noun).contains(where: { sentence.key($0) == Keys.the || Self.ownStudy.contains(sentence.key($0)) }),
        let year = sentence.number(startingAt: j + 3), year.isInteger, year.end == j + 4,
        (1950...2099).contains(year.value), !sentence.range.contains(where: { Self.ownStudy.contains(sentence.key($0)) })
      else { continue }
      return noun..<year.end
    }
    return nil
  }
  private static let publishing: Set<UInt64> = Set(["published", "reported", "conducted", "done", "run"].map { TokenKey.of($0) })
  private static let cellBar = TokenKey.of("|")
  private static let reportingVerbs: Set<UInt64> = Set(["found", "showed", "shown", "reported", "suggested", "demonstrated", "concluded"].map { TokenKey.of($0) })
  private static let same = TokenKey.of("same")
  private static let quantityWords: Set<UInt64> = Set(
    ["remaining", "first", "last", "additional", "further", "eligible", "approximately", "about", "another", "other", "some", "nearly", "almost", "over"]
      .map { TokenKey.of($0) })
  /// Words after "study" or "trial" that make it a modifier of theirs, not a study named:
  /// "study participants", "study drug", "trial inclusion", "both study arms".
  private static let afterStudyModifier: Set<UInt64> = Set(
    ["participants", "patients", "subjects", "volunteers", "members", "population", "sites", "centres", "centers", "arms", "groups", "visits", "drug", "drugs",
     "medication", "medications", "treatment", "period", "phase", "day", "days", "entry", "staff", "nurses", "physicians", "doctors", "investigators",
     "inclusion", "protocol", "design", "procedures", "procedure", "visit", "site", "team", "nurse", "product", "products", "agent", "therapy",
     "regimen", "intervention", "interventions", "enrolment", "enrollment", "completion", "withdrawal", "discontinuation", "duration", "end"].map { TokenKey.of($0) })
  private static let citationDashes: Set<UInt64> = Set(["-", "–", "—"].map { TokenKey.of($0) })

  private static let romanNumerals: Set<[UInt8]> = Set(["II", "III", "IV", "VI", "VII", "VIII"].map { Array($0.utf8) })

  func recognize(_ sentence: inout Sentence, lexicons: Lexicons) {
    var i = sentence.range.lowerBound
    let end = sentence.range.upperBound
    while i < end {
      guard let match = lexicons.contexts.longestMatch(in: sentence.tokens, at: i, stopAt: end) else {
        // "58 (59.8%) participants in IG1": a code the article gave an arm.
        if !sentence.aliases.armCodes.isEmpty, let code = ArmCode.match(sentence, at: i, plain: true), let control = sentence.aliases.armCodes[code.text] {
          sentence.add(.context, control ? .context("control") : .arm(code.text), tokens: i, code.end)
          i = code.end
        } else if !sentence.aliases.armNames.isEmpty, let arm = sentence.aliases.armName(in: sentence, at: i) {
          // "after verum acupuncture", an arm the article sized by that name.
          sentence.add(.context, .arm(arm.name), tokens: i, arm.end)
          i = arm.end
        } else if let (first, last, name) = namedGroup(sentence, at: i, lexicons: lexicons) {
          sentence.add(.context, .arm(name), tokens: first, last)
          i = last
        } else if case let listed = namedGroups(sentence, at: i, lexicons: lexicons), !listed.isEmpty {
          for (first, last, name) in listed { sentence.add(.context, .arm(name), tokens: first, last) }
          i += 1
        } else if sentence.isWord(i), Self.listJoiners.contains(sentence.key(i + 1)), let value = sharingNoun(sentence, at: i, lexicons: lexicons) {
          sentence.add(.context, value, tokens: i, i + 1)
          i += 1
        } else if let last = earlierStudyEnd(sentence, at: i) {
          sentence.add(.context, .context("historical"), tokens: i, last)
          i = last
        } else if sentence.key(i - 1) == Keys.the, let arm = formerOrLatter(sentence, at: i) {
          // The arm keeps the words that named it ("the control group"), for its label.
          sentence.mentions.append(Mention(label: arm.label, value: arm.value, firstToken: i, endToken: i + 1, start: arm.start, end: arm.end))
          i += 1
        } else {
          i += 1
        }
        continue
      }
      // "placebo-controlled" describes the design, not an arm.
      let next = sentence.key(match.end) == Keys.hyphen ? match.end + 1 : match.end
      // "412 people from our waiting list": someone's list, not an arm ("or our waiting
      // list (n = 68)" is one).
      let owned = match.value == .context("control") && Self.possessives.contains(sentence.key(i - 1)) && sentence.key(i - 2) == Self.from
      // "an identical-looking dummy pill (placebo)": the control is named by the word in the
      // bracket, as the rest of the article names it.
      let renamed = match.value == .context("control") && sentence.key(match.end) == Keys.openParen
        && lexicons.contexts.longestMatch(in: sentence.tokens, at: match.end + 1, stopAt: end).map { inner in
          inner.value == .context("control") && sentence.key(inner.end) == Keys.closeParen
        } == true
      // "a single 1-g dose of azithromycin followed by placebo capsules on days 2 and 3":
      // the dummy doses of a drug's arm, no arm of their own.
      let sequenced = match.value == .context("control") && sentence.key(i - 1) == Keys.by && sentence.key(i - 2) == Self.followed
        && sentence.mentions.contains { $0.label == .drug && $0.endToken <= i - 2 }
      if !owned, !renamed, !sequenced, match.value != .context("control") || sentence.key(next) != Keys.controlled {
        sentence.add(.context, match.value, tokens: i, match.end)
      }
      i = match.end
    }
    // "In the pivotal omalizumab trial, 36 of 82 … against 7 of 79 on placebo [3]": a
    // result the sentence cites from a reference is another study's.
    if let citation = citation(in: sentence) {
      sentence.add(.context, .context("historical"), tokens: citation.lowerBound, citation.upperBound)
    }
    // "a smaller Hong Kong study published in 2008, in which 120 patients …": dated by
    // when it was published.
    if let published = publishedStudy(in: sentence) {
      sentence.add(.context, .context("historical"), tokens: published.lowerBound, published.upperBound)
    }
    // "TENS (74 women): a pocket-sized unit …", an arm a list of the arms defines.
    if let item = ListedArm.definition(in: sentence, lexicons: lexicons) {
      sentence.add(.context, .arm(item.name), tokens: item.first, item.end)
    }
    // "73 were allocated to kangaroo mother care and 71 to conventional incubator care".
    if sentence.range.contains(where: { Keys.assignmentVerbs.contains(sentence.key($0)) }) {
      for item in AllocatedArm.arms(in: sentence) { sentence.add(.context, .arm(item.name), tokens: item.first, item.end) }
    }
    // "in Group M30 (10.0%)": the digits joined to a group's letter are its name, no
    // number the dose, count and response rules may read.
    let names = sentence.mentions.filter { if case .arm = $0.value { return true } else { return false } }
    guard !names.isEmpty else { return }
    let joined = Set(sentence.numbers.map(\.first).filter { !sentence.tokens[$0].spaceBefore && sentence.isWord($0 - 1) })
    guard !joined.isEmpty else { return }
    sentence.numbers.removeAll { number in
      joined.contains(number.first) && names.contains { $0.firstToken < number.first && number.end <= $0.endToken }
    }
  }
}
