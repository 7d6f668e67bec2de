/// Runs every recognizer over every sentence of a text, in dependency order.
public struct MentionScanner: Sendable {
  public let lexicons: Lexicons
  private let recognizers: [any Recognizer]

  /// `joiningCombinations`: whether drugs joined with no space ("artemether-lumefantrine",
  /// "sofosbuvir/velpatasvir") are one mention, the product an arm takes, or one mention
  /// each, as span annotation standards (DDI, ADE) mark them.
  public init(lexicons: Lexicons, joiningCombinations: Bool = true) {
    self.lexicons = lexicons
    self.recognizers = [
      NumberRecognizer(), DrugRecognizer(joinsCombinations: joiningCombinations), SpeciesRecognizer(), ContextRecognizer(),
      DoseRecognizer(), FrequencyRecognizer(), RouteRecognizer(), DurationRecognizer(), CohortRecognizer(), ResponseRecognizer(),
    ]
  }

  /// The sentences of `text`, each with its mentions. `aliases` are abbreviations the
  /// document defined ("methotrexate (MTX)", "breast cancer survivors (BCS)").
  public func scan(_ text: String, aliases: Abbreviations = Abbreviations()) -> [Sentence] {
    let bytes = Array(text.utf8)
    let tokens = Self.mergingRespectively(bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0) })
    var totals: [Int] = []
    return SentenceSplitter.split(tokens, bytes: bytes).map { range in
      var sentence = Sentence(tokens: tokens, bytes: bytes, range: range)
      sentence.aliases = aliases
      sentence.precedingTotals = totals
      for recognizer in recognizers { recognizer.recognize(&sentence, lexicons: lexicons) }
      totals = sentence.mentions.compactMap { m in
        if m.label == .cohort, m.scope == .total, case .cohort(let size) = m.value { size } else { nil }
      }
      // (Not those screened or planned: "We assessed 150 patients for eligibility." Looked
      // for only in a sentence with a total.)
      if !totals.isEmpty, sentence.range.contains(where: { Self.screeningWords.contains(sentence.tokens[$0].key) }) { totals = [] }
      return sentence
    }
  }

  /// "6, 5 and 9 patients, in the same order, …": a phrase that means "respectively"
  /// becomes one token with its key, so every rule that reads "respectively" reads it.
  static func mergingRespectively(_ tokens: [Token]) -> [Token] {
    guard tokens.contains(where: { $0.key == orderKey }) else { return tokens }
    var merged: [Token] = []
    merged.reserveCapacity(tokens.count)
    var i = 0
    while i < tokens.count {
      if tokens[i].key == Keys.in,
        let phrase = respectivelyPhrases.first(where: { phrase in
          i + phrase.count < tokens.count && phrase.indices.allSatisfy { tokens[i + 1 + $0].key == phrase[$0] }
        })
      {
        var token = tokens[i]
        token.end = tokens[i + phrase.count].end
        token.key = ResponseRecognizer.respectively
        merged.append(token)
        i += phrase.count + 1
      } else {
        merged.append(tokens[i])
        i += 1
      }
    }
    return merged
  }

  /// Words of counting people before the trial took them: their count is no total an
  /// allocation shares out.
  private static let screeningWords: Set<UInt64> = Set(
    ["screened", "assessed", "eligibility", "eligible", "planned", "sample", "calculated", "approached", "invited", "required"]
      .map { TokenKey.of($0) })
  private static let orderKey = TokenKey.of("order")
  /// The words after "in": "in the same order" ("in that order" follows times and other
  /// lists as often as arms, and is left alone).
  private static let respectivelyPhrases: [[UInt64]] = [["the", "same", "order"]].map { $0.map { TokenKey.of($0) } }
}
