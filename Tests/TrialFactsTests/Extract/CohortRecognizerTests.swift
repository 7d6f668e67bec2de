import Foundation
import Testing
import TrialFacts

@Suite struct CohortRecognizerTests {
  static let positives: [RecognizerCase] = [
    .init("the cooling group consisted of 19 patients (59.4%)", "19"),
    .init("a trial of 12 patients", "12"),
    // A total split evenly among the arms listed after it.
    .init("The 864 patients were split equally between the drug and placebo.", "864", "432"),
    .init("A total of 864 patients were randomized in equal numbers to tezorilimab 300 mg or placebo", "864", "432"),
    .init("The 180 volunteers were divided evenly between zinc, vitamin C, and placebo.", "180", "60"),
    .init("The 865 patients were split equally between the drug and placebo.", "865"),
    .init("The 120 patients were split equally between the two sites.", "120"),
    // A strength before the bracket is no share that the people restate.
    .init("amlexanox 5% oral paste (64 patients)", "64"),
    .init("n = 66", "66"),
    .init("(n=281)", "281"),
    .init("a total of 654 adults", "654"),
    // A share of the people after their ages, whatever else was counted before them.
    .init("Researchers at eleven clinics recruited 453 women aged 40 to 65, 151 per arm", "453", "151"),
    // People split evenly between what they were given.
    .init("The 180 volunteers were split evenly between the two medicines", "180", "90"),
    .init("Doctors randomly assigned 96 adults admitted with overt HE, in equal numbers, to one of two treatments", "96", "48"),
    // An arm's count before the dose its people were given.
    .init("A total of 460 adults were randomised: 231 to a single dose of ivermectin 200 mcg/kg and 229 to permethrin 5% cream", "460", "231", "229"),
    .init("a total of 1150 students took part in the school trial", "1150"),
    .init("120 patients met the inclusion criteria", "120"),
    .init("Sixty patients had undergone laparoscopic cholecystectomy and received ketamine", "60"),
    .init("40 patients in the ketamine group met the inclusion criteria", "40"),
    .init("All blocks were performed by 2 nurses; 60 patients received ropivacaine", "60"),
    .init("A total of 240 nursing home residents were randomized to vitamin D", "240"),
    .init("three people took the drug", "3"),
    .init("1,961 adult participants", "1961"),
    .init("the study enrolled 40 consecutive patients", "40"),
    .init("312 were randomly assigned to dapagliflozin 10 mg daily and 309 to a matching placebo", "312", "309"),
    // The arms' sizes of the whole trial, not of people with an event.
    .init("The trial was run in 366 patients (placebo, n = 121; zelvamide, n = 245)", "366", "121", "245"),
    .init("Headache prevention with drug A was compared with placebo in 200 adults (drug A, n = 100; placebo, n = 100)", "200", "100", "100"),
    .init("Twelve women with alopecia", "12"),
    .init("Of these, 312 received an intravenous infusion of zoledronic acid 5 mg, and the remaining 309 took oral alendronate 70 mg", "312", "309"),
    .init("450 adults were randomised in equal numbers (150 per group) to A, B or placebo", "450", "150"),
    .init("a total of 120 were randomized", "120"),
    .init("In all, 349 children took part: 173 got baloxavir and 176 got oseltamivir", "349", "173", "176"),
    .init("Ketamine was given to 40 patients and placebo to 40 patients", "40", "40"),
    // A withdrawal that is what people are treated for, not their leaving.
    .init("Clonidine was given for alcohol withdrawal in 60 patients", "60"),
    // A colon after the count opens a list of the groups; "2:1" is a ratio.
    .init("They were split into two groups of 86: one group took zuranolone and the other a dummy pill", "86"),
    .init("A total of 80 adults can take part in the trial", "80"),
    .init("A total of 90 patients on ketamine could be evaluated", "90"),
    .init("Of 40 patients given amoxicillin, 28 were cured", "40"),
    .init("80 adults could take part in the trial"),
    .init("66 were enrolled", "66"),
    .init("thirty-five received a single 900-mg dose of spesolimab", "35"),
    // Modifiers between the count and its noun, commas included.
    .init("we recruited 83 inactive, postmenopausal women", "83"),
    .init("Four hundred previously inactive healthy women took part", "400"),
    .init("213 breast cancer survivors", "213"),
    .init("278 pts were enrolled", "278"),
    .init("Thirty-five sedentary and obese postmenopausal women were recruited", "35"),
    .init("Four hundred previously inactive but healthy postmenopausal women", "400"),
    // Thousands grouped by a space.
    .init("a total of 266 064 women were invited", "266064"),
    .init("we obtained 33\u{2008}146 records of 33\u{2008}146 women", "33146"),
    .init("71 BCS took part, after breast cancer survivors (BCS) were invited", "71"),
    // At the very start of a text, after "In": looking two words back must not crash.
    .init("In 27 patients of the stent group, urine was tested", "27"),
    .init("a trial in 266 healthy postmenopausal women (50% of normal weight)", "266"),
    .init("eligible for analysis (n = 10 576)", "10576"),
    // A number that labels ("day 1", "week 12") is not the first group of a count.
    .init("On day 1 100 patients were dosed", "100"),
    .init("At week 12 500 patients remained", "500"),
    // A list of counts shares one noun.
    .init("outcomes were analyzed in 21 and 18 subjects", "21", "18"),
    .init("40, 41 and 39 patients were randomized", "40", "41", "39"),
    .init("12 patients who received drug A", "12"),
    .init("from June 1999 to September 2001, 913 patients were enrolled", "913"),
    .init("recruited until June 8, 2018, and 40 patients were randomized", "40"),
    .init("A total of 164 female patients, previously treated with anthracyclines, were enrolled", "164"),
    .init("Ninety adult women with early breast cancer will be randomized", "90"),
    .init("The study includes 330 patients who have a diagnosis of breast cancer", "330"),
    .init("patients achieving remission were randomized to sertraline (n = 30) or placebo (n = 31)", "30", "31"),
    .init("End point | Colchicine (N = 2214) n (%) | Placebo (N = 2198) n (%)", "2214", "2198"),
    // Bare counts in brackets after the arms' names, adding up to the people randomized.
    .init("In all, 300 patients were allocated to receive sertraline (151) or venlafaxine (149)", "300", "151", "149"),
    // A bracket inside a subgroup's words, not closing them, still sizes a group.
    .init("In this subgroup (n = 48) 27 patients received drug A, 21 patients had drug B", "48", "21"),
    // People of an arm who received its treatment may be the arm.
    .init("Forty patients in the dexmedetomidine group received the full infusion", "40"),
    // A list of like sizes, each an arm's.
    .init("There were 78, 81 and 62 patients in the rotigotine, pramipexole and placebo groups, respectively", "78", "81", "62"),
    // Two counts unlike in size may be a 4:1 trial's arms: the last keeps its size (the
    // first, unlike it, is not read as a list with it).
    .init("In the dupilumab and placebo groups there were 400 and 100 patients, respectively", "100"),
    // "got" the drug, beside another arm's verb.
    .init("We enrolled 140 adults: 71 got Xiaflex injections and 69 had needle fasciotomy", "140", "71"),
    // One of the groups, told by its size.
    .init("One group of 138 people attended a weekly mindfulness class", "138"),
    .init("The other group of 136 people were prescribed escitalopram 10 mg a day", "136"),
  ]

  static let negatives: [RecognizerCase] = [
    // Those of each arm who left, and people in brackets after a ratio who "ended up"
    // with an outcome, are no arm's size.
    .init("Four men in each group dropped out before the end of the study"),
    .init("Two patients in each group withdrew consent"),
    .init("Just under one in ten of the tamsulosin group (18 people) ended up needing a procedure"),
    .init("About one in five of the placebo group (24 people) went on to need surgery"),
    // A year before a name is no count; the people after an event, its adverb between,
    // or after a discontinuation are none either.
    .init("Use of HRT fell after the 2002 Women's Health Initiative study of 16,608 women", "16608"),
    .init("Headache was the most common adverse event, occurring in 14 patients on elinzanetant"),
    .init("Tingling affected 31 people in the topiramate group"),
    .init("The strike affected 27 patients in the topiramate group"),
    .init("Apnoea resolved completely in 21 infants on caffeine"),
    .init("Apnoea ceased completely in 21 caffeine-treated infants and 13 aminophylline-treated infants"),
    .init("Nausea led to treatment discontinuation in 11 duloxetine, 4 celecoxib and 3 placebo participants"),
    // People with an event, listed by what they were on: no group's size.
    .init("Nausea was reported by 21 people on the drug and 9 people on placebo"),
    .init("Headache occurred in 14 patients taking the tablets and 6 patients taking placebo"),
    .init("Diarrhoea returned in 31 people taking rifaximin, compared with 12 people taking placebo"),
    .init("Itching recurred in 14 children given ivermectin"),
    .init("Symptoms persisted in 20 patients in the placebo group"),
    .init("By week 12 the infestation had come back in eight ivermectin patients and 15 permethrin patients"),
    .init("Nine people in the cryotherapy group gave up treatment early"),
    .init("Itching after application was reported for 5 and 9 children, respectively"),
    .init("adults with an IGA score of 3 or 4 were randomized to minocycline foam"),
    .init("Folliculitis was reported in 3, 7 and 1 patients and application-site burning in 11, 4 and 5 patients, respectively"),
    // The other arm's count set against a count of some of an arm; people in a bracket
    // whom an outcome befell.
    .init("Sleep improved in 38 of the 82 people taking zolpidem, compared with twenty-nine people on melatonin"),
    .init("Pain eased for 20/50 patients on the gel versus 11 patients on placebo"),
    .init("Almost one in five zolpidem users (16 people) reported feeling drowsy the next morning"),
    // Counts under the label of an event or of leaving.
    .init("Deaths: 5 patients in the metformin group and 7 in the placebo group"),
    .init("Withdrawals: 8 people on the active medication and 2 on placebo"),
    // People counted by their leaving the study.
    .init("Adverse events led to discontinuation in 12, 9 and 4 participants, respectively"),
    .init("Side effects led to withdrawal in 6 patients"),
    // A ratio of allocation, written without spaces.
    .init("Adults were allocated 3:1 to the two groups of the trial"),
    // A measure of one person; people with an event named in the clause before.
    .init("To put it in perspective, for a 220-pound person the average loss would be 33 pounds"),
    .init("Nausea was frequent; it was reported in the duloxetine (n = 30) and placebo (n = 8) groups"),
    // People of an arm, by what they took it in, with an event that befell them.
    .init("Eight people using diclofenac gel got a rash"),
    .init("Eight people taking diclofenac tablets got a rash"),
    // People counted by what befell them, no arm named.
    .init("Seven patients reported transient burning with honey"),
    // Tablets counted in a list of what a group received.
    .init("Group I received two misoprostol tablets in the posterior fornix and two placebo tablets by mouth"),
    .init("Four women developed a rash during training"),
    .init("Although 2 other patients met the criteria for the pharmacokinetic population, both were excluded"),
    .init("Patients who had received phenytoin before arrival (n = 20) were excluded"),
    .init("those who missed the week 12 visit (n = 9) withdrew"),
    .init("2 patients were subsequently excluded from the analysis"),
    .init("Five patients in the levofloxacin group received one intravenous dose before oral treatment"),
    .init("Nausea affected 44 people taking Champix (29.3%) and 9 using patches (6.1%)"),
    .init("Thirty-two varenicline users and 27 patch users stopped attending the clinic"),
    .init("and five patients in the ribavirin group stopped treatment because of adverse events"),
    // Places are counted, not people.
    .init("In this phase 2b trial at 31 dermatology sites, adults with plaque psoriasis were randomised"),
    .init("conducted in 12 hospitals, children aged 2 to 5 years were eligible"),
    // A grade or stage, and words that no count reaches across.
    .init("Grade 3 AEs occurred more often among patients in the control arm"),
    .init("stage 2 patients were excluded"),
    // People of an arm with an outcome, or described by what they did not do.
    .init("In 34 patients in the treatment group and 19 in the control group improvement was ≥1 on the scale"),
    .init("Eleven patients in control arm and 4 patients in intervention arm did not remember the day of onset"),
    .init("Three patients randomized to placebo did not receive study drug"),
    // People counted by an event of their own.
    .init("7 patients in the lefamulin group died"),
    .init("Seven patients had relapsed by week 24"),
    .init("Two children in the glass-ionomer group reported transient sensitivity"),
    .init("12 patients on metformin had diabetes, compared with 9 in the placebo group"),
    .init("7 patients in the natalizumab group and 12 in the placebo group required hospitalisation"),
    .init("Five patients in each group had recurrent stroke"),
    .init("People went to an average of 9.4 of the 12 classes; 9 people did not go to any"),
    .init("By 24 months, 3, 5 and 9 patients, respectively, had undergone reoperation for incisional hernia"),
    .init("Four patients in the ketamine group were not available for follow-up"),
    .init("In the placebo group, 47 people could say the same"),
    .init("Rescue fentanyl was given to 14 patients receiving lidocaine versus 21 receiving morphine"),
    .init("Rescue medication was used by 12 patients in the placebo group"),
    .init("affecting about six in ten teens on the drug and four in ten on placebo"),
    .init("roughly 1 in 5 adults reported nausea"),
    .init("About 9% of the vaccine group (~16 kids) got the flu"),
    .init("About 9% of the vaccine group (roughly 16 patients) got the flu"),
    .init("Only 9 patients would recommend the splint to a friend"),
    // People who left, or who had an outcome, are no arm.
    .init("with 5 and 4 participants in the two groups, respectively, discontinuing the study"),
    .init("there were 17, 16 and 10 patients among the A, B and C groups respectively, who failed to respond"),
    .init("there were 11 patients in the B group who exhibited a value above 20 ppm"),
    .init("Four patients in the GV arm and two in the GP arm withdrew from treatment"),
    .init("Four and 3 patients in the 48-week and 24-week arms had serious AEs during treatment"),
    .init("40 patients had a complete response"),
    // People with a trait and their share, the count behind a share, and people with an
    // event in an arm's aside are no arm's size.
    .init("participants were mostly female (n = 115, 76.2%) and overweight (n = 110, 72.9%)"),
    .init("insulin use fell from 28.9% (n = 22) to 24.3% (n = 17) in the intervention group"),
    .init("few subjects experienced relapse in the medication groups (metformin [n = 5], sitagliptin [n = 4])"),
    // The size of a subgroup the sentence opens with.
    .init("Among patients aged 75 years or older (n = 61), delirium occurred in 9 of 30 and 14 of 31"),
    .init("Among those with a baseline score above 20 (n = 44), more patients in the yoga group improved"),
    // Drugs people took before, in a sentence that assigns no one.
    .init("Among 50 patients with prior therapy, metformin (30) and gliclazide (20) were most common", "50"),
    // Bare numbers in brackets after names that add up to nothing: references.
    .init("In all, 300 patients were allocated to receive sertraline (15) or venlafaxine (16)", "300"),
    // Compared counts of people with the outcome.
    .init("more patients improved with yoga than with stretching (18 vs. 6 patients; p = 0.01)"),
    .init("relapse was less frequent with A (4 versus 11 patients)"),
    // People with an event or missing data, named beside their arm: no arm's size.
    .init("Serious adverse events were: placebo (3 patients) - thrombophlebitis and pneumothorax"),
    .init("test data were missing for 12 patients in the control arm"),
    .init("five participants (7%, six events) in the control group had hypoglycaemia"),
    // A share of an arm, its percentage after the arm's name: no arm's size.
    .init("Seven participants in the exercise group (4.1%) died during follow-up"),
    // People with a second event, its verb stated once for both: no arm's size.
    .init("nausea was reported by 8 patients, and headache by nine patients in the 5-day group"),
    // A bare count per arm after a count of something else counts that.
    .init("42 clinics were randomised (21 per arm)"),
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
    // Exposure, names with digits, study phases and years are not head counts.
    .init("during 57,338 patient-years of follow-up"),
    .init("plasma FGF2 in postmenopausal women"),
    .init("a phase 3 trial in patients with cancer"),
    .init("trials run between 1973 and 2000 were included"),
    .init("scalp cooling for 150 min in patients on chemotherapy"),
    // A total of something other than people.
    .init("the patients received a total of 495 cycles"),
    .init("during a total of 130,252 person-years of follow-up"),
    // A count with its percentage is a share of the group, not the group.
    .init("twenty-one patients (52.5%) in the sertraline group healed"),
    // The parts of a count of people with an event are no arms' sizes.
    .init("Hyponatraemia occurred in 12 patients (zelvamide 1200 mg, n = 4; zelvamide 2400 mg, n = 8)"),
    .init("Serious adverse events were reported in 9 participants (placebo, n = 3; drug, n = 6)"),
    // People with an event listed after an arm named in a few words; people who missed a visit.
    .init("Aches were reported by 11 people in the classes and 8 app users"),
    .init("Nine children in the LGG group and twelve in the placebo group were lost to follow-up"),
    .init("Forty patients in the A group and thirty-one in the B group were adherent to the diet"),
    .init("Seven women on metformin and four on myo-inositol were lost to follow-up"),
    .init("Hip fractures were rare: two and three women, respectively"),
    .init("Three patients receiving sertraline 50 mg withdrew"),
    .init("Smoking status of 12 participants in the exercise group was unknown"),
    .init("In the class, app and usual-care groups, nine, seven and five participants, respectively, missed the 12-week assessment"),
    // The last of a list unlike in size is no size alone; people an event befell.
    .init("78, 81 and 22 people were assigned to rotigotine, pramipexole and placebo, respectively"),
    .init("There were 78, 81 and 22 patients in the rotigotine, pramipexole and placebo groups, respectively"),
    .init("It affected 17 people on pramipexole vs. 10 on rotigotine"),
    // Counts compared with "vs." before what befell them.
    .init("48 patients in the sertraline group vs. 52 in the placebo group developed a rash"),
    .init("that happened to 11 people in the collagenase group vs. 3 in the needle group"),
    .init("Feeling sick (nausea) affected twenty-six people on exenatide and eight on placebo"),
    .init("Chemotherapy was delayed by more than 7 days because of infection in 18 and 29 patients, respectively"),
    .init("Nine randomized patients were excluded from the mITT population (4 fidaxomicin, 5 vancomycin)"),
    // People with a trait, and the second of a list of people with an outcome whose first
    // has a hyphenated word before its noun.
    .init("Active bleeding (Forrest Ia/Ib) was present in 41 and 38 patients, respectively"),
    .init("Just over half of those on the drug had their symptoms well controlled, against 10 people in the placebo group"),
    .init("At week 4 the breath test had normalised in 61 rifaximin-treated patients and 25 placebo-treated patients"),
  ]

  @Test func scopeTellsArmsFromTotals() {
    let mentions = Fixtures.pipeline.annotate(
      "A total of 654 adults were randomized to baricitinib 4 mg (n = 281) or placebo (n = 189); 60 women received tamoxifen."
    ).filter { $0.label == .cohort }
    #expect(mentions.map(\.scope) == [.total, .arm, .arm, .arm])
    let split = Fixtures.pipeline.annotate("54 patients were randomized to melatonin (n = 28) or placebo (n = 26).")
      .filter { $0.label == .cohort }
    #expect(split.map(\.scope) == [.total, .arm, .arm])
    // A count that is the sum of the others is the study's.
    let summed = Fixtures.pipeline.annotate("Patients (N = 137) were assigned to drug A (n = 70) or drug B (n = 67).")
      .filter { $0.label == .cohort }
    #expect(summed.map(\.scope) == [.total, .arm, .arm])
    let groups = Fixtures.pipeline.annotate("Women were assigned to exercise (n = 98) or usual care (n = 48).")
      .filter { $0.label == .cohort }
    #expect(groups.map(\.scope) == [.arm, .arm])
    // A participle describes everyone enrolled; "received" with another count names an arm.
    let described = Fixtures.pipeline.annotate("The study enrolled 75 breast cancer patients receiving paclitaxel 80 mg/m2 weekly.")
      .filter { $0.label == .cohort }
    #expect(described.map(\.scope) == [.total])
    let arms = Fixtures.pipeline.annotate("Of these, 60 patients received methotrexate and 58 received placebo.").filter { $0.label == .cohort }
    #expect(arms.first?.scope == .arm)
    // "had" a dose of a drug is the arm's treatment; "had a rash" is no arm's size.
    let had = Fixtures.pipeline.annotate("101 people had a 2 mg lixisenatide injection once a week").filter { $0.label == .cohort }
    #expect(had.map(\.scope) == [.arm])
    let rash = Fixtures.pipeline.annotate("In the trial, 101 people had a rash after lixisenatide 2 mg").filter { $0.label == .cohort && $0.scope == .arm }
    #expect(rash.isEmpty, "\(rash)")
    // "One group of 138 people …" is one arm; "the first group of 20 patients" may be a
    // sequential cohort.
    let oneGroup = Fixtures.pipeline.annotate("One group of 138 people attended a weekly mindfulness class.").filter { $0.label == .cohort }
    #expect(oneGroup.map(\.scope) == [.arm])
    let firstGroup = Fixtures.pipeline.annotate("The first group of 20 patients was enrolled in 2019.").filter { $0.label == .cohort && $0.scope == .arm }
    #expect(firstGroup.isEmpty, "\(firstGroup)")
    // "allocated" with its drug and no "to", in a list whose next count is another arm's.
    let allocated = Fixtures.pipeline.annotate("Of 300 patients randomised, 151 were allocated colchicine and 149 naproxen.")
      .filter { $0.label == .cohort }
    #expect(allocated.map(\.scope) == [.total, .arm, .arm])
    let alone = Fixtures.pipeline.annotate("Of 300 patients randomised, 151 were allocated colchicine; 200 were men.")
      .filter { $0.label == .cohort }
    #expect(!alone.contains { $0.scope == .arm }, "\(alone)")
  }

  /// A count assigned to one arm alone, in a sentence of its own, is that arm's; to a list
  /// of arms, the study's.
  @Test func aCountAssignedToOneArmIsItsSize() {
    func scopes(_ text: String) -> [Mention.CohortScope?] {
      Fixtures.pipeline.annotate(text).filter { $0.label == .cohort }.map(\.scope)
    }
    #expect(scopes("In all, 162 women were assigned to metformin 500 mg twice daily.") == [.arm])
    #expect(scopes("Seventy adults were randomly assigned to ferric carboxymaltose.") == [.arm])
    #expect(scopes("Of these, 162 were picked at random to receive a single iron infusion of ferric carboxymaltose.") == [.arm])
    #expect(scopes("The other 164 were prescribed ferrous sulphate tablets.") == [.arm])
    #expect(scopes("300 women were randomly assigned to metformin or glibenclamide.") == [.total])
    #expect(scopes("300 women were assigned to metformin, glibenclamide and placebo.") == [.total])
    #expect(scopes("300 women were assigned to metformin versus insulin.") == [.total])
    #expect(scopes("300 women were assigned to two groups receiving metformin.") == [.total])
    #expect(scopes("300 patients were randomly assigned to metformin in a 2:1 ratio with placebo.") == [.total])
    #expect(scopes("1,000 women were randomly assigned to tranexamic acid within 3 hours of delivery or placebo.") == [.total])
    #expect(scopes("Eighty patients were randomly assigned to ketamine (40) or midazolam (40).").first == .total)
    #expect(scopes("212 patients were randomly assigned to dapagliflozin 10 mg once daily (106) and placebo (106).").first == .total)
    // Rescue is no arm, nor are people outside the trial.
    #expect(scopes("The other 12 were given rescue morphine.") != [.arm])
    #expect(scopes("The remaining 20 were given dexamethasone as part of an observational cohort.") != [.arm])
  }

  /// Phrasings that name a group's size, each beside a near miss that is the study's.
  @Test(arguments: [
    // Two bracketed counts are two groups, even when they are close.
    ("Women were allocated to yoga (n = 52) or waiting list (n = 50).", [Mention.CohortScope?.some(.arm), .arm]),
    ("Patients (N = 120) were assigned to drug A (n = 61) or drug B (n = 59).", [.total, .arm, .arm]),
    // A group word before the noun.
    ("Surveys came from 412 intervention women and 398 control women.", [.arm, .arm]),
    ("The survey was answered by 810 eligible women.", [.total]),
    // A count in brackets after an arm's name.
    ("They used lidocaine cream (34 children) or placebo cream (31 children).", [.arm, .arm]),
    ("The trial (88 children) compared two creams.", [.total]),
    // "respectively" over joined counts.
    ("In all, 140 and 142 patients received drug A and drug B, respectively.", [.arm, .arm]),
    ("Of 300 eligible patients, 150 + 150 were randomised to drug A or drug B, respectively.", [.total, .arm]),
    // Counts in the bracket after an assignment, each before or after its arm's name.
    ("A total of 288 patients were randomised (145 ivermectin, 143 permethrin).", [.total, .arm, .arm]),
    ("We randomised 251 women (126 ferric carboxymaltose, 125 ferrous sulfate).", [.total, .arm, .arm]),
    ("660 were randomised (sertraline 331, placebo 329).", [.total, .arm, .arm]),
    ("288 were randomised (145 ivermectin, 143 permethrin, 2:1 ratio).", [.total, .arm]),
    // People who left, split by arm in brackets, size no arm; "of the 312" is the whole.
    ("We enrolled 288 children. Of those randomised, 12 withdrew (7 ivermectin, 5 permethrin).", [.total]),
    ("Of the 312, 155 and 157 were randomised to metformin and sitagliptin, respectively.", [.total, .arm, .arm]),
    // A list of counts shares the verb after its last count.
    ("Of 912 children randomised, 305, 303 and 304 received amoxicillin, cefuroxime and placebo, respectively.", [.total, .arm, .arm, .arm]),
    ("Of 912 children randomised, 305, 303 and 304 were seen.", [.total]),
    ("A total of 250 patients were given drug A and drug B at 10 and 20 mg, respectively.", [.total]),
    // "were given" allocates as "received" does, the drug a few words on; an elliptical
    // item may put an article before its arm.
    ("By random allocation, 140 were given a single infusion of ferric carboxymaltose and 139 were given ferrous sulphate tablets.", [.arm, .arm]),
    ("In all, 186 people received melatonin and 192 the placebo.", [.arm, .arm]),
    // Without a word of allocation, a list of "were given" is the arms' where one of them
    // is given the control; rescue drugs never are.
    ("Of these, 144 were given diclofenac gel to rub in four times a day, and 142 were given a placebo gel that looked the same.", [.arm, .arm]),
    ("Of these, 12 were given naloxone and 8 were given ondansetron.", []),
    // Later items may leave "were given" out; a list that shares out the whole it opens on
    // allocates too.
    ("By random allocation, 78 were given haloperidol, 76 levomepromazine and 77 metoclopramide.", [.arm, .arm, .arm]),
    ("Of the 231 patients, 78 were given haloperidol (1.5 mg once or twice a day), 76 levomepromazine (6.25 mg) and 77 metoclopramide (10 mg).",
      [.total, .arm, .arm, .arm]),
    ("Of these, 12 were given naloxone, 8 ondansetron and 3 haloperidol.", []),
    ("Of the 40 patients, 12 were given naloxone, 8 ondansetron and 3 haloperidol.", [.total]),
    // Some of the whole, or a rescue, share out no arms.
    ("Of the 20 patients who relapsed, 12 were given prednisolone and 8 budesonide.", [.total]),
    ("Of the 60 patients, 30 were given morphine and 30 oxycodone as rescue for breakthrough pain.", [.total]),
    ("In all, 186 people received melatonin and 192 the next day.", [.arm]),
    // Where the allocation put them, and the list's further items.
    ("In all, 310 ended up in the aspirin group and 305 in the rivaroxaban group.", [.arm, .arm]),
    ("118 people ended up in the low-dose group, 117 in the standard-dose group and 116 on placebo.", [.arm, .arm, .arm]),
    ("In all, 310 ended up in hospital.", []),
    // "randomly assigned": the study's, unless another count goes to another arm.
    ("820 women were randomly assigned to receive letrozole and 818 to placebo.", [.arm, .arm]),
    ("Thirty men were randomized to yoga; 28 to usual care.", [.arm, .arm]),
    ("A total of 150 patients were randomized to letrozole and 75 to placebo.", [.arm, .arm]),
    ("A total of 225 patients were randomized to drug A or drug B.", [.total]),
    // Group words before "n =", and "of the ... group".
    ("Intervention dyads (n = 48) completed the checklist.", [.arm]),
    ("This was a randomised control trial (N = 160) of text messages.", [.total]),
    ("Relapse occurred in the three patients of the vaccine group.", [.arm]),
    ("126 patients were randomly assigned to receive letrozole (2.5 mg; n = 63) or placebo (n = 63) for 3 to 6 weeks.", [.total, .arm, .arm]),
    // "got" gives in a list of such counts only.
    ("In all, 349 children took part: 173 got baloxavir and 176 got oseltamivir.", [.total, .arm, .arm]),
    ("Twelve patients got better on metformin.", []),
    // An opening that allocates its people to one arm counts that arm.
    ("Of 60 patients randomized to topiramate, 40 responded.", [.arm]),
    ("Of 300 patients randomized to topiramate or placebo, 280 completed the trial.", [.total]),
    // A size read with its noun, and like counts after it; a share after the assignment's comma.
    ("There were 200 patients in the metformin group and 198 in the placebo group.", [.arm, .arm]),
    ("We enrolled 64 children in the spray group, 61 in the drops group and 63 in the control group.", [.arm, .arm, .arm]),
    ("Nausea occurred in 20 patients in the metformin group and 8 in the placebo group.", []),
    ("A total of 612 adults were randomized, 306 per arm.", [.total, .each]),
    ("42 clinics were randomised, 21 per arm.", []),
    ("Of 263 patients screened, a total of 184 patients were enrolled, 92 per arm (mean age 24.6 years).", [.total, .total, .each]),
    ("42 clinics were enrolled, 21 per arm.", []),
    // A size in brackets after an arm's name, whatever verb follows; a label of what
    // was counted opens sizes.
    ("The zolpidem group (80 people) reported better sleep than the placebo group (78 people).", [.arm, .arm]),
    ("Outcomes: 60 patients received metformin and 58 received placebo.", [.arm, .arm]),
    // A total shared out into equal groups, when it divides evenly.
    ("A total of 270 adults were randomised into three equal groups.", [.total, .each]),
    ("Sixty patients were randomly divided into two equal-sized groups to receive ketamine or saline.", [.total, .each]),
    ("Ninety women were allocated to two equally sized groups.", [.total, .each]),
    ("The 271 adults were divided into three equal groups.", [.total]),
    // Bracketed counts of a breakdown, in a sentence that names and assigns no arm.
    ("The most frequent reasons for failure were persistent fast breathing (n = 13) and hypoxaemia (n = 6).", []),
    ("Patients were treated with cryotherapy (n = 50) or laser therapy (n = 48).", [.arm, .arm]),
    ("Sixty eyes of 30 patients were divided into two equal groups.", [.total]),
  ])
  func groupSizes(_ text: String, _ scopes: [Mention.CohortScope?]) {
    let cohorts = Fixtures.pipeline.annotate(text).filter { $0.label == .cohort }
    #expect(cohorts.map(\.scope) == scopes, "\(text)")
  }

  /// "three equal groups" is each arm's share of the total: of this sentence's, or of the
  /// sentence before's where this one states none.
  @Test func equalGroupsShareOutTheTotal() {
    #expect(Fixtures.values(.cohort, in: "A total of 270 adults were randomised into three equal groups.") == ["270", "90"])
    #expect(Fixtures.values(.cohort, in: "The team recruited 270 adults. After a run-in, the volunteers were split into three equal groups.") == ["270", "90"])
    // Two totals before: whose share is unclear.
    #expect(Fixtures.values(.cohort, in: "We screened 300 adults and enrolled 270 adults. They were split into three equal groups.") == ["300", "270"])
  }

  /// A sentence cut at its token limit right after "12 patients" must not be read past.
  @Test func aSentenceEndingAtItsPeopleIsReadSafely() {
    let text = String(repeating: "lorem ", count: 248) + "12 patients had serious adverse events during treatment"
    _ = Fixtures.values(.cohort, in: text)
  }

  @Test(arguments: positives + negatives)
  func cohorts(_ c: RecognizerCase) {
    #expect(Fixtures.values(.cohort, in: c.text) == c.expected, "\(c.text)")
  }
}
