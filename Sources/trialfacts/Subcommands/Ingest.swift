import ArgumentParser
import Foundation
import TrialFacts

extension TrialFactsCommand {
  struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the clean text of a file: exactly the text that evidence offsets point into.",
      discussion: """
        With --format jsonl, reads any number of files and folders (walked recursively) and \
        prints one line per file: {"source","title","text"} or {"source","error"}.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case text, json, jsonl
    }

    @Argument(help: "The file to read (several files or folders with --format jsonl).")
    var paths: [String]

    @OptionGroup var rulesOptions: RulesOptions

    @Option(help: "text: the clean text; json: the blocks with their kind and source lines; jsonl: one line per file.")
    var format: Format = .text

    @Flag(help: "Also list each removed block with its source line and the cue that removed it (on stderr).")
    var showRemoved = false

    @Option(name: .shortAndLong, help: "Files read in parallel with --format jsonl (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
      guard !paths.isEmpty else { throw ValidationError("Name a file to read.") }
      guard format == .jsonl || paths.count == 1 else {
        throw ValidationError("Several inputs need --format jsonl (one JSON line per file).")
      }
      guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more.") }
    }

    func run() throws {
      // Ingest needs only the boilerplate rules, not the compiled lexicons.
      let ingestor = Ingestor(rules: try rulesOptions.loadRules(kinds: RuleKind.ingestKinds))
      if format == .jsonl { return try runBatch(ingestor) }
      let file = paths[0]
      let document: Document
      do {
        document = try ingestor.ingest(path: file)
      } catch {
        Diagnostics.print(error.description)
        throw ExitStatus.someInputsFailed
      }
      for warning in document.warnings { Diagnostics.print("\(file): warning: \(warning)") }
      print(format == .json ? IngestJSON.render(document) : document.text)
      if showRemoved { printRemoved(document, file: file) }
    }

    private func runBatch(_ ingestor: Ingestor) throws {
      let files = BatchRunner.inputFiles(paths)
      let sink = try OutputSink(path: nil)
      var failures = 0
      BatchRunner.ingest(files, with: ingestor, jobs: jobs) { _, source, result in
        switch result {
        case .success(let document):
          sink.write(IngestJSON.line(document) + "\n")
          if showRemoved { printRemoved(document, file: source) }
        case .failure(let error):
          failures += 1
          Diagnostics.print(error.description)
          sink.write(IngestJSON.errorLine(source: source, message: error.message) + "\n")
        }
      }
      sink.close()
      if failures > 0 { throw ExitStatus.someInputsFailed }
    }

    private func printRemoved(_ document: Document, file: String) {
      for removed in document.removed {
        let preview = removed.text.count > 100 ? String(removed.text.prefix(100)) + "…" : removed.text
        Diagnostics.print("\(file):\(removed.line): removed [\(removed.cue)] \(preview)")
      }
    }
  }
}
