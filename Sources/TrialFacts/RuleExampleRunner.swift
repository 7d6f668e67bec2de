/// Runs the `@example` and `@counterexample` lines of every rule file through the
/// real pipeline: a rule file whose examples fail is a failing rule, named with its line.
public struct RuleExampleRunner {
  public let pipeline: Pipeline

  public init(pipeline: Pipeline) { self.pipeline = pipeline }

  /// The outcome of one example.
  public struct Outcome: Sendable {
    public var file: String
    public var example: RuleFile.Example
    public var passed: Bool
    /// What the pipeline produced instead, when it failed.
    public var got: String
  }

  public func run() -> [Outcome] {
    pipeline.rules.files.flatMap { file in file.examples.map { check($0, of: file) } }
  }

  public static func diagnostic(_ outcome: Outcome) -> Diagnostic {
    let what =
      outcome.example.isCounterexample
      ? "counterexample matched: got \(outcome.got)"
      : "example expected '\(outcome.example.expected ?? "")', got \(outcome.got)"
    return Diagnostic(.ruleExampleFailed, what, file: outcome.file, line: outcome.example.line, column: 1)
  }

  private func check(_ example: RuleFile.Example, of file: RuleFile) -> Outcome {
    let (produced, label) = results(example.text, kind: file.kind)
    let passed: Bool
    if let expected = example.expected {
      passed = produced.contains { $0 == expected || (label == "cue" && $0.contains(expected)) }
    } else {
      passed = produced.isEmpty
    }
    let got = produced.isEmpty ? "nothing" : produced.map { "'\($0)'" }.joined(separator: ", ")
    return Outcome(file: file.path, example: example, passed: passed, got: "\(label) \(got)")
  }

  /// What the pipeline makes of an example text, as strings comparable to the expected value.
  private func results(_ text: String, kind: RuleKind) -> ([String], String) {
    switch kind {
    case .boilerplateTag, .boilerplateClass, .contentClass, .boilerplateHeading, .boilerplatePhrase, .referenceHeading:
      let html = kind == .boilerplatePhrase ? "<html><body><p>\(text)</p></body></html>" : "<html><body>\(text)</body></html>"
      guard let document = try? pipeline.ingestor.ingest(bytes: Array(html.utf8), format: .html, source: "example") else {
        return (["parse failure"], "ingest")
      }
      if kind == .referenceHeading {
        return (document.blocks.contains { $0.kind == .reference } ? ["reference"] : [], "blocks")
      }
      return (document.removed.map(\.cue), "cue")
    case .baselineTable, .countTable, .baselineRow, .statisticColumn, .armHeader, .outcomeSection, .backgroundHeading:
      // A one-table page (or a page of sections): its responses, as "responders/total".
      guard let document = try? pipeline.ingestor.ingest(bytes: Array("<html><body>\(text)</body></html>".utf8), format: .html, source: "example")
      else {
        return (["parse failure"], "ingest")
      }
      let responses = pipeline.extract(document).findings.compactMap(\.response)
      return (responses.map { "\($0.responders.map(String.init) ?? "?")/\($0.total.map(String.init) ?? "?")" }, "table response")
    case .innName:
      // The INNs of the findings of a one-paragraph page.
      guard let document = try? pipeline.ingestor.ingest(bytes: Array("<html><body><p>\(text)</p></body></html>".utf8), format: .html, source: "example")
      else {
        return (["parse failure"], "ingest")
      }
      return (pipeline.extract(document).findings.compactMap { $0.drug?.inn }, "inn")
    case .outcomeVerb:
      // The outcomes the responses of the text name.
      let outcomes = pipeline.annotate(text).compactMap { mention -> String? in
        guard case .response(let count) = mention.value else { return nil }
        return count.outcome(in: text)?.lowercased()
      }
      return (outcomes, "outcome")
    default:
      let label = Self.label(for: kind)
      var mentions = pipeline.annotate(text).filter { $0.label == label }
      // Context files share one label; each checks only its own kind of context.
      let contextValue = [
        RuleKind.planned: "planned", .laboratory: "laboratory", .historical: "historical", .controlArm: "control",
        .combination: "combination", .doseBlock: "loading",
      ][kind]
      if let contextValue { mentions = mentions.filter { $0.normalizedText == contextValue } }
      if kind == .activeArm || kind == .armStop || kind == .limbWord { mentions = mentions.filter { if case .arm = $0.value { return true } else { return false } } }
      return (mentions.map(\.normalizedText), label.rawValue)
    }
  }

  static func label(for kind: RuleKind) -> Mention.Label {
    switch kind {
    case .drug, .drugStop, .drugSuffix, .drugCodeStop, .drugStem: return .drug
    case .unit, .doseMeasure: return .dose
    case .frequency, .frequencyAnchor, .frequencyBlockAfter, .intervalUnit, .singleDose: return .frequency
    case .route, .routeBlockAfter, .eyeRoute, .eyeCue: return .route
    case .dosageForm: return .form
    case .durationUnit, .durationBlock, .durationBlockAfter: return .duration
    case .numberWord: return .number
    case .participant, .cohortBlock: return .cohort
    case .animal: return .species
    case .hedge, .responseCue, .responseBlock, .responseBlockBefore, .responseEvent: return .response
    case .planned, .laboratory, .historical, .controlArm, .activeArm, .armStop, .limbWord, .combination, .doseBlock: return .context
    default: return .context
    }
  }
}
