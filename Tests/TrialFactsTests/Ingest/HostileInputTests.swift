import Foundation
import Testing
import TrialFacts

/// No input may crash the tool. Each case runs in a child process (an exit test), so a
/// crash fails the test instead of the whole run. The cases run one at a time: the ones
/// timed against a minute must not share two cores with each other.
@Suite(.serialized) struct HostileInputTests {
  static func run(_ bytes: [UInt8], _ format: Ingestor.Format) {
    if let document = try? Fixtures.pipeline.ingestor.ingest(bytes: bytes, format: format, source: "hostile") {
      _ = Fixtures.pipeline.extract(document)
    }
  }

  /// Runs an HTML page and exits 1 when it takes over a minute: seconds in a debug build,
  /// minutes when anything grows with the square of the input.
  static func runWithinAMinute(_ html: String) {
    let start = Date()
    run(Array(html.utf8), .html)
    if Date().timeIntervalSince(start) > 60 { exit(1) }
  }

  @Test func randomBytes() async {
    await #expect(processExitsWith: .success) {
      var generator = SystemRandomNumberGenerator()
      for format in [Ingestor.Format.html, .xml, .text] {
        for _ in 0..<20 {
          let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
          HostileInputTests.run(bytes, format)
        }
      }
    }
  }

  /// Sentences of the words rules look for, in random order, start and end on every
  /// kind of mention ("200 mg twice daily …", "… titrated to", "… 45% in"): no look-back
  /// or look-ahead may leave the sentence.
  @Test func wordSaladOfRuleWords() async {
    await #expect(processExitsWith: .success) {
      let words = [
        "200", "mg", "15", "0.1%", "45%", "to", "titrated", "over", "2", "weeks", "in", "the", "group", "arm", "placebo", "drug",
        "metformin", "equally", "between", "and", "or", ",", ".", "(", ")", "n", "=", "of", "were", "assigned", "randomised", "patients",
        "twice", "daily", "within", "respectively", "paste", "cream", "base", "loading", "dose", "down-titrated", "split", "new", "%", ":",
        "-", "vs", "trial", "3", "1:1", "equal", "numbers", "each", "per", "started", "at", "increased", "for", "days",
      ]
      var generator = SystemRandomNumberGenerator()
      // (A bracket opened on a sentence's last token after "respectively" once crashed.)
      var text = "The trial tested metformin.\n\nNausea occurred in 4 and 3 patients, respectively (\n\n"
      for _ in 0..<1500 {
        let count = Int.random(in: 1...14, using: &generator)
        text += (0..<count).map { _ in words.randomElement(using: &generator) ?? "" }.joined(separator: " ")
        text += Bool.random(using: &generator) ? "\n" : "\n\n"
      }
      HostileInputTests.run(Array(text.utf8), .text)
    }
  }

  @Test func invalidUTF8() async {
    await #expect(processExitsWith: .success) {
      let bytes: [UInt8] = Array("<p>12 patients ".utf8) + [0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC] + Array(" took 20 mg</p>".utf8)
      for format in [Ingestor.Format.html, .xml, .text] { HostileInputTests.run(bytes, format) }
    }
  }

  /// A table row of thousands of cells is one block: sentences are capped, evidence
  /// offsets and merging stay linear, and the table reader reads it in one pass.
  @Test func wideTableAndEmptyRows() async {
    await #expect(processExitsWith: .success) {
      let columns = 3000
      let header = (0..<columns).map { "<th>Arm \($0) (n = \($0 + 10))</th>" }.joined()
      let cells = (0..<columns).map { "<td>\($0 % 10) (\(String(format: "%.1f", Double($0 % 10) / Double($0 + 10) * 100)))</td>" }.joined()
      let html = "<table><tr></tr><tr><th></th>\(header)</tr><tr></tr><tr><td>Healed</td>\(cells)</tr><tr><td></td></tr></table>"
      HostileInputTests.runWithinAMinute(html)
    }
  }

  /// Cells that each claim to span a million columns and rows: the grid stays bounded.
  @Test func hugeSpans() async {
    await #expect(processExitsWith: .success) {
      let cells = (0..<2000).map { "<td colspan=\"999999\" rowspan=\"999999\">\($0 % 10) (5.0)</td>" }.joined()
      let rows = String(repeating: "<tr><td>Event</td>\(cells)</tr>", count: 20)
      let html = "<table><tr><th></th><th>Drug A (n = 20)</th><th>Placebo (n = 20)</th></tr>\(rows)</table>"
      HostileInputTests.runWithinAMinute(html)
    }
  }

  /// Tens of thousands of findings of one drug, each its own dose, and as many arms
  /// named once each: merging and arm lookups stay linear.
  @Test func manyFindingsOfOneArm() async {
    await #expect(processExitsWith: .success) {
      let doses = (1...20_000).map { "<p>Patients took febuxostat \($0) mg once daily for \($0 % 50 + 1) weeks.</p>" }.joined()
      let groups = (1...5_000).map { "<p>Relief occurred in 12 (30.0%) patients in the arm\($0)x group and 5 (13.2%) in the arm\($0)y group.</p>" }
        .joined()
      HostileInputTests.runWithinAMinute("<html><body>\(doses)\(groups)</body></html>")
    }
  }

  /// Thousands of development codes, each dosed, in one paragraph: every code is a drug of
  /// its own, and the arm lookups stay linear.
  @Test func manyDosedCodesInOneParagraph() async {
    await #expect(processExitsWith: .success) {
      let sentences = (1...10_000).map { "Patients received XYZ\(1000 + $0), \($0 % 9 + 1) mg/kg (n = \($0 % 90 + 10)) or placebo." }
      HostileInputTests.runWithinAMinute("<html><body><p>\(sentences.joined(separator: " "))</p></body></html>")
    }
  }

  /// Numbers past any integer: counts, totals, doses and percentages of 20 and more digits.
  @Test func hugeNumbers() async {
    await #expect(processExitsWith: .success) {
      let huge = String(repeating: "9", count: 24)
      let text = """
        In total \(huge) patients were enrolled: \(huge) received naproxen (n = \(huge)) and 120 received etodolac. \
        Nausea occurred in \(huge) patients in the naproxen group and \(huge) (18.3%) etodolac patients. \
        All \(huge) patients responded; 9 of \(huge) responded; \(huge) of \(huge) had relief (\(huge).5%). \
        Patients took \(huge) mg of naproxen for \(huge) weeks, in groups of \(huge).
        """
      for format in [Ingestor.Format.html, .text] { HostileInputTests.run(Array(text.utf8), format) }
      let table = "<table><tr><th></th><th>Drug A (n = \(huge))</th><th>Placebo (n = 20)</th></tr><tr><td>Healed</td><td>\(huge) (50.0)</td><td>\(huge)/\(huge)</td></tr></table>"
      HostileInputTests.run(Array(table.utf8), .html)
    }
  }

  @Test func deeplyNestedTags() async {
    await #expect(processExitsWith: .success) {
      let html = String(repeating: "<div>", count: 100_000) + "12 patients took 20 mg daily" + String(repeating: "</div>", count: 100_000)
      HostileInputTests.run(Array(html.utf8), .html)
      let xml = String(repeating: "<sec>", count: 100_000) + "12 patients" + String(repeating: "</sec>", count: 100_000)
      HostileInputTests.run(Array(("<article><body>" + xml + "</body></article>").utf8), .xml)
    }
  }

  @Test func entityBomb() async {
    await #expect(processExitsWith: .success) {
      var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
      xml += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
      for level in 2...9 {
        xml += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
      }
      xml += "]>\n<article><body><p>&lol9;</p></body></article>"
      HostileInputTests.run(Array(xml.utf8), .xml)
      HostileInputTests.run(Array(xml.utf8), .html)
    }
  }

  @Test func externalEntitiesAreNotFetched() throws {
    let xml = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><article><body><p>A &x; B</p></body></article>"
    let document = try Fixtures.ingest(xml, format: .xml)
    #expect(!document.text.contains("root:"))
  }

  @Test func emptyInputs() throws {
    for format in [Ingestor.Format.html, .text] {
      let document = try Fixtures.pipeline.ingestor.ingest(bytes: [], format: format, source: "empty")
      #expect(document.blocks.isEmpty)
    }
  }

  @Test func largePage() throws {
    let paragraph = "<p>In the trial, 12 patients took ruxolitinib 20 mg twice daily for 12 weeks and 9 of 12 patients responded.</p>\n"
    let html = "<html><body>" + String(repeating: paragraph, count: 100_000) + "</body></html>"  // ~11 MB
    let document = try Fixtures.ingest(html)
    #expect(document.blocks.count == 100_000)
    #expect(document.blocks.last?.line == 100_000)
  }
}
