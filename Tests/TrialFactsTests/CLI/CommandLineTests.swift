import Foundation
import Testing
import TrialFacts

/// Runs the built `trialfacts` binary as a user does: arguments, stdout, stderr, exit code.
@Suite struct CommandLineTests {
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static let binary: URL = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("trialfacts")
    if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
    return Fixtures.packageRoot.appendingPathComponent(".build/debug/trialfacts")
  }()

  static func run(_ arguments: [String], stdin: String? = nil) throws -> Run {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = Fixtures.packageRoot
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  static func records(_ jsonl: String) -> [[String: Any]] {
    jsonl.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
  }

  @Test func extractCorpusSucceeds() throws {
    let run = try Self.run(["extract", "corpus/"])
    #expect(run.status == 0, "\(run.stderr)")
    let records = Self.records(run.stdout)
    #expect(records.filter { $0["type"] as? String == "document" }.count >= 15)
    #expect(records.filter { $0["type"] as? String == "finding" }.count >= 30)
    #expect(run.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("{\"type\":") })
  }

  @Test func outputIsTheSameWhateverTheJobs() throws {
    let one = try Self.run(["extract", "--jobs", "1", "corpus/articles"])
    let two = try Self.run(["extract", "--jobs", "4", "corpus/articles"])
    #expect(one.status == 0 && two.status == 0)
    #expect(one.stdout == two.stdout)
  }

  @Test func unreadableFileGivesErrorRecordAndExit1() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let good = directory.appendingPathComponent("a.txt")
    try "Twelve patients took ruxolitinib 20 mg twice daily for 12 weeks.".write(to: good, atomically: false, encoding: .utf8)
    let bad = directory.appendingPathComponent("b.xml")
    try "<<<not xml".write(to: bad, atomically: false, encoding: .utf8)
    let gz = directory.appendingPathComponent("c.html.gz")
    try Data("not gzip".utf8).write(to: gz)
    let missing = directory.appendingPathComponent("missing.html").path
    let run = try Self.run(["extract", directory.path, missing])
    #expect(run.status == 1)
    let records = Self.records(run.stdout)
    let errors = records.filter { $0["type"] as? String == "error" }
    #expect(errors.count == 3)
    #expect(run.stderr.contains("b.xml"))
    #expect(run.stderr.contains("c.html.gz: error: not valid gzip data"))
    #expect(run.stderr.contains("missing.html: error: cannot read file"))
    #expect(records.contains { $0["type"] as? String == "finding" })
  }

  @Test func gzippedInputIsRead() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let text = directory.appendingPathComponent("a.txt")
    try "Twelve patients took ruxolitinib 20 mg twice daily for 12 weeks.".write(to: text, atomically: false, encoding: .utf8)
    let gzip = Process()
    gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    gzip.arguments = ["gzip", text.path]
    try gzip.run()
    gzip.waitUntilExit()
    let run = try Self.run(["extract", directory.appendingPathComponent("a.txt.gz").path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("\"name\":\"ruxolitinib\""))
  }

  @Test func everyTableRowOnRequest() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let page = directory.appendingPathComponent("ae.html")
    try """
      <p>Remission occurred in 30 of 50 patients on sertraline and 12 of 48 on placebo.</p>
      <table><tr><th>Event</th><th>Sertraline (n = 50)</th><th>Placebo (n = 48)</th></tr>
      <tr><td>Remission</td><td>30 (60.0)</td><td>12 (25.0)</td></tr>
      <tr><td>Dry mouth</td><td>7 (14.0)</td><td>2 (4.2)</td></tr>
      <tr><td>Insomnia</td><td>5 (10.0)</td><td>3 (6.3)</td></tr>
      <tr><td>Headache</td><td>9 (18.0)</td><td>8 (16.7)</td></tr>
      <tr><td>Nausea</td><td>11 (22.0)</td><td>4 (8.3)</td></tr>
      <tr><td>Dizziness</td><td>6 (12.0)</td><td>2 (4.2)</td></tr></table>
      """.write(to: page, atomically: false, encoding: .utf8)
    func outcomes(_ arguments: [String]) throws -> Set<String> {
      let run = try Self.run(["extract"] + arguments + [page.path])
      #expect(run.status == 0, "\(run.stderr)")
      return Set(Self.records(run.stdout).compactMap { ($0["response"] as? [String: Any])?["outcome"] as? String })
    }
    // By default the rows the text reports; on request every row that counts the arms.
    #expect(try outcomes([]) == ["Remission"])
    #expect(try outcomes(["--table-rows", "all"]) == ["Remission", "Dry mouth", "Insomnia", "Headache", "Nausea", "Dizziness"])
    #expect(try Self.run(["extract", "--table-rows", "some", page.path]).status == 64)
  }

  @Test func usageErrorExits64() throws {
    let run = try Self.run(["extract", "--jobs", "0", "corpus/"])
    #expect(run.status == 64)
    #expect(run.stderr.contains("--jobs must be 1 or more"))
    let none = try Self.run(["extract", "--format", "xml", "corpus/"])
    #expect(none.status == 64)
  }

  @Test func badRulesExit2WithFileAndLine() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try "@kind frequency\ntwice daily => often\n".write(to: directory.appendingPathComponent("f.rules"), atomically: false, encoding: .utf8)
    let run = try Self.run(["extract", "--rules", directory.path, "corpus/"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("f.rules:2:16: error: 'often' is not a number"))
    let check = try Self.run(["rules", "check", directory.path])
    #expect(check.status == 2)
  }

  @Test func rulesCheckPasses() throws {
    let run = try Self.run(["rules", "check"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("0 failed"))
  }

  @Test func csvHasOneRowPerFinding() throws {
    let csv = try Self.run(["extract", "--format", "csv", "corpus/articles"])
    let jsonl = try Self.run(["extract", "corpus/articles"])
    let findings = Self.records(jsonl.stdout).filter { $0["type"] as? String == "finding" }.count
    #expect(csv.stdout.hasPrefix("source,drug,"))
    // Quoted fields may hold newlines; count records by the source column.
    #expect(csv.stdout.components(separatedBy: "\ncorpus/articles/").count - 1 == findings)
  }

  @Test func outputFileOption() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("out.jsonl")
    let run = try Self.run(["extract", "corpus/articles", "--output", file.path])
    #expect(run.status == 0)
    #expect(run.stdout.isEmpty)
    #expect(try String(contentsOf: file, encoding: .utf8).contains("\"type\":\"finding\""))
  }

  @Test func ingestPrintsTheTextEvidencePointsInto() throws {
    let file = "corpus/articles/news-baricitinib-brave-aa.html"
    let ingest = try Self.run(["ingest", file])
    #expect(ingest.status == 0)
    let text = Array(String(ingest.stdout.dropLast()).unicodeScalars)
    let extract = try Self.run(["extract", file])
    for record in Self.records(extract.stdout) where record["type"] as? String == "finding" {
      for evidence in record["evidence"] as? [[String: Any]] ?? [] {
        let start = evidence["start"] as? Int ?? -1
        let end = evidence["end"] as? Int ?? -1
        #expect(start >= 0 && end <= text.count)
        #expect(String(String.UnicodeScalarView(text[start..<end])) == evidence["quote"] as? String)
      }
    }
  }

  @Test func ingestShowsRemovedBlocks() throws {
    let run = try Self.run(["ingest", "--show-removed", "corpus/articles/news-baricitinib-brave-aa.html"])
    #expect(run.status == 0)
    #expect(run.stderr.contains("removed ["))
    let json = try Self.run(["ingest", "--format", "json", "corpus/articles/news-baricitinib-brave-aa.html"])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect((object?["blocks"] as? [Any])?.isEmpty == false)
  }

  @Test func annotateReadsJSONLinesFromStdin() throws {
    let run = try Self.run(["annotate"], stdin: #"{"id": "s1", "text": "Patients took ruxolitinib 20 mg twice daily."}"# + "\n")
    #expect(run.status == 0, "\(run.stderr)")
    let spans = Self.records(run.stdout)
    #expect(spans.contains { $0["label"] as? String == "drug" && $0["start"] as? Int == 14 && $0["end"] as? Int == 25 })
    #expect(spans.contains { $0["label"] as? String == "dose" && $0["value"] as? String == "20 mg" })
  }
}
