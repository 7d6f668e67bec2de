import Foundation
import Testing
import TrialFacts

@Suite struct DurationRecognizerTests {
  static let positives: [RecognizerCase] = [
    .init("for 12 weeks", "84-84 days"),
    .init("for 3-6 months", "91.31-182.63 days"),
    .init("for 3–6 months", "91.31-182.63 days"),
    .init("treated during 4 to 5 months", "121.75-152.19 days"),
    .init("over roughly 4 to 5 months", "~121.75-152.19 days"),
    .init("within 12 weeks", "84-84 days"),
    .init("at week 36", "252-252 days"),
    .init("a 24-week study", "168-168 days"),
    .init("for three months", "91.31-91.31 days"),
    .init("for 2 years", "730.5-730.5 days"),
    .init("over 2 years", "~730.5-730.5 days"),
    .init("for 10 days", "10-10 days"),
    .init("by month 6", "182.63-182.63 days"),
  ]

  static let negatives: [RecognizerCase] = [
    .init("a 45-year-old woman"),
    .init("patients aged 18 years or older"),
    .init("the rash began 3 years ago"),
    .init("followed by 2 months without treatment"),
    .init("a mean of 8 years of disease"),
    .init("300 mg every 2 weeks"),
    .init("symptoms returned within 6 weeks of stopping"),
    .init("patients were followed for a median of 16–18 months"),
    .init("followed for a median of just under two years"),
  ]

  @Test(arguments: positives + negatives)
  func durations(_ c: RecognizerCase) {
    #expect(Fixtures.values(.duration, in: c.text) == c.expected, "\(c.text)")
  }
}
