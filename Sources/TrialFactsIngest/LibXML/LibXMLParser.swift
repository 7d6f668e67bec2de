import CLibXML2

/// The one place where libxml2 pointers live: parse bytes, convert the C tree into a
/// ``MarkupTree`` of Swift values, free the C tree before returning.
///
/// Untrusted input: no network, no entity substitution, no DTD loading, no HUGE limits.
/// libxml2's node line numbers stop at 65,535 for HTML, so a SAX `characters` hook
/// records the real line of every text node in its `_private` field.
enum LibXMLParser {
  /// Call once before parsing from several threads (libxml2's threading notes).
  static func initialize() {
    xmlInitParser()
  }

  static func parseHTML(_ bytes: [UInt8]) -> MarkupTree? {
    guard bytes.count < Int(Int32.max), let context = htmlNewParserCtxt() else { return nil }
    defer { htmlFreeParserCtxt(context) }
    CLibXML2_silenceErrors()
    context.pointee.sax.pointee.characters = recordTextLine
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
    let document = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        htmlCtxtReadMemory(context, $0.baseAddress, Int32($0.count), nil, "UTF-8", options)
      }
    }
    guard let document else { return nil }
    defer { xmlFreeDoc(document) }
    return convert(document)
  }

  static func parseXML(_ bytes: [UInt8]) -> MarkupTree? {
    guard bytes.count < Int(Int32.max), let context = xmlNewParserCtxt() else { return nil }
    defer { xmlFreeParserCtxt(context) }
    CLibXML2_silenceErrors()
    context.pointee.sax.pointee.characters = recordTextLine
    context.pointee.sax.pointee.cdataBlock = recordTextLine
    let options = Int32(
      XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue)
    let document = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        xmlCtxtReadMemory(context, $0.baseAddress, Int32($0.count), nil, "UTF-8", options)
      }
    }
    guard let document else { return nil }
    defer { xmlFreeDoc(document) }
    return convert(document)
  }

  /// Iterative pre-order walk of the C tree (never recursive: depth is input-controlled).
  private static func convert(_ document: xmlDocPtr) -> MarkupTree? {
    guard let root = xmlDocGetRootElement(document) else { return nil }
    var tree = MarkupTree()
    var open: [Int] = []
    var node: xmlNodePtr? = root
    while let current = node {
      let parent = open.last ?? -1
      let index = tree.nodes.count
      var descend = false
      switch current.pointee.type {
      case XML_ELEMENT_NODE:
        tree.nodes.append(
          .init(
            kind: .element, name: lowercasedName(current.pointee.name), text: "",
            attributes: attributes(of: current), line: Int(xmlGetLineNo(current)), parent: parent, end: index + 1))
        descend = current.pointee.children != nil
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = current.pointee.content {
          let recorded = Int(bitPattern: current.pointee._private)
          let line = recorded > 0 ? recorded : Int(xmlGetLineNo(current))
          tree.nodes.append(
            .init(kind: .text, name: "", text: String(cString: content), attributes: [], line: line, parent: parent, end: index + 1))
        }
      default:
        break
      }
      if descend, let child = current.pointee.children {
        open.append(index)
        node = child
        continue
      }
      // Move on: to the next sibling, or up, closing each subtree left behind.
      var step = current
      node = nil
      while step != root {
        if let next = step.pointee.next {
          node = next
          break
        }
        guard let up = step.pointee.parent, let closed = open.popLast() else { break }
        tree.nodes[closed].end = tree.nodes.count
        step = up
      }
    }
    while let closed = open.popLast() { tree.nodes[closed].end = tree.nodes.count }
    return tree
  }

  private static func lowercasedName(_ name: UnsafePointer<xmlChar>?) -> String {
    guard let name else { return "" }
    var bytes: [UInt8] = []
    var i = 0
    while name[i] != 0 {
      let b = name[i]
      bytes.append(b &- 0x41 < 26 ? b | 0x20 : b)
      i += 1
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func attributes(of node: xmlNodePtr) -> [(name: String, value: String)] {
    var result: [(name: String, value: String)] = []
    var attribute = node.pointee.properties
    while let current = attribute {
      if let value = xmlNodeGetContent(UnsafeMutablePointer<xmlNode>(OpaquePointer(current))) {
        result.append((lowercasedName(current.pointee.name), String(cString: value)))
        CLibXML2_free(value)
      }
      attribute = current.pointee.next
    }
    return result
  }
}

/// SAX `characters` hook: lets libxml2 build the text node, then stores the line where
/// the text starts (the parser's line is at the end of the chunk) in the node's `_private`.
private let recordTextLine: charactersSAXFunc = { context, characters, length in
  xmlSAX2Characters(context, characters, length)
  guard let context, let characters, length > 0 else { return }
  let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
  guard let input = parser.pointee.input, let element = parser.pointee.node,
    let text = element.pointee.last, text.pointee.type == XML_TEXT_NODE || text.pointee.type == XML_CDATA_SECTION_NODE,
    text.pointee._private == nil
  else { return }
  var newlines = 0
  for i in 0..<Int(length) where characters[i] == 0x0A { newlines += 1 }
  let line = max(1, Int(input.pointee.line) - newlines)
  text.pointee._private = UnsafeMutableRawPointer(bitPattern: line)
}
