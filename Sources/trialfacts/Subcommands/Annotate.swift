import ArgumentParser
import Foundation
import TrialFacts

extension TrialFactsCommand {
  struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print every recognized span (label, start, end, text, value) as JSON Lines.",
      discussion: """
        With a FILE, annotates its clean text (offsets as in `trialfacts ingest`). Without \
        one, reads JSON Lines from stdin, each {"id": ..., "text": ...}, and annotates each text.
        Offsets are code points, end exclusive.
        """)

    @Argument(help: "A file to annotate; omit to read JSON Lines from stdin.")
    var file: String?

    @OptionGroup var rulesOptions: RulesOptions

    func run() throws {
      let pipeline = try rulesOptions.loadPipeline()
      if let file {
        let document: Document
        do {
          document = try pipeline.ingestor.ingest(path: file)
        } catch {
          Diagnostics.print(error.description)
          throw ExitStatus.someInputsFailed
        }
        print(MentionJSON.render(id: file, text: document.text, mentions: pipeline.annotate(document.text)), terminator: "")
        return
      }
      var failures = 0
      var lineNumber = 0
      while let line = readLine(strippingNewline: true) {
        lineNumber += 1
        guard !line.isEmpty else { continue }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          let text = object["text"] as? String
        else {
          Diagnostics.print("stdin:\(lineNumber): error: expected a JSON object with a \"text\" string")
          failures += 1
          continue
        }
        let id = (object["id"]).map { "\($0)" } ?? String(lineNumber)
        print(MentionJSON.render(id: id, text: text, mentions: pipeline.annotate(text)), terminator: "")
      }
      if failures > 0 { throw ExitStatus.someInputsFailed }
    }
  }
}
