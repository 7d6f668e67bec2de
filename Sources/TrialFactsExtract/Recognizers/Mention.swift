import TrialFactsCore

/// A recognized span of a block's text: what it is, where it is, what it means.
public struct Mention: Sendable, Equatable {
  public enum Label: String, Sendable, CaseIterable {
    case drug, number, dose, frequency, route, form, duration, cohort, response, species, context
  }

  public enum Value: Sendable, Equatable {
    case drug(canonical: String)
    case number(Double)
    case dose(amount: Double, maxAmount: Double?, unit: String)
    /// Administrations per day; nil for as-needed (PRN) dosing.
    case frequency(perDay: Double?)
    /// One administration only (label `frequency`): "a single dose", "a single injection".
    case singleDose
    /// A route, stated (label `route`) or implied by a dosage form (label `form`).
    case route(String)
    case duration(minDays: Double, maxDays: Double, approximate: Bool)
    case cohort(size: Int)
    case response(ResponseCount)
    case species(animal: Bool)
    case context(String)
    /// An active arm named without a drug (label `context`): its name ("intervention").
    case arm(String)
  }

  public var label: Label
  public var value: Value
  /// Token indices in the block: `firstToken..<endToken`.
  public var firstToken: Int
  public var endToken: Int
  /// Byte offsets in the block text.
  public var start: Int
  public var end: Int
  /// For cohorts: whether the count is one arm's ("(n = 281)" after an arm, "281 to
  /// drug A"), the whole study's ("a total of 654 adults") or every arm's ("two groups
  /// of 40", "30 patients in each group").
  public var scope: CohortScope?

  public enum CohortScope: String, Sendable {
    case arm, total, each
  }

  /// The value as one short string: "ruxolitinib", "20 mg", "2", "84-84 days", "9/12",
  /// "~0.3333". Rule-file examples are compared against it.
  public var normalizedText: String {
    switch value {
    case .drug(let canonical): return canonical
    case .number(let n): return Mention.format(n)
    case .dose(let amount, let max, let unit):
      let value = max.map { "\(Mention.format(amount))-\(Mention.format($0))" } ?? Mention.format(amount)
      return unit.isEmpty ? value : value + " " + unit
    case .frequency(let perDay): return perDay.map(Mention.format) ?? "as needed"
    case .singleDose: return "single dose"
    case .route(let route): return route
    case .duration(let minDays, let maxDays, let approximate):
      func days(_ value: Double) -> String { Mention.format((value * 100).rounded(.toNearestOrAwayFromZero) / 100) }
      return (approximate ? "~" : "") + "\(days(minDays))-\(days(maxDays)) days"
    case .cohort(let size): return String(size)
    case .response(let count): return count.normalizedText
    case .species(let animal): return animal ? "animal" : "human"
    case .context(let kind): return kind
    case .arm(let name): return name
    }
  }

  /// Numbers as written in records (``NumberText``).
  public static func format(_ value: Double) -> String { NumberText.canonical(value) }
}

/// What a response phrase says: counts, a proportion, or "all"/"none" of a group
/// whose size comes from the arm.
public struct ResponseCount: Sendable, Equatable {
  public var responders: Int?
  public var total: Int?
  public var proportion: Double?
  /// Rounding of a stated proportion (0.01 for "75%", 0.001 for "38.8%", 0 for "one-third").
  public var precision: Double
  public var approximate: Bool
  /// "all had ...": responders equal the arm's size.
  public var all: Bool
  /// "none of the patients ...": no responders.
  public var none: Bool
  /// Where the words that say what is counted lie ("taste disturbance"), as UTF-8
  /// offsets in the block's text, when a verb ties them to the count (``OutcomePhrase``).
  /// Offsets, not a string, and packed, so that a mention stays small: the recognizers
  /// copy mentions by the million.
  public var outcome: Range<Int>? {
    get { outcomeWords.range }
    set { outcomeWords.range = newValue }
  }
  private var outcomeWords = PackedRange()
  /// Where the words that name a subgroup the count is of lie ("patients aged 75 years or
  /// older" in "Among patients aged 75 years or older (n = 61), POAF occurred in 9 of
  /// 20"), as UTF-8 offsets in the block's text (``SubgroupPhrase``).
  public var subgroup: Range<Int>? {
    get { subgroupWords.range }
    set { subgroupWords.range = newValue }
  }
  private var subgroupWords = PackedRange()
  /// "41/97 allocated to iCBT": the count names an arm the rules do not know, so it is
  /// no known arm's.
  public var ofUnknownArm = false

  public init(
    responders: Int? = nil, total: Int? = nil, proportion: Double? = nil, precision: Double = 0,
    approximate: Bool = false, all: Bool = false, none: Bool = false
  ) {
    self.responders = responders
    self.total = total
    self.proportion = proportion
    self.precision = precision
    self.approximate = approximate
    self.all = all
    self.none = none
  }

  /// The outcome's words in `text`, the text the mention's offsets index.
  public func outcome(in text: String) -> String? { Self.words(outcome, in: text) }

  /// The subgroup's words in `text`, the text the mention's offsets index.
  public func subgroup(in text: String) -> String? { Self.words(subgroup, in: text) }

  private static func words(_ range: Range<Int>?, in text: String) -> String? {
    guard let range else { return nil }
    let utf8 = Array(text.utf8)
    guard range.lowerBound >= 0, range.upperBound <= utf8.count else { return nil }
    return String(decoding: utf8[range], as: UTF8.self)
  }

  var normalizedText: String {
    let mark = approximate ? "~" : ""
    if all { return mark + (total.map { "\($0)/\($0)" } ?? "all") }
    if none { return mark + (total.map { "0/\($0)" } ?? "none") }
    if let responders { return mark + "\(responders)/" + (total.map(String.init) ?? "?") }
    if let proportion { return mark + String((proportion * 10_000).rounded() / 10_000) }
    return mark + "?"
  }
}
