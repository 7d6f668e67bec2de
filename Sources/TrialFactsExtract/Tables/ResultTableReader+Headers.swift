import Foundation
import TrialFactsCore

/// Headers as arms: which column (or row) names an arm, its label and its size.
extension ResultTableReader {
  /// Sizes the headers leave out, from a row that counts the participants of each arm
  /// ("Participants | 258 | 125 | 133", "n | 42 | 45").
  func fillSizes(_ columns: inout [ArmColumn], rows: [Row], blocks: [Block], sentences: [[Sentence]]) {
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
  func armColumn(_ index: Int, of header: Row, sentences: [Sentence], bytes: [UInt8]) -> ArmColumn? {
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
  static let controlWord = TokenKey.of("control")
}
