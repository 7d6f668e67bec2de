import TrialFactsCore

/// JSON Lines: one object per line, `type` first, fields in a fixed order.
public struct JSONLinesWriter: RecordWriter {
  public init() {}

  public var header: String { "" }

  public func format(_ record: Record) -> String {
    var json = JSONText()
    json.beginObject()
    switch record {
    case .document(let document, let drugs, let count):
      json.string("type", "document")
      json.string("source", document.source)
      json.string("title", document.title)
      json.beginArray("drugs")
      for drug in drugs { json.string(nil, drug) }
      json.endArray()
      json.int("findings", count)
      json.int("blocks", document.blocks.count)
      json.int("removed_blocks", document.removed.count)
      if !document.warnings.isEmpty {
        json.beginArray("warnings")
        for warning in document.warnings { json.string(nil, warning) }
        json.endArray()
      }
    case .finding(let finding, let source):
      json.string("type", "finding")
      json.string("source", source)
      Self.write(finding, into: &json)
    case .error(let source, let message):
      json.string("type", "error")
      json.string("source", source)
      json.string("message", message)
    }
    json.endObject()
    return json.text + "\n"
  }

  static func write(_ finding: Finding, into json: inout JSONText) {
    if let drug = finding.drug {
      json.beginObject("drug")
      json.string("name", drug.name)
      json.string("mention", drug.mention)
      if let inn = drug.inn { json.string("inn", inn) }
      json.endObject()
    }
    if let arm = finding.arm {
      json.beginObject("arm")
      json.string("label", arm.label)
      json.bool("control", arm.control)
      if let treatment = arm.treatment { json.string("treatment", treatment) }
      json.endObject()
    }
    json.string("species", finding.species.rawValue)
    if let dose = finding.dose {
      json.beginObject("dose")
      if let amount = dose.amount { json.number("amount", amount) }
      if let max = dose.maxAmount { json.number("max_amount", max) }
      if let unit = dose.unit { json.string("unit", unit) }
      if let perDay = dose.perDay { json.number("per_day", perDay) }
      if let route = dose.route { json.string("route", route) }
      if dose.asNeeded { json.bool("as_needed", true) }
      if dose.singleDose { json.bool("single_dose", true) }
      json.endObject()
    }
    if let duration = finding.duration {
      json.beginObject("duration")
      json.number("min_days", duration.minDays)
      json.number("max_days", duration.maxDays)
      json.string("text", duration.text)
      if duration.approximate { json.bool("approximate", true) }
      json.endObject()
    }
    if let cohort = finding.cohort {
      json.beginObject("cohort")
      json.int("size", cohort.size)
      json.endObject()
    }
    if let response = finding.response {
      json.beginObject("response")
      if let responders = response.responders { json.int("responders", responders) }
      if let total = response.total { json.int("total", total) }
      if let proportion = response.proportion { json.number("proportion", proportion) }
      json.bool("approximate", response.approximate)
      if let outcome = response.outcome { json.string("outcome", outcome) }
      if let subgroup = response.subgroup { json.string("subgroup", subgroup) }
      if let derived = response.derived { json.string("derived", derived.rawValue) }
      json.endObject()
    }
    json.beginArray("evidence")
    for evidence in finding.evidence {
      json.beginObject()
      json.string("field", evidence.field)
      json.string("quote", evidence.quote)
      json.int("start", evidence.start)
      json.int("end", evidence.end)
      json.int("line", evidence.line)
      json.string("text", evidence.text)
      json.int("text_start", evidence.textStart)
      json.int("text_end", evidence.textEnd)
      json.endObject()
    }
    json.endArray()
  }
}
