import Foundation
import TrialFactsCore

/// Headers as arms: which column (or row) names an arm, its label and its size.
extension ResultTableReader {
  /// Sizes the headers leave out, from a row that counts the participants of each arm
  /// ("Participants | 258 | 125 | 133", "n | 42 | 45").
  func fillSizes(_ columns: inout [ArmColumn], rows: [Row], blocks: [Block], sentences: [[Sentence]]) {
    guard columns.contains(where: { $0.sizeValue == nil }) else { return }
    for row in rows {
      // "Men | 12 | 15" counts some of each arm's people ("men" is a participant noun
      // too, but a trait of the baseline table's rows).
      guard let tokens = sentences[row.block].first?.tokens, let label = row.cells.first,
        let first = tokens.indices.first(where: { label.contains(Int(tokens[$0].start)) }),
        !namesTrait(label, of: row, sentences: sentences)
      else { continue }
      // The whole label counts people ("Patients randomized", "n", "No. of
      // participants"), not "Patients with serious adverse events".
      var t = first
      var counted = false
      while t < tokens.count, Int(tokens[t].start) < label.upperBound {
        if let noun = lexicons.participants.longestMatch(in: tokens, at: t, stopAt: tokens.count) {
          counted = true
          t = noun.end
        } else if tokens[t].kind != .word || Self.sizeRowWords.contains(tokens[t].key) {
          counted = counted || tokens[t].key == Keys.n
          t += 1
        } else {
          counted = false
          break
        }
      }
      guard counted else { continue }
      let text = Array(blocks[row.block].text.utf8)
      let cells = columns.map { row.cell(at: $0.index).map { row.cells[$0] } }
      let sizes = cells.map { $0.flatMap { CellCount.whole(text[$0]) } }
      guard sizes.allSatisfy({ $0 != nil }) else { continue }
      for (k, size) in sizes.enumerated() where columns[k].sizeValue == nil {
        guard let size, size > 0, let cell = cells[k] else { continue }
        let mention = Mention(label: .cohort, value: .cohort(size: size), firstToken: 0, endToken: 0, start: cell.lowerBound, end: cell.upperBound)
        columns[k].size = Self.placed(mention, row: row.block, length: text.count)
        columns[k].sizeValue = size
      }
      return
    }
  }

  /// The arms that a table's header rows name across its grid columns, top row first.
  ///
  /// A lower header row refines the one above: "Placebo (n = 42)" under "Children" is
  /// the arm "Children / Placebo"; "n (%) | Mean | SD" under "Intervention" are
  /// measures of one arm, which is read from the first of them that holds counts.
  func armColumns(
    headers: [Row], width: Int, dataRows: ArraySlice<Row>, blocks: [Block], sentences: [[Sentence]]
  ) -> [ArmColumn] {
    var arms: [ArmColumn] = []
    var measures: [ArmColumn] = []
    // Headers above that name no arm but a part of the table ("Children").
    var groups: [ArmColumn] = []
    let (counted, numbered) = countedColumns(dataRows, blocks: blocks)
    for header in headers {
      let layout = layout(header, blocks: blocks, sentences: sentences)
      var level = header.cells.indices.compactMap { p -> ArmColumn? in
        guard header.columns[p] > 0, header.columns[p] < width, var column = armColumn(p, of: layout) else { return nil }
        column.index = header.columns[p]
        column.span = column.index..<min(width, column.index + header.spans[p])
        return column
      }
      // "Telemonitoring | Usual care", "Probiotic | Placebo": a header as wide as a
      // control's or a drug's beside it, over counts, is an arm too ("Eastern Europe |
      // North America" beside no such header are none).
      if let known = level.first(where: { $0.control || $0.header.mention.label == .drug }) {
        for k in level.indices where !level[k].namesArm && !level[k].label.isEmpty && level[k].span.count == known.span.count
          && level[k].span.contains(where: numbered.contains) && !Self.namesEveryone(level[k].label)
        {
          level[k].namesGroup = true
        }
      }
      let named = level.filter { ($0.namesArm || $0.sizeValue != nil) && !$0.namesHistory }
      var merged: [ArmColumn] = []
      for upper in arms {
        let below = named.filter { upper.span.contains($0.index) }
        merged += below.isEmpty ? [upper] : below.map { $0.refining(upper) }
      }
      // "Placebo" under "Children" and under "Adolescents" are two arms.
      for column in named where !arms.contains(where: { $0.span.contains(column.index) }) {
        // A bare "(n = 24)" sizes only an arm above it ("Eastern Europe" is no arm).
        guard !column.label.isEmpty else { continue }
        let group = groups.first { $0.span.count > 1 && $0.span.contains(column.index) }
        var labelled = column
        // ("No./total (%)" spanning the arms is their cells' unit, no part of their names.)
        if let group, !Self.namesUnitOnly(group.label) { labelled.label = group.label + " / " + column.label }
        merged.append(labelled)
      }
      arms = merged.sorted { $0.index < $1.index }
      groups = level.filter { !($0.namesArm || $0.sizeValue != nil) || $0.namesHistory } + groups
      // Headers that name no arm ("Events", "9/12") may still head counts.
      measures = level.filter { column in
        !(column.namesArm || column.sizeValue != nil) && !column.namesHistory && !arms.contains { $0.span.contains(column.index) }
      }
    }
    // An arm over several columns is read where its counts are: the first column of its
    // span that holds a count in some row.
    if arms.contains(where: { $0.span.count > 1 }) {
      for k in arms.indices where arms[k].span.count > 1 {
        if let first = arms[k].span.first(where: { counted.contains($0) }) { arms[k].index = first }
      }
    }
    return (arms + measures).sorted { $0.index < $1.index }
  }

  /// The ways to read the arms: each arm at the column of its counts, or, where every
  /// arm's header spans as many columns of counts, two or more, each such column in turn
  /// ("ITT, n/N (%) | Per protocol, n/N (%)" under each arm), named by its lower header.
  func armViews(
    _ columns: [ArmColumn], headers: [Row], dataRows: ArraySlice<Row>, blocks: [Block]
  ) -> [(name: String?, columns: [ArmColumn])] {
    let whole = [(name: String?.none, columns: columns)]
    guard columns.count >= 2, columns.allSatisfy({ $0.span.count > 1 }) else { return whole }
    let counted = countedColumns(dataRows, blocks: blocks).counts
    let spans = columns.map { column in column.span.filter(counted.contains) }
    guard let k = spans.first?.count, k >= 2, spans.allSatisfy({ $0.count == k }) else { return whole }
    // Each view's name: the lowest header over its columns that is narrower than the arms'.
    let names = (0..<k).map { m -> String? in
      for header in headers.reversed() {
        guard let cell = header.cell(covering: spans[0][m]), header.spans[cell] < columns[0].span.count else { continue }
        let name = Self.withoutUnit(Self.outcomeName(Array(blocks[header.block].text.utf8)[header.cells[cell]]))
        return name.isEmpty ? nil : name
      }
      return nil
    }
    // Views with no name, or one name twice, could not be told apart; a unit ("n (%)")
    // names none; counts of events ("Events, n (%)" beside "Patients, n (%)") are no
    // people's.
    let named = names.compactMap { $0 }
    guard named.count == k, Set(named).count == k, !named.contains(where: { Self.namesUnitOnly($0) || Self.countsEvents($0) }) else {
      return whole
    }
    // "Baseline | Week 8": the baseline column is no outcome. Time points last first:
    // where nothing else chooses, the first row offered is read, and the last time point
    // is the one to read ("ITT | Per protocol" keep their order).
    var kept = (0..<k).filter { !Self.namesBaseline(ArraySlice(named[$0].utf8)) }
    guard !kept.isEmpty else { return whole }
    if kept.allSatisfy({ Self.namesTime(named[$0]) }) { kept.reverse() }
    return kept.map { m in
      (named[m], columns.enumerated().map { a, column in
        var column = column
        column.index = spans[a][m]
        return column
      })
    }
  }

  /// "Events", "No. of episodes", "AEs": a header of counts of events, which one person
  /// may have several of.
  static func countsEvents(_ name: String) -> Bool {
    name.lowercased().split(whereSeparator: { !$0.isLetter }).contains {
      ["event", "events", "episode", "episodes", "aes", "saes", "teaes", "occurrences", "reports"].contains($0)
    }
  }

  /// "All infants", "Both arms", "Entire cohort", "Study population": a header of the
  /// whole study, no arm of it.
  static func namesEveryone(_ label: String) -> Bool {
    let words = label.lowercased().split(whereSeparator: { !$0.isLetter })
    guard let first = words.first else { return false }
    return ["all", "both", "entire", "whole", "everyone", "overall", "combined", "pooled", "total"].contains(first)
      || (first == "study" && words.dropFirst().first.map { ["population", "sample", "cohort"].contains($0) } == true)
  }

  /// The grid columns that hold a count ("9 (12.5)", "9/12") in some data row, and
  /// those that hold a count or a whole number, in one pass that makes each row's bytes
  /// once.
  func countedColumns(_ dataRows: ArraySlice<Row>, blocks: [Block]) -> (counts: Set<Int>, numbers: Set<Int>) {
    var counts = Set<Int>()
    var numbers = Set<Int>()
    for row in dataRows {
      let text = Array(blocks[row.block].text.utf8)
      for p in row.cells.indices where !counts.contains(row.columns[p]) {
        if CellCount.parse(text[row.cells[p]]) != nil {
          counts.insert(row.columns[p])
          numbers.insert(row.columns[p])
        } else if CellCount.whole(text[row.cells[p]]) != nil {
          numbers.insert(row.columns[p])
        }
      }
    }
    return (counts, numbers)
  }

  /// A table row's tokens and mentions cell by cell, found in one pass over each.
  struct RowLayout {
    let row: Row
    let bytes: [UInt8]
    let tokens: [Token]
    /// Token indices of each cell.
    let cellTokens: [Range<Int>]
    /// Mentions that start in each cell, in the order the recognizers found them.
    let cellMentions: [[Mention]]

    init(_ row: Row, text: String, sentences: [Sentence]) {
      self.row = row
      bytes = Array(text.utf8)
      tokens = sentences.first?.tokens ?? []
      var ranges: [Range<Int>] = []
      ranges.reserveCapacity(row.cells.count)
      var t = 0
      for cell in row.cells {
        while t < tokens.count, Int(tokens[t].start) < cell.lowerBound { t += 1 }
        let start = t
        while t < tokens.count, Int(tokens[t].start) < cell.upperBound { t += 1 }
        ranges.append(start..<t)
      }
      cellTokens = ranges
      var mentions = [[Mention]](repeating: [], count: row.cells.count)
      let starts = row.cells.map(\.lowerBound)
      for sentence in sentences {
        for mention in sentence.mentions {
          // The last cell that starts at or before the mention (cells are in order).
          var low = 0
          var high = starts.count
          while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= mention.start { low = mid + 1 } else { high = mid }
          }
          if low > 0, row.cells[low - 1].contains(mention.start) { mentions[low - 1].append(mention) }
        }
      }
      cellMentions = mentions
    }
  }

  func layout(_ row: Row, blocks: [Block], sentences: [[Sentence]]) -> RowLayout {
    RowLayout(row, text: blocks[row.block].text, sentences: sentences[row.block])
  }

  /// Column `index` of a header row as an arm, or nil for a column of statistics.
  func armColumn(_ index: Int, of layout: RowLayout) -> ArmColumn? {
    let header = layout.row
    guard index < header.cells.count, !header.cells[index].isEmpty else { return nil }
    let (cell, bytes, tokens) = (header.cells[index], layout.bytes, layout.tokens)
    let cellTokens = layout.cellTokens[index]
    guard let firstToken = cellTokens.first, let lastToken = cellTokens.last else { return nil }
    if lexicons.statisticColumns.longestMatch(in: tokens, at: firstToken, stopAt: lastToken + 1) != nil { return nil }
    let mentions = layout.cellMentions[index]
    // ("Naive" alone heads untreated animals, a group of the study.)
    let history = cellTokens.prefix(while: { tokens[$0].key != Keys.openParen }).count > 1
      && cellTokens.contains { t in
        Self.historyWords.contains(tokens[t].key)
          || (tokens[t].key == Self.inadequateResponders && t > cellTokens.lowerBound && tokens[t - 1].key == Keys.hyphen)
      }
    let control = !history && cellTokens.contains { lexicons.controlArms.longestMatch(in: tokens, at: $0, stopAt: lastToken + 1) != nil }
      || tokens[firstToken].key == Self.controlWord
    let place = { (mention: Mention) in Self.placed(mention, row: header.block, length: bytes.count) }
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
    // "(n = 24)" alone sizes the arm its header row above names.
    guard !label.isEmpty || sizeValue != nil, CellCount.whole(bytes[cell]) == nil else { return nil }
    let names: Mention
    if !history, let drug = mentions.first(where: { $0.label == .drug }) {
      names = drug
    } else {
      names = Mention(
        label: .context, value: .context(control ? "control" : "arm"), firstToken: firstToken, endToken: firstToken + 1,
        start: cell.lowerBound, end: max(cell.lowerBound, labelEnd))
    }
    let regimen = mentions.filter { [.dose, .frequency, .route, .form].contains($0.label) }.map(place)
    var column = ArmColumn(
      index: index, header: place(names), label: label, control: control, size: size, sizeValue: sizeValue, regimen: regimen)
    // "5 mg" over "(n=62)": a dose alone names its arm of a dose-ranging trial.
    let labelTokens = cellTokens.filter { Int(tokens[$0].start) < labelEnd }
    let doseOnly = mentions.contains { $0.label == .dose } && !labelTokens.isEmpty
      && labelTokens.allSatisfy { t in regimen.contains { $0.mention.firstToken <= t && t < $0.mention.endToken } }
    // "Kangaroo mother care": the name, of two words or more, of an arm the text assigned
    // people to (codes such as "V1" name too much else).
    let assigned = mentions.contains { mention in
      if case .arm(let name) = mention.value { return mention.firstToken == firstToken && name.contains(" ") } else { return false }
    }
    column.namesGroup = !history && (doseOnly || assigned || cellTokens.contains { Self.groupHeaderWords.contains(tokens[$0].key) })
    column.namesHistory = history
    return column
  }

  /// Words by which a header names patients by their treatment before the trial
  /// ("MTX-naive | MTX-experienced", "Prior TNF inhibitor | No prior biologic"): the
  /// column is a subgroup of every arm, and the drug it names is none of them.
  static let historyWords: Set<UInt64> = Set(
    ["naive", "naïve", "experienced", "exposed", "pretreated", "prior", "previous", "previously", "refractory", "intolerant",
      "inadequate"].map { TokenKey.of($0) })
  /// "MTX-IR", "TNF-IR": inadequate responders to the drug before ("IR" alone may be
  /// immediate release).
  static let inadequateResponders = TokenKey.of("ir")

  /// Words a row of arm sizes may have besides its participant noun.
  static let sizeRowWords: Set<UInt64> = Set(
    ["n", "no", "number", "of", "total", "randomized", "randomised", "analysed", "analyzed", "enrolled", "included",
      "evaluable", "treated", "allocated", "assigned", "per", "group", "arm", "in"].map { TokenKey.of($0) })

  /// A header as an arm's name: without what follows a bracket ("n (%)", "(N = 99)"), a
  /// trailing "n" and surrounding spaces, so that "Intervention n (%)" and "Intervention
  /// (n = 125)" name one arm.
  static func armLabel(_ header: String) -> String {
    var label = header.split(separator: "(", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? header
    label = label.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ",;:")))
    for suffix in [" n", " N", " no.", " No."] where label.hasSuffix(suffix) {
      label = String(label.dropLast(suffix.count))
    }
    // "TAU¤", "Placebo†": a footnote's mark is no part of the name.
    while let last = label.last, footnoteMarks.contains(last), label.count > 1 { label.removeLast() }
    return label.trimmingCharacters(in: .whitespaces)
  }

  private static let footnoteMarks: Set<Character> = ["*", "†", "‡", "§", "¶", "¤", "#"]

  /// Words by which a header names a group of participants ("Intervention", "Group A",
  /// "Usual care arm"), not a measure or a body part.
  static let groupHeaderWords: Set<UInt64> = Set(
    ["group", "groups", "arm", "intervention", "treatment", "treated", "experimental", "active", "usual", "standard", "cohort"]
      .map { TokenKey.of($0) })

  /// A row label as an outcome's name, without the indent tables give sub-rows
  /// ("\u{2003}Headache").
  static func outcomeName(_ bytes: ArraySlice<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// A header without the unit it ends with: "Per protocol, n/N (%)" is "Per protocol",
  /// "Week 12 n (%)" is "Week 12".
  static func withoutUnit(_ header: String) -> String {
    let name = header.trimmingCharacters(in: .whitespaces)
    for i in name.indices where name[i] == "," || name[i] == " " {
      guard namesUnitOnly(String(name[i...])) else { continue }
      let kept = name[..<i].trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ",")))
      return kept.isEmpty ? name : kept
    }
    return name
  }

  /// "Control (n = 20)": in a column header the word alone names the control arm.
  static let controlWord = TokenKey.of("control")
}
