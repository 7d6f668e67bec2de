import Foundation
import Testing
import TrialFacts

/// How facts of a paragraph become findings, arm by arm.
@Suite struct ArmLinkerTests {
  @Test func singleArmAcrossSentences() throws {
    let findings = Fixtures.findings(
      "A trial enrolled 66 adults with psoriasis. They were given tofacitinib 5 mg twice a day for three months. About one-third of participants achieved clearance.")
    #expect(findings.count == 1)
    let f = try #require(findings.first)
    #expect(f.drug?.name == "tofacitinib")
    #expect(f.dose == Dose(amount: 5, unit: "mg", perDay: 2))
    #expect(f.duration?.minDays == 91.31)
    #expect(f.cohort?.size == 66)
    #expect(f.response == Response(responders: 22, total: 66, proportion: 0.3333, approximate: true, outcome: "clearance", derived: .unique))
  }

  /// "Three equal groups" shares out the total of the sentence before, for the arms the
  /// same paragraph names; a size of every arm in a paragraph that names no arm reaches a
  /// later paragraph only where it gives the arms their treatment (its drugs may be
  /// excluded, earlier or background ones: `ArmSetupTests`).
  @Test func everyArmSizesStayInTheirParagraph() {
    let findings = Fixtures.findings(paragraphs:
      "The team recruited 270 adults with migraine. They were split into three equal groups to take candesartan, propranolol or placebo.",
      "Eleven people taking candesartan reported dizziness, compared with four on placebo.")
    let sized = findings.map { "\($0.drug?.name ?? $0.arm?.label ?? "?") \($0.cohort?.size ?? 0) \($0.response?.responders ?? -1)/\($0.response?.total ?? -1)" }
    #expect(sized.sorted() == ["candesartan 90 11/90", "placebo 90 4/90", "propranolol 90 -1/-1"], "\(sized)")
    for later in ["Patients taking warfarin or clopidogrel were excluded.", "An earlier trial in 300 patients compared sitagliptin 100 mg daily with placebo."] {
      let carried = Fixtures.findings(paragraphs: "A total of 120 patients were randomised, 60 to each group.", later)
      #expect(!carried.contains { $0.cohort?.size == 60 }, "\(carried)")
    }
    // Screened people are no total to share out.
    let screened = Fixtures.findings(
      "We assessed 150 patients for eligibility. They were randomized into two equal groups to receive dexmedetomidine or saline.")
    #expect(!screened.contains { $0.cohort?.size == 75 }, "\(screened)")
  }

  /// An arm no sentence sizes is of the total two or more of its counts state alike; a
  /// bare count of it ("4 patients in the rifaximin group") is of that total.
  @Test func countsOfOneTotalSizeTheirArm() {
    func counts(_ paragraphs: String...) -> [String] {
      Fixtures.findings(paragraphs: paragraphs).compactMap { f in
        f.response.map { "\(f.drug?.name ?? f.arm?.label ?? "?") \($0.responders ?? -1)/\($0.total ?? -1)" }
      }.sorted()
    }
    let results = "Adequate relief was reported by 53 of the 130 patients on rifaximin versus 36 of 130 on placebo."
    let safety = "Nausea was reported by 4 patients in the rifaximin group and 5 in the placebo group."
    #expect(counts(results, "Bloating improved in 51 of 130 patients on rifaximin and 37 of 130 on placebo.", safety) == [
      "placebo 36/130", "placebo 37/130", "placebo 5/130", "rifaximin 4/130", "rifaximin 51/130", "rifaximin 53/130",
    ])
    // One count, or two totals: no size to give.
    #expect(counts(results, safety).contains("rifaximin 4/-1"))
    #expect(counts(results, "Bloating improved in 51 of 126 patients on rifaximin and 37 of 127 on placebo.", safety).contains("rifaximin 4/-1"))
    // A list after a heading, out of the sizes of the arms known, and of a third arm the
    // rules do not know (freezing): each known arm's count is its, the third's no arm's.
    let listed = counts(
      "* 5-FU: 75 people applied fluorouracil 5% cream once daily;", "* salicylic acid: 76 people painted salicylic acid 26% solution once a day;",
      "* cryotherapy: 74 people had their warts frozen every two weeks.", "RESULTS",
      "All warts had gone in 33 of 75 (44%), 23 of 76 (30%) and 27 of 74 (36%) respectively. Later it was 41 in the 5-FU group.")
    #expect(listed == ["fluorouracil 33/75", "salicylic acid 23/76"])
    // An event tied to the count by "affecting" after the arm it was common with; the
    // comparison after it lists the other arms. Without an arm before it, or an event, none.
    let arms = "Patients took baclofen 10 mg (22 patients), metoclopramide 10 mg (21 patients) or placebo (21 patients) for 10 days."
    #expect(counts(arms, "Drowsiness was the main side effect of baclofen, affecting 6 of the 22 patients, compared with 3 on metoclopramide and 1 on placebo.")
      == ["baclofen 6/22", "metoclopramide 3/21", "placebo 1/21"])
    #expect(counts(arms, "The strike was hard on baclofen users, affecting 6 of the 22 patients.").isEmpty)
    #expect(counts(arms, "Nausea was common, affecting 6 of the 22 patients.").isEmpty)
    // A contrast after a comma lists the other arm ("…, against 11 on placebo").
    #expect(counts(arms, "Diarrhoea was reported by 8 people taking baclofen, against 2 on placebo.") == ["baclofen 8/22", "placebo 2/21"])
    #expect(counts(arms, "A metallic taste affected 4 people on baclofen compared with 1 on placebo.") == ["baclofen 4/22", "placebo 1/21"])
    // Two counts of one known arm's size are no list of arms.
    #expect(counts("* 5-FU: 75 people applied fluorouracil 5% cream once daily;", "Warts had gone in 33 of 75 and 40 of 75 at weeks 12 and 26.").count <= 1)
  }

  /// Drugs a sentence gives as examples ("sleeping pills such as zolpidem (Ambien) or
  /// eszopiclone", "e.g., zolpidem") are no arms: a later paragraph's sizes stay off them.
  @Test func drugsGivenAsExamplesAreNoArms() {
    let findings = Fixtures.findings(paragraphs:
      "CBT-I is recommended ahead of sleeping pills such as zolpidem (Ambien) or eszopiclone (Lunesta).",
      "Of 449 adults randomized, 150 were assigned to the SleepWell app; 148 to telephone counselling; and 151 received a leaflet.")
    #expect(!findings.contains { $0.drug != nil }, "\(findings)")
    let listed = Fixtures.findings(
      "Patients on sleeping pills (e.g., zolpidem or eszopiclone) were randomised to ramelteon 8 mg (n = 40) or placebo (n = 41).")
    #expect(listed.compactMap(\.drug?.name) == ["ramelteon"])
    let arm = Fixtures.findings("Patients were randomised to zolpidem 10 mg (n = 40) or placebo (n = 41).")
    #expect(arm.compactMap(\.drug?.name) == ["zolpidem"])
    // The list ends at a comma whose drug goes on with a clause of its own.
    let after = Fixtures.findings(
      "In patients who failed JAK inhibitors such as tofacitinib, baricitinib 4 mg was given to 60 patients and placebo to 58.")
    #expect(after.compactMap(\.drug?.name) == ["baricitinib"])
  }

  /// A group the methods give a drug ("dapagliflozin 10 mg once daily (intervention
  /// group)", "group A, a single infusion of ferric carboxymaltose") is that drug's arm
  /// wherever the article names only the group, tables included.
  @Test func groupsTheMethodsGiveADrugNameItsArm() throws {
    let page = """
      <p>Patients were randomly assigned to dapagliflozin 10 mg once daily (intervention group) or an identical placebo (control group).</p>
      <p>Of 903 patients screened, 821 were randomised: 412 to the intervention group and 409 to the control group.</p>
      <table><tr><th>Outcome</th><th>Intervention group (n = 412)</th><th>Control group (n = 409)</th></tr>
      <tr><td>Worsening heart failure</td><td>68 (16.5)</td><td>97 (23.7)</td></tr></table>
      """
    let findings = Fixtures.pipeline.extract(try Fixtures.ingest("<html><body>\(page)</body></html>")).findings
    let read = findings.map { "\($0.drug?.name ?? $0.arm?.label ?? "?") \($0.dose?.amount ?? 0) \($0.cohort?.size ?? -1) \($0.response?.responders ?? -1)" }
    #expect(read.contains("dapagliflozin 10.0 412 68"), "\(read)")
    #expect(read.contains { $0.hasPrefix("Control group 0.0 409 97") }, "\(read)")
    #expect(!read.contains { $0.contains("903") }, "\(read)")
    // After a comma, the first drug within a few words; a group given two drugs names none.
    let listed = Fixtures.findings(paragraphs:
      "Women were assigned to group A, a single intravenous infusion of ferric carboxymaltose 1000 mg, or group B, ferrous sulfate 200 mg twice daily.",
      "Constipation was reported by 3 of 126 women in group A and 21 of 125 in group B.")
    let names = listed.filter { $0.response != nil }.map { "\($0.drug?.name ?? "?") \($0.response?.responders ?? -1)" }
    #expect(names.sorted() == ["ferric carboxymaltose 3", "ferrous sulfate 21"], "\(names)")
    // The verb left out for the second group: "… and women in group B cefuroxime 1.5 g".
    let elliptical = Fixtures.findings(paragraphs:
      "Women in group A received cefazolin 2 g and women in group B cefuroxime 1.5 g, each given intravenously.",
      "Allergic reactions occurred in four women in group A and three in group B.")
    let given = elliptical.filter { $0.response != nil }.map { "\($0.drug?.name ?? "?") \($0.response?.responders ?? -1)" }
    #expect(given == ["cefazolin 4", "cefuroxime 3"], "\(given)")
    // Each response as "arm responders/total", the arm by its drug or its label.
    func responses(_ findings: [Finding]) -> [String] {
      findings.filter { $0.response != nil }.map { "\($0.drug?.name ?? $0.arm?.label ?? "?") \($0.response?.responders ?? -1)/\($0.response?.total ?? -1)" }
    }
    // A bracket after the group's name that opens with its drug; not one of sizes or of two drugs.
    let bracketed = Fixtures.findings(paragraphs:
      "Women were randomly assigned to group A (letrozole 2.5 mg once daily) or group B (matching placebo) for 12 weeks.",
      "A total of 160 women were randomized, 81 to group A and 79 to group B.",
      "Ovulation occurred in 48 women (59.3%) in group A and 21 (26.6%) in group B.")
    let bracketedNames = responses(bracketed)
    #expect(bracketedNames == ["letrozole 48/81", "group B 21/79"], "\(bracketedNames)")
    // A bracket after the drug that names the group, then the regimen; a group's size
    // between it and what it received.
    let regimenAfter = Fixtures.findings(paragraphs:
      "Women were randomised to letrozole (group A; 2.5 mg daily on days 3-7) or clomiphene citrate (group B; 50 mg daily on days 3-7).",
      "Of 402 women screened, 318 were randomised: 160 to group A and 158 to group B.",
      "Live birth occurred in 29.4% (47/160) of women in group A and 19.0% (30/158) in group B.")
    #expect(responses(regimenAfter) == ["letrozole 47/160", "clomiphene 30/158"], "\(responses(regimenAfter))")
    let sizeBetween = Fixtures.findings(paragraphs:
      "In all, 293 children were randomised: group A (n = 148) received levetiracetam 40 mg/kg and group B (n = 145) received phenytoin 20 mg/kg.",
      "Agitation occurred in seven children (4.7%) in group A and one (0.7%) in group B.")
    #expect(responses(sizeBetween) == ["levetiracetam 7/148", "phenytoin 1/145"], "\(responses(sizeBetween))")
    // Not counts compared over times, nor in a sentence that names the arms in another order.
    let overTime = Fixtures.findings(paragraphs:
      "Women were randomized to dienogest (n = 102) or leuprolide (n = 100).",
      "Overall, dysmenorrhoea was reported by 180 (89%) versus 40 (20%) women at baseline and at 6 months. Compared with leuprolide, ovulation on dienogest occurred in 63 (62%) versus 33 (33%) women.")
    #expect(!overTime.contains { [180, 40, 63, 33].contains($0.response?.responders ?? -1) }, "\(overTime)")
    #expect(overTime.filter { $0.cohort != nil }.map { $0.cohort?.size } == [102, 100], "\(overTime)")
    // Counts compared, then the arms named in the same order; or before the paragraph
    // names an arm of its own.
    let armsAfter = Fixtures.findings(paragraphs:
      "Women were randomly assigned to letrozole 2.5 mg daily (n = 102) or clomiphene citrate 50 mg daily (n = 100).",
      "Ovulation occurred in 63 (62%) versus 33 (33%) women in the letrozole versus clomiphene groups.")
    #expect(responses(armsAfter) == ["letrozole 63/102", "clomiphene 33/100"], "\(responses(armsAfter))")
    let beforeArms = Fixtures.findings(paragraphs:
      "Women were randomly assigned to letrozole 2.5 mg daily (n = 102) or clomiphene citrate 50 mg daily (n = 100).",
      "Ovulation occurred in 63 (62%) versus 33 (33%) women. In the letrozole group, live birth occurred in 28 women (27%).")
    #expect(responses(beforeArms).sorted() == ["clomiphene 33/100", "letrozole 28/102", "letrozole 63/102"], "\(responses(beforeArms))")
    // Not counts listed for times, people or outcomes, nor two counts for three arms.
    let notArms = Fixtures.findings(paragraphs:
      "Women were randomly assigned to letrozole 2.5 mg daily (n = 102) or clomiphene citrate 50 mg daily (n = 100).",
      "Ovulation occurred in 40 (39%) and 63 (62%) women at 3 and 6 months, respectively. Ovulation and pregnancy occurred in 63 (62%) and 30 (29%) women, respectively.")
    #expect(responses(notArms).isEmpty, "\(responses(notArms))")
    let threeArms = Fixtures.findings(paragraphs:
      "Patients were randomized to metformin 1000 mg daily, pioglitazone 30 mg daily, or placebo. In total, 100 received metformin, 101 received pioglitazone and 99 received placebo.",
      "Weight loss of more than 5% occurred in 30 (30%) versus 5 (5%) patients.")
    #expect(responses(threeArms).isEmpty, "\(responses(threeArms))")
    // Counts compared in a sentence that names no arm: the arms in the order last named.
    let compared = Fixtures.findings(paragraphs:
      "Women were randomly assigned to group A (letrozole 2.5 mg once daily) or group B (matching placebo) for 12 weeks.",
      "A total of 160 women were randomized, 81 to group A and 79 to group B. Ovulation was achieved in 48 (59.3%) versus 21 (26.6%) women.")
    let comparedNames = responses(compared)
    #expect(comparedNames == ["letrozole 48/81", "group B 21/79"], "\(comparedNames)")
    // A bracket that says the group had no drug, or stopped it.
    let negated = Fixtures.findings(paragraphs:
      "Patients were randomly assigned to group A (metformin) or group B (no metformin).",
      "Patients were randomized to continue aspirin (Group A, n = 64) or to stop aspirin (Group B, n = 63).",
      "Hypoglycaemia occurred in 6 of 80 patients in group A and 2 of 79 in group B.")
    #expect(!negated.contains { $0.arm?.label.lowercased() == "group b" && $0.drug != nil }, "\(negated)")
    let twoDrugs = Fixtures.findings(paragraphs:
      "Patients were randomly assigned to group A (metformin or sitagliptin) or group B (placebo).",
      "Hypoglycaemia occurred in 6 of 80 patients in group A and 2 of 79 in group B.")
    #expect(!twoDrugs.contains { $0.drug != nil && $0.response != nil }, "\(twoDrugs)")
    // "In group D, 6 patients required rescue ondansetron" gives group D no drug.
    let results = Fixtures.pipeline.extract(try Fixtures.ingest("""
      <html><body><p>Eighty patients were randomly allocated to group D or group S.</p>
      <p>In group D, 6 patients required rescue ondansetron.</p>
      <table><tr><th>Outcome</th><th>Group D (n = 40)</th><th>Group S (n = 40)</th></tr>
      <tr><td>Shivering</td><td>4/40</td><td>15/40</td></tr></table></body></html>
      """)).findings
    #expect(!results.contains { $0.drug?.name == "ondansetron" && $0.response?.responders == 4 }, "\(results)")
    let clash = Fixtures.findings(paragraphs:
      "Group A received metformin and group B placebo.", "In a second phase, group A received insulin.",
      "Nausea was reported by 3 of 40 patients in group A.")
    #expect(!clash.contains { $0.response != nil && $0.drug != nil }, "\(clash)")
    // "Group A continued metformin and added sitagliptin": what a group continued is
    // its background therapy, no arm's drug.
    let continued = Fixtures.findings(paragraphs:
      "Group A continued metformin and added sitagliptin; group B continued metformin and added placebo.",
      "Hypoglycaemia occurred in 3 of 150 patients in group A and 4 of 148 in group B.")
    #expect(!continued.contains { $0.drug?.name == "metformin" && $0.response != nil }, "\(continued)")
  }

  /// A group the methods give no drug but a treatment ("an inelastic short-stretch
  /// bandage (group A)", "Technique A was manual small-incision surgery through …") keeps
  /// its name and tells what it received, in tables too.
  @Test func groupsTheMethodsGiveATreatmentSayWhatTheyReceived() throws {
    func treatments(_ page: String) throws -> [String] {
      let findings = Fixtures.pipeline.extract(try Fixtures.ingest("<html><body>\(page)</body></html>")).findings
      return Set(findings.compactMap { f in f.arm.map { "\($0.label): \($0.treatment ?? "-")" } }).sorted()
    }
    let bracketed = try treatments("""
      <p>Patients were randomly assigned to an inelastic short-stretch bandage (group A) or a four-layer elastic system (group B).</p>
      <table><tr><th>Outcome</th><th>Group A (n = 93)</th><th>Group B (n = 94)</th></tr>
      <tr><td>Healed</td><td>58 (62.4)</td><td>49 (52.1)</td></tr></table>
      """)
    #expect(bracketed == ["Group A: inelastic short-stretch bandage", "Group B: four-layer elastic system"], "\(bracketed)")
    let sized = try treatments("""
      <p>Adults were randomized to mesh fixation with fibrin glue (Group A, n = 64) or with polypropylene sutures (Group B, n = 63).</p>
      <p>Adults were randomized to nurse-led education (six sessions and calls; intervention group, n = 85) or usual care (control group, n = 84).</p>
      <p>Patients were randomly assigned to robot-assisted training (the exercise group; 64 patients) or conventional therapy (62 controls).</p>
      <table><tr><th>Outcome</th><th>Exercise group (n = 64)</th><th>Controls (n = 62)</th></tr><tr><td>Improved</td><td>35 (54.7)</td><td>24 (38.7)</td></tr></table>
      <table><tr><th>Outcome</th><th>Group A (n = 64)</th><th>Group B (n = 63)</th></tr><tr><td>Pain</td><td>6 (9.4)</td><td>17 (27.0)</td></tr></table>
      <table><tr><th>Outcome</th><th>Intervention group (n = 85)</th><th>Control group (n = 84)</th></tr><tr><td>HbA1c below 7%</td><td>34 (40.0)</td><td>19 (22.6)</td></tr></table>
      """)
    let lowered = sized.map { $0.lowercased() }
    #expect(lowered.contains("group b: polypropylene sutures") && lowered.contains("intervention: nurse-led education"), "\(sized)")
    #expect(lowered.contains("exercise group: robot-assisted training") && !lowered.contains { $0.hasPrefix("group a: f") }, "\(sized)")
    let described = try treatments("""
      <p>Patients were allocated to Technique A or Technique B. Technique A was manual small-incision surgery through a scleral tunnel. \
      Technique B was phacoemulsification through a clear-corneal incision. The intervention group received a hand-washing programme.</p>
      <table><tr><th>Outcome</th><th>Technique A (n = 56)</th><th>Technique B (n = 55)</th></tr>
      <tr><td>Corneal oedema</td><td>9 (16.1)</td><td>4 (7.3)</td></tr></table>
      """)
    #expect(described == ["Technique A: manual small-incision surgery", "Technique B: phacoemulsification"], "\(described)")
    // What a group was like, or a drug, is no treatment; two definitions are none.
    let unlike = try treatments("""
      <p>Group A was older than group B. Group B received placebo. Group C received a splint; group C received a cast. \
      Group A was approximately twice as likely to improve. Group A was superior.</p>
      <table><tr><th>Outcome</th><th>Group A (n = 40)</th><th>Group B (n = 40)</th><th>Group C (n = 40)</th></tr>
      <tr><td>Healed</td><td>20 (50.0)</td><td>10 (25.0)</td><td>12 (30.0)</td></tr></table>
      """)
    #expect(unlike == ["Group A: -", "Group B: placebo", "Group C: -"], "\(unlike)")
    // What a group was like or got more of, phrases a number cuts, and words two groups share
    // name no treatment; nor does an incidental sentence undo a definition.
    let incidental = try treatments("""
      <p>Patients were randomly assigned to surgery within 48 hours (group A) or surgery after 7 days (group B). \
      Group C was predominantly female. The intervention group received a mean of 5.2 sessions.</p>
      <p>Patients were randomly assigned to a cast (group D) or a cast (group E).</p>
      <p>Patients were randomly assigned to an inelastic bandage (group F) or usual care (group G). Group F was predominantly female.</p>
      <p>Patients younger than 65 years (group H) and those aged 65 years or older (group I) were randomized to A or B. \
      Group J underwent knee arthroplasty with a tourniquet; group K underwent knee arthroplasty without one.</p>
      <table><tr><th>Outcome</th><th>Group A (n = 40)</th><th>Group B (n = 40)</th><th>Group C (n = 40)</th><th>Intervention group (n = 40)</th>\
      <th>Group D (n = 40)</th><th>Group E (n = 40)</th><th>Group F (n = 40)</th><th>Group I (n = 40)</th><th>Group J (n = 40)</th></tr>
      <tr><td>Healed</td><td>20 (50.0)</td><td>10 (25.0)</td><td>12 (30.0)</td><td>12 (30.0)</td><td>12 (30.0)</td><td>12 (30.0)</td><td>12 (30.0)</td>\
      <td>12 (30.0)</td><td>12 (30.0)</td></tr></table>
      """)
    #expect(incidental.filter { !$0.hasSuffix(": -") } == ["Group F: inelastic bandage"], "\(incidental)")
    // A group given a control is the control arm.
    let placebo = Fixtures.pipeline.extract(try Fixtures.ingest("""
      <html><body><p>Women were randomly assigned to group A (a pelvic-floor programme) or group B (matching sham exercises).</p>
      <table><tr><th>Outcome</th><th>Group A (n = 40)</th><th>Group B (n = 40)</th></tr><tr><td>Continent</td><td>20 (50.0)</td><td>10 (25.0)</td></tr></table>
      </body></html>
      """)).findings
    #expect(placebo.filter { $0.arm?.control == true }.map { $0.arm?.label } == ["Group B"], "\(placebo)")
  }

  /// "Nausea occurred more often with A (25.0% vs 10.5%)": in a trial of two arms, the
  /// comparison's second count is the other arm's; with three arms, it is no arm's.
  /// Counts with their shares after them ("37 …, compared with 55 … – 19.5% versus
  /// 28.4%") are responses of the arms' sizes, each once; the study's total, stated in a
  /// summary and again in the methods, sizes no arm.
  @Test func sharesAfterTheCountsAreTheirsAndTheTotalIsNoArms() {
    let findings = Fixtures.findings(paragraphs:
      "In a trial of 384 adults over 50 with shingles, about one in five people who took Valtrex still had nerve pain three months later.",
      "For people who took the older drug aciclovir, the figure was more than one in four.",
      "Researchers randomly assigned 384 people aged 50 and over to one of two treatments.",
      "A total of 190 were given valaciclovir, 1,000mg three times a day, and the other 194 took aciclovir, 800mg five times a day.",
      "Three months later, 37 people in the Valtrex group were still in pain, compared with 55 in the aciclovir group – 19.5% versus 28.4%.")
    #expect(!findings.contains { $0.cohort?.size == 384 })
    let responses = findings.compactMap { f in f.response.map { (f.drug?.inn, $0.responders, $0.total) } }
    #expect(responses.map(\.0) == ["valaciclovir", "aciclovir"])
    #expect(responses.map(\.1) == [37, 55])
    #expect(responses.map(\.2) == [190, 194])
  }

  /// "azithromycin followed by placebo capsules on days 2 and 3 (n = 156)": the dummy
  /// doses of a drug's arm are no control arm, and the size is the drug's.
  @Test func placeboAfterADrugsDoseIsItsDummy() {
    let findings = Fixtures.findings(
      "Adults were randomized to a single 1-g oral dose of azithromycin followed by placebo capsules on days 2 and 3 (n = 156), or to levofloxacin 500 mg orally once daily for 3 days (n = 154).")
    #expect(findings.map { $0.drug?.name } == ["azithromycin", "levofloxacin"])
    #expect(findings.map { $0.cohort?.size } == [156, 154])
    // A placebo arm of its own stays one.
    let withdrawal = Fixtures.findings("Patients received paroxetine for 12 weeks followed by placebo for 12 weeks (n = 40) or placebo throughout (n = 38).")
    #expect(withdrawal.map { $0.cohort?.size } == [40, 38])
    #expect(withdrawal.last?.arm?.control == true)
  }

  /// "bismuth quadruple therapy (BQT)": a regimen named by its initials where the arms are
  /// compared names its arm wherever the article writes the code, with the long form as
  /// the arm's treatment.
  @Test func aRegimensInitialsNameItsArm() {
    let findings = Fixtures.findings(paragraphs:
      "To compare 14-day bismuth quadruple therapy (BQT) with 14-day standard triple therapy (STT) as first-line treatment.",
      "Of 612 patients assessed for eligibility, 400 were randomised (BQT, n = 200; STT, n = 200).",
      "H. pylori was eradicated in 176 of the 200 patients given BQT and in 146 of the 200 given STT.")
    #expect(findings.map { $0.arm?.label } == ["BQT", "STT"])
    #expect(findings.map { $0.arm?.treatment } == ["bismuth quadruple therapy", "standard triple therapy"])
    #expect(findings.map { $0.cohort?.size } == [200, 200])
    #expect(findings.map { $0.response?.responders } == [176, 146])
    // The screened count sizes no arm.
    #expect(!findings.contains { $0.cohort?.size == 612 })
  }

  @Test(arguments: [
    // Initials that do not spell the code, a sentence that compares nothing, a drug's own
    // abbreviation: no regimen.
    "Patients with bismuth quadruple therapy (BQX) failure were excluded. 40 patients in the BQX group relapsed.",
    "Bismuth quadruple therapy (BQT) is recommended by guidelines. 40 patients in the BQT group relapsed.",
  ])
  func noRegimenWithoutItsInitialsOrAComparison(_ text: String) {
    #expect(!Fixtures.findings(text).contains { $0.arm?.treatment != nil })
  }

  /// "per-protocol rates were 92.5% and 78.1%": a share of the arm's people analysed per
  /// protocol is of a subgroup, never derived from the arm's size; "(difference 15.0%)" is
  /// no arm's share.
  @Test func perProtocolSharesAndDifferencesAreNoCountsOfTheArm() {
    let findings = Fixtures.findings(
      "Four hundred patients were randomised to metformin (n = 200) or placebo (n = 200). Eradication rates were 88.0% with metformin and 73.0% with placebo (difference 15.0%; 95% CI 7.3-22.7); per-protocol rates were 92.5% and 78.1%.")
    let responses = findings.compactMap(\.response)
    #expect(responses.map(\.proportion) == [0.88, 0.925, 0.73, 0.781])
    #expect(responses.map(\.responders) == [176, nil, 146, nil])
    #expect(responses.map(\.subgroup) == [nil, "per-protocol", nil, "per-protocol"])
  }

  /// Shares after counts that are of something else ("although 60% and 62% had severe
  /// pain at baseline", "(absolute difference, 15%; relative risk reduction, 33%)") are
  /// not the counts' shares.
  @Test func sharesOfOtherQuantitiesAreNotTheCountsShares() {
    let findings = Fixtures.findings(paragraphs:
      "A total of 190 were given gabapentin and the other 194 took placebo. Three months later, 37 people in the gabapentin group were still in pain, compared with 55 in the placebo group, although 60% and 62% had severe pain at baseline.",
      "Remission was achieved by 45 patients in the gabapentin group and 30 in the placebo group (absolute difference, 15%; relative risk reduction, 33%).")
    let counted = findings.compactMap { f in f.response?.responders.map { ($0, f.response?.total) } }
    #expect(counted.map(\.0) == [37, 55, 45, 30])
    #expect(counted.map(\.1) == [190, 194, 190, 194])
    #expect(!findings.contains { [0.15, 0.33].contains($0.response?.proportion) })
  }

  /// "A total of 300 people took semaglutide 1 mg …" in one paragraph and the same for 2.4
  /// mg in the next: each arm's size, not the study's.
  @Test func aTotalGivenOneDrugIsThatArmsSize() {
    let findings = Fixtures.findings(paragraphs:
      "Researchers tested two doses of semaglutide against placebo.",
      "A total of 300 people took semaglutide 1 mg once weekly for 68 weeks.",
      "A total of 300 people took semaglutide 2.4 mg once weekly for 68 weeks.",
      "The remaining 150 people were given placebo injections.")
    #expect(findings.map { $0.cohort?.size } == [300, 300, 150])
  }

  @Test func aComparisonsSecondCountIsTheOtherOfTwoArms() throws {
    func read(_ first: String, _ second: String = "") -> [String] {
      (second.isEmpty ? Fixtures.findings(paragraphs: first) : Fixtures.findings(paragraphs: first, second)).compactMap { f in
        f.response.map { "\(f.drug?.name ?? f.arm?.label ?? "?") \($0.responders ?? -1)/\($0.total ?? -1)" }
      }.sorted()
    }
    #expect(read("Patients were randomized to omadacycline (n = 194) or moxifloxacin (n = 192).",
      "Diarrhoea occurred less often with omadacycline (1.0% vs 7.8%).") == ["moxifloxacin 15/192", "omadacycline 2/194"])
    #expect(read("Patients were randomized to sertraline (n = 40) or placebo (n = 38). Nausea occurred more often with sertraline (25.0% vs 10.5%).")
      == ["placebo 4/38", "sertraline 10/40"])
    #expect(read("Patients were randomized to omadacycline (n = 194), moxifloxacin (n = 192) or placebo (n = 190).",
      "Diarrhoea occurred less often with omadacycline (1.0% vs 7.8%).") == ["omadacycline 2/194"])
    // A comparison within the arm: the bracket follows other words than the arm's name.
    #expect(!read("Patients were randomized to omadacycline (n = 194) or moxifloxacin (n = 192).",
      "Among patients treated with omadacycline, response occurred more often in those without bacteraemia (90.1% vs 75.0%).")
      .contains { $0.hasPrefix("moxifloxacin") })
    // The arms listed in the methods, the comparison under the results' heading.
    let acrossHeading = Fixtures.pipeline.extract(try Fixtures.ingest("""
      <html><body><h2>Methods</h2><p>Patients were randomized to omadacycline (n = 194) or moxifloxacin (n = 192).</p>
      <h2>Results</h2><p>Diarrhoea occurred less often with omadacycline (1.0% vs 7.8%).</p></body></html>
      """)).findings.compactMap { f in f.response.map { "\(f.drug?.name ?? "?") \($0.responders ?? -1)/\($0.total ?? -1)" } }.sorted()
    #expect(acrossHeading == ["moxifloxacin 15/192", "omadacycline 2/194"], "\(acrossHeading)")
  }

  /// "Of 403 randomized patients, 269 continued A and 134 received placebo": the study's
  /// count pairs with no arm, though there are as many counts as arms.
  @Test func theStudysCountIsNoArmsBesideAnArmsCount() {
    let findings = Fixtures.findings("Of 403 randomized patients, 269 continued paliperidone and 134 received placebo.")
    #expect(!findings.contains { $0.cohort?.size == 403 }, "\(findings)")
    #expect(Fixtures.findings("Of 403 randomized patients, 201 were assigned to dapagliflozin.").map { $0.cohort?.size } == [201])
    #expect(findings.filter { $0.arm?.control == true }.map { $0.cohort?.size } == [134])
  }

  /// Each count that names its arm goes to it, though the arm's name runs on past the
  /// count's words ("on paliperidone | once-monthly"); the next pair follows their order.
  @Test func countsThatNameTheirArmSetTheOrderOfTheNext() {
    let findings = Fixtures.findings(paragraphs:
      "Of 403 randomized patients, 269 received paliperidone once-monthly and 134 received placebo.",
      "Relapse occurred in 10.0% of patients on paliperidone once-monthly versus 39.6% on placebo, and hospitalization in 5.2% versus 17.9%.")
    let read = findings.compactMap { f in f.response.map { "\(f.drug?.name ?? f.arm?.label ?? "?") \($0.responders ?? -1)/\($0.total ?? -1)" } }
    #expect(read.sorted() == ["paliperidone 14/269", "paliperidone 27/269", "placebo 24/134", "placebo 53/134"], "\(read)")
  }

  /// A length of treatment inside one arm's words is that arm's; after the last arm or
  /// before the first it is every arm's.
  @Test(arguments: [
    ("Women were randomised to nitrofurantoin 100 mg three times daily for 5 days or a single oral dose of fosfomycin 3 g.", ["5 days", "-"]),
    ("Women were randomised to nitrofurantoin 100 mg or fosfomycin 3 g for 5 days.", ["5 days", "5 days"]),
    ("For 12 weeks, patients took metformin 500 mg or sitagliptin 100 mg.", ["12 weeks", "12 weeks"]),
  ])
  func aDurationInsideOneArmsWordsIsThatArmsAlone(_ text: String, _ durations: [String]) {
    let read = Fixtures.findings(text).map { $0.duration?.text ?? "-" }
    #expect(read == durations, "\(text)")
  }

  /// Combinations named with a hyphen are one arm each, so a list "respectively" of three
  /// counts goes to three arms, not to the six drugs.
  @Test func combinationsJoinedByAHyphenAreOneArmEach() {
    let findings = Fixtures.findings(
      "Of 912 children randomised, 305, 303 and 304 received artemether-lumefantrine, artesunate-amodiaquine and dihydroartemisinin-piperaquine, respectively. Cure at day 28 was 94.8%, 96.4% and 98.0%, respectively.")
    let read = findings.map { "\($0.drug?.name ?? "?") \($0.cohort?.size ?? -1) \($0.response?.responders ?? -1)" }
    #expect(read == ["artemether and lumefantrine 305 289", "artesunate/amodiaquine 303 292", "artenimol and piperaquine 304 298"], "\(read)")
  }

  /// "416 women were enrolled; 210 received A and 206 oral iron": with the second arm
  /// unknown, the one arm known takes its own count, not the study's.
  @Test func anArmsOwnCountBeatsTheStudysBesideIt() {
    let findings = Fixtures.findings("Four hundred and sixteen women were enrolled; 210 received ferric carboxymaltose and 206 oral iron.")
    #expect(findings.compactMap(\.cohort?.size) == [210])
  }

  /// "max." before a dose caps it; "max." before a new sentence ends the sentence.
  @Test func maxEndsASentenceBeforeAWord() {
    let findings = Fixtures.findings("Patients on sertraline were titrated to the max. Twelve of 40 patients on sertraline responded.")
    let quote = findings.first { $0.response != nil }?.evidence.first { $0.field == "response" }?.quote
    #expect(quote?.hasPrefix("Twelve of 40") == true, "\(findings)")
  }

  /// A paragraph that opens with counts listed "respectively", before it names any arm,
  /// lists them in the order the paragraph before listed its arms, the control's place
  /// included; a count alone there goes to no arm.
  @Test func aListOpeningAParagraphFollowsTheArmsListedBefore() {
    let findings = Fixtures.findings(paragraphs:
      "A total of 177 adults were randomly assigned to ibuprofen 400 mg (n = 60), paracetamol 1000 mg (n = 58) or placebo (n = 59). Those over 65 took 200 mg.",
      "Rescue medication was needed by 20 participants. Pain relief at 2 hours was reported by 33 of 60, 29 of 58 and 12 of 59 participants, respectively. Nausea occurred in 5 participants on ibuprofen and 2 on placebo.")
    let read = findings.compactMap { f in
      f.response.map { "\(f.drug?.name ?? f.arm?.label ?? "?") \($0.responders ?? -1)/\($0.total ?? -1)" }
    }
    #expect(read.sorted() == ["acetaminophen 29/58", "ibuprofen 33/60", "ibuprofen 5/60", "placebo 12/59", "placebo 2/59"], "\(read)")
  }

  /// A route before "of" and the drug is that drug's; a frequency after another drug's
  /// dose is that drug's alone; "the oral group" is the arm of the drug given by mouth.
  @Test func groupsNamedByTheirRoute() {
    let findings = Fixtures.findings(paragraphs:
      "Of 200 adults, 100 were randomised to a single infusion of iron sucrose 500 mg and 100 to ferrous fumarate 210 mg tablets twice daily.",
      "Haemoglobin recovered in 70 of 100 women in the intravenous group and 52 of 100 in the oral group.")
    let read = findings.map { f in
      "\(f.drug?.name ?? "?") \(f.dose?.route ?? "-") \(f.dose?.perDay.map { "\($0)" } ?? "-") \(f.response?.responders ?? -1)"
    }
    #expect(read == ["iron sucrose intravenous - 70", "ferrous fumarate oral 2.0 52"], "\(read)")
  }

  /// "the low-dose group" and "the high-dose group" are the arms of the one drug given at
  /// two doses, alone or in a list of groups; not where two drugs or three doses leave
  /// the level unclear.
  @Test func groupsNamedByTheirDoseLevel() {
    func read(_ findings: [Finding]) -> [String] {
      findings.filter { $0.response != nil }.map { "\($0.drug?.name ?? $0.arm?.label ?? "?") \($0.dose?.amount ?? 0) \($0.response?.responders ?? -1)/\($0.response?.total ?? -1)" }
    }
    let listed = Fixtures.findings(paragraphs:
      "Of 300 adults, 100 were assigned to sitagliptin 50 mg, 100 to sitagliptin 100 mg and 100 to placebo.",
      "Target HbA1c was reached by 31 (31%), 44 (44%) and 12 (12%) patients in the low-dose, high-dose and placebo groups, respectively.",
      "Headache occurred in 9 patients (9.0%) in the higher-dose arm and 3 (3.0%) in the lower-dose arm.")
    #expect(read(listed) == ["sitagliptin 50.0 31/100", "sitagliptin 50.0 3/100", "sitagliptin 100.0 44/100", "sitagliptin 100.0 9/100", "placebo 0.0 12/100"], "\(read(listed))")
    // The level before the drug's name; not a dose taken before the trial, nor a daily
    // dose split otherwise.
    let beforeName = Fixtures.findings(paragraphs:
      "Patients were assigned to apixaban 2.5 mg twice daily (n = 89) or apixaban 5 mg twice daily (n = 88).",
      "Major bleeding occurred in 12 patients (13.6%) receiving high-dose apixaban and 5 patients (5.6%) receiving low-dose apixaban.",
      "Among patients who had previously received high-dose apixaban, 7 patients (30%) bled.")
    #expect(read(beforeName).filter { !$0.contains(" 0.0 ") } == ["apixaban 2.5 5/89", "apixaban 5.0 12/88"], "\(read(beforeName))")
    // The level alone after what puts people on it ("on the lower dose"), of equal-sized
    // arms too; and "standard-dose" beside "low-dose" is the higher one.
    let alone = Fixtures.findings(paragraphs:
      "Patients were randomised to acetazolamide 62.5 mg (n = 60), acetazolamide 125 mg (n = 60) or placebo (n = 60).",
      "Mountain sickness developed in 22 of 60 patients on the lower dose and 19 of 60 on the higher dose.")
    #expect(read(alone) == ["acetazolamide 62.5 22/60", "acetazolamide 125.0 19/60"], "\(read(alone))")
    let standard = Fixtures.findings(paragraphs:
      "Trekkers were randomly given acetazolamide 62.5 mg, acetazolamide 125 mg or a dummy pill. 118 people ended up in the low-dose group, 117 in the standard-dose group and 116 on placebo.",
      "Mountain sickness developed in 22 of the 118 trekkers on the lower dose.")
    #expect(standard.map { "\($0.dose?.amount ?? 0) \($0.cohort?.size ?? -1)" } == ["62.5 118", "125.0 117", "0.0 116"],
      "\(standard.map { "\($0.dose?.amount ?? 0) \($0.cohort?.size ?? -1)" })")
    let threeDoses = Fixtures.findings(paragraphs:
      "Patients were randomised to acetazolamide 62.5 mg, 125 mg or 250 mg or placebo.",
      "Mountain sickness developed in 22 of 60 patients on the lower dose and 19 of 60 on the higher dose.")
    #expect(read(threeDoses).isEmpty, "\(read(threeDoses))")
    // Schedules that differ, three doses, two drugs: which arm is "high-dose" is unclear.
    let unclear = [
      ("Patients were assigned to metformin 500 mg twice daily (n = 60) or metformin 750 mg once daily (n = 62).",
       "Gastrointestinal intolerance occurred in 9 patients (15%) in the higher-dose arm."),
      ("Patients were assigned to sitagliptin 25 mg (n = 60), sitagliptin 50 mg (n = 60) or sitagliptin 100 mg (n = 60).",
       "Headache occurred in 9 patients (15.0%) in the high-dose group."),
      ("Patients were assigned to sitagliptin 100 mg (n = 60) or metformin 1000 mg (n = 60).",
       "Headache occurred in 9 patients (15.0%) in the high-dose group."),
    ]
    for (methods, results) in unclear {
      let findings = Fixtures.findings(paragraphs: methods, results)
      #expect(read(findings).isEmpty, "\(methods) \(read(findings))")
    }
    // A clause about doses, not a list of groups.
    let clause = Fixtures.findings(paragraphs:
      "Of 200 adults, 100 were assigned to sitagliptin 50 mg and 100 to sitagliptin 100 mg.",
      "The high dose was better tolerated in both groups, and 9 patients (9.0%) had headache.")
    #expect(!clause.contains { $0.response?.responders == 9 && $0.dose?.amount == 100 }, "\(read(clause))")
  }

  /// "a placebo spray (n = 65)" is the control named with its form, no arm besides it:
  /// the sizes before it stay with their doses.
  @Test func aControlNamedWithItsFormIsTheControl() {
    let findings = Fixtures.findings(
      "The trial randomized 198 adults to esketamine 56 mg (n = 66), esketamine 84 mg (n = 67) or a placebo spray (n = 65), each given twice weekly.")
    #expect(findings.map { "\($0.drug?.name ?? $0.arm?.label ?? "?") \($0.dose?.amount ?? 0) \($0.cohort?.size ?? -1)" }
      == ["esketamine 56.0 66", "esketamine 84.0 67", "placebo 0.0 65"])
  }

  /// "the weekly group" and "the yearly group" are the arms of the drugs on those
  /// schedules, in whatever order a later paragraph names them.
  @Test func groupsNamedByTheirSchedule() {
    let findings = Fixtures.findings(paragraphs:
      "Of 621 women, 312 received an infusion of zoledronic acid 5 mg once a year, and the remaining 309 took alendronate 70 mg once a week.",
      "New fractures occurred in nineteen women in the weekly group and eleven in the yearly group.")
    #expect(findings.map { "\($0.drug?.name ?? "?") \($0.cohort?.size ?? -1) \($0.response?.responders ?? -1)" }
      == ["zoledronic acid 312 11", "alendronate 309 19"])
  }

  /// Both drugs of a combination arm take its size; the other arm keeps its own.
  @Test func aCombinationArmsSizeIsEachOfItsDrugs() {
    let findings = Fixtures.findings(
      "Adults were randomised to vonoprazan 20 mg plus amoxicillin 750 mg (n = 233) or lansoprazole 30 mg (n = 231).")
    #expect(findings.map { "\($0.drug?.name ?? "?") \($0.cohort?.size ?? -1)" } == ["vonoprazan 233", "amoxicillin 233", "lansoprazole 231"])
  }

  /// "the LGG group" makes the code "LGG" name that arm elsewhere: "158 to LGG and 155 to
  /// placebo" splits the 313 randomised, and the 313 is no arm's size.
  @Test func aCodeThatNamesAGroupNamesItsArmElsewhere() {
    let findings = Fixtures.findings(
      "A total of 313 children were randomised: 158 to LGG and 155 to placebo. AAD occurred in 11/158 (7.0%) children in the LGG group and 29/155 (18.7%) in the placebo group.")
    #expect(findings.map { "\($0.arm?.label ?? "?") \($0.cohort?.size ?? -1) \($0.response?.responders ?? -1)" } == ["LGG 158 11", "placebo 155 29"])
  }

  @Test func aTotalBeforeItsArmsSharesIsNoArmsCount() {
    let findings = Fixtures.findings(
      "Patients were randomized to placebo (N = 357) or etoricoxib 90 mg (N = 353). A total of 687 of the 891 patients (67.8% of the placebo group and 83.3% of the etoricoxib group) completed the study.")
    let placebo = findings.filter { $0.arm?.control == true }.compactMap(\.response)
    #expect(placebo.map(\.responders) == [242])
    #expect(!findings.contains { $0.response?.responders == 687 && $0.arm != nil })
  }

  /// "assigned 452 patients to drug A (n = 226) or placebo (n = 226)": the arms' own
  /// sizes after the count make it their total, no arm's size.
  @Test func aCountBeforeTheArmsOwnSizesIsTheirTotal() {
    let findings = Fixtures.findings(
      "We randomly assigned 452 patients to ruxolitinib 20 mg daily (n = 226) or placebo (n = 226). Grade 3 neutropenia occurred in 40 and 8 patients, respectively.")
    #expect(findings.map { $0.cohort?.size } == [226, 226])
    #expect(findings.map { $0.response?.total } == [226, 226])
    // "both with dexamethasone": what every arm took, no arm of its own.
    let background = Fixtures.findings(
      "We randomly assigned 452 patients to ruxolitinib 20 mg daily (n = 226) or placebo (n = 226), both with dexamethasone. Grade 3 neutropenia occurred in 40 and 8 patients, respectively.")
    #expect(background.map { $0.response?.responders } == [40, 8])
    #expect(!background.contains { $0.drug?.name == "dexamethasone" })
  }

  /// "n = 151 and n = 147." alone, a table footnote whose mark the reader dropped: sizes
  /// of some marked row, not of the arm the paragraph before named.
  /// A group given a drug, with its size between ("Group A (n = 148) received
  /// levetiracetam"), keeps that size when the sentence names the group again; two groups
  /// given one drug, one without a dose, are neither that drug's arm.
  @Test func aGroupsSizeBeforeWhatItReceived() {
    func read(_ findings: [Finding]) -> [String] {
      findings.map { "\($0.arm?.label ?? "?") \($0.drug?.name ?? "-") \($0.cohort?.size ?? -1)" }
    }
    let again = Fixtures.findings(
      "Group A (n = 148) received levetiracetam 40 mg/kg and group B (n = 145) received phenytoin 20 mg/kg; group B patients who had received phenytoin before arrival (n = 20) were excluded.")
    #expect(read(again) == ["group A levetiracetam 148", "group B phenytoin 145"], "\(read(again))")
    let oneDrug = Fixtures.findings(
      "Group A (n = 40) received ketamine 0.5 mg/kg after induction, whereas group B (n = 42) received ketamine only if agitation occurred.")
    #expect(!oneDrug.contains { $0.drug?.name == "ketamine" && $0.cohort != nil }, "\(read(oneDrug))")
    #expect(oneDrug.compactMap { $0.cohort?.size }.sorted() == [40, 42], "\(read(oneDrug))")
  }

  /// "24 patients taking naltrexone (18.2%)": people named by the drug they took are
  /// that drug's arm.
  @Test func peopleNamedByWhatTheyTook() {
    let findings = Fixtures.findings(paragraphs:
      "Patients were randomized to naltrexone 50 mg daily (n = 132) or acamprosate 666 mg three times daily (n = 131).",
      "Nausea was reported by 24 patients taking naltrexone (18.2%) and diarrhoea by 21 taking acamprosate (16.0%).")
    let read = findings.filter { $0.response != nil }.map { "\($0.drug?.name ?? "?") \($0.response?.responders ?? -1)/\($0.response?.total ?? -1)" }
    #expect(read == ["naltrexone 24/132", "acamprosate 21/131"], "\(read)")
    // The second event named in several words after "and": still the people it befell.
    let several = Fixtures.findings(paragraphs:
      "Patients were randomized to naltrexone 50 mg daily (n = 132) or acamprosate 666 mg three times daily (n = 131).",
      "Vivid dreams were reported by 21 patients on naltrexone, and loose stools or cramping by eleven patients on acamprosate.")
    #expect(Fixtures.counts(several) == ["naltrexone 21/132", "acamprosate 11/131"], "\(Fixtures.counts(several))")
    // (After a share, the second count is not read yet; it is at least no arm's size.)
    let afterShare = Fixtures.findings(paragraphs:
      "Patients were randomized to naltrexone 50 mg daily (n = 132) or acamprosate 666 mg three times daily (n = 131).",
      "Vivid dreams were reported by 15.9% of the naltrexone group, and loose stools or cramping by eleven patients on acamprosate.")
    #expect(!afterShare.contains { $0.cohort?.size == 11 }, "\(Fixtures.counts(afterShare))")
  }

  /// "73 were allocated to kangaroo mother care (KMC) and 71 to conventional incubator
  /// care": each count sizes the arm named after it, and the names, their abbreviation
  /// and their words before "group" name those arms later, in text and table headers.
  @Test func armsAParticipantFlowAllocatesPeopleTo() throws {
    func sizes(_ sentence: String) -> [String] {
      Fixtures.findings(sentence).compactMap { f in f.cohort.map { "\(f.arm?.label ?? f.drug?.name ?? "?") \($0.size)" } }
    }
    #expect(sizes("Of the 144 infants enrolled, 73 were allocated to kangaroo mother care (KMC) and 71 to conventional incubator care.")
      == ["kangaroo mother care 73", "conventional incubator care 71"])
    #expect(sizes("Of 318 patients, 160 were randomised to nurse-led telephone follow-up and 158 to usual care.")
      == ["nurse-led telephone follow-up 160", "usual care 158"])
    #expect(sizes("Of these, 120 were randomized to early oral feeding, 118 to delayed oral feeding and 119 to usual care.")
      == ["early oral feeding 120", "delayed oral feeding 118", "usual care 119"])
    // A name the list cannot tell apart from the next item, or one item alone, names no arm.
    #expect(sizes("Of 318 patients, 160 were assigned to diet and exercise and 158 to usual care.") == ["usual care 158"])
    #expect(sizes("Overall, 212 patients were randomly assigned to surgery or to watchful waiting.").isEmpty)
    #expect(sizes("In total, 212 patients were randomly assigned to surgery.").isEmpty)
    #expect(sizes("Of 212 patients, 106 were assigned to one of two groups and 106 to the other.").isEmpty)
    // Some of the people (who died, with sepsis, per protocol), places, or sequences of a
    // crossover are no arms; "Of 211 patients who were included" are all of them.
    for sentence in [
      "Of the 30 infants who died, 10 had been allocated to kangaroo mother care and 20 to conventional incubator care.",
      "Among the 60 infants with sepsis, 25 had been randomised to kangaroo mother care and 35 to conventional incubator care.",
      "In the per-protocol analysis, 66 were allocated to kangaroo mother care and 64 to conventional incubator care.",
      "In this crossover trial, 30 were allocated to sequence AB and 30 to sequence BA.",
    ] {
      #expect(sizes(sentence).isEmpty, "\(sentence): \(sizes(sentence))")
    }
    // (The control's "12 to standard care" of villages is an older rule's, not this one's.)
    #expect(!sizes("Of 24 villages, 12 were allocated to community health worker home visits and 12 to standard care.")
      .contains { $0.hasPrefix("community") })
    #expect(sizes("Of 211 patients who were included, 102 were randomly allocated to group education and 109 to control.")
      == ["group education 102", "control 109"])
    // The list after the total and a colon, or after "were randomized;".
    #expect(sizes("We randomly assigned 210 patients: 105 to cognitive behavioural therapy (CBT) and 105 to treatment as usual.")
      == ["cognitive behavioural therapy 105", "treatment as usual 105"])
    #expect(sizes("In total, 144 infants were randomized; 73 were allocated to kangaroo mother care and 71 to conventional incubator care.")
      == ["kangaroo mother care 73", "conventional incubator care 71"])
    // "the" before a name is no part of it; a clause after the list's comma ends it.
    #expect(sizes("We randomised 426 participants: 214 to the exercise programme and 212 to usual care.")
      == ["exercise programme 214", "usual care 212"])
    #expect(sizes("In all, 311 patients were randomized; 157 were allocated to mesh repair and 154 to suture repair, and all underwent the allocated operation.")
      == ["mesh repair 157", "suture repair 154"])
    // When or how long is no part of a name.
    #expect(sizes("Of 144 infants, 73 were allocated to kangaroo mother care and 71 to conventional incubator care after birth.")
      == ["kangaroo mother care 73", "conventional incubator care 71"])

    let findings = Fixtures.pipeline.extract(try Fixtures.ingest("""
      <html><body><p>Of the 144 infants enrolled, 73 were allocated to kangaroo mother care (KMC) and 71 to conventional \
      incubator care. Probable sepsis was diagnosed in 6 infants in the KMC group and 11 in the incubator group.</p>
      <table><tr><th>Outcome</th><th>Kangaroo mother care</th><th>Conventional incubator care</th><th>RR (95% CI)</th></tr>
      <tr><th></th><th>n/N (%)</th><th>n/N (%)</th><th></th></tr>
      <tr><td>Hypothermia in first 72 h</td><td>17/73 (23.3%)</td><td>33/71 (46.5%)</td><td>0.50 (0.31–0.81)</td></tr></table>
      </body></html>
      """)).findings
    let responses = Set(findings.compactMap { f in
      f.response.map { "\(f.arm?.label.lowercased() ?? "?") \($0.responders ?? -1)/\($0.total ?? -1)" }
    })
    #expect(responses == [
      "kangaroo mother care 6/73", "conventional incubator care 11/71", "kangaroo mother care 17/73", "conventional incubator care 33/71",
    ], "\(responses)")
  }

  /// "vaginal misoprostol (n = 46) or oral misoprostol (n = 45)": one drug by two routes
  /// is two arms, with or without one dose; one route, or two drugs, changes nothing.
  /// "Epidural bupivacaine was given slowly. Hypotension: 12/50 vs 4/50.": a pair
  /// compared is of the two arms the paragraph listed, not both of the drug named last,
  /// nor of a drug patients "had received" before.
  @Test func aComparedPairAfterOneDrugIsOfTheTwoArmsListed() {
    func responses(_ paragraph: String) -> [String] {
      Fixtures.findings(paragraph).compactMap { f in f.response.map { "\(f.drug?.name ?? f.arm?.label ?? "?") \($0.responders ?? -1)" } }
    }
    #expect(responses("Patients were randomised to epidural bupivacaine (n = 50) or placebo (n = 50). Epidural bupivacaine was given "
      + "as a 10 mL bolus. Hypotension: 12/50 vs 4/50.") == ["bupivacaine 12", "placebo 4"])
    #expect(responses("Patients were randomised to dexamethasone 8 mg (n = 80) or placebo (n = 80). Patients who had received "
      + "intrathecal morphine were excluded. Vomiting: 10/80 vs 25/80.") == ["dexamethasone 10", "placebo 25"])
    // Subgroups narrowed by weight keep their counts apart from the arms' totals, and the
    // weight is no dose.
    let subgroup = Fixtures.findings("Of 144 infants, 73 were allocated to kangaroo mother care and 71 to conventional incubator care. "
      + "Among infants weighing less than 1500 g, sepsis occurred in 6 infants in the kangaroo mother care group and 9 in the "
      + "conventional incubator care group.")
    let read = subgroup.compactMap { f in f.response.map { "\(f.arm?.label ?? "?") \($0.responders ?? -1)/\($0.total ?? -1) \($0.subgroup ?? "-")" } }
    #expect(read == [
      "kangaroo mother care 6/-1 infants weighing less than 1500 g", "conventional incubator care 9/-1 infants weighing less than 1500 g",
    ], "\(read)")
    #expect(subgroup.allSatisfy { $0.dose == nil })
  }

  @Test func oneDrugByTwoRoutesIsTwoArms() {
    func arms(_ paragraphs: String...) -> [String] {
      Fixtures.findings(paragraphs: paragraphs).map { f in
        "\(f.drug?.name ?? f.arm?.label ?? "?") \(f.dose?.route ?? "-") \(f.cohort?.size ?? -1) \(f.response?.responders ?? -1)"
      }
    }
    #expect(arms("Women were randomised to vaginal misoprostol (n = 46), oral misoprostol (n = 45) or placebo (n = 46).",
      "Success was seen in 31 (67.4%), 24 (53.3%) and 13 (28.3%) women, respectively.")
      == ["misoprostol vaginal 46 31", "misoprostol oral 45 24", "placebo - 46 13"])
    #expect(arms("Women were randomised to misoprostol 400 µg vaginally (n = 46) or misoprostol 400 µg orally (n = 45).")
      == ["misoprostol vaginal 46 -1", "misoprostol oral 45 -1"])
    #expect(arms("Patients were randomised to oral tranexamic acid 1.95 g (n = 75) or intravenous tranexamic acid 1 g (n = 74).")
      == ["tranexamic acid oral 75 -1", "tranexamic acid intravenous 74 -1"])
    #expect(arms("Patients were randomised to oral metformin (n = 60) or intravenous insulin (n = 58).")
      == ["metformin oral 60 -1", "insulin intravenous 58 -1"])
    // "vaginal delivery" is no route.
    #expect(arms("After vaginal delivery, 120 women were randomised to oxytocin 10 IU (n = 60) or misoprostol 600 µg (n = 60).")
      .allSatisfy { !$0.contains("vaginal") })
  }

  /// "randomised to a nurse-led telephone follow-up programme (…) or usual care": the
  /// intervention group received the one treatment set against the control.
  @Test func theInterventionGroupReceivedWhatWasSetAgainstTheControl() throws {
    func treatments(_ paragraphs: String...) -> [String] {
      Set(Fixtures.findings(paragraphs: paragraphs).compactMap { f in f.arm.map { "\($0.label): \($0.treatment ?? "-")" } }).sorted()
    }
    #expect(treatments(
      "Adults were randomised to a nurse-led telephone follow-up programme (structured calls at days 3, 7 and 14) or usual care.",
      "Within 90 days, 48 patients (30.0%) in the intervention group and 71 (44.9%) in the control group were readmitted.")
      == ["control group: -", "intervention: nurse-led telephone follow-up programme"])
    // Two treatments, or one against no control, define no intervention group.
    #expect(treatments(
      "Adults were randomised to telephone follow-up or home visits.",
      "Within 90 days, 48 patients (30.0%) in the intervention group and 71 (44.9%) in the control group were readmitted.")
      == ["control group: -", "intervention: -"])
  }

  /// "Of 241 women screened, 150 were randomised" counts all the women: no list of the
  /// arms' sizes; "27 (16.9%) and 45 (28.5%) …, respectively" is a list of several arms'
  /// counts, never all of the one arm a later sentence names.
  @Test func countsOfAllAndListsAreNoOneArms() {
    let screened = Fixtures.findings(paragraphs:
      "Women were randomised to ferrous sulfate 100 mg every other day or 100 mg daily, for 12 weeks.",
      "Of 241 women screened, 150 were randomised.")
    #expect(screened.allSatisfy { $0.cohort == nil }, "\(screened.map { $0.cohort?.size ?? -1 })")
    let listed = Fixtures.findings(paragraphs:
      "The remaining 318 were randomised, forming the intervention group (n=160) and the control group (n=158).",
      "In the subgroup of patients with diabetes (n = 51 in the intervention group and n = 49 in the control group), readmission rates were 33.3% and 49.0%.",
      "Readmission for heart failure occurred in 27 (16.9%) and 45 (28.5%) patients, respectively. Hypotension occurred in 5 (3.1%) patients in the intervention group and 2 (1.3%) controls.")
    let responses = listed.compactMap { f in f.response.map { "\(f.arm?.label ?? "?") \($0.responders ?? -1)" } }
    #expect(!responses.contains("intervention 45"), "\(responses)")
    #expect(responses.contains("intervention 5"), "\(responses)")
  }

  @Test func sizesAloneInAParagraphAreNoArms() {
    let findings = Fixtures.findings(paragraphs:
      "Three hundred women were randomized: 151 to carbetocin and 149 to oxytocin.",
      "Oxytocin 10 IU in 500 mL Ringer lactate infused over 4 h.",
      "n = 151 and n = 147.")
    let sizes = findings.compactMap { f in f.cohort.map { "\(f.drug?.name ?? "?") \($0.size)" } }
    #expect(sizes == ["carbetocin 151", "oxytocin 149"], "\(sizes)")
  }

  @Test func groupsNamedByALetterAndADigitStayApart() {
    let findings = Fixtures.findings(
      "Nausea was less frequent in groups H1 and H2 (22% in group H1 and 20% in group H2) than in group H0 (42% in group H0).")
    #expect(findings.map { $0.arm?.label } == ["group H1", "group H2", "group H0"])
    #expect(findings.map { $0.response?.proportion } == [0.22, 0.2, 0.42])
  }

  /// "Group M30": a letter and the dose it stands for name the group; its digits are no
  /// count, and the group is the drug's arm the methods gave it.
  @Test func groupsNamedByALetterAndANumber() {
    let findings = Fixtures.findings(paragraphs:
      "Patients were randomized to magnesium sulfate 30 mg/kg (Group M30), magnesium sulfate 50 mg/kg (Group M50) or normal saline (Group S).",
      "The remaining 121 patients were randomized: 40 to Group M30, 41 to Group M50 and 40 to Group S.",
      "Sedation was commoner with the higher dose: 22.0% of patients in Group M50 had a Ramsay score of 3 or more, compared with 10.0% in Group M30 and 2.5% in Group S.")
    let read = findings.map { "\($0.arm?.label ?? "?") \($0.drug?.name ?? "-") \($0.cohort?.size ?? -1) \($0.response?.responders ?? -1)/\($0.response?.total ?? -1)" }
    #expect(read == ["group M30 magnesium sulfate 40 4/40", "group M50 magnesium sulfate 41 9/41", "group S - 40 1/40"], "\(read)")
  }

  @Test func countsPairedWithAnUnknownArmPairWithNone() {
    let findings = Fixtures.findings(
      "Grade 3 AEs occurred more often among patients in the IFN beta-1a arm than in the Control arm (93.2% vs 66.7%, respectively).")
    #expect(!findings.contains { $0.response != nil })
    let known = Fixtures.findings(
      "Remission occurred in 40% and 20% of patients in the sertraline group and the placebo group, respectively.")
    #expect(known.map { $0.response?.proportion } == [0.4, 0.2])
  }

  @Test func comparedPairsFollowTheArmsInTheOrderNamed() {
    let findings = Fixtures.findings(
      "More patients treated with daclizumab than with interferon improved at week 96 (60.0% vs 54.1%) and week 144 (65.5% vs 52.0%).")
    #expect(findings.filter { $0.drug?.name == "daclizumab" }.map { $0.response?.proportion } == [0.6, 0.655])
    #expect(findings.filter { $0.drug?.name == "interferon" }.map { $0.response?.proportion } == [0.541, 0.52])
  }

  @Test func anArmNamedRightAfterAShare() {
    let findings = Fixtures.findings(
      "Patients were randomized to the cooling group (n = 38) or the noncooling group (n = 39). Good recovery was seen in 63.2% of patients in cooling group compared to only 15.4% in noncooling group.")
    #expect(findings.map { $0.arm?.label } == ["cooling", "noncooling"])
    #expect(findings.map { $0.response?.responders } == [24, 6])
    // A dose before the name is the arm's regimen, not a word of its name.
    let dosed = Fixtures.findings("Events were 5.1%, 3.6% and 5.0% in the placebo, 30 µg YIC and 60 µg YIC groups, respectively.")
    #expect(!dosed.contains { $0.arm?.label.contains("YIC") == true })
  }

  /// "88 of 233 intervention and 60 of 229 control participants": the first arm's word
  /// shares the noun of the second's.
  @Test func armWordsShareTheNounOfTheNextArm() {
    let findings = Fixtures.findings("Abstinence was achieved by 88 of 233 intervention and 60 of 229 control participants.")
    #expect(findings.map { $0.arm?.control } == [false, true])
    #expect(findings.map { $0.response?.responders } == [88, 60])
    let notShared = Fixtures.findings("Abstinence was achieved by 88 of 233 patients and 60 of 229 control participants.")
    #expect(notShared.map { $0.response?.responders } == [60])
    #expect(notShared.map { $0.arm?.control } == [true])
  }

  /// Counts that each name their own arm go to it, whatever order the sentence named
  /// the arms in before: "with midazolam", "the latter".
  @Test func countsBesideTheirArmsIgnoreTheOrderNamedBefore() {
    let sized = "Patients received ketamine (n = 94) or midazolam (n = 90)."
    for text in [
      "Response was more frequent with ketamine than with midazolam: 19 of 90 with midazolam and 51 of 94 with ketamine.",
      "Response was more frequent with ketamine than with midazolam, the latter 19 of 90 and the former 51 of 94.",
    ] {
      let findings = Fixtures.findings(sized + " " + text)
      #expect(findings.map { $0.drug?.name } == ["ketamine", "midazolam"], "\(text)")
      #expect(findings.map { $0.response?.responders } == [51, 19], "\(text)")
    }
    // The control named first in a comparison, then again beside its own count.
    let compared = Fixtures.findings(
      "Smokers were randomised to an app (n = 210) or to controls (n = 205). Compared with controls, 33 of 210 participants in the app group quit smoking; 19 of 205 in the control group did so.")
    #expect(compared.map { $0.arm?.control } == [false, true])
    #expect(compared.map { $0.response?.responders } == [33, 19])
    let controls = Fixtures.findings(
      "Rescue medication was used less often in the intervention group than in the control group: the former 61 (26.2%), the latter 97 (42.4%).")
    #expect(controls.map { $0.arm?.label } == ["intervention", "control group"])
    #expect(controls.map { $0.response?.responders } == [61, 97])
  }

  /// "from our waiting list": a list someone keeps is no waiting-list arm.
  @Test func aListSomeoneKeepsIsNoControlArm() {
    let findings = Fixtures.findings("We invited 412 people from our waiting list, and 174 agreed to take part.")
    #expect(!findings.contains { $0.arm?.control == true })
    for list in ["a waiting list", "our waiting list"] {
      let arm = Fixtures.findings("Patients were randomised to exercise (n = 40) or \(list) (n = 41).")
      #expect(arm.filter { $0.arm?.control == true }.map { $0.cohort?.size } == [41], "\(list)")
    }
  }

  /// As many counts as the arms listed right after them pair in order, "respectively"
  /// unsaid; without that, the first arm of the list is not the last count's own.
  @Test func countsBeforeAnEqualListOfArmsPairInOrder() {
    let sized = "Patients were randomised to dupilumab 150 mg (n = 241), dupilumab 300 mg (n = 239) or placebo (n = 120)."
    let findings = Fixtures.findings(sized + " Conjunctivitis was reported by 3/120 (2.5%), 19/241 (7.9%) and 24/239 (10.0%) patients in the placebo, 150 mg and 300 mg groups through week 52.")
    #expect(findings.filter { $0.response != nil }.map { $0.dose?.amount } == [150, 300, nil])
    #expect(findings.filter { $0.response != nil }.map { $0.response?.responders } == [19, 24, 3])
    let fewer = Fixtures.findings(sized + " Conjunctivitis was reported by 19/241 and 24/239 patients in the placebo, 150 mg and 300 mg groups.")
    #expect(!fewer.contains { $0.arm?.control == true && $0.response != nil })
    let lettered = Fixtures.findings(
      "Patients were randomised to group A (n = 188), group B (n = 186) or group C (n = 190). Deep SSI occurred in 7, 4 and 11 patients in groups A, B and C.")
    #expect(lettered.map { $0.response?.responders } == [7, 4, 11])
    #expect(lettered.map { $0.arm?.label } == ["group A", "group B", "group C"])
  }

  /// Counts of a list that no arm names, each fitting the size of exactly one arm (a
  /// stated total, or a share only that size gives), are those arms', in any order.
  @Test func countsOfAListGoToTheArmsTheirTotalsFit() {
    let findings = Fixtures.findings("""
      Of 241 people screened, 183 were randomised: 62 to CBT-I, 60 to zolpidem and 61 to SHE. \
      At 12 weeks, remission was observed in 40.3% (25/62) of the CBT-I group, 35.0% (21/60) of the zolpidem group and 14.8% (9/61) of the SHE group. \
      At least one fall was recorded in 2 (3.2%), 7 (11.7%) and 3 (4.9%) participants, respectively.
      """)
    func counts(_ arm: String) -> [Int?] {
      findings.filter { ($0.drug?.name ?? $0.arm?.label) == arm }.map { $0.response?.responders }
    }
    #expect(counts("CBT-I") == [25, 2])
    #expect(counts("zolpidem") == [21, 7])
    #expect(counts("SHE") == [9, 3])
    #expect(findings.map { $0.cohort?.size } == [62, 62, 60, 60, 61, 61])
    // A sentence that names an arm is left to the rules that pair counts with names: "With
    // ceftriaxone, cure at days 7, 14 and 28 was …" is one arm's, whatever the totals.
    let oneArm = Fixtures.findings(paragraphs:
      "Patients were randomised to ceftriaxone (n = 52), azithromycin (n = 50) or doxycycline (n = 48).",
      "With ceftriaxone, cure at days 7, 14 and 28 was seen in 45/52, 40/50 and 38/48 patients.")
    #expect(!oneArm.contains { $0.drug?.name != "ceftriaxone" && $0.response != nil })
    // Two arms of one size: the totals say nothing, and the list is left to the order rules.
    let even = Fixtures.findings("""
      Patients were randomised to drug A 10 mg (n = 60) or drug A 20 mg (n = 60). \
      Falls were recorded in 12/60 and 14/61.
      """)
    #expect(!even.contains { $0.response?.responders == 14 })
  }

  /// Counts before a list of arms that "respectively" pairs them with go to those arms in
  /// order, though the sentence names a further arm after them.
  @Test func respectiveCountsPairWithTheListAfterThem() {
    let sized = Fixtures.findings(paragraphs:
      "Patients were randomised to oxcarbazepine 1200 mg (n = 122), oxcarbazepine 2400 mg (n = 123) or placebo (n = 121).",
      "Overall, 67.8% of patients completed 16 weeks, with 21.5% of placebo patients discontinuing prematurely compared with 32.8% and 42.3% in the 1200-mg and 2400-mg groups, respectively.")
    #expect(sized.filter { $0.dose != nil && $0.response != nil }.map { "\($0.dose?.amount ?? -1) \($0.response?.responders ?? -1)" }
      == ["1200.0 40", "2400.0 52"])
  }

  /// "a single 3 g oral dose of fosfomycin": the amount before "dose of" is the next
  /// drug's, not the one named before it.
  @Test func anAmountBeforeDoseOfIsTheNextDrugs() {
    let findings = Fixtures.findings(
      "The women were randomly assigned to nitrofurantoin 100 mg three times daily for 5 days (255 women) or a single 3 g oral dose of fosfomycin (258 women).")
    #expect(findings.map { "\($0.drug?.name ?? "") \($0.dose?.amount ?? -1) \($0.cohort?.size ?? -1)" }
      == ["nitrofurantoin 100.0 255", "fosfomycin 3.0 258"])
  }

  /// A compound of several hyphens names its arm whole ("the wait-and-see group"); a word
  /// of a regimen names the allocated arm that has it ("the injection group" after "68 to
  /// corticosteroid injection").
  @Test func compoundsAndProcedureWordsNameAllocatedArms() {
    let findings = Fixtures.findings(paragraphs:
      "In all, 207 participants were randomised: 70 to physiotherapy, 68 to corticosteroid injection and 69 to wait-and-see.",
      "At 6 weeks, 51 of 67 participants in the injection group reported treatment success, compared with 32 of 68 in the physiotherapy group and 22 of 68 in the wait-and-see group.")
    #expect(findings.map { "\($0.arm?.label ?? "") \($0.cohort?.size ?? -1) \($0.response?.responders ?? -1)" }
      == ["physiotherapy 70 32", "corticosteroid injection 68 51", "wait-and-see 69 22"])
  }

  /// A drug the article gave two named groups, named bare beside counts of those groups
  /// ("attributable to olanzapine"), is no arm of its own: the groups keep their counts.
  @Test func aBareDrugOfTwoGroupsNamesNoArm() {
    let findings = Fixtures.findings(paragraphs:
      "Group A received olanzapine 5 mg at bedtime; group B received olanzapine 10 mg; group C received a matching placebo.",
      "In all, 264 patients were randomised: 88 to group A, 87 to group B and 89 to group C.",
      "Somnolence was the most frequent adverse event attributable to olanzapine and was reported in 21 of 88 patients in group A, 33 of 87 in group B and 9 of 89 in group C.")
    #expect(findings.filter { $0.response != nil }.map { "\($0.arm?.label ?? "") \($0.response?.responders ?? -1)" }
      == ["group A 21", "group B 33", "group C 9"])
  }

  /// A dose alone names the arm an earlier paragraph gave it, even where this one names
  /// that arm's drug or another ("the 20 mg, 40 mg, escitalopram and placebo groups").
  @Test func dosesInAListNameTheArmsOfEarlierParagraphs() {
    let findings = Fixtures.findings(paragraphs:
      "Patients were randomised to vortioxetine 20 mg (n = 130), vortioxetine 40 mg (n = 129), escitalopram 10 mg (n = 131) or placebo (n = 133).",
      "Sexual dysfunction was less frequent with vortioxetine than with escitalopram. Suicidal ideation was recorded in 3, 4, 2 and 5 patients in the 20 mg, 40 mg, escitalopram and placebo groups, respectively.")
    let counts = findings.filter { $0.response != nil }
    #expect(counts.map { $0.response?.responders } == [3, 4, 2, 5])
    #expect(counts.map { $0.response?.total } == [130, 129, 131, 133])
    // The comparator's name alone in the list: the doses still name the other drug's arms.
    let comparator = Fixtures.findings(paragraphs:
      "Patients were randomised to vortioxetine 20 mg (n = 120), vortioxetine 40 mg (n = 121), escitalopram 10 mg (n = 119) or placebo (n = 120).",
      "Response at week 8 occurred in 62, 70, 58 and 40 patients in the 20 mg, 40 mg, escitalopram and placebo groups, respectively.")
    #expect(comparator.filter { $0.response != nil }.map { $0.response?.total } == [120, 121, 119, 120])
  }

  /// "Compared with placebo, … for 100 mg and … for 200 mg" names arms in a comparison:
  /// a later "respectively" follows the order the counts were given in before.
  @Test func aComparisonDoesNotReorderTheArms() {
    let findings = Fixtures.findings(paragraphs:
      "Patients were randomised to ranolazine 100 mg (n = 158), ranolazine 200 mg (n = 161) or placebo (n = 160).",
      "POAF occurred in 29 of 158 patients in the 100 mg group, 21 of 161 in the 200 mg group and 47 of 160 in the placebo group. Compared with placebo, the relative risk was 0.63 for 100 mg and 0.44 for 200 mg. Cardioversion was needed in 6, 4 and 15 patients, respectively.")
    let cardioversion = findings.filter { $0.response?.outcome?.contains("Cardioversion") == true }
    #expect(cardioversion.map { $0.response?.responders } == [6, 4, 15])
    #expect(cardioversion.map { $0.response?.total } == [158, 161, 160])
  }

  @Test func countsListedBeforeTheirNounFollowTheArms() {
    let findings = Fixtures.findings(
      "Patients took resveratrol or placebo. Outcomes were analyzed in 21 and 18 subjects in the resveratrol and placebo arms, respectively.")
    #expect(findings.map { $0.cohort?.size } == [21, 18])
    #expect(findings.first?.drug?.name == "resveratrol")
    // A digit after "group" before people counts them; a list of what people had names no arms.
    let counted = Fixtures.findings("In the CGM group 5 participants withdrew before the visit.")
    #expect(!counted.contains { $0.arm?.label == "group 5" })
    let listed = Fixtures.findings(
      "Indications for imaging included: radicular pain (n = 60), motor deficits (n = 28) and cancer (n = 3).")
    #expect(listed.allSatisfy { $0.arm == nil })
  }

  @Test func aRoundedShareJoinsItsFinerStatement() {
    let findings = Fixtures.findings(paragraphs:
      "Patients were randomized (N = 357 for placebo, N = 353 for etoricoxib). Response was 41% in the placebo group and 59% in the etoricoxib group.",
      "Response was 40.9% in the placebo group and 58.7% in the etoricoxib group.")
    #expect(findings.count == 2)
    #expect(Set(findings.compactMap { $0.response?.proportion }) == [0.409, 0.587])
    #expect(findings.first { $0.arm?.control == true }?.response?.responders == 146)
  }

  @Test func aCombinationAmongOtherArmsSharesNoSize() {
    let findings = Fixtures.findings(
      "Levels were compared between controls (n = 40) and patients enrolled onto trial (n = 89), by treatment (gemcitabine plus vismodegib or gemcitabine plus placebo).")
    #expect(!findings.contains { $0.drug != nil && $0.cohort != nil })
    #expect(!findings.contains { $0.arm?.label == "trial" || $0.arm?.label == "onto trial" })
  }

  @Test func aCountOfAGroupNoRuleKnowsGoesToNoOtherArm() {
    let findings = Fixtures.findings(
      "Patients were randomized to intravenous or topical tranexamic acid or placebo (80 each). Transfusion was required in 3.8% of patients in the intravenous group, 6.3% in the topical group and 20.8% in the placebo group.")
    let placebo = findings.filter { $0.arm?.control == true }.compactMap { $0.response?.proportion }
    #expect(placebo == [0.208])
    // One trial's three arms, one of them a combination of the other two.
    let three = Fixtures.findings(
      "Of 630 randomized participants (210 varenicline, 208 nicotine patch, 212 varenicline plus nicotine patch), abstinence was achieved by 28.1%, 20.7% and 34.0%, respectively.")
    #expect(!three.contains { $0.cohort?.size == 630 || $0.response?.total == 630 })
  }

  @Test func aShareAfterAnArmNoRuleKnowsIsNotTheOtherArms() {
    let findings = Fixtures.findings("Clearance was achieved in 64% with tofacitinib and 31% with phototherapy.")
    #expect(findings.compactMap { $0.response?.proportion } == [0.64])
    let doses = Fixtures.findings(
      "IGA responses were 28.4% and 38.1% with the 100-mg and 200-mg doses of abrocitinib, respectively, compared with 9.1% with placebo.")
    #expect(Set(doses.compactMap { $0.response?.proportion }) == [0.284, 0.381, 0.091])
  }

  @Test func furtherListsOfCountsFollowTheArmsInOrder() {
    let findings = Fixtures.findings(
      "Children were randomized to dexamethasone 0.15 mg/kg (n = 131), dexamethasone 0.6 mg/kg (n = 130) or prednisolone (n = 129). Vomiting occurred in 4 (3.1%), 3 (2.3%) and 13 (10.1%) children in the dexamethasone 0.15 mg/kg, dexamethasone 0.6 mg/kg and prednisolone groups, respectively, and sleep disturbance in 12 (9.2%), 10 (7.7%) and 11 (8.5%).")
    let counts = findings.compactMap { f in f.response.map { "\(f.drug?.name ?? "") \(f.dose?.amount ?? 0) \($0.responders ?? -1)/\($0.total ?? -1) \($0.outcome ?? "")" } }
    #expect(Set(counts) == [
      "dexamethasone 0.15 4/131 Vomiting", "dexamethasone 0.15 12/131 sleep disturbance",
      "dexamethasone 0.6 3/130 Vomiting", "dexamethasone 0.6 10/130 sleep disturbance",
      "prednisolone 0.0 13/129 Vomiting", "prednisolone 0.0 11/129 sleep disturbance",
    ])
    let named = Fixtures.findings(
      "Flares were reported by 11 participants (11%) in the exercise group and 4 (4%) in the education group; muscle soreness by 17 (17%) and 2 (2%); and falls by 3 (3%) and 2 (2%), respectively.")
    #expect(named.filter { $0.arm?.label == "exercise" }.compactMap { $0.response?.responders } == [11, 17, 3])
    #expect(named.filter { $0.arm?.label == "education" }.compactMap { $0.response?.responders } == [4, 2, 2])
  }

  /// Phrasings a review found the rules above had broken; each keeps its facts.
  @Test(arguments: [
    ("Remission occurred in 24 of 40 patients (60%) at 8 weeks in the sertraline group.", ["sertraline 24/40"]),
    ("Remission rates in each group were 45% and 20% with sertraline and placebo, respectively.", ["sertraline 0.45", "placebo 0.2"]),
    ("Remission was achieved by 21 (52.5%) patients assigned to sertraline and 10 (25%) patients assigned to placebo.",
      ["sertraline 21/40", "placebo 10/40"]),
    ("Remission was achieved in 21 (52.5%) of the 40 patients on sertraline.", ["sertraline 21/40"]),
    ("Remission rates ranged from 45% in the sertraline group to 20% in the placebo group.", ["sertraline 0.45", "placebo 0.2"]),
    ("Of them, 4 of 40 sertraline patients, 2 in week 1, withdrew.", []),
  ])
  func responsesKeptAfterReview(_ text: String, _ expected: [String]) {
    let findings = Fixtures.findings(paragraphs: "Patients were randomized to sertraline or placebo.", text)
    let got = findings.compactMap { f -> String? in
      guard let r = f.response else { return nil }
      let who = f.drug?.name ?? f.arm?.label ?? "?"
      if let responders = r.responders, let total = r.total { return "\(who) \(responders)/\(total)" }
      return "\(who) \(NumberText.canonical(r.proportion ?? -1))"
    }
    #expect(Set(got) == Set(expected), "\(text)")
  }

  @Test func sizesKeptAfterReview() {
    for text in [
      "Adverse events were compared between the sertraline (n = 50) and placebo (n = 48) groups.",
      "With a power of 80%, patients were randomized to sertraline (50 patients) or placebo (48 patients).",
    ] {
      #expect(Set(Fixtures.findings(text).compactMap { $0.cohort?.size }) == [50, 48], "\(text)")
    }
    // A combination's facts are both drugs'; a later clause naming one drug again changes nothing.
    let combination = Fixtures.findings("Forty women took minoxidil 0.25 mg together with spironolactone 25 mg daily; minoxidil was well tolerated.")
    #expect(combination.filter { $0.cohort?.size == 40 }.count == 2)
    // A combination within one arm of a sentence that names arms shares nothing.
    let arms = Fixtures.findings(
      "In total, 278 adults were randomized to appendectomy (n = 140) or antibiotic therapy (n = 138) with levofloxacin plus metronidazole.")
    #expect(!arms.contains { $0.cohort?.size == 278 })
  }

  @Test func listsOfOneArmsOutcomesGoToTheArmNamedAfterThem() {
    let findings = Fixtures.findings(
      "Worsening, stability and improvement were seen in 19.4%, 20.6% and 60.0%, respectively, in the sertraline group and in 24.8%, 21.1% and 54.1%, respectively, in the placebo group.")
    #expect(findings.filter { $0.drug?.name == "sertraline" }.compactMap { $0.response?.proportion } == [0.194, 0.206, 0.6])
    #expect(findings.filter { $0.arm?.control == true }.compactMap { $0.response?.proportion } == [0.248, 0.211, 0.541])
  }

  @Test func respectivelyWithoutArmsFollowsTheArmsBefore() {
    let findings = Fixtures.findings(
      "Women were randomized to tranexamic acid (n = 590) or placebo (n = 588). Blood loss above 1000 mL occurred in 20.0% of women given tranexamic acid and 25.0% of those given placebo. Red-cell transfusion was given to 19 women (3.2%) and 24 women (4.1%), respectively.")
    #expect(findings.filter { $0.drug?.name == "tranexamic acid" }.compactMap { $0.response?.responders } == [118, 19])
    #expect(findings.filter { $0.arm?.control == true }.compactMap { $0.response?.responders } == [147, 24])
    // Arms the sentence names but the rules do not know: no pairing with the arms before.
    let unknown = Fixtures.findings(
      "Women were randomized to drug A or placebo. Data were available for 88 (94%) and 84 (90%) in the SD48W and SD24W arms, respectively.")
    #expect(!unknown.contains { $0.response?.responders == 88 || $0.response?.responders == 84 })
  }

  @Test func countsInBracketsAfterSharesAreTheSharesPeople() {
    let findings = Fixtures.findings(
      "Remission occurred in 54.2%, 37.9% and 35.1% of participants in the combination, sertraline and CBT groups (32, 22 and 20 participants, respectively).")
    #expect(!findings.contains { [32, 22, 20].contains($0.cohort?.size) })
  }

  @Test func twoArmsInOneSentence() {
    let findings = Fixtures.findings(
      "Patients were randomized to baricitinib 2 mg (n = 184) or 4 mg (n = 281) once daily or placebo for 36 weeks.")
    #expect(findings.count == 2)
    #expect(findings.map { $0.dose?.amount } == [2, 4])
    #expect(findings.map { $0.cohort?.size } == [184, 281])
    #expect(findings.allSatisfy { $0.dose?.perDay == 1 && $0.duration?.minDays == 252 })
  }

  @Test func percentagesToArmsInOrder() {
    let findings = Fixtures.findings(
      "Adults received baricitinib 4 mg (n = 281) or 2 mg (n = 184) daily. At week 36, 38.8% and 22.8% of patients, respectively, achieved a SALT score of 20 or less.")
    #expect(findings.map { $0.response?.responders } == [109, 42])
  }

  @Test func countsBeforeTheirArmsAndControl() {
    let findings = Fixtures.findings(
      "In the trial, 847 patients were randomised: 281 to upadacitinib 15 mg, 285 to upadacitinib 30 mg and 281 to placebo.")
    #expect(findings.filter { $0.drug != nil }.map { $0.cohort?.size } == [281, 285])
    #expect(findings.filter { $0.drug == nil }.map { $0.cohort?.size } == [281])
    #expect(findings.last?.arm == ArmReference(label: "placebo", control: true))
  }

  @Test func armAndPlaceboCountsPair() {
    let findings = Fixtures.findings(
      "In the first trial, 603 adults were assigned to tralokinumab 300 mg every two weeks and 199 were assigned to placebo.")
    #expect(findings.map { $0.cohort?.size } == [603, 199])
    #expect(findings.map { $0.drug?.name } == ["tralokinumab", nil])
  }

  @Test func studyTotalWithPlaceboIsNoArmSize() {
    let findings = Fixtures.findings(
      "The trial enrolled 541 patients. With 10 mg twice daily for eight weeks, 16.6% of patients on tofacitinib reached remission, versus 3.6% of those on placebo.")
    #expect(findings.count == 2)
    #expect(findings.allSatisfy { $0.cohort == nil })
    #expect(findings.map { $0.response?.proportion } == [0.166, 0.036])
  }

  @Test func armsNamedByTheirSchedule() {
    let findings = Fixtures.findings(
      "Adults were assigned to drug ixekizumab 80 mg every 2 weeks (n = 385), ixekizumab 80 mg every 4 weeks (n = 386) or placebo (n = 193). At week 12, 87.3% of patients in the every-2-weeks group and 84.2% of those in the every-4-weeks group responded, compared with 7.3% on placebo.")
    #expect(findings.map { $0.response?.responders } == [336, 325, 14])
    #expect(findings.last?.arm?.control == true && findings.last?.cohort?.size == 193)
  }

  @Test func respectivelyFollowsTheArmsBefore() {
    let findings = Fixtures.findings(
      "Patients received upadacitinib 15 mg (n = 276), upadacitinib 30 mg (n = 282) or placebo (n = 278) once daily. EASI-75 was achieved by 60%, 73% and 13% of patients, respectively.")
    #expect(findings.map { $0.response?.responders } == [166, 206, 36])
    #expect(findings.map { $0.drug?.name } == ["upadacitinib", "upadacitinib", nil])
  }

  @Test func parallelPercentagesFollowTheirArms() {
    let findings = Fixtures.findings(
      "Patients were re-randomized to tofacitinib 5 mg (n = 198) or 10 mg (n = 197) twice daily, or placebo (n = 198), for 52 weeks. At one year, 34.3% and 40.6% of patients on the 5 mg and 10 mg doses were in remission, compared with 11.1% of those switched to placebo.")
    #expect(findings.map { $0.response?.responders } == [68, 80, 22])
    // The treatment's duration is the drug arms'; a control arm states only counts.
    #expect(findings.filter { $0.drug != nil }.allSatisfy { $0.duration?.minDays == 364 })
  }

  @Test func countWithPercentInParenthesesIsOneResponse() {
    let findings = Fixtures.findings(
      "It enrolled 5,522 patients, who took colchicine 0.5 mg once a day (n = 2,762) or placebo (n = 2,760). An event occurred in 187 of 2,762 patients (6.8%) in the colchicine group and in 264 of 2,760 patients (9.6%) in the placebo group.")
    #expect(findings.count == 2)
    #expect(findings.first?.response == Response(responders: 187, total: 2762, proportion: 0.0677, outcome: "event"))
    #expect(findings.last?.response == Response(responders: 264, total: 2760, proportion: 0.0957, outcome: "event"))
  }

  @Test func halvesOfOneArmJoin() {
    let document = Document(
      source: "t", title: "",
      blocks: [
        Block(kind: .paragraph, text: "Adults took oral drug upadacitinib 15 mg once daily (n = 276) or placebo (n = 278) for 16 weeks.", line: 1),
        Block(kind: .heading, text: "Results", line: 2),
        Block(kind: .paragraph, text: "Of 554 patients, 276 were assigned to upadacitinib 15 mg and 278 to placebo. At week 16, 60% of patients on 15 mg responded, against 13% on placebo.", line: 3),
      ])
    let findings = Fixtures.pipeline.extract(document).findings.filter { $0.drug != nil }
    #expect(findings.count == 1)
    #expect(findings.first?.dose == Dose(amount: 15, unit: "mg", perDay: 1, route: "oral"))
    #expect(findings.first?.response?.responders == 166)
  }

  @Test func explicitArmSizeBeatsTheStudyTotal() {
    let findings = Fixtures.findings(
      "The trial randomized 435 adults to bimekizumab 320 mg, given as injections every four weeks (n = 349), or to placebo (n = 86).")
    #expect(findings.map { $0.cohort?.size } == [349, 86])
  }

  @Test func anotherScheduleIsAnotherArm() {
    let findings = Fixtures.findings(
      "Responders were assigned to vedolizumab 300 mg every 8 weeks (n = 122) or every 4 weeks (n = 125), or to placebo (n = 126).")
    #expect(findings.map { $0.cohort?.size } == [122, 125, 126])
    #expect(findings.map { $0.dose?.perDay } == [0.017857, 0.035714, nil])
    #expect(findings.filter { $0.drug != nil }.allSatisfy { $0.dose?.amount == 300 })
  }

  @Test func controlArmInItsOwnSentence() {
    let findings = Fixtures.findings(
      "Patients applied ruxolitinib 1.5% cream (n = 221) twice daily for 24 weeks. In the vehicle group, 8 of 109 patients reached the goal.")
    #expect(findings.map { $0.drug?.name } == ["ruxolitinib", nil])
    let vehicle = findings.last
    #expect(vehicle?.arm == ArmReference(label: "vehicle", control: true))
    #expect(vehicle?.response == Response(responders: 8, total: 109, proportion: 0.0734, outcome: "goal"))
    #expect(vehicle?.evidence.contains { $0.field == "arm" && $0.text == "vehicle" } == true)
  }

  @Test func armsWithoutADrug() {
    let findings = Fixtures.findings("""
      We randomized 78 adults to the exercise group (n = 40) or the control group (n = 38). \
      In the exercise group, 21 (52.5%) patients reached the goal compared to 8 (21.1%) in the control group.
      """)
    #expect(findings.map { $0.arm?.label } == ["exercise", "control group"])
    #expect(findings.map { $0.cohort?.size } == [40, 38])
    #expect(findings.map { $0.response?.responders } == [21, 8])
    #expect(findings.map { $0.response?.total } == [40, 38])
    // "the intervention" is what was done, not a group: no arm.
    let done = Fixtures.findings("The intervention was delivered by nurses to 40 patients, and 21 of 40 patients reached the goal.")
    #expect(done.allSatisfy { $0.arm == nil })
  }

  /// Counts that an arm's name beside them assigns, whatever the outcome is called.
  @Test(arguments: [
    "Twelve patients (30.0%) in the yoga group and five (13.2%) in the control group reported pain relief.",
    "In the yoga group, 12 of the 40 patients had pain relief, compared with 5 of the 38 controls.",
    "Pain relief: yoga group 12/40 (30%), control group 5/38 (13.2%).",
  ])
  func countsBesideAnArmAreItsOwn(_ results: String) {
    let findings = Fixtures.findings("Patients were randomized to the yoga group (n = 40) or the control group (n = 38). " + results)
    #expect(findings.map { $0.arm?.label } == ["yoga", "control group"], "\(results)")
    #expect(findings.map { $0.response?.responders } == [12, 5], "\(results)")
    #expect(findings.map { $0.response?.total } == [40, 38], "\(results)")
  }

  /// "with placebo in 3": the arm before "in" names the count after it, and is never the
  /// count before it ("in 12 (24%) and with placebo in 3").
  @Test(arguments: [
    "Nausea was reported with ruxolitinib 20 mg in 12 (24%) and with placebo in 3 (6%).",
    "Nausea was reported with ruxolitinib in 12 (24%) and with placebo in 3 (6%).",
    "Nausea occurred with placebo in 3 (6%) and with ruxolitinib 20 mg once daily in 12 (24%).",
    "Nausea was seen on ruxolitinib in 12 of 50 patients and on placebo in 3 of 50.",
  ])
  func anArmBeforeInNamesTheCountAfterIt(_ results: String) {
    let findings = Fixtures.findings("Patients were randomized to ruxolitinib 20 mg once daily (n = 50) or placebo (n = 50). " + results)
    let drug = findings.filter { $0.drug?.name == "ruxolitinib" }.compactMap { $0.response?.responders }
    let placebo = findings.filter { $0.arm?.control == true }.compactMap { $0.response?.responders }
    #expect(drug == [12], "\(results)")
    #expect(placebo == [3], "\(results)")
  }

  /// A control named again after the list ("(P < .001 vs vehicle)") is the same arm, and
  /// "in the same order" says "respectively".
  @Test(arguments: [
    "Success was achieved by 31 (36.9%), 42 (48.8%) and 11 (12.9%) patients in the DRX-417 0.5%, DRX-417 1% and vehicle groups, respectively (P < .001 for each dose vs vehicle).",
    "Success was achieved by 31 (36.9%), 42 (48.8%) and 11 (12.9%) patients in the DRX-417 0.5%, DRX-417 1% and vehicle groups, in the same order, which was better than vehicle.",
  ])
  func listsAfterWhichTheControlIsNamedAgain(_ results: String) {
    let findings = Fixtures.findings("Adults were randomised to DRX-417 0.5% cream (n = 84), DRX-417 1% cream (n = 86) or vehicle cream (n = 85). " + results)
    #expect(findings.map { $0.response?.responders } == [31, 42, 11], "\(results)")
    #expect(findings.map { $0.response?.total } == [84, 86, 85], "\(results)")
  }

  @Test func countsOfPeopleWhoLeftInTheSameOrderAreNoSizes() {
    let findings = Fixtures.findings("""
      Adults were randomised to DRX-417 0.5% cream (n = 84), DRX-417 1% cream (n = 86) or vehicle cream (n = 85). \
      PASI-75 was reached by 33.3%, 45.3% and 10.6% of patients in the same order; 6, 5 and 9 patients, in the same order, \
      discontinued for other reasons.
      """)
    #expect(findings.map { $0.cohort?.size } == [84, 86, 85])
    #expect(findings.map { $0.response?.responders } == [28, 39, 9])
  }

  /// Strengths of one drug name its arms, each sized by the "(n = …)" after it, and a
  /// "respectively" list follows them in the order the last sentence gave them.
  @Test func percentStrengthsOfOneDrugAreArms() {
    let findings = Fixtures.findings("""
      Children were randomized to atropine 0.05% (n = 110), 0.025% (n = 109), 0.01% (n = 110) or placebo (n = 109). \
      Progression occurred in 31 of 110 children (28.2%) given atropine 0.05%, 44 of 109 (40.4%) given 0.025%, 57 of 110 \
      (51.8%) given 0.01% and 72 of 109 (66.1%) given placebo. Fast progression occurred in 8 (7.3%), 12 (11.0%), 19 (17.3%) \
      and 28 (25.7%) children, respectively.
      """)
    let counts = findings.map { f in "\(f.dose?.amount ?? -1) \(f.response?.responders ?? -1)/\(f.response?.total ?? -1)" }
    #expect(Set(counts) == ["0.05 31/110", "0.05 8/110", "0.025 44/109", "0.025 12/109", "0.01 57/110", "0.01 19/110", "-1.0 72/109", "-1.0 28/109"])
    #expect(!findings.contains { $0.response?.proportion ?? 1 < 0.01 })
  }

  /// Sizes after each arm's name in the bracket of an assignment are the arms'; the
  /// people screened and the total randomized are no arm's.
  @Test func sizesInTheBracketOfAnAssignment() {
    let findings = Fixtures.findings("""
      Adults were randomly assigned to a single oral dose of ravopitant (RVP) 180 mg or aprepitant (APR) 125 mg. \
      Of 712 patients screened at 57 centres, 660 were randomised (RVP 331, APR 329).
      """)
    #expect(findings.map { $0.drug?.name } == ["ravopitant", "aprepitant"])
    #expect(findings.map { $0.cohort?.size } == [331, 329])
    // A schedule before the first name: the abbreviation after it is that arm's still.
    let scheduled = Fixtures.findings("""
      Adults were randomly assigned to twice daily ravopitant (RVP) 180 mg or aprepitant (APR) 125 mg. \
      Of 712 patients screened, 660 were randomised (331 RVP, 329 APR).
      """)
    #expect(scheduled.map { $0.cohort?.size } == [331, 329], "\(scheduled)")
    #expect(scheduled.map { $0.dose?.perDay } == [2, 2], "\(scheduled)")
  }

  /// Each count goes to the arm it names, whatever order the sentence named the arms in
  /// before; a control named again in a comparison's aside is no arm of its own.
  @Test(arguments: [
    "Patients were randomised to sertraline (n = 60) or placebo (n = 58), and response occurred in 10 of 58 given placebo and 30 of 60 given sertraline.",
    "Patients were randomised to sertraline (n = 60) or placebo (n = 58). Response occurred in 10 (17%) with placebo and 30 (50%) with sertraline.",
    "Patients were randomised to sertraline (n = 60) or placebo (n = 58). Response occurred in 30 of 60 and 10 of 58 patients in the sertraline and placebo groups (p<0.001 vs placebo).",
  ])
  func countsFollowTheArmTheyName(_ text: String) {
    let findings = Fixtures.findings(text)
    #expect(findings.filter { $0.drug?.name == "sertraline" }.compactMap { $0.response?.responders } == [30], "\(text)")
    #expect(findings.filter { $0.arm?.control == true }.compactMap { $0.response?.responders } == [10], "\(text)")
    // Amounts in the bracket of an assignment are no sizes.
    let amounts = Fixtures.findings("Overall, 120 patients were randomised (sertraline 50 and 100 mg, placebo 40).")
    #expect(!amounts.contains { $0.drug != nil && $0.cohort?.size == 50 })
  }

  /// "in any group" names no arm.
  @Test func anyGroupIsNoArm() {
    let findings = Fixtures.findings("""
      Adults were randomized to minocycline (n = 40) or placebo (n = 39). Adverse events reported by at least 5% of \
      participants in any group are listed.
      """)
    #expect(!findings.contains { $0.arm?.label == "any" })
    #expect(findings.allSatisfy { $0.response == nil })
  }

  /// Shares listed in the order of the arms listed after them.
  @Test(arguments: [
    "Remission rates were 30.0% and 13.2% in the sertraline and placebo groups (p = 0.04).",
    "A total of 12 (30%) and 5 (13.2%) patients in the sertraline and placebo groups, respectively, had remission.",
  ])
  func sharesListedWithTheirArms(_ results: String) {
    let findings = Fixtures.findings("Patients were randomized to sertraline (n = 40) or placebo (n = 38). " + results)
    #expect(findings.map { $0.response?.responders } == [12, 5], "\(results)")
    #expect(findings.map { $0.response?.total } == [40, 38], "\(results)")
  }

  @Test func sharesWithTheirCountsListedBeforeThreeArms() {
    let findings = Fixtures.findings("""
      Children were assigned to group A (n = 25), group B (n = 25) or group C (n = 24). \
      Nausea response was 64% (16/25), 28% (7/25), and 0% in group A, group B, and group C, respectively.
      """)
    #expect(findings.map { $0.arm?.label } == ["group A", "group B", "group C"])
    #expect(findings.map { $0.response?.responders } == [16, 7, 0])
    #expect(findings.map { $0.response?.total } == [25, 25, 24])
  }

  @Test func oneShareOfSeveralArmsIsNoArmsResponse() {
    let findings = Fixtures.findings(
      "Clearance increased 31% in patients receiving carbamazepine, phenytoin or valproate.")
    #expect(findings.allSatisfy { $0.response == nil })
    // Beside a placebo arm it is no arm's either.
    let controlled = Fixtures.findings(
      "Patients were randomized 1:1 to pembrolizumab 200 mg or placebo. A total of 120 patients were enrolled, and 84 (70%) had a response at week 12.")
    #expect(controlled.allSatisfy { $0.response == nil })
    // In a single-arm study the whole study's share is the arm's result.
    let single = Fixtures.findings("Patients received ruxolitinib 20 mg twice daily. 200 patients were treated and 150 (75%) responded.")
    #expect(single.map { $0.response?.responders } == [150])
    #expect(single.map { $0.response?.total } == [200])
  }

  @Test func armSizesInAssignmentSentences() {
    // The verb left out after the first item; the study's total aside.
    let listed = Fixtures.findings("Of 150 patients, 51 received granisetron 1 mg, 50 droperidol 1 mg, and 49 placebo before induction.")
    #expect(listed.map { $0.cohort?.size } == [51, 50, 49])
    // Words before "(n = …)" name an arm that is no drug; a total before a later split is the study's.
    let procedures = Fixtures.findings("""
      In all, 240 adults were randomly assigned to laparoscopic repair (n = 121) or open repair (n = 119). \
      Wound infection occurred in 4 (3.3%) and 12 (10.1%) patients after laparoscopic repair and open repair, respectively.
      """)
    #expect(procedures.map { $0.arm?.label } == ["laparoscopic repair", "open repair"])
    #expect(procedures.map { $0.cohort?.size } == [121, 119])
    // A drug's regimen before "(n = …)" keeps the size on the drug.
    let regimen = Fixtures.findings(
      "In all, 180 patients were randomized to tranexamic acid 10 mg/kg before closure (n = 91) or saline placebo (n = 89).")
    #expect(regimen.map { $0.drug?.name } == ["tranexamic acid", nil])
    #expect(regimen.map { $0.cohort?.size } == [91, 89])
    // "N = … for <arm>" sizes the arm named after it; the verb before it names no arm.
    let sizedFor = Fixtures.findings("""
      In all, 600 patients were randomized (N = 300 for placebo, N = 200 for celecoxib, and N = 100 for ibuprofen). \
      The response rate was 30% in the placebo group, 50% in the celecoxib group and 45% in the ibuprofen group.
      """)
    let byArm = Dictionary(sizedFor.map { ($0.drug?.name ?? $0.arm?.label ?? "", $0) }, uniquingKeysWith: { a, _ in a })
    #expect(byArm.keys.sorted() == ["celecoxib", "ibuprofen", "placebo"])
    #expect(["placebo", "celecoxib", "ibuprofen"].map { byArm[$0]?.cohort?.size } == [300, 200, 100])
    #expect(["placebo", "celecoxib", "ibuprofen"].map { byArm[$0]?.response?.responders } == [90, 100, 45])
  }

  @Test func countsComparedSideBySideFollowTheArmsNamedBefore() {
    let findings = Fixtures.findings("""
      Data were available for 96 participants in the exercise group and 94 in the usual care group. \
      The share who fell was 30/96 (31.3%) vs 41/94 (43.6%).
      """)
    #expect(findings.map { $0.arm?.label } == ["exercise", "usual care"])
    #expect(findings.map { $0.response?.responders } == [30, 41])
    #expect(findings.map { $0.response?.total } == [96, 94])
    // Without "vs", two bare fractions with no outcome word stay out.
    let bare = Fixtures.findings("Data were available for 96 participants in the exercise group. Scores were 30/96 and 41/94.")
    #expect(bare.allSatisfy { $0.response == nil })
  }

  @Test func anArmsSizeReachesEachOfItsOutcomes() {
    let findings = Fixtures.findings("""
      We randomized 180 patients to tranexamic acid 10 mg/kg (n = 90) or saline placebo (n = 90).

      Three patients (3.3%) in the tranexamic acid group needed a transfusion. Thrombosis occurred in two patients (2.2%) in the tranexamic acid group.
      """)
    let drug = findings.filter { $0.drug?.name == "tranexamic acid" && $0.response != nil }
    #expect(drug.map { $0.response?.responders } == [3, 2])
    #expect(drug.allSatisfy { $0.cohort?.size == 90 && $0.response?.total == 90 && $0.dose?.amount == 10 })
  }

  @Test func countsListedByArmAfterAnEvent() {
    let findings = Fixtures.findings("""
      Of 150 patients, 51 received granisetron 1 mg, 50 droperidol 1 mg, and 49 placebo. \
      Headache was reported by six granisetron, four droperidol and three placebo patients.
      """)
    #expect(findings.filter { $0.response != nil }.map { $0.response?.responders } == [6, 4, 3])
    #expect(findings.filter { $0.response != nil }.map { $0.response?.total } == [51, 50, 49])
  }

  @Test func aSizeEveryArmHas() throws {
    let findings = Fixtures.findings(paragraphs:
      "Ninety adults were randomized into three groups of 30. Group A received ketamine, group B received lidocaine and group C received saline.",
      "Pain on injection was reported in 3 patients in group A, 6 in group B and 14 in group C.")
    let groups = findings.filter { $0.arm?.label.hasPrefix("group") == true }
    #expect(groups.map { $0.arm?.label } == ["group A", "group B", "group C"])
    // "Group A received ketamine": the group is the drug's arm, named both ways.
    #expect(groups.map { $0.drug?.name } == ["ketamine", "lidocaine", nil])
    #expect(groups.map { $0.response?.responders } == [3, 6, 14])
    #expect(groups.map { $0.response?.total } == [30, 30, 30])
    #expect(Fixtures.values(.cohort, in: "Sixty patients were enrolled, 30 in each group.") == ["60", "30"])
    #expect(Fixtures.values(.cohort, in: "We allocated 75 to each arm.") == ["75"])
    // Each arm named later in the paragraph takes the size, in sentences of their own too.
    let named = Fixtures.findings(paragraphs:
      "Sixty adults were randomized into two groups of 30. Group I received ketamine. Group II received lidocaine.",
      "Pain occurred in 3 patients in group I and 9 in group II.").filter { $0.response != nil }
    #expect(named.map { $0.response?.total } == [30, 30])
    // "(n = 30 in each group)"
    let inBrackets = Fixtures.findings("Patients were randomized to ketamine or lidocaine (n = 30 in each group).")
    #expect(inBrackets.map { $0.cohort?.size } == [30, 30])
    // After the arms, in a sentence of its own: every arm's and the control's; the total
    // beside it is the study's, no arm's.
    let after = Fixtures.findings(
      "In the study, 62% of patients on pramipexole 0.25 mg reported improvement versus 38% of those on placebo. The trial enrolled 180 patients, 90 in each group.")
    #expect(after.map { $0.cohort?.size } == [90, 90])
    #expect(after.map { $0.response?.responders } == [56, 34])
    // A control's list item sizes the control by the people in brackets after its words.
    let items = Fixtures.findings(paragraphs: "Patients were randomised to one of two groups:",
      "* naldemedine 0.2 mg once a day (97 patients);", "* a placebo tablet once a day (96 patients).")
    #expect(items.map { $0.cohort?.size } == [97, 96])
    // A count before another number is not the control's named after both.
    let across = Fixtures.findings("Total abstinence was less common: 8 people on zonaramate and 3 on placebo did not drink at all.")
    #expect(!across.contains { $0.arm?.control == true && $0.cohort?.size == 8 })
    let bracket = Fixtures.findings("Forty-five subjects (30 CPA and 15 placebo), aged 45–85 years with 3–10 lesions, were enrolled.")
    #expect(!bracket.contains { $0.arm?.control == true && $0.cohort?.size == 45 })
    // However many words the control's item has, in a list item.
    let list = try Fixtures.ingest(
      "Patients were randomised to one of two pastes:\n- amlexanox 5% oral paste (64 patients)\n- a placebo paste made from the adhesive base alone (62 patients)\n",
      format: .text)
    #expect(Fixtures.pipeline.extract(list).findings.map { $0.cohort?.size } == [64, 62])
    // A whole trial given one drug or placebo sizes neither arm.
    #expect(Fixtures.findings("The 1,998 participants received dupilumab 300 mg or placebo.").allSatisfy { $0.cohort == nil })
  }

  /// "Adverse events led to discontinuation in 14 patients on A and 5 on placebo" counts
  /// leaving for the treatment's events; leaving for another cause counts nothing.
  @Test func leavingForEventsToldBeforeTheCountsIsAResponse() {
    let arms = "Patients were randomized to pregabalin 150 mg (n = 208) or placebo (n = 104). "
    let events = Fixtures.findings(arms + "Adverse events led to discontinuation in 14 patients on pregabalin and 5 on placebo.")
    #expect(Fixtures.counts(events) == ["pregabalin 14/208", "placebo 5/104"], "\(Fixtures.counts(events))")
    let listed = Fixtures.findings(arms + "Adverse events led to discontinuation in 14 and 5 patients, respectively.")
    #expect(Fixtures.counts(listed) == ["pregabalin 14/208", "placebo 5/104"], "\(Fixtures.counts(listed))")
    let other = Fixtures.findings(arms + "Relocation led to discontinuation in 14 patients on pregabalin and 5 on placebo.")
    #expect(other.allSatisfy { $0.response == nil })
  }

  /// A titration's target widens the arm's dose to a range; with no start, "titrated to
  /// 1 mg" is the dose; "down-titrated to 1800 mg" changes nothing.
  @Test func aTitrationTargetTopsTheArmsDose() {
    let titrated = Fixtures.findings(
      "Patients were randomized to pregabalin (n = 208) or placebo (n = 104). Pregabalin was started at 75 mg twice daily and titrated over 2 weeks to 300 mg twice daily.")
    let dose = titrated.first { $0.drug?.name == "pregabalin" }?.dose
    #expect(dose?.amount == 75 && dose?.maxAmount == 300, "\(String(describing: dose))")
    #expect(titrated.filter { $0.drug?.name == "pregabalin" }.count == 1)
    let target = Fixtures.findings("Smokers took varenicline titrated to 1 mg twice daily for 12 weeks.")
    #expect(target.map { $0.dose?.amount } == [1])
    let lowered = Fixtures.findings("Oxcarbazepine 2400 mg/day was given to 123 patients; in 23 it was down-titrated to 1800 mg/day.")
    #expect(lowered.allSatisfy { $0.dose?.maxAmount == nil })
    // Another drug's target is that drug's dose.
    let other = Fixtures.findings("Patients took lisinopril 10 mg daily plus spironolactone, which was titrated up to 50 mg (n = 300).")
    #expect(other.map { "\($0.drug?.name ?? "-") \($0.dose?.amount ?? 0) \($0.dose?.maxAmount ?? 0)" } == ["lisinopril 10.0 0.0", "spironolactone 50.0 0.0"])
  }

  /// Doses assigned without a name are the drug's that the paragraphs before named alone;
  /// not where they name two.
  @Test func dosesAssignedWithoutANameAreTheOneDrugNamedBefore() {
    let one = Fixtures.findings(paragraphs: "The trial tested erenumab, a monthly antibody injection given under the skin to adults.",
      "Of 612 people randomised, 205 were assigned to 140 mg monthly, 203 to 70 mg monthly, and 204 to a dummy injection.")
    #expect(one.map { "\($0.drug?.name ?? "-") \($0.dose?.amount ?? 0) \($0.cohort?.size ?? 0)" } == ["erenumab 140.0 205", "erenumab 70.0 203", "- 0.0 204"])
    let two = Fixtures.findings(paragraphs: "The trial compared erenumab with topiramate in adults with migraine.",
      "Of 612 people randomised, 205 were assigned to 140 mg monthly and 203 to 70 mg monthly.")
    #expect(two.allSatisfy { $0.dose == nil })
    // Nor a drug the people were taking, nor where the sentence names a new one.
    let background = Fixtures.findings(paragraphs: "All patients continued their usual metformin.",
      "Of 450 randomised, 150 were assigned to 5 mg, 150 to 10 mg and 150 to placebo.")
    #expect(background.allSatisfy { $0.drug == nil })
    let new = Fixtures.findings(paragraphs: "Aspirin has long been used to prevent heart attacks.",
      "In a separate trial of a new blood thinner, 600 patients were assigned to 15 mg daily (300) or 30 mg daily (300).")
    #expect(new.allSatisfy { $0.drug == nil })
    let unlike = Fixtures.findings(paragraphs: "Unlike ibuprofen, the new drug does not irritate the stomach.",
      "Of 500 randomised, 250 were assigned to 200 mg twice daily and 250 to placebo.")
    #expect(unlike.allSatisfy { $0.drug == nil })
    // "…, and 150 to 1000 mg": a count and its arm's dose, no range.
    let counted = Fixtures.findings(paragraphs: "Metformin Trial", "Of 300 randomised, 150 were assigned to 500 mg twice daily and 150 to 1000 mg twice daily.")
    #expect(counted.map { "\($0.dose?.amount ?? 0) \($0.dose?.maxAmount ?? 0)" }.sorted() == ["1000.0 0.0", "500.0 0.0"])
  }

  @Test func aCountAllocatedBeforeTheRestIsTheArms() {
    let findings = Fixtures.findings("In all, 78 patients took part: 40 were allocated to naproxen and the remaining 38 received placebo.")
    #expect(findings.map { $0.cohort?.size } == [40, 38])
    // "group 2 (n = 30)" is a group's name and size.
    let numbered = Fixtures.findings("Patients were assigned to group 2 (n = 30) or group 3 (n = 31). Healing occurred in 12 of 30 in group 2 and 9 of 31 in group 3.")
    #expect(numbered.map { $0.arm?.label } == ["group 2", "group 3"])
    #expect(numbered.map { $0.cohort?.size } == [30, 31])
  }

  @Test func aSizeSmallerThanTheArmsRespondersIsNotItsSize() {
    let findings = Fixtures.findings(
      "Overall, six patients withdrew; rash was reported by 32 patients (38.1%) in the exercise group.")
    #expect(findings.map { $0.response?.responders } == [32])
    #expect(findings.allSatisfy { $0.cohort == nil })
  }

  @Test func sharesListedForEveryArmTakeTheirSizesTogether() {
    let findings = Fixtures.findings(paragraphs:
      "Smokers were randomly assigned: 70 to varenicline, 68 to bupropion and 69 to placebo.",
      "Abstinence at week 24 was 27.1%, 19.1% and 8.7% in the varenicline, bupropion and placebo groups, respectively.")
    let counted = findings.filter { $0.response?.responders != nil }
    #expect(counted.map { $0.response?.responders } == [19, 13, 6])
    #expect(counted.map { $0.response?.total } == [70, 68, 69])
    // One share of no arm may fit a size by chance, and takes none; a share named with
    // its arm ("with varenicline", as "in the varenicline group") is that arm's.
    let alone = Fixtures.findings(paragraphs:
      "Smokers were randomly assigned: 70 to varenicline and 69 to placebo.",
      "Abstinence at week 24 was 27.1%.")
    #expect(alone.allSatisfy { $0.response?.responders == nil })
    let named = Fixtures.findings(paragraphs:
      "Smokers were randomly assigned: 70 to varenicline and 69 to placebo.",
      "Abstinence at week 24 was 27.1% with varenicline.")
    #expect(named.compactMap { $0.response?.responders } == [19])
    // A list whose control share its own arm's size already pinned: the drug's share of
    // the same list takes its arm's size too, though that arm has a count of its own.
    let pinned = Fixtures.findings(paragraphs:
      "Smokers were randomly assigned: 70 to varenicline and 69 to placebo.",
      "Relapse occurred in 9 of the 70 smokers given varenicline and 20 of 69 on placebo. Cravings lasted beyond a week in 27.1% of the varenicline group and 49.3% of the placebo group.")
    #expect(pinned.compactMap { $0.response.flatMap { r in r.responders.map { "\($0)/\(r.total ?? -1)" } } }.sorted() == ["19/70", "20/69", "34/69", "9/70"])
  }

  @Test func aRouteBesideOneDrugIsThatDrugsAlone() {
    let findings = Fixtures.findings("Smokers received varenicline, bupropion or transdermal nicotine for 12 weeks; 120 took part.")
    #expect(findings.filter { $0.dose?.route != nil }.map { $0.drug?.name } == ["nicotine"])
  }

  @Test func peopleWhoNeededSomethingAreNoArmsSize() {
    let findings = Fixtures.findings("""
      Adults were randomized to baloxavir (n = 120) or placebo (n = 118). \
      Antibiotics were required for six baloxavir and fourteen placebo patients.
      """)
    #expect(findings.map { $0.cohort?.size } == [120, 118])
    #expect(findings.map { $0.response?.responders } == [6, 14])
  }

  @Test func peopleWithAnEventAreNoArmsSize() {
    let findings = Fixtures.findings("""
      Adults were assigned to the vaccine group (n = 500) or placebo (n = 498). \
      Hospitalization occurred in three vaccine recipients and eight placebo recipients.
      """)
    #expect(findings.map { $0.cohort?.size } == [500, 498])
    #expect(findings.map { $0.response?.responders } == [3, 8])
    #expect(findings.map { $0.response?.total } == [500, 498])
  }

  @Test func aBlockWordKeepsACountFromBeingAResponse() {
    let findings = Fixtures.findings(
      "Patients were randomized to the yoga group (n = 40) or the control group (n = 38). Twelve patients (30.0%) in the yoga group discontinued.")
    #expect(findings.allSatisfy { $0.response == nil })
  }

  @Test func armsNamedByTheWordBeforeGroup() {
    let findings = Fixtures.findings("""
      Women were allocated to the acupuncture group (n = 30) or the stent-free group (n = 28). \
      In the acupuncture group, 12 of 30 improved, and 5 of 28 in the stent-free group.
      """)
    #expect(findings.map { $0.arm?.label } == ["acupuncture", "stent-free"])
    #expect(findings.map { $0.response?.responders } == [12, 5])
    // "each group", "the 4-mg group" and "the latter group" name no new arm.
    let none = Fixtures.findings("In each group, 12 of 30 improved; in the latter group, 5 of 28 did.")
    #expect(none.allSatisfy { $0.arm == nil })
    // Two words name the arm when the first is no stop word.
    let twoWords = Fixtures.findings("Urine was tested in 27 patients of the stent group and in 32 patients of the stent free group.")
    #expect(twoWords.map { $0.arm?.label } == ["stent", "stent free"])
    // No word of comparison is part of a name.
    let compared = Fixtures.findings("Pain scores fell in 20 of 50 patients, more often than usual care group patients (8 of 50).")
    #expect(!compared.contains { $0.arm?.label.contains("than") == true })
    // One patient is an event, never an arm's size.
    #expect(Fixtures.findings("An ECG finding was reported for one patient assigned to fluoxetine.").isEmpty)
    // "arm" as a body part, and a trial's design before "(N = …)", name no arm.
    let body = Fixtures.findings("The vaccine was injected in the left arm of 40 volunteers, and 12 of 40 had a sore arm.")
    #expect(body.allSatisfy { $0.arm == nil })
    let design = Fixtures.findings("In this randomized controlled trial (N = 160), 40 of 160 patients improved.")
    #expect(design.allSatisfy { $0.arm == nil })
    // An arm without a drug, known only by how long it lasted, is no finding.
    #expect(Fixtures.findings("The acupuncture group met weekly for 12 weeks.").isEmpty)
  }

  @Test func armsNamedByHowLongTheyLasted() {
    let findings = Fixtures.findings("""
      Overall, 250 children were randomized to the 5-day group or the 10-day group. \
      Cure was achieved in 101 of 125 (80.8%) in the 5-day group and 110 of 125 (88.0%) in the 10-day group.
      """)
    #expect(findings.map { $0.arm?.label } == ["5-day", "10-day"])
    #expect(findings.map { $0.duration?.minDays } == [5, 10])
    #expect(findings.map { $0.response?.responders } == [101, 110])
    // The study's total goes to neither arm.
    #expect(findings.allSatisfy { $0.cohort?.size != 250 })
    // The same regimen for two lengths of time: each length names its arm.
    let compound = Fixtures.findings("Knee pain improved in 9 of 60 in the 6-week walk+stretch group and 14 of 58 in the 12-week walk+stretch group.")
    #expect(compound.map { $0.arm?.label } == ["6-week walk+stretch", "12-week walk+stretch"])
    #expect(compound.map { $0.response?.responders } == [9, 14])
  }

  @Test func armsNamedInSeparateSentencesKeepTheirCounts() {
    let findings = Fixtures.findings("""
      The exercise group reached remission in 42.0% (21/50). The diet group reached remission in 30.6% (15/49).
      """)
    #expect(findings.map { $0.arm?.label } == ["exercise", "diet"])
    #expect(findings.map { $0.response?.responders } == [21, 15])
    #expect(findings.map { $0.response?.total } == [50, 49])
  }

  @Test func armNamesMatchWithOrWithoutGroup() {
    #expect(Finding.sameName("EP group", "ep"))
    #expect(Finding.sameName("Intervention arm ", "intervention"))
    #expect(!Finding.sameName("Group", "ep"))
    #expect(!Finding.sameName("Children / Placebo", "Placebo"))
    #expect(Finding.sameName("control-group", "Control group"))
    #expect(!Finding.sameName("low-dose", "high dose"))
    // A placebo's lay names.
    #expect(Finding.sameName("dummy treatment", "placebo"))
    #expect(Finding.sameName("Sugar pills", "placebo group"))
    #expect(!Finding.sameName("sham", "placebo"))
    #expect(!Finding.sameName("dummy acupuncture", "placebo"))
  }

  /// "extended-release buprenorphine" in the methods: "the extended-release group" is that
  /// drug's arm.
  @Test func aWordBeforeTheDrugNamesItsArm() {
    let findings = Fixtures.findings(paragraphs:
      "Participants were randomly assigned to weekly extended-release buprenorphine injections (n = 153) or daily sublingual buprenorphine-naloxone tablets (n = 150).",
      "Constipation was reported by 18 (11.8%) participants in the extended-release group vs 21 (14.0%) in the sublingual group.")
    #expect(Fixtures.counts(findings) == ["buprenorphine/naloxone 21/150", "buprenorphine 18/153"], "\(Fixtures.counts(findings))")
    // A single word before a drug is as often another arm's name: "standard amlodipine"
    // does not make "the standard group" amlodipine's.
    let standard = Fixtures.findings(paragraphs:
      "Patients were randomized to intensive (n = 100) or standard (n = 100) blood pressure control; standard amlodipine was the first drug.",
      "Stroke occurred in 5 of 100 in the intensive group and 10 of 100 in the standard group.")
    #expect(!Fixtures.counts(standard).contains("amlodipine 10/100"), "\(Fixtures.counts(standard))")
  }

  /// Two counts of one drug in one sentence, each naming it, with other totals: no crash,
  /// both the drug's.
  @Test func twoCountsOfOneDrugWithOtherTotals() {
    let findings = Fixtures.findings(paragraphs: "30 of 124 on alfuzosin improved; 20 of 105 on alfuzosin relapsed.")
    #expect(Set(Fixtures.counts(findings)) == ["alfuzosin 30/124", "alfuzosin 20/105"], "\(Fixtures.counts(findings))")
  }

  /// "Group B received one ultrasound-guided injection of 40 mg methylprednisolone mixed
  /// with lidocaine": the first drug after how it was given is the group's; a drug after
  /// "or" is another group's.
  @Test func aGroupGivenItsDrugAfterHowItWasGiven() {
    let findings = Fixtures.findings(paragraphs:
      "Adults with heel pain were randomized to group A, group B or group C.",
      "Group B received one ultrasound-guided injection of 40 mg methylprednisolone acetate mixed with 1 mL of 1% lidocaine.",
      "At 6 weeks, treatment success was recorded for 52 of 83 participants in group B.")
    #expect(Fixtures.counts(findings) == ["methylprednisolone 52/83"], "\(Fixtures.counts(findings))")
    let other = Fixtures.findings(paragraphs:
      "Group A received stretching exercises or an injection of methylprednisolone 40 mg.",
      "At 6 weeks, treatment success was recorded for 52 of 83 participants in group A.")
    #expect(!Fixtures.counts(other).contains("methylprednisolone 52/83"), "\(Fixtures.counts(other))")
    // Never past a word that says the drug is not theirs; "and" right after the verb still
    // joins what the group took.
    for text in ["Group B received no dexamethasone.", "Group B received usual care without dexamethasone.",
                 "Group B received a placebo tablet identical to dexamethasone.", "Group B received saline instead of dexamethasone."] {
      let not = Fixtures.findings(paragraphs: text, "Vomiting occurred in 20 of 50 in group B.")
      #expect(!Fixtures.counts(not).contains("dexamethasone 20/50"), "\(text): \(Fixtures.counts(not))")
    }
    let both = Fixtures.findings(paragraphs: "Group A received physiotherapy and ibuprofen.", "Pain improved in 30 of 50 in group A.")
    #expect(Fixtures.counts(both) == ["ibuprofen 30/50"], "\(Fixtures.counts(both))")
  }

  /// "vancomycin-resistant enterococci" names no arm: the arms listed last, for counts
  /// given "respectively", are fidaxomicin's and vancomycin's in the order they are counted.
  @Test func aDrugThatDescribesSomethingElseIsNoArm() {
    let findings = Fixtures.findings(paragraphs:
      "Adults with C. difficile infection were randomized to fidaxomicin (n = 139) or vancomycin (n = 140).",
      "New colonization with vancomycin-resistant enterococci was found in 4 of 98 fidaxomicin recipients and 13 of 101 vancomycin recipients. Chemotherapy was delayed because of infection in 18 and 29 patients, respectively.")
    let counts = Fixtures.counts(findings)
    #expect(counts.contains("fidaxomicin 18/139") && counts.contains("vancomycin 29/140"), "\(counts)")
  }

  /// News names the placebo arm as it was assigned ("a dummy treatment") and as its
  /// results are told ("on placebo"): one arm, sized once.
  @Test func aDummyTreatmentIsThePlaceboArm() {
    let findings = Fixtures.findings(paragraphs:
      "Sixty-four were randomly assigned to a dummy treatment, 128 to pramipexole tablets and 131 to the rotigotine patch.",
      "Nausea was more common with the pills. It affected 17 people on pramipexole vs. 10 on rotigotine vs. 3 on placebo.")
    #expect(Fixtures.counts(findings) == ["pramipexole 17/128", "rotigotine 10/131", "placebo 3/64"], "\(Fixtures.counts(findings))")
    #expect(!findings.contains { $0.cohort?.size == 17 }, "\(findings.map { $0.cohort?.size })")
  }

  @Test func sharesListedBeforeArmsGoToTheArmsInTheOrderNamed() {
    // The control named first: the arms' order is the words' order, not the order
    // in which the recognizers found drugs and controls.
    let findings = Fixtures.findings("""
      Patients were randomized to placebo, aspirin or clopidogrel. Nausea was reported by 5.1% (4/79), 3.6% (3/83) \
      and 5.0% (4/80) in the placebo, aspirin and clopidogrel groups, respectively.
      """)
    let byArm = Dictionary(uniqueKeysWithValues: findings.map { ($0.drug?.name ?? $0.arm?.label ?? "", $0.response?.total) })
    #expect(byArm == ["placebo": 79, "aspirin": 83, "clopidogrel": 80])
  }

  @Test func aControlListedBesideArmsTheRulesDoNotKnowTakesOnlyItsOwnCount() {
    // Only the control's place in the list says which count is its.
    let first = Fixtures.findings("Response rates were 60% (24/40) and 20% (8/40) in the placebo and 10 mg groups, respectively.")
    #expect(first.map { $0.arm?.label } == ["placebo"])
    #expect(first.map { $0.response?.responders } == [24])
    let last = Fixtures.findings("Response was seen in 12 of 40 and 5 of 41 patients in the KS400 and placebo groups, respectively.")
    #expect(last.map { $0.response?.responders } == [5])
    let unknownDrug = Fixtures.findings("""
      Serious adverse events occurred in 5.1% (4/79), 3.6% (3/83), and 5.0% (4/80) in the placebo, 30 µg YIC and \
      60 µg YIC groups respectively.
      """)
    #expect(unknownDrug.map { $0.response?.total } == [79])
    // Without "respectively" nothing pairs by order: the count beside "placebo" is its.
    let beside = Fixtures.findings("Response rates were 20% (8/40) in the placebo group.")
    #expect(beside.map { $0.response?.responders } == [8])
  }

  @Test func aDrugNamedAsAGroupNamesTheArmNotTheStudy() {
    // "In the aspirin group" names the arm as "the yoga group" would: beside placebo its
    // count is the arm's, not the whole study's.
    let findings = Fixtures.findings("""
      Patients were randomized to aspirin or placebo. In the aspirin group, 29 of 48 patients responded.
      """)
    #expect(findings.map { $0.drug?.name } == ["aspirin"])
    #expect(findings.map { $0.response?.responders } == [29])
    // A bare name beside placebo still says nothing of one arm.
    let bare = Fixtures.findings("Patients were randomized to aspirin or placebo. With aspirin, 29 of 48 patients responded.")
    #expect(bare.allSatisfy { $0.response == nil })
  }

  @Test func aDoseAloneNamesAnArmOfAnEarlierParagraph() {
    let findings = Fixtures.findings(paragraphs:
      "Adults were randomly assigned to KLV-20418 25 mg once daily (n = 70), KLV-20418 75 mg once daily (n = 72) or placebo (n = 71).",
      "Response was 19 (26.8%), 29 (41.4%) and 37 (51.4%) in the placebo, 25 mg and 75 mg groups, respectively.")
    let byDose = Dictionary(uniqueKeysWithValues: findings.map { ($0.dose?.amount ?? 0, $0.response?.responders) })
    #expect(byDose == [25: 29, 75: 37, 0: 19])
    // A paragraph that names the drug again may be of another trial: its doses are its own.
    let second = Fixtures.findings(paragraphs:
      "In the first trial, adults were assigned to baricitinib 4 mg (n = 281) or placebo (n = 189).",
      "The second trial enrolled 546 patients and tested the same doses of baricitinib. After 36 weeks, 35.9% of patients on 4 mg reached the goal.")
    #expect(!second.contains { $0.cohort?.size == 281 && $0.response?.proportion == 0.359 })
  }

  @Test func countsListedForArmsNamedByDoseOrComparedAfterThem() {
    let methods = "Adults were randomized to VXN-2281 60 µg (n = 612), VXN-2281 120 µg (n = 608) or placebo (n = 615)."
    let listed = Fixtures.findings(paragraphs: methods, """
      Any RSV illness was confirmed in 19 (3.1%), 14 (2.3%) and 41 (6.7%) participants in the 60 µg, 120 µg and placebo \
      groups, respectively.
      """)
    #expect(Set(listed.compactMap { f in f.response.map { "\($0.responders ?? -1)/\($0.total ?? -1)" } }) == ["19/612", "14/608", "41/615"])
    let compared = Fixtures.findings(paragraphs: methods, """
      RSV disease occurred in 7 participants in the 60 µg group and 5 in the 120 µg group, compared with 24 placebo recipients.
      """)
    #expect(Set(compared.compactMap { f in f.response.map { "\($0.responders ?? -1)/\($0.total ?? -1)" } }) == ["7/612", "5/608", "24/615"])
    #expect(!compared.contains { $0.cohort?.size == 24 })
  }

  @Test func codesAnArticleGivesItsArmsNameThem() {
    let findings = Fixtures.findings(paragraphs: """
      Adults were randomized to text-message reminders (intervention group 1, IG1), a pharmacist session \
      (intervention group 2, IG2), or usual care (control group, CG).
      """, """
      A total of 290 participants were randomized (IG1, n = 97; IG2, n = 95; CG, n = 98). Adherence of at least 80% was \
      reached by 58 (59.8%) participants in IG1, 64 (67.4%) in IG2 and 41 (41.8%) in the CG.
      """)
    #expect(findings.map { $0.arm?.label } == ["IG1", "IG2", "CG"])
    #expect(findings.map { $0.arm?.control } == [false, false, true])
    #expect(findings.map { $0.response?.responders } == [58, 64, 41])
    #expect(findings.map { $0.response?.total } == [97, 95, 98])
    // A bracket that assigns no one, or a code of another shape, names no arm.
    let none = Fixtures.findings(paragraphs: "Body mass index (BMI) and the intention-to-treat population (ITT) were recorded.",
      "In IG1, 58 (59.8%) participants were women.")
    #expect(!none.contains { $0.arm?.label == "IG1" })
  }

  @Test func aControlWordNamesTheControlArmTheMethodsNamedInFull() {
    let findings = Fixtures.findings(paragraphs:
      "Participants were randomized to verum acupuncture (n = 64), sham acupuncture (n = 62) or a waiting list (n = 60).",
      "Analgesic intake fell by at least half in 42.2% of the verum group, in 30.6% of the sham group and in 11.7% of waiting-list participants.")
    #expect(findings.map { $0.arm?.label } == ["verum acupuncture", "sham acupuncture", "waiting list"])
    #expect(findings.map { $0.arm?.control } == [false, true, true])
    #expect(findings.map { $0.response?.responders } == [27, 19, 7])
  }

  @Test func aNameTheAssignmentSizedNamesTheArmLater() {
    let findings = Fixtures.findings(paragraphs:
      "Participants were randomized to verum acupuncture (n = 64), sham acupuncture (n = 62) or a waiting list (n = 60).",
      "A response was recorded for 36/64 participants (56.3%) after verum acupuncture, 22/62 (35.5%) after sham acupuncture and 8/60 (13.3%) on the waiting list.")
    #expect(findings.map { $0.arm?.label } == ["verum acupuncture", "sham acupuncture", "waiting list"])
    #expect(findings.map { $0.response?.responders } == [36, 22, 8])
    // A name read back only to a hyphen ("nurse-led education") is no name to look for.
    let broken = Fixtures.findings(paragraphs:
      "Patients were randomised to nurse-led education (n = 250) or usual care (n = 248).",
      "Self-care was adequate in 142 (66.4%) of 214 respondents after led education.")
    #expect(!broken.contains { $0.response?.responders == 142 && $0.cohort?.size == 250 })
  }

  @Test func aFormOnlyOneDrugComesInNamesThatDrugLater() {
    let findings = Fixtures.findings(paragraphs:
      "In all, 552 smokers (mean age 57 years, 431 men) were randomized: 186 to varenicline, 184 to the nicotine patch and 182 to counselling alone.",
      "Abstinence at week 52 was 25.8% (48/186), 19.0% (35/184) and 9.9% (18/182) with varenicline, the patch and counselling alone.")
    let pairs = Set(findings.compactMap { f in f.response?.responders.map { "\(f.drug?.name ?? f.arm?.label ?? "?") \($0)" } })
    #expect(pairs == ["varenicline 48", "nicotine 35", "counselling alone 18"])
    // A form two arms share names neither.
    let shared = Fixtures.findings(paragraphs:
      "Smokers were randomized: 186 to a nicotine patch and 182 to a placebo patch.",
      "Skin reactions under the patch were reported by 27 of 186 and 20 of 182 smokers.")
    #expect(!shared.contains { $0.drug?.name == "nicotine" && $0.response?.responders == 20 })
  }

  @Test func anEventThatAffectedPeopleOfAnArmIsTheirResponse() {
    let findings = Fixtures.findings(
      "Patients were randomized to duloxetine (n = 96) or usual care (n = 97). Nausea affected 27 patients in the duloxetine group and 3 in the usual-care group.")
    #expect(findings.compactMap { $0.response?.responders } == [27, 3])
    #expect(findings.compactMap { $0.response?.total } == [96, 97])
  }

  @Test func countsOfTheNumberedGroupsFollowTheLastListOfThatManyArms() {
    // Two arms named since the list of three, in another paragraph.
    let findings = Fixtures.findings(paragraphs:
      "In all, 552 smokers were randomized: 186 to varenicline, 184 to bupropion and 182 to placebo.",
      "Nausea occurred in 44 varenicline recipients compared with 9 bupropion recipients.",
      "Abnormal dreams were reported by 21, 12 and 3 participants in the three groups, respectively.")
    let dreams = findings.filter { $0.response?.outcome == "Abnormal dreams" }
    #expect(dreams.map { $0.response?.responders } == [21, 12, 3])
    #expect(dreams.map { $0.response?.total } == [186, 184, 182])
    // Shares of people, each to its arm by the arm's size.
    let shares = Fixtures.findings(paragraphs:
      "In all, 438 children were randomized: 147 to atropine 0.05%, 146 to atropine 0.01% and 145 to placebo.",
      "Photophobia was reported in 12.2%, 4.1% and 2.1% of children in the 3 groups, respectively.")
    #expect(shares.compactMap { $0.response?.responders } == [18, 6, 3])
    // A list whose length is no list's names no arm.
    let other = Fixtures.findings(paragraphs:
      "In all, 300 adults were randomized: 150 to drug A and 150 to placebo.",
      "Headache was reported by 21, 12 and 3 participants in the three groups, respectively.")
    #expect(!other.contains { $0.response?.responders == 21 })
  }

  @Test func aShareOfACountOfPeopleHasThatCountForItsTotal() {
    let findings = Fixtures.findings("""
      Women were randomized to ferric carboxymaltose or ferrous sulphate. Haemoglobin had returned to normal in 83.6% of the \
      140 women given ferric carboxymaltose versus 61.2% of the 139 women given ferrous sulphate.
      """)
    #expect(findings.map { $0.response?.responders } == [117, 85])
    #expect(findings.map { $0.response?.total } == [140, 139])
    // "of the 40 mg dose" is no count of people.
    let dose = Fixtures.findings("Remission occurred in 45.0% of the 40 mg group and 30.0% of the placebo group.")
    #expect(!dose.contains { $0.response?.total == 40 })
  }

  @Test func anEllipticalSizeBeforeTheArticleOfItsArmIsThatArms() {
    let findings = Fixtures.findings(
      "Researchers gave 104 of them pregabalin, at 150-300 mg a day, and 103 an identical-looking placebo for eight weeks.")
    #expect(findings.first { $0.arm?.control == true }?.cohort?.size == 103)
    #expect(findings.first { $0.drug?.name == "pregabalin" }?.cohort == nil)
  }

  @Test func armsAnAssignmentNamesWithoutCountsAreNamedLater() {
    let yoga = Fixtures.findings(paragraphs:
      "Adults with chronic low back pain were randomly assigned to hatha yoga classes or usual care.",
      "Pain improved in 44 of the 91 people in the hatha yoga classes and in 25 of the 90 people given usual care.")
    #expect(yoga.map { $0.arm?.label } == ["hatha yoga classes", "usual care"])
    #expect(yoga.map { $0.response?.responders } == [44, 25])
    // One-word names too where counts allocate them, after a word that gives them.
    let three = Fixtures.findings(paragraphs:
      "In all, 147 adults were randomised: 50 to early surgery, 48 to splinting and 49 to physiotherapy.",
      "Recovery at 6 months was seen in 30 of 50 after early surgery, 22 of 48 after splinting and 20 of 49 after physiotherapy.")
    #expect(three.map { $0.arm?.label } == ["early surgery", "splinting", "physiotherapy"])
    #expect(three.map { $0.response?.responders } == [30, 22, 20])
    // "and" alone may join one arm's parts: no list, no arm "diet".
    let joined = Fixtures.findings(paragraphs:
      "Adults were randomised to diet and exercise.",
      "Remission was seen in 20 of 60 after diet at 12 months.")
    #expect(!joined.contains { $0.arm?.label == "diet" })
    // Without counts, one word beside longer names may share their head: no arms.
    let shared = Fixtures.findings(paragraphs:
      "Patients were randomised to high or low intensity training.",
      "Response occurred in 20 of 40 after high intensity training and 12 of 41 after low intensity training.")
    #expect(!shared.contains { $0.arm?.label == "low intensity training" && $0.response?.responders == 20 })
    // A one-word name with no word that gives it names nothing.
    let bare = Fixtures.findings(paragraphs:
      "Adults were randomised to surgery, splinting, or physiotherapy.",
      "Splinting was stopped early in 9 of 48 because of skin problems.")
    #expect(!bare.contains { $0.arm?.label == "splinting" })
  }

  @Test func listsOfArmsTheRulesKnowByDescriptionOrOfTimesPairWithTheRightOnes() {
    // Arms described, not named: each count still goes to its dose's arm.
    let described = Fixtures.findings("""
      Patients were randomized to ruxolitinib 10 mg (n = 40) or ruxolitinib 20 mg (n = 40). Responses occurred in 12 and 18 \
      patients in the low-dose and high-dose groups, respectively.
      """)
    #expect(described.map { $0.response?.responders } == [12, 18])
    // Counts paired with months belong to no arm.
    let months = Fixtures.findings("""
      Patients were randomized to colchicine (n = 86) or placebo (n = 84). Overall, flares at months 1, 3, 6 and 12 \
      occurred in 4, 6, 8 and 10 patients, respectively.
      """)
    #expect(months.allSatisfy { $0.response == nil })
    // The people randomized, in a bracket after "patients with …", are the arms' sizes.
    let randomized = Fixtures.findings("""
      Among patients with moderate-to-severe psoriasis who were randomized (etanercept n = 150; placebo n = 150), PASI 75 \
      was achieved by 49% and 4%, respectively.
      """)
    #expect(randomized.map { $0.cohort?.size } == [150, 150])
    #expect(randomized.map { $0.response?.responders } == [74, 6])
    // Arm sizes with their share of the study are sizes, not a spread over doses.
    let shares = Fixtures.findings("Patients were randomized to tofacitinib 5 mg twice daily, n = 52 (50%), or placebo twice daily, n = 52 (50%).")
    #expect(shares.contains { $0.dose?.amount == 5 })
  }

  @Test func peopleAtADoseAreNoResponders() {
    let findings = Fixtures.findings("""
      Patients were randomized to aspirin (n = 152) or placebo (n = 149). The dose of aspirin was reduced to 120 mg \
      in 38 patients (25.0%) and to 80 mg in 12 (7.9%).
      """)
    #expect(findings.allSatisfy { $0.response == nil })
    let rate = Fixtures.findings("""
      Patients were randomized to dexmedetomidine (n = 118) or placebo (n = 116). The infusion rate was reduced to \
      0.2 µg/kg/h in 14 patients (11.9%) receiving dexmedetomidine.
      """)
    #expect(rate.allSatisfy { $0.response == nil })
  }

  /// An arm's name read back from its size skips the arm's schedule ("over 8 weeks"),
  /// and a control named in the same item is that item's arm ("sham … at non-acupoints").
  @Test func sizedNamesSkipTheScheduleAndLeaveAControlItsSize() {
    let findings = Fixtures.findings("""
      Adults were allocated to 12 sessions of verum acupuncture over 8 weeks (n = 64), 12 sessions of sham acupuncture \
      at non-acupoints (n = 62) or a waiting list (n = 60).
      """)
    #expect(findings.map { $0.arm?.label } == ["verum acupuncture", "sham", "waiting list"])
    #expect(findings.map { $0.cohort?.size } == [64, 62, 60])
  }

  @Test func aSubgroupsSizesAreTheTotalsOfItsCountsNotTheArmsSizes() {
    let findings = Fixtures.findings("""
      Patients were randomized to aspirin (n = 152) or placebo (n = 149). Among patients whose tumours carried an FGFR3 \
      alteration (aspirin n = 48; placebo n = 45), responses occurred in 27 and 9 patients, respectively.
      """)
    #expect(findings.map { $0.cohort?.size } == [152, 149])
    #expect(findings.map { $0.response?.total } == [48, 45])
    // Sizes of a subgroup with no count of their own make no arm's size.
    let apart = Fixtures.findings("""
      Patients were randomized to colchicine (n = 86) or placebo (n = 84). Among patients with tophi (colchicine n = 17; \
      placebo n = 15), flares were frequent regardless of allocation.
      """)
    #expect(apart.map { $0.cohort?.size } == [86, 84])
  }

  @Test func furtherListsFollowTheArmsOfTheSentenceBefore() {
    let findings = Fixtures.findings("""
      Patients were randomized to colchicine (n = 86) or placebo (n = 84). Recurrent flares were recorded in 8 (9.3%) \
      and 19 (22.6%) patients, respectively, and flares needing oral corticosteroids in 5 and 16.
      """)
    let pairs = findings.compactMap { f in f.response?.responders.map { ($0, f.response?.total) } }
    #expect(pairs.map(\.0) == [8, 5, 19, 16])
    #expect(pairs.map(\.1) == [86, 86, 84, 84])
  }

  @Test func countsAfterTheAllocationSplitIt() {
    let findings = Fixtures.findings("""
      Patients were randomized to ketamine or placebo: 98 were in the ketamine group and 101 in the placebo group.
      """)
    #expect(findings.map { $0.cohort?.size } == [98, 101])
    let outcome = Fixtures.findings("Patients were randomized to ketamine or placebo. 98 were in remission in the ketamine group and 90 in the placebo group.")
    #expect(!outcome.contains { $0.cohort?.size == 98 })
  }

  @Test func aListOfFewerCountsThanArmsPairsWithNone() {
    let findings = Fixtures.findings("""
      Patients received aspirin 60 µg (n = 612), aspirin 120 µg (n = 608) or placebo (n = 615). In the immunogenicity \
      subset (60 µg n = 150; 120 µg n = 148; placebo n = 151), a fourfold rise was seen in 112 and 127 vaccine recipients, respectively.
      """)
    #expect(findings.allSatisfy { $0.response == nil })
  }

  @Test func aPartOfTheStudyIsNoArm() {
    let findings = Fixtures.findings("""
      No safety issues were identified in the phase Ib portion (n = 7), and the phase II study enrolled 106 patients.
      """)
    #expect(!findings.contains { $0.arm != nil })
    // An amount of something before a size names no arm either.
    let amounts = Fixtures.findings("Patients were randomized to nebulized 4 mL hypertonic saline (n = 35) or 4 mL normal saline (n = 34).")
    #expect(!amounts.contains { $0.arm?.label.hasPrefix("ml") == true })
    let arms = Fixtures.findings("Patients were randomly assigned to laparoscopic appendectomy (n = 134) or open appendectomy (n = 132).")
    #expect(arms.map { $0.arm?.label } == ["laparoscopic appendectomy", "open appendectomy"])
  }

  @Test func anArmNamedControlIsAControl() {
    let findings = Fixtures.findings("Patients were randomized to yoga (N = 61) or control (N = 31).")
    #expect(findings.map { $0.arm?.label } == ["yoga", "control"])
    #expect(findings.map { $0.arm?.control } == [false, true])
  }

  @Test func twoKindsOfControlAreTwoArms() {
    let listed = Fixtures.findings("Response rates were 60% (24/40) and 20% (8/40) in the placebo and sham groups, respectively.")
    #expect(listed.map { $0.arm?.label } == ["placebo", "sham"])
    #expect(listed.map { $0.response?.responders } == [24, 8])
    let apart = Fixtures.findings("Response rates were 20% (8/40) in the placebo group and 60% (24/40) in the sham group.")
    #expect(apart.map { $0.arm?.label } == ["placebo", "sham"])
    #expect(apart.map { $0.response?.responders } == [8, 24])
  }

  @Test func aPercentageJoinsTheArmWhoseSizeMakesItACount() {
    let findings = Fixtures.findings("""
      Patients were randomized to sertraline (n = 101) or placebo (n = 99). \
      Response rates were greater for sertraline (78.2%) than for placebo (62.6%).
      """)
    #expect(findings.map { $0.response?.responders } == [79, 62])
    #expect(findings.map { $0.response?.total } == [101, 99])
    // 78.2% of 100 is no whole count: no responders are made up.
    let inexact = Fixtures.findings("""
      Patients were randomized to sertraline (n = 100). Response rates were 78.2% for sertraline.
      """)
    #expect(inexact.map { $0.response?.responders } == [nil])
    #expect(inexact.map { $0.response?.proportion } == [0.782])
  }

  @Test func aCountAfterComparedWithPlaceboIsNeitherArms() {
    let findings = Fixtures.findings(
      "Patients received ruxolitinib 20 mg twice daily. Compared with placebo, 40 of 100 patients responded.")
    #expect(findings.map { $0.drug?.name } == ["ruxolitinib"])
    #expect(findings.first?.response == nil)
  }

  @Test func placeboNamedWithoutCountsIsNoFinding() {
    let findings = Fixtures.findings("Adults took baricitinib 4 mg (n = 281) or a matching placebo once daily for 36 weeks.")
    #expect(findings.map { $0.drug?.name } == ["baricitinib"])
  }

  @Test func laboratoryAndHistoryGiveNoFinding() {
    #expect(Fixtures.findings("In vitro, tofacitinib 10 mg/mL blocked signalling in 80% of 40 samples.").isEmpty)
    #expect(Fixtures.findings("Historically, 30 patients took methotrexate 25 mg weekly for a year.").isEmpty)
    // The study's own patients in the next sentence still count.
    let findings = Fixtures.findings(
      "In cell lines, tofacitinib 100 nM worked. In the trial, 66 adults took tofacitinib 5 mg twice a day for 12 weeks.")
    #expect(findings.map { $0.cohort?.size } == [66])
  }

  @Test func plannedSentenceGivesNoFinding() {
    #expect(Fixtures.findings("The company will enroll 120 patients to receive ruxolitinib 20 mg twice daily.").isEmpty)
  }

  @Test func drugWithoutFactsIsNoFinding() {
    #expect(Fixtures.findings("Ruxolitinib is approved for myelofibrosis.").isEmpty)
  }

  @Test func aDoseRightBeforeADrugIsThatDrugs() {
    let findings = Fixtures.findings(
      "Group II (n = 30) received ropivacaine 150 mg + 1 mcg/kg clonidine, and group III (n = 30) received ropivacaine 150 mg + 5 ml placebo.")
    #expect(findings.filter { $0.drug?.name == "clonidine" }.map { $0.dose?.amount } == [1])
    // The volume of the placebo is no dose of ropivacaine.
    #expect(findings.filter { $0.drug?.name == "ropivacaine" }.allSatisfy { $0.dose?.amount == 150 })
    let routed = Fixtures.findings("Patients were randomly assigned to receive 0.2 mg oral clonidine or 2 mg oral midazolam.")
    #expect(routed.map { $0.drug?.name } == ["clonidine", "midazolam"])
    #expect(routed.map { $0.dose?.amount } == [0.2, 2])
    let branded = Fixtures.findings("Ketorolac (Toradol) 30 mg IV and ondansetron 4 mg IV were given at the end of surgery.")
    #expect(branded.map { $0.drug?.name } == ["ketorolac", "ondansetron"])
    #expect(branded.map { $0.dose?.amount } == [30, 4])
    // A dose right after a name stays with it, though a name follows.
    let listed = Fixtures.findings("Patients received doxorubicin 60 mg/m2 cyclophosphamide 600 mg/m2 every 3 weeks.")
    #expect(listed.map { $0.drug?.name } == ["doxorubicin", "cyclophosphamide"])
    #expect(listed.map { $0.dose?.amount } == [60, 600])
  }

  @Test func countsThatSplitATotalAreTheArmsSizes() {
    let findings = Fixtures.findings(
      "Patients took clonidine or midazolam. In all, 80 patients enrolled in the study, 40 in the clonidine group and 40 in the midazolam group.")
    #expect(findings.map { $0.cohort?.size } == [40, 40])
    #expect(findings.map { $0.drug?.name } == ["clonidine", "midazolam"])
    let were = Fixtures.findings(
      "Of the 300 patients enrolled, 98 were in the onlay mesh group, 101 in the small-bites group and 101 in the large-bites group.")
    #expect(were.map { $0.cohort?.size } == [98, 101, 101])
    #expect(were.map { $0.arm?.label } == ["onlay mesh", "small-bites", "large-bites"])
    let state = Fixtures.findings(
      "A total of 199 patients were randomized to ketamine or placebo; 98 were in remission in the ketamine group and 101 in the placebo group.")
    #expect(state.allSatisfy { $0.cohort?.size != 98 })
    // A total of people with an outcome is split into people with an outcome.
    let subset = Fixtures.findings(
      "Group A received ondansetron 4 mg and group B received placebo. Of the 30 patients who had nausea, 20 in group A and 10 in group B needed rescue.")
    #expect(subset.allSatisfy { $0.cohort == nil })
    // Counts that do not add up to the total are people with an outcome, not arms.
    let outcome = Fixtures.findings(
      "Patients took clonidine or midazolam. Of the 80 patients, 12 in the clonidine group and 5 in the midazolam group improved.")
    #expect(outcome.allSatisfy { $0.cohort?.size != 12 && $0.cohort?.size != 5 })
  }

  @Test func anIntervalsAsideDoesNotHideTheArm() {
    let findings = Fixtures.findings(paragraphs:
      "In group I (120 people) lidocaine was given and in group II (120 people) morphine.",
      "108 (90 %) patients (95 % CI 0.84 – 0.95) from group I and 84 (70%) patients (95 % CI 0.62 - 0.78) from group II responded at the end of treatment.")
    let counted = findings.filter { $0.response != nil }
    #expect(counted.map { $0.arm?.label } == ["group I", "group II"])
    // A scrape that lost the space after "(p = 0.0002)." still starts a sentence there.
    let glued = Fixtures.findings(paragraphs:
      "In group I (120 people) lidocaine was given and in group II (120 people) morphine.",
      "Pain scores differed (p = 0.0002).108 (90%) patients in group I responded.")
    let quote = glued.first { $0.response != nil }?.evidence.first { $0.field == "response" }?.quote
    #expect(quote == "108 (90%) patients in group I responded.")
    #expect(counted.map { $0.response?.responders } == [108, 84])
    #expect(counted.map { $0.response?.total } == [120, 120])
  }

  @Test func aShareOfTheWholeStudyIsNoArms() {
    let findings = Fixtures.findings(paragraphs:
      "Schools were randomized to the intervention group or the control group.",
      "A total of 1150 students provided outcome data at baseline, 1051 (91%) at 12 months and 985 (86%) at 24 months.")
    #expect(findings.allSatisfy { $0.response == nil })
  }

  @Test func aGroupNamedBeforeAColonIsItsDrugsArm() {
    let findings = Fixtures.findings(
      "Patients were allocated to Group L: lidocaine 40 mg (n = 30), or Group K: ketamine 0.5 mg/kg (n = 30).")
    #expect(findings.map { $0.drug?.name } == ["lidocaine", "ketamine"])
    #expect(findings.map { $0.arm?.label } == ["group L", "group K"])
    #expect(findings.map { $0.cohort?.size } == [30, 30])
    // The dose may come before the drug.
    let doseFirst = Fixtures.findings(
      "Sixty patients were randomized into two groups of 30 each. Group I: 30 ml 0.75% ropivacaine. Group L: 40 mg lidocaine.")
    #expect(doseFirst.map { $0.arm?.label } == ["group I", "group L"])
    #expect(doseFirst.map { $0.dose?.amount } == [225, 40])
  }

  @Test func aDoseFarFromItsNameInAnotherUnitMakesNoArm() {
    let findings = Fixtures.findings(
      "135 adults were randomized to 30 ml of 0.5% bupivacaine (n = 45), 30 ml of 0.375% ropivacaine (n = 44) or saline (n = 46), given as 15 ml per side after induction.")
    #expect(findings.map { $0.cohort?.size } == [45, 44, 46])
    #expect(findings.compactMap { $0.dose?.amount } == [150, 112.5])
  }

  @Test func whatPatientsOnADrugNeededIsTheirResponse() {
    let findings = Fixtures.findings(paragraphs:
      "Of 210 patients randomized, 70 were allocated to amiodarone and 69 to dronedarone.",
      "Repeat electrical cardioversion was needed in 11 patients on amiodarone vs 17 on dronedarone.")
    let counted = findings.filter { $0.response != nil }
    #expect(counted.map { $0.drug?.name } == ["amiodarone", "dronedarone"])
    #expect(counted.map { $0.response?.responders } == [11, 17])
    #expect(counted.map { $0.response?.total } == [70, 69])
    // Within a named group, people on a drug are a subgroup on a background drug.
    let background = Fixtures.findings(
      "In the ticagrelor group, major bleeding occurred in 12 patients on aspirin and in 3 patients not on aspirin.")
    #expect(background.allSatisfy { $0.response == nil })
    // Nobody's size: the people counted are those who needed it.
    #expect(findings.allSatisfy { $0.cohort?.size != 11 })
  }

  @Test func aTimeAloneDosesNothing() {
    #expect(Fixtures.findings("Serum insulin and leptin fell after 12 weeks on the study diet.").isEmpty)
    #expect(Fixtures.findings("Zidovudine prophylaxis started at 28 or 35 weeks of gestation.").isEmpty)
    #expect(Fixtures.findings("Results for adalimumab at week 12 are shown in Table 2.").isEmpty)
    // With a schedule, a route or a count, the time is the regimen's.
    #expect(Fixtures.findings("Ribavirin was given twice daily for 24 weeks.").map { $0.duration?.minDays } == [168])
    #expect(Fixtures.findings("Ribavirin was given to 40 patients for 24 weeks.").map { $0.cohort?.size } == [40])
    #expect(Fixtures.findings("Hepatitis C slow responders respond poorly to 24 weeks of peginterferon.").map { $0.duration?.minDays } == [168])
    #expect(Fixtures.findings("Patients were treated with dupilumab for up to 52 weeks.").map { $0.duration?.minDays } == [364])
    #expect(Fixtures.findings("Treatment with baricitinib lasted 24 weeks.").map { $0.duration?.minDays } == [168])
    // A length of treatment stated alone still dates the counted findings of its drug.
    let dated = Fixtures.findings(paragraphs:
      "Adults with gout took febuxostat for 24 weeks.",
      "Serum urate fell below target in 61 of 100 patients on febuxostat.")
    #expect(dated.map { $0.duration?.minDays } == [168])
  }

  @Test func animalStudyIsFlagged() {
    let findings = Fixtures.findings("Ruxolitinib was tested in mice, and within 12 weeks the mice regrew fur.")
    #expect(findings.map(\.species) == [.animal])
    // A paragraph about animals after its first sentence: what follows is theirs.
    let after = Fixtures.findings("Ruxolitinib was given for 12 weeks. The mice regrew fur.")
    #expect(after.map(\.species) == [.animal])
    // People counted before the paragraph turns to animals stay people.
    let before = Fixtures.findings(
      "Hyperglycaemia occurred in 4 of 14 patients after triamcinolone. In an ovine model, triamcinolone thinned cartilage in 5 of 8 animals.")
    #expect(before.filter { $0.species == .human }.map { $0.response?.responders } == [4])
  }

  @Test func evidencePointsIntoTheText() throws {
    let text = "In a trial of 12 patients, ruxolitinib 20 mg twice daily was given for 24 weeks."
    let f = try #require(Fixtures.findings(text).first)
    for evidence in f.evidence {
      let scalars = Array(text.unicodeScalars)
      #expect(String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])) == evidence.quote)
      #expect(String(String.UnicodeScalarView(scalars[evidence.textStart..<evidence.textEnd])) == evidence.text)
    }
    #expect(Set(f.evidence.map(\.field)) == ["drug", "dose", "frequency", "duration", "cohort"])
  }

  @Test func restatementIsMerged() {
    let document = Document(
      source: "t", title: "",
      blocks: [
        Block(kind: .paragraph, text: "Three volunteers used ruxolitinib daily over 4 to 5 months, and all showed full regrowth.", line: 1),
        Block(kind: .paragraph, text: "The three people given ruxolitinib daily over four to five months did well.", line: 3),
      ])
    #expect(Fixtures.pipeline.extract(document).findings.count == 1)
  }

  @Test func eventCountsNamedByTheirArmsTakeTheArmsSizes() {
    let findings = Fixtures.findings(paragraphs:
      "We allocated 120 adults to dexamethasone (n = 60) or ondansetron (n = 60).",
      "Vomiting occurred in 7 adults in the dexamethasone group and 13 adults in the ondansetron group.")
    #expect(findings.map { $0.drug?.name } == ["dexamethasone", "ondansetron"])
    #expect(findings.map { $0.response?.responders } == [7, 13])
    #expect(findings.map { $0.response?.total } == [60, 60])
    #expect(findings.map { $0.cohort?.size } == [60, 60])
  }

  @Test func groupsNamedByRomanNumeralsKeepTheirEventCounts() {
    let findings = Fixtures.findings("""
      Patients were assigned to group I (n = 45) or group II (n = 44). \
      Shivering occurred in 9 patients of group I and in 3 patients of group II.
      """)
    #expect(findings.map { $0.arm?.label } == ["group I", "group II"])
    #expect(findings.map { $0.response?.responders } == [9, 3])
    #expect(findings.map { $0.cohort?.size } == [45, 44])
  }

  @Test func countsNamedByTheDrugBeforeThePeople() {
    let findings = Fixtures.findings("""
      In total 240 patients were enrolled: 120 received naproxen and 120 received etodolac. \
      Heartburn was reported by 22 (18.3%) naproxen and 9 (7.5%) etodolac patients.
      """)
    #expect(findings.map { $0.drug?.name } == ["naproxen", "etodolac"])
    #expect(findings.map { $0.response?.responders } == [22, 9])
    #expect(findings.map { $0.response?.total } == [120, 120])
  }

  @Test func namedCountsGoToTheirArmsAndTheRestPairInOrder() {
    let findings = Fixtures.findings("""
      Adults were randomized to abatacept (n = 800) or placebo (n = 790). \
      Injection-site redness was reported by 240 (30.0%) abatacept recipients and 79 (10.0%) placebo recipients; \
      chills occurred in 2.5% and 1.0%, respectively.
      """)
    let vaccine = findings.filter { $0.drug?.name == "abatacept" }
    let placebo = findings.filter { $0.arm?.control == true }
    #expect(vaccine.map { $0.response?.responders } == [240, 20])
    #expect(placebo.map { $0.response?.responders } == [79, 8])
  }

  @Test func anAbbreviationDefinedWithItsGroupNamesTheDrug() {
    let findings = Fixtures.findings("""
      Patients were randomized to dexmedetomidine (DEX group, n = 40) or saline (control group, n = 40). \
      Emergence agitation occurred in 5 of 40 patients in the DEX group and 17 of 40 in the control group.
      """)
    #expect(findings.map { $0.drug?.name } == ["dexmedetomidine", nil])
    #expect(findings.map { $0.response?.responders } == [5, 17])
    #expect(findings.map { $0.cohort?.size } == [40, 40])
  }

  /// A table's legend ("SOF, sofosbuvir; RBV, ribavirin.") defines abbreviations the
  /// table's headers use; an entry that goes on after the name defines none.
  @Test func aTablesLegendDefinesItsAbbreviations() throws {
    let page = """
      <p>Patients were randomized to sofosbuvir plus daclatasvir or sofosbuvir plus ribavirin.</p>
      <table><tr><th>Outcome</th><th>DCV (n = 150)</th><th>RBV (n = 148)</th></tr>
      <tr><td>SVR12, n (%)</td><td>138 (92.0)</td><td>121 (81.8)</td></tr></table>
      <p>DCV, daclatasvir; RBV, ribavirin.</p>
      """
    let findings = Fixtures.pipeline.extract(try Fixtures.ingest("<html><body>\(page)</body></html>")).findings
    let read = findings.filter { $0.response != nil }.map { "\($0.drug?.name ?? "?") \($0.response?.responders ?? -1)/\($0.response?.total ?? -1)" }
    #expect(read == ["daclatasvir 138/150", "ribavirin 121/148"], "\(read)")
    let clause = Fixtures.findings(paragraphs: "In RBV, ribavirin was stopped early.", "Nausea occurred in 5 of 20 patients given RBV.")
    #expect(!clause.contains { $0.drug?.name == "ribavirin" && $0.response?.responders == 5 }, "\(clause)")
  }

  @Test func armsListedBeforeOnePluralGroups() {
    let findings = Fixtures.findings("""
      Children were randomized to the 5-day group (n = 60) or the 10-day group (n = 58). \
      Cure was documented in 48 (80.0%) and 52 (89.7%) children in the 5-day and 10-day groups, respectively.
      """)
    #expect(findings.map { $0.arm?.label } == ["5-day", "10-day"])
    #expect(findings.map { $0.response?.responders } == [48, 52])
    // A control's word that opens a name ("sham needling") is the control's arm, not a new one.
    let sham = Fixtures.findings("""
      Adults were randomized to needling (n = 50), sham needling (n = 48) or a waiting list (n = 47). \
      Response rates were 40.0% (20/50), 25.0% (12/48) and 10.6% (5/47) in the needling, sham needling and waiting-list groups.
      """)
    #expect(!sham.contains { $0.arm?.label == "needling" && $0.response?.responders == 12 })
    // Two kinds of control side by side are two control arms, each with its own count; the
    // sham arm keeps the full name the sentence gave it.
    let controls = sham.filter { $0.arm?.control == true && $0.response != nil }
    #expect(Set(controls.map { "\($0.arm?.label ?? "") \($0.response?.responders ?? -1)" }) == ["sham needling 12", "waiting list 5"])
  }

  @Test func anArmNamedInTheResultsIsTheOneTheMethodsSized() {
    let findings = Fixtures.findings(paragraphs:
      "Adults were randomly assigned to robotic surgery (n = 90) or open surgery (n = 88).",
      "Wound infection rates were 4.4% and 12.5% in the robotic and open groups, respectively.")
    #expect(findings.map { $0.arm?.label } == ["robotic surgery", "open surgery"])
    #expect(findings.map { $0.response?.responders } == [4, 11])
    #expect(findings.map { $0.response?.total } == [90, 88])
  }

  @Test func aBackgroundDrugBeforeTheAssignmentIsNoArm() {
    let findings = Fixtures.findings("""
      We randomised 150 adults with asthma uncontrolled on budesonide to tezepelumab 70 mg, tezepelumab 210 mg or placebo. \
      Asthma control was achieved by 44.0%, 52.0% and 20.0% of participants, respectively.
      """)
    #expect(!findings.contains { $0.drug?.name == "budesonide" && $0.response != nil })
    #expect(findings.filter { $0.response != nil }.map { $0.response?.proportion } == [0.44, 0.52, 0.2])
  }

  @Test func aCountAndItsPercentageImplyTheirTotalWhenOnlyOneFits() {
    let findings = Fixtures.findings("Headache occurred in 7 patients (17.5%) in the sumatriptan group and 12 (30.0%) in the placebo group.")
    // 7 of 40 is 17.5%: 39 gives 17.9% and 41 gives 17.1%.
    #expect(findings.map { $0.response?.responders } == [7, 12])
    #expect(findings.map { $0.response?.total } == [40, 40])
    // "2 (10%)" fits 20 and 21 (9.5%): neither is taken.
    let loose = Fixtures.findings("Headache occurred in 2 patients (10%) in the sumatriptan group.")
    #expect(loose.map { $0.response?.responders } == [2])
    #expect(loose.map { $0.response?.total } == [nil])
  }

  @Test func countsListedForGroupsNamedByLetters() {
    let findings = Fixtures.findings("""
      Patients were assigned to group A (n = 25), group B (n = 25) or group C (n = 24). \
      Pruritus occurred in 9, 5 and 2 patients in groups A, B and C, respectively.
      """)
    #expect(findings.map { $0.arm?.label } == ["group A", "group B", "group C"])
    #expect(findings.map { $0.response?.responders } == [9, 5, 2])
    #expect(findings.map { $0.response?.total } == [25, 25, 24])
    // Without "respectively" a list of counts names no arm.
    let unordered = Fixtures.findings("""
      Patients were assigned to group A (n = 25), group B (n = 25) or group C (n = 24). \
      Pruritus occurred in 9, 5 and 2 patients.
      """)
    #expect(unordered.allSatisfy { $0.response == nil })
  }

  @Test func aRegimenStatedAloneJoinsTheDrugsCounts() {
    let one = Fixtures.findings(paragraphs: 
      "Adults with gout took febuxostat 80 mg once daily.",
      "Serum urate fell below target in 61 of 100 patients on febuxostat.",
      "Flares needing treatment occurred in 12 (12%) of the febuxostat patients.")
    #expect(one.map { $0.dose?.amount } == [80, 80])
    #expect(one.map { $0.response?.responders } == [61, 12])
    // Two doses of the drug: which one the counts are is not known.
    let two = Fixtures.findings(paragraphs: 
      "Adults with gout took febuxostat 40 mg or febuxostat 80 mg once daily.",
      "Serum urate fell below target in 61 of 100 patients on febuxostat.")
    #expect(two.filter { $0.response != nil }.map { $0.dose?.amount } == [nil])
    #expect(two.count == 3)
  }

  /// "20.0%" is stated to a tenth of a per cent, although its value is 0.2: of 603 it is
  /// 120.6, no whole count, so no count is made up for it.
  @Test func aShareKeepsTheRoundingItWasWrittenWith() {
    let findings = Fixtures.findings(paragraphs:
      "Women were randomly assigned to tranexamic acid (n = 603) or placebo (n = 598).",
      "Transfusion by day 2 was needed in 20.0% of women given tranexamic acid and 25.0% of those given placebo.")
    #expect(findings.allSatisfy { $0.response?.responders == nil })
    #expect(findings.contains { $0.response?.proportion == 0.2 })
    // 25.0% of 40 is 10: a whole count.
    let whole = Fixtures.findings(paragraphs:
      "Women were randomly assigned to tranexamic acid (n = 40) or placebo (n = 38).",
      "Transfusion by day 2 was needed in 25.0% of women given tranexamic acid.")
    #expect(whole.contains { $0.response?.responders == 10 && $0.response?.total == 40 })
    #expect(whole.first { $0.response?.responders == 10 }?.response?.derived == .unique)
    // 7.6% of 2198 is 167 (7.60%) or 168 (7.64%): the nearest, and the record says so.
    let large = Fixtures.findings(paragraphs:
      "Patients were randomly assigned to colchicine (n = 2214) or placebo (n = 2198).",
      "The primary end point occurred in 7.6% of patients in the placebo group.")
    let placebo = large.first { $0.response != nil }?.response
    #expect(placebo?.responders == 167 && placebo?.derived == .nearest)
    // A count the text states is not derived.
    #expect(Fixtures.findings("Remission occurred in 21 of 40 patients given sertraline.").first?.response?.derived == nil)
  }

  /// Counts that a sentence compares are of different arms: "vs placebo" after a count
  /// names the next count's arm, a total that is another arm's size is that arm's, and
  /// counts of a list of arms the rules know one of go to no arm but by their own words.
  @Test func comparedCountsGoToTheirOwnArms() {
    let versus = Fixtures.findings(paragraphs:
      "Adults were randomized to dexamethasone 8 mg (n = 84) or placebo (n = 81).",
      "The response rate was dexamethasone 8 mg: 22.6% (19/84) vs placebo 46.9% (38/81).")
    #expect(versus.filter { $0.response?.responders == 19 }.map { $0.drug?.name } == ["dexamethasone"])
    #expect(versus.filter { $0.response?.responders == 38 }.map { $0.arm?.control } == [true])

    let bySize = Fixtures.findings(paragraphs:
      "Men were randomized to laparoscopic repair (n = 88) or open repair (n = 86).",
      "In the laparoscopic group, chronic pain was reported by 11 of 88 (12.5%) vs 21 of 86 (24.4%) patients.")
    #expect(!bySize.contains { $0.arm?.label == "laparoscopic repair" && $0.response?.responders == 21 })
    #expect(bySize.contains { $0.arm?.label == "laparoscopic repair" && $0.response?.responders == 11 })
    #expect(bySize.contains { $0.arm?.label == "open repair" && $0.response?.responders == 21 && $0.response?.outcome == "chronic pain" })
    // A subgroup of the arm the sentence names stays that arm's, whatever its total.
    let subgroup = Fixtures.findings(paragraphs:
      "Patients were randomized to methotrexate 10 mg weekly (n = 100) or placebo (n = 50).",
      "In the methotrexate group, clearance was achieved in 20 of 50 patients with severe disease.")
    #expect(!subgroup.contains { $0.arm?.control == true && $0.response?.responders == 20 })

    let list = Fixtures.findings(paragraphs:
      "Patients were randomized to dexamethasone 4 mg, dexamethasone 8 mg or placebo.",
      "Nausea occurred in 27 (32.9%), 19 (22.6%) and 38 (46.9%) patients in the 4 mg, 8 mg and placebo groups.")
    #expect(!list.contains { $0.arm?.control == true && [27, 19].contains($0.response?.responders) })

    let pair = Fixtures.findings(paragraphs:
      "Patients received toripalimab (n = 146) or placebo (n = 143) with chemotherapy.",
      "The toripalimab group was followed for two years.",
      "Grade 3 events occurred in 129 (88.4%) and 120 (83.9%) patients.")
    #expect(!pair.contains { $0.drug?.name == "toripalimab" && $0.response?.responders == 120 })
  }

  /// "allocated to iCBT": a count of an arm the rules do not know goes to no known arm.
  @Test func aCountOfAnUnknownArmIsNoKnownArms() {
    let findings = Fixtures.findings(paragraphs:
      "Adults were randomized to escitalopram (n = 98), iCBT (n = 97) or both (n = 99).",
      "Response occurred in 45/98 (45.9%) participants allocated to escitalopram and 41/97 (42.3%) allocated to iCBT.")
    #expect(findings.filter { $0.drug?.name == "escitalopram" }.compactMap { $0.response?.responders } == [45])
    #expect(!findings.contains { $0.response?.responders == 41 && $0.drug != nil })
    // A regimen's code that opens with its digit; the study's count beside them is no
    // arm's once a paragraph listed several.
    let coded = Fixtures.findings(paragraphs:
      "Contacts were randomized to weekly rifapentine plus isoniazid for 3 months (3HP) or daily isoniazid for 6 months (6H).",
      "Of 700 contacts screened, 612 were randomised: 305 to 3HP and 307 to 6H. Hepatotoxicity occurred in 3 (1.0%) participants receiving 3HP and 12 (3.9%) receiving isoniazid alone.")
    let read = coded.filter { $0.cohort != nil || $0.response != nil }.map { "\($0.drug?.name ?? "?") \($0.cohort?.size ?? -1) \($0.response?.responders ?? -1)" }
    #expect(!read.contains { $0.contains("612") || $0.hasSuffix(" 3") }, "\(read)")
    // A single arm's people, counted again by outcome, are still its size.
    let single = Fixtures.findings("Forty patients received ruxolitinib 20 mg twice daily; 28 responded and 12 did not.")
    #expect(single.contains { $0.cohort?.size == 40 }, "\(single)")
    let ranges = Fixtures.findings("We enrolled 40 adolescents aged 12 to 17 years and weighing 28 to 90 kg, who received ruxolitinib 20 mg twice daily.")
    #expect(ranges.contains { $0.cohort?.size == 40 }, "\(ranges)")
  }

  /// "more patients in the intervention group continued (86/125 vs 78/133)": the arm
  /// named before a comparison takes its first count; the second is another arm's.
  @Test func theArmBeforeAComparisonTakesItsFirstCount() {
    let findings = Fixtures.findings(paragraphs:
      "Patients were randomized to the intervention group or to usual care.",
      "More patients in the intervention group continued treatment at 6 months (86/125 vs 78/133).")
    let intervention = findings.filter { $0.arm?.label == "intervention" }.compactMap { $0.response?.responders }
    #expect(intervention == [86])
  }

  /// "… 55 (91.7%) children in the intervention and control arms": the first arm of a
  /// list is not the count's own.
  @Test func theFirstOfAListOfArmsIsNoCountsOwn() {
    let findings = Fixtures.findings(paragraphs:
      "Children were randomized to the intervention arm (n = 61) or the control arm (n = 60).",
      "The course was completed by 58 (95.1%) and 55 (91.7%) children in the intervention and control arms.")
    #expect(!findings.contains { $0.arm?.label == "intervention" && $0.response?.responders == 55 })
  }

  /// "Of 60 patients randomized to topiramate, 40 responded": a size the sentence gives
  /// one arm, and a count out of it, stay that arm's when the paragraph names a control.
  @Test func anOpeningOnOneArmKeepsItsCounts() {
    let findings = Fixtures.findings(
      "Of 60 patients randomized to topiramate, 40 responded. Of 58 patients randomized to placebo, 20 responded. Four patients on topiramate stopped because of side effects.")
    let read = findings.map { "\($0.drug?.name ?? $0.arm?.label ?? "?") \($0.cohort?.size ?? -1) \($0.response?.responders ?? -1)/\($0.response?.total ?? -1)" }
    #expect(read.contains("topiramate 60 40/60"), "\(read)")
    #expect(read.contains("topiramate 60 4/60"), "\(read)")
    #expect(read.contains("placebo 58 20/58"), "\(read)")
    // A count of the whole, with both arms after "to", is still no arm's.
    let both = Fixtures.findings(
      "Of 300 patients randomized to topiramate or placebo, 280 completed the trial. Migraine stopped in 40 of 150 patients on topiramate.")
    #expect(!both.contains { $0.cohort?.size == 300 || $0.response?.responders == 280 }, "\(both)")
    let shared = Fixtures.findings("Of 120 patients randomized to topiramate or placebo, 60 responded.")
    #expect(!shared.contains { $0.response?.responders == 60 }, "\(shared)")
    // Each arm's own whole stays its count's total.
    let each = Fixtures.findings(
      "Of the 255 women randomised to nitrofurantoin, nineteen needed a second antibiotic course, as did twenty-seven of the 258 given fosfomycin.")
    #expect(each.contains { $0.drug?.name == "nitrofurantoin" && $0.response?.responders == 19 && $0.response?.total == 255 }, "\(each)")
  }

  /// "Dizziness affected 41 vs. 12 patients, and drowsiness 19 vs. 6" in a paragraph that
  /// names no arm: each pair in the order the arms were last named, never all one arm's.
  @Test func comparedPairsFollowTheArmsLastNamed() {
    let findings = Fixtures.findings(paragraphs:
      "Leg pain improved in 30 of the 104 patients on pregabalin vs. 27 of 103 on placebo.",
      "Side-effects were more common on the drug. Dizziness affected 41 vs. 12 patients, and drowsiness 19 vs. 6.")
    let read = findings.compactMap { f in f.response.map { "\(f.drug?.name ?? f.arm?.label ?? "?") \($0.responders ?? -1)" } }
    #expect(Set(read) == ["pregabalin 30", "placebo 27", "pregabalin 41", "placebo 12", "pregabalin 19", "placebo 6"], "\(read)")
  }

  /// "the A (n = 5,940) and B (n = 5,122) groups" after "…; the differences observed for
  /// diarrhea …;": an event of another clause makes no size a count of people with it.
  @Test func anEventOfAnotherClauseLeavesArmSizes() {
    let text = "Diarrhoea was observed more often with metformin; the incidence rates were 4.3 and 4.9 per 100 patient-years in the sitagliptin (n = 5,940) and non-exposed (n = 5,122) groups, respectively."
    #expect(Fixtures.values(.cohort, in: text) == ["5940", "5122"])
    // Within the clause, the event still makes them people with it.
    #expect(Fixtures.values(.cohort, in: "Nausea was seen in the placebo (n = 2) and sitagliptin (n = 3) groups.").isEmpty)
  }

  /// "One woman in the infusion group and four in the tablet group": groups named by the
  /// dosage form or route of the one drug given that way; a brand in brackets after the
  /// name leaves the route with its drug.
  @Test func groupsNamedByFormFindTheirDrug() {
    let findings = Fixtures.findings(paragraphs:
      "By random allocation, 140 were given a single 15-minute infusion of ferric carboxymaltose (Ferinject), 1,000 mg, and 139 were given ferrous sulphate tablets to take at home.",
      "One woman in the infusion group and four in the tablet group needed a blood transfusion after leaving hospital.")
    let read = findings.compactMap { f in f.response.map { "\(f.drug?.name ?? "?") \($0.responders ?? -1)/\($0.total ?? -1)" } }
    #expect(Set(read) == ["ferric carboxymaltose 1/140", "ferrous sulfate 4/139"], "\(read)")
    #expect(findings.filter { $0.drug?.name == "ferrous sulfate" }.allSatisfy { $0.dose?.route == "oral" })
  }

  /// "Of 60 patients randomized to A who had failed anti-TNF therapy, 20 achieved
  /// remission": a subgroup of the arm, not the arm.
  @Test func anOpeningOnASubgroupOfAnArmIsNoArms() {
    let findings = Fixtures.findings(
      "Patients were randomized to vedolizumab (n = 120) or placebo (n = 60). Of 60 patients randomized to vedolizumab who had failed anti-TNF therapy, 20 achieved remission.")
    #expect(!findings.contains { $0.response?.responders == 20 }, "\(findings)")
  }

  /// "After seven days, 81 of those on A could walk": a time in the response's sentence
  /// says when the outcome was counted, not how long the arm was treated ("for two
  /// weeks"), so the count still takes the arm's size.
  @Test func aTimeOfCountingIsNoOtherTreatmentLength() {
    let findings = Fixtures.findings(paragraphs:
      "Researchers enrolled 286 adults. Of these, 144 were given naproxen gel four times a day for up to two weeks, and 142 were given a placebo gel.",
      "After seven days, 81 of those on naproxen could walk without pain, compared with 53 in the placebo group.")
    let read = Fixtures.counts(findings)
    #expect(Set(read) == ["naproxen 81/144", "placebo 53/142"], "\(read)")
  }

  /// "109 of the 147 checked in the injection group": a group named by what a drug is
  /// given as is that drug's arm where the article gives one drug so ("injections of
  /// meglumine antimoniate"), never the other arm the sentence names.
  @Test func aGroupNamedByWhatItsDrugIsGivenAsIsThatDrugsArm() {
    let findings = Fixtures.findings(paragraphs:
      "In the heat group, 163 people had each lesion treated once with a heat device. The other 161 received injections of meglumine antimoniate once a week.",
      "One hundred and two of the 150 people in the heat group had complete healing, compared with 109 of the 147 checked in the injection group.")
    let read = Fixtures.counts(findings)
    #expect(Set(read) == ["heat 102/150", "meglumine antimoniate 109/147"], "\(read)")
    // Two drugs given as injections leave the group without a drug, but still its own arm.
    let two = Fixtures.findings(paragraphs:
      "Patients received injections of meglumine antimoniate or injections of sodium stibogluconate, or heat.",
      "Healing occurred in 102 of the 150 people in the heat group and 109 of the 147 in the injection group.")
    let named = Fixtures.counts(two)
    #expect(Set(named) == ["heat 102/150", "injection 109/147"], "\(named)")
  }

  /// Arms coded where they are assigned ("ketamine 10 mg (K10)") are sized by a list of
  /// the codes ("92 received K5, 90 K10 and 91 L2"), and a "respectively" list of counts
  /// follows that order, not the two arms a bracket after it compares.
  @Test func codedArmsAreSizedAndARespectivelyListIgnoresTheComparisonAfterIt() {
    let findings = Fixtures.findings(paragraphs:
      "Patients were randomized 1:1:1 to intranasal ketamine 5 mg (K5), ketamine 10 mg (K10) or lorazepam 2 mg (L2).",
      "Of 273 patients randomized, 92 received K5, 90 K10 and 91 L2.",
      "Calm within 20 minutes was reached in 46 (50.0%), 63 (70.0%) and 52 (57.1%) patients, respectively (K10 vs L2, risk difference 12.9 points; 95% CI 0.2 to 25.6).",
      "Rescue medication was needed least often with K10 (8.9%).")
    let read = findings.compactMap { f in f.response.map { "\(f.arm?.label ?? "-") \($0.responders ?? -1)/\($0.total ?? -1)" } }
    #expect(Set(read) == ["K5 46/92", "K10 63/90", "L2 52/91"], "\(read)")
    // Named by drugs, the same list follows the drugs' order.
    let named = Fixtures.findings(paragraphs:
      "Of 273 patients randomized, 92 received haloperidol, 90 olanzapine and 91 lorazepam.",
      "Calm within 20 minutes was reached in 46 (50.0%), 63 (70.0%) and 52 (57.1%) patients, respectively (olanzapine vs lorazepam, risk difference 12.9 points).")
    let counts = Fixtures.counts(named)
    #expect(Set(counts) == ["haloperidol 46/92", "olanzapine 63/90", "lorazepam 52/91"], "\(counts)")
  }

  /// "pregabalin 600 mg/day (high dose, HD)": capitals coding a dose level name that arm
  /// and its drug from then on ("HD 30/61"); two capitals that no bracket defines do not.
  @Test func doseLevelCodesNameTheirArms() {
    let findings = Fixtures.findings(paragraphs:
      "Adults were randomised to pregabalin 600 mg/day (high dose, HD), pregabalin 300 mg/day (low dose, LD) or placebo.",
      "A total of 183 were randomised (HD 61, LD 60, placebo 62).",
      "Pain fell by half in HD 30/61 (49.2%), LD 21/60 (35.0%) and placebo 12/62 (19.4%).")
    let read = findings.compactMap { f in f.response.map { "\(f.drug?.name ?? "-") \(f.arm?.label ?? "-") \($0.responders ?? -1)/\($0.total ?? -1) n=\(f.cohort?.size ?? -1)" } }
    #expect(Set(read) == ["pregabalin HD 30/61 n=61", "pregabalin LD 21/60 n=60", "- placebo 12/62 n=62"], "\(read)")
    let undefined = Fixtures.findings(paragraphs:
      "Adults were randomised to pregabalin 600 mg/day or placebo (HD, haemodialysis patients excluded).",
      "Pain fell by half in HD 30/61 (49.2%) and placebo 12/62 (19.4%).")
    #expect(!undefined.contains { $0.arm?.label == "HD" })
  }

  /// A "respectively" list as long as the bracket after it names arms is those arms'
  /// ("12 and 18, respectively (metoclopramide vs placebo)" in a trial of three); one
  /// that pairs with times ("at 5, 10 and 15 minutes") is no arm's.
  @Test func aRespectivelyListBesideAComparisonOrATimeList() {
    let arms = "Patients were randomized to ondansetron (n = 75), metoclopramide (n = 75) or placebo (n = 74)."
    let two = Fixtures.counts(Fixtures.findings(paragraphs: arms,
      "Vomiting occurred in 12 (16%) and 18 (24%) patients, respectively (metoclopramide vs placebo, P = 0.04)."))
    #expect(Set(two) == ["metoclopramide 12/75", "placebo 18/74"], "\(two)")
    let times = Fixtures.counts(Fixtures.findings(paragraphs: arms,
      "Sedation occurred in 20, 30 and 40 patients at 5, 10 and 15 minutes, respectively (ondansetron vs placebo)."))
    #expect(times.allSatisfy { !$0.hasSuffix("/75") && !$0.hasSuffix("/74") }, "\(times)")
  }

  /// A dose changed to ("reduced to 25 mg") is no dose the arm is named by: the arm's
  /// later counts stay with the arm its size was given to.
  @Test func aDoseChangedToNamesNoArm() {
    let findings = Fixtures.findings(paragraphs:
      "Adults were randomly assigned to sertraline 50 mg daily (n = 64) or placebo (n = 63).",
      "Eight adults on sertraline had the dose reduced to 25 mg because of nausea; nausea affected 15 adults on sertraline and 6 on placebo.",
      "In the open extension the dose was increased to 100 mg.")
    #expect(Fixtures.counts(findings) == ["sertraline 15/64", "placebo 6/63"], "\(Fixtures.counts(findings))")
    #expect(findings.filter { $0.drug?.name == "sertraline" }.count == 1, "\(findings.map { $0.dose?.amount })")
    // Where the sentence assigns people to the changed dose, it is an arm's.
    let assigned = Fixtures.findings(paragraphs:
      "Adults were randomised to have their dose of escitalopram increased to 20 mg (n = 60) or kept at 10 mg (n = 58).",
      "Remission occurred in 21 of 60 and 15 of 58, respectively.")
    #expect(assigned.contains { $0.dose?.amount == 20 && $0.cohort?.size == 60 }, "\(assigned.map { ($0.dose?.amount, $0.cohort?.size) })")
  }

  /// A count of people in a paragraph that names no arm, after arms with sizes of their
  /// own ("Among 21 adults who later …"), is the study's, no size of the arm named last.
  @Test func aLaterParagraphsCountIsNoArmsSize() {
    let findings = Fixtures.findings(paragraphs:
      "Adults were randomly assigned to naproxen (n = 81) or a sham device (n = 80).",
      "Heartburn affected 12 adults on naproxen, and 5 adults on naproxen had a rash.",
      "Among 21 adults who later moved away, results were mixed.")
    #expect(Fixtures.counts(findings) == ["naproxen 12/81", "naproxen 5/81"], "\(Fixtures.counts(findings))")
    #expect(!findings.contains { $0.cohort?.size == 21 })
  }

  /// "reported dizziness at least weekly": how often an outcome came, in a sentence with
  /// counts and no dose, is no regimen that would split the arm from its size.
  @Test func anOutcomesFrequencyIsNoRegimen() {
    let findings = Fixtures.findings(paragraphs:
      "Adults were randomly assigned to propranolol 40 mg twice daily (n = 60) or placebo (n = 58).",
      "Twelve propranolol recipients reported dizziness at least weekly, as did 5 taking placebo. "
        + "Palpitations recurred in 30.0% and 50.0% of participants assigned to propranolol and placebo, respectively.")
    #expect(Fixtures.counts(findings).contains("propranolol 18/60"), "\(Fixtures.counts(findings))")
    #expect(findings.filter { $0.drug?.name == "propranolol" }.allSatisfy { $0.cohort?.size == 60 }, "\(Fixtures.counts(findings))")
    // Beside the drug's name, a frequency still names the arm.
    let named = Fixtures.findings(paragraphs:
      "Adults were randomly assigned to once-weekly or once-daily alendronate.",
      "Fractures occurred in 4 of 50 patients on once-weekly alendronate and 6 of 52 on once-daily alendronate.")
    #expect(Fixtures.counts(named) == ["alendronate 4/50", "alendronate 6/52"], "\(Fixtures.counts(named))")
  }

  /// "Twice as many were assigned to the drug as to placebo: 120 got A and 60 got
  /// placebo": the arms before the colon are the comparison's; the counts are of the arms
  /// named after it, in that order.
  @Test func countsAfterAColonFollowTheArmsNamedThere() {
    let findings = Fixtures.findings(paragraphs:
      "Twice as many were assigned to the drug as to placebo: 120 got dupilumab injections and 60 got placebo injections.",
      "Itch improved in 30 children in the dupilumab group and 6 in the placebo group.")
    #expect(Fixtures.counts(findings) == ["dupilumab 30/120", "placebo 6/60"], "\(Fixtures.counts(findings))")
    // Fewer arms after the colon than counts: the arms before it are the list's too.
    let before = Fixtures.findings(paragraphs:
      "Metformin and sitagliptin were each compared with placebo: response rates were 30 of 60 with metformin, 28 of 59 with the second drug and 10 of 58 with placebo.")
    #expect(!Fixtures.counts(before).contains("metformin 28/59"), "\(Fixtures.counts(before))")
  }

  /// "an identical dummy tablet (placebo)": the control is named by the word in the
  /// bracket, as the article names it later; "two groups of 60: one group took …" sizes both.
  @Test func aControlRenamedInABracket() {
    let findings = Fixtures.findings(paragraphs:
      "They were split into two groups of 60: one group took sertraline 50 mg daily, and the other an identical dummy tablet (placebo).",
      "At week 8, 30.0 per cent of the sertraline group and 15.0 per cent of the placebo group were in remission.")
    #expect(Fixtures.counts(findings) == ["sertraline 18/60", "placebo 9/60"], "\(Fixtures.counts(findings))")
  }

  /// A list of the arms that defines one without a drug by its name and size ("Yoga (64
  /// adults): weekly classes …", "Brisk walking, 30 minutes a day: 61 adults") sizes that
  /// arm, and the name names it later ("38 of the 64 adults doing Yoga" by the shorter name,
  /// "in the walking group"). An item of who the people are, or of what befell them, is none.
  @Test func armsDefinedByAListOfThem() {
    let paragraphs = [
      "Adults with back pain were randomly assigned to one of three groups:",
      "Yoga (64 adults): weekly classes for 12 weeks, plus dummy tablets.",
      "Brisk walking, 30 minutes a day, five days a week: 61 adults",
      "Naproxen (63 adults): 500 mg twice daily.",
      "Pain halved in 30 of the 64 adults using Yoga, 25 of the 61 in the walking group and 28 of the 63 on naproxen.",
    ]
    let findings = Fixtures.findings(paragraphs: paragraphs)
    #expect(Fixtures.counts(findings) == ["Yoga 30/64", "Brisk walking 25/61", "naproxen 28/63"], "\(Fixtures.counts(findings))")
    #expect(findings.contains { $0.arm?.label == "Brisk walking" && $0.cohort?.size == 61 }, "\(findings.map { $0.arm?.label })")
    let notArms = Fixtures.findings(paragraphs:
      "Adults with back pain were randomly assigned to naproxen or placebo.",
      "Women (64 adults): most were over 50.",
      "Side effects (12 adults): mostly mild.")
    #expect(!notArms.contains { $0.cohort?.size == 64 || $0.cohort?.size == 12 }, "\(notArms.map { $0.arm?.label })")
  }

  /// A trial that sets one drug against a control names its active arm by a role ("the
  /// intervention group", "the drug group", "Treatment (n = 30)"), and that arm is the
  /// drug's. Never where the assignment gives two drugs, two doses, or an arm of its own.
  @Test func aRoleNamesTheSoleDrugOfAControlledTrial() {
    let sole = Fixtures.findings(paragraphs:
      "In this trial, 200 adults were randomly assigned to tamsulosin 0.4 mg once daily or matching placebo.",
      "Stone passage occurred in 61 of 100 in the intervention group and 42 of 100 in the placebo group.")
    #expect(Fixtures.counts(sole) == ["tamsulosin 61/100", "placebo 42/100"], "\(Fixtures.counts(sole))")
    let drugGroup = Fixtures.findings(paragraphs:
      "Children were randomised to oral ondansetron or placebo.",
      "Vomiting stopped in 33 of 40 in the drug group and 19 of 41 in the placebo group.")
    #expect(Fixtures.counts(drugGroup) == ["ondansetron 33/40", "placebo 19/41"], "\(Fixtures.counts(drugGroup))")
    // The drug of who was enrolled is not assigned; a second drug assigned is.
    let addOn = Fixtures.findings(paragraphs:
      "Patients on metformin were randomly assigned to sitagliptin or placebo.",
      "Nausea occurred in 12 of 80 in the treatment group and 5 of 79 in the placebo group.")
    #expect(Fixtures.counts(addOn) == ["sitagliptin 12/80", "placebo 5/79"], "\(Fixtures.counts(addOn))")
    // No drug for the role where the assignment gives two drugs or two doses, an arm of
    // its own, no control, a programme beside a drug of who was enrolled, or where the
    // only assignment is another study's.
    let unnamed: [[String]] = [
      ["Patients were randomly assigned to sitagliptin, metformin or placebo.",
       "Nausea occurred in 30 of 80 in the treatment group and 5 of 79 in the placebo group."],
      ["Adults were randomised to tamsulosin 0.2 mg or 0.4 mg daily or placebo.",
       "Stone passage occurred in 30 of 50 in the treatment group and 20 of 50 in the placebo group."],
      ["Adults were randomised to tamsulosin, to an exercise group, or to placebo.",
       "Pain eased in 30 of 50 in the intervention group and 20 of 50 in the placebo group."],
      ["Adults were randomised to tamsulosin or to watchful waiting.", "Stone passage occurred in 30 of 50 in the treatment group."],
      ["Patients taking warfarin were randomly assigned to a self-management programme or usual care.",
       "In the intervention group, 30 of 120 patients were in the therapeutic range."],
      ["Patients who chose to start allopurinol formed the treatment group; others were untreated.",
       "In the treatment group, 30 of 100 patients had a flare.", "In a previous trial, patients were randomly assigned to colchicine or placebo."],
      ["Participants were randomly assigned to metformin, a supervised exercise programme, or usual care.",
       "In the intervention group, 30 of 100 developed diabetes."],
    ]
    for paragraphs in unnamed {
      let findings = Fixtures.findings(paragraphs: paragraphs)
      #expect(findings.contains { $0.response?.responders == 30 }, "\(paragraphs[0])")
      #expect(!findings.contains { $0.drug != nil && $0.response?.responders == 30 }, "\(paragraphs[0]): \(Fixtures.counts(findings))")
    }
  }

  /// Each arm sized in a sentence of its own keeps its size, and a count out of one arm's
  /// size, in a sentence that names no arm, is that arm's.
  @Test func aCountOutOfOneArmsSizeIsThatArms() {
    let findings = Fixtures.findings(paragraphs:
      "Some 326 women took part. Of these, 162 were picked at random to receive a single drip of iron sucrose. The other 164 were prescribed ferrous sulphate tablets twice a day for six weeks.",
      "Six weeks later, anaemia had been corrected in 137 of the 162 women given the drip (85%), compared with 98 of the 164 on tablets.")
    let byDrug = Dictionary(findings.compactMap { f in f.drug.map { ($0.name, f) } }, uniquingKeysWith: { a, _ in a })
    #expect(byDrug["iron sucrose"]?.cohort?.size == 162, "\(Fixtures.counts(findings))")
    #expect(byDrug["ferrous sulfate"]?.cohort?.size == 164)
    #expect(byDrug["iron sucrose"]?.response?.responders == 137)
    #expect(byDrug["ferrous sulfate"]?.response?.responders == 98)
    let sentences = Fixtures.findings("162 women were assigned to metformin. 164 women were assigned to glibenclamide.")
    #expect(sentences.map { $0.cohort?.size } == [162, 164])
    // A count whose total is no arm's size stays out; so does one of another study, or a
    // single count no arm is named for.
    let other = Fixtures.findings(paragraphs:
      "162 women were assigned to metformin. 164 women were assigned to glibenclamide.", "Anaemia had been corrected in 137 of the 170 women given the drip.")
    #expect(!other.contains { $0.response != nil }, "\(Fixtures.counts(other))")
    let pilot = Fixtures.findings(paragraphs:
      "We randomly assigned 60 patients to ketamine and 58 to midazolam.", "In our earlier pilot study, 30 of 60 patients responded to a single infusion.")
    #expect(!pilot.contains { $0.response != nil }, "\(Fixtures.counts(pilot))")
    let historical = Fixtures.findings(paragraphs:
      "We randomly assigned 162 women to metformin and 164 to insulin.",
      "Glucose targets were met by 137 of 162 women on metformin, compared with 98 of 164 women in a historical cohort.")
    #expect(historical.compactMap { $0.response?.responders } == [137], "\(Fixtures.counts(historical))")
    // Two counts out of one arm's size are not both its.
    let same = Fixtures.findings(paragraphs:
      "We randomised 200 children with anaemia to oral iron (n = 100) or intravenous iron (n = 100).",
      "Anaemia was corrected in 80 of 100 children given iron drops, compared with 95 of 100 given the infusion.")
    #expect(same.filter { $0.response != nil }.count <= 1, "\(Fixtures.counts(same))")
  }

  /// A count assigned to one arm goes to the drug after "to", not to a drug named before
  /// it; a count that later counts share out is the study's.
  @Test func aCountAssignedToOneArmGoesToThatArm() {
    let cases: [(String, String)] = [
      ("Among patients already taking metformin, 300 were randomly assigned to sitagliptin.", "sitagliptin"),
      ("After failure of imatinib, 150 patients were randomly assigned to nilotinib.", "nilotinib"),
      ("In the comparison of rivaroxaban versus enoxaparin, 3,000 patients were randomly assigned to rivaroxaban.", "rivaroxaban"),
      ("Among women already taking aspirin, 162 were picked at random to receive heparin.", "heparin"),
    ]
    for (text, drug) in cases {
      let findings = Fixtures.findings(text)
      #expect(findings.filter { $0.cohort != nil }.map { $0.drug?.name } == [drug], "\(text): \(Fixtures.counts(findings))")
    }
    let shared = Fixtures.findings("400 patients were randomly assigned to aspirin, 200 to 81 mg daily and 200 to 325 mg daily.")
    #expect(!shared.contains { $0.cohort?.size == 400 }, "\(Fixtures.counts(shared))")
    let sedation = Fixtures.findings("Fourteen patients needed additional sedation; another 9 were given haloperidol for agitation.")
    #expect(!sedation.contains { $0.cohort != nil }, "\(Fixtures.counts(sedation))")
  }

  /// A length of treatment after a list of arms with a control is the control's too; it
  /// reaches the control's counts stated elsewhere, and is no finding alone.
  @Test func aControlListedWithTheArmsSharesTheirLength() {
    let findings = Fixtures.findings(paragraphs:
      "Adults were randomised 2:1 to upadacitinib 30 mg once daily or matching placebo for 12 weeks.",
      "At week 12, 30 of 47 on upadacitinib and 5 of 23 on placebo had responded.")
    #expect(findings.map { $0.duration?.minDays } == [84, 84], "\(findings.map { $0.duration })")
    #expect(findings.last?.arm?.control == true)
    let alone = Fixtures.findings("Adults were randomised to upadacitinib or placebo for 12 weeks.")
    #expect(alone.count == 1 && alone.first?.drug?.name == "upadacitinib", "\(Fixtures.counts(alone))")
    let vehicle = Fixtures.findings(paragraphs:
      "Children were randomised to crisaborole 2% ointment, tacrolimus 0.03% ointment or vehicle, each applied twice daily for 28 days.",
      "Success was reached by 50 of 121, 48 of 122 and 20 of 120 children in the three groups, respectively.")
    #expect(vehicle.map { $0.duration?.minDays } == [28, 28, 28], "\(Fixtures.counts(vehicle))")
    // A control compared with, or named after the length, is not given it.
    let compared = Fixtures.findings(paragraphs:
      "Compared with placebo, upadacitinib 30 mg once daily for 12 weeks raised the response rate.",
      "At week 12, 30 of 47 on upadacitinib and 5 of 23 on placebo had responded.")
    #expect(compared.first { $0.arm?.control == true }?.duration == nil, "\(Fixtures.counts(compared))")
    // Nor a length of something else done after the list: observation, a drug all took.
    for methods in [
      "Patients were randomly assigned to receive romosozumab or placebo and were observed for 12 months.",
      "Patients were randomized to romosozumab or placebo, and all received dexamethasone for 10 days.",
      "Adults were randomised to romosozumab or placebo, after a placebo run-in for 2 weeks.",
    ] {
      let findings = Fixtures.findings(paragraphs: methods, "Fractures occurred in 16 of 3321 on romosozumab and 59 of 3322 on placebo.")
      #expect(findings.first { $0.arm?.control == true }?.duration == nil, "\(methods): \(Fixtures.counts(findings))")
    }
    // Nor to the control of another trial in the document.
    let second = Fixtures.findings(paragraphs:
      "In the first trial, patients were randomised to adalimumab or placebo for 12 weeks.",
      "In the second trial, 300 patients received certolizumab or placebo. Remission occurred in 40 of 150 on certolizumab and 20 of 150 on placebo.")
    #expect(second.first { $0.arm?.control == true }?.duration == nil, "\(Fixtures.counts(second))")
    let after = Fixtures.findings(paragraphs:
      "Adults were given upadacitinib 30 mg once daily for 12 weeks and then placebo.",
      "At week 12, 30 of 47 on upadacitinib and 5 of 23 on placebo had responded.")
    #expect(after.first { $0.arm?.control == true }?.duration == nil, "\(Fixtures.counts(after))")
  }

  /// Counts of arms named in compounds ("upadacitinib-treated"), their shares in brackets
  /// after the outcome: each count takes its share, and so its arm's size.
  @Test func compoundArmsTakeTheirSharesInOrder() {
    let findings = Fixtures.findings(
      "Separation was seen as early as week 4, when 12 upadacitinib-treated and 3 placebo-treated patients had achieved HiSCR (25.5% vs 13.0%).")
    #expect(findings.map { $0.response?.responders } == [12, 3], "\(Fixtures.counts(findings))")
    #expect(findings.map { $0.response?.total } == [47, 23])
    #expect(findings.allSatisfy { $0.cohort == nil && $0.duration == nil })
  }

  /// A frequency written before a drug ("twice-daily metronidazole") is that drug's, not
  /// the dose's before it of another drug.
  @Test func aFrequencyBeforeADrugIsItsOwn() {
    let findings = Fixtures.findings(paragraphs:
      "Patients were randomized to once-daily ivermectin 1% cream or twice-daily metronidazole 0.75% gel for 16 weeks.")
    let perDay = Dictionary(findings.compactMap { f in f.drug.map { ($0.name, f.dose?.perDay) } }, uniquingKeysWith: { a, _ in a })
    #expect(perDay["ivermectin"] == 1, "\(perDay)")
    #expect(perDay["metronidazole"] == 2, "\(perDay)")
    let after = Fixtures.findings(paragraphs: "Patients were randomized to ivermectin 1% cream once daily or metronidazole 0.75% gel twice daily.")
    #expect(after.compactMap { $0.dose?.perDay } == [1, 2], "\(after.map { $0.dose })")
  }
}
