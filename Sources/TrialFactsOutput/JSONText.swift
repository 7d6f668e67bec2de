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
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    let rounded = (value * 1_000_000).rounded() / 1_000_000
    return String(rounded)
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
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": text += "\\\""
      case "\\": text += "\\\\"
      case "\n": text += "\\n"
      case "\r": text += "\\r"
      case "\t": text += "\\t"
      case "\u{2028}": text += "\\u2028"
      case "\u{2029}": text += "\\u2029"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          text.unicodeScalars.append(scalar)
        }
      }
    }
    text += "\""
  }
}
