/// Regimen codes: months of treatment, then the drugs' initials, as tuberculosis trials
/// name their arms: "daily isoniazid for 9 months (9H)", "4 months of rifampicin (4R)",
/// "weekly rifapentine plus isoniazid (3HP)". One or two digits, then one to three capitals,
/// glued. The shape alone names nothing ("2D", "5HT" are other things): a code names the
/// drug it follows in brackets, and ``Abbreviations`` keeps it for the rest of the document.
enum RegimenCode {
  /// The code starting at token `i` (a number): where it ends and its canonical form,
  /// lowercase ("9h"), or nil.
  static func match(_ sentence: Sentence, at i: Int) -> (end: Int, canonical: String)? {
    guard sentence.range.contains(i + 1), sentence.tokens[i].kind == .number, case let digits = sentence.tokens[i].range,
      (1...2).contains(digits.count), digits.allSatisfy({ sentence.bytes[$0] &- 0x30 < 10 }),
      sentence.isWord(i + 1), !sentence.tokens[i + 1].spaceBefore, case let letters = sentence.tokens[i + 1].range,
      (1...3).contains(letters.count), letters.allSatisfy({ sentence.bytes[$0] &- 0x41 < 26 })
    else { return nil }
    // Inside something longer: "A4R", "9H2", "9H-1".
    if i > sentence.range.lowerBound, !sentence.tokens[i].spaceBefore, sentence.tokens[i - 1].kind == .word || sentence.tokens[i - 1].kind == .number {
      return nil
    }
    let end = i + 2
    if sentence.range.contains(end), !sentence.tokens[end].spaceBefore,
      sentence.tokens[end].kind == .word || sentence.tokens[end].kind == .number || sentence.key(end) == Keys.hyphen
    {
      return nil
    }
    return (end, String(decoding: sentence.bytes[digits] + sentence.bytes[letters], as: UTF8.self).lowercased())
  }

  /// Codes in brackets right after a drug's name in `sentence` ("rifampicin (4R)"), each
  /// with the drug it names.
  static func definitions(in sentence: Sentence) -> [(canonical: String, drug: String, key: UInt64)] {
    sentence.mentions(.drug).compactMap { drug in
      guard case .drug(let name) = drug.value, sentence.key(drug.endToken) == Keys.openParen,
        let code = match(sentence, at: drug.endToken + 1), sentence.key(code.end) == Keys.closeParen
      else { return nil }
      return (code.canonical, name, sentence.key(drug.endToken + 1))
    }
  }
}
