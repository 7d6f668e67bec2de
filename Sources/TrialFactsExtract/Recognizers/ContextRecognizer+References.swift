/// Words that name an arm by pointing at another mention: a noun shared with the next
/// arm's phrase, or "the former" and "the latter".
extension ContextRecognizer {
  /// "88 of 233 intervention and 60 of 229 control participants": a word that names an
  /// arm with the noun of the next arm's phrase ("intervention participants"), when only
  /// a count stands between them.
  func sharingNoun(_ sentence: Sentence, at i: Int, lexicons: Lexicons) -> Mention.Value? {
    guard sentence.isWord(i), Self.listJoiners.contains(sentence.key(i + 1)) else { return nil }
    var j = i + 2
    while j < min(i + 10, sentence.range.upperBound), !sentence.isWord(j) || Self.countWords.contains(sentence.key(j)) { j += 1 }
    guard let next = lexicons.contexts.longestMatch(in: sentence.tokens, at: j, stopAt: sentence.range.upperBound), next.end - j >= 2
    else { return nil }
    return lexicons.contexts.value(forKeys: [sentence.key(i), sentence.key(next.end - 1)])
  }

  /// "… in the intervention group than in the control group: the former 61 (26.2%), the
  /// latter 97 (42.4%)": the first or the second of exactly two arms named before.
  func formerOrLatter(_ sentence: Sentence, at i: Int) -> Mention? {
    let key = sentence.key(i)
    guard key == Self.former || key == Self.latter, sentence.key(i - 1) == Keys.the else { return nil }
    var arms: [Mention] = []
    for m in sentence.mentions.sorted(by: { $0.firstToken < $1.firstToken })
    where m.endToken <= i && (m.label == .drug || ResponseRecognizer.namesArm(m)) && !arms.contains(where: { $0.value == m.value }) {
      arms.append(m)
    }
    guard arms.count == 2 else { return nil }
    return key == Self.former ? arms[0] : arms[1]
  }

  private static let former = TokenKey.of("former")
  private static let latter = TokenKey.of("latter")

  /// Words inside a count ("60 of the 229", "51 (54%)").
  private static let countWords: Set<UInt64> = Set(["of", "the", "in"].map { TokenKey.of($0) })
}
