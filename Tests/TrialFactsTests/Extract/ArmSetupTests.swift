import Foundation
import Testing
import TrialFacts

/// How the methods set the arms up: sizes stated before the paragraph or list that names
/// the arms, doses broken down in brackets, a schedule inside a dose, what a placebo is
/// made of, and the drugs the people had before without success.
@Suite struct ArmSetupTests {
  static func sized(_ findings: [Finding]) -> [String] {
    findings.map { "\($0.drug?.name ?? $0.arm?.label ?? "?") \($0.cohort?.size ?? 0)" }.sorted()
  }

  /// "130 to each of three groups:" before one list item per arm sizes each item's arm,
  /// the control's too; the paragraph after the list starts afresh.
  @Test func aSizeOfEveryArmBeforeAListSizesItsItems() {
    let blocks = [
      Block(kind: .paragraph, text: "A total of 390 adults were randomly assigned, 130 to each of three groups:", line: 1),
      Block(kind: .listItem, text: "Prucalopride, which stimulates the gut muscles: one 2-mg tablet every morning", line: 2),
      Block(kind: .listItem, text: "Linaclotide, a 145-microgram capsule once a day", line: 3),
      Block(kind: .listItem, text: "A look-alike placebo", line: 4),
      Block(kind: .paragraph, text: "Everyone took their treatment over three months.", line: 5),
      Block(kind: .paragraph, text: "Rescue bisacodyl 10 mg was given to 40 patients.", line: 6),
    ]
    let findings = Fixtures.pipeline.extract(Document(source: "t", title: "", blocks: blocks)).findings
    let sizes = Self.sized(findings)
    #expect(sizes.contains("prucalopride 130") && sizes.contains("linaclotide 130") && sizes.contains("placebo 130"), "\(sizes)")
    #expect(!findings.contains { $0.drug?.name == "bisacodyl" && $0.cohort?.size == 130 }, "\(sizes)")
    // The paragraph after the list that speaks of their treatment continues every arm.
    let lengths = findings.filter { $0.cohort?.size == 130 }.map { $0.duration?.text }
    #expect(lengths == ["three months", "three months", "three months"], "\(findings)")
  }

  /// "They were split into two equal groups." in a paragraph that names no arm sizes the
  /// arms the next paragraph gives their treatment; not drugs of people left out, nor
  /// another study's.
  @Test func equalGroupsBeforeTheParagraphThatTreatsThem() {
    let findings = Fixtures.findings(paragraphs:
      "Researchers recruited 288 men and women aged 50 or over. The volunteers, who had an average age of 64 and an average BMI of 31, were split into two equal groups.",
      "One group took a 60mg capsule of duloxetine once a day for 12 weeks, while the other took identical-looking placebo capsules.")
    #expect(Self.sized(findings) == ["duloxetine 144", "placebo 144"])
    for later in ["Patients taking warfarin or clopidogrel were excluded.", "An earlier trial gave sitagliptin 100 mg daily or placebo to 300 patients."] {
      let carried = Fixtures.findings(paragraphs: "The 120 volunteers were split into two equal groups.", later)
      #expect(!carried.contains { $0.cohort?.size == 60 }, "\(carried)")
    }
  }

  /// Equal groups after a run-in's length, then one sentence per arm: each arm is sized,
  /// and "everyone stayed on their tablets for 12 weeks" is every arm's length.
  @Test func armsNamedOneBySentenceShareTheSizeAndEveryonesLength() {
    let findings = Fixtures.findings(paragraphs:
      "The team recruited 270 adults with migraine. After a four-week run-in period, the volunteers were split into three equal groups.",
      "One group took one 16-mg tablet of candesartan each morning. The second took a 160 mg propranolol capsule once a day, and the third took an identical-looking placebo. Neither the patients nor their doctors knew who was getting what, and everyone stayed on their tablets for 12 weeks.")
    #expect(Self.sized(findings) == ["candesartan 90", "placebo 90", "propranolol 90"], "\(findings)")
    #expect(findings.allSatisfy { $0.duration?.minDays == 84 }, "\(findings)")
  }

  /// "151 per arm" after the ages of the women recruited sizes the arms the next
  /// paragraph names one by sentence, the dummy capsule's too; "Each woman took her
  /// treatment … for 12 weeks" is every arm's length.
  @Test func sizesPerArmAfterTheAgesAndEachWomansLength() {
    let findings = Fixtures.findings(paragraphs:
      "Researchers at eleven menopause clinics recruited a total of 453 women aged 40 to 65, 151 per arm, who were having at least seven hot flushes a day.",
      "One group took one 120 mg capsule of elinzanetant at bedtime. A second group took paroxetine 7.5 mg once a day, and a third group took a dummy capsule. Each woman took her treatment every night for 12 weeks.")
    #expect(Self.sized(findings) == ["dummy capsule 151", "elinzanetant 151", "paroxetine 151"], "\(findings)")
    #expect(findings.allSatisfy { $0.duration?.minDays == 84 }, "\(findings)")
  }

  /// "split evenly between the two medicines" sizes the arms of the same paragraph.
  @Test func peopleSplitEvenlyBetweenTheMedicines() {
    let findings = Fixtures.findings(
      "The 180 volunteers were split evenly between the two medicines. Half were given naltrexone as one 50 mg tablet a day. The other 90 took topiramate 100 mg twice a day.")
    #expect(Self.sized(findings) == ["naltrexone 90", "topiramate 90"], "\(findings)")
  }

  /// "…, respectively (A vs placebo: OR …; B vs placebo: OR …)": pairs compared one by one
  /// leave the list in the order the arms were given.
  @Test func aRespectivelyListBeforePairsComparedFollowsTheArmsOrder() {
    let findings = Fixtures.findings(
      "Adults were randomized to duloxetine 60 mg once daily, celecoxib 200 mg once daily, or placebo for 12 weeks. A reduction in pain of 30% or more was achieved by 54 (51.9%), 49 (46.7%) and 33 (32.0%) participants, respectively (duloxetine vs placebo: OR 2.29, 95% CI 1.31-4.01; celecoxib vs placebo: OR 1.86, 95% CI 1.06-3.25).")
    // (Each total is the one its percentage gives.)
    #expect(Fixtures.counts(findings) == ["duloxetine 54/104", "celecoxib 49/105", "placebo 33/103"], "\(Fixtures.counts(findings))")
  }

  /// "twice daily (morning and evening)" is one schedule, which the arms of the sentence
  /// before keep; "taken as two 100 mg doses, morning and evening" is twice a day.
  @Test func timesOfDayRestateOrGiveTheSchedule() {
    let restated = Fixtures.findings(
      "Children were randomised to crisaborole 2% ointment or tacrolimus 0.03% ointment. Caregivers applied a thin layer twice daily (morning and evening) for 4 weeks.")
    #expect(restated.count == 2 && restated.allSatisfy { $0.dose?.perDay == 2 }, "\(restated)")
    let split = Fixtures.findings("Topiramate was taken as two 100 mg doses, morning and evening.")
    #expect(split.map { $0.dose?.perDay } == [2], "\(split)")
  }

  /// "INTRODUCTION: … The TRUST trial, which included 737 adults …": the labelled
  /// background of a structured abstract sizes no arm; an abstract in one paragraph,
  /// "Background: … Results: …", keeps its counts.
  @Test func theBackgroundParagraphOfAStructuredAbstractCountsNoOne() {
    let labelled = Fixtures.findings(paragraphs:
      "INTRODUCTION: The TRUST trial, which included 737 adults aged 65 years or older, found no benefit of levothyroxine over one year.",
      "METHODS: Adults were randomly assigned to levothyroxine 50 µg once daily or placebo over six months.",
      "RESULTS: Of 412 patients screened, 168 were randomized, 84 per arm. At six months, TSH was normal in 61 of 84 participants in the levothyroxine group.")
    #expect(!labelled.contains { $0.cohort?.size == 737 }, "\(labelled)")
    #expect(labelled.contains { $0.cohort?.size == 84 }, "\(labelled)")
    let inline = Fixtures.findings(paragraphs:
      "Background: Insulin lowers potassium only briefly. Methods: Adults were randomised to SZC 10 g or placebo three times daily for 48 h. Results: 120 patients were randomised, 60 to each group. Normokalaemia was achieved in 35 of 60 with SZC.")
    #expect(inline.contains { $0.response?.responders == 35 }, "\(inline)")
  }

  /// "mirabegron 50 mg (Betmiga) once daily": the brand in brackets is the dosed drug's.
  @Test func aBrandInBracketsAfterTheDoseKeepsItsSchedule() {
    let findings = Fixtures.findings(
      "Women were randomised to mirabegron 50 mg (Betmiga) once daily plus a matching placebo, or solifenacin 5 mg (Vesicare) once daily plus a matching placebo.")
    #expect(findings.map { $0.dose?.perDay } == [1, 1], "\(findings)")
  }

  /// "whose pain had not been controlled by paracetamol", "despite metformin": what the
  /// people had before is no arm, and the study's count is not its size; a drug an arm
  /// responded to is still the arm's.
  @Test func drugsThePeopleFailedBeforeAreNoArms() {
    let failed = Fixtures.findings("Researchers recruited 288 adults whose knee pain had not been controlled by paracetamol or topical gels.")
    #expect(!failed.contains { $0.drug?.name == "acetaminophen" }, "\(failed)")
    let refractory = Fixtures.findings("We enrolled 64 patients refractory to methotrexate.")
    #expect(!refractory.contains { $0.drug?.name == "methotrexate" }, "\(refractory)")
    let responded = Fixtures.findings("In all, 24 of 40 patients responded to ketamine 0.5 mg/kg.")
    #expect(responded.contains { $0.drug?.name == "ketamine" && $0.response?.responders == 24 }, "\(responded)")
    // A drug that failed before, with its dose, makes no finding; one a sentence counts
    // responders of is an arm ("Despite ibuprofen 400 mg, 20 of 50 still had pain").
    let dosed = Fixtures.findings("We enrolled 64 patients refractory to methotrexate 15 mg weekly.")
    #expect(dosed.isEmpty, "\(dosed)")
    let counted = Fixtures.findings("Despite ibuprofen 400 mg three times daily, 20 of 50 patients still had pain at day 3.")
    #expect(counted.contains { $0.drug?.name == "ibuprofen" && $0.response?.responders == 20 }, "\(counted)")
  }

  /// "200 µg (two 50-µg sprays into each nostril) once daily": the bracket breaks the
  /// dose down; the schedule after it is the dose's.
  @Test func aDoseBrokenDownInBracketsKeepsItsSchedule() {
    let findings = Fixtures.findings(
      "Adults were randomized to mometasone nasal spray 200 µg (two 50-µg sprays into each nostril) once daily or fexofenadine 180 mg once daily for 14 days.")
    let mometasone = findings.filter { $0.drug?.name == "mometasone" }
    #expect(mometasone.map { $0.dose?.amount } == [200], "\(findings)")
    #expect(mometasone.first?.dose?.perDay == 1)
  }

  /// "prednisolone 2 mg/kg/day" beside another arm: the schedule inside the dose is its.
  @Test func aScheduleInsideADoseIsItsArms() {
    let findings = Fixtures.findings(
      "Children were randomized to oral dexamethasone 0.3 mg/kg once daily for two days or oral prednisolone 2 mg/kg/day for three days.")
    #expect(findings.first { $0.drug?.name == "prednisolone" }?.dose?.perDay == 1, "\(findings)")
  }

  /// "an identical placebo (silicified microcrystalline cellulose)": what the placebo is
  /// made of is no arm.
  @Test func whatAPlaceboIsMadeOfIsNoArm() {
    let findings = Fixtures.findings(
      "Patients were randomised to sodium zirconium cyclosilicate 10 g or an identical placebo (silicified microcrystalline cellulose) three times daily for 48 h.")
    #expect(!findings.contains { $0.drug?.name == "microcrystalline cellulose" }, "\(findings)")
    #expect(findings.contains { $0.duration?.minDays == 2 }, "\(findings)")
    // An active placebo with its dose is an arm of its own, its dose its own.
    let active = Fixtures.findings("Patients were randomised to ketamine 0.5 mg/kg or an active placebo (midazolam 0.045 mg/kg), and 20 of 40 versus 10 of 40 responded.")
    #expect(active.first { $0.drug?.name == "ketamine" }?.dose?.amount == 0.5, "\(active)")
    #expect(active.contains { $0.drug?.name == "midazolam" }, "\(active)")
  }

  /// "Unscheduled return visits within 14 days were made by 9 and 11 children,
  /// respectively": the window the arms' outcome was counted in is neither arm's length.
  @Test func anOutcomesWindowIsNoArmsLength() {
    let findings = Fixtures.findings(paragraphs:
      "Children were randomized to oral dexamethasone 0.3 mg/kg once daily for two days (n = 124) or oral prednisolone 2 mg/kg/day for three days (n = 126).",
      "Unscheduled return visits within 14 days were made by 9 (7.3%) and 11 (8.7%) children, respectively.")
    #expect(findings.contains { $0.response?.responders == 9 }, "\(findings)")
    #expect(!findings.contains { $0.duration?.minDays == 14 }, "\(findings)")
    // The window after an end point's name, or before the verb of what befell them.
    for window in [
      "The primary outcome was unscheduled return to medical care within 7 days.",
      "Return to medical care within 7 days occurred in 82 children in the standard-dose group and 73 in the other group.",
    ] {
      let arms = Fixtures.findings(paragraphs: "Children were randomized to oral dexamethasone 0.6 mg/kg (n = 124) or oral prednisolone 2 mg/kg (n = 126).", window)
      #expect(arms.count == 2, "\(arms)")
      #expect(!arms.contains { $0.duration != nil }, "\(arms)")
    }
    // A length of treatment given "within" a time is still one.
    let treated = Fixtures.findings("Patients (n = 60) took doxycycline 100 mg twice daily and finished the course within 14 days.")
    #expect(treated.first?.duration?.minDays == 14, "\(treated)")
  }

  /// "in the three groups" after as many counts: the arms the paragraph listed, in order.
  @Test func countsOfTheNumberedGroupsInOrder() {
    let findings = Fixtures.findings(
      "Patients were randomly assigned to levetiracetam 60 mg/kg (n = 154), fosphenytoin 20 mg/kg (n = 153) or valproate 40 mg/kg (n = 154). Deaths occurred in 4, 3 and 6 patients in the three groups.")
    #expect(findings.map { $0.response?.responders } == [4, 3, 6], "\(findings)")
    #expect(findings.map { $0.response?.total } == [154, 153, 154], "\(findings)")
  }

  /// A rescue the trial allowed beside its arms is no arm; a rescue therapy compared in
  /// arms is.
  @Test func aRescueDrugIsNoArm() {
    for rescue in [
      "Women could use naproxen 500 mg as a rescue painkiller if needed.",
      "Itching severe enough to ask for treatment was treated with a rescue dose of nalbuphine 5 mg IV.",
      "Rescue medication (paracetamol 1 g) was allowed.",
    ] {
      let findings = Fixtures.findings(paragraphs: "Women were randomized to elagolix 150 mg once daily (n = 226) or placebo (n = 225) for six months.", rescue)
      #expect(!findings.contains { ["naproxen", "nalbuphine", "paracetamol"].contains($0.drug?.name ?? "") }, "\(findings)")
      #expect(findings.contains { $0.drug?.name == "elagolix" && $0.cohort?.size == 226 && $0.dose?.amount == 150 }, "\(findings)")
      #expect(!findings.contains { $0.dose?.amount == 500 || $0.dose?.amount == 5 || $0.dose?.amount == 1 }, "\(findings)")
    }
    let therapy = Fixtures.findings("As rescue therapy, 120 patients were randomized to levofloxacin 500 mg daily (n = 60) or rifabutin 150 mg daily (n = 60).")
    #expect(therapy.compactMap { $0.drug?.name }.sorted() == ["levofloxacin", "rifabutin"], "\(therapy)")
  }

  /// "a single oral dose of A or B": arms given once have no length of treatment, and a
  /// time the page gives them is when they were assessed.
  @Test func aSingleDoseHasNoLength() {
    let findings = Fixtures.findings(paragraphs:
      "Children were randomized to a single oral dose of dexamethasone 0.6 mg/kg (n = 40) or prednisolone 1 mg/kg (n = 41).",
      "Symptoms were scored at 10 weeks.")
    #expect(findings.count == 2, "\(findings)")
    #expect(findings.allSatisfy { $0.dose?.singleDose == true && $0.duration == nil }, "\(findings)")
    // Each arm by its own words; a course of tablets keeps its length.
    let mixed = Fixtures.findings(
      "Of these, 164 were assigned to a single 2 g oral dose of secnidazole and 167 to metronidazole 500 mg twice daily for 7 days.")
    let secnidazole = mixed.first { $0.drug?.name == "secnidazole" }
    let metronidazole = mixed.first { $0.drug?.name == "metronidazole" }
    #expect(secnidazole?.dose?.singleDose == true && secnidazole?.duration == nil, "\(mixed)")
    #expect(metronidazole?.dose?.singleDose == false && metronidazole?.duration?.minDays == 7, "\(mixed)")
    // The output says so.
    let json = JSONLinesWriter().format(.finding(findings[0], source: "a.txt"))
    #expect(json.contains(#""single_dose":true"#), "\(json)")
  }
}
