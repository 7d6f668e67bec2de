import TrialFactsCore

extension ResultTableReader {
  /// A row of a table: its block, the byte range of each cell, and where each cell sits
  /// in the table's grid once `colspan` and `rowspan` are counted.
  struct Row {
    var block: Int
    var cells: [Range<Int>]
    /// The grid column each cell starts at: after the cells to its left and their
    /// spans, skipping columns that a cell of a row above covers with its `rowspan`.
    var columns: [Int]
    /// How many grid columns each cell covers.
    var spans: [Int]
    /// Grid columns that cells of rows above cover with their `rowspan`.
    var coveredAbove: [Int] = []

    /// The grid columns the row reaches.
    var width: Int { zip(columns, spans).map { $0 + $1 }.max() ?? 0 }

    /// The cell that starts at grid column `column` (columns rise along a row).
    func cell(at column: Int) -> Int? {
      var low = 0
      var high = columns.count
      while low < high {
        let mid = (low + high) / 2
        if columns[mid] < column { low = mid + 1 } else { high = mid }
      }
      return low < columns.count && columns[low] == column ? low : nil
    }

    /// The cell that covers grid column `column` (a header spanning several).
    func cell(covering column: Int) -> Int? {
      cells.indices.first { columns[$0] <= column && column < columns[$0] + spans[$0] }
    }

    /// This header row moved to end at grid column `width`, when it ends short of it.
    ///
    /// A second header row whose table left out the empty corner cell below the row
    /// label ("| 1200 (N = 122) | 2400 (N = 123)" under "| Placebo | Drug, mg/day") would
    /// otherwise start in the label column and put every arm one column left of its
    /// counts. Columns that a `rowspan` from above covers are skipped; when the cells do
    /// not fit, the row stays as it was.
    func alignedRight(to width: Int) -> Row {
      guard self.width < width, !cells.isEmpty else { return self }
      let covered = Set(coveredAbove)
      var placed = [Int](repeating: 0, count: cells.count)
      var end = width
      for k in cells.indices.reversed() {
        while end - spans[k] >= 0, (end - spans[k]..<end).contains(where: covered.contains) { end -= 1 }
        guard end - spans[k] >= 0 else { return self }
        placed[k] = end - spans[k]
        end -= spans[k]
      }
      var row = self
      row.columns = placed
      return row
    }

    /// The row's label: the cell in the first grid column, if this row has it (a cell
    /// above may span down over it).
    var label: Range<Int>? { cell(at: 0).map { cells[$0] } }

    /// Grid columns that spans may reach; cells further right sit one column each.
    static let maximumWidth = 1024

    /// The rows of one table, `blocks[range]`, placed on its grid.
    static func grid(_ blocks: ArraySlice<Block>) -> [Row] {
      var rows: [Row] = []
      rows.reserveCapacity(blocks.count)
      // Grid column -> rows below that a rowspan still covers.
      var covered: [Int: Int] = [:]
      for (index, block) in zip(blocks.indices, blocks) {
        let cells = block.cellRanges
        var columns: [Int] = []
        var spans: [Int] = []
        columns.reserveCapacity(cells.count)
        var next: [Int: Int] = [:]
        for (column, rowsLeft) in covered where rowsLeft > 1 { next[column] = rowsLeft - 1 }
        var column = 0
        for k in cells.indices {
          while column < Self.maximumWidth, covered[column, default: 0] > 0 { column += 1 }
          // Past the widest table a page could mean, spans are ignored: a row of
          // thousands of cells spanning thousands each must not make a grid of millions.
          var span = k < block.cellSpans.count ? block.cellSpans[k] : .one
          if column >= Self.maximumWidth { span = .one }
          span.columns = min(span.columns, max(1, Self.maximumWidth - column))
          columns.append(column)
          spans.append(span.columns)
          if span.rows > 1 {
            for c in column..<(column + span.columns) { next[c] = span.rows - 1 }
          }
          column += span.columns
        }
        let coveredAbove = covered.filter { $0.value > 0 }.map(\.key).sorted()
        covered = next
        rows.append(Row(block: index, cells: cells, columns: columns, spans: spans, coveredAbove: coveredAbove))
      }
      return rows
    }
  }
}
