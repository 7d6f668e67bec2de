/// Dosing frequencies ("twice daily", "BID", "every 2 weeks", "q2w", "3 times a day"),
/// as administrations per day.
struct FrequencyRecognizer: Recognizer {
  private static let times: Set<UInt64> = Set(["times", "x", "time"].map { TokenKey.of($0) })

  /// "3 times" or "2x" right before a period phrase: its number and first token.
  private func timesBefore(_ sentence: Sentence, _ i: Int) -> (value: Double, first: Int)? {
    var j = i - 1
    if sentence.key(j) == Keys.per || sentence.key(j) == Keys.slash { j -= 1 }
    guard Self.times.contains(sentence.key(j)) else { return nil }
    guard let number = sentence.number(endingAt: j), number.isInteger, number.value >= 1, number.value <= 24 else {
      return nil
    }
    return (number.value, number.first)
  }

  func recognize(_ sentence: inout Sentence, lexicons: Lexicons) {
    var i = sentence.range.lowerBound
    while i < sentence.range.upperBound {
      if let match = lexicons.frequencies.longestMatch(in: sentence.tokens, at: i, stopAt: sentence.range.upperBound) {
        // "3 times a day", "2x/day", "4 times daily": the count multiplies the period.
        if let perPeriod = match.value, perPeriod <= 1, let count = timesBefore(sentence, i) {
          sentence.add(.frequency, .frequency(perDay: count.value * perPeriod), tokens: count.first, match.end)
        } else {
          sentence.add(.frequency, .frequency(perDay: match.value), tokens: i, match.end)
        }
        i = match.end
      } else {
        i += 1
      }
    }
  }
}
