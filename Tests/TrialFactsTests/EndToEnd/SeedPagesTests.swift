import Foundation
import Testing
import TrialFacts

/// The user's own scraped pages in `../shared/seeds/` (never copied into the project).
/// Skipped where `../shared` is absent, as on a user's fresh clone.
@Suite(.enabled(if: Fixtures.shared != nil, "../shared/seeds is not on this machine"))
struct SeedPagesTests {
  static func result(_ prefix: String) throws -> Pipeline.Result {
    let seeds = try #require(Fixtures.shared).appendingPathComponent("seeds")
    let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path)
    let name = try #require(names.first { $0.hasPrefix(prefix) })
    return Fixtures.pipeline.process(path: seeds.appendingPathComponent(name).path)
  }

  @Test func newsPage000() throws {
    let result = try Self.result("000_")
    let human = try #require(result.findings.first { $0.species == .human })
    #expect(human.drug?.name == "ruxolitinib")
    #expect(human.cohort?.size == 3)
    #expect(human.dose?.perDay == 1)
    #expect(human.duration?.minDays == 121.75 && human.duration?.maxDays == 152.19)
    #expect(human.response?.responders == 3 && human.response?.total == 3)
    let animal = result.findings.filter { $0.species == .animal }
    #expect(Set(animal.map(\.drug?.name)) == ["ruxolitinib", "tofacitinib"])
    #expect(result.findings.count == 3)
  }

  @Test func questionsAndAnswersPage002() throws {
    let result = try Self.result("002_")
    #expect(result.findings.count == 2)
    let rux = try #require(result.findings.first { $0.drug?.name == "ruxolitinib" })
    #expect(rux.dose == Dose(amount: 20, unit: "mg", perDay: 2, route: "oral"))
    #expect(rux.duration?.minDays == 91.31 && rux.duration?.maxDays == 182.63)
    #expect(rux.cohort?.size == 12)
    #expect(rux.response == Response(responders: 9, total: 12, proportion: 0.75))
    let tofa = try #require(result.findings.first { $0.drug?.name == "tofacitinib" })
    #expect(tofa.dose == Dose(amount: 5, unit: "mg", perDay: 2))
    #expect(tofa.duration?.minDays == 91.31)
    #expect(tofa.cohort?.size == 66)
    #expect(tofa.response?.approximate == true && tofa.response?.proportion == 0.3333)
    // Star ratings and review counts never become findings.
    let text = try #require(result.document).text
    #expect(!text.contains("out of 5 stars"))
  }

  @Test func pubmedPage004() throws {
    let result = try Self.result("004_")
    #expect(result.findings.isEmpty)
    #expect(Set(["baricitinib", "tofacitinib", "ruxolitinib", "ritlecitinib"]).isSubset(of: Set(result.drugs)))
    let references = result.document?.blocks.filter { $0.kind == .reference } ?? []
    #expect(references.count >= 5)
  }
}
