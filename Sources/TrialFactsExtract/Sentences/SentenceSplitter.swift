/// Cuts a block's tokens into sentences: at ".", "!" or "?" followed by a capital, a
/// digit or an opening bracket, unless the period ends an abbreviation ("et al.",
/// "Dr.", "b.i.d.", a single initial); and at ")." glued to what follows it.
///
/// A run of more than ``maximumTokens`` tokens without an end (a table row of a thousand
/// cells, a page of text without periods) is cut at its last cell separator or
/// semicolon, else at the limit: the recognizers look around within a sentence, and a
/// sentence without bound would make their work grow with its square.
enum SentenceSplitter {
  static let maximumTokens = 250
  private static let softEnds: Set<UInt64> = Set(["|", ";"].map { TokenKey.of($0) })
  private static let abbreviations: Set<UInt64> = Set(
    [
      "al", "vs", "dr", "drs", "fig", "figs", "approx", "mr", "mrs", "ms", "prof", "st", "no", "vol", "inc", "ltd", "jr",
      "sr", "etc", "ref", "refs", "eq", "dept", "univ", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
      "oct", "nov", "dec", "e.g", "i.e", "ca", "cf", "pp", "ed", "eds",
    ].map { TokenKey.of($0) })
  private static let terminators: Set<UInt64> = Set([".", "!", "?"].map { TokenKey.of($0) })

  static func split(_ tokens: [Token], bytes: [UInt8]) -> [Range<Int>] {
    var sentences: [Range<Int>] = []
    var start = 0
    var i = 0
    while i < tokens.count {
      if i - start >= maximumTokens {
        let cut = ((start + maximumTokens / 2)..<i).last { softEnds.contains(tokens[$0].key) }.map { $0 + 1 } ?? i
        sentences.append(start..<cut)
        start = cut
      }
      let token = tokens[i]
      if token.kind == .punctuation, terminators.contains(token.key) {
        var end = i + 1
        // Closing quotes and brackets stay with the sentence.
        while end < tokens.count, tokens[end].kind == .punctuation, !tokens[end].spaceBefore,
          [0x22, 0x27, 0x29, 0x5D].contains(bytes[Int(tokens[end].start)]) || bytes[Int(tokens[end].start)] >= 0x80
        {
          end += 1
        }
        // "(p = 0.0002).108 patients": a scrape that lost the space after a bracketed
        // aside's period still ends the sentence there.
        let afterAside = i > start && bytes[Int(tokens[i - 1].start)] == 0x29 && end < tokens.count && !tokens[end].spaceBefore
          && (tokens[end].kind == .number || (tokens[end].kind == .word && tokens[end].isCapitalized))
        if end >= tokens.count || afterAside || (startsSentence(tokens[end], bytes: bytes) && !isAbbreviation(tokens, before: i, bytes: bytes)) {
          if end > start { sentences.append(start..<end) }
          start = end
          i = end
          continue
        }
      }
      i += 1
    }
    if start < tokens.count { sentences.append(start..<tokens.count) }
    return sentences
  }

  private static func startsSentence(_ token: Token, bytes: [UInt8]) -> Bool {
    guard token.spaceBefore else { return false }
    switch token.kind {
    case .number: return true
    case .word: return token.isCapitalized || bytes[Int(token.start)] >= 0x80
    case .punctuation, .dash:
      let b = bytes[Int(token.start)]
      return b == 0x28 || b == 0x5B || b == 0x22 || b >= 0x80
    }
  }

  /// Words before a group's letter ("and C", "group B"), where a letter is no initial.
  private static let labelJoiners: Set<UInt64> = Set(["and", "or", ",", "group", "groups", "arm", "arms", "vs", "versus"].map { TokenKey.of($0) })

  private static func isAbbreviation(_ tokens: [Token], before period: Int, bytes: [UInt8]) -> Bool {
    guard period > 0 else { return false }
    let previous = tokens[period - 1]
    guard previous.kind == .word, !tokens[period].spaceBefore else { return false }
    // Initials, "b.i.d."; but "groups A, B and C." ends on a group's letter.
    if previous.end - previous.start == 1 {
      return period < 2 || !labelJoiners.contains(tokens[period - 2].key)
    }
    // "(max. 2 g)": the cap of a dose; "… at its max. The" ends a sentence.
    if previous.key == maxKey { return period + 1 < tokens.count && tokens[period + 1].kind == .number }
    return abbreviations.contains(previous.key)
  }

  private static let maxKey = TokenKey.of("max")
}
