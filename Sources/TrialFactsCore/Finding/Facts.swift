/// Amount, unit, frequency and route of one arm's regimen.
public struct Dose: Sendable, Equatable {
  public var amount: Double?
  /// Upper end when the text gives a dose range ("10-20 mg").
  public var maxAmount: Double?
  /// Canonical unit: mg, mcg, g, mg/kg, mg/m2, %, IU, mL; nil when the text gives the
  /// strength alone ("Timolol 0.5 BID").
  public var unit: String?
  /// Administrations per day: twice daily 2, once weekly 1/7, every 2 weeks 1/14.
  public var perDay: Double?
  /// Canonical route: oral, topical, intravenous, subcutaneous, intralesional, intramuscular,
  /// and the others the README lists.
  public var route: String?
  /// Taken as needed (PRN) rather than on a schedule.
  public var asNeeded = false
  /// Given once ("a single dose", "a single injection"): such an arm has no duration.
  public var singleDose = false

  public init(
    amount: Double? = nil, maxAmount: Double? = nil, unit: String? = nil, perDay: Double? = nil,
    route: String? = nil
  ) {
    self.amount = amount
    self.maxAmount = maxAmount
    self.unit = unit
    self.perDay = perDay
    self.route = route
  }

  public var isEmpty: Bool { amount == nil && perDay == nil && route == nil && !asNeeded && !singleDose }
}

/// How long an arm was treated, in days (day 1, week 7, month 30.4375, year 365.25).
public struct Duration: Sendable, Equatable {
  public var minDays: Double
  public var maxDays: Double
  /// The text it was read from, e.g. "3-6 months".
  public var text: String
  public var approximate: Bool

  public init(minDays: Double, maxDays: Double, text: String, approximate: Bool = false) {
    self.minDays = minDays
    self.maxDays = maxDays
    self.text = text
    self.approximate = approximate
  }

  var range: ClosedRange<Double> { minDays...maxDays }
}

/// The number of participants in an arm (or in a single-arm study).
public struct Cohort: Sendable, Equatable {
  public var size: Int
  public init(size: Int) { self.size = size }
}

/// How many participants of an arm responded.
public struct Response: Sendable, Equatable {
  public var responders: Int?
  public var total: Int?
  /// responders / total, in [0, 1].
  public var proportion: Double?
  /// True when the text hedges: "about one-third", "nearly half".
  public var approximate: Bool
  /// What was counted, as written: a results table's row ("Any adverse event") or the
  /// words a sentence ties to the count ("taste disturbance").
  public var outcome: String?
  /// The subgroup of the arm the count is of, as written ("patients aged 75 years or
  /// older"); nil for the whole arm.
  public var subgroup: String?
  /// The rounding of the proportion as the text wrote it: 0.001 for "20.0%", 0.01 for
  /// "20%". The value alone (0.2) cannot tell; not written to records.
  public var precision: Double?
  /// How `responders` came from a percentage and a size when the text gives no count;
  /// nil when the text states it.
  public var derived: Derivation?

  /// How a count was derived from a percentage of a size.
  public enum Derivation: String, Sendable {
    /// The only count that rounds to the percentage: "38.8%" of 281 is 109.
    case unique
    /// The nearest of several counts that round to it: "7.6%" of 2198 is 167 (168 is
    /// 7.64%).
    case nearest
  }

  public init(
    responders: Int? = nil, total: Int? = nil, proportion: Double? = nil, approximate: Bool = false, outcome: String? = nil,
    precision: Double? = nil, derived: Derivation? = nil, subgroup: String? = nil
  ) {
    self.derived = derived
    self.subgroup = subgroup
    self.responders = responders
    self.total = total
    self.proportion = proportion
    self.approximate = approximate
    self.outcome = outcome
    self.precision = precision
  }

  /// The rounding of the stated proportion: as written when known, else from its
  /// decimals (0.001 for 0.782, 0.01 for 0.35).
  public var statedPrecision: Double? {
    guard let proportion else { return nil }
    if let precision { return precision }
    var decimals = 0
    var scaled = proportion
    while decimals < 6, abs(scaled - scaled.rounded()) > 1e-9 {
      scaled *= 10
      decimals += 1
    }
    var precision = 1.0
    for _ in 0..<decimals { precision /= 10 }
    return precision
  }

  /// Whether this bare percentage is `other`'s, rounded as stated, of the same outcome
  /// where both name one: "41%" in the abstract and "40.9%" or "146/357" in the results.
  public func isRounding(of other: Response) -> Bool {
    guard responders == nil, total == nil, let proportion, let theirs = other.proportion, let precision = statedPrecision,
      let finer = other.statedPrecision, finer <= precision
    else { return false }
    if let outcome, let otherOutcome = other.outcome, outcome.lowercased() != otherOutcome.lowercased() { return false }
    return abs(proportion - theirs) <= precision / 2 + 1e-9
  }

  /// Whether both give the same count of the same total (stated, or the arm's `sizes`),
  /// whatever their percentages: "22%" of 49 read as 11 and "11/49 (22.4%)" in a table.
  public func hasCounts(of other: Response, sizes mine: Int?, _ theirs: Int?) -> Bool {
    guard let responders, responders == other.responders, let total = total ?? mine, total == other.total ?? theirs else { return false }
    return true
  }

  /// Whether a stated percentage (with at most its count, no total) is a whole number of
  /// `size` people to its rounding: "78.2%" of 101 is 79 (78.98), "35%" of 20 is 7;
  /// "78.2%" of 100 is not, nor is "21 (52.5%)" of 41.
  public func isStatedShare(of size: Int) -> Bool {
    guard total == nil, !approximate, let proportion, let precision = statedPrecision, size > 0 else { return false }
    let exact = proportion * Double(size)
    let tolerance = precision * Double(size) / 2 + 1e-6
    if let responders { return abs(exact - Double(responders)) <= tolerance && responders <= size }
    return abs(exact - exact.rounded()) <= tolerance
  }

  /// Whether this is a count alone ("9 women", no total, no percentage) that `size` people
  /// can hold.
  public func isBareCount(within size: Int) -> Bool {
    guard total == nil, proportion == nil, !approximate, let responders else { return false }
    return responders <= size
  }
}

/// Where a stated fact comes from: the sentence, its offsets in the clean text, the line
/// in the source file.
public struct Evidence: Sendable, Equatable {
  /// Which fact: drug, dose, frequency, route, duration, cohort, response, species.
  public var field: String
  /// The sentence that states the fact; equal to the clean text's `start..<end`.
  public var quote: String
  /// Code-point offsets of the quote in the clean text (`trialfacts ingest`).
  public var start: Int
  public var end: Int
  /// 1-based line in the source file where the fact's words begin.
  public var line: Int
  /// The words that state the fact, e.g. "20 mg", and their code-point offsets.
  public var text: String
  public var textStart: Int
  public var textEnd: Int

  public init(
    field: String, quote: String, start: Int, end: Int, line: Int, text: String, textStart: Int,
    textEnd: Int
  ) {
    self.field = field
    self.quote = quote
    self.start = start
    self.end = end
    self.line = line
    self.text = text
    self.textStart = textStart
    self.textEnd = textEnd
  }
}
