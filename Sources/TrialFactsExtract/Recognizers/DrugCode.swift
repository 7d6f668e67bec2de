/// Development codes of compounds no lexicon knows yet: "BTH1677", "SPN-804", "MK-0431",
/// "LY2189265". Two to five capitals, then three to seven digits, glued or after a
/// hyphen, perhaps one more capital.
///
/// The shape alone names no drug: "CA-125" is a tumour marker, "PMC5830087" an article
/// and "ECAM2011" a journal's number. A document makes a code a drug by dosing it
/// ("BTH1677, 4 mg/kg", "600 mg of ACT-064992"), by naming a group after it ("the SPN-804
/// arm"), or by giving it as another name of a known drug ("Oxtellar XR (SPN-804)");
/// ``Abbreviations`` collects such codes, and `rules/drugs/code-stops.rules` lists the
/// letters that never open one.
enum DrugCode {
  /// The code starting at token `i`: where it ends and its canonical form, lowercase with
  /// a hyphen ("bth-1677"), or nil.
  static func match(_ sentence: Sentence, at i: Int, stops: Set<String>) -> (end: Int, canonical: String)? {
    guard sentence.isWord(i), case let letters = sentence.tokens[i].range, (2...5).contains(letters.count),
      letters.allSatisfy({ sentence.bytes[$0] &- 0x41 < 26 })
    else { return nil }
    // Inside a longer word ("pH7", "5-HT123", "MDA-MB-231") it is no code of its own.
    if i > sentence.range.lowerBound, !sentence.tokens[i].spaceBefore,
      sentence.tokens[i - 1].kind == .word || sentence.tokens[i - 1].kind == .number || sentence.tokens[i - 1].kind == .dash
    {
      return nil
    }
    // "lot EJ1685", "kit (DY1234", "Sigma-Aldrich PHR1084": a product's number, no compound.
    if (max(sentence.range.lowerBound, i - 2)..<i).contains(where: { Self.productWords.contains(sentence.key($0)) }) { return nil }
    var j = i + 1
    if sentence.key(j) == Keys.hyphen, !sentence.tokens[j].spaceBefore { j += 1 }
    guard sentence.range.contains(j), sentence.tokens[j].kind == .number, !sentence.tokens[j].spaceBefore,
      case let digits = sentence.tokens[j].range, (3...7).contains(digits.count),
      digits.allSatisfy({ sentence.bytes[$0] &- 0x30 < 10 })
    else { return nil }
    var end = j + 1
    // "LY2189265A": one more capital, glued.
    if sentence.isWord(end), !sentence.tokens[end].spaceBefore, sentence.tokens[end].range.count == 1, sentence.tokens[end].isCapitalized {
      end += 1
    }
    // "ABC1234x5", "ABC-123.4": part of something longer.
    if sentence.range.contains(end), !sentence.tokens[end].spaceBefore, sentence.tokens[end].kind == .word || sentence.tokens[end].kind == .number {
      return nil
    }
    let prefix = String(decoding: sentence.bytes[letters], as: UTF8.self)
    guard !stops.contains(prefix) else { return nil }
    let suffix = end > j + 1 ? String(decoding: sentence.bytes[sentence.tokens[j + 1].range], as: UTF8.self) : ""
    return (end, (prefix + "-" + String(decoding: sentence.bytes[digits], as: UTF8.self) + suffix).lowercased())
  }

  /// Whether the sentence doses the code at `first..<end` ("BTH1677, 4 mg/kg", "SPN-804
  /// 1200 mg/day", "4 mg/kg of BTH1677") or names a group after it ("the SPN-804 arm").
  static func isDosed(_ sentence: Sentence, _ first: Int, _ end: Int) -> Bool {
    // "Metformin (Sigma-Aldrich PHR1084, 500 mg)": in a bracket after a drug's name, the
    // dose is that drug's.
    if let open = (max(sentence.range.lowerBound, first - 6)..<first).last(where: { sentence.key($0) == Keys.openParen }),
      sentence.mentions.contains(where: { $0.label == .drug && $0.endToken == open })
    {
      return false
    }
    var next = end
    while next < end + 2, next < sentence.range.upperBound,
      Self.beforeDose.contains(sentence.key(next)) || (sentence.tokens[next].kind == .dash && sentence.tokens[next].spaceBefore)
    {
      next += 1
    }
    if sentence.mentions.contains(where: { $0.label == .dose && $0.firstToken == next }) { return true }
    let key = sentence.key(end)
    if key == Keys.group || key == Keys.arm || Keys.pluralArms.contains(key) { return true }
    let before = sentence.key(first - 1) == Keys.of ? first - 1 : first
    return sentence.mentions.contains { $0.label == .dose && $0.endToken == before }
  }

  /// Words before a product's catalogue, lot or kit number.
  private static let productWords: Set<UInt64> = Set(
    ["lot", "batch", "kit", "catalog", "catalogue", "cat", "no", "number", "clone", "strain", "ref", "reference", "aldrich", "sigma"]
      .map { TokenKey.of($0) })

  /// What may stand between a code and its dose: "BTH1677, 4 mg/kg", "(4 mg/kg)", "at 4
  /// mg/kg"; and a spaced dash, "velagepant — 25 mg". Not a colon: "Study XYZ123: 40 mg"
  /// names the study.
  private static let beforeDose: Set<UInt64> = Set([",", "(", "[", "at"].map { TokenKey.of($0) })
}
