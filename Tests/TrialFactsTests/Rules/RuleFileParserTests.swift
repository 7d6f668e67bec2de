import Foundation
import Testing
import TrialFacts

@Suite struct RuleFileParserTests {
  @Test func parsesEntriesAndExamples() throws {
    let text = """
      # comment
      @kind frequency
      twice daily => 2
      weekly => 1/7
      @example took 20 mg twice daily => 2
      @counterexample she tried twice
      """
    let file = try RuleFileParser.parse(text, path: "f.rules")
    #expect(file.kind == .frequency)
    #expect(file.entries.map(\.term) == ["twice daily", "weekly"])
    #expect(file.entries.map(\.line) == [3, 4])
    #expect(file.examples.count == 2)
    #expect(file.examples[1].isCounterexample)
  }

  struct BadCase: Sendable, CustomTestStringConvertible {
    var text: String
    var line: Int
    var message: String
    var testDescription: String { message }
  }

  @Test(arguments: [
    BadCase(text: "twice daily => 2", line: 1, message: "before the @kind line"),
    BadCase(text: "@kind nonsense", line: 1, message: "unknown kind 'nonsense'"),
    BadCase(text: "@kind frequency\ntwice daily => often", line: 2, message: "'often' is not a number"),
    BadCase(text: "@kind route\noral => by mouth", line: 2, message: "is not a canonical route"),
    BadCase(text: "@kind unit\nmg => mg\nMG => mg", line: 3, message: "already defined on line 2"),
    BadCase(text: "@kind participant\npatients => people", line: 2, message: "take no value"),
    BadCase(text: "@kind drug\naspirin", line: 2, message: "need a value"),
    BadCase(text: "@kind drug\n@example aspirin helps", line: 2, message: "needs ' => '"),
    BadCase(text: "@kind drug\n@frobnicate", line: 2, message: "unknown directive"),
    BadCase(text: "# only a comment", line: 1, message: "no '@kind NAME' line"),
  ])
  func rejectsWithFileAndLine(_ c: BadCase) {
    do {
      _ = try RuleFileParser.parse(c.text, path: "rules/x.rules")
      Issue.record("parsed a bad file: \(c.text)")
    } catch {
      #expect(error.line == c.line)
      #expect(error.description.hasPrefix("rules/x.rules:\(c.line):"))
      #expect(error.description.contains("error: "))
      #expect(error.message.contains(c.message), "\(error.message)")
    }
  }

  @Test func loadReportsEveryBadFile() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try "@kind unit\nmg => mg\n".write(to: directory.appendingPathComponent("a.rules"), atomically: false, encoding: .utf8)
    try "@kind unit\nmg => milligram\n".write(to: directory.appendingPathComponent("b.rules"), atomically: false, encoding: .utf8)
    try "@kind bogus\n".write(to: directory.appendingPathComponent("c.rules"), atomically: false, encoding: .utf8)
    do {
      _ = try RuleSet.load(directory: directory.path)
      Issue.record("loaded bad rules")
    } catch {
      #expect(error.diagnostics.count == 2)
      #expect(error.description.contains("b.rules:2:"))
      #expect(error.description.contains("c.rules:1:"))
    }
  }
}

@Suite struct INNNameTests {
  @Test func anINNForANameTheLexiconNeverGivesIsAnErrorAtItsLine() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try "@kind drug\nzovirax => acyclovir\n".write(to: directory.appendingPathComponent("drugs.rules"), atomically: false, encoding: .utf8)
    try "@kind inn-name\nacyclovir => aciclovir\nacyclovr => aciclovir\n".write(
      to: directory.appendingPathComponent("inn.rules"), atomically: false, encoding: .utf8)
    do {
      _ = try RuleSet.load(directory: directory.path)
      Issue.record("loaded an INN for an unknown name")
    } catch {
      #expect(error.diagnostics.count == 1)
      #expect(error.description.contains("inn.rules:3:1: error: 'acyclovr' is no canonical name"))
    }
    // Without the drug lexicon (`ingest` loads only page rules) nothing is checked.
    #expect(throws: Never.self) { try RuleSet.load(directory: directory.path, kinds: [.innName]) }
  }

  @Test func namesAndCombinationsGetTheirINNs() {
    let lexicons = Fixtures.pipeline.scanner.lexicons
    #expect(lexicons.inn(of: "acyclovir") == "aciclovir")
    #expect(lexicons.inn(of: "albuterol") == "salbutamol")
    #expect(lexicons.inn(of: "ibuprofen") == nil)
    #expect(lexicons.inn(of: "aciclovir") == nil)
    #expect(lexicons.inn(of: "acetaminophen and codeine") == "codeine and paracetamol")
    #expect(lexicons.inn(of: "acetaminophen, caffeine, and dihydrocodeine") == "caffeine, dihydrocodeine, and paracetamol")
    #expect(lexicons.inn(of: "ipratropium and albuterol") == "ipratropium and salbutamol")
    #expect(lexicons.inn(of: "amoxicillin and clavulanate") == nil)
  }

  @Test func findingsOfUSNamesCarryTheINN() {
    let findings = Fixtures.findings(
      "A total of 190 were given valacyclovir 1,000 mg three times a day, and the other 194 took aciclovir 800 mg five times a day.")
    #expect(findings.map { $0.drug?.inn } == ["valaciclovir", "aciclovir"])
    #expect(findings.map { $0.drug?.name } == ["valacyclovir", "acyclovir"])
  }
}

@Suite struct RuleExamplesTests {
  /// Every example and counterexample kept beside the rules passes.
  @Test func everyRuleExamplePasses() {
    let outcomes = RuleExampleRunner(pipeline: Fixtures.pipeline).run()
    #expect(outcomes.count >= 100)
    for outcome in outcomes where !outcome.passed {
      Issue.record("\(RuleExampleRunner.diagnostic(outcome))")
    }
  }

  @Test func everyRuleFileHasPositiveAndNegativeExamples() {
    for file in Fixtures.pipeline.rules.files {
      let positives = file.examples.filter { !$0.isCounterexample }.count
      let negatives = file.examples.filter(\.isCounterexample).count
      #expect(negatives >= 1, "\(file.path) has no @counterexample")
      if file.kind != .drugStop { #expect(positives >= 1, "\(file.path) has no @example") }
    }
  }

  @Test func drugLexiconIsLarge() {
    let canonicals = Set(Fixtures.pipeline.rules.entries(.drug).map(\.value))
    #expect(canonicals.count >= 5000)
  }
}
