/// Phrases that make a sentence planned or hypothetical ("will enroll 120 patients"):
/// the linker reports no result from such a sentence.
struct ContextRecognizer: Recognizer {
  func recognize(_ sentence: inout Sentence, lexicons: Lexicons) {
    var i = sentence.range.lowerBound
    while i < sentence.range.upperBound {
      if let match = lexicons.planned.longestMatch(in: sentence.tokens, at: i, stopAt: sentence.range.upperBound) {
        sentence.add(.context, .context("planned"), tokens: i, match.end)
        i = match.end
      } else {
        i += 1
      }
    }
  }
}
