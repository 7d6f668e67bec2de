/// Context that changes what a sentence's numbers mean: planned or hypothetical
/// statements ("will enroll 120 patients"), laboratory work ("in vitro") and history
/// ("was once used"), from which no result is taken; control arms ("placebo", whose counts belong to no drug) and combinations ("together
/// with": two drugs, one group of patients).
struct ContextRecognizer: Recognizer {
  func recognize(_ sentence: inout Sentence, lexicons: Lexicons) {
    var i = sentence.range.lowerBound
    let end = sentence.range.upperBound
    while i < end {
      if let match = lexicons.planned.longestMatch(in: sentence.tokens, at: i, stopAt: end) {
        sentence.add(.context, .context("planned"), tokens: i, match.end)
        i = match.end
      } else if let match = lexicons.laboratory.longestMatch(in: sentence.tokens, at: i, stopAt: end) {
        sentence.add(.context, .context("laboratory"), tokens: i, match.end)
        i = match.end
      } else if let match = lexicons.historical.longestMatch(in: sentence.tokens, at: i, stopAt: end) {
        sentence.add(.context, .context("historical"), tokens: i, match.end)
        i = match.end
      } else if let match = lexicons.doseBlocks.longestMatch(in: sentence.tokens, at: i, stopAt: end) {
        sentence.add(.context, .context("loading"), tokens: i, match.end)
        i = match.end
      } else if let match = lexicons.combinations.longestMatch(in: sentence.tokens, at: i, stopAt: end) {
        sentence.add(.context, .context("combination"), tokens: i, match.end)
        i = match.end
      } else if let match = lexicons.controlArms.longestMatch(in: sentence.tokens, at: i, stopAt: end) {
        // "placebo-controlled" describes the design, not an arm.
        let next = sentence.key(match.end) == Keys.hyphen ? match.end + 1 : match.end
        if sentence.key(next) != Keys.controlled { sentence.add(.context, .context("control"), tokens: i, match.end) }
        i = match.end
      } else {
        i += 1
      }
    }
  }
}
