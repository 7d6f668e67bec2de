import TrialFactsCore

/// Reads the arms of results tables: one arm per column whose header names a drug, a
/// control or a group ("Placebo (n = 99)"), with its size from the header, a row of
/// sizes, or the text ("27 (21.6)" under "Intervention" fits the "125 patients" the
/// text states); and, from the table's outcome rows whose cells are counts of the arms
/// ("27 (64.3)", "62/99"), one response per arm and outcome.
///
/// Outcome rows are ranked by how much of their label the running text reports with a
/// number, and at most ``outcomeRowsPerDocument`` are read per article: a dataset with
/// every adverse-event row as a "response" would drown the outcomes a reviewer wants.
/// A cell counts only when its percentage agrees with the arm's size to its rounding,
/// so means with SDs and ranges are never read as counts; a cell's own denominator
/// ("8/20") is the total it was assessed in. Tables whose caption marks baseline
/// characteristics give arm sizes but no responses (`rules/study/baseline-tables.rules`);
/// columns of statistics or totals are no arms (`rules/study/statistic-columns.rules`).
public struct ResultTableReader {
  let lexicons: Lexicons

  public init(lexicons: Lexicons) { self.lexicons = lexicons }

  /// One column of a table that is an arm.
  struct ArmColumn {
    var index: Int
    var header: PlacedMention
    var label: String
    var control: Bool
    var size: PlacedMention?
    var sizeValue: Int?
    /// The dose, frequency and route the header states ("Baricitinib 4 mg once daily").
    var regimen: [PlacedMention] = []
    /// The header names a group ("Intervention", "Group B"), not a drug or a control.
    var namesGroup = false

    /// The header names an arm: a drug, a control or a group.
    var namesArm: Bool { control || namesGroup || header.mention.label == .drug }
  }

  /// A row of the table: its block and the byte range of each cell.
  struct Row {
    var block: Int
    var cells: [Range<Int>]
  }

  /// What the tables of a document gave: their arms, and the row blocks of the tables
  /// read here (not to be read again as running text).
  public struct Reading {
    public var arms: [ArmDraft] = []
    public var rowBlocks = Set<Int>()
  }

  /// The arms of every table in `blocks`, whose mentions are in `sentences`.
  public func read(blocks: [Block], sentences: [[Sentence]]) -> Reading {
    let reported = reportedWords(blocks: blocks, sentences: sentences)
    let stated = statedSizes(blocks: blocks, sentences: sentences)
    var tables: [TableArms] = []
    var tableRows: [[Int]] = []
    var reading = Reading()
    var i = 0
    while i < blocks.count {
      guard blocks[i].kind == .tableRow else {
        i += 1
        continue
      }
      var rows: [Row] = []
      let first = i
      while i < blocks.count, blocks[i].kind == .tableRow, blocks[i].table == blocks[first].table {
        rows.append(Row(block: i, cells: blocks[i].cellRanges))
        i += 1
      }
      let caption = first > 0 && blocks[first - 1].kind == .caption ? first - 1 : nil
      let baseline = caption.map { c in sentences[c].contains { $0.hasTerm(lexicons.baselineTables, in: $0.range) != nil } } ?? false
      tables.append(
        read(rows, blocks: blocks, sentences: sentences, responses: !baseline, reported: reported, stated: stated))
      tableRows.append(rows.map(\.block))
    }
    let chosen = Self.chooseOutcomeRows(tables)
    for t in tables.indices {
      let base = tables[t].drafts
      for (k, c) in chosen.filter({ $0.table == t }).map(\.row).enumerated() {
        let choice = tables[t].choices[c]
        // The first outcome row read completes the table's arms; each further one gives
        // every arm it counts a finding of its own, for that outcome.
        for (arm, placed) in choice.responses {
          var draft = k == 0 ? tables[t].drafts[arm] : base[arm]
          draft.set(placed)
          draft.outcome = choice.outcome
          if k == 0 { tables[t].drafts[arm] = draft } else { tables[t].drafts.append(draft) }
        }
      }
    }
    // A table read here is not read again as running text, unless it offered outcome
    // rows none of which was chosen: "Fluoxetine | 79/101" still reads as a sentence.
    for t in tables.indices
    where !tables[t].drafts.isEmpty && (tables[t].choices.isEmpty || chosen.contains { $0.table == t }) {
      reading.rowBlocks.formUnion(tableRows[t])
    }
    reading.arms = tables.flatMap(\.drafts)
    return reading
  }

  /// What one table gave: its arms, and the outcome rows it offers, top to bottom.
  struct TableArms {
    var drafts: [ArmDraft]
    var choices: [RowChoice]
  }

  /// The outcome rows read for a document: those whose outcome the running text reports
  /// too, best first, at most ``outcomeRowsPerDocument``; without any, the first row of
  /// the first table that offers one.
  static func chooseOutcomeRows(_ tables: [TableArms]) -> [(table: Int, row: Int)] {
    let offered = tables.indices.flatMap { t in tables[t].choices.indices.map { (table: t, row: $0) } }
    let ranked = offered.filter { tables[$0.table].choices[$0.row].score > 0 }
      .sorted { a, b in
        let (x, y) = (tables[a.table].choices[a.row].score, tables[b.table].choices[b.row].score)
        return x != y ? x > y : (a.table, a.row) < (b.table, b.row)
      }
    var chosen = Array(ranked.prefix(outcomeRowsPerDocument))
    if chosen.isEmpty, let first = offered.first { chosen = [first] }
    return chosen.sorted { ($0.table, $0.row) < ($1.table, $1.row) }
  }

  /// The key of token `i` without a plural "s" ("TEAEs" and "TEAE" are one word).
  static func stem(_ sentence: Sentence, _ i: Int) -> UInt64 {
    let range = sentence.tokens[i].range
    guard range.count >= 5, sentence.bytes[range.upperBound - 1] | 0x20 == UInt8(ascii: "s") else { return sentence.tokens[i].key }
    return TokenKey.of(sentence.bytes[range.lowerBound..<(range.upperBound - 1)])
  }

  /// A mention of a table row placed for evidence: its quote is the row ("Healed ulcers |
  /// 21 (52.5) | 8 (21.1)"), or only the mention's cell in a row too long to quote.
  static func placed(_ mention: Mention, row: Int, length: Int) -> PlacedMention {
    let quote = length <= maximumQuote ? 0..<length : mention.start..<mention.end
    return PlacedMention(block: row, sentence: quote, mention: mention)
  }

  static let maximumQuote = 400

  /// At most this many outcome rows per article: enough for the primary and the key
  /// secondary outcomes, few enough that a dataset is not flooded with every adverse
  /// event row. (Measured on rct-outcomes test: 2 rows 5.0 findings per article, 4 rows
  /// 5.3, every row 6.0.)
  static let outcomeRowsPerDocument = 4

  /// The outcome row a table offers (its first that reads as counts): the responses it
  /// gives each arm, and the per cent of its outcome's words that the article's running
  /// text reports with a number, which ranks the tables.
  struct RowChoice {
    var score: Int
    var outcome: String?
    var responses: [(arm: Int, placed: PlacedMention)]
  }

  /// Words of four letters or more in sentences of running text that state a count or
  /// a percentage: the outcomes the authors report in words.
  func reportedWords(blocks: [Block], sentences: [[Sentence]]) -> Set<UInt64> {
    var words = Set<UInt64>()
    for (block, blockSentences) in zip(blocks, sentences) where block.kind == .paragraph || block.kind == .listItem {
      for sentence in blockSentences
      where sentence.mentions.contains(where: { $0.label == .response }) || sentence.numbers.contains(where: \.isPercent) {
        for i in sentence.range where sentence.tokens[i].kind == .word && sentence.tokens[i].range.count >= 4 {
          words.insert(Self.stem(sentence, i))
        }
      }
    }
    return words
  }

  func read(
    _ rows: [Row], blocks: [Block], sentences: [[Sentence]], responses: Bool, reported: Set<UInt64>,
    stated: [Int: PlacedMention]
  ) -> TableArms {
    func bytes(_ row: Row) -> [UInt8] { Array(blocks[row.block].text.utf8) }
    func counts(_ row: Row) -> [CellCount?] {
      let text = bytes(row)
      return row.cells.map { CellCount.parse(text[$0]) }
    }
    // Arms as rows: two or more rows open with a drug or a control ("Placebo | 62/99").
    let armRows = rows.filter { row in
      armColumn(0, of: layout(row, blocks: blocks, sentences: sentences)).map { $0.control || $0.header.mention.label == .drug } ?? false
    }
    // ... unless the top rows name arms across ("| Drug A (n = 40) | Placebo (n = 38) |").
    let armsAcross = rows.prefix(3).contains { row in
      let layout = layout(row, blocks: blocks, sentences: sentences)
      return row.cells.indices.dropFirst().filter { j in
        armColumn(j, of: layout).map {
          $0.control || $0.sizeValue != nil || $0.header.mention.label == .drug
        } ?? false
      }.count >= 2
    }
    guard armsAcross || armRows.count < 2 else {
      return readArmRows(rows, blocks: blocks, sentences: sentences, responses: responses, reported: reported)
    }
    guard let firstData = rows.firstIndex(where: { row in counts(row).dropFirst().contains { $0 != nil } }) else {
      return readArmRows(rows, blocks: blocks, sentences: sentences, responses: responses, reported: reported)
    }
    // Data rows may leave trailing cells out ("| 0.2" only where a p value is given).
    let width = rows[firstData...].map(\.cells.count).max() ?? 0
    // The header rows: they span the data columns one to one and hold words, not
    // numbers ("Age, mean | 43.5 | 44.8" is data without counts).
    let headers = rows[..<firstData].filter { row in
      let text = bytes(row)
      return row.cells.count >= 3
        && !row.cells.dropFirst().contains { CellCount.isNumber(text[$0]) || CellCount.parse(text[$0]) != nil }
    }
    // One that spans every column, else the last (a "P value" column may have no header).
    guard width >= 3, let header = headers.last(where: { $0.cells.count == width }) ?? headers.last else {
      return readArmRows(rows, blocks: blocks, sentences: sentences, responses: responses, reported: reported)
    }
    let headerLayout = layout(header, blocks: blocks, sentences: sentences)
    var columns = (1..<width).compactMap { armColumn($0, of: headerLayout) }
    fillSizes(&columns, rows: rows, blocks: blocks, sentences: sentences)
    inferSizes(&columns, dataRows: rows[firstData...], blocks: blocks, stated: stated)
    // A column is an arm when its header names a drug or a control, or the table gives
    // its size; "Adjusted mean" or "95% CI" is a measure, not an arm.
    // Cells "9/12" size their arm themselves.
    let fractions = Set(rows[firstData...].flatMap { row in counts(row).enumerated().compactMap { $1?.total != nil ? $0 : nil } })
    columns = columns.filter { $0.sizeValue != nil || $0.namesArm || fractions.contains($0.index) }
    guard !columns.isEmpty else {
      return readArmRows(rows, blocks: blocks, sentences: sentences, responses: responses, reported: reported)
    }

    let drafts = columns.map { column -> ArmDraft in
      var draft = ArmDraft(drug: column.header)
      draft.namedArm = (column.label, column.control)
      if let size = column.size { draft.set(size) }
      for fact in column.regimen { draft.set(fact) }
      return draft
    }
    guard responses else { return TableArms(drafts: drafts, choices: []) }
    var choices: [RowChoice] = []
    for row in rows[firstData...] {
      let cells = counts(row)
      var read: [(arm: Int, count: CellCount)] = []
      for (arm, column) in columns.enumerated() where column.index < cells.count {
        // "8/20" under an arm of 30: the outcome was assessed in 20.
        guard let count = cells[column.index] else { continue }
        if let size = count.total ?? column.sizeValue, count.fits(size: size) { read.append((arm, count)) }
      }
      // An outcome row gives a count for every arm (or at least two of them).
      guard read.count == columns.count || read.count >= 2 else { continue }
      let text = bytes(row)
      let label = row.cells[0]
      let score = reportedShare(of: label, in: sentences[row.block], reported: reported)
      let outcome = String(decoding: text[label], as: UTF8.self)
      choices.append(RowChoice(
        score: score, outcome: outcome.isEmpty ? nil : outcome,
        responses: read.map { arm, count in
          let cell = row.cells[columns[arm].index]
          let response = ResponseCount(responders: count.events, total: count.total ?? columns[arm].sizeValue)
          let mention = Mention(
            label: .response, value: .response(response), firstToken: 0, endToken: 0, start: cell.lowerBound, end: cell.upperBound)
          return (arm, Self.placed(mention, row: row.block, length: text.count))
        }))
    }
    return TableArms(drafts: drafts, choices: choices)
  }

  /// Per cent of the words of a cell (an outcome's name) that the text reports.
  func reportedShare(of cell: Range<Int>, in sentences: [Sentence], reported: Set<UInt64>) -> Int {
    guard let sentence = sentences.first else { return 0 }
    let words = sentence.tokens.indices.filter { i in
      cell.contains(Int(sentence.tokens[i].start)) && sentence.tokens[i].kind == .word && sentence.tokens[i].range.count >= 4
    }
    let found = words.filter { reported.contains(Self.stem(sentence, $0)) }.count
    return words.isEmpty ? 0 : found * 100 / words.count
  }
}
