import TrialFactsCore

/// One output record: a document summary, a finding, or an input that failed.
/// Field names are a contract: see README "Records".
public enum Record: Sendable {
  case document(Document, drugs: [String], findingCount: Int)
  case finding(Finding, source: String)
  case error(source: String, message: String)
}

/// Writes records in one output format.
public protocol RecordWriter {
  /// Text written before the first record (a CSV header), or "".
  var header: String { get }
  /// The record's text, newline-terminated, or "" when the format has no row for it.
  func format(_ record: Record) -> String
}
