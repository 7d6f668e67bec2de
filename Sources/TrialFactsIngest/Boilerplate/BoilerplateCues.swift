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
  /// `class="share-bar"`; nil when another class of the attribute is a content class
  /// ("l-sidebar l-article-body"). A content word in the same class as a furniture word
  /// does not protect it: "post-author" and "entryMeta" are a post's furniture. Words
  /// split at punctuation and at a lowercase-to-uppercase step ("PromoSmall").
  func classCue(_ attribute: String) -> String? {
    var cue: String?
    var content = false
    var word: [UInt8] = []
    // Per whitespace-separated token: its furniture and content words.
    var tokenCue: String?
    var tokenContent = false
    func check() {
      defer { word.removeAll(keepingCapacity: true) }
      guard !word.isEmpty else { return }
      let text = String(decoding: word, as: UTF8.self)
      if contentWords.contains(text) { tokenContent = true }
      if tokenCue == nil, classWords.contains(text) { tokenCue = text }
    }
    func endToken() {
      check()
      // "post-author", "entry-meta": the furniture of a post. A content word protects
      // from the furniture words of other tokens only ("l-sidebar-fixed l-article-body").
      if tokenContent && tokenCue == nil { content = true }
      if cue == nil { cue = tokenCue }
      tokenCue = nil
      tokenContent = false
    }
    var previousLower = false
    for byte in attribute.utf8 {
      let isUpper = byte &- 0x41 < 26
      let lower = isUpper ? byte | 0x20 : byte
      if lower &- 0x61 < 26 || lower &- 0x30 < 10 {
        // "PromoSmall" is two words.
        if isUpper, previousLower { check() }
        word.append(lower)
        previousLower = !isUpper && lower &- 0x61 < 26
      } else {
        if byte == 0x20 || byte == 0x09 || byte == 0x0A { endToken() } else { check() }
        previousLower = false
      }
    }
    endToken()
    return content ? nil : cue
  }

  /// The first cue phrase `text` contains. In a block of more than 20 words the phrase
  /// must open the block or one of its sentences ("This page is for educational purposes
  /// only...", "... 12 issues a year. Click here to subscribe."): inside a sentence,
  /// "sign up" or "share on" are ordinary words.
  func phraseCue(_ text: String, words: Int) -> String? {
    guard let (phrase, offset) = phrases.firstMatch(in: text) else { return nil }
    // "^updated" is a dateline "Updated 5:27 am", not "Updated results showed that...".
    if phrase.hasPrefix("^") { return words <= 8 ? phrase : nil }
    if phrase.hasSuffix("$") { return phrase }
    if words <= 20 || offset < 40 { return phrase }
    let bytes = Array(text.utf8)
    return phrases.firstMatch(in: text, where: { Self.opensSentence(bytes, at: $0) })?.0
  }

  /// Whether byte `index` follows ". ", "! " or "? " (a closing quote or bracket may stand
  /// before the space).
  static func opensSentence(_ bytes: [UInt8], at index: Int) -> Bool {
    guard index >= 2, bytes[index - 1] == 0x20 else { return false }
    var j = index - 2
    if bytes[j] == 0x22 || bytes[j] == 0x27 || bytes[j] == 0x29 {
      j -= 1
    } else if j >= 3, bytes[j - 2] == 0xE2, bytes[j - 1] == 0x80, bytes[j] == 0x9D || bytes[j] == 0x99 {
      j -= 3  // ” or ’
    }
    guard j >= 0 else { return false }
    return bytes[j] == 0x2E || bytes[j] == 0x21 || bytes[j] == 0x3F
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
