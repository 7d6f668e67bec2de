import Foundation
import TrialFactsCore

/// Reads the arms of results tables: one arm per column whose header names a drug, a
/// control or a group ("Placebo (n = 99)"), with its size from the header and, from the
/// table's first outcome row whose cells are counts of the arms ("27 (64.3)", "62/99"),
/// its responders.
///
/// Only one row per table is read, the first: tables list their primary outcome first,
/// and a dataset with every adverse-event row as a "response" would drown the outcome
/// a reviewer wants. A cell counts only when its percentage agrees with the arm's size
/// to its rounding, so means with SDs and ranges are never read as counts. Tables whose
/// caption marks baseline characteristics give arm sizes but no responses
/// (`rules/study/baseline-tables.rules`); columns of statistics or totals are no arms
/// (`rules/study/statistic-columns.rules`).
public struct ResultTableReader {
  let lexicons: Lexicons

  public init(lexicons: Lexicons) { self.lexicons = lexicons }

  /// One column of a table that is an arm.
  private struct ArmColumn {
    var index: Int
    var header: PlacedMention
    var label: String
    var control: Bool
    var size: PlacedMention?
    var sizeValue: Int?
  }

  /// A row of the table: its block and the byte range of each cell.
  private struct Row {
    var block: Int
    var cells: [Range<Int>]
  }

  /// The arms of every table in `blocks`, whose mentions are in `sentences`.
  public func arms(blocks: [Block], sentences: [[Sentence]]) -> [ArmDraft] {
    let reported = reportedWords(blocks: blocks, sentences: sentences)
    var tables: [(drafts: [ArmDraft], choice: RowChoice?)] = []
    var i = 0
    while i < blocks.count {
      guard blocks[i].kind == .tableRow else {
        i += 1
        continue
      }
      var rows: [Row] = []
      let first = i
      while i < blocks.count, blocks[i].kind == .tableRow {
        rows.append(Row(block: i, cells: blocks[i].cellRanges))
        i += 1
      }
      let caption = first > 0 && blocks[first - 1].kind == .caption ? first - 1 : nil
      let baseline = caption.map { c in sentences[c].contains { $0.hasTerm(lexicons.baselineTables, in: $0.range) != nil } } ?? false
      tables.append(read(rows, blocks: blocks, sentences: sentences, responses: !baseline, reported: reported))
    }
    // The tables whose outcome the text reports too, best first; without any, the
    // first results table.
    let ranked = tables.indices.filter { tables[$0].choice != nil }
      .sorted { (tables[$0].choice?.score ?? 0, -$0) > (tables[$1].choice?.score ?? 0, -$1) }
    var chosen = ranked.filter { (tables[$0].choice?.score ?? 0) > 0 }.prefix(Self.outcomeRowsPerDocument)
    if chosen.isEmpty, let first = ranked.min() { chosen = [first] }
    for t in chosen {
      guard let choice = tables[t].choice else { continue }
      for (arm, placed) in choice.responses {
        tables[t].drafts[arm].set(placed)
        tables[t].drafts[arm].outcome = choice.outcome
      }
    }
    return tables.flatMap(\.drafts)
  }

  /// The key of token `i` without a plural "s" ("TEAEs" and "TEAE" are one word).
  static func stem(_ sentence: Sentence, _ i: Int) -> UInt64 {
    let range = sentence.tokens[i].range
    guard range.count >= 5, sentence.bytes[range.upperBound - 1] | 0x20 == UInt8(ascii: "s") else { return sentence.tokens[i].key }
    return TokenKey.of(sentence.bytes[range.lowerBound..<(range.upperBound - 1)])
  }

  /// At most this many outcome rows per article: enough for the primary and a key
  /// secondary outcome, few enough that a dataset is not flooded with every row.
  static let outcomeRowsPerDocument = 2

  /// The outcome row a table offers (its first that reads as counts): the responses it
  /// gives each arm, and the per cent of its outcome's words that the article's running
  /// text reports with a number, which ranks the tables.
  private struct RowChoice {
    var score: Int
    var outcome: String?
    var responses: [(arm: Int, placed: PlacedMention)]
  }

  /// Words of four letters or more in sentences of running text that state a count or
  /// a percentage: the outcomes the authors report in words.
  private func reportedWords(blocks: [Block], sentences: [[Sentence]]) -> Set<UInt64> {
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

  private func read(
    _ rows: [Row], blocks: [Block], sentences: [[Sentence]], responses: Bool, reported: Set<UInt64>
  ) -> (drafts: [ArmDraft], choice: RowChoice?) {
    func bytes(_ row: Row) -> [UInt8] { Array(blocks[row.block].text.utf8) }
    func counts(_ row: Row) -> [CellCount?] {
      let text = bytes(row)
      return row.cells.map { CellCount.parse(text[$0]) }
    }
    // Arms as rows: two or more rows open with a drug or a control ("Placebo | 62/99").
    let armRows = rows.filter { row in
      armColumn(0, of: row, sentences: sentences[row.block], bytes: bytes(row)).map { $0.control || $0.header.mention.label == .drug } ?? false
    }
    // ... unless the top rows name arms across ("| Drug A (n = 40) | Placebo (n = 38) |").
    let armsAcross = rows.prefix(3).contains { row in
      row.cells.indices.dropFirst().filter { j in
        armColumn(j, of: row, sentences: sentences[row.block], bytes: bytes(row)).map {
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
      return row.cells.count == width
        && !row.cells.dropFirst().contains { CellCount.isNumber(text[$0]) || CellCount.parse(text[$0]) != nil }
    }
    guard width >= 3, let header = headers.last else {
      return readArmRows(rows, blocks: blocks, sentences: sentences, responses: responses, reported: reported)
    }
    var columns = (1..<width).compactMap { armColumn($0, of: header, sentences: sentences[header.block], bytes: bytes(header)) }
    fillSizes(&columns, rows: rows, blocks: blocks, sentences: sentences)
    // A column is an arm when its header names a drug or a control, or the table gives
    // its size; "Adjusted mean" or "95% CI" is a measure, not an arm.
    // Cells "9/12" size their arm themselves.
    let fractions = Set(rows[firstData...].flatMap { row in counts(row).indices.filter { counts(row)[$0]?.total != nil } })
    columns = columns.filter { $0.sizeValue != nil || $0.control || $0.header.mention.label == .drug || fractions.contains($0.index) }
    guard !columns.isEmpty else {
      return readArmRows(rows, blocks: blocks, sentences: sentences, responses: responses, reported: reported)
    }

    let drafts = columns.map { column -> ArmDraft in
      var draft = ArmDraft(drug: column.header)
      draft.tableArm = (column.label, column.control)
      if let size = column.size { draft.set(size) }
      return draft
    }
    guard responses else { return (drafts, nil) }
    var best: RowChoice?
    for row in rows[firstData...] where best == nil {
      let cells = counts(row)
      var read: [(arm: Int, count: CellCount)] = []
      for (arm, column) in columns.enumerated() where column.index < cells.count {
        guard let count = cells[column.index] else { continue }
        if let size = column.sizeValue ?? count.total, count.fits(size: size) { read.append((arm, count)) }
      }
      // An outcome row gives a count for every arm (or at least two of them).
      guard read.count == columns.count || read.count >= 2 else { continue }
      let text = bytes(row)
      let label = row.cells[0]
      let score = reportedShare(of: label, in: sentences[row.block], reported: reported)
      let outcome = String(decoding: text[label], as: UTF8.self)
      best = RowChoice(
        score: score, outcome: outcome.isEmpty ? nil : outcome,
        responses: read.map { arm, count in
          let cell = row.cells[columns[arm].index]
          let response = ResponseCount(responders: count.events, total: columns[arm].sizeValue ?? count.total)
          let mention = Mention(
            label: .response, value: .response(response), firstToken: 0, endToken: 0, start: cell.lowerBound, end: cell.upperBound)
          return (arm, PlacedMention(block: row.block, sentence: 0..<text.count, mention: mention))
        })
    }
    return (drafts, best)
  }

  /// Per cent of the words of a cell (an outcome's name) that the text reports.
  private func reportedShare(of cell: Range<Int>, in sentences: [Sentence], reported: Set<UInt64>) -> Int {
    guard let sentence = sentences.first else { return 0 }
    let words = sentence.tokens.indices.filter { i in
      cell.contains(Int(sentence.tokens[i].start)) && sentence.tokens[i].kind == .word && sentence.tokens[i].range.count >= 4
    }
    let found = words.filter { reported.contains(Self.stem(sentence, $0)) }.count
    return words.isEmpty ? 0 : found * 100 / words.count
  }

  /// A table with one arm per row ("Placebo | 62/99 | 62.6", "Intervention (n = 125) |
  /// 27 | (22)"): the first run of two or more rows whose first cell names an arm, each
  /// with the first cell that reads as a count of it. Its outcome is the row above the
  /// run ("CGI-I response", "Antidepressants").
  private func readArmRows(
    _ rows: [Row], blocks: [Block], sentences: [[Sentence]], responses: Bool, reported: Set<UInt64>
  ) -> (drafts: [ArmDraft], choice: RowChoice?) {
    var firstRun: [ArmDraft]?
    var r = 0
    while r < rows.count {
      var run: [(row: Row, column: ArmColumn)] = []
      while r < rows.count, let arm = armColumn(0, of: rows[r], sentences: sentences[rows[r].block], bytes: Array(blocks[rows[r].block].text.utf8)),
        arm.control || arm.sizeValue != nil || arm.header.mention.label == .drug
      {
        run.append((rows[r], arm))
        r += 1
      }
      guard run.count >= 2 else {
        r += 1
        continue
      }
      let title = rows[..<(r - run.count)].last
      // "n" under the title row: the column of sizes.
      let sizeColumn = title.flatMap { title -> Int? in
        let text = Array(blocks[title.block].text.utf8)
        return title.cells.indices.dropFirst().first { j in
          let cell = text[title.cells[j]]
          return cell.count == 1 && cell.first.map { $0 | 0x20 == UInt8(ascii: "n") } == true
        }
      }
      var drafts: [ArmDraft] = []
      var found: [(arm: Int, placed: PlacedMention)] = []
      for (row, var column) in run {
        let text = Array(blocks[row.block].text.utf8)
        if column.sizeValue == nil, let j = sizeColumn, j < row.cells.count, let size = CellCount.whole(text[row.cells[j]]) {
          let mention = Mention(label: .cohort, value: .cohort(size: size), firstToken: 0, endToken: 0, start: row.cells[j].lowerBound, end: row.cells[j].upperBound)
          column.size = PlacedMention(block: row.block, sentence: 0..<text.count, mention: mention)
          column.sizeValue = size
        }
        var draft = ArmDraft(drug: column.header)
        draft.tableArm = (column.label, column.control)
        if let size = column.size { draft.set(size) }
        drafts.append(draft)
        for j in row.cells.indices.dropFirst() where j != sizeColumn {
          guard let (count, cell) = Self.count(in: row, at: j, text: text),
            let size = column.sizeValue ?? count.total, count.fits(size: size)
          else { continue }
          let response = ResponseCount(responders: count.events, total: size)
          let mention = Mention(label: .response, value: .response(response), firstToken: 0, endToken: 0, start: cell.lowerBound, end: cell.upperBound)
          found.append((drafts.count - 1, PlacedMention(block: row.block, sentence: 0..<text.count, mention: mention)))
          // "62/99": the arm's size, where the table gives no other.
          if column.sizeValue == nil {
            var sized = mention
            sized.label = .cohort
            sized.value = .cohort(size: size)
            drafts[drafts.count - 1].set(PlacedMention(block: row.block, sentence: 0..<text.count, mention: sized))
          }
          break
        }
      }
      guard responses, found.count >= 2 else {
        if firstRun == nil { firstRun = drafts }
        continue
      }
      let outcome = title.map { String(decoding: Array(blocks[$0.block].text.utf8)[$0.cells[0]], as: UTF8.self) }
      let score = title.map { reportedShare(of: $0.cells[0], in: sentences[$0.block], reported: reported) } ?? 0
      let offset = firstRun?.count ?? 0
      found = found.map { (arm: $0.arm + offset, placed: $0.placed) }
      // The sizes of an earlier run (a table of several outcomes) stay as the arms' sizes.
      return ((firstRun ?? []) + drafts, RowChoice(score: score, outcome: outcome?.isEmpty == false ? outcome : nil, responses: found))
    }
    return (firstRun ?? [], nil)
  }

  /// The count in cell `j` of a row, or in cells `j` and `j + 1` when the table splits
  /// it into "27 | (22)"; with the byte range it spans.
  private static func count(in row: Row, at j: Int, text: [UInt8]) -> (CellCount, Range<Int>)? {
    let cell = row.cells[j]
    if let count = CellCount.parse(text[cell]) { return (count, cell) }
    guard CellCount.whole(text[cell]) != nil, j + 1 < row.cells.count else { return nil }
    let next = row.cells[j + 1]
    guard let open = text[next].first(where: { $0 != 0x20 }), open == UInt8(ascii: "(") else { return nil }
    let joined = Array(text[cell]) + [0x20] + Array(text[next])
    return CellCount.parse(joined[...]).map { ($0, cell.lowerBound..<next.upperBound) }
  }

  /// Sizes the headers leave out, from a row that counts the participants of each arm
  /// ("Participants | 258 | 125 | 133", "n | 42 | 45").
  private func fillSizes(_ columns: inout [ArmColumn], rows: [Row], blocks: [Block], sentences: [[Sentence]]) {
    guard columns.contains(where: { $0.sizeValue == nil }) else { return }
    for row in rows {
      guard let tokens = sentences[row.block].first?.tokens, let label = row.cells.first,
        let first = tokens.indices.first(where: { label.contains(Int(tokens[$0].start)) })
      else { continue }
      let names = lexicons.participants.longestMatch(in: tokens, at: first, stopAt: tokens.count) != nil
        || (tokens[first].key == Keys.n && tokens[first].range.count == label.count)
      guard names else { continue }
      let text = Array(blocks[row.block].text.utf8)
      let sizes = columns.map { $0.index < row.cells.count ? CellCount.whole(text[row.cells[$0.index]]) : nil }
      guard sizes.allSatisfy({ $0 != nil }) else { continue }
      for (k, size) in sizes.enumerated() where columns[k].sizeValue == nil {
        guard let size, size > 0 else { continue }
        let cell = row.cells[columns[k].index]
        let mention = Mention(label: .cohort, value: .cohort(size: size), firstToken: 0, endToken: 0, start: cell.lowerBound, end: cell.upperBound)
        columns[k].size = PlacedMention(block: row.block, sentence: 0..<text.count, mention: mention)
        columns[k].sizeValue = size
      }
      return
    }
  }

  /// Column `index` of the header row as an arm, or nil for a column of statistics.
  private func armColumn(_ index: Int, of header: Row, sentences: [Sentence], bytes: [UInt8]) -> ArmColumn? {
    let cell = header.cells[index]
    guard !cell.isEmpty, let tokens = sentences.first?.tokens else { return nil }
    let cellTokens = tokens.indices.filter { cell.contains(Int(tokens[$0].start)) }
    guard let firstToken = cellTokens.first, let lastToken = cellTokens.last else { return nil }
    if lexicons.statisticColumns.longestMatch(in: tokens, at: firstToken, stopAt: lastToken + 1) != nil { return nil }
    let mentions = sentences.flatMap(\.mentions).filter { cell.contains($0.start) }
    let control = cellTokens.contains { lexicons.controlArms.longestMatch(in: tokens, at: $0, stopAt: lastToken + 1) != nil }
      || tokens[firstToken].key == Self.controlWord
    let place = { (mention: Mention) in PlacedMention(block: header.block, sentence: 0..<bytes.count, mention: mention) }
    var size: PlacedMention?
    var sizeValue: Int?
    if let cohort = mentions.first(where: { $0.label == .cohort }), case .cohort(let n) = cohort.value {
      size = place(cohort)
      sizeValue = n
    }
    // The label without its "(n = 99)".
    let labelEnd = size.map { s in
      var end = s.mention.start
      while end > cell.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == UInt8(ascii: "(") || bytes[end - 1] == UInt8(ascii: ",") { end -= 1 }
      return end
    } ?? cell.upperBound
    let label = Self.armLabel(String(decoding: bytes[cell.lowerBound..<max(cell.lowerBound, labelEnd)], as: UTF8.self))
    guard !label.isEmpty, CellCount.whole(bytes[cell]) == nil else { return nil }
    let names: Mention
    if let drug = mentions.first(where: { $0.label == .drug }) {
      names = drug
    } else {
      names = Mention(
        label: .context, value: .context(control ? "control" : "arm"), firstToken: firstToken, endToken: firstToken + 1,
        start: cell.lowerBound, end: max(cell.lowerBound, labelEnd))
    }
    return ArmColumn(index: index, header: place(names), label: label, control: control, size: size, sizeValue: sizeValue)
  }

  /// A header as an arm's name: without what follows a bracket ("n (%)", "(N = 99)"), a
  /// trailing "n" and surrounding spaces, so that "Intervention n (%)" and "Intervention
  /// (n = 125)" name one arm.
  static func armLabel(_ header: String) -> String {
    var label = header.split(separator: "(", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? header
    label = label.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters.subtracting(CharacterSet(charactersIn: "+-"))))
    for suffix in [" n", " N", " no.", " No."] where label.hasSuffix(suffix) {
      label = String(label.dropLast(suffix.count))
    }
    return label.trimmingCharacters(in: .whitespaces)
  }

  /// "Control (n = 20)": in a column header the word alone names the control arm.
  private static let controlWord = TokenKey.of("control")
}
