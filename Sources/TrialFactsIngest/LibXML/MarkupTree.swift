/// A parsed HTML or XML document as a flat array of nodes in document order.
///
/// Flat and index-linked so that readers walk it without recursion (pages can nest
/// thousands of tags) and skip a whole subtree by jumping to its `end`.
struct MarkupTree: Sendable {
  enum Kind: UInt8, Sendable { case element, text }

  struct Node: Sendable {
    var kind: Kind
    /// Lowercased local name for elements; empty for text.
    var name: String
    /// Text content for text nodes; empty for elements.
    var text: String
    var attributes: [(name: String, value: String)]
    /// 1-based source line (not capped at 65,535; see LibXMLParser).
    var line: Int
    var parent: Int
    /// Index one past the last node of this node's subtree.
    var end: Int

    func attribute(_ name: String) -> String? {
      for attribute in attributes where attribute.name == name { return attribute.value }
      return nil
    }
  }

  var nodes: [Node] = []

  /// All text below `index`, whitespace runs folded to one space.
  func text(of index: Int) -> String {
    var builder = TextBuilder()
    var i = index
    while i < nodes[index].end {
      if nodes[i].kind == .text { builder.append(nodes[i].text, line: nodes[i].line) }
      i += 1
    }
    return builder.finish().text
  }

  /// First descendant element (or self) named `name`, in document order.
  func first(_ name: String, in index: Int = 0) -> Int? {
    guard !nodes.isEmpty else { return nil }
    var i = index
    while i < nodes[index].end {
      if nodes[i].kind == .element, nodes[i].name == name { return i }
      i += 1
    }
    return nil
  }
}
