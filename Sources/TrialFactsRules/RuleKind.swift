/// What a rule file defines, named by its `@kind` line.
///
/// Each kind says whether its entries take a value (`term => value`) and what a valid
/// value is; `RuleFileParser` enforces it so a bad file fails at load with its line.
public enum RuleKind: String, Sendable, CaseIterable {
  /// Drug names: `term => canonical name` (the source dictionary's: INNs, with a few US
  /// adopted names such as "acyclovir").
  case drug
  /// The international nonproprietary name of a canonical name that is a US adopted
  /// name: `acyclovir => aciclovir`. Each term must be a canonical name of the drug lexicon.
  case innName = "inn-name"
  /// Words after a drug name that belong to it: salts and release forms ("hydrochloride",
  /// "XR"). The span grows; the canonical name stays.
  case drugSuffix = "drug-suffix"
  /// Words never taken as drugs although a lexicon lists them.
  case drugStop = "drug-stop"
  /// Letters that open codes shaped like a compound's development code but naming
  /// something else: trial registries ("KCT0001234"), study groups ("GOG-0218"), tumour
  /// markers ("CA-125"). Other codes ("BTH1677", "SPN-804") are drugs where the document
  /// doses them or names a group after them.
  case drugCodeStop = "drug-code-stop"
  /// Endings of international nonproprietary names ("-mab", "-tinib", "-pitant"): a word
  /// no lexicon knows with one of them names a new drug where the document doses it.
  case drugStem = "drug-stem"
  /// Dose units: `term => canonical unit`.
  case unit
  /// Words right after a dose that make it no arm's regimen ("a 500 mg loading dose").
  case doseBlock = "dose-block"
  /// Words just before an amount that make it a measurement of the patients, not a dose
  /// ("a weight gain of 18 g", "blood loss of 350 mL").
  case doseMeasure = "dose-measure"
  /// Dosing frequencies: `term => administrations per day` ("1/7" allowed), or
  /// `term => as-needed` for PRN dosing.
  case frequency
  /// Frequencies that are everyday phrases as well ("at night", "a week", "as needed"):
  /// taken only with a count before them or beside a drug, a dose or a dosing word.
  case frequencyAnchor = "frequency-anchor"
  /// Words right after a frequency word that make it an adjective of something else
  /// ("activities of daily living", "daily life"): no regimen.
  case frequencyBlockAfter = "frequency-block-after"
  /// A dose given once ("a single dose", "a single injection"): a schedule with no length
  /// of treatment.
  case singleDose = "single-dose"
  /// Time units of a dosing interval ("every 21 days", "q2.5 hours", "q30 minutes"):
  /// `term => days`. The interval gives administrations per day; it is taken only
  /// beside something dosed ("visits every 3 months" is no regimen).
  case intervalUnit = "interval-unit"
  /// Routes of administration: `term => canonical route`.
  case route
  /// Words right after a route word that make it an adjective of something else ("oral
  /// surgery", "oral hygiene", "topical issue"): no route.
  case routeBlockAfter = "route-block-after"
  /// Dosage forms and the route they imply: `term => canonical route` ("tablet" =>
  /// oral). A form is not a statement of route; an arm takes its route from a form only
  /// when no route is stated.
  case dosageForm = "dosage-form"
  /// Routes that are routes only in eye care ("OD", "OS": right and left eye; elsewhere
  /// "OS" is overall survival; "both eyes" may be a diagnosis): `term => canonical
  /// route`, taken only beside a drug, dose or frequency, or in a sentence with an eye cue.
  case eyeRoute = "eye-route"
  /// Words that put a sentence in eye dosing ("drops", "gtt", "instill").
  case eyeCue = "eye-cue"
  /// Time units of durations: `term => days`.
  case durationUnit = "duration-unit"
  /// Numbers and fractions in words: `term => value`.
  case numberWord = "number-word"
  /// Nouns that count participants ("patients", "adults").
  case participant
  /// Words just after a count of people that make it a rate of a population, not a
  /// study's group ("10,000 cases each year", "2 million women worldwide").
  case cohortBlock = "cohort-block"
  /// Words that put a study in animals ("mice", "rats").
  case animal
  /// Hedges that make a number approximate ("about", "nearly").
  case hedge
  /// Phrases that mark a sentence as planned or hypothetical ("will enroll").
  case planned
  /// Phrases that put a sentence in the laboratory ("in vitro", "cell lines"): its
  /// numbers are no patients' results.
  case laboratory
  /// Phrases that make a sentence history ("historically", "was once used"): its
  /// numbers are no result of the study reported.
  case historical
  /// Words that show a count is an outcome ("responded", "regrowth").
  case responseCue = "response-cue"
  /// Verbs that tie a count of people to the outcome counted: `term => object` (the
  /// outcome follows: "developed a rash") or `term => event` (the verb is the outcome:
  /// "died"). Before a count, any of them makes the clause's subject the outcome.
  case outcomeVerb = "outcome-verb"
  /// Words of a clinical event ("died", "adverse", "nausea"): a count followed by one is a
  /// response only when it names its arm and a verb names the event (its outcome).
  case responseEvent = "response-event"
  /// Words that show a count is not an efficacy outcome ("discontinued", "adverse").
  case responseBlock = "response-block"
  /// Words before a count, in its clause, that show it counts people with data or
  /// people who took part, not an outcome ("Data were available for 541 of 612").
  case responseBlockBefore = "response-block-before"
  /// Words before a duration that make it something other than treatment ("aged", "mean").
  case durationBlock = "duration-block"
  /// Words right after a duration that make it something other than treatment ("ago", "off").
  case durationBlockAfter = "duration-block-after"
  /// Words that name a control arm ("placebo", "vehicle"): its counts are not a drug's.
  case controlArm = "control-arm"
  /// Words that name an active arm without a drug: `term => the arm's name`
  /// ("intervention group => intervention", "exercise group => exercise").
  case activeArm = "active-arm"
  /// Words before "group" or "arm" that name no arm ("each group", "the age group"); any
  /// other word does ("the acupuncture group", "the DEX arm").
  case armStop = "arm-stop"
  /// Words before "arm" that name a limb, not a treatment arm ("pain in the injection
  /// arm"); before "group" they name one ("the injection group").
  case limbWord = "limb-word"
  /// Words in a table caption that mark baseline characteristics: the table gives arm
  /// sizes, not outcomes ("Baseline characteristics", "Demographics").
  case baselineTable = "baseline-table"
  /// Words in a table's caption, header or note that say its cells are counts of people
  /// ("Values are numbers of participants"): a bare whole number under an arm of known
  /// size is then that arm's count.
  case countTable = "count-table"
  /// Row labels of a table of the participants at the start ("Age", "Female", "BMI"):
  /// a table with two or more of them, in different rows, gives sizes, not outcomes.
  case baselineRow = "baseline-row"
  /// A section row of a table that opens its outcomes ("Outcomes", "Adverse events"): in
  /// a table that also describes the participants, the rows below it are outcomes.
  case outcomeSection = "outcome-section"
  /// Headings that open an article's background ("Introduction", "Background"): up to
  /// the next heading, what earlier studies found, never this trial's result. Only where
  /// a later heading closes the section.
  case backgroundHeading = "background-heading"
  /// First cells of a table's header row that say its rows are arms ("Group", "Arm",
  /// "Treatment"): each row below is then an arm, whatever its label.
  case armHeader = "arm-header"
  /// Column headers of statistics or totals, not arms ("P value", "95% CI", "Total").
  case statisticColumn = "statistic-column"
  /// Phrases that join two drugs given to the same patients ("together with").
  case combination
  /// HTML elements that are never article text.
  case boilerplateTag = "boilerplate-tag"
  /// Words in class, id or role attributes that mark page furniture.
  case boilerplateClass = "boilerplate-class"
  /// Words in class, id or role attributes that mark article content ("article-body"):
  /// they cancel a furniture word in the same attribute ("l-sidebar l-article-body").
  case contentClass = "content-class"
  /// Phrases that mark a short block or line as page furniture.
  case boilerplatePhrase = "boilerplate-phrase"
  /// Headings that open a section of page furniture (up to the next heading).
  case boilerplateHeading = "boilerplate-heading"
  /// Headings that open a reference list (kept apart, never mined).
  case referenceHeading = "reference-heading"

  /// The kinds Ingest reads: everything about page furniture.
  public static let ingestKinds: Set<RuleKind> = [
    .boilerplateTag, .boilerplateClass, .contentClass, .boilerplatePhrase, .boilerplateHeading, .referenceHeading,
  ]

  enum ValueRule { case none, required, number, numberOr(Set<String>), oneOf(Set<String>) }

  var valueRule: ValueRule {
    switch self {
    case .drug, .innName, .activeArm, .baselineRow: return .required
    case .unit: return .oneOf(["mg", "mcg", "g", "mg/kg", "mg/m2", "%", "IU", "mL", "mg/mL", "mcg/mL", "ng", "mcg/kg", "mcg/kg/h", "mcg/kg/min", "mg/kg/h", "mg/kg/min"])
    case .outcomeVerb: return .oneOf(["object", "event"])
    case .route, .eyeRoute, .dosageForm:
      return .oneOf(["oral", "topical", "intravenous", "subcutaneous", "intralesional", "intramuscular", "inhaled", "intravitreal", "ophthalmic", "intranasal", "rectal", "transdermal", "sublingual", "vaginal", "buccal", "intrathecal", "epidural", "intra-articular", "intradermal"])
    case .frequency: return .numberOr(["as-needed"])
    case .durationUnit, .intervalUnit, .numberWord: return .number
    default: return .none
    }
  }
}
