/// Names of new drugs that no lexicon knows yet but that are built like international
/// nonproprietary names: one word ending in a WHO stem ("velmarstat", "lorepitant",
/// "zelanoprant"; `rules/drugs/stems.rules`).
///
/// The ending alone names no drug ("thermostat", "peptide" would pass it). A document
/// makes such a word a drug by dosing it or naming a group after it ("velmarstat 100 mg",
/// "a single dose of ravopitant", "the lorepitant group"), as it does for development codes (``DrugCode``); the name is
/// the word in lowercase.
enum DrugStem {
  /// Words of `sentence` that end in one of `stems` (longest first), are not a drug
  /// already, and are dosed or named as a group: each word's token, key and canonical name.
  static func dosedNames(in sentence: Sentence, stems: [[UInt8]]) -> [(token: Int, key: UInt64, canonical: String)] {
    // Only a sentence with a dose or a group can make one (most sentences have neither).
    guard !stems.isEmpty,
      sentence.mentions.contains(where: { $0.label == .dose })
        || sentence.range.contains(where: { Keys.armWords.contains(sentence.key($0)) || sentence.key($0) == dose || sentence.key($0) == doses })
    else { return [] }
    var names: [(token: Int, key: UInt64, canonical: String)] = []
    for i in sentence.range where sentence.tokens[i].kind == .word && sentence.tokens[i].range.count >= minimumLength {
      // The ending first: a byte comparison rules out almost every word.
      let range = sentence.tokens[i].range
      let ends = sentence.bytes.withUnsafeBufferPointer { bytes in
        stems.contains { stem in
          range.count >= stem.count + 3
            && stem.indices.allSatisfy { k in
              let b = bytes[range.upperBound - stem.count + k]
              return (b &- 0x41 < 26 ? b | 0x20 : b) == stem[k]
            }
        }
      }
      guard ends, !sentence.isCovered(i, by: .drug),
        DrugCode.isDosed(sentence, i, i + 1) || isDoseOf(sentence, i)
          // "ravopitant (RVP) 180 mg": dosed after its abbreviation.
          || (sentence.key(i + 1) == Keys.openParen && sentence.key(i + 3) == Keys.closeParen && DrugCode.isDosed(sentence, i, i + 4)),
        // One word of letters, not a part of a hyphenated or glued name.
        sentence.key(i + 1) != Keys.hyphen || sentence.tokens[i + 1].spaceBefore,
        sentence.key(i - 1) != Keys.hyphen || sentence.tokens[i].spaceBefore
      else { continue }
      let word = sentence.bytes[range].map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
      guard word.allSatisfy({ $0 &- 0x61 < 26 }) else { continue }
      names.append((i, sentence.tokens[i].key, String(decoding: word, as: UTF8.self)))
    }
    return names
  }

  /// "a single oral dose of ravopitant", "two doses of velmarstat".
  private static func isDoseOf(_ sentence: Sentence, _ i: Int) -> Bool {
    sentence.key(i - 1) == Keys.of && (sentence.key(i - 2) == dose || sentence.key(i - 2) == doses)
  }

  private static let dose = TokenKey.of("dose")
  private static let doses = TokenKey.of("doses")

  /// Shorter words are too often English ("lostat"); stems make names of seven letters
  /// or more.
  static let minimumLength = 7
}
