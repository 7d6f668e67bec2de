import TrialFactsCore

/// Arm sizes a table leaves out but its percentages imply.
extension ResultTableReader {
  /// Group sizes the document states ("125 patients", "n = 133" in the text, "Placebo
  /// (n = 133)" over another table's column), by value, each with its first statement
  /// for evidence.
  func statedSizes(blocks: [Block], sentences: [[Sentence]]) -> [Int: PlacedMention] {
    var sizes: [Int: PlacedMention] = [:]
    for (b, blockSentences) in sentences.enumerated() where blocks[b].kind.carriesFacts {
      for sentence in blockSentences where !sentence.range.isEmpty {
        for mention in sentence.mentions(.cohort) {
          guard case .cohort(let size) = mention.value, sizes[size] == nil else { continue }
          let span = Int(sentence.tokens[sentence.range.lowerBound].start)..<Int(sentence.tokens[sentence.range.upperBound - 1].end)
          sizes[size] = PlacedMention(block: b, sentence: span, mention: mention)
        }
      }
    }
    return sizes
  }

  /// Whether the cell after cell `p` of a row may be this arm's percentage, so that "27 |
  /// 22" reads as one count: it is under the same spanning header ("n | %"), or under no
  /// other arm's header (tables that leave the span out).
  static func sameArm(_ row: Row, _ p: Int, _ column: ArmColumn, arms: Set<Int>) -> Bool {
    guard p + 1 < row.columns.count else { return false }
    let next = row.columns[p + 1]
    return column.span.contains(next) || !arms.contains(next)
  }

  /// Sizes for the arm columns whose header and rows give none, from their "27 (22)"
  /// cells: the one size the text states that two or more of the column's cells agree
  /// with, percentage and rounding included ("27 (22)" fits 125: 21.6 rounds to 22), or
  /// that alone fits a cell with decimals ("27 (21.6)").
  /// A column whose cells agree with two stated sizes equally stays without one, and only
  /// a column whose header names an arm is sized ("Right kidney" is no arm).
  func inferSizes(_ columns: inout [ArmColumn], dataRows: ArraySlice<Row>, blocks: [Block], stated: [Int: PlacedMention]) {
    guard !stated.isEmpty, columns.contains(where: { $0.sizeValue == nil && $0.namesArm }) else { return }
    let texts = dataRows.map { Array(blocks[$0.block].text.utf8) }
    let armIndices = Set(columns.filter { $0.namesArm || $0.sizeValue != nil }.map(\.index))
    for k in columns.indices where columns[k].sizeValue == nil && columns[k].namesArm {
      let counts = zip(dataRows, texts).compactMap { row, text -> CellCount? in
        guard let p = row.cell(at: columns[k].index) else { return nil }
        return Self.count(in: row, at: p, text: text, percentBeside: Self.sameArm(row, p, columns[k], arms: armIndices))?.0
      }
      guard let size = Self.votedSize(counts, stated: stated.keys) else { continue }
      columns[k].size = stated[size]
      columns[k].sizeValue = size
    }
  }

  /// The one stated size that two or more of an arm's counts agree with, percentage and
  /// rounding included ("27 (22)" fits 125: 21.6 rounds to 22), or that alone fits a count
  /// with decimals ("27 (21.6)"); nil when two sizes fit equally well.
  static func votedSize(_ counts: [CellCount], stated: some Collection<Int>) -> Int? {
    var votes: [Int: Int] = [:]
    // A count with a decimal ("27 (21.6)") that one stated size alone fits.
    var exact: Set<Int> = []
    for count in counts where count.total == nil && count.percent != nil && count.events > 0 {
      let fitting = stated.filter { count.fits(size: $0) }
      for size in fitting { votes[size, default: 0] += 1 }
      if count.percentDecimals > 0, fitting.count == 1, let size = fitting.first { exact.insert(size) }
    }
    let best = votes.values.max() ?? 0
    let winners = votes.filter { $0.value == best }
    guard let size = winners.first?.key, winners.count == 1, best >= 2 || exact == [size] else { return nil }
    return size
  }
}
