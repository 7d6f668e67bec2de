import TrialFactsCore
import TrialFactsExtract

/// Completes a response from what the arm states: the total from the cohort, the
/// responders from a proportion when the arithmetic agrees with the stated rounding
/// (75% of 12 -> 9; 38.8% of 281 -> 109), "all" and "none" from the arm's size.
enum ResponseNormalizer {
  /// A finding whose response lacks counts that its (newly joined) cohort makes
  /// derivable, with them; the stated proportion's decimals give its rounding.
  static func completed(_ finding: Finding) -> Finding {
    guard var response = finding.response, response.total == nil, response.subgroup == nil, let size = finding.cohort?.size else { return finding }
    // "21 (52.5%)" with the arm's size: 21 of it.
    if let responders = response.responders {
      // "21 (52.5%)" and an arm of 41 disagree: 21 of 41 is 51.2%.
      guard responders <= size, response.proportion == nil || response.isStatedShare(of: size) else { return finding }
      var result = finding
      response.total = size
      if response.proportion == nil, size > 0 { response.proportion = Rounding.rounded(Double(responders) / Double(size), places: 4) }
      result.response = response
      return result
    }
    guard let proportion = response.proportion, let precision = response.statedPrecision else { return finding }
    let count = ResponseCount(proportion: proportion, precision: precision, approximate: response.approximate)
    var result = finding
    var completed = self.response(count, cohort: size) ?? response
    completed.outcome = response.outcome
    completed.subgroup = response.subgroup
    result.response = completed
    return result
  }

  /// The only whole total of which `responders` is the stated percentage ("5 (12.5%)" is
  /// 5 of 40: 39 gives 12.8%, 41 gives 12.2%), or nil when none or several are.
  static func impliedTotal(_ responders: Int, _ count: ResponseCount) -> Int? {
    guard responders > 0, let proportion = count.proportion, count.precision > 0, !count.approximate else { return nil }
    let low = proportion - count.precision / 2
    let high = proportion + count.precision / 2
    guard low > 0, high <= 1 else { return nil }
    let smallest = (Double(responders) / high).rounded(.up)
    let largest = (Double(responders) / low).rounded(.down)
    guard smallest == largest, smallest >= Double(responders), smallest < 10_000_000 else { return nil }
    return Int(smallest)
  }

  static func response(_ count: ResponseCount, cohort: Int?) -> Response? {
    var response = Response(
      responders: count.responders, total: count.total, proportion: count.proportion, approximate: count.approximate,
      precision: count.proportion != nil && count.precision > 0 ? count.precision : nil)
    // "21 (52.5%)" in an arm of 41: 21 of 41 is 51.2%, so the 21 are of some other total.
    let disagrees = count.responders.map { responders in
      guard let proportion = count.proportion, count.precision > 0, let cohort, cohort > 0 else { return false }
      return abs(Double(responders) / Double(cohort) - proportion) > count.precision / 2 + 1e-9
    } ?? false
    if response.total == nil, let cohort, !disagrees { response.total = cohort }
    // "5 women (12.5%)": the one total that gives that percentage to its rounding.
    if response.total == nil, cohort == nil, let responders = count.responders, let total = impliedTotal(responders, count) {
      response.total = total
    }
    if count.all, let total = response.total { response.responders = total }
    if count.none { response.responders = 0 }
    if response.responders == nil, let proportion = count.proportion, proportion >= 0, proportion <= 1, let total = response.total, total > 0 {
      let exact = proportion * Double(total)
      let candidate = exact.rounded()
      let tolerance = count.precision * Double(total) / 2 + 1e-6
      // "7.6%" of 2198 is 167.05: 167, though 168 (7.64%) rounds to 7.6% too; the record
      // says how the count was derived (`derived`: unique or nearest).
      // "8%" of 2198 fits any count from 165 to 186: no count at all past three candidates.
      if abs(exact - candidate) <= tolerance, tolerance <= 1.5 + 1e-6 {
        response.responders = Int(candidate)
        let unique = abs(exact - (candidate - 1)) > tolerance && abs(exact - (candidate + 1)) > tolerance
        response.derived = unique ? .unique : .nearest
      }
    }
    if let responders = response.responders, let total = response.total {
      guard total > 0, responders <= total else { return nil }
      // A stated percentage stays as stated; counts give their own proportion.
      if count.proportion == nil || count.responders != nil {
        response.proportion = Rounding.rounded(Double(responders) / Double(total), places: 4)
      } else if let proportion = response.proportion {
        response.proportion = Rounding.rounded(proportion, places: 4)
      }
    } else if let proportion = response.proportion {
      response.proportion = Rounding.rounded(proportion, places: 4)
    }
    if count.all, response.responders == nil { response.proportion = 1 }
    // The total is the denominator of a count; without the count it only repeats the
    // arm's size, which `cohort` already gives.
    if response.responders == nil { response.total = nil }
    guard response.proportion != nil || response.responders != nil else { return nil }
    return response
  }
}
