import Foundation
import TrialFacts

/// Paths and shared objects for the tests.
enum Fixtures {
  /// The package root, found from this file's path (tests never depend on the cwd).
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let rulesDirectory = packageRoot.appendingPathComponent("rules").path
  static let corpus = packageRoot.appendingPathComponent("corpus")

  /// `../shared` beside the project, when this machine has it.
  static let shared: URL? = {
    let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: url.appendingPathComponent("seeds").path) ? url : nil
  }()

  /// The pipeline over the project's rules, built once for all tests.
  static let pipeline: Pipeline = {
    do {
      return Pipeline(rules: try RuleSet.load(directory: rulesDirectory))
    } catch {
      fatalError("rules/ does not load: \(error)")
    }
  }()

  /// Normalized values of the mentions of `label` in `text`.
  static func values(_ label: Mention.Label, in text: String) -> [String] {
    pipeline.annotate(text).filter { $0.label == label }.map(\.normalizedText)
  }

  /// Ingests an in-memory page.
  static func ingest(_ text: String, format: Ingestor.Format = .html) throws -> Document {
    try pipeline.ingestor.ingest(bytes: Array(text.utf8), format: format, source: "test")
  }

  /// The findings of paragraphs, each its own block, as a page's paragraphs are.
  static func findings(paragraphs: String...) -> [Finding] { findings(paragraphs: paragraphs) }

  static func findings(paragraphs: [String]) -> [Finding] {
    let blocks = paragraphs.enumerated().map { Block(kind: .paragraph, text: $1, line: 2 * $0 + 1) }
    return pipeline.extract(Document(source: "t", title: "", blocks: blocks)).findings
  }

  /// Findings of a text given as the only paragraph of a plain-text document.
  static func findings(_ text: String) -> [Finding] {
    let document = Document(source: "test", title: "", blocks: [Block(kind: .paragraph, text: text, line: 1)])
    return pipeline.extract(document).findings
  }

  /// Each response of `findings` as "arm responders/total", the arm by its drug's name,
  /// else its label ("-" for none; -1 for a number not given).
  static func counts(_ findings: [Finding]) -> [String] {
    findings.compactMap { f in f.response.map { "\(f.drug?.name ?? f.arm?.label ?? "-") \($0.responders ?? -1)/\($0.total ?? -1)" } }
  }

  /// ``counts(_:)`` of the findings of a page whose body is `body`.
  static func pageCounts(_ body: String) throws -> [String] {
    counts(pipeline.extract(try ingest("<html><body>\(body)</body></html>")).findings)
  }

  /// A new empty directory; callers remove it with `defer` so test runs leave nothing in /tmp.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("trialfacts-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
