/// Runs every recognizer over every sentence of a text, in dependency order.
public struct MentionScanner: Sendable {
  public let lexicons: Lexicons
  private let recognizers: [any Recognizer] = [
    NumberRecognizer(), DrugRecognizer(), SpeciesRecognizer(), ContextRecognizer(), DoseRecognizer(),
    FrequencyRecognizer(), RouteRecognizer(), DurationRecognizer(), CohortRecognizer(), ResponseRecognizer(),
  ]

  public init(lexicons: Lexicons) { self.lexicons = lexicons }

  /// The sentences of `text`, each with its mentions. `aliases` are abbreviations the
  /// document defined ("methotrexate (MTX)", "breast cancer survivors (BCS)").
  public func scan(_ text: String, aliases: Abbreviations = Abbreviations()) -> [Sentence] {
    let bytes = Array(text.utf8)
    let tokens = bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0) }
    return SentenceSplitter.split(tokens, bytes: bytes).map { range in
      var sentence = Sentence(tokens: tokens, bytes: bytes, range: range)
      sentence.aliases = aliases
      for recognizer in recognizers { recognizer.recognize(&sentence, lexicons: lexicons) }
      return sentence
    }
  }
}
