/// Numbers in digits ("12", "1,961", "8.5") and words ("twelve", "sixty-six", "one
/// hundred and twenty", "one-third", "half"), with a following "%"/"percent" and a
/// preceding hedge ("about").
struct NumberRecognizer: Recognizer {
  /// Numbers from a trillion up are read as no number at all.
  static let largest = 1e12

  func recognize(_ sentence: inout Sentence, lexicons: Lexicons) {
    var i = sentence.range.lowerBound
    let end = sentence.range.upperBound
    let tokens = sentence.tokens
    while i < end {
      var span: NumberSpan?
      if tokens[i].kind == .number {
        let text = sentence.bytes[tokens[i].range].filter { $0 != 0x2C }
        let decimals = text.firstIndex(of: 0x2E).map { text.count - $0 - 1 } ?? 0
        if var value = Double(String(decoding: text, as: UTF8.self)) {
          var last = i
          // "266 064 women", "n = 10 576": thousands grouped by a space; not "day 1 100
          // patients" (a label and a count) nor "2 250 mg tablets" (a count and a dose).
          let labelled = i > sentence.range.lowerBound
            && (lexicons.durationUnits.contains(tokens, at: i - 1) || Self.labels.contains(tokens[i - 1].key))
          if !labelled, text.count <= 3, text.first != 0x30, text.count == tokens[i].range.count,
            text.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
          {
            var grouped = value
            var end = i
            while let group = thousandsGroup(after: end, in: sentence) {
              grouped = grouped * 1000 + group
              end += 1
            }
            if end > i, lexicons.units.longestMatch(in: tokens, at: end + 1, stopAt: sentence.range.upperBound) == nil {
              value = grouped
              last = end
            }
          }
          span = NumberSpan(first: i, end: last + 1, value: value, isFraction: false, decimals: decimals, isPercent: false, approximate: false)
        }
      } else if tokens[i].kind == .word, let match = lexicons.numberWords.longestMatch(in: tokens, at: i, stopAt: end) {
        if match.value != match.value.rounded() || match.value < 1 {
          span = NumberSpan(first: i, end: match.end, value: match.value, isFraction: true, decimals: 0, isPercent: false, approximate: false)
        } else {
          span = compound(sentence, from: i, lexicons: lexicons)
        }
      }
      // "99999999999999999999 patients" counts nothing real, and no later rule may turn
      // such a value into an integer.
      guard var number = span, number.value.isFinite, number.value < Self.largest else {
        i += 1
        continue
      }
      // "75%", "75 percent", "75 per cent"
      let k = number.end
      if sentence.key(k) == Keys.percentSign || sentence.key(k) == Keys.percent {
        number.isPercent = true
        number.end = k + 1
      } else if sentence.key(k) == Keys.per && sentence.key(k + 1) == Keys.cent {
        number.isPercent = true
        number.end = k + 2
      }
      number.approximate = hedged(sentence, before: number.first, lexicons: lexicons)
      sentence.numbers.append(number)
      sentence.add(.number, .number(number.isPercent ? number.value / 100 : number.value), tokens: number.first, number.end)
      i = number.end
    }
  }

  /// The value of a three-digit group that continues the number ending at token `i`
  /// across one space ("266 064"); a tab or " | " between table cells never joins.
  private func thousandsGroup(after i: Int, in sentence: Sentence) -> Double? {
    let tokens = sentence.tokens
    let next = i + 1
    guard next < sentence.range.upperBound, tokens[next].kind == .number else { return nil }
    let digits = sentence.bytes[tokens[next].range]
    guard digits.count == 3, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    let gap = sentence.bytes[Int(tokens[i].end)..<Int(tokens[next].start)]
    guard Self.groupSeparators.contains(where: { $0.elementsEqual(gap) }) else { return nil }
    return Double(String(decoding: digits, as: UTF8.self))
  }

  /// Words a number labels rather than counts: "day 1", "cycle 3", "table 2".
  private static let labels: Set<UInt64> = Set(
    ["visit", "cycle", "phase", "stage", "grade", "table", "figure", "fig", "group", "arm", "step", "part", "level", "no"]
      .map { TokenKey.of($0) })

  /// A space, a no-break space, a figure, punctuation or thin space, or a narrow
  /// no-break space.
  private static let groupSeparators: [[UInt8]] = [
    [0x20], [0xC2, 0xA0], [0xE2, 0x80, 0x87], [0xE2, 0x80, 0x88], [0xE2, 0x80, 0x89], [0xE2, 0x80, 0xAF],
  ]

  /// Reads "sixty-six", "one hundred and twenty", "two thousand five hundred".
  private func compound(_ sentence: Sentence, from start: Int, lexicons: Lexicons) -> NumberSpan? {
    var total = 0.0
    var current = 0.0
    var i = start
    var end = start
    let tokens = sentence.tokens
    let limit = sentence.range.upperBound
    while i < limit, tokens[i].kind == .word,
      let match = lexicons.numberWords.longestMatch(in: tokens, at: i, stopAt: limit),
      match.value >= 1, match.value == match.value.rounded(), match.end == i + 1
    {
      let v = match.value
      if v == 100 {
        current = max(current, 1) * 100
      } else if v == 1000 {
        total += max(current, 1) * 1000
        current = 0
      } else {
        // "twenty one": a unit after a tens word; "one two" is two numbers.
        if current > 0, !(current.truncatingRemainder(dividingBy: 100) >= 20 && current.truncatingRemainder(dividingBy: 10) == 0 && v < 10),
          !(current >= 100 && current.truncatingRemainder(dividingBy: 100) == 0)
        {
          break
        }
        current += v
      }
      end = i + 1
      i += 1
      // "sixty-six", "one hundred and twenty"
      if i + 1 < limit, sentence.key(i) == Keys.hyphen || (sentence.key(i) == Keys.and && current >= 100),
        tokens[i + 1].kind == .word, lexicons.numberWords.longestMatch(in: tokens, at: i + 1, stopAt: limit) != nil
      {
        i += 1
      }
    }
    guard end > start else { return nil }
    return NumberSpan(first: start, end: end, value: total + current, isFraction: false, decimals: 0, isPercent: false, approximate: false)
  }

  /// A hedge within the two tokens before a number ("about 40%", "nearly all").
  func hedged(_ sentence: Sentence, before index: Int, lexicons: Lexicons) -> Bool {
    for back in 1...3 {
      let i = index - back
      guard i >= sentence.range.lowerBound else { return false }
      if let match = lexicons.hedges.longestMatch(in: sentence.tokens, at: i, stopAt: index), match.end == index { return true }
    }
    return false
  }
}
