import Foundation
import Testing
import TrialFacts

@Suite struct ResponseRecognizerTests {
  static let positives: [RecognizerCase] = [
    .init("9 of 12 volunteers showed marked regrowth", "9/12"),
    .init("9 out of 12 responded", "9/12"),
    // Leaving for the treatment's events, told before the count.
    .init("Rates of discontinuation because of adverse events were 12.1% for drug A and 5.1% for placebo", "0.121", "0.051"),
    .init("the proportion who stopped therapy because of side effects (39/394 in the A group versus 28/382 in the placebo group)", "39/394", "28/382"),
    .init("Remission was achieved by 40% and 20% of patients in the drug and placebo groups", "0.4", "0.2"),
    // The share in brackets between a count and its total, when it agrees with them.
    .init("Warts cleared in 5 (12%) of 42 patients after cryotherapy and 11 (26%) of 43 after salicylic acid", "5/42", "11/43"),
    .init("Nausea occurred in 8 (25%) of 40 patients on ivermectin", "8/?"),
    // An end point by its abbreviation says what was counted.
    .init("The confirmed ORR by BICR was 28.8% (15 of 52) and 14.0% (7 of 50), respectively", "15/52", "7/50"),
    .init("Seizure-free status was reached by 21 of 80 patients with cenobamate", "21/80"),
    // "None of" the people of an arm, the arm between them and their outcome.
    .init("None of the 61 children in the melatonin group had a headache", "0/61"),
    .init("None of the 45 patients on placebo relapsed", "0/45"),
    // The arm the clause opens with, then its people and what befell them.
    .init("In the placebo group, 5 patients had nausea", "5/?"),
    .init("In group B, 9 participants developed a rash", "9/?"),
    // One verb for two events, the second named in several words after "and".
    .init("Vivid dreams were reported by 21 patients on naltrexone, and loose stools or cramping by 11 patients on acamprosate", "21/?", "11/?"),
    // A share of people listed after an amount of change is a share all the same.
    .init("Mean scores increased by 10%, and 40% of patients responded", "0.4"),
    // A share after a measure's name, or before a schedule, is still a share.
    .init("The incidence of weight loss was 40% in the semaglutide group and 20% in the placebo group", "0.4", "0.2"),
    .init("Cure rates were 92% once daily and 88% twice daily with fluconazole", "0.92", "0.88"),
    .init("Clinical pregnancy rates were 20.7% with metformin and 15.8% with letrozole", "0.207", "0.158"),
    // A state still there at an assessment; events that befall people on a treatment.
    .init("Three months later, 37 people in the sertraline group were still in pain, compared with 55 in the placebo group", "37/?", "55/?"),
    .init("At six months, 104 of the 545 patch users were still not smoking", "104/545"),
    .init("Convulsions occurred in 24 children in the artesunate group and 29 in the quinine group", "24/?", "29/?"),
    .init("Neutropenia developed in 9 patients in the A group and 2 in the B group", "9/?", "2/?"),
    // The arm in a compound before the people; the shares in brackets after the outcome
    // are the counts' own, in order.
    .init("At week 4, 12 upadacitinib-treated and 3 placebo-treated patients had achieved HiSCR (25.5% vs 13.0%)", "12/?", "3/?"),
    .init("By day 7, 40 ceftriaxone-treated patients were cured", "40/?"),
    // A count set against one just before it counts the same outcome.
    .init("Anaemia had been corrected in 137 of the 162 women given the drip (85%), compared with 98 of the 164 on tablets", "137/162", "98/164"),
    .init("Thirty-nine of the 90 people on candesartan saw their migraine days at least halved", "39/90"),
    // Comparing back to the sentence before: the other arm's count of its outcome.
    .init("That compared with just 14 children in the placebo group, or roughly one in five", "14/?"),
    .init("This compares with 40 people taking propranolol", "40/?"),
    .init("That compared with 22 people in the placebo group", "22/?"),
    // The first arm by a pronoun: the counts compared with it are the other arms'.
    .init("Zolpidem came out on top: 38 of the 82 people taking it saw a meaningful improvement, compared with twenty-nine people on melatonin and seventeen on the placebo", "38/82", "29/?", "17/?"),
    .init("Sertraline was well tolerated: 38 of the 82 people taking it improved, compared with 29 clinics in the city", "38/82"),
    .init("12 of 20 patients with unknown primary tumours responded to cisplatin", "12/20"),
    .init("nine of the twelve patients achieved remission", "9/12"),
    // "at baseline" inside a subgroup's words opens no sentence.
    .init("In the subgroup drinking heavily at baseline, 9 of 31 topiramate recipients achieved abstinence", "9/31"),
    // "none" after the count of another arm: its verb standing for the other's, or its
    // arm named after its total.
    .init("Eleven children in the 0.05% group reported blurred near vision; none of the 145 placebo recipients did", "11/?", "0/145"),
    .init("Hypotension was recorded in three children in the phenytoin group and in none of the 117 in the levetiracetam group", "3/?", "0/117"),
    .init("Response was seen in 9/12.", "9/12"),
    // People of an arm, then a response cue: the arm's size is the total; a comparison
    // after the cue's words lists the other arms.
    .init("In all, 79 patients in the 140 mg group achieved remission, compared with 42 in the placebo group", "79/?", "42/?"),
    .init("Seventy-nine people in the 140 mg group reached that mark, against sixty-eight in the 70 mg group and forty-two in the placebo group", "79/?", "68/?", "42/?"),
    .init("Twelve women on metformin were in remission at week 24", "12/?"),
    // People named by what they took, the share after the drug.
    .init("Nausea was reported by 24 patients taking naltrexone (18.2%)", "24/?"),
    .init("Headache was reported by 12 patients receiving naltrexone and 5 receiving acamprosate", "12/?", "5/?"),
    // People of an arm counted by an event of their own, or by what befell them.
    .init("By day 28, seven patients in the lefamulin group had died", "7/?"),
    .init("Seven patients in the natalizumab group and 12 in the placebo group died", "7/?", "12/?"),
    // "before" a time of the trial ("before discharge", "before week 4") is no time before it;
    // "had" with an event of the trial ("had a rash") befalls.
    .init("Four infants in the high-flow group and five in the CPAP group died before discharge", "4/?", "5/?"),
    .init("Four patients in the placebo group and five in the drug A group had a rash", "4/?", "5/?"),
    .init("Nine patients in the drug A group had nausea before week 4", "9/?"),
    // What people managed ("could walk"); a group named after people on a drug is another
    // arm, not the one they are in; people by the form they took it in, with "got".
    .init("After seven days, 81 of those on naproxen could walk without pain, compared with 53 in the placebo group", "81/?", "53/?"),
    .init("Pain relief occurred in 81 patients on aspirin and 53 in the placebo group", "81/?", "53/?"),
    .init("Eight people using diclofenac gel got a rash or itch, versus five using the placebo", "8/?", "5/?"),
    // What they felt; an event whose aside closes with a dash before "affected".
    .init("Three patients on levomepromazine felt faint when they stood up", "3/?"),
    .init("New suicidal ideation emerged in one participant on doxazosin and two on placebo; none acted on it", "1/?", "2/?"),
    .init("Atropine was needed by six, one and two women in groups P, L and H, respectively", "6/?", "1/?", "2/?"),
    // What people said of their outcome ("said their knee pain had dropped by half": a
    // reduction, not people who dropped out).
    .init("By the end of the year, 112 of those on tirzepatide said their knee pain had dropped by at least half", "112/?"),
    .init("Restlessness - an unpleasant urge to keep moving, called akathisia - affected five people on haloperidol and four on metoclopramide", "5/?", "4/?"),
    .init("Among children under 8, 48 of 70 on oseltamivir were fever-free by day 3", "48/70"),
    .init("By day 14, 47.9% of the drug A group had returned to their sport, against 35.2% of those on the dummy gel", "0.479", "0.352"),
    // "a fall of at least 3 points" is a change, no event.
    .init("Hirsutism responded in 31 of 58 patients on metformin and in 19 of 57 on myo-inositol (a fall of at least 3 points)", "31/58", "19/57"),
    .init("Two children in the glass-ionomer group reported transient sensitivity after placement", "2/?"),
    .init("Complete remission was obtained in 25 of 60 patients in the rituximab group", "25/60"),
    // A share between the count and its people, or before the arm's name.
    .init("Menstrual irregularity was reported by 11 (16.7%) women in the spironolactone group", "11/?"),
    .init("Four patients (1.1%) in the lefamulin group and three (0.8%) in the moxifloxacin group died", "4/?", "3/?"),
    // A list after a colon that closes a clause naming an event.
    .init("Hip fractures were rare: two and three women, respectively", "2/?", "3/?"),
    // As many counts as the groups "in the three groups" numbers, in their order.
    .init("Deaths occurred in 4, 3 and 6 patients in the three groups", "4/?", "3/?", "6/?"),
    // A list item whose label is an event's name, before a colon or "in", bullet or not.
    .init("- Nausea: 9 women on fezolinetant, 4 on placebo", "9/?", "4/?"),
    .init("Nausea or indigestion: 9 women on methenamine and 13 on nitrofurantoin", "9/?", "13/?"),
    .init("• Rash in 2 children on amoxicillin and 5 on cefalexin", "2/?", "5/?"),
    .init("Headache in 7 women on fezolinetant, 6 on placebo", "7/?", "6/?"),
    .init("- Nausea after randomisation: 9 women on fezolinetant, 4 on placebo", "9/?", "4/?"),
    // Two arms' counts compared without shares, and a second outcome with its verb left
    // out, each pair in the order of the arms.
    .init("Dizziness affected 41 vs. 12 patients, and drowsiness 19 vs. 6", "41/?", "12/?", "19/?", "6/?"),
    .init("Vomiting occurred in 14 versus 3 children", "14/?", "3/?"),
    // What befell them, a threshold of their own weight its words.
    .init("Nine patients on pregabalin and two on placebo gained at least 7% of their body weight", "9/?", "2/?"),
    .init("Forty-five of the 134 teens on semaglutide lost 15% or more of their body weight", "45/134"),
    // An event's absence is the outcome counted, not an event that blocks the count.
    .init("21 of 40 patients in the ondansetron group were free of vomiting at 24 hours", "21/40"),
    .init("26.2% of the weighted group and 3.4% of the light group ended the month in the no-insomnia range", "0.262", "0.034"),
    // A time of the event's own is no setting of the comparison.
    .init("Vomiting within 1 hour of dosing occurred in 8 vs. 19 children", "8/?", "19/?"),
    // Only an event's counts are a comparison with its verb left out.
    .init("Dizziness affected 41 vs. 12 patients, and median age 54 vs. 56 years", "41/?", "12/?"),
    .init("Somnolence affected 40 vs. 9 patients, and seizures 41 vs. 112", "40/?", "9/?"),
    // Arms named by their dosage form or route; people in the singular.
    .init("One woman in the infusion group and four in the tablet group needed a blood transfusion", "1/?", "4/?"),
    // An event that says who the people are blocks no response cue after it.
    .init("In total, 30 of 50 patients with cancer-related fatigue responded to methylphenidate", "30/50"),
    .init("Of 80 patients on orlistat, 30 lost at least 5 kg", "30/80"),
    // A share after "a" and before the measure it reduces is the outcome's threshold.
    .init("A 50% pain reduction was achieved by 52 (43%) vs. 30 (25%) patients", "52/?", "30/?"),
    .init("Nine of the 12 patients on naltrexone reached a 30% reduction in pain, against three of the 12 given placebo", "9/12", "3/12"),
    .init("75% of patients achieved clearance", "0.75"),
    .init("about one-third of participants achieved clearance", "~0.3333"),
    .init("half of the participants responded", "0.5"),
    .init("all showed full regrowth by the last visit", "all"),
    .init("all three responded", "3/3"),
    .init("all of them responded to the second course", "all"),
    .init("none of the 12 patients responded", "0/12"),
    .init("71 patients (38.6%) achieved the primary end point", "71/?"),
    .init("the response rate was 40%", "0.4"),
    .init("19 of 35 patients in the spesolimab group had no pustules", "19/35"),
    .init("Pyrexia above 38 °C was recorded in six women in group I and one in group II", "6/?", "1/?"),
    .init("Probable sepsis was diagnosed in 6 infants in the KMC group and 11 in the incubator group", "6/?", "11/?"),
    .init("Deep vein thrombosis was detected in 4 patients in group A and 9 in group B", "4/?", "9/?"),
    // Rescue given at a dose is an outcome.
    .init("12 (30%) patients in the ketamine group and 25 (62.5%) in the placebo group were given 50 mg tramadol", "12/?", "25/?"),
    // Counts compared over times, not arms: only the one with its own people.
    .init("Ovulation occurred in 63 (62%) versus 58 (57%) women in the first and second cycles", "58/?"),
    // An outcome in the passive, its people after "by"; a list continues the count.
    .init("Rescue medication was required by 12 of 48, 9 of 47, and 27 of 49 patients", "12/48", "9/47", "27/49"),
    .init("Pain relief was reported by 30 of 52 patients", "30/52"),
    .init("Any respiratory infection was reported for 121 children in the vitamin D group versus 139 in the placebo group", "121/?", "139/?"),
    // An arm named by its dose after the count is no dose taken.
    .init("IGA response was achieved by 44.1% of patients on 200 mg", "0.441"),
    // Two arms' counts compared, each with its share, the people named after the last.
    .init("Complete healing was achieved in 41 (58%) versus 27 (39%) patients (P = 0.02)", "41/?", "27/?"),
    .init("Relapse occurred in 9 (12.5%) vs. 18 (25.7%) children", "9/?", "18/?"),
    // Counts with shares listed in the order of the arms named after them.
    .init("Ovulation occurred in 63 (62%) and 33 (33%) women in the letrozole and clomiphene groups, respectively", "63/?", "33/?"),
    .init("Wound complications were recorded in 2 patients (3.8%) receiving tranexamic acid and in none of the 50 placebo patients", "2/?", "0/50"),
    .init("seroconversion was observed in 187 of 212 vaccine recipients (88.2%) and 9 of 205 placebo recipients (4.4%)", "187/212", "9/205"),
    .init("38.8% of the 4-mg group had hair on 80% of the scalp", "0.388"),
    .init("23% of those randomized to ritlecitinib 50 mg", "0.23"),
    // A percentage with its counts, a count with its percentage.
    .init("the remission rate was 52.5% (21/40) with sertraline", "21/40"),
    .init("the remission rate was 52.5% (21 of 40)", "21/40"),
    .init("21 (52.5%) patients healed", "21/?"),
    // Shares that restate the counts before them are not counted again.
    .init("cure was achieved in 41/50 in the short-course group and 45/50 in the long-course group (82.0% vs 90.0%)", "41/50", "45/50"),
    .init("cure was achieved in 41/50 (82.0%) in the short-course group and 45/50 in the long-course group (90.0%)", "41/50", "45/50"),
    // One verb for two events; an arm named with a hyphen.
    .init("nausea was reported by two patients in the 5-day group, and itching by three patients in the 5-day group and six in the 10-day group", "2/?", "3/?", "6/?"),
    // "none judged related" judges the events counted, it counts no one.
    .init("serious adverse events occurred in two patients in the 10 mg group and three in the 20 mg group, none judged related to treatment", "2/?", "3/?"),
    // Leaving treatment for an event of it is a safety outcome; for any other reason, flow.
    .init("Four patients in the A arm stopped the study drug because of adverse events", "4/?"),
    .init("Eleven participants in the A arm, eight in the B arm and three in the placebo arm stopped the study drug because of adverse events", "11/?", "8/?", "3/?"),
    .init("Six patients in the placebo group discontinued due to side effects", "6/?"),
    .init("Two patients in each group withdrew owing to local intolerance", "2/?"),
    .init("Fifteen men (15.6%) in the drug A group stopped drug A early because of adverse effects", "15/?"),
    .init("Five women in the iodine group and 18 in the placebo group stopped taking trial supplements"),
    .init("Four patients in the A arm withdrew consent"),
    .init("Two patients in the placebo arm discontinued for personal reasons"),
    .init("Three patients in the A arm stopped treatment for 2 weeks because of travel"),
    // Some of the people of an arm named after them.
    .init("Five of the teens on metformin stopped treatment because of side effects, compared with two on placebo", "5/?", "2/?"),
    .init("By week 12, 112 of those on metformin achieved remission", "112/?"),
    .init("By week 12, 112 of those achieved remission"),
    // A list of arms' people named by their drugs before one verb.
    .init("Four children on metformin and nine on placebo developed ear infections after the flu", "4/?", "9/?"),
    .init("Blood pressure fell in the exercise group"),
    // People counted by the rescue treatment they were given.
    .init("Rescue fentanyl was given to 14 patients receiving lidocaine versus 21 receiving morphine", "14/?", "21/?"),
    // Two arms compared by how common an event was, their counts in the bracket after.
    .init("Dizziness was more common with lidocaine than with morphine (17 patients [22.4%] vs 6 [8.0%])", "17/?", "6/?"),
    .init("Nausea was less frequent in the lidocaine group than in the morphine group (5.3% vs 16.0%)", "0.053", "0.16"),
    .init("Rash was more common with lidocaine than with morphine (22.4% vs 8.0%, P = 0.02)", "0.224", "0.08"),
    .init("HbA1c was lower with metformin than with placebo (7.1% vs 7.8%)"),
    .init("Hypoglycaemia was more frequent with insulin degludec than with insulin glargine (1,200 vs 1,450)"),
    .init("Rash was more common with lidocaine than with morphine (17 patients vs 6)", "17/?", "6/?"),
    // After a count of an arm's people and its outcome, ", compared with" the other arm's.
    .init("By week 8, 61 of the 140 men taking Cialis had firmer erections, compared with 22 men on placebo", "61/140", "22/?"),
    // Counts after "of whom" are of the people before it, one for one.
    .init("At 6 months, 88 and 84 patients were reached by telephone, of whom 19 and 26, respectively, reported a recurrence", "19/88", "26/84"),
    .init("In the ketamine group, 120 patients returned a diary, of whom 45 reported complete relief", "45/120"),
    // "vs." with its period, as news writes it, joins the counts as "vs" does.
    .init("Dizziness affected 12 people on Lyrica vs. 4 on Neurontin vs. 2 on placebo", "12/?", "4/?", "2/?"),
    .init("Women were more likely to report nausea with naltrexone than with placebo (18 [12%] vs 7 [5%])"),
    .init("Patients were more likely to respond with metformin than with placebo (OR 2.1, 95% CI 1.2 to 3.6)"),
    .init("Rash was more common with lidocaine than with morphine or placebo (22.4% vs 8.0%)"),
    // A share with the people it counts in a bracket.
    .init("Vomiting hit 9% of the oseltamivir group versus about 3% (5 kids) of the baloxavir group", "0.09", "5/?"),
    // After the group, the bracket may be the group's size: the share alone.
    .init("Nausea affected 25% of the ondansetron group (80 patients) and 45% of the placebo group (80 patients)", "0.25", "0.45"),
    .init("Vomiting hit 9% of the oseltamivir group (16 days)", "0.09"),
    // People named by the drug they were given, or had before the event.
    .init("Postoperative nausea was recorded in four patients after prilocaine and seven after bupivacaine", "4/?", "7/?"),
    .init("Nausea developed in 14 patients given lidocaine and 21 given morphine", "14/?", "21/?"),
    .init("Nausea was recorded in four patients after surgery"),
    // People of a control named after "the", and what they noticed.
    .init("Just 5 people taking the dummy tablets noticed tingling", "5/?"),
    // "all" and "none" after counts are those counted, unless they name an arm.
    .init("Angioedema developed in two patients in the A group and five in the B group; all responded to steroids and none needed intubation", "2/?", "5/?"),
    .init("A rash occurred in 4 patients in the A group; all patients recovered without treatment", "4/?"),
    .init("A rash occurred in 4 patients in the A group and in none in the placebo group", "4/?", "none"),
    .init("Rash occurred in 4 patients in the A group and none of the 60 placebo patients", "4/?", "0/60"),
    // The total opens the sentence; the count and what they did follow its comma.
    .init("Of the 88 people in the exercise group, 61 could climb a flight of stairs without help", "61/88"),
    .init("Of the 40 patients in the drug A group, 12 (30%) achieved remission", "12/40"),
    // What was done for them, and an opening on "Among".
    .init("Of 100 patients given Xiaflex, 64 had their finger straightened", "64/100"),
    .init("Among the 52 women in the ointment group, 30 had their warts cleared", "30/52"),
    .init("Among 60 children given the spray, 41 could breathe freely by day 3", "41/60"),
    // An arm, then the count in a dashed aside.
    .init("About one in four of those on bupropion — 88 of the 350 — were still not smoking", "88/350"),
    // Counts listed before "respectively", and a rejected count's total alone.
    .init("Adverse events were seen in 58 of 103 (56.3%), 69 of 105 (65.7%) and 47 of 104 (45.2%) patients in the 10 mg, 20 mg and placebo groups, respectively",
      "58/103", "69/105", "47/104"),
    // The subject names the people the counts are and what befell them.
    .init("The number of patients who achieved remission was 45 and 38 in the sertraline and placebo groups, respectively", "45/?", "38/?"),
    .init("The number of people whose symptoms improved was similar: 78, 81 and 22 people in the rotigotine, pramipexole and placebo groups, respectively",
      "78/?", "81/?", "22/?"),
    .init("The number of patients with a headache was 5 and 8 in the sertraline and placebo groups, respectively", "5/?", "8/?"),
    // An event told in the sentence before ("Nausea was more common with the pills.").
    .init("It affected 17 people on pramipexole vs. 10 on rotigotine", "17/?", "10/?"),
    .init("the skin can split; that happened to 11 people in the collagenase group vs. 3 in the needle group", "11/?", "3/?"),
    // Two arms' counts compared with "vs.", the verb after the second.
    .init("48 patients in the sertraline group vs. 52 in the placebo group developed a rash", "48/?", "52/?"),
    .init("48 patients in the sertraline group versus 52 in the placebo group had a headache", "48/?", "52/?"),
    // What was done for them ("had their finger straightened"), not what was looked at.
    .init("48 people in the collagenase group vs. 52 in the needle group had their finger straightened to within 5 degrees", "48/?", "52/?"),
    .init("Nine women on zuranolone had their dose lowered because of drowsiness", "9/?"),
    // Leaving for discomfort or pain the treatment caused, however it is said.
    .init("Seven people in the bed-raising group gave up because of neck or back discomfort", "7/?"),
    .init("Seven patients in the cryotherapy group stopped attending because of pain", "7/?"),
    // The event named in an aside before "affected"; what was done to them, in the passive.
    .init("Feeling sick (nausea) affected twenty-six people on exenatide and eight on placebo", "26/?", "8/?"),
    .init("Chemotherapy was delayed by more than 7 days because of infection in 18 and 29 patients, respectively", "18/?", "29/?"),
    // Each arm's people named by a compound, after the event (an adverb between) or
    // before what befell them, each with its own share.
    .init("Apnoea resolved completely in 21 caffeine-treated infants and 13 aminophylline-treated infants", "21/?", "13/?"),
    .init("Remission occurred in 30 etanercept-treated children and 12 placebo-treated children", "30/?", "12/?"),
    .init("Eleven prazosin-treated participants (22%) and five placebo-treated participants (10.4%) no longer met diagnostic criteria for PTSD", "11/?", "5/?"),
    .init("Tingling affected 31 people in the topiramate group", "31/?"),
    // A judgement of them is the outcome.
    .init("18 patients in the prazosin group and 9 in the placebo group were rated \"much\" or \"very much\" improved", "18/?", "9/?"),
    .init("At week 12, 30 patients in the sertraline group were classed as responders", "30/?"),
    // A share in words closes the count before the next in a list.
    .init("Relief came to 58 women on paroxetine (38 per cent) and 44 on the dummy pill (29 per cent)", "58/?", "44/?"),
  ]

  static let negatives: [RecognizerCase] = [
    // Fewer counts than the groups numbered are no list of them.
    .init("Deaths occurred in 4 and 3 patients in the three groups"),
    // A label that names no event, or a clause before the colon, counts no one's outcome.
    .init("Participants: 120 women on fezolinetant or placebo"),
    .init("- Setting: 9 clinics in Ohio, 4 in Texas"),
    .init("Patients with nausea at baseline: 40 women on fezolinetant, 38 on placebo"),
    .init("Nausea at baseline: 40 women on sumatriptan, 38 on placebo"),
    .init("- Headache before treatment: 22 children on melatonin, 20 on placebo"),
    .init("Nausea is common in pregnancy: 40 women on ondansetron and 38 on placebo took part"),
    // Leaving for no event of the treatment.
    .init("Rates of discontinuation because of relocation were 12.1% for drug A and 5.1% for placebo"),
    // Compounds of treating, without what befell them, are people assigned.
    .init("In all, 120 upadacitinib-treated and 60 placebo-treated patients were enrolled"),
    .init("Data from 12 upadacitinib-treated patients were analysed"),
    // … not who they were, nor who left.
    .init("In the placebo group, 40 patients had diabetes at baseline"),
    .init("In the placebo group, 5 patients withdrew"),
    // Everyone of an arm who stayed, or who had something before the trial, is no outcome.
    .init("All 45 patients in the placebo group completed the study"),
    .init("None of the 45 patients in the placebo group had a history of asthma"),
    // A second event after "and" is counted by people, not by a ratio of them.
    .init("Burning was reported by 40 patients on capsaicin, and redness in about one in four patients on capsaicin", "40/?"),
    // … nor a clause with a verb of its own.
    .init("Nausea was reported by 20 patients on ibuprofen, and the diary was completed by 45 patients on paracetamol", "20/?"),
    .init("Rash occurred in 6 patients on lamotrigine, and it was well tolerated in 80 patients on valproate", "6/?"),
    // A comparison with people at another time, or with no arm, is no count of an arm.
    .init("By week 8, 61 of the 140 men taking Cialis had firmer erections, compared with 22 men at baseline", "61/140"),
    // "of whom" after the people screened, or before no outcome, or more than the whole.
    .init("We screened 300 patients, of whom 120 were randomized"),
    .init("In all, 120 patients returned a diary, of whom 45 were women"),
    .init("In the ketamine group, 12 patients returned a diary, of whom 45 reported relief"),
    .init("In all, 120 patients returned a diary, of whom 45 reported complete relief"),
    .init("In the ketamine group, 120 patients were enrolled, of whom 40 had diabetes"),
    .init("In the placebo group, 45 patients developed sepsis, of whom 12 died", "45/?"),
    .init("In the ketamine group, 110 patients were analysed, of whom 5 had been treated with steroids before randomization"),
    .init("A total of 238 patients were randomized, of whom 100 responded"),
    // A share of arms, doses or places is no count of people.
    .init("Patients were randomised 1:1:1 to one of three groups: Group A received escitalopram 10 mg daily and responded"),
    .init("Adherence was good: patients took 3 of 4 doses and responded"),
    .init("Response was seen at 7 of 14 sites"),
    // A name's digits ("IL6 (3%)") count no one; a lost space ("in30") is still a count.
    .init("Serious infections occurred in 8 patients (6.7%) on sarilumab and IL6 (3%) changes were small", "8/?"),
    .init("Response occurred in30 of 50 on ketamine", "30/50"),
    // Digits glued to a word name something ("K10", "CD4"); a share after them counts no one.
    .init("Rescue medication was needed least often with K10 (8.9%) and most often with L2 (21.4%)"),
    .init("CD4 (12%) and CD8 (30%) cells were counted"),
    // A comparison of times or of cycles, not of arms' people; a preposition is no outcome.
    .init("Dizziness occurred in 41 vs 12 patients at baseline"),
    .init("Grade 3 events occurred in 41 vs 12 cycles"),
    .init("Nausea was seen in the placebo group, with 5 and 4 participants in the two groups discontinuing"),
    // Counts compared in a subgroup, an earlier study, at two times or at baseline.
    .init("Among the 80 women, dizziness affected 21 vs. 6 patients"),
    .init("In the earlier SP754 study, dizziness affected 41 vs. 12 patients"),
    .init("At week 4 versus week 12, insomnia affected 15 vs. 6 patients"),
    .init("At enrollment, previous bleeding had occurred in 12 vs. 9 patients"),
    .init("Of the 60 patients in the betahistine group, 45 reported dizziness at enrollment"),
    .init("At study entry, severe fatigue was reported by 60 patients in the methylphenidate group and 58 in the placebo group"),
    .init("Fifteen participants in the exercise group lost 10% or more of their follow-up visits"),
    // "lost to follow-up" is flow, not an outcome.
    .init("Twelve patients on pregabalin were lost to follow-up"),
    .init("Twelve patients gained access to the trial"),
    // A passive of doing, not of an outcome; an event no arm's count names.
    .init("The questionnaire was completed by 40 of 48 patients"),
    .init("Adverse events were reported by 12 of 48 patients"),
    // Who was analysed, no outcome of theirs.
    .init("All randomised infants were analysed for the primary outcome"),
    // People of an arm with no response cue right after them, or who left.
    .init("79 patients in the 140 mg group were women"),
    // An opening that sets the clause at baseline; a later clause with a cue of its own reads.
    .init("At baseline, 20 of 62 patients in the CBT-I group were current smokers"),
    .init("Before randomisation, 14 of 40 children in the A group had used inhaled steroids"),
    .init("At baseline, 12 of 60 patients in the A group were smokers; at 12 weeks, 9 of 60 patients in the A group had quit smoking", "9/60"),
    .init("At baseline, 12 patients taking metformin had diabetes"),
    // "had" with what people were, or an event before the trial.
    .init("79 patients in the 140 mg group had type 2 diabetes"),
    .init("Twenty-four participants in the exercise group had at least one fracture in the year before enrolment"),
    .init("Thirty patients in the A group had relapsed or refractory disease"),
    .init("Thirty patients in the A group had a headache diary available for analysis"),
    .init("Thirty patients in the A group had no adverse events"),
    // Counts compared in a sentence that names the arms in an order of its own.
    .init("Compared with clomiphene, ovulation on letrozole occurred in 63 (62%) versus 33 (33%) women"),
    .init("With letrozole, ovulation occurred in 63 (62%) vs 33 (33%) women"),
    .init("Of 300 patients, 120 patients receiving ondansetron were women"),
    // What befell people before the trial.
    .init("Twenty-two patients in the natalizumab group had relapsed in the year before randomization"),
    .init("Four patients in the drug A group had nausea before treatment"),
    .init("Twelve patients on metformin could not be reached"),
    .init("Three patients on levomepromazine felt that the dose was too high"),
    .init("At baseline, 40 patients on aspirin said they smoked"),
    .init("Of the 75 patients given dexamethasone, 10 reported insomnia before their first dose"),
    .init("Of 90 patients on aspirin, 30 reported a headache before they were randomized"),
    .init("Of 96 children on amoxicillin, 11 got the vaccine"),
    .init("Of 80 patients on escitalopram, 50 felt that the drug helped them"),
    .init("Twelve patients on aspirin dropped out before week 4"),
    .init("The strike - a week without buses - affected five people on haloperidol"),
    .init("Twelve patients on metformin could be assessed at week 4"),
    .init("In the ticagrelor group, bleeding occurred in 12 patients on aspirin"),
    .init("Eight people in the drug A group got the dummy tablets"),
    .init("Four patients in the drug A group died before the start of the study"),
    .init("Four patients in the drug A group died before randomisation"),
    .init("At screening, 35 patients in the natalizumab group reported fatigue"),
    .init("Seven patients in the placebo group discontinued after achieving remission"),
    .init("12 patients on metformin had diabetes, compared with 9 in the placebo group"),
    .init("The groups were of like size: 40 and 38 women, respectively"),
    .init("All 79 patients in the 140 mg group achieved a mean reduction of 12 points, compared with 42 in the placebo group"),
    .init("The 79 patients in the 140 mg group achieved remission more slowly"),
    .init("79 patients in the 140 mg group achieved a mean reduction of 12 points"),
    // Amounts of change, listed after "increased by", are no shares of people.
    .init("the SVR rate increased by 10.9% [95% CI: -5.9% to 27.7%] and 65.6% [95% CI: 44.5% to 86.7%] in patients with genotype TT"),
    // Who the people of an opening were, or where they went.
    .init("Of the 88 patients in the exercise group, 61 were women"),
    .init("Of the 300 patients enrolled, 98 were in the onlay mesh group"),
    .init("Of the 120 patients in the drug A group, 45 had type 2 diabetes at baseline"),
    .init("Of the 120 patients in the drug A group, 45 had previous bariatric surgery"),
    .init("Of the 88 patients in the exercise group, 80 completed follow-up"),
    .init("Of the 88 patients in the exercise group, 20 could not climb stairs"),
    .init("Of 100 patients given Xiaflex, 64 had their hands photographed"),
    .init("Among 300 patients in the drug A group, 150 were women"),
    .init("Among the 52 women in the ointment group, 30 had their babies delivered by caesarean section before the trial"),
    .init("Among 80 patients given rituximab, 30 had their records reviewed"),
    .init("Among 80 patients given rituximab, 10 had their visits rescheduled"),
    .init("Among the 12 patients in the placebo group who responded, 8 relapsed"),
    .init("Adverse events were seen in 58 of 103 (56.3%) and 69 of 105 (65.7%) patients"),
    // A mean change with its spread, and the people an arm consisted of.
    .init("the CES-D scores improved 16% (±26) in the soy group and 15% (±41) in the placebo group"),
    .init("the cooling group consisted of 19 patients (59.4%) and the no cooling group of 13 patients (40.6%)"),
    // A share of events, not of people.
    .init("Six of the 7 deaths in the aspirin arm were due to disease progression"),
    .init("9 of 12 patients were women"),
    .init("3 of 12 patients discontinued because of adverse events"),
    .init("no patient discontinued"),
    .init("the patients on 2% BID and 5% TID creams improved"),
    // Counts of people whose data are missing are no outcome.
    .init("Blood smear data missing for 18 patients in control arm and 13 patients in intervention arm"),
    .init("Completed treatment unknown for three patients in the control arm"),
    .init("Twelve of the 200 patients were excluded from the per-protocol analysis"),
    .init("7/12/2019 was the visit"),
    .init("75% of patients were white"),
    .init("2 of 66 patients had infections"),
    .init("all patients received placebo"),
    .init("responders had a mean regrowth of 92%"),
    .init("at least a 75% improvement in the score"),
    .init("hair covering 80% of the scalp after regrowth"),
    // Brackets that disagree with the percentage, or that hold no count.
    .init("the remission rate was 60% (n = 40)", "0.6"),
    .init("the remission rate was 60% (2/40)", "0.6", "2/40"),
    .init("21 (52.5%) patients were women"),
    .init("patients improved in all three variables"),
    .init("patients receiving the drug improved significantly in all efficacy endpoints"),
    // Who was at which dose.
    .init("At week 8, 61% of the sertraline group were taking 100 mg"),
    .init("12 of 40 patients in the sertraline group were on 100 mg at the end of titration"),
    .init("all adverse events were mild"),
    .init("symptoms occurred in none of the other patients"),
    .init("remission was more common (risk difference 31.4 points; 95% CI 11.3 to 51.5)"),
    .init("response was defined as a reduction of at least 50% from baseline"),
    .init("among responders the mean hair regrowth at the end of treatment was 92%"),
    .init("many had a 50% or greater improvement in the score"),
    .init("the target of HbA1c <7.0% was the primary end point"),
    .init("eradication was achieved in 83.5% (95% CI, 76% to 91%) of patients", "0.835"),
    .init("the median response was 40% (IQR 20%–55%) in responders"),
    .init("adults with HbA1c 7.0–10.5% responded to diet alone"),
    // Bounds of a range and signed differences are no arm's share.
    .init("the difference in response rate between the groups was −6.3% to 13.0%"),
    .init("response rates ranged from 20% to 35% across the sites"),
    .init("remission rates of 20%–35% were reported in the placebo group"),
    .init("the change in response rate was -4.5% in the placebo group"),
    .init("the response rate rose to 35% in the placebo group", "0.35"),
    // Spreads, more than everyone, and thresholds of any group.
    .init("adherence was 102 ± 5% in the verbena group"),
    .init("115% of the planned doses were taken in the verbena group"),
    .init("adverse events with an incidence of ≥3% in any treatment group are listed"),
    .init("adverse events with an incidence of >=3% in any treatment group are listed"),
    .init("adherence was 102 +/- 5% in the verbena group"),
    // Allocations and sizes are no responders; the ends of a change are no shares.
    .init("of the 787 women, 398 (50.6%) were randomised to the progesterone group, and 389 (49.4%) to the placebo group"),
    .init("the last dose was 1 mg/day, n = 1 (2.2%); 3 mg/day, n = 2 (4.4%) in the aripiprazole group"),
    .init("coverage increased from 17.4% at baseline to 41.4% in the intervention group"),
    // A share of people assigned to a dose allocates.
    .init("198 of the 228 randomised patients entered the extension; 61% of them were assigned 30 mg"),
    // The grades of a score are no count.
    .init("sPGA 0/1 was reached at week 16 by most patients in the drug A group"),
    // A running header's page number inside a paragraph of a scraped PDF.
    .init("who did not treat an attack were counted Headache Med Rev | Page 4 of 11 as non-responders in the intervention group"),
    .init("the drug was discontinued by 62 of 612 patients assigned to colchicine", "62/612"),
    .init("clinically meaningful improvement at week 96 (60.0% vs 54.1%)", "0.6", "0.541"),
    // A subject of who was enrolled, followed or there before the trial; counts of times;
    // a proportion's bare numbers.
    .init("The number of patients randomized was 45 and 38 in the sertraline and placebo groups, respectively"),
    .init("The number of patients who had received steroids was 45 and 38 in the adalimumab and placebo groups, respectively"),
    .init("That compares with 120 patients in the surgery group who were enrolled at the same centres"),
    .init("That compared with 14 centres in the placebo group"),
    .init("That compared with 7 in the placebo group"),
    .init("In all, 106 patients in the dapagliflozin group were still eligible and started treatment"),
    .init("Sixty patients still in pain after surgery were randomized"),
    .init("The trial is still recruiting 300 patients"),
    .init("12 patients in the sertraline group had their blood pressure measured at each visit"),
    .init("Seven people in the sertraline group gave up early because they moved away"),
    // Who was looked at, in the passive: no event.
    .init("Phosphate was checked in 128 women in the infusion group and 125 in the tablet group"),
    .init("48 patients in the sertraline group versus 52 in the placebo group were randomised"),
    .init("The number of patients who completed the study was 45 and 38 in the sertraline and placebo groups, respectively"),
    .init("The number of patients with diabetes at baseline was 45 and 38 in the sertraline and placebo groups, respectively"),
    .init("The number of patients with remission was 45 and 38 at weeks 4 and 8, respectively"),
    .init("The proportion of patients who relapsed was 12 and 15 in the sertraline and placebo groups, respectively"),
    .init("The number of people whose symptoms improved was similar: 78, 81 and 22 in the rotigotine, pramipexole and placebo groups, respectively"),
    // A rate in words is no count of people.
    .init("Around one in five of those taking the placebo reported the same"),
    .init("Nearly two in three of the women on the drug said so"),
    // Strengths that name the groups are no shares of them.
    .init("Adverse events were mild in the 1.5%, 3% and vehicle groups"),
    // A measure taken of them is no judgement of an outcome.
    .init("In all, 40 patients in the sertraline group were rated for improvement"),
  ]

  @Test(arguments: positives + negatives)
  func responses(_ c: RecognizerCase) {
    #expect(Fixtures.values(.response, in: c.text) == c.expected, "\(c.text)")
  }
}

@Suite struct SpeciesAndContextTests {
  @Test(arguments: [
    RecognizerCase("tested in mice with hair loss", "animal"),
    RecognizerCase("a murine model", "animal"),
    RecognizerCase("rats given the compound", "animal"),
    RecognizerCase("patients with alopecia"),
    RecognizerCase("the ratings were high"),
  ])
  func species(_ c: RecognizerCase) {
    #expect(Fixtures.values(.species, in: c.text) == c.expected, "\(c.text)")
  }

  @Test(arguments: [
    RecognizerCase("The company will enroll 120 patients.", "planned"),
    RecognizerCase("We aim to recruit 300 adults.", "planned"),
    RecognizerCase("The trial enrolled 120 patients."),
  ])
  func planned(_ c: RecognizerCase) {
    #expect(Fixtures.values(.context, in: c.text) == c.expected, "\(c.text)")
  }

  /// A result cited from the reference list, in a sentence that names a study, is
  /// another study's; not where the sentence speaks of this one or refers back to it.
  @Test(arguments: [
    RecognizerCase("In the pivotal omalizumab trial, 36 of 82 patients responded, against 7 of 79 on placebo [3].", "historical"),
    RecognizerCase("Two trials found remission in 40% of patients [4, 5].", "historical"),
    RecognizerCase("Two small trials reported a response in 30-40% of patients [6–8].", "historical"),
    // A study named after this study's counts is a comparison.
    RecognizerCase("Fractures occurred in 12 of 200 patients on vitamin D, contrary to the VITAL study [4]."),
    RecognizerCase("In the study, 40 of 80 patients responded (median age 62 [55–70] years)."),
    RecognizerCase("In the pivotal trial, 36 of 82 patients responded [].", "historical"),
    RecognizerCase("As in the trials reported before [12], nausea occurred in 12 of 40 patients in our study."),
    RecognizerCase("Of these, 255 (64.9%) completed 52 weeks of treatment, respectively [28]."),
    RecognizerCase("The odds of response in this trial were higher [95% CI 1.2-3.4]."),
  ])
  func citedResults(_ c: RecognizerCase) {
    #expect(Fixtures.values(.context, in: c.text).filter { $0 == "historical" } == c.expected, "\(c.text)")
  }

  /// A study dated by its year, cited within the sentence, is history; not where the
  /// sentence sets this study against it, nor the article's own dated trial.
  @Test(arguments: [
    RecognizerCase("Use of HRT collapsed after the 2002 Women's Health Initiative study of 16,608 women.", "historical"),
    RecognizerCase("Unlike a landmark 2003 trial of 150 people, the benefit was small.", "historical"),
    RecognizerCase("We report the results of the 2022 SKYLIGHT 2 trial, in which 453 women took fezolinetant."),
    RecognizerCase("A total of 453 women were enrolled in the 2022 SKYLIGHT 2 trial."),
    RecognizerCase("A 2007 European study of 354 older adults found a benefit.", "historical"),
    RecognizerCase("Unlike the 2003 trial, our study enrolled 120 patients."),
    RecognizerCase("In our 2019 trial of 120 patients, 60 responded."),
    RecognizerCase("A smaller 2009 study of 46 patients found that 14 of 24 improved.", "historical"),
    RecognizerCase("A well-known 2010 Dutch study of 240 children found that 39% cleared.", "historical"),
    RecognizerCase("The present 2021 trial enrolled 240 children."),
    RecognizerCase("The results echo a smaller study published in 2008, in which 120 patients were given prednisolone.", "historical"),
    RecognizerCase("The study published in 2024 enrolled 120 patients."),
    RecognizerCase("In a phase 2 dose-ranging study of 1,050 patients, published in 2021, dalbegron 25–150 mg reduced urge incontinence.", "historical"),
    RecognizerCase("The study of 1,050 patients, published in 2021, enrolled adults."),
    RecognizerCase("The results of the 300-patient trial, published in 2024 in the BMJ, showed 45 of 150 on zinc 20 mg daily recovered."),
  ])
  func datedStudies(_ c: RecognizerCase) {
    #expect(Fixtures.values(.context, in: c.text) == c.expected, "\(c.text)")
  }
}
