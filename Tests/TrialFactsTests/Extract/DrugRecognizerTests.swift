import Foundation
import Testing
import TrialFacts

@Suite struct DrugRecognizerTests {
  static let positives: [RecognizerCase] = [
    .init("Patients took ruxolitinib daily.", "ruxolitinib"),
    .init("Jakafi was approved for myelofibrosis.", "ruxolitinib"),
    .init("Jakavi is the name used in Europe.", "ruxolitinib"),
    .init("She switched to Olumiant last year.", "baricitinib"),
    .init("XELJANZ tablets", "tofacitinib"),
    .init("JAK inhibitors, including ruxolitinb, help", "ruxolitinib"),
    .init("tofacitnib was well tolerated", "tofacitinib"),
    .init("oral minoxidil and methotrexate", "minoxidil", "methotrexate"),
    .init("Ruxolitinib and tofacitinib were compared.", "ruxolitinib", "tofacitinib"),
    .init("dupilumab 300 mg every 2 weeks", "dupilumab"),
    .init("ritlecitinib 50 mg", "ritlecitinib"),
    .init("lithium-induced tremor", "lithium"),
    .init("a methotrexate-associated rash", "methotrexate"),
    .init("colestipol hydrochloride lowers cholesterol", "colestipol"),
    .init("BETOPTIC S 0.25% in the left eye", "betaxolol"),
    .init("Timoptic XE every morning", "timolol"),
    .init("high-dose interferon alfa for melanoma", "interferon alfa"),
    .init("gabapentin (GBP) was stopped; GBP levels fell", "gabapentin", "gabapentin", "gabapentin"),
  ]

  static let negatives: [RecognizerCase] = [
    .init("The meeting may take place today."),
    .init("Patients received placebo for 12 weeks."),
    .init("JAK inhibitors are a class of drugs."),
    .init("All patients were followed for a year."),
    .init("The clinic is open on Saturdays."),
    .init("Investigators were encouraged by the results."),
    .init("insulin-like growth factor levels"),
    .init("the primary end point was met"),
    .init("GBP levels fell after the visit"),
  ]

  @Test(arguments: positives + negatives)
  func drugs(_ c: RecognizerCase) {
    #expect(Fixtures.values(.drug, in: c.text) == c.expected, "\(c.text)")
  }
}
