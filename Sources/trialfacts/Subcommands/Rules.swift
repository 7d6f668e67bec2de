import ArgumentParser
import Foundation
import TrialFacts

extension TrialFactsCommand {
  struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Work with rule files.", subcommands: [Check.self])

    struct Check: ParsableCommand {
      static let configuration = CommandConfiguration(
        abstract: "Validate every rule file and run the examples kept beside the rules.")

      @Argument(help: "The rules folder (default: ./rules).")
      var directory: String?

      func run() throws {
        let pipeline = try RulesOptions.parse(directory.map { ["--rules", $0] } ?? []).loadPipeline()
        let outcomes = RuleExampleRunner(pipeline: pipeline).run()
        let failed = outcomes.filter { !$0.passed }
        for outcome in failed { Diagnostics.print(RuleExampleRunner.diagnostic(outcome).description) }
        let files = pipeline.rules.files.count
        let entries = pipeline.rules.files.reduce(0) { $0 + $1.entries.count }
        print("\(files) rule files, \(entries) entries, \(outcomes.count) examples: \(outcomes.count - failed.count) passed, \(failed.count) failed")
        if !failed.isEmpty { throw ExitStatus.rulesInvalid }
      }
    }
  }
}
