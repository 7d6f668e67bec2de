import ArgumentParser
import TrialFacts

@main
struct TrialFactsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "trialfacts",
    abstract: "Turn folders of scraped medical articles into citable clinical-trial facts.",
    discussion: """
      Exit status: 0 when every input was processed, 1 when some inputs failed (all \
      others are still processed and written), 2 when the rules are invalid, 64 for \
      usage errors.
      """,
    version: "0.1.0",
    subcommands: [Extract.self, Ingest.self, Annotate.self, Rules.self],
    defaultSubcommand: Extract.self
  )
}

/// Exit codes documented in `--help` and the README.
enum ExitStatus {
  static let someInputsFailed = ExitCode(1)
  static let rulesInvalid = ExitCode(2)
}
