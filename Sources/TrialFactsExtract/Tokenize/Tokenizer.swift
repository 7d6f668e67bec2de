/// A single pass over UTF-8 bytes that cuts text into words, numbers, dashes and
/// punctuation. ASCII takes a table-free fast path; the few non-ASCII characters that
/// matter (dashes, no-break spaces, typographic quotes) are mapped to ASCII roles.
public enum Tokenizer {
  public static func tokenize(_ text: String) -> [Token] {
    var text = text
    return text.withUTF8 { tokenize($0) }
  }

  public static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(bytes.count / 5)
    let count = bytes.count
    var i = 0
    var spaceBefore = true
    while i < count {
      let b = bytes[i]
      // Whitespace.
      if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
        spaceBefore = true
        i += 1
        continue
      }
      let start = i
      // Digits: 1,961  8.5  12
      if b &- 0x30 < 10 {
        var hash = TokenKey.add(TokenKey.seed, b)
        i += 1
        while i < count {
          let c = bytes[i]
          if c &- 0x30 < 10 {
            hash = TokenKey.add(hash, c)
            i += 1
          } else if c == 0x2E, i + 1 < count, bytes[i + 1] &- 0x30 < 10 {
            hash = TokenKey.add(hash, c)
            i += 1
          } else if c == 0x2C, isThousandsGroup(bytes, at: i + 1) {
            hash = TokenKey.add(hash, c)
            i += 1
          } else {
            break
          }
        }
        tokens.append(Token(start: Int32(start), end: Int32(i), kind: .number, key: hash, isCapitalized: false, spaceBefore: spaceBefore))
        spaceBefore = false
        continue
      }
      // Non-ASCII characters with a role: spaces, dashes, punctuation.
      if b >= 0x80 {
        let (role, length) = nonASCIIRole(bytes, at: i)
        switch role {
        case .space:
          spaceBefore = true
          i += length
          continue
        case .dash, .punctuation:
          var hash = TokenKey.seed
          if role == .dash {
            hash = TokenKey.add(hash, 0x2D)  // an en dash reads as a hyphen
          } else {
            for k in i..<(i + length) { hash = TokenKey.add(hash, bytes[k]) }
          }
          tokens.append(Token(start: Int32(i), end: Int32(i + length), kind: role == .dash ? .dash : .punctuation, key: hash, isCapitalized: false, spaceBefore: spaceBefore))
          spaceBefore = false
          i += length
          continue
        case .letter:
          break
        }
      }
      if isWordByte(b) {
        var hash = TokenKey.seed
        while i < count {
          let c = bytes[i]
          if c >= 0x80 {
            let (role, length) = nonASCIIRole(bytes, at: i)
            guard role == .letter else { break }
            for k in i..<(i + length) { hash = TokenKey.add(hash, bytes[k]) }
            i += length
            continue
          }
          guard isWordByte(c) else { break }
          hash = TokenKey.add(hash, c)
          i += 1
        }
        tokens.append(Token(start: Int32(start), end: Int32(i), kind: .word, key: hash, isCapitalized: b &- 0x41 < 26, spaceBefore: spaceBefore))
        spaceBefore = false
        continue
      }
      // ASCII punctuation, one byte each.
      let kind: Token.Kind = b == 0x2D ? .dash : .punctuation
      tokens.append(Token(start: Int32(i), end: Int32(i + 1), kind: kind, key: TokenKey.add(TokenKey.seed, b), isCapitalized: false, spaceBefore: spaceBefore))
      spaceBefore = false
      i += 1
    }
    return tokens
  }

  @inline(__always)
  static func isWordByte(_ b: UInt8) -> Bool {
    (b | 0x20) &- 0x61 < 26 || b >= 0x80
  }

  private static func isThousandsGroup(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    guard i + 3 <= bytes.count else { return false }
    for k in i..<(i + 3) where bytes[k] &- 0x30 >= 10 { return false }
    return i + 3 == bytes.count || bytes[i + 3] &- 0x30 >= 10
  }

  enum Role { case letter, space, dash, punctuation }

  /// The role of the non-ASCII character at `i` and its length in bytes.
  static func nonASCIIRole(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Role, Int) {
    let b = bytes[i]
    let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
    guard i + length <= bytes.count else { return (.punctuation, 1) }
    if b == 0xC2 {
      let c = bytes[i + 1]
      if c == 0xA0 { return (.space, 2) }  // no-break space
      if c == 0xB5 || c == 0xB2 || c == 0xB3 { return (.letter, 2) }  // µ ² ³ belong to units
      return (.punctuation, 2)  // « » ± · etc.
    }
    if b == 0xC3, bytes[i + 1] == 0x97 || bytes[i + 1] == 0xB7 { return (.punctuation, 2) }  // × ÷
    if b == 0xE2 {
      let c = bytes[i + 1]
      let d = bytes[i + 2]
      if c == 0x80 {
        if d <= 0x8B || d == 0xAF { return (.space, 3) }  // U+2000-200B, U+202F
        if d >= 0x90 && d <= 0x95 { return (.dash, 3) }  // hyphens, en and em dashes
        return (.punctuation, 3)  // quotes, bullets, ellipsis
      }
      if c == 0x88, d == 0x92 { return (.dash, 3) }  // minus sign
      if c >= 0x81 && c <= 0x9F { return (.punctuation, 3) }  // symbols and arrows
    }
    if b == 0xE3, bytes[i + 1] == 0x80 { return (.punctuation, 3) }  // CJK punctuation
    if b == 0xEF, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { return (.space, 3) }  // stray BOM
    return (.letter, length)
  }
}
