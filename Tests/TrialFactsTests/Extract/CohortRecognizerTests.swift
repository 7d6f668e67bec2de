import Foundation
import Testing
import TrialFacts

@Suite struct CohortRecognizerTests {
  static let positives: [RecognizerCase] = [
    .init("a trial of 12 patients", "12"),
    .init("n = 66", "66"),
    .init("(n=281)", "281"),
    .init("a total of 654 adults", "654"),
    .init("three people took the drug", "3"),
    .init("1,961 adult participants", "1961"),
    .init("the study enrolled 40 consecutive patients", "40"),
    .init("Twelve women with alopecia", "12"),
    .init("a total of 120 were randomized", "120"),
    .init("66 were enrolled", "66"),
    .init("thirty-five received a single 900-mg dose of spesolimab", "35"),
  ]

  static let negatives: [RecognizerCase] = [
    .init("4.6 out of 5 stars 212 reviews"),
    .init("a 45-year-old patient"),
    .init("Br J Dermatol. 2019; 41:210-19"),
    .init("9 of 12 patients responded"),
    .init("75% of patients improved"),
    .init("call 555-0100 for patients"),
    .init("in 2016 patients were recruited"),
    .init("all 12 patients improved"),
    .init("12 received a reminder letter"),
    .init("it affects 72 in every 100,000 adults"),
  ]

  @Test func scopeTellsArmsFromTotals() {
    let mentions = Fixtures.pipeline.annotate(
      "A total of 654 adults were randomized to baricitinib 4 mg (n = 281) or placebo (n = 189); 60 women received tamoxifen."
    ).filter { $0.label == .cohort }
    #expect(mentions.map(\.scope) == [.total, .arm, .arm, .arm])
  }

  @Test(arguments: positives + negatives)
  func cohorts(_ c: RecognizerCase) {
    #expect(Fixtures.values(.cohort, in: c.text) == c.expected, "\(c.text)")
  }
}
