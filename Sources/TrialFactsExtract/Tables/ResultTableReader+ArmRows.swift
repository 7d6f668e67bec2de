import Foundation
import TrialFactsCore

/// Tables that give one arm per row.
extension ResultTableReader {
  /// A table with one arm per row ("Placebo | 62/99 | 62.6", "Intervention (n = 125) |
  /// 27 | (22)"): runs of two or more rows whose first cell names an arm (any label, when
  /// `anyLabel`: the header says the rows are arms, "Group | N | Vomiting"). A run's
  /// outcome is the row above it ("CGI-I response"), each arm's count its first cell that
  /// reads as one; or, when that row heads two or more columns of counts ("Vomiting |
  /// Cough"), each such column is an outcome of its own. The arms are those of the first
  /// run, and a later run names them again.
  ///
  /// A row that names a group ("Intervention", "Usual care arm") is an arm beside one that
  /// names a drug, a control or a size; a row without its size takes the one the document
  /// states that its counts' percentages agree with (``votedSize(_:stated:)``).
  func readArmRows(
    _ rows: [Row], blocks: [Block], sentences: [[Sentence]], responses: Bool, reported: Set<UInt64>, anyLabel: Bool = false,
    percentColumns: Set<Int> = [], stated: [Int: PlacedMention] = [:]
  ) -> TableArms {
    var table = TableArms(drafts: [], choices: [])
    var firstRun: [ArmDraft]?
    // The arms' sizes the text gives: a total that a cell's percentage implies is read only
    // when it is one of them.
    lazy var textSizes: Set<Int> = Set(sentences.joined().flatMap { sentence in
      sentence.mentions.compactMap { m -> Int? in if case .cohort(let size) = m.value, m.scope == .arm { return size } else { return nil } }
    })
    var armByLabel: [String: Int] = [:]
    var r = 0
    while r < rows.count {
      var run: [(row: Row, column: ArmColumn)] = []
      // Rows taken only because they name a group: no run of arms by themselves
      // ("Treatment failure | Treatment success").
      var groupsOnly = 0
      while r < rows.count, let arm = armColumn(0, of: layout(rows[r], blocks: blocks, sentences: sentences)) {
        if arm.control || arm.sizeValue != nil || arm.header.mention.label == .drug
          || ((anyLabel || Self.names(arm, anyOf: firstRun)) && !arm.label.isEmpty && hasNumbers(rows[r], blocks))
        {
          run.append((rows[r], arm))
        } else if arm.namesGroup, Self.isGroupLabel(arm.label), hasNumbers(rows[r], blocks) {
          run.append((rows[r], arm))
          groupsOnly += 1
        } else {
          break
        }
        r += 1
      }
      guard run.count >= 2, groupsOnly < run.count else {
        r += 1
        continue
      }
      let title = rows[..<(r - run.count)].last.flatMap { $0.cells.isEmpty ? nil : $0 }
      let titleText = title.map { Array(blocks[$0.block].text.utf8) } ?? []
      // "n" or "N" under the title row: the column of sizes; not an "n" of "n | (%)"
      // pairs, the counts beside their shares.
      let sizeColumn = title.flatMap { title -> Int? in
        let ns = title.cells.indices.dropFirst().filter { j in
          let cell = titleText[title.cells[j]]
          return cell.count == 1 && cell.first.map { $0 | 0x20 == UInt8(ascii: "n") } == true
        }
        guard ns.count == 1, let j = ns.first,
          !(j + 1 < title.cells.count && titleText[title.cells[j + 1]].contains(UInt8(ascii: "%")))
        else { return nil }
        return title.columns[j]
      } ?? Self.totalColumns(title.map { [$0] } ?? [], blocks: blocks).min()
      var drafts: [ArmDraft] = []
      // Each grid column's counts, by arm.
      var counted: [Int: [(arm: Int, placed: PlacedMention)]] = [:]
      // Columns of percentages alone where some arm's percentage pins no count: none of
      // the column's counts is read.
      var unpinned = Set<Int>()
      var firstCounts: [(arm: Int, placed: PlacedMention)] = []
      for (row, var column) in run {
        let text = Array(blocks[row.block].text.utf8)
        if column.sizeValue == nil, let grid = sizeColumn, let j = row.cell(at: grid), let size = CellCount.whole(text[row.cells[j]]) {
          let mention = Mention(label: .cohort, value: .cohort(size: size), firstToken: 0, endToken: 0, start: row.cells[j].lowerBound, end: row.cells[j].upperBound)
          column.size = Self.placed(mention, row: row.block, length: text.count)
          column.sizeValue = size
        }
        // A size an earlier run gave this arm ("Placebo | 98" above "Placebo | 62 (63.3)").
        if column.sizeValue == nil, let earlier = firstRun?.first(where: { $0.namedArm?.label == column.label }),
          let size = earlier.cohort, case .cohort(let n) = size.mention.value
        {
          column.size = size
          column.sizeValue = n
        }
        // "Intervention | 26 | (21) | 64 | (51)" in an article that randomised 125 to it:
        // from the counts under no header or under one of an outcome's shares ("Withdrew,
        // n (%)" counts who left); only a row that names an arm ("Treatment-naive" and
        // "Age < 65" are parts of every arm).
        if column.sizeValue == nil, !stated.isEmpty,
          column.control || column.header.mention.label == .drug || Self.isGroupLabel(column.label)
        {
          let counts = row.cells.indices.dropFirst().compactMap { j -> CellCount? in
            let head = title.flatMap { title in title.cell(covering: row.columns[j]).map { title.cells[$0] } }
            guard head?.isEmpty ?? true || headsOutcomeShares(title, over: row.columns[j], sentences: sentences) else { return nil }
            return Self.count(in: row, at: j, text: text)?.0
          }
          if let size = Self.votedSize(counts, stated: stated.keys) {
            column.size = stated[size]
            column.sizeValue = size
          }
        }
        var draft = ArmDraft(drug: column.header)
        draft.namedArm = (column.label, column.control)
        if let size = column.size { draft.set(size) }
        for fact in column.regimen { draft.set(fact) }
        drafts.append(draft)
        var first = true
        // The cell of a percentage read with the count before it ("48 | 80.0" under
        // "Cured | %").
        var besideCount: Int?
        for j in row.cells.indices.dropFirst() where row.columns[j] != sizeColumn && j != besideCount {
          let percentBeside = j + 1 < row.cells.count && percentColumns.contains(row.columns[j + 1])
            && !percentColumns.contains(row.columns[j])
          // "33.2" in a table of percentages ("% of participants") for an arm of 226: 75.
          if Self.count(in: row, at: j, text: text, percentBeside: percentBeside) == nil, let size = column.sizeValue,
            let percent = Self.statedPercentage(row, j, text: text, percentColumns: percentColumns),
            !(title.map { t in t.cell(covering: row.columns[j]).map { Self.measuresEachPatient(titleText[t.cells[$0]]) } ?? false } ?? false)
          {
            guard CellCount.derived(percent: percent.value, decimals: percent.decimals, size: size) != nil else {
              unpinned.insert(row.columns[j])
              continue
            }
            // Kept as stated; the record says the count was derived.
            let response = ResponseCount(total: size, proportion: percent.value / 100, precision: CellCount.unit(percent.decimals) / 100)
            let mention = Mention(label: .response, value: .response(response), firstToken: 0, endToken: 0, start: row.cells[j].lowerBound, end: row.cells[j].upperBound)
            counted[row.columns[j], default: []].append((drafts.count - 1, Self.placed(mention, row: row.block, length: text.count)))
            continue
          }
          // "30 (57.7)" where neither the row nor the header sizes the arm: of the one total
          // that gives that percentage, under a header of counts and shares of an outcome.
          guard let (count, cell) = Self.count(in: row, at: j, text: text, percentBeside: percentBeside),
            let size = count.total ?? column.sizeValue
              ?? (count.percentDecimals > 0 && headsOutcomeShares(title, over: row.columns[j], sentences: sentences)
                ? count.impliedSize.flatMap { textSizes.contains($0) ? $0 : nil } : nil),
            count.fits(size: size)
          else { continue }
          if cell.upperBound > row.cells[j].upperBound { besideCount = j + 1 }
          let response = ResponseCount(responders: count.events, total: size)
          let mention = Mention(label: .response, value: .response(response), firstToken: 0, endToken: 0, start: cell.lowerBound, end: cell.upperBound)
          let placed = Self.placed(mention, row: row.block, length: text.count)
          counted[row.columns[j], default: []].append((drafts.count - 1, placed))
          guard first else { continue }
          first = false
          firstCounts.append((drafts.count - 1, placed))
          // "62/99": the arm's size, where the table gives no other.
          if column.sizeValue == nil, count.total != nil {
            var sized = mention
            sized.label = .cohort
            sized.value = .cohort(size: size)
            drafts[drafts.count - 1].set(Self.placed(sized, row: row.block, length: text.count))
          }
        }
      }
      if firstRun == nil { firstRun = drafts }
      guard responses else { continue }
      // The outcomes: the title's columns over two or more arms' counts, or its first cell.
      var outcomes: [(cell: Range<Int>?, counts: [(arm: Int, placed: PlacedMention)])] = []
      if let title {
        for grid in counted.keys.sorted() where counted[grid]!.count >= 2 && !unpinned.contains(grid) {
          // "Female, n (%)" beside "Randomised, n": who the arm's people are, no outcome.
          if let j = title.cell(covering: grid), j > 0, !title.cells[j].isEmpty, !namesTrait(title.cells[j], of: title, sentences: sentences),
            !Self.namesBaseline(titleText[title.cells[j]]), !Self.namesUnitOnly(String(decoding: titleText[title.cells[j]], as: UTF8.self))
          {
            outcomes.append((title.cells[j], counted[grid]!))
          }
        }
      }
      // One column of counts under a header that names the rows' arms ("Group | N |
      // Vomiting"): the column's header is the outcome, not "Group".
      // The title row's first cell, unless it is the corner "Group" that names the arms.
      let titleNamesArms = title.map { title -> Bool in
        let layout = layout(title, blocks: blocks, sentences: sentences)
        guard let cell = layout.cellTokens.first, !cell.isEmpty else { return false }
        return lexicons.armHeaders.longestMatch(in: layout.tokens, at: cell.lowerBound, stopAt: cell.upperBound)?.end == cell.upperBound
      } ?? false
      if table.drafts.isEmpty {
        table.drafts = firstRun ?? []
        // The arms by label, so that a table of thousands of rows finds each in one step.
        for (k, draft) in table.drafts.enumerated() where armByLabel[draft.namedArm?.label ?? ""] == nil {
          armByLabel[draft.namedArm?.label ?? ""] = k
        }
      }
      // The arms of the table are those of its first run; a later run's arm that no
      // earlier run names is added.
      func known(_ draft: ArmDraft) -> Int {
        let label = draft.namedArm?.label ?? ""
        if let known = armByLabel[label] { return known }
        table.drafts.append(draft)
        armByLabel[label] = table.drafts.count - 1
        return table.drafts.count - 1
      }
      // "Antidepressants" over its arms' rows, under "Baseline | 3 months | 12 months"
      // heading the table's columns: each is an outcome of its own, named by both. The
      // text's words for the outcome rank only the last column (the final time point);
      // the others are read when the text restates their counts, or with every row.
      if outcomes.isEmpty, !titleNamesArms, let title,
        let heads = columnHeads(over: counted, in: rows[..<(r - run.count)], blocks: blocks)
      {
        let section = Self.labelOnly(title).flatMap(\.label)
        let score = section.map { reportedShare(of: $0, in: sentences[title.block], reported: reported) } ?? 0
        // Last first: where nothing else chooses, the first row offered is read.
        for (k, head) in heads.enumerated().reversed() {
          let outcome = (section.map { Self.outcomeName(titleText[$0]) + ", " } ?? "") + head.name
          table.choices.append(RowChoice(
            score: k == heads.count - 1 ? score : 0, primary: Self.saysPrimary(ArraySlice(head.name.utf8)), outcome: outcome,
            responses: head.counts.map { (known(drafts[$0.arm]), $0.placed) }))
        }
        continue
      }
      if outcomes.count < 2 { outcomes = titleNamesArms && outcomes.count == 1 ? outcomes : [(titleNamesArms ? nil : title?.cells.first, firstCounts)] }
      for (cell, found) in outcomes where found.count >= 2 {
        let outcome = cell.map { Self.outcomeName(titleText[$0]) }
        let score = cell.flatMap { cell in title.map { reportedShare(of: cell, in: sentences[$0.block], reported: reported) } } ?? 0
        let responses = found.map { (known(drafts[$0.arm]), $0.placed) }
        table.choices.append(RowChoice(score: score, outcome: outcome?.isEmpty == false ? outcome : nil, responses: responses))
      }
    }
    if table.drafts.isEmpty { table.drafts = firstRun ?? [] }
    return table
  }

  /// A row label in words of a group alone ("Intervention", "Usual care arm", "Group B"),
  /// not a trait or a measure that has one of them ("Active smokers", "Standard
  /// deviation", "Pre-intervention").
  static func isGroupLabel(_ label: String) -> Bool {
    let words = label.lowercased().split { !$0.isLetter && !$0.isNumber }
    return !words.isEmpty && words.allSatisfy { word in
      groupLabelWords.contains(String(word)) || word.count == 1 || ["ii", "iii", "iv"].contains(word)
    } && !label.contains("-")
  }

  private static let groupLabelWords: Set<String> = [
    "group", "groups", "arm", "intervention", "experimental", "treatment", "treated", "active", "control", "usual", "standard",
    "care", "cohort", "study", "the",
  ]

  /// The cells of the lowest header row in `rows` that head two or more of the grid
  /// columns that `counted` holds counts of, each with its columns' counts, left to
  /// right: "3 months follow-up | 12 months follow-up" over "n | (%) | n | (%)".
  /// Columns headed "Baseline" are no outcome and are left out; rows of units ("n |
  /// (%)"), label rows and rows of numbers head nothing.
  func columnHeads(
    over counted: [Int: [(arm: Int, placed: PlacedMention)]], in rows: ArraySlice<Row>, blocks: [Block]
  ) -> [(name: String, counts: [(arm: Int, placed: PlacedMention)])]? {
    let grids = counted.keys.sorted().filter { counted[$0]!.count >= 2 }
    guard grids.count >= 2 else { return nil }
    for row in rows.reversed() where Self.labelOnly(row) == nil && !hasNumbers(row, blocks) {
      let text = Array(blocks[row.block].text.utf8)
      let heads = grids.compactMap { row.cell(covering: $0) }
      guard heads.count == grids.count, heads.allSatisfy({ $0 > 0 }) else { continue }
      let names = heads.map { Self.withoutUnit(Self.outcomeName(text[row.cells[$0]])) }
      guard Set(heads).count >= 2, names.allSatisfy({ !$0.isEmpty && !Self.namesUnitOnly($0) }) else { continue }
      // Only times: "None | Mild | Severe | Total" or "Present | Absent" are categories of
      // one outcome, whose columns are no outcomes of their own.
      guard names.allSatisfy({ Self.namesTime($0) || Self.namesBaseline(ArraySlice($0.utf8)) }) else { return nil }
      var result: [(name: String, counts: [(arm: Int, placed: PlacedMention)])] = []
      for (k, grid) in grids.enumerated() where !Self.namesBaseline(text[row.cells[heads[k]]]) {
        // One head over two columns of counts reads the first.
        if k > 0, heads[k] == heads[k - 1] { continue }
        result.append((names[k], counted[grid]!))
      }
      return result.isEmpty ? nil : result
    }
    return nil
  }

  /// "Baseline", "Pre-treatment", "Before treatment", "Pre-infusion", "At randomisation",
  /// "Screening", "Week 0", "T0", "Week −2 (run-in)": a header of the time before the
  /// trial's treatment, whose counts are no outcome ("Pre-eclampsia" and "Admission to
  /// ICU" are outcomes).
  static func namesBaseline(_ cell: ArraySlice<UInt8>) -> Bool {
    let words = String(decoding: cell, as: UTF8.self).lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    guard let first = words.first else { return false }
    if ["baseline", "pretreatment", "preoperative", "preinfusion", "screening", "enrolment", "enrollment", "t0"].contains(first) { return true }
    if words == ["admission"] { return true }
    guard words.count >= 2 else { return false }
    if zip(words, words.dropFirst()).contains(where: { $0 == "run" && $1 == "in" }) { return true }
    if first == "pre" || first == "before", ["treatment", "intervention", "randomisation", "randomization", "surgery", "infusion", "operative", "op", "dose"].contains(words[1]) {
      return true
    }
    if first == "at", ["baseline", "randomisation", "randomization", "screening", "entry", "enrolment", "enrollment", "inclusion", "admission"].contains(words[1]) {
      return true
    }
    return ["day", "week", "month"].contains(first) && words[1] == "0"
  }

  /// "3 months follow-up", "Week 12", "Day 28", "T2", "At discharge", "0–2 h": a header
  /// that names a time.
  static func namesTime(_ head: String) -> Bool {
    let words = head.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    return words.contains { word in
      timeUnits.contains(String(word)) || (word.count >= 2 && word.first == "t" && word.dropFirst().allSatisfy(\.isNumber))
    }
  }

  private static let timeUnits: Set<String> = [
    "day", "days", "week", "weeks", "wk", "wks", "month", "months", "mo", "year", "years", "hour", "hours", "h", "hr", "min",
    "minutes", "visit", "follow", "discharge", "postoperative", "posttreatment", "end", "endpoint", "final",
  ]

  /// Whether an arm's label is that of one of `arms` ("Intervention" under "Sedatives",
  /// named "Intervention (n = 125)" under "Antidepressants" above).
  static func names(_ arm: ArmColumn, anyOf arms: [ArmDraft]?) -> Bool {
    arms?.contains { $0.namedArm.map { $0.label.lowercased() == arm.label.lowercased() } ?? false } ?? false
  }

  /// Whether a cell after the first holds a number: a row of data, not of headers.
  private func hasNumbers(_ row: Row, _ blocks: [Block]) -> Bool {
    let text = Array(blocks[row.block].text.utf8)
    return row.cells.indices.dropFirst().contains { CellCount.isNumber(text[row.cells[$0]]) || CellCount.parse(text[row.cells[$0]]) != nil }
  }

  /// A cell that holds a percentage alone, marked as one by its own "%" or by a "%"
  /// header over its grid column ("Pain | 39.9 | 47.3" under "% | %"); or with its
  /// interval ("81.0 (73.7–86.6)") where the table or column says its values are
  /// percentages, never in a row of a time or a median.
  static func statedPercentage(_ row: Row, _ j: Int, text: [UInt8], percentColumns: Set<Int>) -> (value: Double, decimals: Int)? {
    let cell = text[row.cells[j]]
    let marked = percentColumns.contains(row.columns[j]) || percentColumns.contains(Self.everyColumn)
    let alone = CellCount.percentage(cell)
    guard
      let percent = alone
        ?? (marked && row.label.map { Self.namesIntervalMeasure(text[$0]) } == false ? CellCount.percentageWithInterval(cell) : nil),
      alone == nil || cell.contains(UInt8(ascii: "%")) || marked || row.label.map({ Self.namesPercent(text[$0]) }) == true,
      // "Body fat, %" and "Weight change from baseline, %" give each patient's measure.
      !(row.label.map { Self.measuresEachPatient(text[$0]) } ?? false)
    else { return nil }
    return percent
  }

  /// "Time to extubation, h, median (IQR)", "Length of stay, days": a row whose
  /// cells give a measure and its spread, not a share and its interval. Its first word
  /// is a measure or a time, or it names a statistic or, after a comma, a unit.
  static func namesIntervalMeasure(_ label: ArraySlice<UInt8>) -> Bool {
    let lower = String(decoding: label, as: UTF8.self).lowercased()
    let words = lower.split(whereSeparator: { !$0.isLetter })
    if let first = words.first, measureWords.contains(String(first)) || intervalMeasureOpeners.contains(String(first)) { return true }
    if words.contains(where: { spreadWords.contains(String($0)) }) { return true }
    // "Ventilator-free days", "ICU days": days counted, not the time by which ("Delirium
    // within 7 days").
    let tokens = lower.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," || $0 == "(" || $0 == ")" })
    if tokens.indices.contains(where: { k in countedTimes.contains(String(tokens[k])) && (k == 0 || Double(tokens[k - 1]) == nil) }) { return true }
    // The clauses after the first comma: "…, min", "…, days".
    return lower.split(separator: ",").dropFirst().contains { clause in
      clause.split(whereSeparator: { !$0.isLetter }).contains { unitWords.contains(String($0)) }
    }
  }

  private static let intervalMeasureOpeners: Set<String> = ["time", "duration", "length", "number", "days", "hours", "score"]
  private static let countedTimes: Set<String> = ["days", "hours", "minutes", "weeks", "months", "years"]
  /// Words of a statistic or of a quantity measured on each patient ("Vomiting episodes
  /// per patient", "Sedation depth (RASS)").
  private static let spreadWords: Set<String> = [
    "median", "mean", "iqr", "sd", "range", "se", "sem", "episodes", "per", "depth", "scale", "score", "count", "level", "concentration",
  ]
  private static let unitWords: Set<String> = [
    "min", "minutes", "h", "hours", "d", "days", "weeks", "months", "years", "mg", "ml", "mmol", "kg", "cm", "mm", "points", "score",
  ]

  /// A label with a word of a measure taken of each patient ("Body weight change, %",
  /// "Body fat (%)", "Haematocrit, %"), whose percentages are no shares of people.
  static func measuresEachPatient(_ label: ArraySlice<UInt8>) -> Bool {
    String(decoding: label, as: UTF8.self).lowercased().split(whereSeparator: { !$0.isLetter }).contains {
      eachPatientMeasures.contains(String($0))
    }
  }

  private static let eachPatientMeasures: Set<String> = [
    "mean", "median", "average", "change", "changes", "weight", "fat", "mass", "level", "levels", "concentration",
    "concentrations", "value", "values", "laboratory", "hematocrit", "haematocrit", "hemoglobin", "haemoglobin", "hba1c",
    "saturation", "bmi", "adherence", "compliance",
  ]

  /// The grid columns under a header cell that reads "%" alone; ``everyColumn`` when the
  /// caption says the table's figures are percentages ("…, % of patients",
  /// "(percentage of patients; …)").
  static func percentColumns(_ rows: [Row], blocks: [Block], caption: String? = nil) -> Set<Int> {
    var columns = columns(rows, blocks: blocks) { $0 == "%" }
    if let caption, Self.captionNamesPercent(caption) { columns.insert(everyColumn) }
    return columns
  }

  /// Stands for every column in ``percentColumns(_:blocks:caption:)``.
  static let everyColumn = -1

  /// A row label or caption clause that gives the unit as per cent: "SALT score ≤20, %",
  /// "Response (%)", "Responders, % of patients".
  static func namesPercent(_ label: ArraySlice<UInt8>) -> Bool {
    var end = label.endIndex
    while end > label.startIndex, label[end - 1] == 0x20 || label[end - 1] == UInt8(ascii: ")") { end -= 1 }
    guard end > label.startIndex, label[end - 1] == UInt8(ascii: "%") else { return false }
    // The "%" stands alone after a comma or a bracket, not "≥50%" or "Reduction >30%".
    var start = end - 1
    while start > label.startIndex, label[start - 1] == 0x20 { start -= 1 }
    return start > label.startIndex && [UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: ";")].contains(label[start - 1])
  }

  /// A caption with a clause that gives the unit as per cent ("…, % of patients"), or that
  /// says its figures are percentages of people ("(percentage of patients; …)").
  static func captionNamesPercent(_ caption: String) -> Bool {
    let lower = caption.lowercased()
    // "percentage of patients", "percentages of the participants assessed"; not a caption
    // of counts with the percentages beside them ("Number of infants (percentage of the
    // infants in brackets)"), nor a share of each one's measure ("percentage of the
    // patients' body weight").
    let counts = ["number of", "numbers of", "no. of", "in brackets", "in parentheses", "n (%)"].contains { lower.contains($0) }
    for lead in ["percentage of ", "percentages of "] where !counts {
      var rest = lower[...]
      while let found = rest.firstRange(of: lead) {
        rest = rest[found.upperBound...]
        let people = rest.hasPrefix("the ") ? rest.dropFirst(4) : rest
        if let noun = Self.peopleNouns.first(where: { people.hasPrefix($0) }), !people.dropFirst(noun.count).hasPrefix("'") {
          return true
        }
      }
    }
    // A clause, between commas, semicolons or brackets, that is "% of patients" ("… in
    // ≥5% of patients" is a threshold, not the unit; "Body composition, %" and "values are
    // %" may be measures of each patient).
    return lower.split(whereSeparator: { ",;()".contains($0) }).contains { clause in
      let words = clause.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ".")))
      return ["% of patients", "% of participants", "% of subjects", "% of children", "% of women", "% of men"].contains { words.hasPrefix($0) }
    }
  }

  private static let peopleNouns = ["patients", "participants", "subjects", "children", "women", "men", "infants", "adults", "people"]

  /// Whether a header cell opens with a characteristic of the participants ("Female",
  /// "Age"; `rules/study/baseline-rows.rules`).
  /// Whether the title row's cell over grid column `grid` heads shares of an outcome:
  /// "Vomiting, n (%)"; not who the people are ("Current smoker, n (%)") nor whether they
  /// stayed ("Withdrew, n (%)").
  func headsOutcomeShares(_ title: Row?, over grid: Int, sentences: [[Sentence]]) -> Bool {
    guard let title, let j = title.cell(covering: grid), j > 0, let sentence = sentences[title.block].first else { return false }
    let cell = title.cells[j]
    let tokens = sentence.range.filter { Int(sentence.tokens[$0].start) >= cell.lowerBound && Int(sentence.tokens[$0].end) <= cell.upperBound }
    guard tokens.contains(where: { sentence.key($0) == Keys.percentSign }) else { return false }
    return !tokens.contains { i in
      lexicons.responseBlocks.contains(sentence.tokens, at: i) || lexicons.baselineRows.contains(sentence.tokens, at: i)
        || lexicons.responseBlocksBefore.contains(sentence.tokens, at: i)
    }
  }

  func namesTrait(_ cell: Range<Int>, of row: Row, sentences: [[Sentence]]) -> Bool {
    guard let sentence = sentences[row.block].first,
      let first = sentence.range.first(where: { Int(sentence.tokens[$0].start) >= cell.lowerBound }),
      Int(sentence.tokens[first].start) < cell.upperBound,
      let match = lexicons.baselineRows.longestMatch(in: sentence.tokens, at: first, stopAt: sentence.range.upperBound)
    else { return false }
    return !sentence.isWord(match.end) || Int(sentence.tokens[match.end].start) >= cell.upperBound
  }

  /// The grid columns under a header cell that names a denominator: "Total", "N" (not
  /// "n", the count), "No. of patients".
  static func totalColumns(_ rows: [Row], blocks: [Block]) -> Set<Int> {
    columns(rows, blocks: blocks) { $0 == "N" || isTotalHeader($0) }
  }

  /// "Total", "No. of patients", "Randomised, n", "Participants analysed (n)": a header
  /// of people counted, in words of counting and of the people only.
  static func isTotalHeader(_ cell: String) -> Bool {
    // "Patients, n (%)" heads counts with their shares.
    guard !cell.contains("%") else { return false }
    let words = cell.lowercased().split { !$0.isLetter }.map(String.init)
    guard !words.isEmpty, words.allSatisfy({ totalWords.contains($0) }) else { return false }
    return words.count >= 2 ? words.contains { countWords.contains($0) } || words.contains { peopleWords.contains($0) } : singleTotals.contains(words[0])
  }

  private static let countWords: Set<String> = ["n", "no", "number", "total"]
  private static let peopleWords: Set<String> = ["analysed", "analyzed", "randomised", "randomized", "enrolled", "evaluable", "treated"]
  private static let singleTotals: Set<String> = ["total", "patients", "analysed", "analyzed", "evaluable", "randomised", "randomized", "enrolled"]
  private static let totalWords: Set<String> = countWords.union(peopleWords).union(["of", "patients", "participants", "subjects", "itt", "population"])

  /// The grid columns whose cell in some row, spaces dropped at its ends, passes `test`.
  private static func columns(_ rows: [Row], blocks: [Block], where test: (String) -> Bool) -> Set<Int> {
    var columns = Set<Int>()
    for row in rows {
      let text = Array(blocks[row.block].text.utf8)
      for j in row.cells.indices where row.cells[j].count <= 32 {
        let cell = String(decoding: text[row.cells[j]], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        if test(cell) { columns.insert(row.columns[j]) }
      }
    }
    return columns
  }

  /// "6 | 612" under "Events | Total": a count and, in the next cell, its denominator.
  static func eventsAndTotal(_ row: Row, _ j: Int, text: [UInt8], totalColumns: Set<Int>) -> (CellCount, Range<Int>)? {
    guard j + 1 < row.cells.count, !totalColumns.contains(row.columns[j]), totalColumns.contains(row.columns[j + 1]),
      let events = CellCount.wholeMarked(text[row.cells[j]]), let total = CellCount.wholeMarked(text[row.cells[j + 1]]), total > 0, events <= total
    else { return nil }
    return (CellCount(events: events, total: total), row.cells[j].lowerBound..<row.cells[j + 1].upperBound)
  }

  /// The count in cell `j` of a row, or in cells `j` and `j + 1` when the table splits
  /// it into "27 | (22)" (or "27 | 22" with `percentBeside`); with the byte range it spans.
  static func count(in row: Row, at j: Int, text: [UInt8], percentBeside: Bool = false) -> (CellCount, Range<Int>)? {
    let cell = row.cells[j]
    if let count = CellCount.parse(text[cell]) { return (count, cell) }
    guard let events = CellCount.whole(text[cell]), j + 1 < row.cells.count else { return nil }
    let next = row.cells[j + 1]
    guard let open = text[next].first(where: { $0 != 0x20 }) else { return nil }
    if open == UInt8(ascii: "(") {
      let joined = Array(text[cell]) + [0x20] + Array(text[next])
      return CellCount.parse(joined[...]).map { ($0, cell.lowerBound..<next.upperBound) }
    }
    // "27 | 21.6" under "n | %", when the caller knows both cells are one arm's
    // (`percentBeside`): only a percentage that fits the arm's size makes it a count
    // (``CellCount/fits(size:)``), so a mean beside its SD never does.
    guard percentBeside, let percent = CellCount.percentage(text[next]) else { return nil }
    return (CellCount(events: events, percent: percent.value, percentDecimals: percent.decimals), cell.lowerBound..<next.upperBound)
  }
}
