/// Finds drug names with one wrong, missing or extra letter ("ruxolitinb"), or two
/// neighbouring letters swapped ("metfromin").
///
/// Only for long single-word names (8 letters or more; a word of 7 only when it lacks a
/// letter of one), where one edit almost never turns one real word into another; the
/// first letter must match that of the drug's canonical name (brands, whose misspellings
/// would match many more English words, are not looked up). Built from
/// deletion neighbourhoods: a term is indexed under itself and each one-letter deletion.
struct FuzzyDrugIndex: Sendable {
  static let minimumLength = 8

  /// Canonical names; the tables hold indices into it (-1: ambiguous).
  private var canonicals: [String] = []
  private var canonicalIndex: [String: Int32] = [:]
  /// hash(term) -> canonical
  private var exact = KeyTable()
  /// hash(term with letter i deleted) -> canonical
  private var deletions = KeyTable()
  /// hash(term with letter i deleted) ^ position(i) -> canonical, for substitutions
  private var substitutions = KeyTable()
  /// Hashes of the first four letters of every indexed term: a word that starts like
  /// no drug is not looked up at all.
  private var prefixes = KeyTable()
  private var stop: Set<String>

  init(terms: [(String, String)], stop: Set<String>) {
    self.stop = stop
    for (term, canonical) in terms {
      let bytes = Array(term.utf8)
      guard bytes.count >= Self.minimumLength, bytes.allSatisfy({ $0 &- 0x61 < 26 }) else { continue }
      let id: Int32
      if let known = canonicalIndex[canonical] {
        id = known
      } else {
        id = Int32(canonicals.count)
        canonicals.append(canonical)
        canonicalIndex[canonical] = id
      }
      exact[TokenKey.of(bytes)] = id
      prefixes[TokenKey.of(bytes.prefix(4))] = 1
      for i in 0..<bytes.count {
        let key = Self.deletionKey(bytes, skipping: i)
        Self.add(&deletions, key, id)
        Self.add(&substitutions, key ^ Self.positionSalt(i), id)
      }
    }
  }

  private static func add(_ table: inout KeyTable, _ key: UInt64, _ id: Int32) {
    if let existing = table[key], existing != id { table[key] = -1 } else { table[key] = id }
  }

  private static func positionSalt(_ i: Int) -> UInt64 { UInt64(i + 1) &* 0x9E37_79B9_7F4A_7C15 }

  private static func deletionKey(_ bytes: [UInt8], skipping skip: Int) -> UInt64 {
    var hash = TokenKey.seed
    for (i, b) in bytes.enumerated() where i != skip { hash = TokenKey.add(hash, b) }
    return hash
  }

  /// The canonical name of a drug one edit away from `word` (lowercase letters), if
  /// exactly one drug is.
  func lookup(_ word: [UInt8]) -> String? {
    // One letter short of a long name ("zepbond") is looked up for that letter alone.
    guard word.count >= Self.minimumLength - 1, word.allSatisfy({ $0 &- 0x61 < 26 }) else { return nil }
    guard prefixes[TokenKey.of(word.prefix(4))] != nil else { return nil }
    guard !stop.contains(String(decoding: word, as: UTF8.self)) else { return nil }
    var found: String?
    func consider(_ id: Int32?) -> Bool {
      guard let id, id >= 0 else { return true }
      let candidate = canonicals[Int(id)]
      guard candidate.utf8.first == word.first else { return true }
      if let found, found != candidate { return false }
      found = candidate
      return true
    }
    // A letter missing from the word.
    guard consider(deletions[TokenKey.of(word)]) else { return nil }
    guard word.count >= Self.minimumLength else { return found }
    for i in 0..<word.count {
      let key = Self.deletionKey(word, skipping: i)
      // An extra letter in the word, or one letter substituted.
      guard consider(exact[key]), consider(substitutions[key ^ Self.positionSalt(i)]) else { return nil }
    }
    // Two neighbouring letters swapped.
    var swapped = word
    for i in 0..<(word.count - 1) where word[i] != word[i + 1] {
      swapped.swapAt(i, i + 1)
      defer { swapped.swapAt(i, i + 1) }
      guard consider(exact[TokenKey.of(swapped)]) else { return nil }
    }
    return found
  }
}
