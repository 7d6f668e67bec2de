import TrialFactsCore

/// A small JSON builder that keeps fields in the order they are written (`type` first)
/// and escapes strings per RFC 8259, plus U+2028/U+2029 for JavaScript readers.
public struct JSONText {
  public init() {}
  public private(set) var text = ""
  private var needsComma = [false]

  public mutating func beginObject(_ key: String? = nil) {
    prefix(key)
    text += "{"
    needsComma.append(false)
  }

  public mutating func endObject() {
    text += "}"
    needsComma.removeLast()
  }

  public mutating func beginArray(_ key: String? = nil) {
    prefix(key)
    text += "["
    needsComma.append(false)
  }

  public mutating func endArray() {
    text += "]"
    needsComma.removeLast()
  }

  public mutating func string(_ key: String?, _ value: String) {
    prefix(key)
    JSONText.appendEscaped(value, to: &text)
  }

  public mutating func number(_ key: String?, _ value: Double) {
    prefix(key)
    text += JSONText.format(value)
  }

  public mutating func int(_ key: String?, _ value: Int) {
    prefix(key)
    text += String(value)
  }

  public mutating func bool(_ key: String?, _ value: Bool) {
    prefix(key)
    text += value ? "true" : "false"
  }

  private mutating func prefix(_ key: String?) {
    if needsComma[needsComma.count - 1] { text += "," }
    needsComma[needsComma.count - 1] = true
    if let key {
      JSONText.appendEscaped(key, to: &text)
      text += ":"
    }
  }

  /// Integers print without ".0"; others with up to 6 decimals.
  public static func format(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    return NumberText.canonical(value)
  }

  public static func appendEscaped(_ value: String, to text: inout String) {
    text += "\""
    // Fast path: nothing to escape (no quote, backslash, control byte, U+2028/9).
    let plain = value.utf8.allSatisfy { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0xE2 }
    if plain {
      text += value
      text += "\""
      return
    }
    // Copy runs of plain bytes; escape the rest. Work on UTF-8: U+2028/9 are E2 80 A8/A9.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(value.utf8.count + 16)
    let utf8 = Array(value.utf8)
    var i = 0
    while i < utf8.count {
      let b = utf8[i]
      switch b {
      case 0x22: bytes += [0x5C, 0x22]
      case 0x5C: bytes += [0x5C, 0x5C]
      case 0x0A: bytes += [0x5C, 0x6E]
      case 0x0D: bytes += [0x5C, 0x72]
      case 0x09: bytes += [0x5C, 0x74]
      case 0xE2 where i + 2 < utf8.count && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
        bytes += Array((utf8[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
        i += 2
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        bytes += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]]
      default: bytes.append(b)
      }
      i += 1
    }
    text += String(decoding: bytes, as: UTF8.self)
    text += "\""
  }
}
