import Foundation
import Testing
import TrialFacts

@Suite struct DrugRecognizerTests {
  static let positives: [RecognizerCase] = [
    .init("Patients took ruxolitinib daily.", "ruxolitinib"),
    .init("Jakafi was approved for myelofibrosis.", "ruxolitinib"),
    .init("Jakavi is the name used in Europe.", "ruxolitinib"),
    .init("She switched to Olumiant last year.", "baricitinib"),
    .init("XELJANZ tablets", "tofacitinib"),
    .init("JAK inhibitors, including ruxolitinb, help", "ruxolitinib"),
    // Two neighbouring letters swapped, and British spellings.
    .init("58 were randomised to metfromin 500 mg three times daily", "metformin"),
    .init("patients on sertarline reported less anxiety", "sertraline"),
    .init("122 to ferrous sulphate 200 mg tablets", "ferrous sulfate"),
    .init("tofacitnib was well tolerated", "tofacitinib"),
    // A seven-letter word one letter short of a long name.
    .init("rescue morphne was given", "morphine"),
    .init("oral minoxidil and methotrexate", "minoxidil", "methotrexate"),
    .init("Ruxolitinib and tofacitinib were compared.", "ruxolitinib", "tofacitinib"),
    .init("dupilumab 300 mg every 2 weeks", "dupilumab"),
    .init("ritlecitinib 50 mg", "ritlecitinib"),
    .init("lithium-induced tremor", "lithium"),
    .init("a methotrexate-associated rash", "methotrexate"),
    .init("colestipol hydrochloride lowers cholesterol", "colestipol"),
    .init("BETOPTIC S 0.25% in the left eye", "betaxolol"),
    .init("Timoptic XE every morning", "timolol"),
    .init("high-dose interferon alfa for melanoma", "interferon alfa"),
    .init("gabapentin (GBP) was stopped; GBP levels fell", "gabapentin", "gabapentin", "gabapentin"),
    // A development code the document doses, or names a group after, is a drug there.
    .init("BTH1677, 4 mg/kg weekly, was added; BTH1677 levels were low", "bth-1677", "bth-1677"),
    .init("SPN-804 1200 mg once daily", "spn-804"),
    .init("600 mg of ACT-064992 daily", "act-064992"),
    .init("responses in the MK-0431 group", "mk-0431"),
    // In brackets after a drug's name, it is that drug.
    .init("Oxtellar XR (SPN-804) 2400 mg/day; SPN-804 was well tolerated", "oxcarbazepine", "oxcarbazepine", "oxcarbazepine"),
    // A new name built like an INN, dosed or named as a group, is a drug there.
    .init("velmarstat 100 mg or placebo twice daily; velmarstat was well tolerated", "velmarstat", "velmarstat"),
    .init("Lorepitant 40 mg (intervention group) versus placebo", "lorepitant"),
    .init("responses in the zelvotinib group", "zelvotinib"),
    .init("a single oral dose of ravopitant (RVP) on day 1; RVP was well tolerated", "ravopitant", "ravopitant", "ravopitant"),
    .init("10 mg/kg of Trivanumab every 3 weeks", "trivanumab"),
    // New stems (-gepant, -ditan), and a spaced dash between the name and its doses.
    .init("to the CGRP antagonist velagepant — 25 mg or 50 mg once daily — or placebo", "velagepant"),
    .init("Adults took lorditan 100 mg at the onset of an attack", "lorditan"),
    // A word the assignment doses, built like no INN, is a drug there too.
    .init("Adults were randomised 1:1:1:1 to zanoprilast 5 mg, 10 mg or 20 mg, or placebo", "zanoprilast"),
    .init("Patients were assigned to receive pelmarisant 45 mg twice daily or placebo", "pelmarisant"),
    .init("randomized to metformin 500 mg or korvadin 850 mg", "metformin", "korvadin"),
    // A product number in a drug's bracket takes no dose from the drug.
    .init("Metformin (Sigma-Aldrich PHR1084, 500 mg) was given twice daily", "metformin"),
  ]

  static let negatives: [RecognizerCase] = [
    .init("The meeting may take place today."),
    .init("Patients received placebo for 12 weeks."),
    .init("JAK inhibitors are a class of drugs."),
    .init("All patients were followed for a year."),
    .init("The clinic is open on Saturdays."),
    .init("Investigators were encouraged by the results."),
    .init("insulin-like growth factor levels"),
    .init("the primary end point was met"),
    .init("GBP levels fell after the visit"),
    // Seven-letter English words near no drug, and a brand's misspelling (brands are
    // not looked up fuzzily).
    .init("The patients between visits reported nothing; another control visit followed."),
    .init("Nausea hit 31% of those on Zepbond"),
    // The shape alone names no drug, nor do registries, study groups and tumour markers.
    .init("BTH1677 levels were low in every cycle"),
    .init("CA-125 fell; the trial was registered as KCT0001234 and cited PMC5830087"),
    .init("as in the GOG-0218 arm, patients received 15 mg/kg"),
    .init("ECAM2011 and CCRP2012 are journal numbers"),
    .init("the LY2189265x5 construct and ABC-123.4 at 5 mg"),
    // Lot, kit and catalogue numbers and cell lines beside a dose are no compounds.
    .init("two 30 µg doses of the vaccine (lot EJ1685, 0.3 mL each)"),
    .init("an ELISA kit (DY1234, 10 mg/mL standard)"),
    .init("the MDA-MB-231 group treated with 10 mg"),
    // An INN's ending alone, undosed, or glued into a longer name, names no drug.
    .init("velmarstat is a new inhibitor of the channel"),
    .init("the thermostat was set to 37 degrees for 100 minutes"),
    .init("the anti-velmarstat 5 mg antibody"),
    // A study's code before a colon, and a target of drugs, are no drugs.
    .init("Study XYZ123: 40 mg once daily for 12 weeks"),
    .init("CGRP levels rose by 40 pg in the 2 h after the attack"),
    .init("infection confirmed by a 13C-urea breath test was eradicated"),
    .init("a hemostat at 5 mg/dL"),
    // Outside an assignment, or a word of dosing, the shape names no drug.
    .init("Patients took zanoprilast 5 mg once daily"),
    .init("Adults were randomised to standard 5 mg or matching placebo"),
    .init("They were randomized to either 10 mg or 20 mg daily"),
    .init("Patients were assigned to receive 45 mg twice daily"),
    .init("Adults were randomised to morning 10 mg or evening 10 mg dosing of amlodipine", "amlodipine"),
    .init("Women were randomised to single 1.5 mg or double 0.75 mg levonorgestrel", "levonorgestrel"),
    .init("Patients were randomised to continue 20 mg prednisolone or to taper", "prednisolone"),
    .init("Patients were randomised to placebo or another 25 mg dose"),
  ]

  /// Drugs joined with no space are one product when findings are built ("artemether and
  /// lumefantrine", the lexicon's name for Coartem), one name each when spans are annotated.
  @Test(arguments: [
    ("children given artemether-lumefantrine", "artemether and lumefantrine", 2),
    ("sofosbuvir/velpatasvir for 12 weeks", "sofosbuvir and velpatasvir", 2),
    ("to Amoxicillin-Clavulanate 875 mg", "amoxicillin and clavulanic acid", 2),
    ("paclitaxel-carboplatin-bevacizumab every 3 weeks", "bevacizumab, carboplatin, and paclitaxel", 3),
    // The lexicon's own name of a combination it knows, in its order.
    ("Avycaz 2.5 g every 8 hours", "ceftazidime and avibactam", 1),
    ("low-molecular-weight heparin 40 mg daily", "heparin, low-molecular-weight", 1),
  ])
  func combinationsJoinedWithNoSpace(_ text: String, _ name: String, _ parts: Int) {
    let sentences = Fixtures.pipeline.scanner.scan(text)
    let drugs = sentences.flatMap(\.mentions).filter { $0.label == .drug }.map(\.normalizedText)
    #expect(drugs == [name], "\(text)")
    #expect(Fixtures.values(.drug, in: text).count == parts, "\(text)")
  }

  /// A spaced hyphen or slash, a word after a hyphen, or a slash between drugs the lexicon
  /// knows no combination of ("the ivermectin/permethrin cure rates": A versus B) joins
  /// nothing; a lexicon name is kept as the lexicon writes it.
  @Test(arguments: [
    "metformin / placebo crossover", "metformin - then insulin", "a metformin-induced lactic acidosis", "insulin-like growth factor",
    "The ivermectin/permethrin cure rates were 80/120 and 70/120",
  ])
  func noCombination(_ text: String) {
    let drugs = Fixtures.pipeline.scanner.scan(text).flatMap(\.mentions).filter { $0.label == .drug }.map(\.normalizedText)
    #expect(!drugs.contains { $0.contains(" and ") }, "\(text)")
  }

  @Test(arguments: positives + negatives)
  func drugs(_ c: RecognizerCase) {
    #expect(Fixtures.values(.drug, in: c.text) == c.expected, "\(c.text)")
  }

  /// A brand the lexicon lacks names its drug where the document defines it with a
  /// bracket holding that one drug, and writes it capitalised only.
  @Test(arguments: [
    ("Nitrolix (a lotion containing 4% dimeticone) was applied twice. Lice were gone in 40 children given Nitrolix.", "dimethicone"),
    ("Cramplex (mefenamic acid 500 mg) was taken three times a day; 41 women on Cramplex had less pain.", "mefenamic acid"),
    ("Derbavan-M (0.5% malathion liquid) was applied once; 30 children using Derbavan-M were clear.", "malathion"),
  ])
  func brandDefinedByItsDrug(_ text: String, _ drug: String) {
    #expect(Fixtures.values(.drug, in: text) == [drug, drug, drug], "\(text)")
  }

  /// A word that is also written in lower case, an acronym, a bracket of two drugs or of
  /// none names no drug: only the drugs in the brackets are found.
  @Test(arguments: [
    ("Treatment (metformin 500 mg) was started; the treatment was stopped in 3. Treatment failed in 4.", 1),
    ("CBTAB (ibuprofen) was allowed. CBTAB was used by 12.", 1),
    ("Combotrin (ivermectin and permethrin) was applied. Combotrin cleared 20.", 2),
    ("Hollister (74 women) used the device. Hollister users were 12.", 0),
    // Words, groups' and trials' names, and those who make the drug.
    ("Patients received Standard (cisplatin) or the new regimen. Response: 30 of 100 on Standard.", 1),
    ("Patients received Group Alpha (ibuprofen 400 mg). Pain eased in Group Alpha.", 1),
    ("ToGA (trastuzumab for gastric cancer) was open-label. ToGA enrolled 594 patients.", 1),
    ("Employees of Novartis (makers of everolimus) monitored it. Novartis audited 12 sites.", 1),
  ])
  func noBrandDefined(_ text: String, _ drugs: Int) {
    #expect(Fixtures.values(.drug, in: text).count == drugs, "\(Fixtures.values(.drug, in: text))")
  }

  /// A regimen code given in brackets after its drug ("rifapentine plus isoniazid (3HP)",
  /// "isoniazid (6H)") names that drug in the rest of the document; the same shape named
  /// nowhere so ("2D", "5HT", "a 4R score") names none.
  @Test(arguments: [
    ("Six months of daily isoniazid (6H) is standard. Completion was 70% with 6H.", ["isoniazid", "isoniazid", "isoniazid"]),
    ("We gave weekly rifapentine (3P) to 200. In the 3P group, 150 completed.", ["rifapentine", "rifapentine", "rifapentine"]),
    ("Isoniazid was given daily. Scores of 4R and 2D images were read; 5HT levels fell.", ["isoniazid"]),
    ("Daily isoniazid (6H2) was given. The 6H2 group did well.", ["isoniazid"]),
  ])
  func regimenCodes(_ text: String, _ drugs: [String]) {
    #expect(Fixtures.values(.drug, in: text) == drugs, "\(text)")
  }
}
