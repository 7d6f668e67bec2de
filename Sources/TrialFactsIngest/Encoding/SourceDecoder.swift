/// Turns the bytes of a file into valid UTF-8, whatever they are.
///
/// Order: byte-order mark, then a declared charset (`<meta charset>`, XML declaration)
/// naming a Latin-1 family, then UTF-8 validation; bytes that are not valid UTF-8 are
/// read as Windows-1252, which maps every byte to a character, so decoding never fails.
enum SourceDecoder {
  static func utf8(_ bytes: [UInt8]) -> [UInt8] {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(Array(bytes.dropFirst(3))) }
    if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes.dropFirst(2), bigEndian: false) }
    if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes.dropFirst(2), bigEndian: true) }
    if let declared = declaredCharset(bytes), latin1Family.contains(declared) {
      return Windows1252.decode(bytes)
    }
    if isValidUTF8(bytes) { return bytes }
    return Windows1252.decode(bytes)
  }

  private static let latin1Family: Set<String> = [
    "windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii",
    "iso-8859-15",
  ]

  static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { String._tryFromUTF8($0) != nil }
  }

  /// The charset named in the first 2 KB (`charset=...` or `encoding="..."`), lowercased.
  static func declaredCharset(_ bytes: [UInt8]) -> String? {
    let head = Array(bytes.prefix(2048)).map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
    for key in ["charset=", "encoding="] {
      let needle = Array(key.utf8)
      guard let at = find(needle, in: head) else { continue }
      var i = at
      while i < head.count, head[i] == 0x22 || head[i] == 0x27 || head[i] == 0x20 { i += 1 }
      var name: [UInt8] = []
      while i < head.count, name.count < 40 {
        let b = head[i]
        let isNameByte = (b &- 0x61 < 26) || (b &- 0x30 < 10) || b == 0x2D || b == 0x5F || b == 0x3A || b == 0x2E
        guard isNameByte else { break }
        name.append(b)
        i += 1
      }
      if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
    }
    return nil
  }

  /// The index just past the first occurrence of `needle`.
  private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard let first = needle.first, haystack.count >= needle.count else { return nil }
    var i = 0
    while i + needle.count <= haystack.count {
      if haystack[i] == first {
        var k = 1
        while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
        if k == needle.count { return i + needle.count }
      }
      i += 1
    }
    return nil
  }

  private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var i = bytes.startIndex
    while i + 1 < bytes.endIndex {
      let a = UInt16(bytes[i])
      let b = UInt16(bytes[i + 1])
      units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
      i += 2
    }
    return Array(String(decoding: units, as: UTF16.self).utf8)
  }
}

extension String {
  /// Valid UTF-8 bytes as a String, or nil (no repair).
  static func _tryFromUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> String? {
    String(validating: buffer, as: UTF8.self)
  }
}
