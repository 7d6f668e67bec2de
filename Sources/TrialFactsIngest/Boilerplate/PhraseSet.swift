/// Finds which of many lowercase phrases occurs in a text, scanning its UTF-8 bytes
/// once: phrases are bucketed by their first two bytes, so each position of the text
/// is compared only with the few phrases that can start there. A phrase written with a
/// leading "^" ("^photo:") matches only at the start of the text, one with a leading
/// "=" ("=close") only the whole text, one with a trailing "$" ("less$") only the last
/// word of the text.
struct PhraseSet: Sendable {
  private var phrases: [[UInt8]] = []
  private var names: [String] = []
  private var anchored: [Bool] = []
  /// Whole-text phrases, lowercased, without their "=".
  private var exact: [String: String] = [:]
  /// Last-word phrases, lowercased, without their "$".
  private var endings: [(bytes: [UInt8], name: String)] = []
  private var buckets: [UInt16: [Int]] = [:]
  private var singleByte: [UInt8: [Int]] = [:]

  /// A last-word phrase that follows a finished sentence ("... the nation. less"), so
  /// that "a score of 20 or less" is left alone.
  private func endingMatch(_ text: String) -> (String, Int)? {
    let utf8 = Array(text.utf8.suffix(24)).map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
    for (bytes, name) in endings where utf8.count > bytes.count + 1 && utf8.suffix(bytes.count).elementsEqual(bytes) {
      let space = utf8.count - bytes.count - 1
      let before = utf8[space - 1]
      // ".", "!", "?", or the last byte of "…" (E2 80 A6)
      if utf8[space] == 0x20, before == 0x2E || before == 0x21 || before == 0x3F || before == 0xA6 { return (name, 0) }
    }
    return nil
  }

  init(_ list: [String]) {
    for phrase in list {
      if phrase.hasPrefix("=") {
        exact[String(phrase.dropFirst()).lowercased()] = phrase
        continue
      }
      if phrase.hasSuffix("$"), phrase.count > 1 {
        endings.append((Array(phrase.dropLast().lowercased().utf8), phrase))
        continue
      }
      let isAnchored = phrase.hasPrefix("^")
      let bytes = Array(phrase.lowercased().utf8.dropFirst(isAnchored ? 1 : 0))
      guard !bytes.isEmpty else { continue }
      let index = phrases.count
      phrases.append(bytes)
      names.append(phrase)
      anchored.append(isAnchored)
      if bytes.count == 1 {
        singleByte[bytes[0], default: []].append(index)
      } else {
        buckets[UInt16(bytes[0]) << 8 | UInt16(bytes[1]), default: []].append(index)
      }
    }
  }

  /// The first phrase that `text` contains, ASCII case ignored, and its byte offset; with
  /// `accept`, the first one at a byte offset that `accept` allows.
  func firstMatch(in text: String, where accept: ((Int) -> Bool)? = nil) -> (String, Int)? {
    if !exact.isEmpty, text.utf8.count < 40, let phrase = exact[text.lowercased()] { return (phrase, 0) }
    if let ending = endingMatch(text) { return ending }
    var text = text
    return text.withUTF8 { bytes -> (String, Int)? in
      let count = bytes.count
      guard count > 0 else { return nil }
      @inline(__always) func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }
      var i = 0
      while i < count {
        let a = lower(bytes[i])
        if let accept, !accept(i) {
          i += 1
          continue
        }
        if let single = singleByte[a], let index = single.first(where: { !anchored[$0] || i == 0 }) { return (names[index], i) }
        if i + 1 < count, let candidates = buckets[UInt16(a) << 8 | UInt16(lower(bytes[i + 1]))] {
          for index in candidates where !anchored[index] || i == 0 {
            let phrase = phrases[index]
            guard i + phrase.count <= count else { continue }
            var k = 2
            while k < phrase.count, lower(bytes[i + k]) == phrase[k] { k += 1 }
            if k == phrase.count { return (names[index], i) }
          }
        }
        i += 1
      }
      return nil
    }
  }
}
