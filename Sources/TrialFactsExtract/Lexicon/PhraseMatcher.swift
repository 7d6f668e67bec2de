/// A trie over token keys: finds the longest lexicon term starting at a token.
///
/// Terms are tokenized with the same ``Tokenizer`` as the text, so "b.i.d.", "mg/kg"
/// and "twice daily" match whatever the spacing ("20mg", "20 mg").
public struct PhraseMatcher<Value: Sendable>: Sendable {
  private var edges = KeyTable()
  /// Value of the term ending at each node, if any.
  private var values: [Value?] = [nil]
  private var nodeCount: Int32 = 1
  private var termCount = 0

  @inline(__always)
  private static func edge(_ node: Int32, _ key: UInt64) -> UInt64 {
    key ^ (UInt64(UInt32(bitPattern: node)) &* 0x9E37_79B9_7F4A_7C15)
  }

  public init() {}

  /// Adds a term; a later term with the same tokens replaces the earlier value.
  public mutating func insert(_ term: String, value: Value) {
    let tokens = Tokenizer.tokenize(term)
    guard !tokens.isEmpty else { return }
    var node: Int32 = 0
    for token in tokens {
      let edge = Self.edge(node, token.key)
      if let next = edges[edge] {
        node = next
      } else {
        edges[edge] = nodeCount
        node = nodeCount
        nodeCount += 1
        values.append(nil)
      }
    }
    if values[Int(node)] == nil { termCount += 1 }
    values[Int(node)] = value
  }

  public var isEmpty: Bool { termCount == 0 }

  /// The longest term starting at `tokens[index]`: its value and the index after it.
  /// Terms never cross a gap the caller forbids with `stopAt`.
  public func longestMatch(in tokens: [Token], at index: Int, stopAt limit: Int? = nil) -> (value: Value, end: Int)? {
    // Callers look around a token ("the word before"): an index off either end matches nothing.
    guard index >= 0 else { return nil }
    var node: Int32 = 0
    var best: (Value, Int)?
    var i = index
    let end = min(limit ?? tokens.count, tokens.count)
    while i < end {
      var next = edges[Self.edge(node, tokens[i].key)]
      // "once-daily", "every-2-weeks": a hyphen inside a phrase reads as a space.
      if next == nil, node != 0, tokens[i].kind == .dash, !tokens[i].spaceBefore, i + 1 < end, !tokens[i + 1].spaceBefore {
        next = edges[Self.edge(node, tokens[i + 1].key)]
        if next != nil { i += 1 }
      }
      guard let step = next else { break }
      node = step
      i += 1
      if let value = values[Int(node)] { best = (value, i) }
    }
    return best
  }

  /// The value of the term whose tokens have exactly these keys, if any.
  public func value(forKeys keys: [UInt64]) -> Value? {
    var node: Int32 = 0
    for key in keys {
      guard let next = edges[Self.edge(node, key)] else { return nil }
      node = next
    }
    return values[Int(node)]
  }

  /// Whether `tokens[index]` starts any term.
  public func contains(_ tokens: [Token], at index: Int) -> Bool {
    longestMatch(in: tokens, at: index) != nil
  }
}
