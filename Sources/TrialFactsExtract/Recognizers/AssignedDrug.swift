/// A drug that no lexicon knows and whose name follows no WHO stem, named by the trial's
/// assignment: "were randomised 1:1:1:1 to zanoprilast 5 mg, 10 mg or 20 mg, or placebo",
/// "assigned to receive pelmarisant 45 mg twice daily".
///
/// Only an assignment ("randomised", "assigned", "allocated") makes the word a drug, and
/// only the word right after "to", "receive" or a list's "or" with a dose right after it:
/// a word a recognizer knows already ("oral", "daily", "tablets", "placebo") or a word of
/// dosing ("standard", "single") never is. The name is the word in lowercase.
enum AssignedDrug {
  static func names(in sentence: Sentence, stops: Set<UInt64>) -> [(token: Int, key: UInt64, canonical: String)] {
    // A dose first: most sentences have none, and it costs no token lookups.
    guard sentence.mentions.contains(where: { $0.label == .dose }),
      let verb = sentence.range.first(where: { Keys.assignmentVerbs.contains(sentence.key($0)) }),
      sentence.mentions.contains(where: { $0.label == .dose && $0.firstToken > verb })
    else { return [] }
    var names: [(token: Int, key: UInt64, canonical: String)] = []
    for i in (verb + 1)..<sentence.range.upperBound where sentence.tokens[i].kind == .word && sentence.tokens[i].range.count >= minimumLength {
      guard Self.openers.contains(sentence.key(i - 1)),
        sentence.mentions.contains(where: { $0.label == .dose && $0.firstToken == i + 1 }),
        !sentence.mentions.contains(where: { $0.firstToken <= i && i < $0.endToken }),
        !stops.contains(sentence.tokens[i].key), !Self.dosingWords.contains(sentence.tokens[i].key),
        // One word of letters, not a part of a hyphenated or glued name.
        sentence.key(i - 1) != Keys.hyphen || sentence.tokens[i].spaceBefore
      else { continue }
      let word = sentence.bytes[sentence.tokens[i].range].map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
      guard word.allSatisfy({ $0 &- 0x61 < 26 }), !Self.englishEndings.contains(where: { word.count > $0.count && Array(word.suffix($0.count)) == $0 }) else { continue }
      // "morning 10 mg … of amlodipine", "double 0.75 mg levonorgestrel": a known drug
      // right after the dose is what is dosed.
      guard let dose = sentence.mentions.first(where: { $0.label == .dose && $0.firstToken == i + 1 }),
        !sentence.mentions.contains(where: { m in
          m.label == .drug && m.firstToken >= dose.endToken && m.firstToken - dose.endToken <= 3
            && !(dose.endToken..<m.firstToken).contains { Self.separators.contains(sentence.key($0)) }
        })
      else { continue }
      names.append((i, sentence.tokens[i].key, String(decoding: word, as: UTF8.self)))
    }
    return names
  }

  /// Words that open an arm's item in an assignment: "to", "to receive", "either", "or".
  private static let openers: Set<UInt64> = Set(["to", "receive", "either", "or"].map { TokenKey.of($0) })
  /// Words that describe a dose rather than name what is dosed.
  private static let dosingWords: Set<UInt64> = Set(
    ["standard", "single", "fixed", "loading", "maintenance", "receive", "receiving", "total", "higher", "lower", "matching",
      "additional", "either", "adjusted", "starting", "initial", "titrated", "escalating", "weekly", "monthly", "nightly", "bedtime",
      "continue", "another", "double", "triple", "formula", "reduced", "usual", "placebo", "vehicle"]
      .map { TokenKey.of($0) })
  /// Endings of English words, which names of drugs seldom have ("morning", "reduced",
  /// "another", "double", "continue", "formula").
  private static let englishEndings: [[UInt8]] = ["ing", "ed", "er", "ly", "ble", "ue", "la", "ance", "ence", "ment", "ness", "ity"].map { Array($0.utf8) }
  private static let separators: Set<UInt64> = Set([",", "and", "or", ";"].map { TokenKey.of($0) })
  /// Shorter words are too often English.
  static let minimumLength = 6
}
