import Foundation
import Testing
import TrialFacts

@Suite struct NumberRecognizerTests {
  static let positives: [RecognizerCase] = [
    .init("12 patients", "12"),
    .init("a total of 1,961 adults", "1961"),
    .init("hair loss returned within 8.5 weeks", "8.5"),
    .init("twelve volunteers", "12"),
    .init("sixty-six patients enrolled", "66"),
    .init("Seventy-five percent improved", "0.75"),
    .init("about one-third of them", "0.333333"),
    .init("half of the group", "0.5"),
    .init("one hundred and twenty participants", "120"),
    .init("twenty one days", "21"),
    .init("40% responded", "0.4"),
    .init("38.8 per cent of patients", "0.388"),
    .init("two thousand five hundred people", "2500"),
    .init("3-6 months", "3", "6"),
    .init("3–6 months", "3", "6"),
  ]

  static let negatives: [RecognizerCase] = [
    .init("the third dose"),
    .init("someone called"),
    .init("nothing to count here"),
    .init("a phenomenal result"),
    .init("the tenth anniversary"),
  ]

  @Test(arguments: positives + negatives)
  func numbers(_ c: RecognizerCase) {
    #expect(Fixtures.values(.number, in: c.text) == c.expected, "\(c.text)")
  }
}
