import ArgumentParser
import Foundation
import TrialFacts

extension TrialFactsCommand {
  struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the clean text of one file: exactly the text that evidence offsets point into.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case text, json
    }

    @Argument(help: "The file to read.")
    var file: String

    @OptionGroup var rulesOptions: RulesOptions

    @Option(help: "text: the clean text; json: the blocks with their kind and source lines.")
    var format: Format = .text

    @Flag(help: "Also list each removed block with its source line and the cue that removed it (on stderr).")
    var showRemoved = false

    func run() throws {
      let pipeline = try rulesOptions.loadPipeline()
      let document: Document
      do {
        document = try pipeline.ingestor.ingest(path: file)
      } catch {
        Diagnostics.print(error.description)
        throw ExitStatus.someInputsFailed
      }
      for warning in document.warnings { Diagnostics.print("\(file): warning: \(warning)") }
      switch format {
      case .text:
        print(document.text)
      case .json:
        print(IngestJSON.render(document))
      }
      if showRemoved {
        for removed in document.removed {
          let preview = removed.text.count > 100 ? String(removed.text.prefix(100)) + "…" : removed.text
          Diagnostics.print("\(file):\(removed.line): removed [\(removed.cue)] \(preview)")
        }
      }
    }
  }
}
