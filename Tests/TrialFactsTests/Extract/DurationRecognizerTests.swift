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
    .init("full regrowth within 12 weeks of therapy", "84-84 days"),
    .init("at week 36", "252-252 days"),
    .init("a 24-week study", "168-168 days"),
    .init("for three months", "91.31-91.31 days"),
    .init("for 2 years", "730.5-730.5 days"),
    .init("over 2 years", "~730.5-730.5 days"),
    .init("for 10 days", "10-10 days"),
    .init("by month 6", "182.63-182.63 days"),
    // A spread or a bound blocks only the number right after it; a later length is read.
    .init("Body weight fell by 5.1 ± 2.3 kg during 24 weeks in 40 patients", "168-168 days"),
    .init("Men aged 40-60 years were randomised to aspirin 100 mg daily or placebo in a 5-year trial", "1826.25-1826.25 days"),
    .init("Children below the 3rd percentile for weight received 6 months of zinc", "182.63-182.63 days"),
    // Hours after the schedule are the treatment's length.
    .init("SZC 10 g or placebo three times daily for 48 h", "2-2 days"),
    .init("cefazolin 1 g every 8 hours for 72 hours", "3-3 days"),
    .init("median time to healing was 9 days; patients were treated for 28 days", "28-28 days"),
    .init("from week 4 to week 12 the dose was held", "28-28 days", "84-84 days"),
    // After the verb that assigns the people, or with a drug between "with" and it.
    .init("Adults with painful neuropathy for at least 6 months were randomised to pregabalin or placebo for 12 weeks", "84-84 days"),
    .init("Patients treated with methotrexate for 12 weeks were randomised to adalimumab or placebo", "84-84 days"),
    .init("Patients with hypertension were randomised to amlodipine 5 mg for 12 weeks", "84-84 days"),
    // "with" after no people ("compared with", "a study with") tells of no disease.
    .init("Compared with placebo, after 24 weeks the 150 patients assigned to tirzepatide 15 mg lost weight", "168-168 days"),
    .init("In a study with a 12-week double-blind phase, 200 patients were randomised to vortioxetine 10 mg or placebo", "84-84 days"),
    .init("Low-dose aspirin 150 mg daily for 24 weeks in pregnant women at high risk was compared with placebo", "168-168 days"),
  ]

  static let negatives: [RecognizerCase] = [
    // A window in time, not how long anyone was treated.
    .init("depression that began within four weeks of giving birth"),
    .init("adults seen within about 6 months of diagnosis"),
    .init("deaths within 30 days of the last dose"),
    .init("a 45-year-old woman"),
    // How long the people had had their disease, or how far a pregnancy had gone.
    .init("Patients with psoriasis for more than 2 years were eligible"),
    .init("Adults with asthma for at least 1 year were enrolled at 12 centres"),
    .init("women with a history of preterm birth at less than 37 weeks' gestation"),
    .init("infants born at a gestational age of 28 weeks or less"),
    .init("Women with a singleton pregnancy of fewer than 20 weeks were randomly assigned to iodine"),
    .init("patients aged 18 years or older"),
    .init("the rash began 3 years ago"),
    .init("followed by 2 months without treatment"),
    .init("a mean of 8 years of disease"),
    .init("300 mg every 2 weeks"),
    .init("symptoms returned within 6 weeks of stopping"),
    .init("patients were followed for a median of 16–18 months"),
    .init("followed for a median of just under two years"),
    // Hours elsewhere time an outcome or one dose.
    .init("normokalaemia at 24 h was achieved in 35 patients"),
    .init("rescue therapy within 48 h"),
    .init("oxytocin infused over 4 hours"),
    .init("Blood glucose was measured every 4 hours for 48 hours in 60 patients on insulin glargine 10 units daily"),
    // A phase before treatment.
    .init("After a 2-week single-blind placebo run-in, women were randomised to mirabegron"),
    .init("after a four-week washout period"),
    // Bounds of a stratum.
    .init("stratified by region and duration of current episode (<4 years or ≥4 years)"),
    // How long until an event, for each arm compared.
    .init("The 25th percentile time to relapse was 92 days on placebo and 224 days on cariprazine"),
    // When an effect began.
    .init("whereas the active drug separated from placebo from week 4"),
  ]

  @Test(arguments: positives + negatives)
  func durations(_ c: RecognizerCase) {
    #expect(Fixtures.values(.duration, in: c.text) == c.expected, "\(c.text)")
  }
}
