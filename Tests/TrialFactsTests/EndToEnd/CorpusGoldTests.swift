import Foundation
import Testing
import TrialFacts

/// The pipeline over every article of `corpus/` against its hand-written gold: a
/// missing finding fails, and so does an extra one.
@Suite struct CorpusGoldTests {
  static let goldFiles: [URL] = {
    let folder = Fixtures.corpus.appendingPathComponent("gold")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0) }
  }()

  @Test func corpusHasTheArticlesTheIssueAsksFor() {
    let articles = BatchRunner.inputFiles([Fixtures.corpus.appendingPathComponent("articles").path])
    #expect(articles.count >= 15)
    #expect(articles.filter { $0.hasSuffix(".html") }.count >= 8)
    #expect(articles.filter { $0.hasSuffix(".txt") }.count >= 4)
    #expect(Self.goldFiles.count == articles.count)
  }

  @Test(arguments: goldFiles)
  func findingsMatchGold(_ goldURL: URL) throws {
    let gold = try Gold.load(goldURL)
    let result = Fixtures.pipeline.process(path: Fixtures.corpus.appendingPathComponent(gold.source).path)
    #expect(result.error == nil)
    var produced = result.findings.map(GoldFinding.init)
    var missing: [GoldFinding] = []
    for expected in gold.findings {
      if let i = produced.firstIndex(where: { $0.matches(expected) }) {
        produced.remove(at: i)
      } else {
        missing.append(expected)
      }
    }
    #expect(missing.isEmpty, "\(gold.source): missing \(missing.map(\.description).joined(separator: " | "))")
    #expect(produced.isEmpty, "\(gold.source): extra \(produced.map(\.description).joined(separator: " | "))")
    let drugsMissing = Set(gold.drugs).subtracting(result.drugs)
    #expect(drugsMissing.isEmpty, "\(gold.source): drugs not found \(drugsMissing.sorted())")
  }

  /// Every finding carries evidence whose quote is the slice of the clean text it names.
  @Test func evidenceQuotesAreSlicesOfTheCleanText() throws {
    for goldURL in Self.goldFiles {
      let gold = try Gold.load(goldURL)
      let result = Fixtures.pipeline.process(path: Fixtures.corpus.appendingPathComponent(gold.source).path)
      let text = Array((result.document?.text ?? "").unicodeScalars)
      for finding in result.findings {
        #expect(!finding.evidence.isEmpty)
        for e in finding.evidence {
          #expect(e.end <= text.count && String(String.UnicodeScalarView(text[e.start..<e.end])) == e.quote)
          #expect(e.line >= 1)
        }
      }
    }
  }
}
