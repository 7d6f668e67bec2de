import TrialFactsCore

/// Reads scholarly XML: PubMed (MEDLINE citation) and PMC JATS articles.
///
/// Title, abstract and body become blocks; section titles become headings; table rows
/// keep their cells; the reference list becomes reference blocks, kept apart.
struct XMLArticleReader {
  var cues: BoilerplateCues

  /// Elements that JATS allows inside a paragraph but that are blocks of their own.
  static let nestedBlocks: Set<String> = ["table-wrap", "fig", "list", "disp-quote", "boxed-text", "table-wrap-group", "fig-group"]

  enum Dialect { case pubmed, jats }

  static func dialect(of tree: MarkupTree) -> Dialect? {
    guard let root = tree.nodes.first else { return nil }
    switch root.name {
    case "pubmedarticleset", "pubmedarticle", "medlinecitation", "pubmedbookarticle": return .pubmed
    case "article", "pmc-articleset": return tree.first("article-meta") != nil || tree.first("body") != nil ? .jats : nil
    default: return nil
    }
  }

  private static let markerReferences: Set<String> = ["bibr", "table-fn", "fn"]

  func read(_ tree: MarkupTree, dialect: Dialect, source: String) -> Document {
    var blocks: [Block] = []
    var title = ""
    func add(_ kind: BlockKind, _ index: Int, level: Int = 0, prefix: String = "") {
      var builder = TextBuilder()
      if !prefix.isEmpty { builder.append(prefix, line: tree.nodes[index].line) }
      var i = index
      while i < tree.nodes[index].end {
        let node = tree.nodes[i]
        if node.kind == .text {
          builder.append(node.text, line: node.line)
        } else if node.name == "td" || node.name == "th" {
          builder.beginCell(span: CellSpan(colspan: node.attribute("colspan"), rowspan: node.attribute("rowspan")))
        } else if node.name == "break" {
          builder.separateWords()  // "60 µg<break/>N = 296" is two lines of one cell
        } else if node.name == "sup", HTMLReader.isFootnoteMarker(tree.text(of: i)) {
          i = node.end  // "CoPAT<sup>a</sup>": a footnote marker written without a reference
          continue
        } else if node.name == "xref", let type = node.attribute("ref-type"), Self.markerReferences.contains(type) {
          // Citation and footnote markers ("[12]", the "a" of "Comparator<xref>a</xref>")
          // are not article text.
          i = node.end
          continue
        } else if i != index, Self.nestedBlocks.contains(node.name) {
          i = node.end  // a table or figure inside a paragraph is read on its own
          continue
        }
        i += 1
      }
      let piece = builder.finish()
      guard !piece.text.isEmpty else { return }
      var block = Block(kind: kind, text: piece.text, level: level, lineMarks: piece.marks)
      if kind == .tableRow {
        block.cellStarts = piece.cellStarts
          block.cellSpans = piece.cellSpans
        // The enclosing <table>'s node is the row's table.
        var parent = tree.nodes[index].parent
        while parent >= 0, tree.nodes[parent].name != "table" { parent = tree.nodes[parent].parent }
        block.table = parent + 1
      }
      blocks.append(block)
    }

    switch dialect {
    case .pubmed:
      if let t = tree.first("articletitle") {
        title = tree.text(of: t)
        add(.title, t)
      }
      var i = 0
      while i < tree.nodes.count {
        let node = tree.nodes[i]
        if node.name == "abstracttext" {
          let label = node.attribute("label") ?? ""
          add(.paragraph, i, prefix: label.isEmpty ? "" : label + ": ")
          i = node.end
          continue
        }
        if node.name == "commentscorrectionslist" || node.name == "referencelist" {
          var j = i
          while j < node.end {
            if tree.nodes[j].name == "citation" || tree.nodes[j].name == "reference" {
              add(.reference, j)
              j = tree.nodes[j].end
            } else {
              j += 1
            }
          }
          i = node.end
          continue
        }
        i += 1
      }
    case .jats:
      if let t = tree.first("article-title") {
        title = tree.text(of: t)
        add(.title, t)
      }
      readJATS(tree, add: add)
    }
    var warnings: [String] = []
    if !blocks.contains(where: { $0.kind.carriesFacts }) { warnings.append("no article text found") }
    return Document(source: source, title: title, blocks: blocks, warnings: warnings)
  }

  private func readJATS(_ tree: MarkupTree, add: (BlockKind, Int, Int, String) -> Void) {
    let skip: Set<String> = ["front", "fn-group", "ack", "app-group", "glossary", "notes", "supplementary-material", "funding-group"]
    var i = 0
    var depth: [Int] = []  // ends of open <sec> elements
    while i < tree.nodes.count {
      while let last = depth.last, last <= i { depth.removeLast() }
      let node = tree.nodes[i]
      guard node.kind == .element else {
        i += 1
        continue
      }
      switch node.name {
      case "front":
        // Only the abstract of the front matter is article text.
        var j = i
        while j < node.end {
          if tree.nodes[j].name == "abstract" {
            readParagraphs(tree, in: j, add: add)
            j = tree.nodes[j].end
          } else {
            j += 1
          }
        }
        i = node.end
      case _ where skip.contains(node.name):
        i = node.end
      case "sec":
        depth.append(node.end)
        i += 1
      case "title":
        add(.heading, i, min(6, depth.count + 1), "")
        i = node.end
      case "p":
        add(.paragraph, i, 0, "")
        i += 1  // tables and figures nested in the paragraph come next
      case "list-item":
        add(.listItem, i, 0, "")
        i = node.end
      case "caption":
        // "Table 1. Baseline characteristics": the label names the table the text cites.
        let parent = node.parent
        let label = parent >= 0 && tree.nodes[parent].name == "table-wrap" ? tree.first("label", in: parent).map { tree.text(of: $0) } : nil
        add(.caption, i, 0, label.map { $0.isEmpty ? "" : $0 + ". " } ?? "")
        i = node.end
      case "tr":
        add(.tableRow, i, 0, "")
        i = node.end
      case "ref":
        add(.reference, i, 0, "")
        i = node.end
      default:
        i += 1
      }
    }
  }

  private func readParagraphs(_ tree: MarkupTree, in index: Int, add: (BlockKind, Int, Int, String) -> Void) {
    var j = index
    while j < tree.nodes[index].end {
      let node = tree.nodes[j]
      if node.name == "title" {
        add(.heading, j, 2, "")
        j = node.end
      } else if node.name == "p" {
        add(.paragraph, j, 0, "")
        j = node.end
      } else {
        j += 1
      }
    }
  }
}
