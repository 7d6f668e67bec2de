/// The clean text of one input file, as ordered blocks that keep their source lines.
///
/// ``text`` joins the blocks with blank lines; it is exactly what `trialfacts ingest`
/// prints, and evidence offsets in findings are code-point offsets into it.
public struct Document: Sendable {
  /// The path of the input as the user gave it.
  public var source: String
  public var title: String
  public var blocks: [Block]
  /// Notes about the input that are not errors (for example "no article text found").
  public var warnings: [String]
  /// Blocks removed as boilerplate, with the cue that removed them (for `--show-removed`).
  public var removed: [RemovedBlock]

  /// Separator between blocks in ``text``.
  public static let blockSeparator = "\n\n"

  public init(
    source: String, title: String, blocks: [Block], warnings: [String] = [],
    removed: [RemovedBlock] = []
  ) {
    self.source = source
    self.title = title
    self.blocks = blocks
    self.warnings = warnings
    self.removed = removed
    var starts: [Int] = []
    var codePointStarts: [Int] = []
    var ascii: [Bool] = []
    var marks: [[Int]] = []
    starts.reserveCapacity(blocks.count)
    var offset = 0
    var codePoints = 0
    for block in blocks {
      starts.append(offset)
      codePointStarts.append(codePoints)
      let bytes = block.text.utf8.count
      let scalars = block.text.unicodeScalars.count
      ascii.append(bytes == scalars)
      marks.append(bytes == scalars || bytes < Self.markStride * 4 ? [] : Self.codePointMarks(block.text))
      offset += bytes + 2
      codePoints += scalars + 2
    }
    self.blockStarts = starts
    self.blockCodePointStarts = codePointStarts
    self.blockIsASCII = ascii
    self.blockCodePointMarks = marks
  }

  /// UTF-8 offset of each block's first byte in ``text``.
  public let blockStarts: [Int]
  /// Code-point offset of each block's first character in ``text``.
  public let blockCodePointStarts: [Int]
  /// Blocks whose bytes are all ASCII: there a byte offset is a code-point offset.
  private let blockIsASCII: [Bool]
  /// For long blocks that are not ASCII: the code points before every
  /// ``markStride``-th byte, so that an offset costs at most a stride's scan.
  private let blockCodePointMarks: [[Int]]
  static let markStride = 64

  private static func codePointMarks(_ text: String) -> [Int] {
    var marks: [Int] = []
    var count = 0
    for (index, byte) in text.utf8.enumerated() {
      if index % markStride == 0 { marks.append(count) }
      if byte & 0xC0 != 0x80 { count += 1 }
    }
    return marks
  }

  /// The clean text: block texts joined by ``blockSeparator``.
  public var text: String {
    blocks.lazy.map(\.text).joined(separator: Document.blockSeparator)
  }

  /// The code-point offset in ``text`` of byte `utf8Offset` of block `blockIndex`.
  public func codePointOffset(block blockIndex: Int, utf8Offset: Int) -> Int {
    if blockIsASCII[blockIndex] { return blockCodePointStarts[blockIndex] + utf8Offset }
    let utf8 = blocks[blockIndex].text.utf8
    // From the nearest mark: wide table rows ask this thousands of times.
    let marks = blockCodePointMarks[blockIndex]
    let mark = min(utf8Offset / Self.markStride, max(0, marks.count - 1))
    let from = marks.isEmpty ? 0 : mark * Self.markStride
    let count =
      utf8.withContiguousStorageIfAvailable { bytes -> Int in
        var count = marks.isEmpty ? 0 : marks[mark]
        for byte in bytes[min(from, bytes.count)..<min(utf8Offset, bytes.count)] where byte & 0xC0 != 0x80 { count += 1 }
        return count
      } ?? utf8.prefix(utf8Offset).reduce(0) { $1 & 0xC0 != 0x80 ? $0 + 1 : $0 }
    return blockCodePointStarts[blockIndex] + count
  }
}

/// A block that Ingest dropped, and why.
public struct RemovedBlock: Sendable, Hashable {
  public var text: String
  public var line: Int
  /// The rule cue that removed it, e.g. `class "share-bar"` or `phrase "sign up"`.
  public var cue: String
  public init(text: String, line: Int, cue: String) {
    self.text = text
    self.line = line
    self.cue = cue
  }
}
