/// Short codes an article gives its arms where it assigns people: "text-message reminders
/// (intervention group 1, IG1)", "usual care (control group, CG)", "no further reminder
/// (IG1)". One to three capitals, then one or two digits or a last "G" for "group": "IG1",
/// "CG", "G2", "D10". Elsewhere in that article the code names the arm ("58 (59.8%) participants in
/// IG1"); ``Abbreviations`` collects the codes, ``ContextRecognizer`` reads them.
enum ArmCode {
  /// The code starting at token `i`, where it ends and its text, or nil. `plain` also
  /// takes two or three capitals alone ("HD"), as a dose level's code is written.
  static func match(_ sentence: Sentence, at i: Int, plain: Bool = false) -> (end: Int, text: String)? {
    guard sentence.isWord(i), case let letters = sentence.tokens[i].range, (1...3).contains(letters.count),
      letters.allSatisfy({ sentence.bytes[$0] &- 0x41 < 26 })
    else { return nil }
    var end = i + 1
    if sentence.range.contains(end), sentence.tokens[end].kind == .number, !sentence.tokens[end].spaceBefore,
      sentence.tokens[end].range.count <= 2
    {
      end += 1
    } else if (sentence.bytes[letters.upperBound - 1] != UInt8(ascii: "G") && !plain) || letters.count < 2 {
      return nil
    }
    // "IG1a", "CG-2": part of something longer.
    if sentence.range.contains(end), !sentence.tokens[end].spaceBefore, sentence.tokens[end].kind == .word || sentence.tokens[end].kind == .number {
      return nil
    }
    let text = String(decoding: sentence.bytes[Int(sentence.tokens[i].start)..<Int(sentence.tokens[end - 1].end)], as: UTF8.self)
    return (end, text)
  }

  /// Codes defined in `sentence`, a sentence that assigns people to arms: the last item
  /// of a bracket ("(intervention group 1, IG1)", "(IG1)"), with whether the bracket or
  /// the words before it name a control, and the key of the code's first token.
  static func definitions(in sentence: Sentence, lexicons: Lexicons) -> [(text: String, control: Bool, key: UInt64)] {
    guard sentence.range.contains(where: { Keys.assignmentVerbs.contains(sentence.key($0)) || sentence.key($0) == Keys.received }) else { return [] }
    var found: [(text: String, control: Bool, key: UInt64)] = []
    for open in sentence.range where sentence.key(open) == Keys.openParen {
      guard let close = (open + 1..<min(open + 10, sentence.range.upperBound)).first(where: { sentence.key($0) == Keys.closeParen })
      else { continue }
      let start = (open + 1..<close).last(where: { sentence.key($0) == Keys.comma }).map { $0 + 1 } ?? open + 1
      // "(high dose, HD)": capitals alone code an arm only after a dose level's name.
      let namesDose = start > open + 1 && (open + 1..<start).contains { sentence.key($0) == Self.doseWord }
      guard let code = match(sentence, at: start, plain: namesDose), code.end == close else { continue }
      // "(intervention group 1, IG1)": what comes before the code must name a group.
      if start > open + 1, !namesDose, !(open + 1..<start).contains(where: { sentence.key($0) == Keys.group || sentence.key($0) == Keys.arm }) {
        continue
      }
      let around = max(sentence.range.lowerBound, open - 4)..<close
      let control = sentence.hasTerm(lexicons.controlArms, in: around) != nil
        || around.contains { sentence.key($0) == Self.controlWord }
      found.append((code.text, control, sentence.key(start)))
    }
    return found
  }

  private static let controlWord = TokenKey.of("control")
  private static let doseWord = TokenKey.of("dose")
}
