import Foundation

/// Tables in a plain-text scrape: runs of lines whose cells are parted by tabs, or by
/// runs of two or more spaces in columns ("Death      4/552 (0.7)      6/548 (1.1)").
///
/// A space-aligned line places each cell in the column whose start is nearest, so an
/// indented label ("  Deep incisional") stays a label and a line that starts far to the
/// right ("          n/N (%)    n/N (%)") leaves its first cell empty. A line of one
/// cell between two table lines ("SSI by wound class") is a row of the table too.
struct PlainTextTable {
  /// The cells of each line of a table, by line index; other lines are absent.
  static func rows(_ lines: [String]) -> [Int: [String]] {
    let split = lines.map(Self.split)
    var rows: [Int: [String]] = [:]
    var i = 0
    while i < lines.count {
      guard split[i] != nil else {
        i += 1
        continue
      }
      // A run: table lines, and a lone short line between two of them ("By wound class").
      var end = i
      var j = i
      while j < lines.count, !lines[j].utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
        if split[j] != nil {
          end = j + 1
        } else if j > end || !isSectionLine(lines[j]) {
          break
        }
        j += 1
      }
      let run = i..<end
      // Lines parted by bare pipes ("Headache | 9/26 | 2/26") are a table only when they
      // line up, as many cells in each ("Home | News | Health" over "Log in | Register"
      // is a menu), and count people somewhere ("Omeprazole | 20 mg | twice daily" lines
      // list regimens, which read better as text).
      let bare = run.compactMap { Self.splitBarePipes(lines[$0]) }
      let aligned = bare.isEmpty
        || (Set(run.compactMap { split[$0].map(\.cells.count) }.filter { $0 > 0 }).count == 1
          && bare.contains { line in line.cells.dropFirst().contains { Self.countsPeople($0.text) } })
      guard aligned, run.filter({ split[$0].map { !$0.cells.isEmpty } ?? false }).count >= 2 else {
        i = max(end, i + 1)
        continue
      }
      // The columns: the cell starts of the widest space-aligned line.
      let spaced = run.compactMap { split[$0] }.filter { !$0.tabbed }
      let columns = spaced.max { $0.cells.count < $1.cells.count }?.cells.map(\.start) ?? []
      for k in run {
        guard let line = split[k] else {
          rows[k] = [lines[k].trimmingCharacters(in: .whitespaces)]
          continue
        }
        if line.tabbed || columns.isEmpty {
          rows[k] = line.cells.map(\.text)
          continue
        }
        var placed = [String](repeating: "", count: columns.count)
        for cell in line.cells {
          let column = columns.indices.min { abs(columns[$0] - cell.start) < abs(columns[$1] - cell.start) } ?? 0
          placed[column] = placed[column].isEmpty ? cell.text : placed[column] + " " + cell.text
        }
        rows[k] = placed
      }
      i = end
    }
    return rows
  }

  /// "| Hospital admission | 5 (5.2) | 4 (4.3) |": cells between pipes, as Markdown and
  /// text dumps of tables write them; a rule line ("|----|----|", "+----+----+") is a
  /// line of the table with no cells. Nil for a line that does not open with a pipe or a
  /// rule.
  static func splitPipes(_ line: String) -> (cells: [(start: Int, text: String)], tabbed: Bool)? {
    let bytes = Array(line.utf8)
    guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }), bytes[first] == pipe || bytes[first] == plus else { return nil }
    let rest = bytes[first...]
    if rest.allSatisfy({ [pipe, plus, 0x2D, 0x3D, 0x3A, 0x20, 0x09].contains($0) }) {
      return rest.contains(0x2D) || rest.contains(0x3D) ? ([], true) : nil
    }
    guard bytes[first] == pipe, rest.filter({ $0 == pipe }).count >= 3 else { return nil }
    var cells = rest.split(separator: pipe, omittingEmptySubsequences: false).map { cell in
      String(decoding: cell, as: UTF8.self).trimmingCharacters(in: .whitespaces)
    }
    cells.removeFirst()
    if cells.last?.isEmpty == true { cells.removeLast() }
    guard cells.count >= 2, cells.count <= 12, cells.contains(where: { !$0.isEmpty }) else { return nil }
    return (cells.enumerated().map { ($0.offset, $0.element) }, true)
  }

  /// "Headache | 9/26 | 2/26": cells parted by pipes with a space on each side, as a
  /// scrape writes a table without its outer rules; three cells at least. Nil otherwise.
  static func splitBarePipes(_ line: String) -> (cells: [(start: Int, text: String)], tabbed: Bool)? {
    let parts = line.components(separatedBy: " | ")
    guard parts.count >= 3, parts.count <= 12 else { return nil }
    let cells = parts.map { $0.trimmingCharacters(in: .whitespaces) }
    guard cells.allSatisfy({ !$0.isEmpty && !$0.contains("|") && !isSentence($0) }) else { return nil }
    return (cells.enumerated().map { ($0.offset, $0.element) }, true)
  }

  /// "9/26", "12 (5.3)", "45%": a cell that counts people or gives their share.
  static func countsPeople(_ cell: String) -> Bool {
    let bytes = Array(cell.utf8)
    func digit(_ i: Int) -> Bool { i >= 0 && i < bytes.count && bytes[i] &- 0x30 < 10 }
    return bytes.indices.contains { i in
      (bytes[i] == UInt8(ascii: "/") && digit(i - 1) && digit(i + 1))
        || (bytes[i] == UInt8(ascii: "(") && digit(i + 1) && (digit(i - 1) || (i >= 2 && bytes[i - 1] == 0x20 && digit(i - 2))))
        || (bytes[i] == UInt8(ascii: "%") && digit(i - 1))
    }
  }

  private static let pipe = UInt8(ascii: "|")
  private static let plus = UInt8(ascii: "+")

  /// A line of dashes or equals signs only, ten or more of them.
  private static func isRule(_ line: String) -> Bool {
    var marks = 0
    for byte in line.utf8 {
      if byte == 0x2D || byte == 0x3D || byte == 0x5F {
        marks += 1
      } else if byte != 0x20 && byte != 0x09 {
        return false
      }
    }
    return marks >= 10
  }

  /// A section line inside a table: six words at most, no sentence.
  private static func isSectionLine(_ line: String) -> Bool {
    line.split(separator: " ").count <= 6 && !isSentence(line) && !line.hasSuffix(".")
  }

  /// "Nine responded.": a cell of three words or more that ends a sentence.
  private static func isSentence(_ cell: String) -> Bool {
    cell.utf8.filter { $0 == 0x20 }.count >= 2 && [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(cell.utf8.last ?? 0)
  }

  /// The cells of a line that reads as a table row, with where each starts (a byte
  /// offset), or nil.
  static func split(_ line: String) -> (cells: [(start: Int, text: String)], tabbed: Bool)? {
    if let piped = splitPipes(line) ?? splitBarePipes(line) { return piped }
    // "-------------": a rule above, below or inside a table is a line of it with no cells.
    if isRule(line) { return ([], true) }
    // Most lines hold neither a tab nor two spaces in a row: no copy for them.
    var parted = false
    var previous: UInt8 = 0
    for byte in line.utf8 {
      if byte == 0x09 || (byte == 0x20 && previous == 0x20) {
        parted = true
        break
      }
      previous = byte
    }
    guard parted else { return nil }
    let bytes = Array(line.utf8)
    guard bytes.count >= 4 else { return nil }
    if bytes.contains(0x09) {
      // Tabs that indent a paragraph part no cells.
      var cells = bytes.split(separator: 0x09, omittingEmptySubsequences: false).map { cell in
        String(decoding: cell, as: UTF8.self).trimmingCharacters(in: .whitespaces)
      }
      while cells.first?.isEmpty == true, cells.count > 1, line.utf8.first == 0x09 { cells.removeFirst() }
      while cells.last?.isEmpty == true { cells.removeLast() }
      guard cells.filter({ !$0.isEmpty }).count >= 2, !cells.contains(where: isSentence), cells.count <= 12 else { return nil }
      return (cells.enumerated().map { ($0.offset, $0.element) }, true)
    }
    // Cells: runs of bytes parted by two or more spaces.
    var cells: [(start: Int, text: String)] = []
    var i = 0
    while i < bytes.count {
      while i < bytes.count, bytes[i] == 0x20 { i += 1 }
      guard i < bytes.count else { break }
      let start = i
      var end = i
      while end < bytes.count, !(bytes[end] == 0x20 && (end + 1 == bytes.count || bytes[end + 1] == 0x20)) { end += 1 }
      cells.append((start, String(decoding: bytes[start..<end], as: UTF8.self)))
      i = end
    }
    // Prose parted by two spaces after a full stop is no table: no cell is a sentence,
    // cells are short, and a row of two cells holds a number. A first cell far to the
    // right stands after an empty label.
    let emptyLabel = (cells.first?.start ?? 0) >= 8 ? 1 : 0
    // Justified prose ("Patients  were  randomised  to") parts words, not cells: rows
    // have few cells, and not most of them lowercase words.
    let lowercaseWords = cells.filter { cell in !cell.text.contains(" ") && (cell.text.utf8.first.map { $0 &- 0x61 < 26 } ?? false) }
    guard !cells.contains(where: { isSentence($0.text) }), cells.count <= 12, lowercaseWords.count * 2 < cells.count else { return nil }
    guard cells.count >= 2, cells.count + emptyLabel >= 3, cells.allSatisfy({ $0.text.utf8.count <= 80 }),
      cells.count + emptyLabel >= 3 || bytes.contains(where: { $0 &- 0x30 < 10 })
    else { return nil }
    return (cells, false)
  }
}
