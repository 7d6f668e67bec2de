/// A word that a PDF's line break split with a hyphen ("parti-" / "cipants"): whether the
/// hyphen was the typesetter's, to drop, or the word's own ("placebo-" / "controlled").
///
/// No dictionary is needed: the document itself says which. When it spells the word
/// whole elsewhere ("participants"), the hyphen was the line's; otherwise it is kept.
struct BrokenWord {
  /// Every word of the document, lowercased, built on first use: most texts have no
  /// broken word.
  private var words: Set<Substring>?
  private let text: String

  init(documentText: String) { text = documentText }

  /// The fragment before the hyphen ends the line `before` ("… lorapitant-treated parti-")
  /// and the rest starts `after` ("cipants versus 8 …"); nil when the line does not end
  /// on a broken word.
  static func split(before: String, after: String) -> (fragment: Substring, rest: Substring)? {
    let bytes = before.utf8
    guard bytes.count >= 3, bytes.last == UInt8(ascii: "-"), let first = after.utf8.first, first &- 0x61 < 26 else { return nil }
    let beforeHyphen = bytes[bytes.index(bytes.endIndex, offsetBy: -2)]
    guard beforeHyphen &- 0x61 < 26 else { return nil }
    let fragment = before.dropLast().reversed().prefix { $0.isLetter }
    let rest = after.prefix { $0.isLetter }
    guard !fragment.isEmpty, !rest.isEmpty else { return nil }
    return (Substring(String(fragment.reversed())), rest)
  }

  /// "(range 0.5-" / "3.0)": a range the line broke after its dash, whose hyphen stays.
  static func isBrokenRange(before: String, after: String) -> Bool {
    let bytes = before.utf8
    guard bytes.count >= 2, bytes.last == UInt8(ascii: "-"), let first = after.utf8.first, first &- 0x30 < 10 else { return false }
    return bytes[bytes.index(bytes.endIndex, offsetBy: -2)] &- 0x30 < 10
  }

  /// Whether the document spells `fragment + rest` as one word elsewhere.
  mutating func isOneWord(_ fragment: Substring, _ rest: Substring) -> Bool {
    if words == nil {
      words = Set(text.lowercased().split { !$0.isLetter })
    }
    return words?.contains(Substring((fragment + rest).lowercased())) ?? false
  }
}
