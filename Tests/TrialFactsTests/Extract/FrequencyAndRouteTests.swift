import Foundation
import Testing
import TrialFacts

@Suite struct FrequencyRecognizerTests {
  static let positives: [RecognizerCase] = [
    .init("20 mg twice daily", "2"),
    .init("5 mg BID", "2"),
    .init("5 mg b.i.d.", "2"),
    .init("10 mg q.d.", "1"),
    .init("400 mg TID", "3"),
    .init("once daily dosing", "1"),
    .init("took the drug daily", "1"),
    .init("given every other day", "0.5"),
    .init("2.4 mg once weekly", "0.142857"),
    .init("300 mg every 2 weeks", "0.071429"),
    .init("300 mg every two weeks", "0.071429"),
    .init("300 mg q2w", "0.071429"),
    .init("twice a day for a month", "2"),
    .init("three times a day", "3"),
    .init("amoxicillin 3 times a day", "3"),
    .init("drops 2x/day", "2"),
    .init("4 times daily", "4"),
    .init("exercise 3 times a week", "0.428571"),
    .init("one drop in the morning", "1"),
    .init("artificial tears prn", "as needed"),
    .init("ibuprofen 400 mg as needed for pain", "as needed"),
  ]

  static let negatives: [RecognizerCase] = [
    .init("drops were applied OD"),
    .init("she tried twice"),
    .init("the week was busy"),
    .init("once upon a time"),
  ]

  @Test(arguments: positives + negatives)
  func frequencies(_ c: RecognizerCase) {
    #expect(Fixtures.values(.frequency, in: c.text) == c.expected, "\(c.text)")
  }
}

@Suite struct RouteRecognizerTests {
  static let positives: [RecognizerCase] = [
    .init("oral ruxolitinib 20 mg", "oral"),
    .init("methotrexate given subcutaneously", "subcutaneous"),
    .init("ruxolitinib 1.5% cream", "topical"),
    .init("intralesional triamcinolone", "intralesional"),
    .init("an intravenous infusion of rituximab", "intravenous"),
    .init("tofacitinib tablets", "oral"),
    .init("dupilumab by injection under the skin", "subcutaneous"),
  ]

  static let negatives: [RecognizerCase] = [
    .init("an oral presentation at the congress"),
    .init("the topical issue of the day"),
    .init("the IV league"),
  ]

  @Test(arguments: positives + negatives)
  func routes(_ c: RecognizerCase) {
    #expect(Fixtures.values(.route, in: c.text) == c.expected, "\(c.text)")
  }
}
