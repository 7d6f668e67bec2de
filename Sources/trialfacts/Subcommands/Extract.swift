import ArgumentParser
import Foundation
import TrialFacts

extension TrialFactsCommand {
  struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Extract trial findings from files and folders (walked recursively).",
      discussion: "Reads .html, .htm, .txt and .xml (PubMed, PMC JATS) files, gzipped or not.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case jsonl, csv
    }

    enum TableRows: String, ExpressibleByArgument, CaseIterable {
      case reported, all
    }

    @Argument(help: "Files or folders to read.")
    var paths: [String]

    @OptionGroup var rulesOptions: RulesOptions

    @Option(help: "Output format.")
    var format: Format = .jsonl

    @Option(name: .shortAndLong, help: ArgumentHelp("Write records to FILE instead of stdout.", valueName: "FILE"))
    var output: String?

    @Option(name: .shortAndLong, help: "Files processed in parallel (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(
      help: ArgumentHelp(
        "Outcome rows of results tables to read: 'reported' (up to four per article, those the text restates or reports, and a page's only table of outcomes of up to five rows) or 'all' (every row that counts the arms, adverse events included).",
        valueName: "ROWS"))
    var tableRows: TableRows = .reported

    func validate() throws {
      guard !paths.isEmpty else { throw ValidationError("Name at least one file or folder to read.") }
      guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more.") }
    }

    func run() throws {
      var pipeline = try rulesOptions.loadPipeline()
      pipeline.tableRows = tableRows == .all ? .all : .reported
      let writer: any RecordWriter = format == .csv ? CSVWriter() : JSONLinesWriter()
      let sink: OutputSink
      do {
        sink = try OutputSink(path: output)
      } catch {
        throw ValidationError("Cannot write to \(output ?? "stdout"): \(error.localizedDescription)")
      }
      let files = BatchRunner.inputFiles(paths)
      var failures = 0
      var findings = 0
      let progress = Diagnostics.stderrIsTerminal
      sink.write(writer.header)
      BatchRunner(pipeline: pipeline, jobs: jobs).run(files) { index, result in
        if let error = result.error {
          failures += 1
          Diagnostics.print((progress ? "\r\u{1B}[K" : "") + error.description)
        }
        findings += result.findings.count
        var text = ""
        for record in result.records { text += writer.format(record) }
        sink.write(text)
        if progress, index % 16 == 0 || index == files.count - 1 {
          FileHandle.standardError.write(Data("\r\u{1B}[K[\(index + 1)/\(files.count)] \(result.source)".utf8))
        }
      }
      sink.close()
      if progress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
      if files.isEmpty { Diagnostics.print("warning: no input files found in \(paths.joined(separator: " "))") }
      if progress || failures > 0 {
        Diagnostics.print("\(files.count) files, \(findings) findings, \(failures) failed")
      }
      if failures > 0 { throw ExitStatus.someInputsFailed }
    }
  }
}

/// Where records go: stdout or a file, buffered.
final class OutputSink {
  private let handle: FileHandle
  private var buffer = Data()

  init(path: String?) throws {
    if let path {
      guard FileManager.default.createFile(atPath: path, contents: nil) else {
        throw CocoaError(.fileWriteNoPermission)
      }
      handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    } else {
      handle = FileHandle.standardOutput
    }
  }

  func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count > 1 << 16 { flush() }
  }

  func flush() {
    handle.write(buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  func close() {
    flush()
    if handle !== FileHandle.standardOutput { try? handle.close() }
  }
}
