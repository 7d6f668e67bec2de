import Foundation
import Testing
import TrialFacts

/// The outcome a text response names (`response.outcome` for running text): the subject a
/// verb ties to the count, the words after a verb that follows it, or none.
@Suite struct OutcomePhraseTests {
  static func outcomes(_ text: String) -> [String] {
    Fixtures.pipeline.annotate(text).compactMap { mention in
      guard case .response(let count) = mention.value else { return nil }
      return count.outcome(in: text) ?? "-"
    }
  }

  static let cases: [RecognizerCase] = [
    // The subject before a passive verb, for every count of the clause.
    .init("Transfusion was required in 6 of 52 patients given tranexamic acid and in 15 of 50 given placebo.", "Transfusion", "Transfusion"),
    .init("Surgical site infection within 30 days occurred in 17 of 153 patients in the drug A group.", "Surgical site infection within 30 days"),
    .init("At week 12, the remission rate was 52.5% (21/40) with sertraline.", "remission rate"),
    .init("IGA success at week 8 was achieved by 37.7% of patients receiving drug A and 6.4% receiving vehicle.", "IGA success at week 8", "IGA success at week 8"),
    .init("PPH (blood loss ≥500 mL) occurred in 5 women (12.5%) in group I and 4 (10.0%) in group II.", "PPH (blood loss ≥500 mL)", "PPH (blood loss ≥500 mL)"),
    // One verb for two events: each its own outcome.
    .init("Taste disturbance was reported by 9 of 75 patients in the 7-day group, and diarrhoea by nine patients in the 7-day group.", "Taste disturbance", "diarrhoea"),
    // After the count: the object of the verb, or the verb itself.
    .init("9 of 12 patients achieved complete remission at week 12.", "complete remission"),
    .init("Three patients (3.4%) in the drug A group and seventeen (18.9%) in the placebo group required allogeneic blood transfusion.", "allogeneic blood transfusion", "allogeneic blood transfusion"),
    .init("9 of 12 patients responded to the second course.", "responded"),
    .init("Study drug was permanently discontinued by 62 of 612 patients given drug A, who responded.", "discontinued"),
    .init("61% of patients in the control group had at least 1 hospitalization.", "hospitalization"),
    // A threshold of the person's own weight is part of what was counted.
    .init("Of 80 patients on orlistat, 30 lost at least 5 kg.", "at least 5 kg"),
    .init("Forty-five of the 134 teens on semaglutide lost 15% or more of their body weight.", "15% or more of their body weight"),
    // Each count of a comparison is of the event before the first.
    .init("Diarrhoea affected 41 vs. 12 patients, and 8 vs. 15 discontinued treatment.", "Diarrhoea", "Diarrhoea"),
    // A pronoun is no outcome; a threshold stops before a preposition cut short.
    .init("We lost 15 of 100 patients in the buprenorphine group to follow-up.", "-"),
    .init("Of 200 patients on semaglutide, 90 lost 15% or more of their body weight by week 68.", "15% or more of their body weight"),
    // The verb after a list of arms' counts.
    .init("Seven participants in the exercise group (4.1%) and six in the usual-care group (3.5%) died during follow-up.", "died", "died"),
    // A contrast starts another outcome.
    .init("Remission occurred in 12 of 40 patients given sertraline, whereas 3 of 40 given placebo had nausea.", "Remission", "nausea"),
    // A count set against the one before ("compared with four on placebo") counts its
    // outcome; a list's verb after "but" is every item's.
    .init(
      "Eleven people taking candesartan reported dizziness, compared with four on placebo, while fourteen people on propranolol complained of tiredness.",
      "dizziness", "dizziness", "tiredness"),
    .init("Twelve of 40 on aspirin, 10 of 40 on clopidogrel, but 20 of 40 on placebo had a stroke.", "stroke", "stroke", "stroke"),
    // Nothing ties a name to the count: no outcome rather than a wrong one.
    .init("Response: 9 of 12 patients.", "-"),
    .init("A calculated blood loss greater than 1000 mL or red-cell transfusion by day 2 occurred in 20.0% of women given drug A.", "-"),
    // An arm's treatment after the count is no outcome.
    .init("Remission occurred in 20.0% of women given sertraline.", "Remission"),
  ]

  @Test(arguments: cases)
  func outcome(_ c: RecognizerCase) {
    #expect(Self.outcomes(c.text) == c.expected, "\(c.text)")
  }

  /// Records carry it, and two counts of one arm with different outcomes stay two findings.
  @Test func findingsNameTheirOutcome() {
    let findings = Fixtures.findings(paragraphs:
      "Children were randomly assigned to amoxicillin (n = 75) or placebo (n = 75).",
      "Taste disturbance was reported by 9 patients in the amoxicillin group, and diarrhoea by 9 patients in the amoxicillin group.")
    let outcomes = findings.compactMap { $0.response?.outcome }
    #expect(outcomes == ["Taste disturbance", "diarrhoea"])
  }

  /// Clinical events are counted for an arm the count names, with the event as outcome;
  /// without an arm or a verb naming the event they are still no response.
  @Test(arguments: [
    RecognizerCase("Seven participants in the exercise group (4.1%) died during follow-up.", "7/?"),
    RecognizerCase("Serious adverse events occurred in 4 of 300 patients in the vaccine group.", "4/300"),
    RecognizerCase("Nausea was reported by 9 of 40 patients in the sertraline group.", "9/40"),
    RecognizerCase("7 (4.1%) died during follow-up."),
    RecognizerCase("5 of 20 patients relapsed after clearance."),
    RecognizerCase("3 of 12 patients discontinued because of adverse events."),
    RecognizerCase("2 of 66 patients had infections despite response."),
  ])
  func eventsOfNamedArms(_ c: RecognizerCase) {
    #expect(Fixtures.values(.response, in: c.text) == c.expected, "\(c.text)")
  }
}
