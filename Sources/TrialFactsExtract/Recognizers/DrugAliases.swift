/// Abbreviations a document defines for drugs: "methotrexate (MTX)" makes "MTX" name
/// methotrexate for the rest of that document (and only there: "MTX" is not a lexicon
/// term, and an abbreviation may mean something else elsewhere).
public struct DrugAliases: Sendable {
  var canonical: [UInt64: String] = [:]

  public init() {}

  public var isEmpty: Bool { canonical.isEmpty }

  /// Collects "DRUG (ABBR)" definitions from scanned sentences: ABBR is 2 to 8 letters or
  /// digits, mostly capitals, right after a drug name and inside parentheses.
  public mutating func collect(from sentences: [Sentence]) {
    for sentence in sentences {
      for drug in sentence.mentions(.drug) {
        let open = drug.endToken
        guard sentence.key(open) == Keys.openParen, sentence.key(open + 2) == Keys.closeParen, sentence.isWord(open + 1),
          case .drug(let name) = drug.value
        else { continue }
        let token = sentence.tokens[open + 1]
        let bytes = sentence.bytes[token.range]
        let capitals = bytes.filter { $0 &- 0x41 < 26 }.count
        guard (2...8).contains(bytes.count), capitals * 2 > bytes.count else { continue }
        canonical[token.key] = name
      }
    }
  }

  subscript(key: UInt64) -> String? { canonical[key] }
}
