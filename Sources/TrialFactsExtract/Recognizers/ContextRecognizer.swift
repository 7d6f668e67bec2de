/// Context that changes what a sentence's numbers mean: planned or hypothetical
/// statements ("will enroll 120 patients"), laboratory work ("in vitro") and history
/// ("was once used"), from which no result is taken; control arms ("placebo", whose
/// counts belong to no drug), active arms without a drug ("the exercise group") and
/// combinations ("together with": two drugs, one group of patients).
struct ContextRecognizer: Recognizer {
  func recognize(_ sentence: inout Sentence, lexicons: Lexicons) {
    var i = sentence.range.lowerBound
    let end = sentence.range.upperBound
    while i < end {
      if let arm = lexicons.activeArms.longestMatch(in: sentence.tokens, at: i, stopAt: end) {
        sentence.add(.context, .arm(arm.value), tokens: i, arm.end)
        i = arm.end
        continue
      }
      guard let match = lexicons.contexts.longestMatch(in: sentence.tokens, at: i, stopAt: end) else {
        i += 1
        continue
      }
      // "placebo-controlled" describes the design, not an arm.
      let next = sentence.key(match.end) == Keys.hyphen ? match.end + 1 : match.end
      if match.value != "control" || sentence.key(next) != Keys.controlled {
        sentence.add(.context, .context(match.value), tokens: i, match.end)
      }
      i = match.end
    }
  }
}
