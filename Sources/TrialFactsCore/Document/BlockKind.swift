/// What a block of clean text was in its source page.
public enum BlockKind: String, Sendable, Hashable, Codable {
  case title
  case heading
  case paragraph
  case listItem = "list_item"
  case tableRow = "table_row"
  case caption
  /// An entry of a reference list: kept apart, never mined for facts.
  case reference

  /// Whether findings may be extracted from blocks of this kind.
  public var carriesFacts: Bool {
    switch self {
    case .paragraph, .listItem, .tableRow, .caption: return true
    case .title, .heading, .reference: return false
    }
  }
}
