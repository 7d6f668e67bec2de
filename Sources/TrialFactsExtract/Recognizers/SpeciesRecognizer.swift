/// Words that put a study in animals ("mice", "a murine model").
struct SpeciesRecognizer: Recognizer {
  func recognize(_ sentence: inout Sentence, lexicons: Lexicons) {
    var i = sentence.range.lowerBound
    while i < sentence.range.upperBound {
      if sentence.tokens[i].kind == .word,
        let match = lexicons.animals.longestMatch(in: sentence.tokens, at: i, stopAt: sentence.range.upperBound)
      {
        sentence.add(.species, .species(animal: true), tokens: i, match.end)
        i = match.end
      } else {
        i += 1
      }
    }
  }
}
