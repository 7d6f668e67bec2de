import TrialFactsCore

/// Reads the line-oriented rule format:
///
///     # comment
///     @kind frequency
///     twice daily => 2
///     @example took 20 mg twice daily => 2
///     @counterexample she tried twice
///
/// Errors name the file, line and column of the problem.
public enum RuleFileParser {
  /// The kind named on the first line that is not blank or a comment, if it is a valid
  /// `@kind` line (a cheap look before a full parse).
  public static func declaredKind(_ text: String) -> RuleKind? {
    for line in text.split(separator: "\n", maxSplits: 200) {
      let trimmed = line.trimmingSpaces()
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      guard trimmed.hasPrefix("@kind ") else { return nil }
      return RuleKind(rawValue: String(trimmed.dropFirst(6)).trimmingSpaces())
    }
    return nil
  }

  public static func parse(_ text: String, path: String) throws(Diagnostic) -> RuleFile {
    var kind: RuleKind?
    var entries: [RuleFile.Entry] = []
    var examples: [RuleFile.Example] = []
    var seen: [String: Int] = [:]
    var lineNumber = 0

    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      let trimmed = line.trimmingSpaces()
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      func fail(_ message: String, column: Int = 1) -> Diagnostic {
        Diagnostic(.ruleSyntax, message, file: path, line: lineNumber, column: column, sourceLine: String(line))
      }

      if trimmed.hasPrefix("@") {
        let (directive, rest) = trimmed.splitOnce(" ")
        switch directive {
        case "@kind":
          guard kind == nil else { throw fail("a second @kind line; a file defines one kind") }
          guard let parsed = RuleKind(rawValue: rest.trimmingSpaces()) else {
            let known = RuleKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw fail("unknown kind '\(rest.trimmingSpaces())'; known kinds: \(known)", column: 7)
          }
          kind = parsed
        case "@example":
          guard let arrow = rest.utf8Range(of: " => ") else {
            throw fail("an @example needs ' => ' and the expected value after the text")
          }
          let text = rest[..<arrow.lowerBound].trimmingSpaces()
          let expected = rest[arrow.upperBound...].trimmingSpaces()
          guard !text.isEmpty, !expected.isEmpty else { throw fail("an @example needs a text and an expected value") }
          examples.append(.init(text: text, expected: expected, line: lineNumber))
        case "@counterexample":
          let text = rest.trimmingSpaces()
          guard !text.isEmpty else { throw fail("an @counterexample needs a text") }
          examples.append(.init(text: text, expected: nil, line: lineNumber))
        default:
          throw fail("unknown directive '\(directive)'; use @kind, @example or @counterexample")
        }
        continue
      }

      guard let kind else { throw fail("an entry before the @kind line; start the file with '@kind NAME'") }
      var term = trimmed
      var value: String?
      if let arrow = trimmed.utf8Range(of: "=>") {
        term = trimmed[..<arrow.lowerBound].trimmingSpaces()
        value = trimmed[arrow.upperBound...].trimmingSpaces()
      }
      guard !term.isEmpty else { throw fail("an entry needs a term before '=>'") }
      let valueColumn = (line.utf8Range(of: "=>").map { line.distance(from: line.startIndex, to: $0.upperBound) } ?? 0) + 2
      switch kind.valueRule {
      case .none:
        if value != nil { throw fail("\(kind.rawValue) entries take no value; remove '=> ...'", column: valueColumn - 2) }
      case .required:
        guard let value, !value.isEmpty else { throw fail("\(kind.rawValue) entries need a value: 'term => value'") }
      case .number:
        guard let value, RuleValue.number(value) != nil else {
          throw fail("'\(value ?? "")' is not a number (write 2, 0.5 or 1/7)", column: valueColumn)
        }
      case .numberOr(let words):
        guard let value, RuleValue.number(value) != nil || words.contains(value) else {
          let options = words.sorted().joined(separator: ", ")
          throw fail("'\(value ?? "")' is not a number (write 2, 0.5 or 1/7) nor one of \(options)", column: valueColumn)
        }
      case .oneOf(let allowed):
        guard let value, allowed.contains(value) else {
          throw fail("'\(value ?? "")' is not a canonical \(kind.rawValue); use one of \(allowed.sorted().joined(separator: ", "))", column: valueColumn)
        }
      }
      let key = term.lowercased()
      if let first = seen[key] {
        throw fail("'\(term)' is already defined on line \(first)")
      }
      seen[key] = lineNumber
      entries.append(.init(term: term, value: value ?? term, line: lineNumber))
    }

    guard let kind else {
      throw Diagnostic(.ruleSyntax, "no '@kind NAME' line; every rule file names its kind", file: path, line: 1, column: 1)
    }
    return RuleFile(path: path, kind: kind, entries: entries, examples: examples)
  }
}

/// Values written in rule files.
public enum RuleValue {
  /// "2", "0.5", "1/7".
  public static func number(_ text: String) -> Double? {
    if let slash = text.firstIndex(of: "/") {
      guard let a = Double(text[..<slash]), let b = Double(text[text.index(after: slash)...]), b != 0 else { return nil }
      return a / b
    }
    return Double(text)
  }
}

extension StringProtocol {
  /// The first range of `needle`, found by comparing UTF-8 bytes (the generic
  /// `firstRange(of:)` is too slow for a 50,000-line lexicon).
  func utf8Range(of needle: String) -> Range<Index>? {
    let pattern = Array(needle.utf8)
    guard let first = pattern.first else { return nil }
    let bytes = utf8
    var i = bytes.startIndex
    while i != bytes.endIndex {
      if bytes[i] == first {
        var j = bytes.index(after: i)
        var k = 1
        while k < pattern.count, j != bytes.endIndex, bytes[j] == pattern[k] {
          j = bytes.index(after: j)
          k += 1
        }
        if k == pattern.count { return i..<j }
      }
      i = bytes.index(after: i)
    }
    return nil
  }

  func trimmingSpaces() -> String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
    return String(s)
  }

  func splitOnce(_ separator: Character) -> (String, String) {
    guard let i = firstIndex(of: separator) else { return (String(self), "") }
    return (String(self[..<i]), String(self[index(after: i)...]))
  }
}
