import TrialFactsRules

/// The boilerplate cues of a rule set, ready for fast lookup. Every cue is data in
/// `rules/boilerplate/`; nothing about a particular site lives in code.
public struct BoilerplateCues: Sendable {
  /// Elements never read (script, nav, footer...).
  var tags: Set<String>
  /// Words in class/id/role that mark furniture ("share", "cookie", "related").
  var classWords: Set<String>
  /// Words in class/id/role that mark content ("article", "story"); they win.
  var contentWords: Set<String>
  /// Phrases that mark a short block as furniture.
  var phrases: PhraseSet
  /// Heading texts (lowercased) that open a furniture section.
  var sectionHeadings: Set<String>
  /// Heading texts (lowercased) that open a reference list.
  var referenceHeadings: Set<String>

  public init(rules: RuleSet) {
    tags = rules.terms(.boilerplateTag)
    classWords = rules.terms(.boilerplateClass)
    contentWords = rules.terms(.contentClass)
    phrases = PhraseSet(rules.entries(.boilerplatePhrase).map(\.term))
    sectionHeadings = rules.terms(.boilerplateHeading)
    referenceHeadings = rules.terms(.referenceHeading)
  }

  /// The first class/id/role word that is a furniture cue, e.g. "share" for
  /// `class="share-bar"`; nil when the attribute also has a content word.
  func classCue(_ attribute: String) -> String? {
    var cue: String?
    var content = false
    var word: [UInt8] = []
    func check() {
      defer { word.removeAll(keepingCapacity: true) }
      guard !word.isEmpty else { return }
      let text = String(decoding: word, as: UTF8.self)
      if contentWords.contains(text) { content = true }
      if cue == nil, classWords.contains(text) { cue = text }
    }
    for byte in attribute.utf8 {
      let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
      if lower &- 0x61 < 26 || lower &- 0x30 < 10 {
        word.append(lower)
      } else {
        check()
      }
    }
    check()
    return content ? nil : cue
  }

  /// The first cue phrase `text` contains. In a longer block the phrase must open it
  /// ("This page is for educational purposes only..."): inside prose, "sign up" or
  /// "share on" are ordinary words.
  func phraseCue(_ text: String, words: Int) -> String? {
    guard let (phrase, offset) = phrases.firstMatch(in: text) else { return nil }
    // "^updated" is a dateline "Updated 5:27 am", not "Updated results showed that...".
    if phrase.hasPrefix("^") { return words <= 8 ? phrase : nil }
    if phrase.hasSuffix("$") { return phrase }
    return words <= 15 || offset < 40 ? phrase : nil
  }

  /// Normalizes a heading for lookup: lowercase, trailing punctuation and counts dropped
  /// ("Comments (12)" -> "comments").
  static func headingKey(_ text: String) -> String {
    var key = text.lowercased()
    while let last = key.last, !(last.isLetter) { key.removeLast() }
    if let paren = key.firstIndex(of: "(") { key = String(key[..<paren]) }
    return key.trimmingCharacters(in: " ")
  }
}

extension String {
  func trimmingCharacters(in set: Character) -> String {
    var s = Substring(self)
    while s.first == set { s = s.dropFirst() }
    while s.last == set { s = s.dropLast() }
    return String(s)
  }
}
