import TrialFactsCore

/// Reads a plain-text scrape: drops page furniture at line level (flattened menus,
/// bylines, rating lines, cue phrases), rejoins sentences that the scraper broke across
/// lines, and finds headings by their shape.
struct PlainTextReader {
  var cues: BoilerplateCues
  /// A run of this many short lines in a row is a flattened menu or a byline box.
  var menuRunLength = 3
  /// Lines a page break may take between the two halves of a sentence.
  static let pageBreakReach = 8

  /// A page's number, running head or download stamp: a short line with a digit, a web
  /// address, a bar or a form feed ("232", "J Support Care 2024;12(3):231-243",
  /// "Downloaded from https://…").
  static func isPageFurniture(_ line: String) -> Bool {
    line.utf8.contains { $0 &- 0x30 < 10 || $0 == UInt8(ascii: "|") || $0 == 0x0C } || line.contains("http") || line.contains("www.")
  }

  /// A line of a page break: short, with the marks of page furniture, and no sentence
  /// or table row but a running head ("J Support Care 2024;12(3):231-243   Smith et al.").
  private static func isPageLine(_ line: Line, isTableRow: Bool) -> Bool {
    let runningHead = line.text.hasSuffix("et al.") || line.raw.utf8.contains(0x0C)
    // "… 1.2 hours (range 0.5-": a line that breaks a word or number goes on as prose.
    if line.text.utf8.last == UInt8(ascii: "-") { return false }
    return line.words <= 12 && isPageFurniture(line.raw) && (!line.endsSentence || runningHead) && (!isTableRow || runningHead)
  }

  private struct Line {
    var text: String
    /// The line as it stands, tabs and runs of spaces kept (they part a table's cells).
    var raw: String
    var number: Int
    var words: Int
    var endsSentence: Bool
    var startsLowercase: Bool
    /// "Methotrexate: What to Expect in the First 3 Months": a headline or link title.
    var isTitleLike: Bool
    /// The line is a furniture or reference heading ("Related Content", "References").
    var isCueHeading: Bool
    /// A line that breaks a word ("… in a placebo-") goes on, however few its words.
    var isShort: Bool { !isCueHeading && !endsSentence && (words <= 7 || isTitleLike) && text.utf8.last != UInt8(ascii: "-") }
    /// Starts with "1.", "2)", "-", "•": a list item or reference entry of its own.
    var startsListItem: Bool
    /// Columns of leading blanks (a tab counts four).
    var indent: Int
  }

  func read(_ bytes: [UInt8], source: String) -> Document {
    let lines = splitLines(bytes)
    var removed: [RemovedBlock] = []
    let tables = PlainTextTable.rows(lines.map(\.raw))

    // 1. Menus and byline boxes: runs of short lines with no blank line between them.
    // (Not the indented items under a line that ends on a colon: "…to one of three
    // groups:" / "  melatonin 2 mg (50 people)" / "  placebo (49 people)".)
    var underColon = [Bool](repeating: false, count: lines.count)
    for i in lines.indices.dropFirst() where lines[i].indent > 0 && !lines[i].text.isEmpty {
      let above = lines[i - 1]
      underColon[i] = above.indent < lines[i].indent && above.text.utf8.last == UInt8(ascii: ":") || underColon[i - 1] && above.indent == lines[i].indent
    }
    var furniture = [Bool](repeating: false, count: lines.count)
    var runStart = 0
    for i in 0...lines.count {
      let isShort = i < lines.count && !lines[i].text.isEmpty && lines[i].isShort && tables[i] == nil && !underColon[i]
      if isShort { continue }
      if i - runStart >= menuRunLength {
        for j in runStart..<i { furniture[j] = true }
        removed.append(
          RemovedBlock(
            text: lines[runStart..<i].map(\.text).joined(separator: " / "), line: lines[runStart].number,
            cue: "menu: \(i - runStart) short lines"))
      }
      runStart = i + 1
    }

    // A page break inside a sentence, as PDF text has it: a prose line that ends no
    // sentence, then blank lines and a page's furniture (its number, running head,
    // "Downloaded from …"), then the sentence going on in lowercase. The lines between
    // are skipped, the sentence joined.
    var pageBreak = [Bool](repeating: false, count: lines.count)
    for j in lines.indices
    where !lines[j].text.isEmpty && tables[j] == nil && !furniture[j] && !lines[j].endsSentence && lines[j].words >= 6
      && !lines[j].raw.contains("http") && !lines[j].raw.contains("www.") && !lines[j].raw.utf8.contains(0x0C)
      && !lines[j].raw.utf8.contains(UInt8(ascii: "|"))
    {
      var k = j + 1
      var blank = false
      while k < lines.count, k - j <= Self.pageBreakReach, !lines[k].startsLowercase || lines[k].text.isEmpty {
        if lines[k].text.isEmpty {
          blank = true
        } else if !Self.isPageLine(lines[k], isTableRow: tables[k] != nil) {
          // A heading, a sentence or a table between is no page's furniture.
          k = lines.count
          break
        }
        k += 1
      }
      guard blank, k < lines.count, k - j <= Self.pageBreakReach, !lines[k].text.isEmpty, lines[k].startsLowercase, !lines[k].startsListItem,
        tables[k] == nil
      else { continue }
      let skipped = (j + 1..<k).filter { !lines[$0].text.isEmpty }
      for m in j + 1..<k { pageBreak[m] = true }
      if let first = skipped.first {
        removed.append(RemovedBlock(text: skipped.map { lines[$0].text }.joined(separator: " / "), line: lines[first].number, cue: "page break"))
      }
    }

    // 2. Paragraphs: join lines a scraper broke mid-sentence, and words a PDF broke at
    // the line's end; classify headings.
    let brokenWords = BrokenWord(lines: lines.map(\.text))
    var candidates: [BlockFilter.Candidate] = []
    var builder = TextBuilder()
    var previous: Line?
    func flush(kind: BlockKind = .paragraph) {
      guard !builder.isEmpty else { return }
      let piece = builder.finish()
      candidates.append(.init(block: Block(kind: kind, text: piece.text, level: kind == .heading ? 2 : 0, lineMarks: piece.marks)))
    }
    var table = 0
    var inBareList = false
    // The indent of the items of a list whose bullets the scrape lost.
    var listIndent: Int?
    for (i, line) in lines.enumerated() {
      if pageBreak[i] { continue }
      // A table's line is a row of cells, "a | b | c" as an HTML table's.
      if let cells = tables[i] {
        flush()
        previous = nil
        if i == 0 || tables[i - 1] == nil { table += 1 }
        // A rule line ("|----|----|") parts no rows.
        if cells.isEmpty { continue }
        for cell in cells {
          builder.beginCell()
          builder.append(cell, line: line.number)
        }
        let piece = builder.finish()
        var block = Block(kind: .tableRow, text: piece.text, lineMarks: piece.marks)
        block.cellStarts = piece.cellStarts
        block.table = table
        candidates.append(.init(block: block))
        continue
      }
      if line.text.isEmpty || furniture[i] {
        flush()
        previous = nil
        inBareList = false
        listIndent = nil
        continue
      }
      // "Share on Facebook | … | 1,247 people have shared this", "We use cookies …": a
      // line of page furniture stands alone, for the filter to drop, and joins no
      // sentence before or after it.
      if line.words <= 30, cues.phraseCue(line.text, words: line.words) != nil {
        flush()
        builder.append(line.text, line: line.number)
        flush()
        previous = nil
        continue
      }
      if line.isCueHeading {
        flush()
        builder.append(line.text, line: line.number)
        flush(kind: .heading)
        previous = nil
        continue
      }
      // A long line that closes a bracket may end a reference, but a lowercase word after
      // it goes on with the sentence ("… 41 of 229 (17.9%)" / "in the control group").
      let asideGoesOn = previous.map { $0.text.utf8.last == UInt8(ascii: ")") && line.startsLowercase } ?? false
      // "… assigned to one of two groups:" / "98 people had a weekly injection" / "96
      // people had a dummy injection": items of a list whose bullets the scrape lost, each
      // a block of its own.
      let afterColon = previous.map { $0.text.utf8.last == UInt8(ascii: ":") } ?? false
      // "… for 5 days:" / "  amlexanox 5% oral paste (64 patients)" / "  a placebo paste
      // (62 patients)": indented lines under a colon are items, one a line, lowercase or
      // not; a line indented deeper (a paragraph of its own) keeps the list open.
      let indentedItem =
        line.indent > 0 && !line.startsListItem
        && (afterColon && line.indent > (previous?.indent ?? 0) || listIndent == line.indent)
      // (A bulleted line under a colon is an item, whatever it ends on.)
      let bareItem = indentedItem || !line.startsLowercase && (!line.endsSentence || line.startsListItem) && (afterColon || inBareList)
      inBareList = bareItem
      listIndent = indentedItem ? line.indent : (listIndent.map { line.indent > $0 } ?? false ? listIndent : nil)
      if bareItem {
        flush()
        builder.append(line.text, line: line.number)
        flush(kind: .listItem)
        previous = nil
        continue
      }
      if let previous, !previous.endsSentence || asideGoesOn, !line.startsListItem, line.startsLowercase || !previous.isShort {
        if let (fragment, rest) = BrokenWord.split(before: previous.text, after: line.text) {
          builder.continueWord(dropHyphen: brokenWords.isOneWord(fragment, rest))
        } else if BrokenWord.isBrokenRange(before: previous.text, after: line.text) {
          builder.continueWord(dropHyphen: false)
        } else {
          builder.separateWords()
        }
        builder.append(line.text, line: line.number)
      } else {
        flush()
        builder.append(line.text, line: line.number)
      }
      let nextIsBlank = i + 1 >= lines.count || lines[i + 1].text.isEmpty || furniture[i + 1]
      // (A bulleted line is no heading: "- amlexanox 5% oral paste (64 patients)".)
      if line.isShort, !line.startsListItem, previous == nil, nextIsBlank || (i + 1 < lines.count && !lines[i + 1].isShort) {
        flush(kind: .heading)
        previous = nil
        continue
      }
      previous = line
    }
    flush()

    var filter = BlockFilter(cues: cues)
    filter.headingsEndReferences = false
    let blocks = filter.apply(candidates, removed: &removed)
    // The title: the first heading or paragraph that reads like one (a few words, not
    // a bare "doi:" or ". 2023 Nov;89(6):799").
    let title =
      blocks.first { block in
        let words = BlockFilter.wordCount(block.text)
        return (block.kind == .heading || block.kind == .paragraph) && words >= 3 && words <= 30
          && (block.text.utf8.first.map { ($0 | 0x20) &- 0x61 < 26 || $0 >= 0x80 } ?? false) && !block.text.lowercased().hasPrefix("doi")
      }?.text ?? ""
    var warnings: [String] = []
    if !blocks.contains(where: { $0.kind.carriesFacts }) { warnings.append("no article text found") }
    return Document(source: source, title: title, blocks: blocks, warnings: warnings, removed: removed)
  }

  static func indent(_ bytes: ArraySlice<UInt8>) -> Int {
    var columns = 0
    for byte in bytes {
      if byte == 0x20 {
        columns += 1
      } else if byte == 0x09 {
        columns += 4
      } else {
        break
      }
    }
    return columns
  }

  static func startsListItem(_ text: String) -> Bool {
    let bytes = Array(text.utf8.prefix(6))
    guard let first = bytes.first else { return false }
    if first == 0x2D || first == 0x2A || text.hasPrefix("•") { return true }
    var i = 0
    while i < bytes.count, bytes[i] &- 0x30 < 10 { i += 1 }
    return i > 0 && i < bytes.count && (bytes[i] == 0x2E || bytes[i] == 0x29) && i + 1 < bytes.count && bytes[i + 1] == 0x20
  }

  /// Every word of four letters or more starts with a capital, and there are two or more.
  static func isTitleCase(_ text: String) -> Bool {
    var long = 0
    for word in text.split(separator: " ") {
      let letters = word.utf8.filter { ($0 | 0x20) &- 0x61 < 26 }
      guard letters.count >= 4 else { continue }
      guard let first = word.utf8.first, first &- 0x41 < 26 else { return false }
      long += 1
    }
    return long >= 2
  }

  private func splitLines(_ bytes: [UInt8]) -> [Line] {
    var lines: [Line] = []
    var start = 0
    var number = 1
    func add(_ end: Int) {
      var e = end
      if e > start, bytes[e - 1] == 0x0D { e -= 1 }
      var builder = TextBuilder()
      builder.append(String(decoding: bytes[start..<e], as: UTF8.self), line: number)
      let text = builder.finish().text
      let last = text.utf8.last ?? 0
      let first = text.utf8.first ?? 0
      let words = BlockFilter.wordCount(text)
      // "… occurred in placebo: 41/301 (13.6%); LD:" goes on; "Results:" ends its line.
      let endsSentence = last == 0x2E || last == 0x21 || last == 0x3F || last == 0x3A && words < 8 || last == 0x22 || last == 0x29 && text.utf8.count > 60
      let key = BoilerplateCues.headingKey(text)
      lines.append(
        Line(
          text: text, raw: String(decoding: bytes[start..<e], as: UTF8.self), number: number, words: words, endsSentence: endsSentence, startsLowercase: first &- 0x61 < 26,
          isTitleLike: !endsSentence && words <= 14 && Self.isTitleCase(text),
          isCueHeading: words <= 6 && (cues.sectionHeadings.contains(key) || cues.referenceHeadings.contains(key)),
          startsListItem: Self.startsListItem(text), indent: Self.indent(bytes[start..<e])))
    }
    for (i, byte) in bytes.enumerated() where byte == 0x0A {
      add(i)
      start = i + 1
      number += 1
    }
    if start < bytes.count { add(bytes.count) }
    return lines
  }
}
