import TrialFactsCore

import Foundation

/// Every rule file of a rules folder, grouped by kind. Loaded once per run and shared
/// read-only by all workers.
public struct RuleSet: Sendable {
  public private(set) var files: [RuleFile]

  public init(files: [RuleFile]) { self.files = files }

  /// All entries of one kind across files, in file order.
  public func entries(_ kind: RuleKind) -> [RuleFile.Entry] {
    files.filter { $0.kind == kind }.flatMap(\.entries)
  }

  /// Lowercased terms of one kind.
  public func terms(_ kind: RuleKind) -> Set<String> {
    Set(entries(kind).map { $0.term.lowercased() })
  }

  /// Loads every `*.rules` file below `directory` (sorted by path for a stable order),
  /// or only the files of the given kinds (`ingest` needs no 50,000-name drug lexicon).
  ///
  /// Throws all problems at once, each naming its file and line.
  public static func load(directory: String, kinds: Set<RuleKind>? = nil) throws(RuleSetError) -> RuleSet {
    let fm = FileManager.default
    var isDirectory: ObjCBool = false
    guard fm.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw RuleSetError(diagnostics: [
        Diagnostic(.unreadableFile, "rules folder not found; pass --rules DIR or run from the project folder", file: directory)
      ])
    }
    var paths: [String] = []
    if let walker = fm.enumerator(atPath: directory) {
      while let relative = walker.nextObject() as? String {
        if relative.hasSuffix(".rules") { paths.append(directory + "/" + relative) }
      }
    }
    paths.sort()
    var files: [RuleFile] = []
    var problems: [Diagnostic] = []
    for path in paths {
      guard let data = fm.contents(atPath: path) else {
        problems.append(Diagnostic(.unreadableFile, "cannot read rule file", file: path))
        continue
      }
      guard let text = String(validating: data, as: UTF8.self) else {
        problems.append(Diagnostic(.ruleSyntax, "rule file is not valid UTF-8", file: path, line: 1, column: 1))
        continue
      }
      if let kinds, let kind = RuleFileParser.declaredKind(text), !kinds.contains(kind) { continue }
      do {
        files.append(try RuleFileParser.parse(text, path: path))
      } catch {
        problems.append(error)
      }
    }
    if paths.isEmpty {
      problems.append(Diagnostic(.unreadableFile, "no *.rules files in the rules folder", file: directory))
    }
    guard problems.isEmpty else { throw RuleSetError(diagnostics: problems) }
    let set = RuleSet(files: files)
    let unknown = set.unknownINNTerms()
    guard unknown.isEmpty else { throw RuleSetError(diagnostics: unknown) }
    return set
  }

  /// An INN for a name the drug lexicon never gives (a typo, or a name the regenerated
  /// lexicon dropped) would silently never apply: each is an error at its line. Checked
  /// only when the drug lexicon is loaded too.
  func unknownINNTerms() -> [Diagnostic] {
    guard files.contains(where: { $0.kind == .drug }) else { return [] }
    let canonicals = Set(entries(.drug).map { $0.value.lowercased() })
    return files.filter { $0.kind == .innName }.flatMap { file in
      file.entries.filter { !canonicals.contains($0.term.lowercased()) }.map { entry in
        Diagnostic(.ruleSyntax, "'\(entry.term)' is no canonical name of the drug lexicon (the right side of a drug rule)", file: file.path, line: entry.line, column: 1)
      }
    }
  }

  /// The rules folder to use when none is given: `$TRIALFACTS_RULES`, `./rules`, or the
  /// `rules/` beside the package the executable was built from.
  public static func defaultDirectory(executablePath: String? = nil) -> String {
    let environment = ProcessInfo.processInfo.environment
    if let fromEnvironment = environment["TRIALFACTS_RULES"], !fromEnvironment.isEmpty { return fromEnvironment }
    let fm = FileManager.default
    if fm.fileExists(atPath: "rules") { return "rules" }
    // .build/<config>/trialfacts -> package root
    if let executablePath {
      var url = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
      for _ in 0..<4 {
        let candidate = url.appendingPathComponent("rules").path
        if fm.fileExists(atPath: candidate + "/drugs") { return candidate }
        url.deleteLastPathComponent()
      }
    }
    return "rules"
  }
}

/// One or more rule-file problems, each rendered `file:line:col: error: ...`.
public struct RuleSetError: Error, Sendable, CustomStringConvertible {
  public var diagnostics: [Diagnostic]
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
