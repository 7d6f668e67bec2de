import Foundation
import Testing
import TrialFacts

@Suite struct WriterTests {
  static let finding = Finding(
    drug: DrugReference(name: "ruxolitinib", mention: "Jakafi"), species: .human,
    dose: Dose(amount: 20, unit: "mg", perDay: 2, route: "oral"),
    duration: Duration(minDays: 91.31, maxDays: 182.63, text: "3-6 months"), cohort: Cohort(size: 12),
    response: Response(responders: 9, total: 12, proportion: 0.75),
    evidence: [Evidence(field: "cohort", quote: "A \"quoted\"\n line,\u{2028}", start: 0, end: 17, line: 7, text: "12 patients", textStart: 0, textEnd: 11)])

  @Test func jsonLinesFieldOrderAndEscaping() {
    let line = JSONLinesWriter().format(.finding(Self.finding, source: "a.html"))
    #expect(line.hasPrefix(#"{"type":"finding","source":"a.html","drug":{"name":"ruxolitinib","mention":"Jakafi"},"species":"human","dose":{"amount":20,"unit":"mg","per_day":2,"route":"oral"},"duration":{"min_days":91.31,"max_days":182.63,"text":"3-6 months"},"cohort":{"size":12},"response":{"responders":9,"total":12,"proportion":0.75,"approximate":false}"#))
    #expect(line.contains(#""quote":"A \"quoted\"\n line,\u2028""#))
    #expect(line.hasSuffix("}\n"))
    #expect(line.filter { $0 == "\n" }.count == 1)
  }

  @Test func errorRecord() {
    #expect(JSONLinesWriter().format(.error(source: "x.html", message: "cannot read")) == #"{"type":"error","source":"x.html","message":"cannot read"}"# + "\n")
  }

  @Test func csvRowQuotesFields() {
    let writer = CSVWriter()
    #expect(writer.header.hasPrefix("source,drug,drug_mention,species,dose_amount"))
    let row = writer.format(.finding(Self.finding, source: "a,b.html"))
    #expect(row.hasPrefix("\"a,b.html\",ruxolitinib,Jakafi,human,20,,mg,2,oral,91.31,182.63,3-6 months,12,9,12,0.75,false,7,"))
    #expect(row.contains("\"A \"\"quoted\"\"\n line,\u{2028}\""))
    #expect(writer.format(.error(source: "x", message: "y")) == "")
    #expect(writer.header.hasSuffix(",quote,dose_as_needed,arm,arm_control,outcome,derived,subgroup,arm_treatment,drug_inn,dose_single_dose\n"))
  }

  @Test func namedArmWithoutDrugHasArmAndOutcome() {
    let finding = Finding(
      drug: nil, arm: ArmReference(label: "Placebo", control: true), species: .human, cohort: Cohort(size: 99),
      response: Response(responders: 62, total: 99, proportion: 0.6263, outcome: "Response at week 8", derived: .unique))
    let json = JSONLinesWriter().format(.finding(finding, source: "t.xml"))
    #expect(!json.contains("\"drug\""))
    #expect(json.contains("\"arm\":{\"label\":\"Placebo\",\"control\":true}"))
    #expect(json.contains("\"outcome\":\"Response at week 8\""))
    #expect(json.contains("\"derived\":\"unique\""))
    let row = CSVWriter().format(.finding(finding, source: "t.xml"))
    #expect(row.hasPrefix("t.xml,,,human,"))
    #expect(row.hasSuffix(",Placebo,true,Response at week 8,unique,,,,\n"))
  }

  @Test func aSubgroupsCountSaysWhoseItIs() {
    let finding = Finding(
      drug: nil, arm: ArmReference(label: "Placebo", control: true), species: .human, cohort: Cohort(size: 160),
      response: Response(responders: 11, total: 20, proportion: 0.55, subgroup: "patients aged 75 years or older"))
    let json = JSONLinesWriter().format(.finding(finding, source: "t.xml"))
    #expect(json.contains("\"subgroup\":\"patients aged 75 years or older\""))
    #expect(CSVWriter().format(.finding(finding, source: "t.xml")).hasSuffix(",patients aged 75 years or older,,,\n"))
  }

  @Test func aGroupsTreatmentFollowsItsLabel() {
    let finding = Finding(
      drug: nil, arm: ArmReference(label: "Group A", control: false, treatment: "inelastic short-stretch bandage"), species: .human,
      cohort: Cohort(size: 93))
    let json = JSONLinesWriter().format(.finding(finding, source: "t.xml"))
    #expect(json.contains("\"arm\":{\"label\":\"Group A\",\"control\":false,\"treatment\":\"inelastic short-stretch bandage\"}"))
    #expect(CSVWriter().format(.finding(finding, source: "t.xml")).hasSuffix(",Group A,false,,,,inelastic short-stretch bandage,,\n"))
  }

  @Test func aUSAdoptedNameCarriesItsINN() {
    var finding = Self.finding
    finding.drug = DrugReference(name: "acyclovir", mention: "Zovirax", inn: "aciclovir")
    #expect(JSONLinesWriter().format(.finding(finding, source: "t.html")).contains(#""drug":{"name":"acyclovir","mention":"Zovirax","inn":"aciclovir"}"#))
    #expect(CSVWriter().format(.finding(finding, source: "t.html")).hasSuffix(",aciclovir,\n"))
    // The INN is left out where the name is one.
    #expect(!JSONLinesWriter().format(.finding(Self.finding, source: "t.html")).contains("\"inn\""))
  }

  @Test func numberFormatting() {
    #expect(JSONText.format(2) == "2")
    #expect(JSONText.format(1.0 / 7) == "0.142857")
    #expect(JSONText.format(182.63) == "182.63")
    #expect(JSONText.format(.nan) == "null")
  }
}
