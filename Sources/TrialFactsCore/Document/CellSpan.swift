/// How many columns and rows a table cell covers, from its `colspan` and `rowspan`.
///
/// Both are clamped to ``limit``, so one hostile `colspan="1000000"` stays small; the
/// table reader also stops spans at its widest grid.
public struct CellSpan: Sendable, Hashable {
  public var columns: Int
  public var rows: Int

  public static let one = CellSpan(columns: 1, rows: 1)
  public static let limit = 64

  public init(columns: Int, rows: Int) {
    self.columns = min(max(columns, 1), Self.limit)
    self.rows = min(max(rows, 1), Self.limit)
  }

  /// The span an element's `colspan` and `rowspan` attribute values give.
  public init(colspan: String?, rowspan: String?) {
    func value(_ text: String?) -> Int { text.flatMap { Int($0.filter { !$0.isWhitespace }) } ?? 1 }
    self.init(columns: value(colspan), rows: value(rowspan))
  }
}
