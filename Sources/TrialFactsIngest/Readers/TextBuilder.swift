import TrialFactsCore

/// Accumulates the text of one block from source pieces: folds whitespace runs into
/// one space and records where the source line changes, so that every byte of the
/// block maps back to its line.
struct TextBuilder {
  private(set) var bytes: [UInt8] = []
  private var marks: [LineMark] = []
  private var pendingSpace = false
  private var currentLine = 0
  /// Bytes of text that sat inside links (for link density).
  private(set) var linkedBytes = 0
  /// Byte offsets where table cells start.
  private var cellStarts: [Int] = []
  private var cellSpans: [CellSpan] = []

  var isEmpty: Bool { bytes.isEmpty }

  mutating func append(_ text: String, line: Int, linked: Bool = false) {
    var line = line
    var text = text
    text.withUTF8 { source in
      var i = 0
      let count = source.count
      while i < count {
        let byte = source[i]
        if byte == 0x0A {
          line += 1
          pendingSpace = true
          i += 1
          continue
        }
        if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C {
          pendingSpace = true
          i += 1
          continue
        }
        // U+00A0 no-break space folds like a space.
        if byte == 0xC2, i + 1 < count, source[i + 1] == 0xA0 {
          pendingSpace = true
          i += 2
          continue
        }
        if byte < 0x20 || byte == 0x7F {  // control characters never reach the clean text
          i += 1
          continue
        }
        if pendingSpace && !bytes.isEmpty && bytes.last != 0x20 {
          bytes.append(0x20)
        }
        pendingSpace = false
        if line != currentLine {
          marks.append(LineMark(offset: bytes.count, line: line))
          currentLine = line
        }
        bytes.append(byte)
        if linked { linkedBytes += 1 }
        i += 1
      }
    }
  }

  /// The next text starts a new word (a line break the scraper put mid-sentence).
  mutating func separateWords() {
    pendingSpace = true
  }

  /// The next text goes on with the last word, which a line break split: "parti-" and
  /// "cipants" are one word, and the hyphen goes when `dropHyphen`.
  mutating func continueWord(dropHyphen: Bool) {
    pendingSpace = false
    if dropHyphen, bytes.last == UInt8(ascii: "-") { bytes.removeLast() }
  }

  /// Starts a table cell: cells of a row read "a | b | c" and keep their offsets.
  mutating func beginCell(span: CellSpan = .one) {
    if !bytes.isEmpty {
      pendingSpace = false
      bytes.append(contentsOf: " | ".utf8)
    }
    cellStarts.append(bytes.count)
    cellSpans.append(span)
  }

  /// What a finished block holds.
  struct Piece {
    var text: String
    var marks: [LineMark]
    var linkedBytes: Int
    var cellStarts: [Int]
    /// One per cell start; empty when every cell spans one column and row.
    var cellSpans: [CellSpan]
  }

  mutating func finish() -> Piece {
    if !cellStarts.isEmpty {
      while let last = bytes.last, last == 0x20 || last == 0x7C { bytes.removeLast() }  // empty last cells
    }
    let kept = cellStarts.indices.filter { cellStarts[$0] <= bytes.count }
    let piece = Piece(
      text: String(decoding: bytes, as: UTF8.self), marks: marks.filter { $0.offset < max(1, bytes.count) },
      linkedBytes: linkedBytes, cellStarts: kept.map { cellStarts[$0] },
      cellSpans: cellSpans.allSatisfy { $0 == .one } ? [] : kept.map { cellSpans[$0] })
    bytes.removeAll(keepingCapacity: true)
    marks.removeAll(keepingCapacity: true)
    cellStarts.removeAll(keepingCapacity: true)
    cellSpans.removeAll(keepingCapacity: true)
    pendingSpace = false
    currentLine = 0
    linkedBytes = 0
    return piece
  }
}
