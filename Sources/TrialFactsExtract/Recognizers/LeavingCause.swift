/// The cause after a word of leaving treatment that makes the leaving a safety outcome:
/// "stopped the study drug because of adverse events", "discontinued due to side
/// effects", "withdrew owing to intolerance". Leaving for any other reason, or for none
/// given ("3 withdrew consent", "5 were lost to follow-up"), is the trial's flow.
enum LeavingCause {
  /// The token after the cause's event word when one follows the leaving word that ends
  /// at `start`, within its clause; nil otherwise.
  static func end(in sentence: Sentence, from start: Int, lexicons: Lexicons) -> Int? {
    let limit = min(start + 8, sentence.range.upperBound)
    var i = start
    while i < limit {
      let key = sentence.key(i)
      if clauseEnds.contains(key) { return nil }
      // "because of", "due to", "owing to"; "for" only right before its event ("stopped
      // treatment for adverse events", not "for 2 weeks").
      let cause: Int? =
        if (key == because && sentence.key(i + 1) == Keys.of) || (key == due || key == owing) && sentence.key(i + 1) == Keys.to { i + 2 }
        else if key == Keys.for { i + 1 }
        else { nil }
      if let cause {
        var j = cause
        while j < min(cause + 4, sentence.range.upperBound), !clauseEnds.contains(sentence.key(j)) {
          if lexicons.responseEvents.contains(sentence.tokens, at: j) || events.contains(sentence.key(j)) {
            // "adverse events", "side effects", "side-effects": the event's noun too.
            let noun = sentence.tokens.indices.contains(j + 1) && sentence.tokens[j + 1].kind == .dash ? j + 2 : j + 1
            return nouns.contains(sentence.key(noun)) ? noun + 1 : j + 1
          }
          j += 1
        }
        if key != Keys.for { return nil }
      }
      i += 1
    }
    return nil
  }

  /// The token after the cause when a word of leaving at `i` ("stopped", "withdrew", a
  /// `response-block` phrase such as "stopped the study drug") has one.
  static func end(in sentence: Sentence, leavingAt i: Int, lexicons: Lexicons) -> Int? {
    if let leaving = lexicons.responseBlocks.longestMatch(in: sentence.tokens, at: i, stopAt: sentence.range.upperBound) {
      return end(in: sentence, from: leaving.end, lexicons: lexicons)
    }
    // "gave up because of neck discomfort"
    if sentence.key(i) == gave, sentence.key(i + 1) == up { return end(in: sentence, from: i + 2, lexicons: lexicons) }
    return leavingVerbs.contains(sentence.key(i)) ? end(in: sentence, from: i + 1, lexicons: lexicons) : nil
  }

  /// "Rates of discontinuation because of adverse events were 12.1% for A", "Adverse
  /// events led to discontinuation in 14": leaving for an event of the treatment, told in
  /// the count's clause before it.
  static func leavesForEvent(in sentence: Sentence, before first: Int, lexicons: Lexicons) -> Bool {
    let clauseStart = (sentence.range.lowerBound..<first).last { sentence.key($0) == Keys.semicolon }.map { $0 + 1 } ?? sentence.range.lowerBound
    for i in clauseStart..<first where lexicons.responseBlocks.contains(sentence.tokens, at: i) {
      if let end = end(in: sentence, leavingAt: i, lexicons: lexicons), end <= first { return true }
      // (The cause before: "Adverse events led to discontinuation".)
      if i - 2 >= clauseStart, sentence.key(i - 1) == Keys.to, causingVerbs.contains(sentence.key(i - 2)),
        (clauseStart..<(i - 2)).contains(where: { lexicons.responseEvents.contains(sentence.tokens, at: $0) || events.contains(sentence.key($0)) })
      {
        return true
      }
    }
    return false
  }

  private static let causingVerbs: Set<UInt64> = Set(["led", "leading", "lead", "leads"].map { TokenKey.of($0) })
  private static let leavingVerbs: Set<UInt64> = Set(["stopped", "discontinued", "withdrew", "quit", "ceased", "abandoned"].map { TokenKey.of($0) })
  private static let gave = TokenKey.of("gave")
  private static let up = TokenKey.of("up")
  private static let because = TokenKey.of("because")
  private static let due = TokenKey.of("due")
  private static let owing = TokenKey.of("owing")
  private static let clauseEnds: Set<UInt64> = Set([".", ";", ",", "(", ")", "and", "but", "whereas", "while"].map { TokenKey.of($0) })
  /// Causes that are events of the treatment beside `response-event` words.
  private static let events: Set<UInt64> = Set(
    ["intolerance", "toxicity", "toxicities", "aes", "adrs", "discomfort", "pain", "irritation", "soreness"].map { TokenKey.of($0) })
  private static let nouns: Set<UInt64> = Set(["events", "event", "effects", "effect", "reactions", "reaction"].map { TokenKey.of($0) })
}
