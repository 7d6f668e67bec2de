import Foundation
import TrialFacts

/// A corpus gold file: `corpus/gold/NAME.json` (format in corpus/README.md).
struct Gold: Decodable {
  var source: String
  var drugs: [String]
  var findings: [GoldFinding]

  static func load(_ url: URL) throws -> Gold {
    try JSONDecoder().decode(Gold.self, from: Data(contentsOf: url))
  }
}

/// The facts of one finding, as gold states them and as the tool's findings are compared.
struct GoldFinding: Decodable, Equatable, CustomStringConvertible {
  struct Dose: Decodable, Equatable {
    var amount: Double?
    var unit: String?
    var per_day: Double?
    var route: String?
  }
  struct Duration: Decodable, Equatable {
    var min_days: Double
    var max_days: Double
  }
  struct Cohort: Decodable, Equatable { var size: Int }
  struct Response: Decodable, Equatable {
    var responders: Int?
    var total: Int?
    var proportion: Double?
    var approximate: Bool?
  }

  /// The drug's canonical name; nil for an arm without a drug, which `arm` names.
  var drug: String?
  /// A control arm's name, lowercase ("placebo", "vehicle"), when there is no drug.
  var arm: String?
  var species: String
  var dose: Dose?
  var duration: Duration?
  var cohort: Cohort?
  var response: Response?

  init(drug: String?, arm: String?, species: String, dose: Dose?, duration: Duration?, cohort: Cohort?, response: Response?) {
    self.drug = drug
    self.arm = arm
    self.species = species
    self.dose = dose
    self.duration = duration
    self.cohort = cohort
    self.response = response
  }

  init(_ f: Finding) {
    self.init(
      drug: f.drug?.name, arm: f.drug == nil ? f.arm?.label.lowercased() : nil, species: f.species.rawValue,
      dose: f.dose.map { Dose(amount: $0.amount, unit: $0.unit, per_day: $0.perDay, route: $0.route) },
      duration: f.duration.map { Duration(min_days: $0.minDays, max_days: $0.maxDays) },
      cohort: f.cohort.map { Cohort(size: $0.size) },
      response: f.response.map { Response(responders: $0.responders, total: $0.total, proportion: $0.proportion, approximate: $0.approximate) })
  }

  /// Same facts; numbers within rounding (proportions 0.001, days and rates 0.01).
  func matches(_ other: GoldFinding) -> Bool {
    func close(_ a: Double?, _ b: Double?, _ tolerance: Double) -> Bool {
      switch (a, b) {
      case (nil, nil): return true
      case (let x?, let y?): return abs(x - y) <= tolerance
      default: return false
      }
    }
    guard drug == other.drug, arm == other.arm, species == other.species, cohort == other.cohort else { return false }
    guard (dose == nil) == (other.dose == nil), (duration == nil) == (other.duration == nil), (response == nil) == (other.response == nil) else { return false }
    if let a = dose, let b = other.dose {
      guard close(a.amount, b.amount, 1e-9), a.unit == b.unit, close(a.per_day, b.per_day, 0.0001), a.route == b.route else { return false }
    }
    if let a = duration, let b = other.duration {
      guard close(a.min_days, b.min_days, 0.01), close(a.max_days, b.max_days, 0.01) else { return false }
    }
    if let a = response, let b = other.response {
      guard a.responders == b.responders, a.total == b.total, close(a.proportion, b.proportion, 0.001),
        (a.approximate ?? false) == (b.approximate ?? false)
      else { return false }
    }
    return true
  }

  var description: String {
    var parts = ["\(drug ?? "arm " + (arm ?? "?")) [\(species)]"]
    if let d = dose { parts.append("dose \(d.amount.map { "\($0)" } ?? "-") \(d.unit ?? "-") x\(d.per_day.map { "\($0)" } ?? "-")/day \(d.route ?? "-")") }
    if let d = duration { parts.append("days \(d.min_days)-\(d.max_days)") }
    if let c = cohort { parts.append("n=\(c.size)") }
    if let r = response {
      parts.append("resp \(r.responders.map(String.init) ?? "-")/\(r.total.map(String.init) ?? "-") p=\(r.proportion.map { "\($0)" } ?? "-")\(r.approximate == true ? " ~" : "")")
    }
    return parts.joined(separator: ", ")
  }
}
