/// An arm without a drug that a list of the arms defines by its name and size, as news
/// pages and plain summaries write them: "TENS (74 women): a pocket-sized unit …", "Wet
/// combing with a fine-toothed comb, every three to four days: 95 children". The name is
/// the item's first words; the size, people in brackets right after it, or after a colon
/// that ends the item. Items that name a drug or a control (before a bracketed size's colon:
/// "plus dummy tablets" after it is the double dummy) are read by the drug and control
/// rules; this reads only the others.
enum ListedArm {
  /// The name's tokens and text, where `sentence` is such an item.
  static func definition(in sentence: Sentence, lexicons: Lexicons) -> (first: Int, end: Int, name: String)? {
    var first = sentence.range.lowerBound
    // A bullet or dash the item opens with.
    while first < sentence.range.upperBound, !sentence.isWord(first), sentence.tokens[first].kind != .number { first += 1 }
    guard sentence.isWord(first), sentence.tokens[first].isCapitalized else { return nil }
    // Drugs and controls before `limit` make the item theirs.
    func namesOthers(before limit: Int) -> Bool {
      sentence.mentions.contains { ($0.label == .drug || $0.value == .context("control")) && $0.firstToken < limit }
    }
    var end = first
    while end < min(first + 4, sentence.range.upperBound), sentence.isWord(end), !nameStops.contains(sentence.key(end)) { end += 1 }
    // "Women (120):", "Side effects (12 people):", "Age 65 or over (40 people):": who the
    // people are or what befell them, no arm.
    guard !(first..<end).contains(where: { i in
      lexicons.participants.contains(sentence.tokens, at: i) || lexicons.responseEvents.contains(sentence.tokens, at: i)
        || lexicons.responseBlocks.contains(sentence.tokens, at: i) || lexicons.responseCues.contains(sentence.tokens, at: i)
        || lexicons.baselineRows.contains(sentence.tokens, at: i) || lexicons.outcomeSections.contains(sentence.tokens, at: i)
    }) else { return nil }
    // ("Weighted blanket group (61 people):" is named by the group rule already; a second
    // look at a sentence finds this rule's own mention.)
    guard end > first,
      !sentence.mentions.contains(where: { $0.label == .context && $0.firstToken < end && $0.endToken > first && ($0.firstToken, $0.endToken) != (first, end) })
    else { return nil }
    // "TENS (74 women):"
    if sentence.key(end) == Keys.openParen, let count = sentence.number(startingAt: end + 1), count.isInteger,
      let people = lexicons.participants.longestMatch(in: sentence.tokens, at: count.end, stopAt: sentence.range.upperBound),
      sentence.key(people.end) == Keys.closeParen, sentence.key(people.end + 1) == Keys.colon, !namesOthers(before: people.end + 1)
    {
      return (first, end, text(sentence, first..<end))
    }
    // "Wet combing …, every three to four days: 95 children"
    var last = sentence.range.upperBound
    while last > first, !sentence.isWord(last - 1) { last -= 1 }
    guard let people = (max(first, last - 3)..<last).first(where: { start in
      lexicons.participants.longestMatch(in: sentence.tokens, at: start, stopAt: last)?.end == last
    }), let count = sentence.number(endingAt: people), count.isInteger, sentence.key(count.first - 1) == Keys.colon,
      end <= count.first - 1, !namesOthers(before: sentence.range.upperBound)
    else { return nil }
    return (first, end, text(sentence, first..<end))
  }

  /// Words that end an arm's name: what follows describes it.
  private static let nameStops: Set<UInt64> = Set(
    ["with", "plus", "and", "or", "using", "at", "for", "every", "a", "an", "the", "of", "in", "on", "to", "by", "from", "applied", "given",
      "taken", "used", "group", "arm"].map { TokenKey.of($0) })

  private static func text(_ sentence: Sentence, _ range: Range<Int>) -> String {
    String(decoding: sentence.bytes[Int(sentence.tokens[range.lowerBound].start)..<Int(sentence.tokens[range.upperBound - 1].end)], as: UTF8.self)
  }
}
