/// A problem with an input or a rule file, with enough location to act on it.
///
/// Rendered as `file:line:col: error: message` (line and column when known).
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Code: String, Sendable {
    case unreadableFile = "unreadable-file"
    case unparsableMarkup = "unparsable-markup"
    case unsupportedInput = "unsupported-input"
    case ruleSyntax = "rule-syntax"
    case ruleExampleFailed = "rule-example-failed"
  }

  public var code: Code
  public var message: String
  public var file: String
  public var line: Int?
  public var column: Int?
  /// The offending source line, shown under the message with a caret.
  public var sourceLine: String?

  public init(
    _ code: Code, _ message: String, file: String, line: Int? = nil, column: Int? = nil,
    sourceLine: String? = nil
  ) {
    self.code = code
    self.message = message
    self.file = file
    self.line = line
    self.column = column
    self.sourceLine = sourceLine
  }

  public var description: String {
    var location = file
    if let line {
      location += ":\(line)"
      if let column { location += ":\(column)" }
    }
    var text = "\(location): error: \(message)"
    if let sourceLine {
      text += "\n" + sourceLine + "\n" + String(repeating: " ", count: max(0, (column ?? 1) - 1)) + "^"
    }
    return text
  }
}
