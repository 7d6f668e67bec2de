/// Routes of administration ("oral", "subcutaneously", "OD" for the right eye) and the
/// dosage forms that imply one ("tablets", "cream"), only where something is dosed:
/// "an oral presentation" is not a route, nor is "cataract, left eye" a diagnosis.
struct RouteRecognizer: Recognizer {
  static let window = 6

  func recognize(_ sentence: inout Sentence, lexicons: Lexicons) {
    let anchors = sentence.mentions.filter { $0.label == .drug || $0.label == .dose || $0.label == .frequency }
    func nearAnchor(_ first: Int, _ end: Int) -> Bool {
      anchors.contains { abs($0.firstToken - first) <= Self.window || abs($0.endToken - end) <= Self.window }
    }
    // Looked for only once an eye is named: most sentences name none.
    var eyeDosing: Bool?
    let end = sentence.range.upperBound
    var i = sentence.range.lowerBound
    var lastEyeEnd = -2  // no dosed eye yet
    while i < end {
      guard let match = lexicons.routeTerms.longestMatch(in: sentence.tokens, at: i, stopAt: end) else {
        i += 1
        continue
      }
      switch match.value.kind {
      case .eye:
        // "OD", "both eyes": the eye a drug goes into, not the eye a diagnosis is of.
        // "OU/OD", "OS>OD": an eye listed with a dosed one is dosed too.
        if eyeDosing == nil { eyeDosing = sentence.hasTerm(lexicons.eyeCues, in: sentence.range) != nil }
        if !isWordPart(sentence, i, match.end), !isMeasure(sentence, i, match.end), eyeDosing == true || nearAnchor(i, match.end) || i - lastEyeEnd <= 1 {
          // Not `add`: "OU/OD" names two eyes, not one route twice.
          sentence.add(.route, .route(match.value.route), tokens: i, match.end)
          lastEyeEnd = match.end
        }
      case .form:
        if nearAnchor(i, match.end) || namesGroup(sentence, match.end) { add(.form, match.value.route, i, match.end, to: &sentence) }
      case .route:
        // "oral surgery", "oral hygiene": an adjective of something else.
        if lexicons.routeBlocksAfter.longestMatch(in: sentence.tokens, at: match.end, stopAt: end) != nil { break }
        // "subcutaneous", "injections under the skin" are routes anywhere; "oral", "IV"
        // only beside what is dosed.
        let unambiguous = match.end - i > 1 || sentence.tokens[i].end - sentence.tokens[i].start >= 10
        if unambiguous || nearAnchor(i, match.end) || namesGroup(sentence, match.end) { add(.route, match.value.route, i, match.end, to: &sentence) }
      }
      i = match.end
    }
  }

  /// "the tablet group", "in the oral arm": a form or route that names an arm of people
  /// given the drug so, for the linker to find by its route.
  private func namesGroup(_ sentence: Sentence, _ end: Int) -> Bool {
    Keys.armWords.contains(sentence.key(end)) && sentence.range.contains(end)
  }

  /// "re-treatment", "Re-exposure": an eye's letters not in capitals, glued by a hyphen
  /// to a word, are part of that word ("OU-last night", "OU- 6:45am" name the eye).
  private func isWordPart(_ sentence: Sentence, _ first: Int, _ end: Int) -> Bool {
    guard end + 1 < sentence.range.upperBound, sentence.tokens[end].kind == .dash, !sentence.tokens[end].spaceBefore else { return false }
    let next = sentence.tokens[end + 1]
    guard next.kind == .word, !next.spaceBefore else { return false }
    let letters = sentence.bytes[sentence.tokens[first].range]
    return letters.contains { $0 &- 0x61 < 26 }
  }

  /// "median OS was 6.9 months", "the OS rate": "OS" names a measure (overall survival),
  /// the subject of its sentence, not the eye a drug goes into ("OD was treated with …"
  /// is the eye).
  private func isMeasure(_ sentence: Sentence, _ first: Int, _ end: Int) -> Bool {
    end == first + 1 && sentence.key(first) == Self.os
      && (Self.measureBefore.contains(sentence.key(first - 1)) || Self.measureAfter.contains(sentence.key(end)))
  }

  private static let os = TokenKey.of("os")

  private static let measureBefore: Set<UInt64> = Set(["median", "mean", "overall", "prolonged", "improved"].map { TokenKey.of($0) })
  private static let measureAfter: Set<UInt64> = Set(["was", "were", "rate", "rates", "hr"].map { TokenKey.of($0) })

  private func add(_ label: Mention.Label, _ route: String, _ first: Int, _ end: Int, to sentence: inout Sentence) {
    // "intravenous infusion", "oral tablets": one route, said twice. A stated route after
    // a form ("cream applied topically") is still a statement of route.
    let repeated = sentence.mentions.last.map {
      ($0.label == label || ($0.label == .route && label == .form)) && $0.value == .route(route)
        && first - $0.endToken <= 1
    } ?? false
    if !repeated { sentence.add(label, .route(route), tokens: first, end) }
  }
}
