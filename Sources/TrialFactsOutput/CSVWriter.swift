import TrialFactsCore

/// CSV (RFC 4180): one row per finding, flat columns for R and pandas. Errors and
/// document summaries have no row; they go to JSON Lines and stderr.
public struct CSVWriter: RecordWriter {
  public static let columns = [
    "source", "drug", "drug_mention", "species", "dose_amount", "dose_max_amount", "dose_unit", "dose_per_day",
    "dose_route", "duration_min_days", "duration_max_days", "duration_text", "cohort_size", "responders", "total",
    "proportion", "approximate", "line", "quote", "dose_as_needed", "arm", "arm_control", "outcome", "derived",
    "subgroup", "arm_treatment", "drug_inn", "dose_single_dose",
  ]

  public init() {}

  public var header: String { Self.columns.joined(separator: ",") + "\n" }

  public func format(_ record: Record) -> String {
    guard case .finding(let f, let source) = record else { return "" }
    func number(_ value: Double?) -> String { value.map(JSONText.format) ?? "" }
    let quotes = uniqueQuotes(f.evidence)
    let fields: [String] = [
      source, f.drug?.name ?? "", f.drug?.mention ?? "", f.species.rawValue, number(f.dose?.amount), number(f.dose?.maxAmount),
      f.dose?.unit ?? "", number(f.dose?.perDay), f.dose?.route ?? "", number(f.duration?.minDays),
      number(f.duration?.maxDays), f.duration?.text ?? "", f.cohort.map { String($0.size) } ?? "",
      f.response?.responders.map(String.init) ?? "", f.response?.total.map(String.init) ?? "",
      number(f.response?.proportion), f.response.map { $0.approximate ? "true" : "false" } ?? "",
      f.evidence.first.map { String($0.line) } ?? "", quotes, f.dose?.asNeeded == true ? "true" : "",
      f.arm?.label ?? "", f.arm.map { $0.control ? "true" : "false" } ?? "", f.response?.outcome ?? "", f.response?.derived?.rawValue ?? "",
      f.response?.subgroup ?? "", f.arm?.treatment ?? "", f.drug?.inn ?? "", f.dose?.singleDose == true ? "true" : "",
    ]
    return fields.map(Self.escape).joined(separator: ",") + "\n"
  }

  private func uniqueQuotes(_ evidence: [Evidence]) -> String {
    var seen: [String] = []
    for e in evidence where !seen.contains(e.quote) { seen.append(e.quote) }
    return seen.joined(separator: " … ")
  }

  static func escape(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
    return "\"" + field.replacingQuotes() + "\""
  }
}

extension String {
  fileprivate func replacingQuotes() -> String {
    var out = ""
    for c in self {
      if c == "\"" { out += "\"\"" } else { out.append(c) }
    }
    return out
  }
}
