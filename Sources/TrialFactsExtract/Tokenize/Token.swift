/// One token of a block's text: byte offsets, a kind, and a hash of its lowercased bytes
/// so that lexicon lookups compare integers, never strings.
public struct Token: Sendable, Hashable {
  public enum Kind: UInt8, Sendable {
    case word, number, dash, punctuation
  }

  public var start: Int32
  public var end: Int32
  public var kind: Kind
  /// FNV-1a hash of the token's bytes, ASCII letters lowercased.
  public var key: UInt64
  /// The token starts with an uppercase ASCII letter.
  public var isCapitalized: Bool
  /// Whitespace precedes the token (tells "20-mg" from "20 - mg" where it matters).
  public var spaceBefore: Bool

  public var range: Range<Int> { Int(start)..<Int(end) }
}

/// Hashes for tokens and lexicon terms; both sides must agree.
enum TokenKey {
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

  @inline(__always)
  static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
    return (hash ^ UInt64(lower)) &* 0x100_0000_01b3
  }

  static func of<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
    var hash = seed
    for byte in bytes { hash = add(hash, byte) }
    return hash
  }

  static func of(_ text: String) -> UInt64 { of(text.utf8) }
}
