import Foundation
import Testing
import TrialFacts

@Suite struct DoseRecognizerTests {
  static let positives: [RecognizerCase] = [
    // Two strengths compared, a dose given twice, a citation and years after a dose.
    .init("topical 5% minoxidil vs 2% minoxidil twice daily", "5 %", "2 %"),
    // A strength after the form that closes the drug's words.
    .init("randomized to minocycline foam 1.5% (n = 251) or minocycline foam 3% (n = 248)", "1.5 %", "3 %"),
    .init("hydrocortisone cream 1% applied twice daily", "1 %"),
    // The strength of what the drug is mixed into, and a paste as a form.
    .init("triamcinolone acetonide 0.1% in an adhesive base (66 patients)", "0.1 %"),
    .init("amlexanox 5% oral paste four times a day", "5 %"),
    .init("cefazolin 500 mg×2 daily for 5 days", "500 mg"),
    // The cap of a dose by weight is no dose of its own.
    .init("a single dose of ferric carboxymaltose (20 mg/kg, maximum 1000 mg)", "20 mg/kg"),
    .init("levothyroxine 1.6 µg/kg (range 25–100 µg) once daily", "1.6 mcg/kg"),
    .init("vancomycin 15 mg/kg (max. 2 g) twice daily", "15 mg/kg"),
    .init("paracetamol 15 mg/kg, not exceeding 4 g per day", "15 mg/kg"),
    // A cap that is no aside of a dose by weight is a dose of its own.
    .init("doses ranged from 100 mg to a maximal 400 mg", "100 mg", "400 mg"),
    .init("drug A maximum 40 mg daily", "40 mg"),
    .init("drug A 20 mg, exceeding 40 mg in no patient", "20 mg", "40 mg"),
    .init("intrathecal morphine 100 µg (12-14)", "100 mcg"),
    .init("dexamethasone 8 mg (2015-2017) or 4 mg (2017-2019)", "8 mg", "4 mg"),
    .init("randomized to tofacitinib 5 mg twice daily, n = 52 (50%), or placebo", "5 mg"),
    // µg/mL beside its drug, before or after, a brand aside between.
    .init("0.1% bupivacaine with 2 µg/mL fentanyl", "0.1 %", "2 mcg/mL"),
    .init("latanoprost (Xalatan) 50 µg/mL one drop at night", "50 mcg/mL"),
    .init("Continue Timolol(0.25%) BID OS", "0.25 %"),
    // A release form between the name and its strength, or the strength and its unit.
    .init("BETOPTIC S 0.25 % ophthalmic suspension, one drop in the left eye", "0.25 %"),
    .init("Timoptic XE 0.5% every morning OU", "0.5 %"),
    .init("Diamox 500 SR mg bid", "500 mg"),
    .init("acetazolamide 250 ER mg twice a day", "250 mg"),
    // A volume of a solution of a given strength is an amount of the drug.
    .init("30 ml 0.75% ropivacaine was injected", "225 mg"),
    .init("2 mL of 1% lidocaine", "20 mg"),
    // A strength with its schedule, or before "group", names an arm by its regimen.
    .init("in the 0.5% BID, 1.5% QD and vehicle groups", "0.5 %", "1.5 %"),
    .init("itch improved most in the 1% group", "1 %"),
    .init("1.5 mL of 0.5% hyperbaric bupivacaine intrathecally", "7.5 mg"),
    .init("0.05 mL of intravitreal ranibizumab", "0.05 mL"),
    .init("ruxolitinib 20 mg twice daily", "20 mg"),
    // Bare amounts listed before a dose share its unit: dose-ranging arms.
    .init("randomised to tofacitinib 5 or 10 mg twice daily or placebo", "5 mg", "10 mg"),
    .init("single doses of 0.2, 1, 5, or 25 mg/kg", "0.2 mg/kg", "1 mg/kg", "5 mg/kg", "25 mg/kg"),
    .init("after ingestion of 30.6 and 114 g of metronidazole", "30.6 g", "114 g"),
    // Not a range, a day or cycle, or one arm's doses by weight.
    .init("doses between 10 and 20 mg were allowed", "20 mg"),
    .init("aprepitant 125 mg on day 1 and 80 mg on days 2–3", "125 mg", "80 mg"),
    .init("carboplatin in cycle 2 and 100 mg thereafter", "100 mg"),
    .init("desvenlafaxine (25, 35, or 50 mg/d based on baseline weight)", "50 mg"),
    .init("of 40 patients, 12 (30%) and 10 mg", "10 mg"),
    .init("a dose of 2.5mg", "2.5 mg"),
    .init("0.5 mg/kg once weekly", "0.5 mg/kg"),
    // Further strengths listed or given after a drug's percentage strength.
    .init("atropine 0.05% (n = 110), 0.025% (n = 109), 0.01% (n = 110) or placebo", "0.05 %", "0.025 %", "0.01 %"),
    .init("31 of 110 (28.2%) given atropine 0.05%, 44 of 109 (40.4%) given 0.025%", "0.05 %", "0.025 %"),
    // Shares beside a strength are no strengths: in brackets, or followed by whom they are of.
    .init("nausea in 5% given atropine 0.05% and 2% given placebo", "0.05 %"),
    .init("atropine 0.05% cut progression (0.5%, 95% CI 0.2-0.8)", "0.05 %"),
    .init("Hydrocortisone 1% cream was applied, and 8% (n = 4) of patients had skin atrophy", "1 %"),
    .init("tacrolimus 0.1% ointment (n = 50), with 0.5% (n = 3) reporting burning", "0.1 %"),
    // The same regimen told per dose in brackets is no dose of its own.
    .init("minocycline 100 mg/day (50 mg q12h) or 200 mg/day (100 mg q12h)", "100 mg", "200 mg"),
    .init("sertraline 100 mg daily (50 mg twice daily)", "100 mg"),
    .init("ketamine 0.5 mg/kg (35 mg for a 70 kg adult)", "0.5 mg/kg", "35 mg"),
    // An infusion rate by weight is one unit.
    .init("dexmedetomidine 0.4 µg/kg/h intravenously", "0.4 mcg/kg/h"),
    .init("remifentanil 0.1 mcg/kg/min", "0.1 mcg/kg/min"),
    .init("ketamine 0.15 mg/kg/h", "0.15 mg/kg/h"),
    // A bare strength between the drug and its frequency or eye: no unit is made up.
    .init("Timolol 0.5 QAM OU", "0.5"),
    .init("Acyclovir 800 BID", "800"),
    .init("latanoprost 0.005 OS at bedtime", "0.005"),
    // … and before a count of times a day.
    .init("Timolol 0.5 2xday OU", "0.5"),
    .init("Timolol 0.5 2 times a day OU", "0.5"),
    .init("500 µg of the drug", "500 mcg"),
    .init("250 mcg daily", "250 mcg"),
    .init("1 g intravenously", "1 g"),
    .init("75 mg/m2 every 3 weeks", "75 mg/m2"),
    .init("baricitinib 2 mg or 4 mg once daily", "2 mg", "4 mg"),
    .init("a 20-mg dose", "20 mg"),
    .init("doses of 10-20 mg", "10-20 mg"),
    .init("doses of 10–20 mg", "10-20 mg"),
    .init("a 2% minoxidil solution", "2 %"),
    .init("timolol (Timoptic) 0.5% twice daily", "0.5 %"),
    .init("ruxolitinib 1.5% cream", "1.5 %"),
    .init("vitamin D 1000 IU", "1000 IU"),
    .init("triamcinolone 10 mg/mL", "10 mg/mL"),
    .init("Latanoprost 50 µg/mL one drop at night", "50 mcg/mL"),
    // The volume a dose comes in is no second dose.
    .init("morphine 2 mg (0.5 mL) was given", "2 mg"),
    // The vehicle's volume is no dose.
    .init("Group B received bupivacaine 10 mg + 1 ml normal saline", "10 mg"),
    .init("five milligrams", "5 mg"),
    // A dash between two doses is no minus sign.
    .init("doses of 0.5 mg–1 mg were given", "0.5 mg", "1 mg"),
    // A measure of the patients beside a dose does not hide the dose.
    .init("weight gain was larger with olanzapine 10 mg than with placebo", "10 mg"),
    .init("infants weighing under 2 kg received caffeine 20 mg/kg", "20 mg/kg"),
  ]

  static let negatives: [RecognizerCase] = [
    // Shares after a form are rates, not strengths.
    .init("The cure rate was clotrimazole cream 6%"),
    .init("Among children using mupirocin ointment 10% had a rash"),
    .init("The discontinuation rate was clotrimazole cream 8%"),
    // A share in a group after the drug's name.
    .init("Response was seen with adalimumab 45% in the first year"),
    .init("Healing occurred in 45% in the paste group (29 of 64)"),
    .init("Response was seen in 40% in the cream group (24 patients)"),
    // The count of a "2xday" is no strength.
    .init("Timolol 2xday- (**/**/****)."),
    .init("latanoprost 1xday OS"),
    .init("Timolol 2 times a day OU"),
    // Plasma levels and exposures, whatever drug they are of.
    .init("the Cmax of paclitaxel was 49.77 μg/mL in cycle 1"),
    .init("AUC0-24 of paclitaxel was 399.8 μg•hr./mL and 464.4 μg·h/mL"),
    // Shares of two arms compared, each before its arm's name.
    .init("nausea (8.5% paclitaxel vs 0% control)"),
    // How one arm's patients spread over doses, and a median with its range.
    .init("the last dose was distributed as follows: 1 mg/day, n = 2 (4.3%); 3 mg/day, n = 13 (27.7%)"),
    .init("supplemental fentanyl, median (range), was 0 µg (0–120) in the TAP group and 30 µg (0–120) in the control group"),
    // A mean with its spread is measured, not given.
    .init("the mean daily dose of aripiprazole was 5.7 ± 2.7 mg"),
    .init("blood loss was 576 ± 53 mL with tranexamic acid"),
    .init("the morphine requirement was 81 +/- 20 mg"),
    .init("response rates were greater for sertraline (78.2%) than for placebo"),
    .init("75% of patients responded"),
    .init("the relapse rate rose by 4% daily after withdrawal"),
    .init("the trial ran in 2016"),
    .init("12 patients were enrolled"),
    .init("median plasma SHH level was 1.01 ng/mL in the GV arm"),
    .init("clonidine was diluted to 10 ml with saline"),
    .init("a 4 h infusion of 500 ml of 0.9% saline before quinine"),
    .init("lixisenatide in patients with creatinine clearance 60–89 mL/min"),
    .init("timolol s 0.5% was mentioned by 40% of the nurses"),
    .init("randomization was stratified by haemoglobin (<130 vs ≥130 g/L) before surgery"),
    .init("fasting glucose was 5.4 mmol/L and cholesterol 190 mg/dL with metformin"),
    .init("blood loss with tranexamic acid differed by −386 mL (95% CI −551 to −221)"),
    .init("timolol 2 drops twice daily"),
    .init("started timolol 2 weeks ago BID"),
    .init("IOP 18 OD on timolol"),
    .init("group G had 12 members"),
    .init("4.6 out of 5 stars"),
    .init("41:210-19"),
    // Measures of the patients in units of dose, also when a sentence compares arms.
    .init("a mean weight gain of 18.3 gm in the juice group and of 50.6 gm in those given water"),
    .init("a mean loss of body weight (- 7.0 gm) among the control patients"),
    .init("median estimated blood loss was 350 mL with tranexamic acid"),
    .init("neonates with a birth weight of 1500 g or less were given surfactant"),
  ]

  @Test(arguments: positives + negatives)
  func doses(_ c: RecognizerCase) {
    #expect(Fixtures.values(.dose, in: c.text) == c.expected, "\(c.text)")
  }
}
