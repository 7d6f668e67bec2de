/// One unit of clean text (a paragraph, heading, list item, table row...) with the
/// map back to the lines of the source file it came from.
public struct Block: Sendable, Hashable {
  public var kind: BlockKind
  /// Whitespace-normalized text: single spaces, no leading or trailing space.
  public var text: String
  /// Heading level (1-6) for headings, 0 otherwise.
  public var level: Int
  /// Line marks in ascending `offset` order; the first is at offset 0.
  public var lineMarks: [LineMark]
  /// For table rows: the byte offset in ``text`` where each cell starts. The row text
  /// reads "cell | cell | cell".
  public var cellStarts: [Int] = []
  /// For table rows: how many columns and rows each cell spans (`colspan`, `rowspan`),
  /// one per cell of ``cellStarts``; empty when every cell spans one.
  public var cellSpans: [CellSpan] = []
  /// For table rows: which table of the page the row belongs to (rows of one table share
  /// it, the next table has another); 0 for other blocks. Two tables in a row stay two.
  public var table = 0

  /// The cells of a table row, in order (empty for other blocks).
  public var cells: [String] {
    let bytes = Array(text.utf8)
    return cellRanges.map { String(decoding: bytes[$0], as: UTF8.self) }
  }

  /// The byte range of each cell of a table row in ``text`` (empty for other blocks).
  public var cellRanges: [Range<Int>] {
    let count = text.utf8.count
    return cellStarts.enumerated().map { i, start in
      var end = i + 1 < cellStarts.count ? cellStarts[i + 1] - 3 : count
      end = max(start, min(end, count))
      return min(start, count)..<end
    }
  }

  public init(kind: BlockKind, text: String, level: Int = 0, lineMarks: [LineMark]) {
    self.kind = kind
    self.text = text
    self.level = level
    self.lineMarks = lineMarks.isEmpty ? [LineMark(offset: 0, line: 1)] : lineMarks
  }

  public init(kind: BlockKind, text: String, level: Int = 0, line: Int) {
    self.init(kind: kind, text: text, level: level, lineMarks: [LineMark(offset: 0, line: line)])
  }

  /// The 1-based source line of the block's first character.
  public var line: Int { lineMarks[0].line }

  /// The source line of the character at `utf8Offset` bytes into `text`.
  public func line(atUTF8Offset utf8Offset: Int) -> Int {
    var low = 0
    var high = lineMarks.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineMarks[mid].offset <= utf8Offset { low = mid } else { high = mid - 1 }
    }
    return lineMarks[low].line
  }
}

/// "From byte `offset` of the block text on, the text comes from source line `line`."
public struct LineMark: Sendable, Hashable {
  public var offset: Int
  public var line: Int
  public init(offset: Int, line: Int) {
    self.offset = offset
    self.line = line
  }
}
