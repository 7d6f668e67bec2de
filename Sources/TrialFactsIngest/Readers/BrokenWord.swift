/// A word that a PDF's line break split with a hyphen ("parti-" / "cipants"): whether the
/// hyphen was the typesetter's, to drop, or the word's own ("placebo-" / "controlled").
///
/// No dictionary is needed: the document itself says which. When it spells the word
/// whole elsewhere ("participants"), the hyphen was the line's; otherwise it is kept.
struct BrokenWord {
  /// The joined words ("participants") that the document also spells whole.
  private let spelledWhole: Set<String>

  /// Looks through `lines` once, and only when some line ends on a broken word: most
  /// texts have none.
  init(lines: [String]) {
    var candidates = Set<String>()
    for (before, after) in zip(lines, lines.dropFirst()) {
      if let (fragment, rest) = Self.split(before: before, after: after) { candidates.insert((fragment + rest).lowercased()) }
    }
    guard !candidates.isEmpty else {
      spelledWhole = []
      return
    }
    // One pass over the bytes: words are runs of letters (bytes past ASCII included),
    // lowercased as they are read.
    let wanted = Set(candidates.map { Array($0.utf8) })
    var found = Set<String>()
    var word: [UInt8] = []
    func endWord() {
      if !word.isEmpty, wanted.contains(word) { found.insert(String(decoding: word, as: UTF8.self)) }
      word.removeAll(keepingCapacity: true)
    }
    for line in lines {
      for byte in line.utf8 {
        if byte &- 0x61 < 26 || byte >= 0x80 {
          word.append(byte)
        } else if byte &- 0x41 < 26 {
          word.append(byte | 0x20)
        } else {
          endWord()
        }
      }
      endWord()
    }
    spelledWhole = found
  }

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
  func isOneWord(_ fragment: Substring, _ rest: Substring) -> Bool {
    spelledWhole.contains((fragment + rest).lowercased())
  }
}
