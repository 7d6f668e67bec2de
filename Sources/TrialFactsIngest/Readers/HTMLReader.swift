import TrialFactsCore

/// Turns a parsed HTML page into article blocks: finds the main content, skips page
/// furniture by tag, class/id/role cues and hidden attributes, and builds one block per
/// paragraph, heading, list item and table row.
struct HTMLReader {
  var cues: BoilerplateCues

  /// Elements that start and end a block of text.
  private static let blockElements: Set<String> = [
    "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "figure", "figcaption",
    "caption", "br", "hr", "address", "center", "body", "td", "th",
  ]

  /// Elements never to drop by a class cue: the page's skeleton.
  private static let skeleton: Set<String> = ["html", "body", "main", "article"]

  func read(_ tree: MarkupTree, source: String) -> Document {
    guard !tree.nodes.isEmpty else { return Document(source: source, title: "", blocks: []) }
    let textLength = subtreeTextLengths(tree)
    let linkedLength = subtreeLinkedLengths(tree, textLength: textLength)
    let title = tree.first("title").map { tree.text(of: $0) } ?? tree.first("h1").map { tree.text(of: $0) } ?? ""
    let body = tree.first("body") ?? 0
    let root = mainContent(tree, body: body, textLength: textLength)

    var removed: [RemovedBlock] = []
    var candidates: [BlockFilter.Candidate] = []
    var builder = TextBuilder()
    var open: [(end: Int, kind: BlockKind, level: Int)] = []
    var blockStart = 0
    var headingScope = Int.max
    var linkEnd = -1
    // The tables the walk is inside: where each ends, and its node as its id.
    var tables: [(end: Int, id: Int)] = []

    func flush() {
      guard !builder.isEmpty else { return }
      let piece = builder.finish()
      let kind = open.last?.kind ?? .paragraph
      var block = Block(kind: kind, text: piece.text, level: open.last?.level ?? 0, lineMarks: piece.marks)
      if kind == .tableRow {
        block.cellStarts = piece.cellStarts
        block.cellSpans = piece.cellSpans
        block.table = tables.last?.id ?? 0
      }
      candidates.append(
        .init(
          block: block, linkDensity: Double(piece.linkedBytes) / Double(max(1, piece.text.utf8.count)), position: blockStart,
          scopeEnd: kind == .heading ? headingScope : .max))
    }

    var i = root
    let end = tree.nodes[root].end
    while i < end {
      while let top = open.last, top.end <= i {
        flush()
        open.removeLast()
      }
      while let table = tables.last, table.end <= i { tables.removeLast() }
      let node = tree.nodes[i]
      if node.kind == .text {
        if builder.isEmpty { blockStart = i }
        builder.append(node.text, line: node.line, linked: i < linkEnd)
        i += 1
        continue
      }
      if let cue = skipCue(node, in: tree, index: i, root: root, textLength: textLength)
        ?? linkDenseCue(node, index: i, root: root, textLength: textLength, linkedLength: linkedLength)
      {
        if !["script", "style", "noscript", "template", "svg"].contains(node.name) {
          let text = tree.text(of: i)
          if !text.isEmpty { removed.append(RemovedBlock(text: text, line: node.line, cue: cue)) }
        }
        i = node.end
        continue
      }
      // "Comparator<sup>a</sup> (n = 53)": a footnote marker is no part of the words.
      if node.name == "sup", Self.isFootnoteMarker(tree.text(of: i)) {
        i = node.end
        continue
      }
      if Self.leavesThePage(node) { linkEnd = max(linkEnd, node.end) }
      if node.name == "table" { tables.append((node.end, i + 1)) }
      if node.name == "td" || node.name == "th" {
        builder.beginCell(span: CellSpan(colspan: node.attribute("colspan"), rowspan: node.attribute("rowspan")))
      } else if node.name == "br", isLineOfCell(tree, i) {
        // "<th>60 µg<br>N = 296</th>": two lines of one cell; the row stays one block.
        builder.separateWords()
      } else if Self.blockElements.contains(node.name) {
        flush()
        let (kind, level) = blockKind(node.name, inherited: open.last)
        if kind == .heading, node.parent >= 0 { headingScope = tree.nodes[node.parent].end }
        if node.end > i + 1 { open.append((node.end, kind, level)) }
      }
      i += 1
    }
    flush()

    // The headline is the document's title; in the text it would be said twice.
    if let headline = candidates.firstIndex(where: { $0.block.kind == .heading }),
      Self.isTitle(candidates[headline].block.text, of: title)
    {
      let block = candidates.remove(at: headline).block
      removed.append(RemovedBlock(text: block.text, line: block.line, cue: "title"))
    }
    let filter = BlockFilter(cues: cues)
    var blocks = filter.apply(candidates, removed: &removed)
    // Headings above the first paragraph are the headline, its kicker and its dek.
    if let first = blocks.firstIndex(where: { $0.kind != .heading }), first > 0 {
      for block in blocks[..<first] { removed.append(RemovedBlock(text: block.text, line: block.line, cue: "headline")) }
      blocks.removeFirst(first)
    }
    var warnings: [String] = []
    if !blocks.contains(where: { $0.kind.carriesFacts }) { warnings.append("no article text found") }
    return Document(source: source, title: title, blocks: blocks, warnings: warnings, removed: removed)
  }

  /// "Drug A helps hair grow" is the title "Drug A helps hair grow | Health News".
  static func isTitle(_ heading: String, of title: String) -> Bool {
    heading.utf8.count >= 12 && (title == heading || title.hasPrefix(heading + " ") || title.hasSuffix(" " + heading))
  }

  private func blockKind(_ name: String, inherited: (end: Int, kind: BlockKind, level: Int)?) -> (BlockKind, Int) {
    switch name {
    case "h1", "h2", "h3", "h4", "h5", "h6":
      return (.heading, Int(name.utf8.last! - 0x30))
    case "li", "dd", "dt": return (.listItem, 0)
    case "tr": return (.tableRow, 0)
    case "caption", "figcaption": return (.caption, 0)
    case "br", "hr": return (inherited?.kind ?? .paragraph, inherited?.level ?? 0)
    default:
      // A div inside a list item or a table row is still part of that item.
      if let inherited, inherited.kind == .listItem || inherited.kind == .tableRow || inherited.kind == .heading {
        return (inherited.kind, inherited.level)
      }
      return (.paragraph, 0)
    }
  }

  /// Why element `node` is furniture, or nil to read it.
  private func skipCue(_ node: MarkupTree.Node, in tree: MarkupTree, index: Int, root: Int, textLength: [Int]) -> String? {
    if cues.tags.contains(node.name), index != root, !isContents(tree, index) { return "tag <\(node.name)>" }
    if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return "hidden" }
    if let style = node.attribute("style"), style.replacingSpaces().contains("display:none") { return "hidden" }
    guard index != root, !Self.skeleton.contains(node.name) else { return nil }
    for name in ["class", "id", "role"] {
      guard let value = node.attribute(name), let cue = cues.classCue(value) else { continue }
      // A table and its caption are the article's results, whatever their class says
      // ("table-caption", "table-wrap-meta").
      if Self.tableParts.contains(node.name) || containsTable(tree, index) || isRightBeforeTable(tree, index) { return nil }
      // A wrapper that holds most of the article is not furniture, whatever it is called.
      if textLength[index] > 500, textLength[index] * 2 > textLength[root] { return nil }
      return "\(name) \"\(value)\" (\(cue))"
    }
    return nil
  }

  /// The element holding the article: `itemprop=articleBody`, else the largest `<main>`,
  /// `<article>` or `role=main` that holds a fair share of the page's text and is not a
  /// listing of other articles; else the element with the densest prose.
  private func mainContent(_ tree: MarkupTree, body: Int, textLength: [Int]) -> Int {
    var best = -1
    var i = body
    while i < tree.nodes[body].end {
      let node = tree.nodes[i]
      defer { i += 1 }
      guard node.kind == .element else { continue }
      if node.attribute("itemprop")?.lowercased() == "articlebody", textLength[i] > 200 { return i }
      guard node.name == "main" || node.name == "article" || node.attribute("role") == "main" else { continue }
      if isListing(tree, i) { continue }
      if best < 0 || textLength[i] > textLength[best] { best = i }
    }
    if best >= 0, textLength[best] * 4 >= textLength[body] { return best }
    return densestProse(tree, body: body, textLength: textLength) ?? body
  }

  /// An element that holds three or more `<article>`s is a list of teasers.
  private func isListing(_ tree: MarkupTree, _ index: Int) -> Bool {
    var count = 0
    var i = index + 1
    while i < tree.nodes[index].end {
      if tree.nodes[i].kind == .element, tree.nodes[i].name == "article" {
        count += 1
        if count >= 3 { return true }
        i = tree.nodes[i].end
      } else {
        i += 1
      }
    }
    return false
  }

  private static let tableParts: Set<String> = ["table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th"]

  /// Whether the `<br>` at `index` parts the lines of a table cell: no block element
  /// stands between it and its `<td>` or `<th>`. A page laid out in a table keeps its
  /// story in a `<div>` whose `<br>`s part paragraphs.
  private func isLineOfCell(_ tree: MarkupTree, _ index: Int) -> Bool {
    var parent = tree.nodes[index].parent
    while parent >= 0 {
      let name = tree.nodes[parent].name
      if name == "td" || name == "th" { return true }
      if Self.blockElements.contains(name) { return false }
      parent = tree.nodes[parent].parent
    }
    return false
  }

  /// Whether element `index` holds a `<table>`.
  private func containsTable(_ tree: MarkupTree, _ index: Int) -> Bool {
    (index + 1..<tree.nodes[index].end).contains { tree.nodes[$0].kind == .element && tree.nodes[$0].name == "table" }
  }

  /// A `<nav>` whose every link points into the page ("#results"): the article's own
  /// table of contents, not the site's menu.
  private func isContents(_ tree: MarkupTree, _ index: Int) -> Bool {
    guard tree.nodes[index].name == "nav" else { return false }
    var links = 0
    for i in index + 1..<tree.nodes[index].end where tree.nodes[i].kind == .element && tree.nodes[i].name == "a" {
      guard Self.isInPage(tree.nodes[i].attribute("href")) else { return false }
      links += 1
    }
    return links > 0
  }

  /// Whether the next element after element `index` (its text aside) is a `<table>`:
  /// `<div class="caption">Table 2 ...</div><table>` is the table's caption.
  private func isRightBeforeTable(_ tree: MarkupTree, _ index: Int) -> Bool {
    var next = tree.nodes[index].end
    while next < tree.nodes.count, tree.nodes[next].kind == .text { next += 1 }
    return next < tree.nodes.count && tree.nodes[next].kind == .element && tree.nodes[next].name == "table"
  }

  /// Three or more `<article>`s that hold most of the element's text: a list of teasers
  /// ("You may also like"), not an article with a few embedded cards.
  private func isTeaserList(_ tree: MarkupTree, _ index: Int, textLength: [Int]) -> Bool {
    var count = 0
    var inside = 0
    var i = index + 1
    while i < tree.nodes[index].end {
      if tree.nodes[i].kind == .element, tree.nodes[i].name == "article" {
        count += 1
        inside += textLength[i]
        i = tree.nodes[i].end
      } else {
        i += 1
      }
    }
    return count >= 3 && inside * 2 > textLength[index]
  }

  /// The readability heuristic: paragraphs score by length and commas, the score goes to
  /// their parent and half to the grandparent, links discount it. Nil when the page has
  /// too little prose to judge.
  private func densestProse(_ tree: MarkupTree, body: Int, textLength: [Int]) -> Int? {
    var score: [Int: Double] = [:]
    var linked = [Int](repeating: 0, count: tree.nodes.count)
    // Text in paragraphs under each element.
    var prose = [Int](repeating: 0, count: tree.nodes.count)
    for i in stride(from: tree.nodes[body].end - 1, through: body, by: -1) {
      let node = tree.nodes[i]
      if node.kind == .element, Self.leavesThePage(node) { linked[i] = textLength[i] }
      if node.kind == .element, node.name == "p" || node.name == "pre" || node.name == "blockquote" { prose[i] = max(prose[i], textLength[i]) }
      if node.parent >= 0 {
        linked[node.parent] += linked[i]
        prose[node.parent] += prose[i]
      }
    }
    var i = body
    while i < tree.nodes[body].end {
      let node = tree.nodes[i]
      defer { i += 1 }
      let isProse = node.name == "p" || node.name == "pre" || node.name == "blockquote"
      guard node.kind == .element, isProse, textLength[i] >= 25, node.parent >= 0 else { continue }
      let text = tree.text(of: i)
      let commas = text.utf8.reduce(0) { $0 + ($1 == 0x2C ? 1 : 0) }
      let value = 1 + Double(commas) + min(Double(textLength[i]) / 100, 3)
      score[node.parent, default: 0] += value
      let grandparent = tree.nodes[node.parent].parent
      if grandparent >= 0 { score[grandparent, default: 0] += value / 2 }
    }
    var ranked: [(index: Int, score: Double)] = []
    ranked.reserveCapacity(score.count)
    for (index, raw) in score {
      let density = Double(linked[index]) / Double(max(1, textLength[index]))
      ranked.append((index, raw * (1 - density)))
    }
    ranked.sort { $0.score > $1.score || ($0.score == $1.score && $0.index < $1.index) }
    // A list of teasers gathers the score of every teaser; the article is not one.
    guard let best = ranked.first(where: { !isTeaserList(tree, $0.index, textLength: textLength) }), best.score >= 10
    else { return nil }
    // The densest part may be the article's abstract, whose short paragraphs outscore a
    // body of long ones: then the article is the element around it that holds most of
    // the prose. (Any other winner stays: beside it may be teasers with excerpts.)
    var root = best.index
    if Self.isAbstract(tree.nodes[root]) {
      while case let parent = tree.nodes[root].parent, parent > body, prose[root] * 2 < prose[parent] { root = parent }
    }
    return root
  }

  /// `<div class="abstract author">`, `<section id="abstract1">`: an article's abstract.
  static func isAbstract(_ node: MarkupTree.Node) -> Bool {
    [node.attribute("class"), node.attribute("id")].contains { $0?.lowercased().contains("abstract") == true }
  }

  /// Containers made mostly of links are teaser lists and menus ("More stories"),
  /// whatever their class is called.
  private func linkDenseCue(_ node: MarkupTree.Node, index: Int, root: Int, textLength: [Int], linkedLength: [Int]) -> String? {
    guard index != root, Self.containers.contains(node.name), textLength[index] >= 80,
      textLength[index] * 2 <= textLength[root]
    else { return nil }
    let density = Double(linkedLength[index]) / Double(textLength[index])
    return density > 0.5 ? "links \(Int(density * 100))%" : nil
  }

  private static let containers: Set<String> = ["div", "ul", "ol", "section", "table", "dl"]

  /// One or two lowercase letters or footnote symbols ("a", "†", "**"); never digits,
  /// which are exponents ("m<sup>2</sup>"), nor ordinal endings ("2<sup>nd</sup>").
  static func isFootnoteMarker(_ text: String) -> Bool {
    if Self.ordinalEndings.contains(text) { return false }
    var count = 0
    for scalar in text.unicodeScalars where scalar != " " {
      count += 1
      guard count <= 2, ("a"..."z").contains(scalar) || footnoteSymbols.contains(scalar) else { return false }
    }
    return count > 0
  }

  private static let footnoteSymbols: Set<Unicode.Scalar> = ["*", "†", "‡", "§", "¶", "#"]
  private static let ordinalEndings: Set<String> = ["st", "nd", "rd", "th"]

  /// A link to another page. Links into the page ("#results", a footnote mark) are the
  /// article's own contents and references: their text is not link text.
  private static func leavesThePage(_ node: MarkupTree.Node) -> Bool {
    node.name == "a" && !isInPage(node.attribute("href"))
  }

  /// "#results" points into the page; a bare "#" is a script's placeholder, as good as
  /// another page.
  private static func isInPage(_ href: String?) -> Bool {
    guard let href, href.hasPrefix("#") else { return false }
    return href.utf8.count > 1 && href != "#!"
  }

  /// Text under `<a>` elements, per subtree.
  private func subtreeLinkedLengths(_ tree: MarkupTree, textLength: [Int]) -> [Int] {
    var linked = [Int](repeating: 0, count: tree.nodes.count)
    for i in stride(from: tree.nodes.count - 1, through: 0, by: -1) {
      let node = tree.nodes[i]
      if node.kind == .element, Self.leavesThePage(node) { linked[i] = textLength[i] }
      if node.parent >= 0 { linked[node.parent] += linked[i] }
    }
    return linked
  }

  private func subtreeTextLengths(_ tree: MarkupTree) -> [Int] {
    var lengths = [Int](repeating: 0, count: tree.nodes.count)
    for i in stride(from: tree.nodes.count - 1, through: 0, by: -1) {
      let node = tree.nodes[i]
      if node.kind == .text { lengths[i] += node.text.utf8.count }
      if cues.tags.contains(node.name) { lengths[i] = 0 }
      if node.parent >= 0 { lengths[node.parent] += lengths[i] }
    }
    return lengths
  }
}

extension String {
  func replacingSpaces() -> String {
    String(String.UnicodeScalarView(unicodeScalars.filter { $0 != " " })).lowercased()
  }
}
