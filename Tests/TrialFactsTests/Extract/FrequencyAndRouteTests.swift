import Foundation
import Testing
import TrialFacts

@Suite struct FrequencyRecognizerTests {
  static let positives: [RecognizerCase] = [
    // A treatment-day range after the schedule is no adjective of "days".
    .init("capecitabine 1000 mg/m2 twice daily days 1-14 of each 21-day cycle", "2"),
    .init("20 mg twice daily", "2"),
    // The time of day of a once-daily schedule is part of it, not a second schedule.
    .init("carteolol 1% one drop into the right eye once daily in the morning", "1"),
    .init("start latanoprost qPM OS", "1"),
    // A bare count of times after an eye drug is per day; a range counts from its lower bound.
    .init("Cosopt 2x both eyes", "2"),
    .init("Timolol 0.5% 2x-left eye", "2"),
    .init("PF Systane ATs 2-3x OU", "2"),
    .init("5 mg BID", "2"),
    .init("5 mg b.i.d.", "2"),
    .init("10 mg q.d.", "1"),
    .init("400 mg TID", "3"),
    .init("once daily dosing", "1"),
    .init("took the drug daily", "1"),
    .init("given every other day", "0.5"),
    .init("2.4 mg once weekly", "0.142857"),
    .init("300 mg every 2 weeks", "0.071429"),
    .init("300 mg every two weeks", "0.071429"),
    .init("300 mg q2w", "0.071429"),
    .init("twice a day for a month", "2"),
    .init("three times a day", "3"),
    .init("amoxicillin 3 times a day", "3"),
    .init("drops 2x/day", "2"),
    .init("4 times daily", "4"),
    .init("exercise 3 times a week", "0.428571"),
    .init("one drop in the morning", "1"),
    .init("lubricating drops prn", "as needed"),
    // A dose given once, a dose or a route between "single" and its noun.
    .init("randomized to a single oral dose of dexamethasone 0.6 mg/kg", "single dose"),
    .init("one group had a single injection of methylprednisolone 80 mg", "single dose"),
    .init("azithromycin 1 g as a single dose", "single dose"),
    .init("a single 2 g oral dose of secnidazole", "single dose"),
    .init("a single 20 mg/kg infusion of ferric carboxymaltose", "single dose"),
    .init("a one-off injection of triamcinolone 40 mg", "single dose"),
    // Another drug after "then" is its own schedule; the same drug after it, a maintenance.
    .init("a single dose of intramuscular adrenaline 0.5 mg, then prednisolone 40 mg daily", "single dose", "1"),
    .init("a single intravenous dose of dexamethasone 8 mg followed by dexamethasone 4 mg twice daily", "2"),
    .init("The loading dose was a single oral dose of 300 mg, then aspirin 100 mg daily", "1"),
    .init("ibuprofen 400 mg as needed for pain", "as needed"),
    // Ranges take their lower bound, as dose ranges do; the span covers the range.
    .init("latanoprost 1-2 times a day", "1"),
    .init("lubricating drops 6-8x a day", "6"),
    .init("prednisolone 3-7x/day", "3"),
    // The times sign glued to the period, or before the count.
    .init("drops 2xday", "2"),
    .init("tears 6xdaily", "6"),
    .init("timolol x2 weekly", "0.285714"),
    .init("prednisolone q day", "1"),
    // Everyday phrases beside something dosed.
    .init("latanoprost one drop at night", "1"),
    .init("timolol 0.5% in the morning", "1"),
    // Intervals with any count and time unit, beside something dosed.
    .init("carboplatin AUC 5 every 21 days", "0.047619"),
    .init("docetaxel 75 mg/m2 every 3 weeks", "0.047619"),
    .init("prednisolone drops q2.5 hours", "9.6"),
    .init("lubricating drops q30 minutes", "48"),
    .init("morphine 5 mg every 4-6 hours", "4"),
    .init("ondansetron 8 mg q 8 h", "3"),
    .init("pembrolizumab 400 mg every six weeks", "0.02381"),
    .init("taper prednisolone q5 days", "0.2"),
    .init("fentanyl patch q72h", "0.333333"),
    .init("tears 2-3x day", "2"),
  ]

  static let negatives: [RecognizerCase] = [
    // A limit of each dose, packaging, or "single" of something else.
    .init("the maximum single dose of paracetamol was 1 g"),
    .init("morphine 10 mg in single-dose vials"),
    .init("a single centre enrolled 40 patients"),
    .init("a single 2 g loading dose of magnesium sulfate"),
    // A loading dose before a schedule, and schedules compared, are no single dose.
    .init("aspirin as a single oral dose of 300 mg, then aspirin 100 mg for 30 days"),
    .init("praziquantel 40 mg/kg as a single dose or 60 mg/kg divided into two doses"),
    .init("telmisartan 80 mg reduced the rise in morning blood pressure"),
    .init("the risk was 2x higher with aspirin 100 mg"),
    .init("latanoprost 0.005% reduced IOP 2x more than timolol in both eyes"),
    .init("drops were applied OD"),
    .init("she tried twice"),
    .init("the week was busy"),
    .init("once upon a time"),
    // Everyday phrases with nothing dosed nearby.
    .init("she has trouble driving at night"),
    .init("he was in hospital for a week after the fall"),
    .init("return to clinic as needed"),
    .init("crusting of the lids in the morning"),
    // An interval of visits or measures, with nothing dosed nearby.
    .init("vital signs were recorded every 15 minutes"),
    .init("follow-up visits took place every 5 months"),
    .init("every 2 patients shared a room"),
    .init("After morphine 5 mg IV, pain scores were recorded every 15 minutes"),
    .init("Pain scores were recorded every 15 minutes after ketamine 0.5 mg/kg"),
  ]

  @Test(arguments: positives + negatives)
  func frequencies(_ c: RecognizerCase) {
    #expect(Fixtures.values(.frequency, in: c.text) == c.expected, "\(c.text)")
  }
}

@Suite struct RouteRecognizerTests {
  static let positives: [RecognizerCase] = [
    .init("oral ruxolitinib 20 mg", "oral"),
    .init("methotrexate given subcutaneously", "subcutaneous"),
    .init("ruxolitinib 1.5% cream applied topically", "topical"),
    .init("intralesional triamcinolone", "intralesional"),
    .init("an intravenous infusion of rituximab", "intravenous"),
    .init("tofacitinib tablets taken by mouth", "oral"),
    .init("dupilumab by injection under the skin", "subcutaneous"),
    // The eye a drug goes into: beside a drug, a dose or a frequency, or with a dosing cue.
    .init("timolol 0.5% BID OD", "ophthalmic"),
    .init("latanoprost at bedtime in both eyes", "ophthalmic"),
    .init("instil one drop OS each evening", "ophthalmic"),
    .init("dorzolamide TID OU/OD", "ophthalmic", "ophthalmic"),
    .init("brimonidine OS>OD twice daily", "ophthalmic", "ophthalmic"),
    .init("pilocarpine into the right eye", "ophthalmic"),
    .init("netarsudil 0.02% eye drops, instill 1 drop in eye at bedtime", "ophthalmic"),
    .init("The right eye was treated with latanoprost 0.005% once daily", "ophthalmic"),
    .init("Lumigan QHS OU-last night", "ophthalmic"),
  ]

  static let negatives: [RecognizerCase] = [
    // "last dose" is no eye cue: here OS is overall survival.
    .init("pembrolizumab 200 mg every 3 weeks; after the last dose, those who progressed had a shorter OS"),
    .init("an oral presentation at the congress"),
    .init("the topical issue of the day"),
    .init("the IV league"),
    .init("chlorhexidine 0.12% rinse for oral hygiene"),
    // Dosage forms imply a route but do not state one (see DosageFormRecognizerTests).
    .init("tofacitinib tablets"),
    .init("ruxolitinib 1.5% cream"),
    // An eye named in a diagnosis, an exam or a symptom is not a route.
    .init("primary open angle glaucoma OU"),
    .init("early cataract in the left eye, not visually significant"),
    .init("visual field full OD, mild arcuate defect OS"),
    .init("median OS was 14 months"),
    .init("blurred vision in both eyes since last visit"),
    .init("re-treatment with latanoprost drops was not needed"),
    .init("patients with SLE took hydroxychloroquine"),
    .init("If you're taking metformin 500 mg twice daily, check your sugar"),
    .init("hydroxychloroquine 200 mg twice daily for cutaneous LE"),
    .init("Median OS was 6.9 months for gemcitabine and 6.1 months for GP"),
    .init("bupivacaine 0.5% with buprenorphine 0.3 mg in minor oral surgical procedures"),
  ]

  @Test(arguments: positives + negatives)
  func routes(_ c: RecognizerCase) {
    #expect(Fixtures.values(.route, in: c.text) == c.expected, "\(c.text)")
  }
}

@Suite struct DosageFormRecognizerTests {
  static let positives: [RecognizerCase] = [
    .init("tofacitinib tablets", "oral"),
    .init("ruxolitinib 1.5% cream", "topical"),
    .init("metformin 500 mg capsules twice daily", "oral"),
    .init("a nicotine patch of 21 mg", "transdermal"),
    .init("erythromycin ointment at night", "topical"),
    .init("artificial tears eye drops prn", "ophthalmic"),
  ]

  static let negatives: [RecognizerCase] = [
    .init("a corneal patch graft"),
    .init("the pharmacy sold pill boxes"),
    .init("hair gel and shaving foam"),
    // A stated route in the same breath leaves the form unsaid.
    .init("oral tablets of tofacitinib"),
  ]

  @Test(arguments: positives + negatives)
  func forms(_ c: RecognizerCase) {
    #expect(Fixtures.values(.form, in: c.text) == c.expected, "\(c.text)")
  }

  @Test func armTakesItsRouteFromAFormOnlyWhenNoneIsStated() {
    let implied = Fixtures.findings("Patients took metformin 500 mg tablets twice daily for 12 weeks.")
    #expect(implied.first?.dose?.route == "oral")
    let stated = Fixtures.findings("Patients applied ruxolitinib 1.5% gel to the skin twice daily for 8 weeks.")
    #expect(stated.first?.dose?.route == "topical")
  }
}
