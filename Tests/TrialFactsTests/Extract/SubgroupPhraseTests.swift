import Foundation
import Testing
import TrialFacts

/// The subgroup a sentence opens with (`response.subgroup`): its counts are of part of
/// each arm. "-" for a count of the whole arm.
@Suite struct SubgroupPhraseTests {
  static func subgroups(_ text: String) -> [String] {
    Fixtures.pipeline.annotate(text).compactMap { mention in
      guard case .response(let count) = mention.value else { return nil }
      return count.subgroup(in: text) ?? "-"
    }
  }

  static let cases: [RecognizerCase] = [
    // People narrowed by what they have or are, with the subgroup's size left out.
    .init("Among patients aged 75 years or older (n = 61), POAF occurred in 9 of 20 patients in the 100 mg group.", "patients aged 75 years or older"),
    .init("Among the 97 women with bacteraemia at baseline, cure was seen in 41 of 49 in the 5-day group.", "the 97 women with bacteraemia at baseline"),
    .init("Among participants whose tumours carried the mutation (A n = 48; B n = 45), responses occurred in 27 of 48 in group A.",
      "participants whose tumours carried the mutation"),
    .init("Among those who had relapsed before, 12 of 30 patients in the drug A group responded.", "those who had relapsed before"),
    .init("In the subgroup of women, remission occurred in 12 of 30 patients in the drug A group.", "the subgroup of women"),
    .init("In the subgroup of 40 patients with diabetes, 12 of 20 in the drug A group responded.", "the subgroup of 40 patients with diabetes"),
    .init("In the stratum born before 28 weeks, treatment failure occurred in 17 of 41 infants with drug A and 9 of 38 with placebo.",
      "the stratum born before 28 weeks", "the stratum born before 28 weeks"),
    .init("In the subset of smokers, 12 of 30 in the drug A group responded.", "the subset of smokers"),
    .init("Of the 31 people with diabetes in the drug A group, 19 could climb stairs without help.", "the 31 people with diabetes in the drug A group"),
    .init("Of the 88 people in the drug A group, 61 could climb stairs without help.", "-"),
    .init("Among participants admitted for heart disease (n = 71), abstinence was 9/24 in the drug A group.", "participants admitted for heart disease"),
    .init("Among women, the overall response was 94/139 (67.6%) with drug A.", "women"),
    .init("In Ureaplasma-positive infants, survival was 38/71 in the azithromycin group.", "Ureaplasma-positive infants"),
    .init("Infection occurred in 7, 4 and 11 patients in groups A, B and C. Among patients with a BMI of 30 or more (n = 143), infection occurred in 9/48 patients in group A.",
      "-", "-", "-", "patients with a BMI of 30 or more"),
    // Treated before the trial: a subgroup by history, not the people analysed.
    .init("Among patients previously treated with a TNF inhibitor (n = 90), ACR20 was achieved by 25 of 60 in the drug A group.",
      "patients previously treated with a TNF inhibitor"),
    .init("Among patients never treated with methotrexate, 30 of 70 in the drug A group responded.", "patients never treated with methotrexate"),
    // People counted before, narrowed by a threshold after "In".
    .init("Among the 44 males enrolled at the second site, 12 of 22 in the drug A group responded.", "-"),
    .init("Among the 300 men and women, 12 of 40 in the drug A group responded.", "-"),
    .init("Among the men, 12 of 40 in the drug A group responded.", "the men"),
    .init("In the 52 participants with a baseline score above 20, 14 of 27 in the drug A group responded.",
      "the 52 participants with a baseline score above 20"),
    .init("In the 70 women aged 65 or older, 20 of 36 in the drug A group had pain relief.", "the 70 women aged 65 or older"),
    .init("In the 180 patients with renal colic, 40 of 90 in the drug A group had pain relief.", "-"),
    .init("In 180 patients with renal colic, 40 of 90 in the drug A group had pain relief.", "-"),
    .init("In the 180 patients, 40 of 90 in the drug A group had pain relief.", "-"),
    // The whole trial's people, an arm, or no narrowing: no subgroup.
    .init("In the 60 patients who received tamsulosin, 45 passed the stone, compared with 33 of the 60 who received placebo.", "-"),
    .init("Among the 300 women in the trial, new fractures occurred in 6 of 150 in the drug A group.", "-"),
    .init("Among patients treated with drug A, 30 of 70 responded.", "-"),
    .init("Among 1,199 adults with prediabetes, weight loss was achieved by 148 of 541 patients in the intervention group.", "-"),
    .init("Among the 228 randomised patients with colitis, remission occurred in 17 of 75 in the 10 mg group.", "-"),
    .init("Among patients in the placebo group, 11 of 160 had POAF.", "-"),
    .init("Among patients, 12 of 40 in the drug A group responded.", "-"),
    .init("In patients with psoriasis, 12 of 40 in the drug A group responded.", "-"),
    .init("In subgroup analyses, cure occurred in 80 of 100 in the drug A group.", "-"),
    .init("Among patients with available data, 12 of 40 in the drug A group responded.", "-"),
    .init("Among participants who received at least one dose, 12 of 40 in the drug A group responded.", "-"),
    .init("Among women (n = 80), response occurred in 20 of 40 in the drug A group; among men, response occurred in 25 of 80 in the drug A group.",
      "women", "-"),
    .init("At week 12, among patients with tophi, 12 of 40 in the drug A group responded.", "-"),
  ]

  @Test(arguments: cases)
  func subgroup(_ c: RecognizerCase) {
    #expect(Self.subgroups(c.text) == c.expected, "\(c.text)")
  }

  /// A sentence that cites a table of baseline characteristics describes the people
  /// randomized: its counts are no outcomes.
  @Test func countsCitingABaselineTableAreNoOutcomes() {
    let findings = Fixtures.findings(paragraphs:
      "Patients were randomised to group A (n = 188), group B (n = 186) or group C (n = 190).",
      "Emergency surgery was performed in 61 (32.4%), 58 (31.2%) and 63 (33.2%) patients, respectively (Table 1). Infection occurred in 29 (15.4%), 18 (9.7%) and 33 (17.4%) patients, respectively (Table 2).",
      "Table 1. Baseline characteristics",
      "Table 2. Outcomes at 30 days")
    #expect(findings.compactMap { $0.response?.responders } == [29, 18, 33])
  }

  /// A subgroup's people, counted in the bracket that closes it, are no arm's size, and
  /// the arm's size is no total of a subgroup's count.
  @Test func aSubgroupsPeopleSizeNoArm() {
    let findings = Fixtures.findings("""
      Adults were randomised to the vaccine (n = 2400) or placebo (n = 2409). Hospitalisation occurred in 4 placebo       recipients. Among participants aged 70 years or older (1,102 vaccine and 1,097 placebo recipients), infection       occurred in 3 and 17 participants, respectively.
      """)
    #expect(findings.map { $0.response?.responders } == [3, 4, 17])
    #expect(findings.map { $0.response?.total } == [nil, 2409, nil])
    #expect(findings.map { $0.cohort?.size } == [2400, 2409, 2409])
  }

  /// A subgroup's count and the whole arm's count of one outcome are two findings.
  @Test func aSubgroupsCountStaysApartFromTheArms() {
    let findings = Fixtures.findings("""
      Adults were randomised to colchicine (n = 86) or placebo (n = 84). Flares occurred in 21 of 86 patients in the \
      colchicine group and 43 of 84 in the placebo group. Among patients with tophi (n = 32), flares occurred in 5 of 17 \
      patients in the colchicine group and 9 of 15 in the placebo group.
      """)
    let colchicine = findings.filter { $0.drug?.name == "colchicine" }
    #expect(colchicine.map { $0.response?.responders } == [21, 5])
    #expect(colchicine.map { $0.response?.subgroup } == [nil, "patients with tophi"])
    #expect(colchicine.map { $0.cohort?.size } == [86, 86])
  }
}
