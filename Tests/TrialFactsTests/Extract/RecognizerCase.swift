import Foundation
import Testing
import TrialFacts

/// A recognizer test case: a sentence and the normalized values it must yield, no more
/// and no fewer (an empty list is a negative case).
struct RecognizerCase: CustomTestStringConvertible, Sendable {
  var text: String
  var expected: [String]

  init(_ text: String, _ expected: String...) {
    self.text = text
    self.expected = expected
  }

  var testDescription: String { "\"\(text)\" -> \(expected)" }
}
