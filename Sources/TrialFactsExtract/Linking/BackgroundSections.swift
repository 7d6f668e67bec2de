import TrialFactsCore

/// The blocks of an article's background: from a heading of
/// `rules/study/background-headings.rules` ("Introduction", "1. Background:") to the next
/// heading, and the paragraphs of a structured abstract that open with such a label
/// ("BACKGROUND: …"). They tell what earlier trials found ("In the only large placebo-controlled
/// trial of colchicine, 28 of 74 patients responded"), so their counts of people are no
/// finding's; their drugs and doses stay, for an introduction may close on what this
/// trial compares ("compares 0.5% bupivacaine with 0.5% bupivacaine and 0.3 mg
/// buprenorphine"), and so do the counts of a sentence about this trial ("We randomised
/// 100 patients to …").
///
/// A background heading that no later heading follows closes nothing, nor one whose section
/// holds half the article's paragraphs or more: a scrape whose other headings were lost,
/// or whose sections are bold words in paragraphs, keeps its text.
public enum BackgroundSections {
  /// Removes the responses and group sizes of every sentence of the `background` blocks
  /// (``blocks(_:sentences:lexicons:)``) that is not about this trial.
  public static func dropCounts(in sentences: inout [[Sentence]], background: Set<Int>) {
    for b in background {
      for s in sentences[b].indices where !aboutThisTrial(sentences[b][s]) {
        sentences[b][s].mentions.removeAll { $0.label == .response || $0.label == .cohort }
      }
    }
  }

  /// The indices of the blocks under a background heading, up to the next heading.
  public static func blocks(_ blocks: [Block], sentences: [[Sentence]], lexicons: Lexicons) -> Set<Int> {
    var found: [Int] = []
    var open: [Int]?
    for (b, block) in blocks.enumerated() {
      guard block.kind == .heading else {
        // "INTRODUCTION: … The TRUST trial, which included 737 adults, …": a labelled
        // paragraph of a structured abstract is a section of its own.
        if open == nil, block.kind == .paragraph, opensWithBackgroundLabel(sentences[b], lexicons: lexicons) { found.append(b) }
        open?.append(b)
        continue
      }
      if let closed = open { found += closed }
      open = opensBackground(sentences[b], lexicons: lexicons) ? [] : nil
    }
    let paragraphs = blocks.filter { $0.kind == .paragraph || $0.kind == .listItem }.count
    let background = found.filter { blocks[$0].kind == .paragraph || blocks[$0].kind == .listItem }.count
    return background * 2 < paragraphs ? Set(found) : []
  }

  /// "We randomised 100 patients …", "In this trial, …": a sentence of the trial itself.
  private static func aboutThisTrial(_ sentence: Sentence) -> Bool {
    sentence.range.contains { i in
      Self.firstPerson.contains(sentence.key(i))
        || (Self.this.contains(sentence.key(i)) && Self.studyNouns.contains(sentence.key(i + 1)))
    }
  }

  /// Whether a heading is a background heading: its first words, after a section number,
  /// are a term of the rules, and any words after it say what the section is for
  /// ("Background and aims"; "Background therapy" is the treatment every arm kept).
  private static func opensBackground(_ sentences: [Sentence], lexicons: Lexicons) -> Bool {
    let words = sentences.reduce(0) { count, sentence in count + sentence.range.filter { sentence.isWord($0) }.count }
    guard words <= 4 else { return false }
    // "1. Introduction", "I. Background": the section's number may be a sentence of its own.
    for sentence in sentences {
      guard let i = sentence.range.first(where: { sentence.isWord($0) && !isNumeral(sentence, $0) }) else { continue }
      guard let match = lexicons.backgroundHeadings.longestMatch(in: sentence.tokens, at: i, stopAt: sentence.range.upperBound) else { return false }
      return (match.end..<sentence.range.upperBound).allSatisfy { !sentence.isWord($0) || Self.purposeWords.contains(sentence.key($0)) }
    }
    return false
  }

  /// Whether a paragraph opens with a background label and its colon ("BACKGROUND:",
  /// "Introduction and aims:").
  private static func opensWithBackgroundLabel(_ sentences: [Sentence], lexicons: Lexicons) -> Bool {
    guard let sentence = sentences.first, sentence.isWord(sentence.range.lowerBound),
      let match = lexicons.backgroundHeadings.longestMatch(in: sentence.tokens, at: sentence.range.lowerBound, stopAt: sentence.range.upperBound),
      let colon = (match.end..<min(match.end + 4, sentence.range.upperBound)).first(where: { sentence.key($0) == Keys.colon })
    else { return false }
    // ("Background: … Methods: … Results: …": a whole abstract in one paragraph is more
    // than its background.)
    let labelsMore = sentences.contains { s in
      s.range.contains { i in Self.laterLabels.contains(s.key(i)) && s.key(i + 1) == Keys.colon }
    }
    return !labelsMore && (match.end..<colon).allSatisfy { Self.purposeWords.contains(sentence.key($0)) }
  }

  private static let laterLabels: Set<UInt64> = Set(
    ["methods", "method", "design", "results", "findings", "conclusion", "conclusions", "interventions", "participants", "setting"]
      .map { TokenKey.of($0) })

  private static func isNumeral(_ sentence: Sentence, _ i: Int) -> Bool {
    sentence.key(i + 1) == Keys.period && sentence.tokens[i].range.count <= 3
      && sentence.bytes[sentence.tokens[i].range].allSatisfy { $0 == 0x49 || $0 == 0x56 || $0 == 0x58 }
  }

  private static let purposeWords: Set<UInt64> = Set(
    ["and", "aim", "aims", "objective", "objectives", "purpose", "rationale", "hypothesis", "context", "significance"].map { TokenKey.of($0) })
  private static let firstPerson: Set<UInt64> = Set(["we", "our", "here"].map { TokenKey.of($0) })
  private static let this: Set<UInt64> = Set(["this", "present", "current"].map { TokenKey.of($0) })
  private static let studyNouns: Set<UInt64> = Set(["trial", "study"].map { TokenKey.of($0) })
}
