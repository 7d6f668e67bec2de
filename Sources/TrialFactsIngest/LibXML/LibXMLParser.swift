import CLibXML2

/// The one place where libxml2 pointers live: parse bytes with libxml2's SAX interface
/// and build a ``MarkupTree`` of Swift values directly from the callbacks.
///
/// No libxml2 DOM is built: that halves the work per page, and it makes line numbers
/// exact (the parser's own line counter is read at each callback; node line fields stop
/// at 65,535 for HTML). Untrusted input: no network, no entity substitution, no DTD
/// (entity declarations are ignored, so entity bombs have nothing to expand).
enum LibXMLParser {
  /// Call once before parsing from several threads (libxml2's threading notes).
  static func initialize() {
    xmlInitParser()
  }

  static func parseHTML(_ bytes: [UInt8]) -> MarkupTree? {
    guard bytes.count < Int(Int32.max), let context = htmlNewParserCtxt() else { return nil }
    defer { htmlFreeParserCtxt(context) }
    CLibXML2_silenceErrors()
    let sax = context.pointee.sax!
    sax.pointee.startElement = startElement
    sax.pointee.endElement = endElement
    installCommon(sax)
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue)
    return build(context, bytes) { context, buffer in
      htmlCtxtReadMemory(context, buffer.baseAddress, Int32(buffer.count), nil, "UTF-8", options)
    }
  }

  static func parseXML(_ bytes: [UInt8]) -> MarkupTree? {
    guard bytes.count < Int(Int32.max), let context = xmlNewParserCtxt() else { return nil }
    defer { xmlFreeParserCtxt(context) }
    CLibXML2_silenceErrors()
    let sax = context.pointee.sax!
    sax.pointee.startElementNs = startElementNs
    sax.pointee.endElementNs = endElementNs
    sax.pointee.startElement = nil
    sax.pointee.endElement = nil
    installCommon(sax)
    let options = Int32(
      XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
    return build(context, bytes) { context, buffer in
      xmlCtxtReadMemory(context, buffer.baseAddress, Int32(buffer.count), nil, "UTF-8", options)
    }
  }

  /// Text and the callbacks that must do nothing (DTDs, entities, references).
  private static func installCommon(_ sax: UnsafeMutablePointer<xmlSAXHandler>) {
    sax.pointee.characters = characters
    sax.pointee.cdataBlock = characters
    sax.pointee.ignorableWhitespace = characters
    sax.pointee.reference = nil
    sax.pointee.internalSubset = nil
    sax.pointee.externalSubset = nil
    sax.pointee.entityDecl = nil
    sax.pointee.unparsedEntityDecl = nil
    sax.pointee.getEntity = nil
    sax.pointee.getParameterEntity = nil
    sax.pointee.resolveEntity = nil
    sax.pointee.comment = nil
    sax.pointee.processingInstruction = nil
  }

  /// Runs one parse with a ``TreeBuilder`` attached to the parser context.
  private static func build(
    _ context: xmlParserCtxtPtr, _ bytes: [UInt8], read: (xmlParserCtxtPtr, UnsafeBufferPointer<CChar>) -> xmlDocPtr?
  ) -> MarkupTree? {
    let builder = TreeBuilder()
    context.pointee._private = Unmanaged.passUnretained(builder).toOpaque()
    let document = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { read(context, $0) }
    }
    if let document { xmlFreeDoc(document) }  // the empty shell that startDocument made
    context.pointee._private = nil
    return withExtendedLifetime(builder) { builder.finish() }
  }
}

/// Receives the SAX events of one parse and appends nodes in document order.
private final class TreeBuilder {
  var tree = MarkupTree()
  var open: [Int] = []

  static func from(_ context: UnsafeMutableRawPointer?) -> (TreeBuilder, Int)? {
    guard let context else { return nil }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let opaque = parser.pointee._private else { return nil }
    let line = parser.pointee.input.map { Int($0.pointee.line) } ?? 0
    return (Unmanaged<TreeBuilder>.fromOpaque(opaque).takeUnretainedValue(), line)
  }

  func start(_ name: String, attributes: [(name: String, value: String)], line: Int) {
    let index = tree.nodes.count
    tree.nodes.append(
      .init(kind: .element, name: name, text: "", attributes: attributes, line: line, parent: open.last ?? -1, end: index + 1))
    open.append(index)
  }

  func end() {
    guard let index = open.popLast() else { return }
    tree.nodes[index].end = tree.nodes.count
  }

  func text(_ bytes: UnsafeBufferPointer<UInt8>, line endLine: Int) {
    var newlines = 0
    for b in bytes where b == 0x0A { newlines += 1 }
    let parent = open.last ?? -1
    let piece = String(decoding: bytes, as: UTF8.self)
    // libxml2 hands long text over in chunks; they belong to one node.
    if let last = tree.nodes.indices.last, tree.nodes[last].kind == .text, tree.nodes[last].parent == parent {
      tree.nodes[last].text += piece
      return
    }
    guard parent >= 0 else { return }  // text outside the root element
    let index = tree.nodes.count
    tree.nodes.append(
      .init(kind: .text, name: "", text: piece, attributes: [], line: max(1, endLine - newlines), parent: parent, end: index + 1))
  }

  func finish() -> MarkupTree? {
    while let index = open.popLast() { tree.nodes[index].end = tree.nodes.count }
    return tree.nodes.isEmpty ? nil : tree
  }

  /// Lowercased element or attribute name.
  static func name(_ pointer: UnsafePointer<xmlChar>?) -> String {
    guard let pointer else { return "" }
    var hasUpper = false
    var length = 0
    while pointer[length] != 0 {
      if pointer[length] &- 0x41 < 26 { hasUpper = true }
      length += 1
    }
    let bytes = UnsafeBufferPointer(start: pointer, count: length)
    guard hasUpper else { return String(decoding: bytes, as: UTF8.self) }
    return String(decoding: bytes.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
  }

  /// The attributes readers look at (href: links into the page are not link text;
  /// colspan and rowspan place table cells); the rest (src, data-*) are never copied.
  static let wanted: Set<String> = [
    "class", "id", "role", "hidden", "aria-hidden", "style", "itemprop", "label", "ref-type", "href", "colspan", "rowspan",
  ]
}

// MARK: - SAX callbacks (C function pointers: no captures)

private let startElement: startElementSAXFunc = { context, name, attributes in
  guard let (builder, line) = TreeBuilder.from(context) else { return }
  var kept: [(name: String, value: String)] = []
  if var cursor = attributes {
    // name, value, name, value, ..., NULL
    while let attributeName = cursor[0] {
      let key = TreeBuilder.name(attributeName)
      let value = cursor[1]
      if TreeBuilder.wanted.contains(key) {
        kept.append((key, value.map { String(cString: $0) } ?? ""))
      }
      cursor += 2
    }
  }
  builder.start(TreeBuilder.name(name), attributes: kept, line: line)
}

private let endElement: endElementSAXFunc = { context, _ in
  TreeBuilder.from(context)?.0.end()
}

private let startElementNs: startElementNsSAX2Func = {
  context, localName, _, _, _, _, attributeCount, _, attributes in
  guard let (builder, line) = TreeBuilder.from(context) else { return }
  var kept: [(name: String, value: String)] = []
  if let attributes {
    // (localname, prefix, URI, value, end) per attribute; value is not NUL-terminated.
    for i in 0..<Int(attributeCount) {
      let key = TreeBuilder.name(attributes[i * 5])
      guard TreeBuilder.wanted.contains(key), let start = attributes[i * 5 + 3], let end = attributes[i * 5 + 4] else {
        continue
      }
      kept.append((key, String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)))
    }
  }
  builder.start(TreeBuilder.name(localName), attributes: kept, line: line)
}

private let endElementNs: endElementNsSAX2Func = { context, _, _, _ in
  TreeBuilder.from(context)?.0.end()
}

private let characters: charactersSAXFunc = { context, bytes, length in
  guard let (builder, line) = TreeBuilder.from(context), let bytes, length > 0 else { return }
  builder.text(UnsafeBufferPointer(start: bytes, count: Int(length)), line: line)
}
