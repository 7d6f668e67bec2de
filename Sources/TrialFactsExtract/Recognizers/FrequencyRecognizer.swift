/// Dosing frequencies ("twice daily", "BID", "every 2 weeks", "q2w"), as
/// administrations per day.
struct FrequencyRecognizer: Recognizer {
  func recognize(_ sentence: inout Sentence, lexicons: Lexicons) {
    var i = sentence.range.lowerBound
    while i < sentence.range.upperBound {
      if let match = lexicons.frequencies.longestMatch(in: sentence.tokens, at: i, stopAt: sentence.range.upperBound) {
        sentence.add(.frequency, .frequency(perDay: match.value), tokens: i, match.end)
        i = match.end
      } else {
        i += 1
      }
    }
  }
}
