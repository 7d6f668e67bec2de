import TrialFactsCore

/// Reads the arms of results tables: one arm per column whose header names a drug, a
/// control or a group ("Placebo (n = 99)"), with its size from the header, a row of
/// sizes, or the text ("27 (21.6)" under "Intervention" fits the "125 patients" the
/// text states); and, from the table's outcome rows whose cells are counts of the arms
/// ("27 (64.3)", "62/99"), one response per arm and outcome.
///
/// Outcome rows are ranked by how much of their label the running text reports with a
/// number, and at most ``outcomeRowsPerDocument`` (``responsesPerDocument`` responses)
/// are read per article: a dataset with every adverse-event row as a "response" would
/// drown the outcomes a reviewer wants.
/// A cell counts only when its percentage agrees with the arm's size to its rounding,
/// so means with SDs and ranges are never read as counts; a cell's own denominator
/// ("8/20") is the total it was assessed in. Tables whose caption marks baseline
/// characteristics give arm sizes but no responses (`rules/study/baseline-tables.rules`);
/// columns of statistics or totals are no arms (`rules/study/statistic-columns.rules`).
public struct ResultTableReader {
  let lexicons: Lexicons
  let rows: OutcomeRows

  /// Which outcome rows of results tables become findings.
  public enum OutcomeRows: String, Sendable, CaseIterable {
    /// Up to ``outcomeRowsPerDocument`` rows per article, those the text restates or
    /// reports first: the primary and key secondary outcomes.
    case reported
    /// Every row that counts the arms, adverse events included.
    case all
  }

  public init(lexicons: Lexicons, rows: OutcomeRows = .reported) {
    self.lexicons = lexicons
    self.rows = rows
  }

  /// One column of a table that is an arm.
  struct ArmColumn {
    /// Where the arm's cells are: a grid column for arms across the table (the cell
    /// index of its header row while ``armColumn(_:of:)`` reads it), the cell index for
    /// arms down its rows.
    var index: Int
    var header: PlacedMention
    var label: String
    var control: Bool
    var size: PlacedMention?
    var sizeValue: Int?
    /// The grid columns its header covers: a header over "n (%) | Mean | SD" is one arm
    /// whose counts are in one of them.
    var span: Range<Int> = 0..<1
    /// The dose, frequency and route the header states ("Baricitinib 4 mg once daily").
    var regimen: [PlacedMention] = []
    /// The header names a group ("Intervention", "Group B"), not a drug or a control.
    var namesGroup = false
    /// The header names patients by what they took before the trial ("MTX-naive",
    /// "Prior TNF inhibitor"): a part of every arm, never an arm.
    var namesHistory = false

    /// The header names an arm: a drug, a control or a group.
    var namesArm: Bool { control || namesGroup || header.mention.label == .drug }

    /// This column as a part of `upper`, the header above it: "Children / Placebo".
    func refining(_ upper: ArmColumn) -> ArmColumn {
      var column = self
      if label.isEmpty {
        column.label = upper.label
      } else if !upper.label.isEmpty, upper.label != label {
        // At most three levels ("Children / Week 8 / Placebo"): a table with dozens of
        // header rows must not make names of dozens.
        let levels = upper.label.split(separator: " / ", omittingEmptySubsequences: false).suffix(2).map(String.init)
        column.label = (levels + [label]).joined(separator: " / ")
      }
      if header.mention.label != .drug, upper.header.mention.label == .drug, !upper.namesHistory { column.header = upper.header }
      column.control = control || upper.control
      column.namesGroup = namesGroup || upper.namesGroup
      if sizeValue == nil {
        column.size = upper.size
        column.sizeValue = upper.sizeValue
      }
      column.regimen = regimen + upper.regimen
      return column
    }
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
      let first = i
      while i < blocks.count, blocks[i].kind == .tableRow, blocks[i].table == blocks[first].table { i += 1 }
      let rows = Row.grid(blocks[first..<i])
      // A caption, or the title line above a table in plain text ("Table 1. Baseline …").
      let caption = first > 0 && (blocks[first - 1].kind == .caption || Self.isTableTitle(blocks[first - 1])) ? first - 1 : nil
      let baseline = caption.map { c in sentences[c].contains { $0.hasTerm(lexicons.baselineTables, in: $0.range) != nil } } ?? false
        || describesParticipants(rows, sentences: sentences)
      // "Baseline … | Outcomes … ": a table of both gives outcomes below that row.
      let outcomesFrom = baseline ? outcomeSection(rows, blocks: blocks, sentences: sentences) : 0
      // "Values are % (n)" in the caption, a header or a note below the table.
      let notes = blocks[i..<min(i + 2, blocks.count)].filter { $0.kind != .tableRow }.map(\.text)
      let percentFirst = Self.declaresPercentFirst((caption.map { [blocks[$0].text] } ?? []) + rows.map { blocks[$0.block].text } + notes)
      // "Values are numbers of participants": bare whole numbers under the arms are counts;
      // a note below says so with "values are" or "data are".
      let declaring = (caption.map { [$0] } ?? []) + rows.prefix(1).map(\.block)
      let noting = (i..<min(i + 2, blocks.count)).filter { blocks[$0].kind != .tableRow }
      let bareCounts = declaring.contains { declaresCounts(sentences[$0]) } || noting.contains { declaresCounts(sentences[$0], saying: true) }
      // "Values are percentage of patients (95% CI)" in a note below: every cell is a share.
      let percentNoted = noting.contains { Self.notesPercent(blocks[$0].text) }
      tables.append(
        read(
          rows, blocks: blocks, sentences: sentences, responses: outcomesFrom != nil, reported: reported, stated: stated,
          outcomesFrom: outcomesFrom ?? 0, caption: caption.map { blocks[$0].text }, percentFirst: percentFirst, bareCounts: bareCounts,
          percentNoted: percentNoted))
      // Below "Characteristic" or "Subgroup" only rows the text reports are outcomes (or
      // those of a section of outcomes in a table of the participants).
      if !baseline, Self.headsCharacteristics(rows.first, text: blocks), let last = tables.indices.last {
        for c in tables[last].choices.indices { tables[last].choices[c].namesOutcome = false }
      }
      tableRows.append(rows.map(\.block))
    }
    let counted = numbersInText(blocks: blocks, sentences: sentences)
    for t in tables.indices {
      for c in tables[t].choices.indices { tables[t].choices[c].restated = Self.restatement(tables[t].choices[c], in: counted) }
    }
    let chosen = rows == .all
      ? tables.indices.flatMap { t in tables[t].choices.indices.map { (table: t, row: $0) } } : Self.chooseOutcomeRows(tables)
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
    where tables[t].historyColumns || !tables[t].drafts.isEmpty && (tables[t].choices.isEmpty || chosen.contains { $0.table == t }) {
      reading.rowBlocks.formUnion(tableRows[t])
    }
    reading.arms = tables.flatMap(\.drafts)
    return reading
  }

  /// "Table 1. Baseline characteristics": a short block that opens with "Table" and its number.
  static func isTableTitle(_ block: Block) -> Bool {
    guard block.kind != .tableRow, block.text.utf8.count < 200, block.text.hasPrefix("Table ") else { return false }
    return block.text.utf8.dropFirst(6).first.map { $0 &- 0x30 < 10 } ?? false
  }

  /// The index of the first section row (one cell across the table) that opens the
  /// outcomes (`rules/study/outcome-sections.rules`), or nil.
  func outcomeSection(_ rows: [Row], blocks: [Block], sentences: [[Sentence]]) -> Int? {
    // Below a row of data: a title row above the header ("… and outcomes") opens nothing.
    guard let firstData = rows.firstIndex(where: { row in
      let text = Array(blocks[row.block].text.utf8)
      return row.cells.indices.dropFirst().contains { CellCount.parse(text[row.cells[$0]]) != nil || CellCount.isNumber(text[row.cells[$0]]) }
    }) else { return nil }
    return rows.indices.first { r in
      let row = rows[r]
      guard r > firstData, row.cells.count == 1 || row.cells.dropFirst().allSatisfy(\.isEmpty), let sentence = sentences[row.block].first,
        let first = sentence.range.first
      else { return false }
      // The cell opens with the term and goes on with no other word but in an aside
      // ("Outcomes", "Outcomes† (n = 590 and 588)"), not a word of a longer name
      // ("Baseline laboratory results", "Efficacy of the drug").
      let end = sentence.range.upperBound
      let match = lexicons.outcomeSections.longestMatch(in: sentence.tokens, at: first, stopAt: end)
      return match.map { m in m.end == end || !sentence.isWord(m.end) } ?? false
    }
  }

  /// Whether two or more row labels name different characteristics of the participants
  /// ("Age", "Female", "BMI"; `rules/study/baseline-rows.rules`): a baseline table,
  /// whatever its caption says.
  func describesParticipants(_ rows: [Row], sentences: [[Sentence]]) -> Bool {
    var seen = Set<String>()
    for row in rows {
      if let characteristic = characteristic(of: row, sentences: sentences) { seen.insert(characteristic) }
      if seen.count >= 2 { return true }
    }
    return false
  }

  /// Whether the header row's first cell says its rows describe the people or split them
  /// ("Characteristic | A | B", "Subgroup", "Visit"): rows no text reports are no outcomes.
  static func headsCharacteristics(_ header: Row?, text blocks: [Block]) -> Bool {
    guard let header, let label = header.label else { return false }
    let words = String(decoding: Array(blocks[header.block].text.utf8)[label], as: UTF8.self).lowercased().split(whereSeparator: { !$0.isLetter })
    return words.count <= 2 && words.first.map { Self.characteristicHeaders.contains(String($0)) } == true
  }

  private static let characteristicHeaders: Set<String> = ["characteristic", "characteristics", "subgroup", "subgroups", "visit", "visits"]

  /// Whether the label of `row` names an outcome rather than who the people were, a visit
  /// or their attendance (see ``RowChoice/namesOutcome``).
  /// ("Week 12" under a heading "Healed", or in a row whose label cell a rowspan above
  /// fills, is when the outcome was counted.)
  func namesOutcome(_ row: Row, sentences: [[Sentence]], underHeading: Bool) -> Bool {
    guard let label = row.label else { return true }
    guard let sentence = sentences[row.block].first,
      let first = sentence.range.first(where: { Int(sentence.tokens[$0].start) >= label.lowerBound && sentence.isWord($0) })
    else { return false }
    // (Leaving, "Withdrawn from study", is an outcome of the arm; who the people were,
    // "Women", "Prior MI", is none.)
    // ("Age-related vision loss", "Previous-week abstinence": a compound names more;
    // "Day 28 mortality" is an outcome at a visit, "Day 7" alone a visit.)
    let compound = sentence.key(first + 1) == Keys.hyphen && !sentence.tokens[first + 1].spaceBefore
    let words = (first..<sentence.range.upperBound).prefix { Int(sentence.tokens[$0].start) < label.upperBound }.count
    // ("Women", "Prior MI", "Women, n (%)" say who; "Women reaching 10% weight loss" is a
    // subgroup's outcome.)
    let short = words <= 2 || !sentence.isWord(first + 1)
    let describesWho = (Self.peopleWords.contains(sentence.key(first)) || characteristic(of: row, sentences: sentences) != nil) && short
    return compound
      || (!describesWho && (underHeading || words > 2 || !Self.visitKeys.contains(sentence.key(first)))
        && !Self.attendanceWords.contains(sentence.key(first)))
  }

  private static let visitKeys: Set<UInt64> = Set(["day", "week", "month", "visit", "baseline", "screening", "year"].map(TokenKey.of))
  private static let peopleWords: Set<UInt64> = Set(
    ["women", "men", "female", "male", "females", "males", "prior", "previous", "history", "age", "aged"].map(TokenKey.of))
  private static let attendanceWords: Set<UInt64> = Set(
    ["adherence", "compliance", "completed", "completion", "attendance", "randomized", "randomised", "analysed", "analyzed", "enrolled"].map(TokenKey.of))

  /// The baseline characteristic a row's label opens with, after a summary word or words
  /// that say whose it is ("Age, years", "Mean (SD) age", "Maternal age", "Booking BMI",
  /// "Ethnic origin, white"); nil when it names none there, or an outcome further in or
  /// before "gain", "loss" or "change" ("Large for gestational age", "Birth weight",
  /// "Gestational weight gain").
  func characteristic(of row: Row, sentences: [[Sentence]]) -> String? {
    guard let label = row.label, let sentence = sentences[row.block].first else { return nil }
    var i = sentence.range.lowerBound
    while i < sentence.range.upperBound, Int(sentence.tokens[i].start) < label.lowerBound { i += 1 }
    while i < sentence.range.upperBound, Int(sentence.tokens[i].start) < label.upperBound {
      let key = sentence.tokens[i].key
      if sentence.isWord(i), let match = lexicons.baselineRows.longestMatch(in: sentence.tokens, at: i, stopAt: sentence.range.upperBound) {
        return Self.changeWords.contains(sentence.key(match.end)) ? nil : match.value
      }
      guard !sentence.isWord(i) || Self.summaryWords.contains(key) || Self.whoseWords.contains(key) else { return nil }
      i += 1
    }
    return nil
  }

  /// Words a baseline row may open with before its characteristic ("Mean (SD) age").
  static let summaryWords: Set<UInt64> = Set(["mean", "median", "average", "sd", "iqr", "no", "n"].map(TokenKey.of))
  /// Words before a characteristic that say whose it is ("Maternal age", "Booking BMI").
  static let whoseWords: Set<UInt64> = Set(
    ["maternal", "paternal", "patient", "patients", "participant", "participants", "parent", "parental", "booking", "current", "baseline",
      "body", "ethnic", "origin", "self", "reported", "pre", "pregnancy", "prepregnancy"].map(TokenKey.of))
  /// Words after a characteristic that make the label an outcome's ("Gestational weight gain").
  static let changeWords: Set<UInt64> = Set(["gain", "loss", "change", "changes", "reduction", "increase", "decrease"].map(TokenKey.of))

  /// What one table gave: its arms, and the outcome rows it offers, top to bottom.
  struct TableArms {
    var drafts: [ArmDraft]
    var choices: [RowChoice]
    /// The columns are subgroups by prior treatment ("MTX-naive | MTX-experienced"), not
    /// arms: no row of the table is an arm's, in a column or as running text.
    var historyColumns = false
  }

  /// The outcome rows read for a document: those whose counts or percentages the running
  /// text restates, then those marked primary, then those whose outcome's words it reports
  /// with a number, best first, at most ``outcomeRowsPerDocument``; without any, the first
  /// row of the first table that offers one. A table of up to three outcome rows one of which is
  /// chosen is read whole, and the document's only table of outcomes up to
  /// ``onlyTableRead`` rows.
  static func chooseOutcomeRows(_ tables: [TableArms]) -> [(table: Int, row: Int)] {
    let offered = tables.indices.flatMap { t in tables[t].choices.indices.filter { !tables[t].choices[$0].oneArmOnly }.map { (table: t, row: $0) } }
    let ranked = offered.filter { tables[$0.table].choices[$0.row].score > 0 || tables[$0.table].choices[$0.row].restated != .no || tables[$0.table].choices[$0.row].primary }
      .sorted { a, b in
        let (x, y) = (tables[a.table].choices[a.row], tables[b.table].choices[b.row])
        if x.restated != y.restated { return x.restated > y.restated }
        if x.primary != y.primary { return x.primary }
        return x.score != y.score ? x.score > y.score : (a.table, a.row) < (b.table, b.row)
      }
    // Rows in rank order while their responses fit the budget (the first always does).
    var chosen: [(table: Int, row: Int)] = []
    var responses = 0
    for candidate in ranked where chosen.count < outcomeRowsPerDocument {
      let count = tables[candidate.table].choices[candidate.row].responses.count
      if !chosen.isEmpty, responses + count > responsesPerDocument { continue }
      chosen.append(candidate)
      responses += count
    }
    if chosen.isEmpty, let first = offered.first(where: { tables[$0.table].choices[$0.row].namesOutcome }) { chosen = [first] }
    // The other rows of a small table a chosen row is from ("ACR20 response", "DAS28-CRP
    // <2.6" under "Efficacy outcomes"), while the budget lasts: its few rows are the
    // outcomes the table reports. A page's one table of outcomes (a news story's, a
    // digest's "Headache | 9/26 | 2/26") is its results, read whole if a little longer.
    let tablesOffering = Set(offered.map(\.table)).count
    let small = tablesOffering == 1 ? onlyTableRead : smallTable
    for candidate in offered where chosen.count < (tablesOffering == 1 ? onlyTableRead : outcomeRowsPerDocument) {
      let table = tables[candidate.table]
      guard table.choices.count <= small, !chosen.contains(where: { $0 == candidate }),
        table.choices[candidate.row].namesOutcome,
        chosen.contains(where: { $0.table == candidate.table }),
        responses + table.choices[candidate.row].responses.count <= responsesPerDocument
      else { continue }
      chosen.append(candidate)
      responses += table.choices[candidate.row].responses.count
    }
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

  /// At most this many outcome rows, and this many responses from them, per article:
  /// enough for the primary and the key secondary outcomes of a two- or three-arm trial,
  /// few enough that a dataset is not flooded with every adverse-event row of every
  /// subgroup.
  static let outcomeRowsPerDocument = 4
  /// Outcome rows of a table whose every row is read once one of them is chosen.
  static let smallTable = 3
  /// Outcome rows of a document's only table of outcomes that is read whole (and the most
  /// rows read from it): five keeps the rct-outcomes articles at six findings each.
  static let onlyTableRead = 5
  static let responsesPerDocument = 12

  /// An outcome row a table offers (a row whose cells are counts of the arms): the
  /// responses it gives each arm, and the per cent of its outcome's words that the
  /// article's running text reports with a number, which ranks the rows.
  struct RowChoice {
    var score: Int
    /// The label, or the label row it hangs under, says it is the primary outcome.
    var primary = false
    var outcome: String?
    var responses: [(arm: Int, placed: PlacedMention)]
    /// The running text restates the row in one sentence ("54 live births (32 in the A
    /// group and 22 in the B group)"): the authors single the outcome out.
    var restated = Restatement.no
    /// One arm's count beside dashes under the others: read with every row
    /// (`--table-rows all`), never chosen over rows of every arm.
    var oneArmOnly = false
    /// The label names an event or a response, not who the people were ("Women",
    /// "Diabetes"), a visit ("Day 7") or their attendance ("Adherence", "Completed
    /// treatment"): a row a page's only table is read whole with.
    var namesOutcome = true
  }

  /// How a sentence of running text restates an outcome row; counts say it more surely
  /// than percentages, which small tables repeat by chance.
  enum Restatement: Int, Comparable {
    case no, percentages, counts
    static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
  }

  /// The whole numbers and the percentages of one sentence of running text.
  struct StatedNumbers {
    var counts: Set<Int> = []
    var percents: [(value: Double, unit: Double)] = []
  }

  /// The counts and percentages of each sentence of running text that states two or more
  /// numbers; doses and durations ("5 mg or 10 mg") are not counts.
  func numbersInText(blocks: [Block], sentences: [[Sentence]]) -> [StatedNumbers] {
    var stated: [StatedNumbers] = []
    for (block, blockSentences) in zip(blocks, sentences) where block.kind == .paragraph || block.kind == .listItem {
      for sentence in blockSentences where sentence.numbers.count >= 2 {
        var numbers = StatedNumbers()
        for number in sentence.numbers where !sentence.isCovered(number.first, by: .dose) && !sentence.isCovered(number.first, by: .duration) {
          if number.isPercent {
            numbers.percents.append((number.value, number.lastDigitUnit))
          } else if number.isInteger, number.value < 1e9 {
            numbers.counts.insert(Int(number.value))
          }
        }
        stated.append(numbers)
      }
    }
    return stated
  }

  /// Whether one sentence states every count of the row (two or more, not all alike, one
  /// at least 5: small counts turn up everywhere), or every arm's percentage to the sentence's
  /// rounding ("43.2% and 36.7%" for "32 of 74" and "22 of 60"), or, of three arms or
  /// more, all but one arm's to a decimal.
  static func restatement(_ choice: RowChoice, in stated: [StatedNumbers]) -> Restatement {
    let counts = choice.responses.compactMap { response -> (events: Int, total: Int?)? in
      if case .response(let count) = response.placed.mention.value, let events = count.responders { return (events, count.total) }
      return nil
    }
    guard counts.count >= 2, counts.count == choice.responses.count else { return .no }
    let events = counts.map(\.events)
    let shares = counts.compactMap { c in c.total.flatMap { $0 > 0 && c.events > 0 ? Double(c.events) * 100 / Double($0) : nil } }
    // Counts all alike ("5/94 | 5/93") say little: any sentence with a 5 would do.
    if (events.max() ?? 0) >= 5, Set(events).count >= 2, stated.contains(where: { numbers in events.allSatisfy(numbers.counts.contains) }) {
      return .counts
    }
    guard shares.count == counts.count else { return .no }
    let percents = stated.contains { numbers in
      let matched = shares.filter { share in numbers.percents.contains { abs($0.value - share) <= $0.unit / 2 + 1e-9 } }
      // "… more often with 240 mg (20.9%) than with placebo (10.1%)": of three arms or
      // more, all but one, to a decimal and unlike each other, single the row out too.
      return matched.count == shares.count
        || (shares.count >= 3 && matched.count == shares.count - 1 && Set(matched.map { ($0 * 10).rounded() }).count == matched.count
          && matched.allSatisfy { share in numbers.percents.contains { abs($0.value - share) <= $0.unit / 2 + 1e-9 && $0.unit <= 0.1 } })
    }
    return percents ? .percentages : .no
  }

  /// Words of four letters or more in sentences of running text that state a count or
  /// a percentage: the outcomes the authors report in words.
  func reportedWords(blocks: [Block], sentences: [[Sentence]]) -> Set<UInt64> {
    var words = Set<UInt64>()
    for (block, blockSentences) in zip(blocks, sentences) where block.kind == .paragraph || block.kind == .listItem {
      // … and the outcomes the trial set out to count ("Secondary outcomes were vomiting
      // or retching, use of rescue antiemetic, …").
      for sentence in blockSentences
      where sentence.mentions.contains(where: { $0.label == .response }) || sentence.numbers.contains(where: \.isPercent)
        || Self.namesPlannedOutcomes(sentence) {
        for i in sentence.range where sentence.tokens[i].kind == .word && sentence.tokens[i].range.count >= 4 {
          words.insert(Self.stem(sentence, i))
        }
      }
    }
    return words
  }

  /// "The primary outcome was …", "Secondary end points included …".
  static func namesPlannedOutcomes(_ sentence: Sentence) -> Bool {
    sentence.range.contains { i in
      (sentence.key(i) == Self.primaryWord || sentence.key(i) == Self.secondaryWord)
        && (Self.outcomeNouns.contains(sentence.key(i + 1)) || (sentence.key(i + 1) == Self.endWord && Self.pointNouns.contains(sentence.key(i + 2))))
    }
  }

  private static let primaryWord = TokenKey.of("primary")
  private static let secondaryWord = TokenKey.of("secondary")
  private static let endWord = TokenKey.of("end")
  private static let outcomeNouns: Set<UInt64> = Set(["outcome", "outcomes", "endpoint", "endpoints", "end-point", "end-points"].map { TokenKey.of($0) })
  private static let pointNouns: Set<UInt64> = Set(["point", "points"].map { TokenKey.of($0) })

  func read(
    _ rows: [Row], blocks: [Block], sentences: [[Sentence]], responses: Bool, reported: Set<UInt64>,
    stated: [Int: PlacedMention], outcomesFrom: Int = 0, caption: String? = nil, percentFirst: Bool = false, bareCounts: Bool = false,
    percentNoted: Bool = false
  ) -> TableArms {
    func bytes(_ row: Row) -> [UInt8] { Array(blocks[row.block].text.utf8) }
    var percentColumns = Self.percentColumns(rows, blocks: blocks, caption: caption)
    // (Not in a table of subgroups: "Outcomes by subgroup" rows are parts of each arm.)
    if percentNoted, !(caption?.lowercased().contains("subgroup") ?? false) { percentColumns.insert(Self.everyColumn) }
    // "Adverse events. Values are numbers of participants.": every row but the flow's counts people with an event.
    let captionOfEvents = bareCounts && caption.map { text in
      let tokens = Tokenizer.tokenize(text)
      return tokens.indices.contains { lexicons.responseEvents.contains(tokens, at: $0) }
    } ?? false
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
    // "Group | N | Vomiting | Cough": a header that says its rows are arms.
    let armsDown = rows.prefix(3).contains { row in
      let layout = layout(row, blocks: blocks, sentences: sentences)
      guard let cell = layout.cellTokens.first, !cell.isEmpty else { return false }
      return lexicons.armHeaders.longestMatch(in: layout.tokens, at: cell.lowerBound, stopAt: cell.upperBound)?.end == cell.upperBound
    }
    guard !armsDown || armsAcross, armsAcross || armRows.count < 2 else {
      return readArmRows(
        rows, blocks: blocks, sentences: sentences, responses: responses && outcomesFrom == 0, reported: reported, anyLabel: armsDown,
        percentColumns: percentColumns, stated: stated)
    }
    let totalColumns = Self.totalColumns(rows, blocks: blocks)
    // The first row with a count in a data column, or with percentages in two.
    let isData = { (row: Row) -> Bool in
      let text = bytes(row)
      return row.cells.indices.contains {
        row.columns[$0] > 0
          && (Self.count(in: row, at: $0, text: text, percentBeside: true) ?? Self.eventsAndTotal(row, $0, text: text, totalColumns: totalColumns)) != nil
      }
        || row.cells.indices.filter { row.columns[$0] > 0 && Self.statedPercentage(row, $0, text: text, percentColumns: percentColumns) != nil }.count >= 2
        || (percentFirst && row.cells.indices.filter { row.columns[$0] > 0 && CellCount.percentThenCount(text[row.cells[$0]]) != nil }.count >= 2)
        || (bareCounts && row.cells.indices.filter { row.columns[$0] > 0 && CellCount.whole(text[row.cells[$0]]) != nil }.count >= 2)
    }
    guard let firstData = rows.firstIndex(where: isData) else {
      return readArmRows(rows, blocks: blocks, sentences: sentences, responses: responses && outcomesFrom == 0, reported: reported,
        percentColumns: percentColumns, stated: stated)
    }
    // Data rows may leave trailing cells out ("| 0.2" only where a p value is given).
    let dataRows = rows[firstData...]
    let width = dataRows.map(\.width).max() ?? 0
    // The header rows hold words, not numbers ("Age, mean | 43.5 | 44.8" is data
    // without counts).
    var headers = rows[..<firstData].filter { row in
      let text = bytes(row)
      return row.cells.indices.contains { row.columns[$0] > 0 }
        && !row.cells.indices.contains { row.columns[$0] > 0 && (CellCount.isNumber(text[row.cells[$0]]) || CellCount.parse(text[row.cells[$0]]) != nil) }
    }
    // A lower header row that starts with a name where the top row has its empty corner
    // cell left the corner out: its names belong under the top row's spanning headers,
    // at the table's right edge.
    if let top = headers.first, top.label.map({ $0.isEmpty }) ?? true {
      let spanned = Set(top.cells.indices.filter { top.spans[$0] > 1 }.flatMap { top.columns[$0]..<(top.columns[$0] + top.spans[$0]) })
      headers = headers.enumerated().map { k, row in
        guard k > 0, !spanned.isEmpty, let label = row.label, !label.isEmpty else { return row }
        // Its first cell heads an arm ("1200 (N = 122)", "Placebo"), not the rows
        // ("Outcome" over the labels, the row merely short of a cell at its end).
        let first = armColumn(0, of: layout(row, blocks: blocks, sentences: sentences))
        guard first.map({ $0.namesArm || $0.sizeValue != nil }) == true || bytes(row)[label].contains(where: { $0 &- 0x30 < 10 })
        else { return row }
        let aligned = row.alignedRight(to: width)
        let covers = Set(aligned.cells.indices.flatMap { aligned.columns[$0]..<(aligned.columns[$0] + aligned.spans[$0]) })
        return covers == spanned ? aligned : row
      }
    }
    guard width >= 3, !headers.isEmpty else {
      return readArmRows(rows, blocks: blocks, sentences: sentences, responses: responses && outcomesFrom == 0, reported: reported,
        percentColumns: percentColumns, stated: stated)
    }
    var columns = armColumns(headers: headers, width: width, dataRows: dataRows, blocks: blocks, sentences: sentences)
    fillSizes(&columns, rows: rows, blocks: blocks, sentences: sentences)
    inferSizes(&columns, dataRows: dataRows, blocks: blocks, stated: stated)
    // A column is an arm when its header names a drug, a control or a group, or the
    // table gives its size; "Adjusted mean" or "95% CI" is a measure, not an arm.
    // Cells "9/12" size their arm themselves.
    let fractions = Set(dataRows.flatMap { row in
      let text = bytes(row)
      return row.cells.indices.compactMap { CellCount.parse(text[row.cells[$0]])?.total != nil ? row.columns[$0] : nil }
    })
    // A column headed only by its unit ("n/N (%)", "n") names no arm of its own, even
    // where a row of sizes seems to give it one.
    columns = columns.filter { !Self.namesUnitOnly($0.label) && ($0.sizeValue != nil || $0.namesArm || fractions.contains($0.index)) }
    guard !columns.isEmpty else {
      if headers.contains(where: { header in
        let layout = layout(header, blocks: blocks, sentences: sentences)
        return header.cells.indices.contains { armColumn($0, of: layout)?.namesHistory == true }
      }) {
        return TableArms(drafts: [], choices: [], historyColumns: true)
      }
      return readArmRows(rows, blocks: blocks, sentences: sentences, responses: responses && outcomesFrom == 0, reported: reported,
        percentColumns: percentColumns, stated: stated)
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
    // An arm over two or more columns of counts ("ITT, n/N (%) | Per protocol, n/N (%)",
    // "Week 4 | Week 12"): each column is read as a view of its own, named by its header.
    for view in armViews(columns, headers: headers, dataRows: dataRows, blocks: blocks) {
      let columns = view.columns
      let armIndices = Set(columns.map(\.index))
      // "Free of live lice" over "Day 2 | …", "Day 15 (primary) | …": the label row a run
      // of time points hangs under.
      var heading = firstData > 0 ? Self.labelOnly(rows[firstData - 1]) : nil
      // "Neonatal outcomes (liveborn infants: A n = 197; B n = 198)": a section row that
      // gives each arm's n sizes the arms in the rows below it, until the next section.
      var sectionSizes: [Int]?
      func armSize(_ arm: Int) -> Int? { sectionSizes?[arm] ?? columns[arm].sizeValue }
      for (r, row) in zip(dataRows.indices, dataRows) where r >= outcomesFrom {
        let text = bytes(row)
        if row.label != nil, row.cells.indices.dropFirst().allSatisfy({ row.cells[$0].isEmpty }) {
          heading = Self.labelOnly(row)
          sectionSizes = armSizes(inSection: row, sentences: sentences[row.block], columns: columns)
          continue
        }
        if let label = row.label, !Self.isSubRowLabel(text[label]) { heading = nil }
        var read: [(arm: Int, count: CellCount, cell: Range<Int>)] = []
        var derived = 0
        var zeros: [(arm: Int, count: CellCount, cell: Range<Int>)] = []
        for (arm, column) in columns.enumerated() {
          guard let p = row.cell(at: column.index) else { continue }
          // "12 | 82" under "n | N" is 12 of 82, not 12 and 82%.
          // Not in a table of bare counts beside the whole table's total: "7 | 44" there is
          // placebo's 7 and the total's 44 ("5 | 55" under the arm's own "n | N" still is one).
          let besideTotal = bareCounts && p + 1 < row.columns.count && totalColumns.contains(row.columns[p + 1])
            && !column.span.contains(row.columns[p + 1])
          let beside = !besideTotal && Self.sameArm(row, p, column, arms: armIndices)
          // A "Total" column of the whole table is no arm's denominator: only one under the
          // arm's own header is.
          let ownTotal = p + 1 < row.columns.count && column.span.contains(row.columns[p + 1])
          guard
            let (count, cell) = (ownTotal ? Self.eventsAndTotal(row, p, text: text, totalColumns: totalColumns) : nil)
              ?? Self.count(in: row, at: p, text: text, percentBeside: beside)
          else {
            // "64.9 (98)" under "(n = 151)" where the table says "Values are % (n)": a
            // percentage, then the count it is of the arm; never in a row of a measure.
            if percentFirst, let size = armSize(arm), !Self.namesMeasure(row, text: text),
              let count = CellCount.percentThenCount(text[row.cells[p]]), count.fits(size: size)
            {
              read.append((arm, count, row.cells[p]))
            } else if let size = armSize(arm), !Self.namesMeasure(row, text: text),
              // "39.9%" under "60 µg, N = 296": the one count of the arm that percentage gives;
              // not in a row of a measure ("Mean reduction in pain score | 45.3%").
              let percent = Self.statedPercentage(row, p, text: text, percentColumns: percentColumns),
              let count = CellCount.derived(percent: percent.value, decimals: percent.decimals, size: size)
            {
              read.append((arm, count, row.cells[p]))
              derived += 1
            } else if bareCounts, let size = armSize(arm), !Self.namesQuantity(row, text: text), countsPeopleWithEvents(row, text: text, captionOfEvents: captionOfEvents),
              let events = CellCount.whole(text[row.cells[p]]), events <= size
            {
              // "22" under "Prazosin, N = 73" where the table says its values are numbers
              // of participants.
              read.append((arm, CellCount(events: events), row.cells[p]))
            } else if armSize(arm) != nil, CellCount.whole(text[row.cells[p]]) == 0 {
              // "Herpes zoster | 2 (1.6) | 0": no one, the percentage left out.
              zeros.append((arm, CellCount(events: 0), row.cells[p]))
            }
            continue
          }
          // "8/20" under an arm of 30: the outcome was assessed in 20.
          if let size = count.total ?? armSize(arm), count.fits(size: size) { read.append((arm, count, cell)) }
        }
        // A bare "0" is a count beside the other arms' counts of its row.
        if !read.isEmpty, read.count > derived {
          read = (read + zeros).sorted { $0.arm < $1.arm }
        }
        // An outcome row gives a count for every arm (or at least two of them); counts
        // derived from percentages only when every arm's percentage gives one (or a dash
        // says it has none). A row of one arm's count and dashes under the others
        // ("Pessary expulsion | 21 (10.5) | —") is an outcome of that arm alone.
        let oneArmOnly = read.count == 1 && derived == 0 && columns.count >= 2 && zeros.isEmpty
          && columns.indices.allSatisfy { arm in
            arm == read[0].arm || row.cell(at: columns[arm].index).map { Self.isNotApplicable(text[row.cells[$0]]) } == true
          }
        // ("Recatheterised, % | 33.9 | 30.2 | 50.0 | — | — | —": percentages of every arm of
        // one time point, dashes under the other's, give one count each too.)
        // (Not a baseline row beside dashes under the later visit: "Female, % | 55.0 | 50.0 | — | —".)
        let dashedElsewhere = read.count >= 2 && zeros.isEmpty && characteristic(of: row, sentences: sentences) == nil
          && columns.indices.allSatisfy { arm in
            read.contains { $0.arm == arm } || row.cell(at: columns[arm].index).map { Self.isNotApplicable(text[row.cells[$0]]) } == true
          }
        guard read.count == columns.count || (read.count >= 2 && derived == 0) || oneArmOnly || dashedElsewhere else { continue }
        let label = row.label
        var words = label.map { reportedWords(of: $0, in: sentences[row.block], reported: reported) } ?? (found: 0, total: 0)
        var outcome = label.map { Self.outcomeName(text[$0]) } ?? ""
        var primary = label.map { Self.saysPrimary(text[$0]) } ?? false
        if let heading, let above = heading.label {
          let more = reportedWords(of: above, in: sentences[heading.block], reported: reported)
          words = (words.found + more.found, words.total + more.total)
          outcome = Self.outcomeName(bytes(heading)[above]) + ", " + outcome
          primary = primary || Self.saysPrimary(bytes(heading)[above])
        }
        if let name = view.name { outcome += (outcome.isEmpty ? "" : ", ") + name }
        choices.append(RowChoice(
          score: words.total == 0 ? 0 : words.found * 100 / words.total, primary: primary, outcome: outcome.isEmpty ? nil : outcome,
          responses: read.map { arm, count, cell in
            // A count worked out from a percentage keeps the percentage as stated, and the
            // record says it was derived.
            let response = count.isDerived
              ? ResponseCount(
                total: armSize(arm), proportion: (count.percent ?? 0) / 100, precision: CellCount.unit(count.percentDecimals) / 100)
              : ResponseCount(responders: count.events, total: count.total ?? armSize(arm))
            let mention = Mention(
              label: .response, value: .response(response), firstToken: 0, endToken: 0, start: cell.lowerBound, end: cell.upperBound)
            return (arm, Self.placed(mention, row: row.block, length: text.count))
          }, oneArmOnly: oneArmOnly, namesOutcome: namesOutcome(row, sentences: sentences, underHeading: heading?.label != nil)))
      }
    }
    // "Table 2. Co-primary endpoints at week 16": every row is a primary outcome.
    if let caption, Self.saysPrimary(ArraySlice(caption.utf8)), !caption.lowercased().contains("secondary") {
      for c in choices.indices { choices[c].primary = true }
    }
    return TableArms(drafts: drafts, choices: choices)
  }

  /// The arms' sizes a section row gives, one per arm in order, each unnamed ("(n = 197
  /// and n = 198)") or named by a word of its arm's header ("pessary n = 197"); nil for a
  /// subgroup's row ("Women with prior preterm birth (n = 40; n = 38)", "twins n = 30;
  /// singletons n = 200").
  func armSizes(inSection row: Row, sentences: [Sentence], columns: [ArmColumn]) -> [Int]? {
    guard let sentence = sentences.first else { return nil }
    let cohorts = sentences.flatMap { $0.mentions(.cohort) }
    // A section of outcomes or of the infants, never narrowed to some of the people
    // ("Twin pregnancies (n = 40; n = 38)").
    guard cohorts.count == columns.count, sentences.count == 1,
      sentence.range.contains(where: { Self.sectionUnits.contains(sentence.key($0)) }),
      !sentence.range.contains(where: { Self.narrowers.contains(sentence.key($0)) })
    else { return nil }
    var sizes: [Int] = []
    for (k, mention) in cohorts.enumerated() {
      guard case .cohort(let n) = mention.value else { return nil }
      // The word before the size: none, a word of the section's, or a word of this arm's name.
      var before = mention.firstToken - 1
      while before >= sentence.range.lowerBound, !sentence.isWord(before) { before -= 1 }
      if before >= sentence.range.lowerBound, !Self.sectionWords.contains(sentence.key(before)),
        !columns[k].label.lowercased().contains(sentence.text(before).lowercased())
      {
        return nil
      }
      sizes.append(n)
    }
    return sizes
  }

  /// Words that narrow a section row to some of the people: a subgroup's, not an arm's.
  static let narrowers: Set<UInt64> = Set(
    ["with", "without", "who", "aged", "prior", "previous", "twins", "singletons", "subgroup", "subgroups", "only", "women", "men", "boys", "girls"]
      .map(TokenKey.of))
  /// Words of a section of outcomes or of the infants: "Neonatal outcomes", "Liveborn infants".
  static let sectionUnits: Set<UInt64> = Set(
    ["outcomes", "outcome", "infants", "liveborn", "neonates", "newborns", "babies", "neonatal", "maternal", "safety", "efficacy"].map(TokenKey.of))
  /// Words that may stand before a section row's sizes: "(liveborn infants: n = 197; …)".
  static let sectionWords: Set<UInt64> = sectionUnits.union(["and", "or", "n"].map(TokenKey.of))

  /// A cell that says its arm has no value for the row: "—", "–", "-", "NA", "n/a".
  static func isNotApplicable(_ cell: ArraySlice<UInt8>) -> Bool {
    let text = String(decoding: cell, as: UTF8.self).lowercased().split(separator: " ").joined(separator: " ")
    return ["—", "–", "-", "na", "n/a", "not applicable"].contains(text)
  }

  /// Whether one of `sentences` says the table's cells are counts of people ("Values are
  /// numbers of participants", `rules/study/count-tables.rules`), not "n (%)" nor "n/N".
  func declaresCounts(_ sentences: [Sentence], saying: Bool = false) -> Bool {
    sentences.contains { sentence in
      sentence.range.contains { i in
        guard let match = lexicons.countTables.longestMatch(in: sentence.tokens, at: i, stopAt: sentence.range.upperBound) else { return false }
        // A note's "values are" or "data are" right before the words of people.
        if saying, !(Self.sayingWords.contains(sentence.key(i)) || (Self.areWords.contains(sentence.key(i - 1)) && Self.sayingWords.contains(sentence.key(i - 2)))) {
          return false
        }
        // "Abbreviations: … n, number of patients": what a symbol means, not what the cells are.
        var before = i - 1
        if before >= sentence.range.lowerBound, [Self.commaKey, Self.theKey].contains(sentence.tokens[before].key) { before -= 1 }
        if before >= sentence.range.lowerBound, Self.definingWords.contains(sentence.tokens[before].key) { return false }
        // "Data are n (%)": the bare number is not the unit of every cell.
        return match.end >= sentence.range.upperBound || !Self.unitMarks.contains(sentence.tokens[match.end].key)
      }
    }
  }

  private static let unitMarks: Set<UInt64> = Set(["(", "/", "%", "["].map { TokenKey.of($0) })
  private static let sayingWords: Set<UInt64> = Set(["values", "data", "figures"].map { TokenKey.of($0) })
  private static let areWords: Set<UInt64> = Set(["are", "show", "give"].map { TokenKey.of($0) })
  private static let commaKey = TokenKey.of(",")
  private static let theKey = TokenKey.of("the")
  private static let definingWords: Set<UInt64> = Set(
    ["n", "=", ":", "represents", "represent", "denotes", "denote", "indicates", "indicate", "is", "means"].map { TokenKey.of($0) })

  /// Whether one of `texts` says the table's values are percentages first: "% (n)",
  /// "%(n)", "% (No.)".
  static func declaresPercentFirst(_ texts: [String]) -> Bool {
    texts.contains { text in
      let squeezed = text.lowercased().filter { $0 != " " && $0 != "\u{00A0}" }
      return squeezed.contains("%(n)") || squeezed.contains("%(no.)") || squeezed.contains("%(number)")
    }
  }

  /// A note below a table that says its values are percentages of people: "Values are
  /// percentage of patients (95% CI) unless stated otherwise", "Data are % of
  /// participants".
  static func notesPercent(_ note: String) -> Bool {
    let lower = note.lowercased()
    return ["values are ", "data are ", "figures are "].contains { saying in
      guard let found = lower.firstRange(of: saying) else { return false }
      let rest = String(lower[found.upperBound...])
      return ["percentage of ", "percentages of ", "% of "].contains { rest.hasPrefix($0) } && captionNamesPercent(rest)
    }
  }

  /// Whether an arm label is only the unit of its cells: "n", "n/N", "No.", "No./total (%)", "".
  static func namesUnitOnly(_ label: String) -> Bool {
    let letters = label.lowercased().filter { !" .,;:()%/".contains($0) }
    return ["", "n", "nn", "no", "number", "ntotal", "nototal"].contains(letters)
  }

  /// "Mean reduction in pain score", "Change in HbA1c, %": a row label that opens with a
  /// measure of each patient, whose percentages are no shares of patients ("Response
  /// (≥50% reduction)" is a share).
  static func namesMeasure(_ row: Row, text: [UInt8]) -> Bool {
    guard let label = row.label else { return false }
    let first = String(decoding: text[label], as: UTF8.self).lowercased().split(whereSeparator: { !$0.isLetter }).first
    return first.map { measureWords.contains(String($0)) } ?? false
  }

  /// Whether a row of bare counts counts people with an event or a response: its label
  /// names one ("Dizziness", "Discontinued because of adverse event", "Remission"), or
  /// the caption says the table is of adverse events and the label is no step of the
  /// trial's flow ("Randomized", "Lost to follow-up", "n").
  func countsPeopleWithEvents(_ row: Row, text: [UInt8], captionOfEvents: Bool) -> Bool {
    guard let label = row.label else { return false }
    let words = String(decoding: text[label], as: UTF8.self)
    let tokens = Tokenizer.tokenize(words)
    let named = tokens.indices.contains { lexicons.responseEvents.contains(tokens, at: $0) || lexicons.responseCues.contains(tokens, at: $0) }
    if named { return true }
    let flow = words.lowercased().split(whereSeparator: { !$0.isLetter }).contains { Self.flowWords.contains(String($0)) }
    return captionOfEvents && !flow && tokens.contains { $0.kind == .word && $0.range.count > 1 }
  }

  private static let flowWords: Set<String> = [
    "randomized", "randomised", "analysed", "analyzed", "treated", "completed", "lost", "withdrew", "withdrawn", "included",
    "excluded", "enrolled", "allocated", "assessed", "n", "given", "taken",
  ]

  /// "Days in hospital, median", "Episodes per patient", "Total catheter-days": a row
  /// label with a word of a quantity anywhere, whose bare numbers count no people.
  static func namesQuantity(_ row: Row, text: [UInt8]) -> Bool {
    guard let label = row.label else { return false }
    let words = String(decoding: text[label], as: UTF8.self).lowercased().split(whereSeparator: { !$0.isLetter })
    // "Week 4 | 48 | 50": those still seen at a visit.
    if words.count <= 2, let first = words.first, visitWords.contains(String(first)) { return true }
    return words.contains { measureWords.contains(String($0)) || quantityWords.contains(String($0)) }
  }

  private static let visitWords: Set<String> = ["week", "weeks", "day", "days", "month", "months", "year", "visit", "baseline", "screening"]

  private static let quantityWords: Set<String> = [
    "sd", "iqr", "range", "score", "rate", "per", "days", "day", "hours", "minutes", "weeks", "months", "years", "duration",
    "time", "total", "episodes", "dose", "level", "count", "length", "stay", "age", "weight", "height", "visits",
    "mm", "cm", "kg", "mg", "g", "dl", "ml", "mmol", "mmhg", "bpm", "iu", "units", "ratio", "ci", "risk", "bmi",
  ]

  static let measureWords: Set<String> = [
    "mean", "median", "average", "change", "changes", "reduction", "decrease", "increase", "difference",
  ]

  /// Per cent of the words of a cell (an outcome's name) that the text reports.
  func reportedShare(of cell: Range<Int>, in sentences: [Sentence], reported: Set<UInt64>) -> Int {
    let words = reportedWords(of: cell, in: sentences, reported: reported)
    return words.total == 0 ? 0 : words.found * 100 / words.total
  }

  /// How many of the words of a cell the text reports, of how many.
  func reportedWords(of cell: Range<Int>, in sentences: [Sentence], reported: Set<UInt64>) -> (found: Int, total: Int) {
    guard let sentence = sentences.first else { return (0, 0) }
    let words = sentence.tokens.indices.filter { i in
      cell.contains(Int(sentence.tokens[i].start)) && sentence.tokens[i].kind == .word && sentence.tokens[i].range.count >= 4
    }
    let found = words.filter { reported.contains(Self.stem(sentence, $0)) || reported.contains(Self.withoutMark(sentence, $0)) }.count
    return (found, words.count)
  }

  /// The row, when it has a label and no other cell that is not empty.
  static func labelOnly(_ row: Row) -> Row? {
    guard let label = row.label, !label.isEmpty, row.cells.indices.dropFirst().allSatisfy({ row.cells[$0].isEmpty }) else { return nil }
    return row
  }

  /// "Day 15 (primary)", "Week 12", "  Hospitalisation": a label that is one time point
  /// or one part of the label row above it, by its words or its indent.
  static func isSubRowLabel(_ label: ArraySlice<UInt8>) -> Bool {
    // A lone "-" or "–" is "not applicable", no part of anything.
    guard let first = label.first, label.contains(where: { $0 &- 0x30 < 10 || ($0 | 0x20) &- 0x61 < 26 }) else { return false }
    // An indent: spaces or a no-break space (U+00A0) before the words, or a dash, an en or
    // em dash or a bullet (U+2013, U+2014, U+2022).
    let next = label.dropFirst().prefix(2)
    if first == 0x20 || first == UInt8(ascii: "-") || (first == 0xC2 && next.first == 0xA0)
      || (first == 0xE2 && next.first == 0x80 && [0x93, 0x94, 0xA2].contains(next.last ?? 0))
    {
      return true
    }
    let words = String(decoding: label, as: UTF8.self).lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    guard let word = words.first else { return false }
    return timeWords.contains(String(word)) && words.count >= 2 && words[1].first?.isNumber == true
  }

  private static let timeWords: Set<String> = ["day", "days", "week", "weeks", "wk", "month", "months", "year", "years", "visit", "hour", "hours", "h", "at"]

  /// "Day 15 (primary)", "Primary outcome", "Co-primary end points": the label says it
  /// is the trial's primary outcome.
  static func saysPrimary(_ label: ArraySlice<UInt8>) -> Bool {
    String(decoding: label, as: UTF8.self).lowercased().split(whereSeparator: { !$0.isLetter }).contains { $0 == "primary" }
  }

  /// The key of token `i` without a last letter that may be a footnote mark glued to it
  /// ("responsed" in a row "CGI-I responsed" is "response" and note d).
  static func withoutMark(_ sentence: Sentence, _ i: Int) -> UInt64 {
    let range = sentence.tokens[i].range
    guard range.count >= 5, sentence.bytes[range.upperBound - 1] &- 0x61 < 26 else { return sentence.tokens[i].key }
    return TokenKey.of(sentence.bytes[range.lowerBound..<(range.upperBound - 1)])
  }
}
