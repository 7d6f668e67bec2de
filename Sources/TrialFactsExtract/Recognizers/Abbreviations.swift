/// Abbreviations a document defines: "methotrexate (MTX)", "methotrexate (MTX group,
/// n = 40)" or a table's legend "MTX, methotrexate; …" makes "MTX" name methotrexate,
/// and "breast cancer survivors (BCS)" makes "BCS" a participant noun ("71 BCS"),
/// throughout that document (it is scanned again with them) and in no other: an
/// abbreviation may mean something else elsewhere.
///
/// Development codes ("BTH1677") the document doses or gives as another name of a drug
/// ("Oxtellar XR (SPN-804)") name drugs the same way (``DrugCode``), and so do new
/// names with an INN stem that it doses ("velmarstat 100 mg", ``DrugStem``).
public struct Abbreviations: Sendable {
  var canonical: [UInt64: String] = [:]
  var participants: Set<UInt64> = []
  /// Development codes, canonical ("spn-804"), to the drug they name.
  var codes: [String: String] = [:]
  /// Codes of arms ("IG1", "CG"), and whether the arm is a control (``ArmCode``).
  var armCodes: [String: Bool] = [:]
  /// Names of arms without a drug that an assignment sized ("verum acupuncture (n = 64)"),
  /// by their first word's key: the keys of all their words, the name, and whether it is
  /// one word that names the arm only where something gives it (not an abbreviation).
  var armNames: [UInt64: [(keys: [UInt64], name: String, given: Bool)]] = [:]

  /// Dosage forms that only one drug of the document comes in ("nicotine patch",
  /// "ferrous sulphate tablets", "an infusion of ferric carboxymaltose"), to that drug's
  /// name; "" where two drugs, or a drug and a control ("placebo patch"), share the form.
  var formNames: [UInt64: String] = [:]

  /// Capitalised names before a bracket with one drug in it, to that drug ("" where two),
  /// until ``confirmBrands(in:)`` has seen the whole document.
  var brandCandidates: [UInt64: String] = [:]

  public init() {}

  /// Keys of the tokens an entry starts with: a block with none of them reads the same
  /// with these abbreviations as without, and need not be scanned again.
  public internal(set) var triggers = Set<UInt64>()

  public var isEmpty: Bool {
    canonical.isEmpty && participants.isEmpty && codes.isEmpty && armCodes.isEmpty && armNames.isEmpty && formNames.isEmpty
  }

  /// Collects "DRUG (ABBR)" and "PARTICIPANTS (ABBR)" definitions from scanned
  /// sentences: ABBR is 2 to 8 letters or digits, mostly capitals, inside parentheses
  /// right after the name.
  public mutating func collect(from sentences: [Sentence], lexicons: Lexicons) {
    for sentence in sentences {
      for drug in sentence.mentions(.drug) {
        guard case .drug(let name) = drug.value,
          let key = Self.abbreviation(in: sentence, at: drug.endToken) ?? Self.legendAbbreviation(in: sentence, before: drug)
        else { continue }
        canonical[key] = name
        triggers.insert(key)
      }
      collectCodes(from: sentence, stops: lexicons.drugCodeStops)
      for code in RegimenCode.definitions(in: sentence) where codes[code.canonical] == nil {
        codes[code.canonical] = code.drug
        triggers.insert(code.key)
      }
      collectForms(from: sentence)
      collectBrands(from: sentence, lexicons: lexicons)
      let named = DrugStem.dosedNames(in: sentence, stems: lexicons.drugStems) + AssignedDrug.names(in: sentence, stops: lexicons.drugStopWords)
      for name in named where canonical[name.key] == nil {
        canonical[name.key] = name.canonical
        triggers.insert(name.key)
        // "ravopitant (RVP)": the abbreviation the first scan could not tie to a drug yet.
        if let key = Self.abbreviation(in: sentence, at: name.token + 1), canonical[key] == nil {
          canonical[key] = name.canonical
          triggers.insert(key)
        }
      }
      for code in ArmCode.definitions(in: sentence, lexicons: lexicons) where armCodes[code.text] == nil {
        armCodes[code.text] = code.control
        triggers.insert(code.key)
      }
      // "in the LGG group": a code that names a group is that arm's name elsewhere too
      // ("158 to LGG and 155 to placebo").
      for i in sentence.range where sentence.key(i + 1) == Keys.group || sentence.key(i + 1) == Keys.arm {
        guard let code = ArmCode.match(sentence, at: i), code.end == i + 1, armCodes[code.text] == nil,
          !sentence.isCovered(i, by: .drug)
        else { continue }
        armCodes[code.text] = sentence.hasTerm(lexicons.controlArms, in: i..<(i + 2)) != nil
        triggers.insert(sentence.key(i))
      }
      // "randomized to verum acupuncture (n = 64) or …": the name names the arm later too
      // ("36/64 after verum acupuncture"; a one-word name only right after a count, see
      // `armName(in:at:)`).
      for arm in ArmNames.sizedArms(in: sentence, known: sentence.mentions(.drug) + sentence.mentions(.context))
      where arm.endToken - arm.firstToken >= 2 && sentence.tokens[arm.firstToken].spaceBefore {
        // ("nurse-led education (n = 250)" reads back only to "led education": a broken name.)
        guard case .arm(let name) = arm.value else { continue }
        addArmName((arm.firstToken..<arm.endToken).map { sentence.key($0) }, name, given: false)
      }
      // "TENS (74 women): …" in a list of the arms: "38 of the 74 women using TENS" later.
      if let item = ListedArm.definition(in: sentence, lexicons: lexicons) {
        addArmName((item.first..<item.end).map { sentence.key($0) }, item.name, given: item.end - item.first == 1)
      }
      // "73 were allocated to kangaroo mother care (KMC) and 71 to …": the name, and its
      // abbreviation, name the arm later too ("Kangaroo mother care" over a table's
      // column, "in the KMC group").
      if sentence.range.contains(where: { Keys.assignmentVerbs.contains(sentence.key($0)) }) {
        // (Without counts too, "randomly assigned to yoga classes or usual care", names of
        // two words or more: a list without counts may name one arm's parts, "diet and
        // exercise".)
        let counted = AllocatedArm.arms(in: sentence)
        for arm in counted.isEmpty ? AllocatedArm.uncountedArms(in: sentence).filter({ $0.end - $0.first >= 2 }) : counted {
          addArmName((arm.first..<arm.end).map { sentence.key($0) }, arm.name, given: arm.end - arm.first == 1)
          if let abbreviation = arm.abbreviation, Self.abbreviationKey(sentence, abbreviation) != nil {
            addArmName([sentence.key(abbreviation)], arm.name, given: false)
          }
        }
      }
      // "to compare bismuth quadruple therapy (BQT) with clarithromycin-based triple
      // therapy (CTT)": a regimen of several drugs named by its initials names its arm
      // wherever the article writes them ("400 were randomised (BQT, n = 200; …)").
      for regimen in RegimenAbbreviation.definitions(in: sentence) {
        addArmName([regimen.key], regimen.code, given: false)
        addArmName(regimen.words, regimen.code, given: false)
      }
      // From each "(ABBR)" back to a participant noun that ends right before it (brackets
      // are rare, so this stays off the hot path).
      for open in sentence.range where sentence.key(open) == Keys.openParen {
        guard sentence.key(open + 2) == Keys.closeParen, let key = Self.abbreviation(in: sentence, at: open),
          (max(sentence.range.lowerBound, open - 3)..<open).contains(where: { start in
            lexicons.participants.longestMatch(in: sentence.tokens, at: start, stopAt: open)?.end == open
          })
        else { continue }
        participants.insert(key)
        triggers.insert(key)
        // "BCS" defined, "BCSs" used.
        let token = sentence.tokens[open + 1]
        let plural = TokenKey.of(sentence.bytes[token.range] + [UInt8(ascii: "s")])
        participants.insert(plural)
        triggers.insert(plural)
      }
    }
  }

  /// Makes the words `keys` name the arm `name`, unless they name one already.
  private mutating func addArmName(_ keys: [UInt64], _ name: String, given: Bool) {
    guard let first = keys.first, !armNames[first, default: []].contains(where: { $0.keys == keys }) else { return }
    armNames[first, default: []].append((keys, name, given))
    triggers.insert(first)
  }

  /// The forms each drug (or control) of an allocating `sentence` is named with: its name's
  /// last word, the word right after it, or "… of" right before it. A form the sentence
  /// names twice ("an infusion of iloprost or an infusion of saline"), or of a drug it
  /// names twice ("nicotine patch or nicotine gum"), names no one drug.
  private mutating func collectForms(from sentence: Sentence) {
    // (Only where every arm of the allocation reads: "the patch" beside an arm no rule
    // names, "or to counselling alone", would take that arm's counts.)
    guard sentence.range.contains(where: { Keys.allocationWords.contains(sentence.key($0)) }), AllocatedArm.readsEveryArm(in: sentence)
    else { return }
    let named = sentence.mentions.compactMap { m -> String? in if case .drug(let name) = m.value { return name } else { return nil } }
    for mention in sentence.mentions where mention.label == .drug || mention.value == .context("control") {
      var name: String
      if case .drug(let canonical) = mention.value { name = canonical } else { name = "" }
      if named.filter({ $0 == name }).count > 1 { name = "" }
      var forms: [Int] = []
      if mention.endToken - mention.firstToken >= 2 { forms.append(mention.endToken - 1) }
      forms.append(mention.endToken)
      if sentence.key(mention.firstToken - 1) == Keys.of { forms.append(mention.firstToken - 2) }
      for form in forms where form >= sentence.range.lowerBound && form < sentence.range.upperBound && Keys.formNouns.contains(sentence.key(form)) {
        let key = sentence.key(form)
        let once = sentence.range.filter { sentence.key($0) == key }.count == 1
        formNames[key] = formNames[key].map { $0 == name ? name : "" } ?? (once ? name : "")
        triggers.insert(key)
      }
    }
  }

  /// The drug "the patch" or "given the infusion" names: the one drug the document
  /// allocated in that form, after "the".
  func drugByForm(in sentence: Sentence, at i: Int) -> String? {
    guard let name = formNames[sentence.key(i)], !name.isEmpty, sentence.key(i - 1) == Keys.the else { return nil }
    return name
  }

  /// Codes dosed or named as a group here, and codes in brackets right after a drug's
  /// name ("Oxtellar XR (SPN-804)"), which are that drug.
  private mutating func collectCodes(from sentence: Sentence, stops: Set<String>) {
    for i in sentence.range where sentence.tokens[i].kind == .word && sentence.tokens[i].isCapitalized {
      guard let code = DrugCode.match(sentence, at: i, stops: stops) else { continue }
      if sentence.key(i - 1) == Keys.openParen, sentence.key(code.end) == Keys.closeParen,
        case .drug(let name)? = sentence.mentions.first(where: { $0.label == .drug && $0.endToken == i - 1 })?.value
      {
        codes[code.canonical] = name
        triggers.insert(sentence.key(i))
      } else if codes[code.canonical] == nil, DrugCode.isDosed(sentence, i, code.end) {
        codes[code.canonical] = code.canonical
        triggers.insert(sentence.key(i))
      }
    }
  }

  /// The key of "(ABBR)" or "(ABBR group, …" opening at token `open`.
  private static func abbreviation(in sentence: Sentence, at open: Int) -> UInt64? {
    let close = sentence.key(open + 2)
    guard sentence.key(open) == Keys.openParen, close == Keys.closeParen || close == Keys.group || close == Keys.arm else { return nil }
    return abbreviationKey(sentence, open + 1)
  }

  /// The key of "ABBR" in a table's legend, "SOF, sofosbuvir; DCV, daclatasvir.": an
  /// entry of its own, the abbreviation, a comma and the drug's name alone.
  private static func legendAbbreviation(in sentence: Sentence, before drug: Mention) -> UInt64? {
    let comma = drug.firstToken - 1
    let entryStart = comma - 1
    guard sentence.key(comma) == Keys.comma, entryStart == sentence.range.lowerBound || sentence.key(entryStart - 1) == Keys.semicolon,
      drug.endToken == sentence.range.upperBound || [Keys.semicolon, Keys.period].contains(sentence.key(drug.endToken))
    else { return nil }
    return abbreviationKey(sentence, entryStart)
  }

  /// The key of the word at `i` when it reads as an abbreviation: 2 to 8 letters or
  /// digits, mostly capitals.
  private static func abbreviationKey(_ sentence: Sentence, _ i: Int) -> UInt64? {
    guard sentence.isWord(i) else { return nil }
    let token = sentence.tokens[i]
    let bytes = sentence.bytes[token.range]
    let capitals = bytes.filter { $0 &- 0x41 < 26 }.count
    guard (2...8).contains(bytes.count), capitals * 2 > bytes.count else { return nil }
    return token.key
  }

  subscript(key: UInt64) -> String? { canonical[key] }

  /// The longest sized arm name that starts at token `i`: where it ends and the name.
  ///
  /// A name of one word ("surgery", "splinting") is too often something else: it names
  /// its arm only after a word that gives it, in a sentence with numbers ("22 of 48
  /// after splinting", "more often with physiotherapy (40% vs 21%)").
  func armName(in sentence: Sentence, at i: Int) -> (end: Int, name: String)? {
    guard let candidates = armNames[sentence.key(i)] else { return nil }
    // (Not a drug's abbreviation: "208 were randomised (FCM 105, IS 103)" sizes the drugs.)
    let given =
      Self.givingWords.contains(sentence.key(i - 1)) && !sentence.numbers.isEmpty && canonical[sentence.key(i)] == nil
      && !sentence.isCovered(i, by: .drug) && !(sentence.key(i + 1) == Keys.hyphen && !sentence.tokens[i + 1].spaceBefore)
    return candidates.filter { candidate in
      (!candidate.given || given) && i + candidate.keys.count <= sentence.range.upperBound
        && candidate.keys.indices.allSatisfy { sentence.key(i + $0) == candidate.keys[$0] }
    }.max { $0.keys.count < $1.keys.count }.map { (i + $0.keys.count, $0.name) }
  }

  private static let givingWords: Set<UInt64> = Set(
    ["after", "with", "on", "receiving", "given", "following", "undergoing", "using"].map { TokenKey.of($0) })

  /// The one arm name of two or more words that has every word of `keys`, or nil when
  /// none or several have.
  func armName(containing keys: [UInt64]) -> String? {
    guard !keys.isEmpty, !armNames.isEmpty else { return nil }
    let names = Set(armNames.values.joined().filter { $0.keys.count >= 2 && keys.allSatisfy($0.keys.contains) }.map(\.name))
    return names.count == 1 ? names.first : nil
  }

  /// Whether the token with `key` is a participant noun this document defined.
  func isParticipant(_ key: UInt64) -> Bool { participants.contains(key) }
}
