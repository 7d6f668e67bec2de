import ArgumentParser
import Foundation
import TrialFacts

/// `--rules DIR`, shared by every command that loads rules.
struct RulesOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Folder of rule files.", valueName: "DIR"))
  var rules: String?

  /// Loads the rules or prints each problem as `file:line:col: error: ...` and exits 2.
  func loadRules(kinds: Set<RuleKind>? = nil) throws -> RuleSet {
    let directory = rules ?? RuleSet.defaultDirectory(executablePath: CommandLine.arguments.first.flatMap(Self.executablePath))
    do {
      return try RuleSet.load(directory: directory, kinds: kinds)
    } catch {
      Diagnostics.print(error.description)
      throw ExitStatus.rulesInvalid
    }
  }

  /// The whole pipeline over the loaded rules.
  func loadPipeline() throws -> Pipeline {
    Pipeline(rules: try loadRules())
  }

  private static func executablePath(_ argument: String) -> String? {
    if argument.contains("/") { return argument }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    for directory in path.split(separator: ":") {
      let candidate = "\(directory)/\(argument)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }
}

/// Messages for the user, on stderr.
enum Diagnostics {
  static func print(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }

  static var stderrIsTerminal: Bool { isatty(2) != 0 }
}
