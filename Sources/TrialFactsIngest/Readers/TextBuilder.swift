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
        if pendingSpace && !bytes.isEmpty {
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

  /// Marks a boundary that must read as a space (between table cells, after `<br>`).
  mutating func appendSeparator(_ separator: String) {
    guard !bytes.isEmpty else { return }
    pendingSpace = false
    bytes.append(contentsOf: separator.utf8)
  }

  mutating func finish() -> (text: String, marks: [LineMark], linkedBytes: Int) {
    while let last = bytes.last, last == 0x20 || last == 0x7C { bytes.removeLast() }  // trailing " | "
    let text = String(decoding: bytes, as: UTF8.self)
    let result = (text, marks.filter { $0.offset < max(1, bytes.count) }, linkedBytes)
    bytes.removeAll(keepingCapacity: true)
    marks.removeAll(keepingCapacity: true)
    pendingSpace = false
    currentLine = 0
    linkedBytes = 0
    return result
  }
}
