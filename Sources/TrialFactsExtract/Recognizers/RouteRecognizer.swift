/// Routes of administration ("oral", "subcutaneously", "cream"), only near a drug, a
/// dose or a frequency: "an oral presentation" is not a route.
struct RouteRecognizer: Recognizer {
  static let window = 6

  func recognize(_ sentence: inout Sentence, lexicons: Lexicons) {
    let anchors = sentence.mentions.filter { $0.label == .drug || $0.label == .dose || $0.label == .frequency }
    let eyeCare = sentence.hasTerm(lexicons.eyeCues, in: sentence.range) != nil
    var i = sentence.range.lowerBound
    while i < sentence.range.upperBound {
      let end = sentence.range.upperBound
      if eyeCare, let eye = lexicons.eyeRoutes.longestMatch(in: sentence.tokens, at: i, stopAt: end) {
        sentence.add(.route, .route(eye.value), tokens: i, eye.end)
        i = eye.end
        continue
      }
      guard let match = lexicons.routes.longestMatch(in: sentence.tokens, at: i, stopAt: end) else {
        i += 1
        continue
      }
      // "subcutaneous", "injections under the skin" are routes anywhere; "oral", "cream",
      // "IV" only beside what is dosed.
      let unambiguous = match.end - i > 1 || sentence.tokens[i].end - sentence.tokens[i].start >= 10
      let near = unambiguous || anchors.contains { abs($0.firstToken - i) <= Self.window || abs($0.endToken - match.end) <= Self.window }
      // "intravenous infusion" is one route, said twice.
      let repeated = sentence.mentions(.route).last.map { $0.value == .route(match.value) && i - $0.endToken <= 1 } ?? false
      if near && !repeated { sentence.add(.route, .route(match.value), tokens: i, match.end) }
      i = match.end
    }
  }
}
