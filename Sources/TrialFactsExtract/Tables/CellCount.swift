/// A count as a results table writes it in a cell: "27 (64.3)", "27 (64.3%)", "62/99",
/// "62/99 (62.6)", "8 [19.0]", "64.3% (27)", "62.6% (62/99)".
///
/// Read from the cell's UTF-8 bytes. A cell with a decimal first number ("9.4 (1.3)", a
/// mean and its SD), a range ("11 (1–57)") or anything after the closing bracket but a
/// footnote mark is no count.
struct CellCount: Equatable {
  var events: Int
  /// The denominator written in the cell ("62/99").
  var total: Int?
  /// The percentage written in the cell, and its decimals (its rounding).
  var percent: Double?
  var percentDecimals = 0
  /// The count was worked out from a percentage alone (``derived(percent:decimals:size:)``).
  var isDerived = false

  /// The cell as a count, or nil.
  static func parse(_ bytes: ArraySlice<UInt8>) -> CellCount? {
    var reader = ByteReader(bytes: bytes)
    reader.skipSpaces()
    if let count = percentFirst(&reader) { return count }
    reader = ByteReader(bytes: bytes)
    reader.skipSpaces()
    guard let events = reader.integer() else { return nil }
    var count = CellCount(events: events)
    guard reader.readTotal(of: &count) else { return nil }
    if reader.take(UInt8(ascii: "(")) || reader.take(UInt8(ascii: "[")) {
      reader.skipSpaces()
      guard let (percent, decimals) = reader.decimal(), percent <= 100 else { return nil }
      count.percent = percent
      count.percentDecimals = decimals
      reader.skipSpaces()
      _ = reader.take(UInt8(ascii: "%"))
      reader.skipSpaces()
      guard reader.take(UInt8(ascii: ")")) || reader.take(UInt8(ascii: "]")) else { return nil }
    }
    guard count.total != nil || count.percent != nil, reader.atFootnoteOrEnd() else { return nil }
    return count
  }

  /// "52.5% (21/40)", "52.5% (21)": the percentage first, its counts in brackets. The
  /// per cent sign is required, so that a mean and its SD ("52.5 (21)") never reads so.
  private static func percentFirst(_ reader: inout ByteReader) -> CellCount? {
    guard let (percent, decimals) = reader.decimal(), percent <= 100 else { return nil }
    reader.skipSpaces()
    guard reader.take(UInt8(ascii: "%")) else { return nil }
    reader.skipSpaces()
    guard reader.take(UInt8(ascii: "(")) || reader.take(UInt8(ascii: "[")) else { return nil }
    reader.skipSpaces()
    guard let events = reader.integer() else { return nil }
    var count = CellCount(events: events, percent: percent, percentDecimals: decimals)
    guard reader.readTotal(of: &count) else { return nil }
    guard reader.take(UInt8(ascii: ")")) || reader.take(UInt8(ascii: "]")), reader.atFootnoteOrEnd() else { return nil }
    return count
  }

  /// "64.9 (98)": a percentage without its sign, then a whole count in brackets. Only the
  /// arithmetic tells it from a mean and its SD, so the caller must check that the count
  /// is the percentage of the arm (``fits(size:)``).
  static func percentThenCount(_ bytes: ArraySlice<UInt8>) -> CellCount? {
    var reader = ByteReader(bytes: bytes)
    reader.skipSpaces()
    guard let (percent, decimals) = reader.decimal(), percent <= 100 else { return nil }
    reader.skipSpaces()
    guard reader.take(UInt8(ascii: "(")) || reader.take(UInt8(ascii: "[")) else { return nil }
    reader.skipSpaces()
    guard let events = reader.integer() else { return nil }
    reader.skipSpaces()
    guard reader.take(UInt8(ascii: ")")) || reader.take(UInt8(ascii: "]")), reader.atFootnoteOrEnd() else { return nil }
    return CellCount(events: events, percent: percent, percentDecimals: decimals)
  }

  /// A whole number alone or with a footnote's mark ("7*", "16†"), not a letter ("8 d").
  static func wholeMarked(_ bytes: ArraySlice<UInt8>) -> Int? {
    var reader = ByteReader(bytes: bytes)
    reader.skipSpaces()
    guard let value = reader.integer(), reader.atFootnoteOrEnd(letters: false) else { return nil }
    return value
  }

  /// A cell that holds one whole number and nothing else ("125", "1,024").
  static func whole(_ bytes: ArraySlice<UInt8>) -> Int? {
    var reader = ByteReader(bytes: bytes)
    reader.skipSpaces()
    guard let value = reader.integer() else { return nil }
    reader.skipSpaces()
    return reader.index == bytes.endIndex ? value : nil
  }

  /// A cell that holds one percentage and nothing else ("21.6", "21.6%"), at most 100.
  static func percentage(_ bytes: ArraySlice<UInt8>) -> (value: Double, decimals: Int)? {
    var reader = ByteReader(bytes: bytes)
    reader.skipSpaces()
    guard let (value, decimals) = reader.decimal(), value <= 100 else { return nil }
    reader.skipSpaces()
    _ = reader.take(UInt8(ascii: "%"))
    // "38.8***", "22.8†": a significance or footnote mark.
    return reader.atFootnoteOrEnd(letters: false) ? (value, decimals) : nil
  }

  /// "81.0 (73.7–86.6)", "81.0% [95% CI 73.7 to 86.6]": a percentage and its confidence
  /// interval, the interval around it. Only a table that says its values are percentages
  /// may read it so: a median and its IQR ("11 (7–18)") is written the same way.
  static func percentageWithInterval(_ bytes: ArraySlice<UInt8>) -> (value: Double, decimals: Int)? {
    var reader = ByteReader(bytes: bytes)
    reader.skipSpaces()
    guard let (value, decimals) = reader.decimal(), value <= 100 else { return nil }
    reader.skipSpaces()
    _ = reader.take(UInt8(ascii: "%"))
    reader.skipSpaces()
    guard reader.take(UInt8(ascii: "(")) || reader.take(UInt8(ascii: "[")) else { return nil }
    reader.skipSpaces()
    reader.skipIntervalLabel()
    guard let (lower, _) = reader.decimal() else { return nil }
    reader.skipSpaces()
    _ = reader.take(UInt8(ascii: "%"))
    guard reader.takeRangeSeparator(), let (upper, _) = reader.decimal(), lower <= value, value <= upper, lower < upper, upper <= 100
    else { return nil }
    reader.skipSpaces()
    _ = reader.take(UInt8(ascii: "%"))
    reader.skipSpaces()
    guard reader.take(UInt8(ascii: ")")) || reader.take(UInt8(ascii: "]")), reader.atFootnoteOrEnd(letters: false) else { return nil }
    return (value, decimals)
  }

  /// A cell that holds one number and nothing else ("43.5", "125").
  static func isNumber(_ bytes: ArraySlice<UInt8>) -> Bool {
    var reader = ByteReader(bytes: bytes)
    reader.skipSpaces()
    guard reader.decimal() != nil else { return false }
    reader.skipSpaces()
    return reader.index == bytes.endIndex
  }

  /// The count that a percentage alone gives in an arm of `size`, when its rounding
  /// pins one whole count ("39.9%" of 296 is 118: 118.1; "8%" of 148 could be 11 or 12).
  static func derived(percent: Double, decimals: Int, size: Int) -> CellCount? {
    let unit = Self.unit(decimals)
    guard size > 0, unit * Double(size) / 100 < 1 else { return nil }
    let exact = percent * Double(size) / 100
    let events = exact.rounded()
    guard abs(exact - events) <= unit * Double(size) / 200 + 1e-9, events <= Double(size) else { return nil }
    return CellCount(events: Int(events), percent: percent, percentDecimals: decimals, isDerived: true)
  }

  /// One unit of a percentage's last decimal: 0.1 for "39.9".
  static func unit(_ decimals: Int) -> Double {
    var unit = 1.0
    for _ in 0..<decimals { unit /= 10 }
    return unit
  }

  /// The one whole total of which the events are the stated percentage ("30 (57.7)" is 30
  /// of 52: 51 gives 58.8%, 53 gives 56.6%), or nil when none or several are.
  var impliedSize: Int? {
    guard events > 0, let percent, percent > 0, total == nil else { return nil }
    let half = Self.unit(percentDecimals) / 2
    let smallest = (Double(events) * 100 / (percent + half)).rounded(.up)
    let largest = (Double(events) * 100 / (percent - half)).rounded(.down)
    guard percent - half > 0, smallest == largest, smallest >= Double(events), smallest < 10_000_000 else { return nil }
    return Int(smallest)
  }

  /// Whether the count fits an arm of `size`: the events are at most the size and the
  /// stated percentage is events / size to its rounding (half a unit of its last
  /// decimal).
  func fits(size: Int) -> Bool {
    guard size > 0, events <= size else { return false }
    if let total, total != size { return false }
    guard let percent else { return true }
    let unit = Self.unit(percentDecimals)
    return abs(Double(events) / Double(size) * 100 - percent) <= unit / 2 + 1e-9
  }
}

/// A cursor over a cell's bytes.
private struct ByteReader {
  let bytes: ArraySlice<UInt8>
  var index: Int

  init(bytes: ArraySlice<UInt8>) {
    self.bytes = bytes
    self.index = bytes.startIndex
  }

  private func isDigit(_ i: Int) -> Bool { i < bytes.endIndex && bytes[i] >= 0x30 && bytes[i] <= 0x39 }

  /// Spaces, tabs, no-break and thin spaces (U+00A0, U+2000–U+200A, U+202F).
  mutating func skipSpaces() {
    while index < bytes.endIndex {
      let b = bytes[index]
      if b == 0x20 || b == 0x09 {
        index += 1
      } else if b == 0xC2, index + 1 < bytes.endIndex, bytes[index + 1] == 0xA0 {
        index += 2
      } else if b == 0xE2, index + 2 < bytes.endIndex, bytes[index + 1] == 0x80,
        (0x80...0x8A).contains(bytes[index + 2]) || bytes[index + 2] == 0xAF
      {
        index += 3
      } else {
        return
      }
    }
  }

  /// "95% CI", "95% CI:", "CI " before an interval's bounds.
  mutating func skipIntervalLabel() {
    let start = index
    if decimal() != nil {
      skipSpaces()
      guard take(UInt8(ascii: "%")) else {
        index = start
        return
      }
      skipSpaces()
    }
    guard index + 1 < bytes.endIndex, bytes[index] == UInt8(ascii: "C"), bytes[index + 1] == UInt8(ascii: "I") else {
      index = start
      return
    }
    index += 2
    _ = take(UInt8(ascii: ":")) || take(UInt8(ascii: ","))
    skipSpaces()
  }

  /// The separator of a range's bounds: "-", "–", "—", "to", ",", with spaces around.
  mutating func takeRangeSeparator() -> Bool {
    skipSpaces()
    if take(UInt8(ascii: "-")) || take(UInt8(ascii: ",")) {
      skipSpaces()
      return true
    }
    // An en or em dash: E2 80 93 / E2 80 94.
    if index + 2 < bytes.endIndex, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 {
      index += 3
      skipSpaces()
      return true
    }
    if index + 2 < bytes.endIndex, bytes[index] == UInt8(ascii: "t"), bytes[index + 1] == UInt8(ascii: "o"), bytes[index + 2] == 0x20 {
      index += 3
      skipSpaces()
      return true
    }
    return false
  }

  /// An optional "/ 99" after a count's events: false when it is there but no total.
  mutating func readTotal(of count: inout CellCount) -> Bool {
    skipSpaces()
    // "9/12", "9 of 12".
    guard take(UInt8(ascii: "/")) || takeOf() else { return true }
    skipSpaces()
    guard let total = integer(), total > 0, count.events <= total else { return false }
    count.total = total
    skipSpaces()
    return true
  }

  /// "of" and a space.
  mutating func takeOf() -> Bool {
    guard index + 2 < bytes.endIndex, bytes[index] == UInt8(ascii: "o"), bytes[index + 1] == UInt8(ascii: "f"), bytes[index + 2] == 0x20
    else { return false }
    index += 3
    return true
  }

  mutating func take(_ byte: UInt8) -> Bool {
    guard index < bytes.endIndex, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  /// A whole number, with thousands commas ("1,024"); nil if it has decimals.
  mutating func integer() -> Int? {
    guard isDigit(index) else { return nil }
    var value = 0
    while index < bytes.endIndex {
      if isDigit(index) {
        value = value &* 10 &+ Int(bytes[index] - 0x30)
        index += 1
      } else if bytes[index] == UInt8(ascii: ","), isDigit(index + 1), isDigit(index + 2), isDigit(index + 3), !isDigit(index + 4) {
        index += 1
      } else {
        break
      }
      if value > 100_000_000 { return nil }
    }
    if index < bytes.endIndex, bytes[index] == UInt8(ascii: "."), isDigit(index + 1) { return nil }
    return value
  }

  /// A decimal number and how many decimals it was written with.
  mutating func decimal() -> (Double, Int)? {
    guard isDigit(index) else { return nil }
    var value = 0.0
    while isDigit(index) {
      value = value * 10 + Double(bytes[index] - 0x30)
      index += 1
    }
    var decimals = 0
    if index < bytes.endIndex, bytes[index] == UInt8(ascii: "."), isDigit(index + 1) {
      index += 1
      var scale = 0.1
      while isDigit(index) {
        value += Double(bytes[index] - 0x30) * scale
        scale /= 10
        decimals += 1
        index += 1
      }
    }
    return (value, decimals)
  }

  /// Nothing left but a footnote mark: one letter ("a"), asterisks, or one symbol such
  /// as "†" ("64.3) mg" or "12/24 wks" is no count). Without `letters`, a letter is
  /// no mark.
  mutating func atFootnoteOrEnd(letters: Bool = true) -> Bool {
    skipSpaces()
    let rest = bytes[index...]
    if rest.isEmpty { return true }
    if rest.allSatisfy({ $0 == UInt8(ascii: "*") }) { return rest.count <= 3 }
    // A percentage alone may be followed by no letter: "8.0 d" is eight days.
    guard letters else { return Self.footnoteSymbols.contains { rest.elementsEqual($0) } }
    if rest.count == 1, let b = rest.first { return b | 0x20 >= 0x61 && b | 0x20 <= 0x7A }
    // One non-ASCII character (†, ‡, §): a lead byte and its continuation bytes.
    guard let lead = rest.first, lead >= 0xC0 else { return false }
    return rest.count <= 4 && rest.dropFirst().allSatisfy { $0 & 0xC0 == 0x80 }
  }

  /// †, ‡, §, ¶ and #: marks of footnotes, not units ("38.2°" is a temperature).
  private static let footnoteSymbols: [[UInt8]] = ["†", "‡", "§", "¶", "#", "††", "‡‡"].map { Array($0.utf8) }

}
