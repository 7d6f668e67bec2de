/// JSON renderings for `trialfacts ingest --format json` and `trialfacts annotate`.
public enum IngestJSON {
  /// The document with its blocks: kind, level, first source line, text and the
  /// code-point offset of the block in the clean text.
  public static func render(_ document: Document) -> String {
    var json = JSONText()
    json.beginObject()
    json.string("source", document.source)
    json.string("title", document.title)
    json.beginArray("blocks")
    for (i, block) in document.blocks.enumerated() {
      json.beginObject()
      json.string("kind", block.kind.rawValue)
      if block.level > 0 { json.int("level", block.level) }
      json.int("line", block.line)
      json.int("start", document.blockCodePointStarts[i])
      json.string("text", block.text)
      if block.kind == .tableRow {
        json.beginArray("cells")
        for cell in block.cells { json.string(nil, cell) }
        json.endArray()
      }
      json.endObject()
    }
    json.endArray()
    json.beginArray("removed")
    for removed in document.removed {
      json.beginObject()
      json.int("line", removed.line)
      json.string("cue", removed.cue)
      json.string("text", removed.text)
      json.endObject()
    }
    json.endArray()
    if !document.warnings.isEmpty {
      json.beginArray("warnings")
      for warning in document.warnings { json.string(nil, warning) }
      json.endArray()
    }
    json.endObject()
    return json.text
  }
}

extension IngestJSON {
  /// One line of `ingest --format jsonl`: `{"source","title","text"}`.
  public static func line(_ document: Document) -> String {
    var json = JSONText()
    json.beginObject()
    json.string("source", document.source)
    json.string("title", document.title)
    json.string("text", document.text)
    json.endObject()
    return json.text
  }

  public static func errorLine(source: String, message: String) -> String {
    var json = JSONText()
    json.beginObject()
    json.string("source", source)
    json.string("error", message)
    json.endObject()
    return json.text
  }
}

public enum MentionJSON {
  /// One line per mention: `{"id","label","start","end","text","value"}`, code-point
  /// offsets; a cohort adds its `scope`, a response the `outcome` its sentence names.
  public static func render(id: String, text: String, mentions: [Mention]) -> String {
    let scalars = CodePointIndex(text)
    var out = ""
    for mention in mentions.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
      var json = JSONText()
      json.beginObject()
      json.string("id", id)
      json.string("label", mention.label.rawValue)
      json.int("start", scalars.codePoint(atUTF8: mention.start))
      json.int("end", scalars.codePoint(atUTF8: mention.end))
      json.string("text", scalars.slice(mention.start, mention.end))
      json.string("value", mention.normalizedText)
      if let scope = mention.scope { json.string("scope", scope.rawValue) }
      if case .response(let count) = mention.value, let words = count.outcome { json.string("outcome", scalars.slice(words.lowerBound, words.upperBound)) }
      if case .response(let count) = mention.value, let words = count.subgroup { json.string("subgroup", scalars.slice(words.lowerBound, words.upperBound)) }
      json.endObject()
      out += json.text + "\n"
    }
    return out
  }
}

/// UTF-8 offset to code-point offset for one text.
struct CodePointIndex {
  private let bytes: [UInt8]
  private var prefix: [Int32]

  init(_ text: String) {
    bytes = Array(text.utf8)
    prefix = [Int32](repeating: 0, count: bytes.count + 1)
    var count: Int32 = 0
    for (i, b) in bytes.enumerated() {
      prefix[i] = count
      if b & 0xC0 != 0x80 { count += 1 }
    }
    prefix[bytes.count] = count
  }

  func codePoint(atUTF8 offset: Int) -> Int { Int(prefix[min(offset, bytes.count)]) }
  func slice(_ start: Int, _ end: Int) -> String { String(decoding: bytes[start..<end], as: UTF8.self) }
}
