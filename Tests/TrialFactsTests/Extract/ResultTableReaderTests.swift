import Foundation
import Testing
import TrialFacts

/// Tables written for these tests: results, baseline and arm-per-row layouts.
@Suite struct ResultTableReaderTests {
  static func findings(_ body: String) throws -> [Finding] {
    let document = try Fixtures.ingest("<html><body>\(body)</body></html>")
    return Fixtures.pipeline.extract(document).findings.filter { $0.arm != nil }
  }

  /// The findings of a page of `body` with every outcome row read (`--table-rows all`).
  static func allRows(_ body: String) throws -> [Finding] {
    var pipeline = Fixtures.pipeline
    pipeline.tableRows = .all
    return pipeline.extract(try Fixtures.ingest("<html><body>\(body)</body></html>")).findings
  }

  /// Each response of `findings` as "arm outcome responders/total", with its derivation.
  static func responses(_ findings: [Finding], arm: Bool = true) -> [String] {
    findings.compactMap { f in
      f.response.map { r in
        (arm ? "\(f.arm?.label ?? "?") " : "") + "\(r.outcome ?? "?") \(r.responders ?? -1)/\(r.total ?? -1)"
          + (r.derived.map { " " + $0.rawValue } ?? "")
      }
    }
  }

  static let resultsTable = """
    <p>At week 12, 21 of 40 patients on drug A had healed, against 8 of 38 on placebo.</p>
    <table><caption>Outcomes at week 12</caption>
    <tr><th>Outcome</th><th>Methotrexate 15 mg (n = 40)</th><th>Placebo (n = 38)</th><th>P value</th></tr>
    <tr><td>Mean age, years</td><td>45.2 (11.0)</td><td>44.9 (10.2)</td><td>0.80</td></tr>
    <tr><td>Healed ulcers</td><td>21 (52.5)</td><td>8 (21.1)</td><td>0.004</td></tr>
    <tr><td>Any adverse event</td><td>12 (30.0)</td><td>10 (26.3)</td><td>0.71</td></tr>
    </table>
    """

  @Test func readsTheFirstOutcomeRowOfEachArmColumn() throws {
    // Both outcome rows of a two-row table are read; the mean row is none.
    let arms = try Self.findings(Self.resultsTable)
    #expect(arms.count == 4)
    let drug = try #require(arms.first { $0.drug?.name == "methotrexate" })
    #expect(drug.arm == ArmReference(label: "Methotrexate 15 mg", control: false))
    #expect(drug.cohort?.size == 40)
    #expect(drug.response?.responders == 21 && drug.response?.total == 40)
    #expect(drug.response?.outcome == "Healed ulcers")
    let placebo = try #require(arms.first { $0.arm?.control == true })
    #expect(placebo.drug == nil)
    #expect(placebo.response?.responders == 8 && placebo.response?.total == 38)
    // Evidence points at the cell and its row.
    let evidence = try #require(placebo.evidence.first { $0.field == "response" })
    #expect(evidence.text == "8 (21.1)")
    #expect(evidence.quote.hasPrefix("Healed ulcers | "))
  }

  /// The outcomes the methods name as primary or secondary are outcomes the article
  /// reports: their columns are read, where one without such a sentence reads the first.
  @Test func outcomesTheMethodsNameAreRead() throws {
    let table = """
      <table><tr><th>Group</th><th>PONV</th><th>Vomiting or retching</th><th>Rescue antiemetic</th></tr>
      <tr><td>Ondansetron 4 mg (n = 101)</td><td>33 (32.7)</td><td>12 (11.9)</td><td>21 (20.8)</td></tr>
      <tr><td>Placebo (n = 102)</td><td>53 (52.0)</td><td>29 (28.4)</td><td>41 (40.2)</td></tr>
      <tr><td>Droperidol 0.625 mg (n = 100)</td><td>31 (31.0)</td><td>14 (14.0)</td><td>20 (20.0)</td></tr></table>
      """
    // (Six outcome columns: more than the five of a page's only table that are read whole.)
    let sixColumns = table.replacingOccurrences(of: "<th>Rescue antiemetic</th>", with: "<th>Rescue antiemetic</th><th>Headache</th><th>Dizziness</th><th>Shivering</th>")
      .replacingOccurrences(of: "</td></tr>", with: "</td><td>5 (5.0)</td><td>4 (4.0)</td><td>3 (3.0)</td></tr>")
    let planned = "<p>The primary outcome was PONV. Secondary outcomes were vomiting or retching and use of rescue antiemetic.</p>"
    #expect(Set(try Self.findings(planned + table).compactMap { $0.response?.outcome })
      == ["PONV", "Vomiting or retching", "Rescue antiemetic"])
    #expect(Set(try Self.findings("<p>Patients were followed for 24 h.</p>" + sixColumns).compactMap { $0.response?.outcome }) == ["PONV"])
  }

  /// Percentages alone under arms of known size: each gives the one count it rounds
  /// from, when every arm's does; a "%" header or a per cent sign marks them.
  @Test func percentagesAloneGiveTheirCounts() throws {
    let table = """
      <table><tr><th rowspan="2">Reaction</th><th>Drug A 60 µg<br>N = 296</th><th>Placebo<br>N = 148</th></tr>
      <tr><th>%</th><th>%</th></tr>
      <tr><td>Pain</td><td>39.9</td><td>8.1</td></tr>
      <tr><td>Fever</td><td>1.0%</td><td>0.7%</td></tr>
      <tr><td>Rash</td><td>12</td><td>5</td></tr>
      <tr><td>Nausea</td><td>10.1</td><td>6.0</td></tr>
      </table>
      """
    let arms = try Self.allRows(table)
    func counts(_ outcome: String) -> [String] {
      arms.filter { $0.response?.outcome == outcome }.map { "\($0.response?.responders ?? -1)/\($0.response?.total ?? -1)" }
    }
    // 39.9% of 296 is 118.1; 8.1% of 148 is 12.0.
    #expect(counts("Pain") == ["118/296", "12/148"])
    #expect(counts("Fever") == ["3/296", "1/148"])
    // Whole numbers under "%" pin no count of 296 ("12%" is 35.5); 10.1% of 296 is 29.9,
    // but 6.0% of 148 is 8.88: a row is read only when every arm's count is pinned.
    #expect(counts("Rash").isEmpty)
    #expect(counts("Nausea").isEmpty)
  }

  /// Percentages marked as such by their row label ("SALT score ≤20, %") or by the
  /// caption ("…, % of patients"), with significance marks ("38.8***"), give their counts;
  /// a threshold in a label or caption ("≥50% improvement", "in ≥5% of patients") marks none.
  @Test func percentagesMarkedByTheirLabelOrCaption() throws {
    let header = "<tr><th>Outcome</th><th>Drug A 4 mg (n = 281)</th><th>Placebo (n = 189)</th></tr>"
    let rows = try Self.allRows("""
      <table>\(header)
      <tr><td>SALT score ≤20, %</td><td>38.8***</td><td>6.3</td></tr>
      <tr><td>SALT50 (≥50% improvement)</td><td>52.0***</td><td>13.2</td></tr></table>
      """)
    // 38.8% of 281 is 109.0; 6.3% of 189 is 11.9.
    #expect(Self.responses(rows) == ["Drug A 4 mg SALT score ≤20, % 109/281 unique", "Placebo SALT score ≤20, % 12/189 unique"])
    let caption = try Self.allRows("""
      <table><caption>Table 3. Adverse events in ≥5% of patients in any group, % of patients</caption>\(header)
      <tr><td>Acne</td><td>5.7</td><td>0.5</td></tr></table>
      """)
    #expect(Self.responses(caption) == ["Drug A 4 mg Acne 16/281 unique", "Placebo Acne 1/189 unique"])
    // "Binary outcomes are percentages of the participants assessed": the unit in words.
    let worded = try Self.allRows("""
      <table><caption>Table 2. Outcomes at 12 weeks. Binary outcomes are percentages of the participants assessed.</caption>\(header)
      <tr><td>Clear skin</td><td>30.2</td><td>7.4</td></tr>
      <tr><td>Itch score, mean (SD)</td><td>3.1 (2.0)</td><td>5.2 (2.4)</td></tr></table>
      """)
    #expect(Self.responses(worded) == ["Drug A 4 mg Clear skin 85/281 unique", "Placebo Clear skin 14/189 unique"])
    // ("The percentage of patients' skin cleared" measures each patient.)
    let ofEach = try Self.allRows("""
      <table><caption>Table 2. Percentage of body surface area cleared</caption>\(header)
      <tr><td>Trunk</td><td>30.2</td><td>7.4</td></tr></table>
      """)
    #expect(Self.responses(ofEach).isEmpty)
    // Counts with their percentages in brackets, and a share of each one's own measure.
    for counted in ["Number of infants with each outcome (percentage of the infants in brackets)", "Weight lost as percentage of the patients' baseline weight"] {
      let rows = try Self.allRows("""
        <table><caption>\(counted)</caption>\(header)
        <tr><td>Death</td><td>5</td><td>7</td></tr></table>
        """)
      #expect(Self.responses(rows).isEmpty, "\(counted)")
    }
    let threshold = try Self.allRows("""
      <table><caption>Table 3. Adverse events in ≥5% of patients in any group</caption>\(header)
      <tr><td>Acne</td><td>5.7</td><td>0.5</td></tr></table>
      """)
    #expect(Self.responses(threshold).isEmpty)
    // A label or caption of a measure taken of each patient marks no shares of people,
    // and a figure with a unit letter ("8.0 d") is no percentage.
    let measures = try Self.allRows("""
      <table><caption>Table 4. Body composition, %. Values are %</caption>\(header)
      <tr><td>Body fat, %</td><td>32.4</td><td>31.7</td></tr>
      <tr><td>Weight change from baseline, %</td><td>5.0</td><td>2.6</td></tr>
      <tr><td>Mean weight change (%)</td><td>10.0</td><td>5.3</td></tr>
      <tr><td>Haematocrit</td><td>41.3</td><td>40.7</td></tr>
      <tr><td>Time to response, %</td><td>8.9 d</td><td>12.7 d</td></tr></table>
      """)
    #expect(Self.responses(measures).isEmpty)
  }

  /// "81.0 (73.7–86.6)" under an arm of 142 in a table whose note says its values are
  /// percentages of patients with their interval: 115 of 142. Not a median and its IQR
  /// ("11 (7–18)" in a row of a time), an interval that leaves the value out, nor any
  /// such cell where nothing says the values are percentages.
  @Test func percentagesWithTheirIntervalsInATableOfPercentages() throws {
    let table = """
      <table><caption>Table 2. Efficacy outcomes</caption>
      <tr><th>Outcome</th><th>Sevoflurane (n = 142)</th><th>Midazolam (n = 144)</th><th>Difference (95% CI)</th></tr>
      <tr><td>Adequate sedation</td><td>81.0 (73.7–86.6)</td><td>75.0 (67.3 to 81.4)</td><td>6.0 (−3.7 to 15.6)</td></tr>
      <tr><td>Delirium by day 7</td><td>21.8 [95% CI 15.8–29.3]</td><td>30.6% (23.6%–38.5%)</td><td>−8.7 (−18.9 to 1.4)</td></tr>
      <tr><td>Time to waking, min, median (IQR)</td><td>11.0 (7.0–18.0)</td><td>24.0 (14.0–41.0)</td><td>—</td></tr>
      <tr><td>Ventilator-free days</td><td>18.3 (12.0–22.0)</td><td>17.4 (11.0–21.0)</td><td>—</td></tr>
      <tr><td>Extubated by day 3</td><td>40.1 (45.0–60.0)</td><td>38.2 (30.1–46.0)</td><td>—</td></tr>
      <tr><td>Agitation episodes per patient</td><td>1.0 (0.0–2.0)</td><td>2.0 (1.0–4.0)</td><td>—</td></tr>
      </table>
      """
    let noted = try Self.allRows(table + "<p>Values are percentage of patients (95% CI) unless stated otherwise.</p>")
    // 81.0% of 142 is 115.0, 75.0% of 144 is 108.0, 21.8% of 142 is 31.0, 30.6% of 144 is 44.1.
    #expect(Self.responses(noted) == [
      "Sevoflurane Adequate sedation 115/142 unique", "Midazolam Adequate sedation 108/144 unique",
      "Sevoflurane Delirium by day 7 31/142 unique", "Midazolam Delirium by day 7 44/144 unique",
    ], "\(Self.responses(noted))")
    let unnoted = Self.responses(try Self.allRows(table))
    #expect(unnoted.isEmpty, "\(unnoted)")
    let text = Self.responses(try Self.allRows(table + "<p>The percentage of patients with delirium fell.</p>"))
    #expect(text.isEmpty, "\(text)")
  }

  /// Arms as rows, with percentages alone under outcomes across, in a table the caption
  /// says gives "% of participants": each column gives its counts when every arm's
  /// percentage pins one ("8" of 221 could be 17 to 19, so "Weeks 9-24" gives none).
  @Test func armRowsOfPercentagesGiveTheirCounts() throws {
    let rows = try Self.allRows("""
      <table><caption>Table 2. Continuous abstinence (% of participants; intention-to-treat)</caption>
      <tr><th>Group</th><th>Weeks 9-12</th><th>Weeks 9-24</th></tr>
      <tr><td>Cytisine (n = 226)</td><td>33.2</td><td>24.3</td></tr>
      <tr><td>Placebo (n = 221)</td><td>11.8</td><td>8</td></tr></table>
      """)
    #expect(Self.responses(rows) == ["Cytisine Weeks 9-12 75/226 unique", "Placebo Weeks 9-12 26/221 unique"])
    // Without the caption's "%", the figures could be anything.
    let unmarked = try Self.allRows("""
      <table><caption>Table 2. Continuous abstinence (intention-to-treat)</caption>
      <tr><th>Group</th><th>Weeks 9-12</th><th>Weeks 9-24</th></tr>
      <tr><td>Cytisine (n = 226)</td><td>33.2</td><td>24.3</td></tr>
      <tr><td>Placebo (n = 221)</td><td>11.8</td><td>8</td></tr></table>
      """)
    #expect(Self.responses(unmarked).isEmpty)
  }

  /// "Events | Total" under each arm: a count and its denominator in two cells.
  @Test func eventsBesideTheirTotal() throws {
    let table = """
      <table><tr><th rowspan="2">End point</th><th colspan="2">Colchicine</th><th colspan="2">Placebo</th><th rowspan="2">HR (95% CI)</th></tr>
      <tr><th>Events</th><th>Total</th><th>Events</th><th>Total</th></tr>
      <tr><td>Myocardial infarction</td><td>17</td><td>612</td><td>24</td><td>609</td><td>0.70 (0.38–1.30)</td></tr>
      <tr><td>Mean age, years</td><td>61</td><td>9</td><td>60</td><td>10</td><td></td></tr>
      </table>
      """
    let arms = try Self.findings(table).filter { $0.response != nil }
    #expect(arms.map { "\($0.response?.responders ?? -1)/\($0.response?.total ?? -1)" } == ["17/612", "24/609"])
    #expect(arms.allSatisfy { $0.response?.outcome == "Myocardial infarction" })
  }

  /// "Group | N | Vomiting | Cough": rows are arms whatever their labels, and each
  /// column of counts is an outcome.
  @Test func armsDownWithOutcomesAcross() throws {
    let table = """
      <table><tr><th>Group</th><th>N</th><th>Vomiting</th><th>Cough</th><th>Mean age</th></tr>
      <tr><td>AL</td><td>180</td><td>14 (7.8)</td><td>31 (17.2)</td><td>6.1 (2.0)</td></tr>
      <tr><td>Home-based exercise</td><td>181</td><td>19 (10.5)</td><td>28 (15.5)</td><td>6.3 (2.2)</td></tr>
      </table>
      """
    let read = Self.responses(try Self.allRows(table))
    #expect(read == ["AL Vomiting 14/180", "Home-based exercise Vomiting 19/181", "AL Cough 31/180", "Home-based exercise Cough 28/181"])
    // Without a header that says so, rows of places are no arms.
    let places = table.replacingOccurrences(of: "<th>Group</th>", with: "<th>Site</th>")
    #expect(try Self.allRows(places).isEmpty)
  }

  /// "Randomised, n" heads the arms' sizes as "N" does; "Patients, n (%)" heads counts.
  @Test func sizeColumnsNamedInWords() throws {
    let table = """
      <table><tr><th>Treatment group</th><th>Randomised, n</th><th>Abstinence weeks 9-12, n (%)</th><th>Abstinence weeks 9-24, n (%)</th></tr>
      <tr><td>Drug A 1.5 mg twice daily</td><td>203</td><td>71 (35.0)</td><td>49 (24.1)</td></tr>
      <tr><td>Placebo</td><td>102</td><td>14 (13.7)</td><td>8 (7.8)</td></tr>
      </table>
      """
    let read = Self.responses(try Self.allRows(table))
    #expect(read.contains("Placebo Abstinence weeks 9-12, n (%) 14/102"))
    #expect(read.contains("Placebo Abstinence weeks 9-24, n (%) 8/102"))
    // A column of who the people are is no outcome.
    let traits = table.replacingOccurrences(of: "Abstinence weeks 9-24, n (%)", with: "Female, n (%)")
    #expect(!Self.responses(try Self.allRows(traits)).contains { $0.contains("Female") })
    for header in ["No. of patients", "Participants analysed (n)", "N randomized"] {
      let renamed = Self.responses(try Self.allRows(table.replacingOccurrences(of: "Randomised, n", with: header)))
      #expect(renamed.contains("Placebo Abstinence weeks 9-12, n (%) 14/102"), "\(header)")
    }
  }

  /// "5 mg" over "(n=62)": in a dose-ranging table a dose alone names its arm.
  @Test func aDoseAloneNamesItsColumnsArm() throws {
    let table = """
      <table><tr><th></th><th>Placebo</th><th>5 mg</th><th>10 mg</th></tr>
      <tr><th></th><th>(n=61)</th><th>(n=62)</th><th>(n=61)</th></tr>
      <tr><td>Any adverse event</td><td>29 (47.5)</td><td>33 (53.2)</td><td>37 (60.7)</td></tr>
      </table>
      """
    #expect(Self.responses(try Self.allRows(table)) == ["Placebo Any adverse event 29/61", "5 mg Any adverse event 33/62", "10 mg Any adverse event 37/61"])
  }

  /// A bare "0" beside the other arm's count is no one of that arm; beside no count it
  /// is nothing.
  @Test func zeroCellsCountNoOne() throws {
    let table = """
      <table><tr><th>Event</th><th>Upadacitinib (n = 124)</th><th>Placebo (n = 62)</th></tr>
      <tr><td>Herpes zoster</td><td>2 (1.6)</td><td>0</td></tr>
      <tr><td>Change in score, mean (SD)</td><td>−0.52 (0.49)</td><td>0</td></tr>
      </table>
      """
    let read = Self.responses(try Self.allRows(table), arm: false)
    #expect(read == ["Herpes zoster 2/124", "Herpes zoster 0/62"])
  }

  /// A table of the participants and then, below an "Outcomes" row, of outcomes.
  @Test func outcomesBelowTheBaselineRows() throws {
    let table = """
      <table><tr><th>Characteristic</th><th>Tranexamic acid (n = 60)</th><th>Placebo (n = 59)</th></tr>
      <tr><td colspan="3">Baseline</td></tr>
      <tr><td>Age, years, mean (SD)</td><td>31.2 (5.4)</td><td>31.5 (5.6)</td></tr>
      <tr><td>Female</td><td>30 (50.0)</td><td>29 (49.2)</td></tr>
      <tr><td>Smoker</td><td>12 (20.0)</td><td>11 (18.6)</td></tr>
      <tr><td colspan="3">Outcomes</td></tr>
      <tr><td>Transfusion</td><td>9 (15.0)</td><td>18 (30.5)</td></tr>
      </table>
      """
    let read = Self.responses(try Self.allRows(table), arm: false)
    #expect(read == ["Transfusion 9/60", "Transfusion 18/59"])
  }

  /// Rows and columns that look like counts but are not this arm's: a "Group" corner
  /// over arms across, a whole-table "Total" column, a section that is no outcome, a
  /// measure given in per cent.
  @Test func lookalikesAreNoCounts() throws {
    func read(_ table: String) throws -> [String] { Self.responses(try Self.allRows(table)) }
    #expect(try read("""
      <table><tr><th>Group</th><th>Ketamine (n = 40)</th><th>Placebo (n = 40)</th></tr>
      <tr><td>Nausea</td><td>5 (12.5)</td><td>10 (25.0)</td></tr></table>
      """) == ["Ketamine Nausea 5/40", "Placebo Nausea 10/40"])
    #expect(try read("""
      <table><tr><th>Outcome</th><th>Ketamine (n = 40)</th><th>Placebo (n = 40)</th><th>Total</th></tr>
      <tr><td>Deaths</td><td>0</td><td>5</td><td>5</td></tr></table>
      """).isEmpty)
    #expect(try read("""
      <table><tr><th>Characteristic</th><th>Drug A (n = 60)</th><th>Placebo (n = 59)</th></tr>
      <tr><td>Age, years, mean (SD)</td><td>31.2 (5.4)</td><td>31.5 (5.6)</td></tr><tr><td>Female</td><td>30 (50.0)</td><td>29 (49.2)</td></tr>
      <tr><td colspan="3">Baseline laboratory results</td></tr><tr><td>Anaemia</td><td>9 (15.0)</td><td>18 (30.5)</td></tr></table>
      """).isEmpty)
    #expect(try read("""
      <table><tr><th>Reaction</th><th>Drug A (N = 296)</th><th>Placebo (N = 148)</th></tr>
      <tr><td>Pain</td><td>39.9%</td><td>8.1%</td></tr><tr><td>Mean reduction in pain score</td><td>45.3%</td><td>20.9%</td></tr></table>
      """) == ["Drug A Pain 118/296 unique", "Placebo Pain 12/148 unique"])
  }

  @Test func percentagesWithoutAMarkAreNoCounts() throws {
    let table = """
      <table><tr><th>Reaction</th><th>Drug A (N = 296)</th><th>Placebo (N = 148)</th></tr>
      <tr><td>Pain</td><td>39.9</td><td>8.1</td></tr>
      </table>
      """
    let findings = try Self.findings(table)
    #expect(!findings.isEmpty && findings.allSatisfy { $0.response == nil })
  }

  /// Two outcome rows with the same counts are two facts.
  @Test func equalCountsOfTwoOutcomesStayApart() throws {
    let table = """
      <table><tr><th>Event</th><th>Drug A (n = 600)</th><th>Placebo (n = 595)</th></tr>
      <tr><td>Seizure</td><td>0/600</td><td>1/595</td></tr>
      <tr><td>Maternal death</td><td>0/600</td><td>0/595</td></tr>
      </table>
      """
    let findings = try Self.allRows(table)
    #expect(findings.filter { $0.response?.responders == 0 && $0.response?.total == 600 }.count == 2)
  }

  @Test func percentagesThatDisagreeWithTheSizeAreNoCounts() throws {
    // "45 (11.0)" is a mean and SD; "30 (75.0)" would be 30 of 40 but says 75.0 of 38.
    let arms = try Self.findings("""
      <table><tr><th></th><th>Drug A (n = 40)</th><th>Control (n = 38)</th></tr>
      <tr><td>Age</td><td>45 (11.0)</td><td>44 (10.2)</td></tr>
      <tr><td>Relapse</td><td>30 (75.0)</td><td>30 (75.0)</td></tr></table>
      """)
    #expect(arms.allSatisfy { $0.response == nil })
    #expect(arms.map(\.cohort?.size).sorted { ($0 ?? 0) < ($1 ?? 0) } == [38, 40])
  }

  @Test func baselineTablesGiveSizesNotResponses() throws {
    let arms = try Self.findings("""
      <table><caption>Baseline characteristics of the patients</caption>
      <tr><th>Characteristic</th><th>Total n (%)</th><th>Exercise n (%)</th><th>Usual care n (%)</th></tr>
      <tr><td>Participants</td><td>120</td><td>61</td><td>59</td></tr>
      <tr><td>Women</td><td>70 (58.3)</td><td>36 (59.0)</td><td>34 (57.6)</td></tr></table>
      """)
    #expect(arms.count == 2)
    #expect(arms.allSatisfy { $0.response == nil })
    #expect(Set(arms.compactMap(\.arm?.label)) == ["Exercise", "Usual care"])
    #expect(arms.first { $0.arm?.label == "Usual care" }?.arm?.control == true)
    #expect(Set(arms.compactMap(\.cohort?.size)) == [61, 59])
  }

  @Test func armsAsRowsWithCountsAsFractions() throws {
    let arms = try Self.findings("""
      <table><caption>Response at week 8</caption>
      <tr><td>Response</td><td>Responders</td><td>%</td><td>Odds ratio</td></tr>
      <tr><td>Placebo</td><td>30/60</td><td>50.0</td><td>-</td></tr>
      <tr><td>Sertraline</td><td>41/62</td><td>66.1</td><td>1.9</td></tr></table>
      """)
    #expect(arms.count == 2)
    let sertraline = try #require(arms.first { $0.drug?.name == "sertraline" })
    #expect(sertraline.response?.responders == 41 && sertraline.response?.total == 62)
    #expect(sertraline.cohort?.size == 62)
    #expect(sertraline.response?.outcome == "Response")
  }

  @Test func armsAsRowsWithCountAndPercentInSeparateCells() throws {
    let arms = try Self.findings("""
      <table><caption>Patients using sedatives</caption>
      <tr><td></td><td>n</td><td>(%)</td></tr>
      <tr><td>Sedatives</td></tr>
      <tr><td>Intervention (n = 50)</td><td>12</td><td>(24)</td></tr>
      <tr><td>Control (n = 48)</td><td>20</td><td>(42)</td></tr></table>
      """)
    #expect(arms.count == 2)
    let control = try #require(arms.first { $0.arm?.control == true })
    #expect(control.response?.responders == 20 && control.response?.total == 48)
    #expect(control.response?.outcome == "Sedatives")
  }

  @Test func statisticAndTotalColumnsAreNoArms() throws {
    let arms = try Self.findings("""
      <table><tr><th></th><th>Drug A (n = 20)</th><th>Drug B (n = 20)</th><th>Total (n = 40)</th><th>95% CI</th></tr>
      <tr><td>Cured</td><td>12 (60)</td><td>6 (30)</td><td>18 (45)</td><td>1 (0.5)</td></tr></table>
      """)
    #expect(arms.count == 2)
    #expect(Set(arms.compactMap(\.response?.responders)) == [12, 6])
  }

  @Test func tablesWithoutArmsGiveNothing() throws {
    let arms = try Self.findings("""
      <table><tr><th>Site</th><th>Visits</th><th>Share</th></tr>
      <tr><td>North</td><td>12 (40)</td><td>0.4</td></tr>
      <tr><td>South</td><td>18 (60)</td><td>0.6</td></tr></table>
      """)
    #expect(arms.isEmpty)
  }

  @Test func twoDosesOfOneDrugStayTwoArmsWithTheirDoses() throws {
    let arms = try Self.findings("""
      <table><tr><th>Outcome</th><th>Baricitinib 2 mg (n = 100)</th><th>Baricitinib 4 mg (n = 100)</th><th>Placebo (n = 100)</th></tr>
      <tr><td>Response</td><td>30 (30.0)</td><td>45 (45.0)</td><td>10 (10.0)</td></tr></table>
      """)
    #expect(arms.count == 3)
    #expect(arms.map { $0.dose?.amount } == [2, 4, nil])
    #expect(arms.map { $0.response?.responders } == [30, 45, 10])
  }

  @Test func onlyARowThatCountsPeopleGivesSizes() throws {
    let arms = try Self.findings("""
      <table><tr><th></th><th>Dupilumab</th><th>Placebo</th></tr>
      <tr><td>Patients with serious adverse events</td><td>3</td><td>5</td></tr>
      <tr><td>Patients randomized</td><td>40</td><td>40</td></tr>
      <tr><td>EASI-75</td><td>21 (52.5)</td><td>8 (20.0)</td></tr></table>
      """)
    #expect(arms.map { $0.cohort?.size } == [40, 40])
    #expect(arms.map { $0.response?.responders } == [21, 8])
  }

  @Test func cellsWithUnitsOrWrongRoundingAreNoCounts() throws {
    // "10 (21)" of 50 is 20%, not 21%; "12 (60.0) mg" is a dose.
    let arms = try Self.findings("""
      <table><tr><th></th><th>Drug A (n = 50)</th><th>Placebo (n = 20)</th></tr>
      <tr><td>Rescue</td><td>10 (21)</td><td>12 (60.0) mg</td></tr></table>
      """)
    #expect(arms.allSatisfy { $0.response == nil })
  }

  @Test func twoTablesInARowAreReadApart() throws {
    // The first is baseline (sizes only), the second a results table: read as one, the
    // baseline caption would hide the results.
    let arms = try Self.findings("""
      <table><caption>Baseline characteristics</caption>
      <tr><th></th><th>Drug A (n = 40)</th><th>Placebo (n = 38)</th></tr>
      <tr><td>Women</td><td>20 (50.0)</td><td>19 (50.0)</td></tr></table>
      <table>
      <tr><th></th><th>Drug A (n = 40)</th><th>Placebo (n = 38)</th><th>P value</th></tr>
      <tr><td>Healed</td><td>24 (60.0)</td><td>10 (26.3)</td><td>0.003</td></tr></table>
      """)
    #expect(arms.map { $0.response?.responders } == [24, 10])
    let document = try Fixtures.ingest(
      "<html><body><table><tr><td>a</td><td>b</td></tr></table><table><tr><td>c</td><td>d</td></tr></table></body></html>")
    #expect(Set(document.blocks.filter { $0.kind == .tableRow }.map(\.table)).count == 2)
  }

  @Test func armRowsTakeTheSizesOfAnEarlierRun() throws {
    let arms = try Self.findings("""
      <table><tr><td>Group</td><td>n</td></tr>
      <tr><td>Sertraline</td><td>99</td></tr><tr><td>Placebo</td><td>98</td></tr>
      <tr><td>Remission</td><td></td></tr>
      <tr><td>Sertraline</td><td>62 (62.6)</td></tr><tr><td>Placebo</td><td>40 (40.8)</td></tr></table>
      """)
    #expect(arms.count == 2)
    #expect(arms.map { $0.cohort?.size } == [99, 98])
    #expect(arms.map { $0.response?.responders } == [62, 40])
    #expect(arms.allSatisfy { $0.response?.outcome == "Remission" })
  }

  @Test func eachReportedOutcomeRowGivesEachArmAFinding() throws {
    let arms = try Self.findings("""
      <p>Remission occurred in 60% of patients on sertraline and 25% on placebo.</p>
      <p>Relapse was rare (10% against 18.8%).</p>
      <table><tr><th>Outcome</th><th>Sertraline (n = 50)</th><th>Placebo (n = 48)</th></tr>
      <tr><td>Remission</td><td>30 (60.0)</td><td>12 (25.0)</td></tr>
      <tr><td>Relapse</td><td>5 (10.0)</td><td>9 (18.8)</td></tr>
      <tr><td>Dry mouth</td><td>7 (14.0)</td><td>2 (4.2)</td></tr>
      <tr><td>Headache</td><td>3 (6.0)</td><td>4 (8.3)</td></tr>
      <tr><td>Insomnia</td><td>6 (12.0)</td><td>1 (2.1)</td></tr>
      <tr><td>Dizziness</td><td>2 (4.0)</td><td>3 (6.3)</td></tr></table>
      """)
    // Remission and relapse are reported in the text; the other rows are not (a page's
    // only table of outcomes is read whole up to five rows once one is chosen, one of six
    // is not).
    #expect(arms.count == 4)
    #expect(Set(arms.compactMap { $0.response?.outcome }) == ["Remission", "Relapse"])
    let relapse = arms.filter { $0.response?.outcome == "Relapse" }
    #expect(relapse.map { $0.response?.responders } == [5, 9])
    #expect(relapse.map { $0.cohort?.size } == [50, 48])
  }

  /// A page's only table of outcomes, five rows at most ("Headache | 9/26 | 2/26" under a
  /// news digest's crossover periods), is its results: read whole once a row is chosen.
  @Test func aPagesOnlySmallTableIsReadWhole() throws {
    let table = """
      <table><tr><th>Outcome</th><th>Sildenafil (n = 26)</th><th>Placebo (n = 26)</th></tr>
      <tr><td>At least 50% fewer attacks</td><td>15/26</td><td>5/26</td></tr>
      <tr><td>Headache</td><td>9/26</td><td>2/26</td></tr>
      <tr><td>Flushing</td><td>5/26</td><td>0/26</td></tr>
      <tr><td>Nasal congestion</td><td>4/26</td><td>1/26</td></tr>
      <tr><td>Indigestion</td><td>3/26</td><td>2/26</td></tr></table>
      """
    let text = "<p>Attacks halved in 15 people during the sildenafil period.</p>"
    let whole = Self.responses(try Self.findings(text + table))
    #expect(whole.count == 10, "\(whole)")
    #expect(whole.contains("Placebo Flushing 0/26"), "\(whole)")
    // Beside another table of outcomes, the rows the text reports only.
    let other = "<table><tr><th>Event</th><th>Sildenafil (n = 26)</th><th>Placebo (n = 26)</th></tr><tr><td>Ulcer healing</td><td>5 (19.2)</td><td>2 (7.7)</td></tr></table>"
    let chosen = Self.responses(try Self.findings(text + table + other))
    #expect(chosen.sorted() == ["Placebo At least 50% fewer attacks 5/26", "Sildenafil At least 50% fewer attacks 15/26"], "\(chosen)")
    // Rows of who the people were, of visits or of attendance are no outcomes; nor is a
    // table headed "Characteristic" or "Subgroup".
    let regimen = "<p>Patients took colchicine 0.5 mg twice daily for 30 days (n = 150) or placebo (n = 150).</p>"
    let mixed = Self.responses(try Self.findings(regimen + """
      <table><tr><th>Outcome</th><th>Colchicine</th><th>Placebo</th></tr>
      <tr><td>Adherence</td><td>140/150</td><td>145/150</td></tr>
      <tr><td>Completed treatment</td><td>138/150</td><td>144/150</td></tr>
      <tr><td>Day 30</td><td>140/150</td><td>141/150</td></tr>
      <tr><td>Recurrence</td><td>10/150</td><td>20/150</td></tr></table>
      """), arm: false)
    #expect(mixed == ["Recurrence 10/150", "Recurrence 20/150"], "\(mixed)")
    // A subgroup's outcome, an outcome at a visit, a compound are outcomes all the same.
    let named = Self.responses(try Self.findings(regimen + """
      <table><tr><th>Outcome</th><th>Colchicine</th><th>Placebo</th></tr>
      <tr><td>Women reaching remission</td><td>10/150</td><td>20/150</td></tr>
      <tr><td>Day 28 mortality</td><td>3/150</td><td>9/150</td></tr>
      <tr><td>Steroid-related flare</td><td>4/150</td><td>8/150</td></tr></table>
      """), arm: false)
    #expect(named.count == 6, "\(named)")
    for header in ["Characteristic", "Subgroup", "Visit"] {
      let described = try Self.findings(regimen + """
        <table><tr><th>\(header)</th><th>Colchicine</th><th>Placebo</th></tr>
        <tr><td>Diabetes</td><td>40/150</td><td>38/150</td></tr>
        <tr><td>Prior MI</td><td>30/150</td><td>28/150</td></tr></table>
        """)
      #expect(!described.contains { $0.response != nil }, "\(header): \(described)")
    }
  }

  @Test func aRowWhoseCountsTheTextRestatesIsChosen() throws {
    let arms = try Self.findings("""
      <p>Seventeen infants in all were readmitted (11 in the early group and 6 in the late group).</p>
      <table><tr><th>Outcome</th><th>Early discharge (n = 80)</th><th>Late discharge (n = 79)</th></tr>
      <tr><td>Breastfeeding at 6 weeks</td><td>52 (65.0)</td><td>49 (62.0)</td></tr>
      <tr><td>Jaundice</td><td>14 (17.5)</td><td>10 (12.7)</td></tr>
      <tr><td>Readmission</td><td>11 (13.8)</td><td>6 (7.6)</td></tr>
      <tr><td>Phototherapy</td><td>9 (11.3)</td><td>8 (10.1)</td></tr>
      <tr><td>Hypoglycaemia</td><td>4 (5.0)</td><td>3 (3.8)</td></tr>
      <tr><td>Weight loss over 10%</td><td>5 (6.3)</td><td>7 (8.9)</td></tr></table>
      """)
    // The text names no outcome row's words with a number, but it restates 11 and 6.
    #expect(Set(arms.compactMap { $0.response?.outcome }) == ["Readmission"])
    #expect(arms.map { $0.response?.responders } == [11, 6])
    // Small counts alone ("1 and 2") turn up everywhere and choose nothing.
    let small = try Self.findings("""
      <p>Two sites (1 urban and 2 rural) took part.</p>
      <table><tr><th>Outcome</th><th>Early discharge (n = 80)</th><th>Late discharge (n = 79)</th></tr>
      <tr><td>Breastfeeding at 6 weeks</td><td>52 (65.0)</td><td>49 (62.0)</td></tr>
      <tr><td>Jaundice</td><td>14 (17.5)</td><td>10 (12.7)</td></tr>
      <tr><td>Readmission</td><td>1 (1.3)</td><td>2 (2.5)</td></tr>
      <tr><td>Phototherapy</td><td>9 (11.3)</td><td>8 (10.1)</td></tr>
      <tr><td>Hypoglycaemia</td><td>4 (5.0)</td><td>3 (3.8)</td></tr>
      <tr><td>Weight loss over 10%</td><td>5 (6.3)</td><td>7 (8.9)</td></tr></table>
      """)
    #expect(small.compactMap { $0.response?.outcome } == ["Breastfeeding at 6 weeks", "Breastfeeding at 6 weeks"])
    // Percentages restated to their rounding ("13.8% and 7.6%") choose the row as well.
    let shares = try Self.findings("""
      <p>The two rates were 13.8% and 7.6% (p = 0.2).</p>
      <table><tr><th>Outcome</th><th>Early discharge (n = 80)</th><th>Late discharge (n = 79)</th></tr>
      <tr><td>Breastfeeding at 6 weeks</td><td>52 (65.0)</td><td>49 (62.0)</td></tr>
      <tr><td>Jaundice</td><td>14 (17.5)</td><td>10 (12.7)</td></tr>
      <tr><td>Readmission</td><td>11 (13.8)</td><td>6 (7.6)</td></tr>
      <tr><td>Phototherapy</td><td>9 (11.3)</td><td>8 (10.1)</td></tr>
      <tr><td>Hypoglycaemia</td><td>4 (5.0)</td><td>3 (3.8)</td></tr>
      <tr><td>Weight loss over 10%</td><td>5 (6.3)</td><td>7 (8.9)</td></tr></table>
      """)
    #expect(Set(shares.compactMap { $0.response?.outcome }) == ["Readmission"])
    // Of three arms, two arms' percentages to a decimal choose the row; whole ones do not.
    func threeArms(_ sentence: String) throws -> Set<String> {
      Set(try Self.findings("""
        <p>\(sentence)</p>
        <table><tr><th>Outcome</th><th>Drug A 120 mg (n = 151)</th><th>Drug A 240 mg (n = 148)</th><th>Placebo (n = 297)</th></tr>
        <tr><td>Response</td><td>86 (57.0)</td><td>81 (54.7)</td><td>110 (37.0)</td></tr>
        <tr><td>Injection-site pain</td><td>27 (17.9)</td><td>31 (20.9)</td><td>30 (10.1)</td></tr>
        <tr><td>Headache</td><td>12 (7.9)</td><td>13 (8.8)</td><td>22 (7.4)</td></tr>
        <tr><td>Nausea</td><td>9 (6.0)</td><td>11 (7.4)</td><td>14 (4.7)</td></tr>
        <tr><td>Fatigue</td><td>6 (4.0)</td><td>8 (5.4)</td><td>9 (3.0)</td></tr>
        <tr><td>Rash</td><td>3 (2.0)</td><td>4 (2.7)</td><td>5 (1.7)</td></tr></table>
        """).compactMap { $0.response?.outcome })
    }
    #expect(try threeArms("Local reactions were more common with 240 mg (20.9%) than with placebo (10.1%).").contains("Injection-site pain"))
    #expect(try !threeArms("Local reactions were more common with 240 mg (21%) than with placebo (10%).").contains("Injection-site pain"))
  }

  @Test func sizesTheTextStatesFitAColumnsPercentages() throws {
    let arms = try Self.findings("""
      <p>We randomized 125 patients to the intervention and 133 to usual care.</p>
      <table><tr><th>Outcome</th><th>Intervention n (%)</th><th>Usual care n (%)</th></tr>
      <tr><td>Sick leave</td><td>49 (39)</td><td>64 (48)</td></tr>
      <tr><td>Relapse</td><td>27 (22)</td><td>43 (32)</td></tr></table>
      """)
    let leave = arms.filter { $0.response?.outcome == "Sick leave" }
    #expect(leave.map { $0.response?.total } == [125, 133])
    #expect(leave.map { $0.cohort?.size } == [125, 133])
    // The size's evidence is the sentence that states it.
    #expect(leave.first?.evidence.first { $0.field == "cohort" }?.text == "125 patients")
    // A column that is no arm is never sized, and one cell is not enough to size one.
    let kidneys = try Self.findings("""
      <p>We examined 82 patients.</p>
      <table><tr><th>Finding</th><th>Right kidney</th><th>Left kidney</th></tr>
      <tr><td>Severe</td><td>28 (34.1)</td><td>35 (42.7)</td></tr>
      <tr><td>Mild</td><td>6 (7.3)</td><td>3 (3.7)</td></tr></table>
      """)
    #expect(kidneys.isEmpty)
    let single = try Self.findings("""
      <p>We randomized 125 patients to the intervention and 133 to usual care.</p>
      <table><tr><th>Outcome</th><th>Intervention n (%)</th><th>Usual care n (%)</th></tr>
      <tr><td>Sick leave</td><td>49 (39)</td><td>64 (48)</td></tr></table>
      """)
    #expect(single.allSatisfy { $0.response == nil })
  }

  /// "9 of 12" cells read as "9/12" do; time points under a label row take its name, and
  /// the one the label marks primary is chosen first.
  @Test func timePointsUnderALabelRowAndCellsInWords() throws {
    let arms = try Self.findings("""
      <p>Patients were randomised to ivermectin lotion (n = 145) or permethrin rinse (n = 143).</p>
      <table><tr><th>Outcome</th><th>Ivermectin lotion</th><th>Permethrin rinse</th></tr>
      <tr><td>Free of live lice</td><td></td><td></td></tr>
      <tr><td>&#x2003;Day 2</td><td>136 of 145</td><td>97 of 143</td></tr>
      <tr><td>&#x2003;Day 15 (primary)</td><td>104 of 139</td><td>57 of 137</td></tr>
      <tr><td>Eye irritation</td><td>3 of 145</td><td>2 of 143</td></tr></table>
      """)
    #expect(Self.responses(arms).contains("Ivermectin lotion Free of live lice, Day 15 (primary) 104/139"), "\(Self.responses(arms))")
    #expect(Self.responses(arms).contains("Permethrin rinse Free of live lice, Day 15 (primary) 57/137"))
    // A label of its own after the time points is no part of them.
    let all = try Self.allRows("""
      <table><tr><th>Outcome</th><th>Ivermectin lotion (n = 145)</th><th>Permethrin rinse (n = 143)</th></tr>
      <tr><td>Free of live lice</td><td></td><td></td></tr>
      <tr><td>Week 1</td><td>136 of 145</td><td>97 of 143</td></tr>
      <tr><td>Eye irritation</td><td>3 of 145</td><td>2 of 143</td></tr></table>
      """)
    #expect(Set(all.compactMap { $0.response?.outcome }) == ["Free of live lice, Week 1", "Eye irritation"])
  }

  /// A table whose caption says its rows are the primary outcomes, and the other row of a
  /// two-row table one of whose rows the text reports, are read.
  @Test func primaryCaptionsAndSmallTablesAreReadWhole() throws {
    let primary = try Self.findings("""
      <p>We randomised 102 adults.</p>
      <table><caption>Table 2. Co-primary end points at week 16</caption>
      <tr><th>Outcome</th><th>Risankizumab (n = 52)</th><th>Placebo (n = 50)</th></tr>
      <tr><td>PASI 90</td><td>38 (73.1)</td><td>2 (4.0)</td></tr>
      <tr><td>sPGA 0/1</td><td>43 (82.7)</td><td>4 (8.0)</td></tr></table>
      """)
    #expect(Set(primary.compactMap { $0.response?.outcome }) == ["PASI 90", "sPGA 0/1"], "\(Self.responses(primary))")
    let small = try Self.findings("""
      <p>ACR20 response at week 12 was 70.1% with upadacitinib and 62.7% with adalimumab.</p>
      <table><caption>Table 2. Efficacy at week 12</caption>
      <tr><th>Outcome</th><th>Upadacitinib 15 mg (n = 214)</th><th>Adalimumab 40 mg (n = 209)</th></tr>
      <tr><td>ACR20 response</td><td>150 (70.1)</td><td>131 (62.7)</td></tr>
      <tr><td>DAS28-CRP &lt;2.6</td><td>62 (29.0)</td><td>38 (18.2)</td></tr></table>
      """)
    #expect(small.compactMap { $0.response?.responders } == [150, 131, 62, 38], "\(Self.responses(small))")
  }

  /// "64.9 (98)" under "(n = 151)", as "Values are % (n)" tables write them: the count is
  /// the percentage of the arm; a mean and its SD ("74 (28)") never are.
  @Test func percentagesFirstWithTheirCountsInBrackets() throws {
    let all = try Self.allRows("""
      <table><tr><th>Outcome</th><th>Aprepitant (n = 151)</th><th>Ondansetron (n = 149)</th></tr>
      <tr><td>Complete response, 0–24 h</td><td>64.9 (98)</td><td>53.0 (79)</td></tr>
      <tr><td>Time to discharge, min</td><td>74 (28)</td><td>79 (31)</td></tr>
      <tr><td>Rescue antiemetic</td><td>24.5 (37)</td><td>34.9 (52)</td></tr></table>
      <p>Values are % (n).</p>
      """)
    #expect(Self.responses(all, arm: false) == [
      "Complete response, 0–24 h 98/151", "Complete response, 0–24 h 79/149", "Rescue antiemetic 37/151", "Rescue antiemetic 52/149",
    ], "\(Self.responses(all, arm: false))")
    // Without "% (n)" said anywhere, "40.0 (8)" under n = 20 is a mean and its SD, however
    // well 8 of 20 fits 40.0%.
    let means = try Self.allRows("""
      <table><caption>Outcomes at 24 hours</caption>
      <tr><th>Outcome</th><th>Ketorolac (n = 20)</th><th>Paracetamol (n = 20)</th></tr>
      <tr><td>Pain score (VAS, mm)</td><td>40.0 (8)</td><td>55.0 (11)</td></tr></table>
      """)
    #expect(means.allSatisfy { $0.response == nil }, "\(Self.responses(means))")
  }

  /// "22" under "Prazosin, N = 73" in a table whose caption says "Values are numbers of
  /// participants": bare counts of each arm, zeros included; rows of quantities, a Total
  /// column and tables that say nothing, or "n (%)", or only what "n" stands for, give none.
  @Test func bareCountsWhereTheTableSaysItsValuesAreNumbersOfPeople() throws {
    let all = try Self.allRows("""
      <table><caption>Adverse events. Values are numbers of participants.</caption>
      <tr><th>Event</th><th>Prazosin N = 73</th><th>Doxazosin XL N = 73</th><th>Placebo N = 75</th><th>Total N = 221</th></tr>
      <tr><td colspan="5">Cardiovascular</td></tr>
      <tr><td>Dizziness</td><td>22</td><td>15</td><td>7</td><td>44</td></tr>
      <tr><td>Syncope</td><td>2</td><td>0</td><td>0</td><td>2</td></tr>
      <tr><td>Serious adverse events</td><td>3</td><td>1</td><td>0</td><td>4</td></tr>
      <tr><td>Days off work, median</td><td>3</td><td>2</td><td>2</td><td>2</td></tr>
      <tr><td>Randomized</td><td>73</td><td>73</td><td>75</td><td>221</td></tr>
      <tr><td>Haemoglobin, g/dL</td><td>12</td><td>13</td><td>12</td><td>12</td></tr>
      <tr><td>Episodes per participant</td><td>1</td><td>1</td><td>0</td><td>1</td></tr></table>
      """)
    #expect(Self.responses(all, arm: false) == [
      "Dizziness 22/73", "Dizziness 15/73", "Dizziness 7/75",
      "Syncope 2/73", "Syncope 0/73", "Syncope 0/75",
      "Serious adverse events 3/73", "Serious adverse events 1/73", "Serious adverse events 0/75",
    ], "\(Self.responses(all, arm: false))")
    // Only rows of people with an event, where the caption does not say the table is of
    // adverse events: "Any exacerbation" is none of those.
    let outcomes = try Self.allRows("""
      <table><caption>Outcomes. Values are numbers of participants.</caption>
      <tr><th></th><th>Drug A (n = 40)</th><th>Placebo (n = 38)</th></tr>
      <tr><td>Remission</td><td>15</td><td>6</td></tr>
      <tr><td>Oslo centre</td><td>20</td><td>19</td></tr></table>
      """)
    #expect(Self.responses(outcomes, arm: false) == ["Remission 15/40", "Remission 6/38"], "\(Self.responses(outcomes, arm: false))")
    for note in ["", "<p>Data are n (%).</p>", "<p>Values are numbers of events.</p>", "<p>The number of patients randomized was 148.</p>", "<p>Abbreviations: N, overall sample size; n, number of patients.</p>", "<p>N represents the number of patients in this analysis.</p>"] {
      let silent = try Self.allRows("""
        <table><tr><th>Event</th><th>Prazosin (n = 73)</th><th>Placebo (n = 75)</th></tr>
        <tr><td>Dizziness</td><td>22</td><td>7</td></tr></table>
        \(note)
        """)
      #expect(silent.allSatisfy { $0.response == nil }, "\(note): \(Self.responses(silent))")
    }
    // "No. of patients" in the header's corner says it as well.
    let corner = try Self.allRows("""
      <table><tr><th>Adverse event, no. of patients</th><th>Drug A (n = 40)</th><th>Placebo (n = 38)</th></tr>
      <tr><td>Headache</td><td>5</td><td>3</td></tr></table>
      """)
    #expect(Self.responses(corner, arm: false) == ["Headache 5/40", "Headache 3/38"], "\(Self.responses(corner, arm: false))")
  }

  /// "Three participants taking prazosin reported a fall" where the methods randomized 74
  /// to prazosin and the table counts its outcomes of 73: the count is of the 73 its arm's
  /// outcomes are counted of. Where outcomes are counted of both, it is of the larger,
  /// everyone randomized to the arm.
  @Test func aBareCountTakesTheSizeItsArmsOutcomesAreCountedOf() throws {
    let page = """
      <p>We randomized 74 veterans to prazosin and 75 to placebo.</p>
      <table><tr><th>Outcome</th><th>Prazosin (n = 73)</th><th>Placebo (n = 75)</th></tr>
      <tr><td>Response</td><td>35 (47.9)</td><td>16 (21.3)</td></tr></table>
      <p>Three participants taking prazosin reported a fall.</p>
      """
    let counted = try Fixtures.pageCounts(page)
    #expect(counted.contains("prazosin 3/73"), "\(counted)")
    // Where outcomes are counted of both sizes, the larger, the randomized, is the count's.
    let both = page.replacingOccurrences(of: "<p>Three", with: "<p>Sleep improved in 40 of the 74 veterans randomized to prazosin.</p><p>Three")
    let bare = try Fixtures.pageCounts(both)
    #expect(bare.contains("prazosin 40/74") && bare.contains("prazosin 3/74"), "\(bare)")
    // A per-protocol table's far smaller size is not the one.
    let perProtocol = page.replacingOccurrences(of: "Prazosin (n = 73)", with: "Prazosin (n = 60)")
    let far = try Fixtures.pageCounts(perProtocol)
    #expect(far.contains("prazosin 3/-1"), "\(far)")
  }

  /// "five in the CPAP group" where the table names the arm "Nasal CPAP (n = 148)": the
  /// text's shorter name is that arm, whose size the count takes. A name two arms end
  /// with stays apart.
  @Test func aShortNameOfATablesArmTakesItsSize() throws {
    let page = """
      <table><tr><th>Outcome</th><th>Nasal high flow (n = 150)</th><th>Nasal CPAP (n = 148)</th></tr>
      <tr><td>Treatment failure</td><td>39 (26.0)</td><td>27 (18.2)</td></tr></table>
      <p>Four infants in the high-flow group and five in the CPAP group died before discharge.</p>
      """
    let read = try Fixtures.pageCounts(page)
    #expect(read.contains("cpap 5/148") && read.contains("high-flow 4/150"), "\(read)")
    let two = page.replacingOccurrences(of: "Nasal high flow (n = 150)", with: "Bubble CPAP (n = 150)")
    let apart = try Fixtures.pageCounts(two)
    #expect(apart.contains("cpap 5/-1"), "\(apart)")
  }

  /// "74.8%" in the text, "104 of 139" in the table for the same arm: one finding with
  /// the table's counts.
  @Test func aShareInTheTextTakesTheCountsOfItsTableCell() throws {
    let arms = try Self.findings("""
      <p>A total of 288 patients were randomised (145 ivermectin, 143 permethrin). On day 15, 74.8% of the ivermectin group and 41.6% of the permethrin group were louse-free.</p>
      <table><tr><th>Outcome</th><th>Ivermectin</th><th>Permethrin</th></tr>
      <tr><td>Louse-free on day 15</td><td>104 of 139</td><td>57 of 137</td></tr></table>
      """)
    let read = arms.map { "\($0.drug?.name ?? "?") \($0.cohort?.size ?? -1) \($0.response?.responders ?? -1)/\($0.response?.total ?? -1)" }
    #expect(read == ["ivermectin 145 104/139", "permethrin 143 57/137"], "\(read)")
  }

  @Test func aCellsOwnDenominatorIsItsTotal() throws {
    let arms = try Self.findings("""
      <table><tr><th>Outcome</th><th>Stent (n = 30)</th><th>No stent (n = 52)</th></tr>
      <tr><td>Partial obstruction</td><td>8/20</td><td>13/44</td></tr></table>
      """)
    #expect(arms.map { $0.response?.responders } == [8, 13])
    #expect(arms.map { $0.response?.total } == [20, 44])
    #expect(arms.map { $0.cohort?.size } == [30, 52])
  }

  @Test func spannedHeadersNameTheArmsBelowThem() throws {
    // "Intervention" spans n (%), mean and SD; its counts are in the n (%) column.
    let measures = try Self.findings("""
      <p>Sick leave was as common with the intervention (39%) as with usual care (48%).</p>
      <table><tr><th rowspan="2"></th><th colspan="3">Intervention (n = 125)</th><th colspan="3">Usual care (n = 133)</th></tr>
      <tr><th>n (%)</th><th>Mean days</th><th>SD</th><th>n (%)</th><th>Mean days</th><th>SD</th></tr>
      <tr><td>Sick leave</td><td>49 (39)</td><td>124.8</td><td>102.5</td><td>64 (48)</td><td>123.3</td><td>85.0</td></tr></table>
      """)
    #expect(measures.map { $0.arm?.label } == ["Intervention", "Usual care"])
    #expect(measures.map { $0.response?.responders } == [49, 64])
    #expect(measures.map { $0.response?.total } == [125, 133])
    // "Placebo" under "Children" and under "Adolescents" are two arms.
    let groups = try Self.findings("""
      <table><tr><th></th><th colspan="2">Children</th><th colspan="2">Adolescents</th></tr>
      <tr><th>Event</th><th>Placebo (n = 42)</th><th>Fluoxetine (n = 45)</th><th>Placebo (n = 70)</th><th>Fluoxetine (n = 67)</th></tr>
      <tr><td>Any event</td><td>27 (64.3)</td><td>29 (64.4)</td><td>52 (74.3)</td><td>43 (64.2)</td></tr></table>
      """)
    #expect(groups.map { $0.arm?.label } == ["Children / Placebo", "Children / Fluoxetine", "Adolescents / Placebo", "Adolescents / Fluoxetine"])
    #expect(groups.map { $0.response?.responders } == [27, 29, 52, 43])
  }

  @Test func anArmOverTwoColumnsOfCountsIsReadInEach() throws {
    // ITT and per-protocol counts under each arm: two outcomes, named by the lower header
    // without its unit; a column of the arm that holds no counts is none.
    let views = Self.responses(try Self.allRows("""
      <table><tr><th rowspan="2">Outcome</th><th colspan="3">Drug A (n = 120)</th><th colspan="3">Placebo (n = 118)</th></tr>
      <tr><th>ITT, n/N (%)</th><th>Per protocol, n/N (%)</th><th>Mean</th><th>ITT, n/N (%)</th><th>Per protocol, n/N (%)</th><th>Mean</th></tr>
      <tr><td>Cure</td><td>90/120 (75.0)</td><td>88/104 (84.6)</td><td>2.1</td><td>60/118 (50.8)</td><td>58/101 (57.4)</td><td>1.9</td></tr></table>
      """))
    #expect(views == ["Drug A Cure, ITT 90/120", "Placebo Cure, ITT 60/118", "Drug A Cure, Per protocol 88/104", "Placebo Cure, Per protocol 58/101"])
    // One column of counts under each arm: read as before, its outcome the row's alone.
    let one = Self.responses(try Self.allRows("""
      <table><tr><th rowspan="2">Outcome</th><th colspan="2">Drug A (n = 120)</th><th colspan="2">Placebo (n = 118)</th></tr>
      <tr><th>n (%)</th><th>Mean</th><th>n (%)</th><th>Mean</th></tr>
      <tr><td>Cure</td><td>90 (75.0)</td><td>2.1</td><td>60 (50.8)</td><td>1.9</td></tr></table>
      """))
    #expect(one == ["Drug A Cure 90/120", "Placebo Cure 60/118"])
  }

  @Test func aRowspanAboveShiftsTheCellsOfTheRowsBelow() throws {
    let arms = try Self.findings("""
      <table><tr><th>Outcome</th><th>Time</th><th>Drug A (n = 40)</th><th>Placebo (n = 38)</th></tr>
      <tr><td rowspan="2">Healed</td><td>Week 4</td><td>10 (25.0)</td><td>4 (10.5)</td></tr>
      <tr><td>Week 12</td><td>21 (52.5)</td><td>8 (21.1)</td></tr></table>
      """)
    // The second data row has no cell in the first column; its cells still sit under
    // their arms (a table of two outcome rows is read whole).
    #expect(arms.filter { $0.arm?.control == true }.map { $0.response?.responders } == [4, 8])
    let spans = try Fixtures.ingest(
      "<html><body><table><tr><td colspan=\"1000000\">a</td><td rowspan=\"x\">b</td></tr></table></body></html>"
    ).blocks.first { $0.kind == .tableRow }?.cellSpans
    #expect(spans == [CellSpan(columns: CellSpan.limit, rows: 1), .one])
  }

  /// A lower header row of a table that left out its empty corner cell ("| 1200 |
  /// 2400" under "| | Placebo | Drug, mg/day") still names the columns at its right.
  @Test func aLowerHeaderRowWithoutItsCornerCellSitsAtTheRight() throws {
    let table = """
      <table><tr><th></th><th rowspan="2">Placebo (N = 121)</th><th colspan="2">Zelvamide, mg/day</th><th rowspan="2">P</th></tr>
      <tr><th>1200 (N = 122)</th><th>2400 (N = 123)</th></tr>
      <tr><td>Any adverse event, n (%)</td><td>67 (55.4)</td><td>69 (56.6)</td><td>85 (69.1)</td><td>0.04</td></tr>
      <tr><td>Serious adverse events, n (%)</td><td>7 (5.8)</td><td>7 (5.7)</td><td>10 (8.1)</td><td>0.7</td></tr></table>
      """
    let read = Self.responses(try Self.allRows(table))
    #expect(read == [
      "Placebo Any adverse event, n (%) 67/121", "Zelvamide, mg/day / 1200 Any adverse event, n (%) 69/122",
      "Zelvamide, mg/day / 2400 Any adverse event, n (%) 85/123", "Placebo Serious adverse events, n (%) 7/121",
      "Zelvamide, mg/day / 1200 Serious adverse events, n (%) 7/122", "Zelvamide, mg/day / 2400 Serious adverse events, n (%) 10/123",
    ])
    // A lower row that keeps its corner cell, or starts empty, stays where it is.
    let units = try Self.allRows("""
      <table><tr><th>Outcome</th><th>Drug A (n = 40)</th><th>Placebo (n = 38)</th><th>P</th></tr>
      <tr><th></th><th>n (%)</th><th>n (%)</th></tr>
      <tr><td>Healed</td><td>10 (25.0)</td><td>4 (10.5)</td><td>0.1</td></tr></table>
      """)
    #expect(Self.responses(units) == ["Drug A Healed 10/40", "Placebo Healed 4/38"])
    // A lower row whose first cell heads the labels stays where it is, though short of
    // a cell at its end.
    let short = try Self.allRows("""
      <table><tr><th></th><th>Placebo (n = 38)</th><th colspan="2">Methotrexate (n = 40)</th></tr>
      <tr><th>Outcome</th><th>n (%)</th></tr>
      <tr><td>Healed</td><td>4 (10.5)</td><td>10 (25.0)</td><td>0.01</td></tr></table>
      """)
    #expect(Self.responses(short) == ["Placebo Healed 4/38", "Methotrexate Healed 10/40"])
  }

  /// Cells "9/12" size their column's arm, but a column headed by the unit alone ("n/N
  /// (%)", "n") names none: no finding of an arm called "n/N".
  @Test func aUnitAloneNamesNoArm() throws {
    let units = try Self.allRows("""
      <table><tr><th>Question</th><th>n/N (%)</th><th>n/N (%)</th></tr>
      <tr><td>Ever vaccinated</td><td>172/341 (50.4)</td><td>38/139 (27.3)</td></tr></table>
      """)
    #expect(units.isEmpty)
    let named = try Self.allRows("""
      <table><tr><th>Question</th><th>Reminder card</th><th>No card</th></tr>
      <tr><td>Ever vaccinated</td><td>172/341 (50.4)</td><td>38/139 (27.3)</td></tr></table>
      """)
    #expect(Self.responses(named) == ["Reminder card Ever vaccinated 172/341", "No card Ever vaccinated 38/139"])
    // The unit in a row of its own under names that name no arm ("Public", "Private",
    // "Reminder card"): the columns may be arms or any two groups of people, and are left
    // out.
    let below = try Self.allRows("""
      <table><tr><th rowspan="2">Question</th><th>Reminder card</th><th>No card</th></tr>
      <tr><th>n/N (%)</th><th>n/N (%)</th></tr>
      <tr><td>Ever vaccinated</td><td>172/341 (50.4)</td><td>38/139 (27.3)</td></tr></table>
      """)
    #expect(Self.responses(below).isEmpty)
  }

  @Test func countsWrittenPercentFirstOrInTwoColumns() throws {
    let first = try Self.findings("""
      <table><tr><th>Outcome</th><th>Drug A (n = 40)</th><th>Placebo (n = 38)</th></tr>
      <tr><td>Healed</td><td>52.5% (21/40)</td><td>21.1% (8)</td></tr></table>
      """)
    #expect(first.map { $0.response?.responders } == [21, 8])
    // "n | %" under each arm; a mean beside its SD is no count.
    let split = try Self.findings("""
      <table><tr><th></th><th colspan="2">Drug A (n = 40)</th><th colspan="2">Placebo (n = 38)</th></tr>
      <tr><th>Outcome</th><th>n</th><th>%</th><th>n</th><th>%</th></tr>
      <tr><td>Age, years</td><td>43</td><td>12.5</td><td>44</td><td>11.9</td></tr>
      <tr><td>Healed</td><td>21</td><td>52.5</td><td>8</td><td>21.1</td></tr></table>
      """)
    #expect(split.map { $0.response?.responders } == [21, 8])
  }

  @Test func aSizeRowUnderTheArmsSizesThem() throws {
    let arms = try Self.findings("""
      <table><tr><th></th><th>Sertraline</th><th>Placebo</th></tr>
      <tr><th>Outcome</th><th>(n = 40)</th><th>(n = 38)</th></tr>
      <tr><td>Healed</td><td>21 (52.5)</td><td>8 (21.1)</td></tr></table>
      """)
    #expect(arms.map { $0.cohort?.size } == [40, 38])
    #expect(arms.map { $0.response?.responders } == [21, 8])
    // Regions, sites or periods over "(n = 24)" are no arms.
    let regions = try Self.findings("""
      <table><tr><th></th><th>Eastern Europe</th><th>North America</th></tr>
      <tr><th>Event</th><th>(n = 24)</th><th>(n = 57)</th></tr>
      <tr><td>Infarction</td><td>8 (33)</td><td>24 (42)</td></tr></table>
      """)
    #expect(regions.isEmpty)
    // A header as wide as a control's beside it, over counts, is an arm though it names
    // no drug; an events cell may carry a footnote's mark.
    let sibling = try Self.findings("""
      <table><tr><th rowspan="2">Outcome</th><th colspan="2">Probiotic</th><th colspan="2">Placebo</th><th rowspan="2">P value</th></tr>
      <tr><th>Events</th><th>Total</th><th>Events</th><th>Total</th></tr>
      <tr><td>Sepsis</td><td>7*</td><td>96</td><td>16</td><td>94</td><td>0.04</td></tr></table>
      """)
    #expect(Self.responses(sibling) == ["Probiotic Sepsis 7/96", "Placebo Sepsis 16/94"])
    // A column of everyone beside them is no arm.
    let pooled = try Self.findings("""
      <table><tr><th rowspan="2">Outcome</th><th colspan="2">Probiotic</th><th colspan="2">Placebo</th><th colspan="2">All infants</th></tr>
      <tr><th>Events</th><th>Total</th><th>Events</th><th>Total</th><th>Events</th><th>Total</th></tr>
      <tr><td>Sepsis</td><td>7</td><td>96</td><td>16</td><td>94</td><td>23</td><td>190</td></tr></table>
      """)
    #expect(Self.responses(pooled) == ["Probiotic Sepsis 7/96", "Placebo Sepsis 16/94"])
    let sized = try Self.findings("""
      <table><tr><th rowspan="2">Outcome</th><th>Telemonitoring</th><th>Usual care</th></tr>
      <tr><th>n = 160</th><th>n = 158</th></tr>
      <tr><td>Readmission</td><td>33/160 (20.6%)</td><td>49/158 (31.0%)</td></tr></table>
      """)
    #expect(Self.responses(sized) == ["Telemonitoring Readmission 33/160", "Usual care Readmission 49/158"])
    #expect(sized.map { $0.cohort?.size } == [160, 158])
  }

  @Test func rowsThatDescribeTheParticipantsMakeABaselineTable() throws {
    let arms = try Self.findings("""
      <table><caption>Description of the study population</caption>
      <tr><th></th><th>Drug A (n = 40)</th><th>Placebo (n = 38)</th></tr>
      <tr><td>Gender, male</td><td>22 (55.0)</td><td>19 (50.0)</td></tr>
      <tr><td>Age over 65 years</td><td>8 (20.0)</td><td>7 (18.4)</td></tr></table>
      """)
    #expect(arms.map { $0.cohort?.size } == [40, 38])
    #expect(arms.allSatisfy { $0.response == nil })
  }

  /// The text's "22% in group H1" read as 11 of 49 and the table's "11 (22.4%)" are one
  /// fact; so is a header's name with a footnote marker and the text's name.
  @Test func aTextShareRestatingARowIsOneFinding() throws {
    let findings = try Self.findings("""
      <p>Patients were randomized to group H1 (n = 49) or group H2 (n = 50).</p>
      <p>Nausea occurred in 22% in group H1 and 20% in group H2.</p>
      <table><tr><th>Outcome</th><th>Group H1<sup>a</sup> (n = 49)</th><th>Group H2 (n = 50)</th></tr>
      <tr><td>Nausea</td><td>11 (22.4%)</td><td>10 (20.0%)</td></tr></table>
      """)
    #expect(findings.filter { $0.response?.responders == 11 }.count == 1)
    #expect(findings.filter { $0.response?.responders == 10 }.count == 1)
  }

  /// "5.8% in group B" would be 24 of the arm's 411, but the table counts 23 of the 397
  /// followed up: a count derived from a share the article counts itself is dropped; one
  /// of another outcome stays.
  @Test func aDerivedCountTheTableContradictsIsDropped() throws {
    let findings = try Self.findings("""
      <p>Patients were randomized to group A (n = 413) or group B (n = 411).</p>
      <p>Surgical site infection was diagnosed in 3.5% of women in group A and 5.8% in group B. Fever occurred in 9.2% of women in \
      group A and 10.0% in group B.</p>
      <table><tr><th>Outcome</th><th>Group A (n = 413)</th><th>Group B (n = 411)</th></tr>
      <tr><td>SSI</td><td>14/401 (3.5)</td><td>23/397 (5.8)</td></tr></table>
      """)
    let counts = Set(findings.compactMap { f in f.response.flatMap { r in r.responders.map { "\($0)/\(r.total ?? -1)" } } })
    #expect(counts.contains("23/397") && counts.contains("14/401"), "\(counts)")
    #expect(!counts.contains("24/411"), "\(counts)")
    // Fever's 10.0% of 411 is 41, which nothing contradicts.
    #expect(counts.contains("41/411") && counts.contains("38/413"), "\(counts)")
  }

  @Test func aPercentageBesideACountIsTheSameArmsOnly() throws {
    // "12 | 30" under two arms: 30 is the placebo arm's count, not drug A's percentage.
    let arms = try Self.findings("""
      <table><tr><th>Outcome</th><th>Drug A (n = 40)</th><th>Placebo (n = 38)</th></tr>
      <tr><td>Healed</td><td>12</td><td>30</td></tr></table>
      """)
    #expect(arms.allSatisfy { $0.response == nil })
    // A count whose percentage disagrees with the arm's size keeps no total from it.
    let disagreeing = Fixtures.findings("Patients were randomized to sertraline (n = 41). In the sertraline group, 21 (52.5%) patients healed.")
    #expect(disagreeing.allSatisfy { $0.response?.total != 41 })
  }
  /// Columns of patients by what they took before ("MTX-naive", "Prior TNF inhibitor")
  /// are subgroups of every arm: alone they are no arms and their rows are no running
  /// text; over the arms' columns they only name the subgroup.
  @Test func columnsByPriorTreatmentAreNoArms() throws {
    let alone = try Fixtures.pipeline.extract(Fixtures.ingest("""
      <p>Patients were randomized to tofacitinib 5 mg (n = 200) or placebo (n = 100).</p>
      <table><tr><th>Response</th><th>MTX-naive (n = 120)</th><th>MTX-experienced (n = 180)</th></tr>
      <tr><td>ACR20, n (%)</td><td>60 (50.0)</td><td>72 (40.0)</td></tr></table>
      <table><tr><th>Response</th><th>Prior TNF inhibitor (n = 90)</th><th>No prior biologic (n = 210)</th></tr>
      <tr><td>ACR20, n (%)</td><td>27 (30.0)</td><td>105 (50.0)</td></tr></table>
      """)).findings
    #expect(alone.map { $0.cohort?.size } == [200, 100])
    #expect(alone.allSatisfy { $0.response == nil && $0.drug?.name != "methotrexate" })
    let above = try Self.findings("""
      <table><tr><th rowspan="2">Response</th><th colspan="2">MTX-naive</th><th colspan="2">MTX-experienced</th></tr>
      <tr><th>Tofacitinib (n = 80)</th><th>Placebo (n = 40)</th><th>Tofacitinib (n = 120)</th><th>Placebo (n = 60)</th></tr>
      <tr><td>ACR20, n (%)</td><td>50 (62.5)</td><td>10 (25.0)</td><td>45 (37.5)</td><td>12 (20.0)</td></tr></table>
      """)
    #expect(Self.responses(above) == [
      "MTX-naive / Tofacitinib ACR20, n (%) 50/80", "MTX-naive / Placebo ACR20, n (%) 10/40",
      "MTX-experienced / Tofacitinib ACR20, n (%) 45/120", "MTX-experienced / Placebo ACR20, n (%) 12/60",
    ])
    #expect(above.map { $0.drug?.name } == ["tofacitinib", nil, "tofacitinib", nil])
    // "MTX-IR" (inadequate responders) is a history too; "Naive" alone heads untreated
    // animals, a group of the study.
    let responders = try Self.findings("""
      <table><tr><th>Response</th><th>MTX-IR (n = 120)</th><th>TNF-IR (n = 80)</th></tr>
      <tr><td>ACR20, n (%)</td><td>60 (50.0)</td><td>20 (25.0)</td></tr></table>
      """)
    #expect(responders.allSatisfy { $0.response == nil && $0.drug?.name != "methotrexate" })
    let naive = try Self.findings("""
      <table><tr><th>Outcome</th><th>Naive (n = 10)</th><th>Vehicle (n = 10)</th><th>Naloxone (n = 10)</th></tr>
      <tr><td>Response, n/N</td><td>0/10</td><td>2/10</td><td>8/10</td></tr></table>
      """)
    #expect(Self.responses(naive).contains("Naive Response, n/N 0/10"), "\(Self.responses(naive))")
    // A drug's column that says nothing of the past is its arm.
    let arm = try Self.findings("""
      <table><tr><th>Response</th><th>Methotrexate (n = 120)</th><th>Placebo (n = 118)</th></tr>
      <tr><td>ACR20, n (%)</td><td>60 (50.0)</td><td>30 (25.4)</td></tr></table>
      """)
    #expect(Self.responses(arm) == ["Methotrexate ACR20, n (%) 60/120", "Placebo ACR20, n (%) 30/118"])
  }

  /// A section row that gives each arm's n ("Infant outcomes (liveborn: A n = 150; B
  /// n = 149)") sizes the arms in the rows below it, up to the next section row.
  @Test func aSectionRowSizesTheArmsBelowIt() throws {
    let rows = try Self.allRows("""
      <table><tr><th>Outcome</th><th>Nifedipine (n = 152)</th><th>Atosiban (n = 151)</th></tr>
      <tr><td colspan="3">Maternal outcomes</td></tr>
      <tr><td>Birth within 48 h</td><td>30 (19.7)</td><td>36 (23.8)</td></tr>
      <tr><td colspan="3">Infant outcomes (liveborn: nifedipine n = 150; atosiban n = 149)</td></tr>
      <tr><td>Respiratory distress</td><td>15 (10.0)</td><td>21 (14.1)</td></tr>
      <tr><td colspan="3">Maternal adverse effects</td></tr>
      <tr><td>Headache</td><td>19 (12.5)</td><td>7 (4.6)</td></tr></table>
      """)
    #expect(Self.responses(rows) == [
      "Nifedipine Birth within 48 h 30/152", "Atosiban Birth within 48 h 36/151",
      "Nifedipine Respiratory distress 15/150", "Atosiban Respiratory distress 21/149",
      "Nifedipine Headache 19/152", "Atosiban Headache 7/151",
    ], "\(Self.responses(rows))")
    // A subgroup's section sizes no arm: its counts are not the arms' outcomes.
    for section in ["Women with prior preterm birth (n = 40; n = 38)", "Twin pregnancies (n = 40; n = 38)", "Neonatal outcomes (twins n = 40; singletons n = 38)"] {
      let subgroup = try Self.allRows("""
        <table><tr><th>Outcome</th><th>Nifedipine (n = 152)</th><th>Atosiban (n = 151)</th></tr>
        <tr><td colspan="3">\(section)</td></tr>
        <tr><td>Preterm birth</td><td>20 (50.0)</td><td>19 (50.0)</td></tr></table>
        """)
      #expect(!Self.responses(subgroup).contains { $0.hasSuffix("20/40") || $0.hasSuffix("19/38") }, "\(section): \(Self.responses(subgroup))")
    }
  }

  /// A row of one arm's count and dashes under the others ("Device removed | 14 (9.2) |
  /// —") is that arm's outcome; read with every row, never chosen over rows of both arms.
  @Test func aRowOfOneArmBesideDashes() throws {
    let table = """
      <table><tr><th>Outcome</th><th>Implant (n = 152)</th><th>Injections (n = 150)</th><th>P</th></tr>
      <tr><td>Device removed early</td><td>14 (9.2)</td><td>—</td><td>—</td></tr>
      <tr><td>Missed injection</td><td>n/a</td><td>22 (14.7)</td><td>—</td></tr>
      <tr><td>Pregnancy</td><td>3 (2.0)</td><td>9 (6.0)</td><td>0.07</td></tr>
      <tr><td>Spotting</td><td>40 (26.3)</td><td>12</td><td>0.01</td></tr></table>
      """
    let all = Self.responses(try Self.allRows(table))
    #expect(all == [
      "Implant Device removed early 14/152", "Injections Missed injection 22/150",
      "Implant Pregnancy 3/152", "Injections Pregnancy 9/150",
    ], "\(all)")
    let chosen = Fixtures.counts(Fixtures.pipeline.extract(try Fixtures.ingest("<html><body>\(table)</body></html>")).findings)
    #expect(!chosen.contains { $0.hasPrefix("Implant 14/") }, "\(chosen)")
  }

  /// A header spanning the arms that only gives their cells' unit ("No./total (%)") is no
  /// part of the arms' names.
  @Test func aUnitSpanningTheArmsIsNoPartOfTheirNames() throws {
    let rows = try Self.allRows("""
      <table><tr><th rowspan="2">Outcome</th><th colspan="2">No./total (%)</th></tr>
      <tr><th>Melatonin</th><th>Placebo</th></tr>
      <tr><td>Asleep within 30 min</td><td>31/60 (51.7)</td><td>18/59 (30.5)</td></tr></table>
      """)
    #expect(Self.responses(rows) == ["Melatonin Asleep within 30 min 31/60", "Placebo Asleep within 30 min 18/59"], "\(Self.responses(rows))")
  }

  /// An arm counted of two sizes close together (124 at day 3, 120 at day 30): a bare
  /// count in the text ("4 taking alfuzosin") is of the larger, the randomized.
  @Test func aBareCountTakesTheLargerOfCloseSizes() throws {
    let findings = try Self.allRows("""
      <p>Men with acute urinary retention were randomized to alfuzosin or silodosin.</p>
      <table><caption>Table 2. Voiding at day 3</caption>
      <tr><th>Outcome</th><th>Alfuzosin (n = 124)</th><th>Silodosin (n = 126)</th></tr>
      <tr><td>Voided without catheter, n (%)</td><td>77 (62.1)</td><td>84 (66.7)</td></tr>
      </table>
      <table><caption>Table 3. Voiding at day 30</caption>
      <tr><th>Outcome</th><th>Alfuzosin (n = 120)</th><th>Silodosin (n = 121)</th></tr>
      <tr><td>Voiding without catheter, n (%)</td><td>67 (55.8)</td><td>72 (59.5)</td></tr>
      </table>
      <p>Abnormal ejaculation was reported by 27 men taking silodosin compared with 4 taking alfuzosin.</p>
      """)
    let counts = Fixtures.counts(findings)
    #expect(counts.contains("silodosin 27/126") && counts.contains("alfuzosin 4/124"), "\(counts)")
  }

  /// Percentages under the arms of one time point and dashes under another's: each arm
  /// of that time point gets its count; a row of dashes under every arm, or a baseline
  /// row beside dashes, gets none.
  @Test func percentagesOfOneTimePointBesideDashes() throws {
    let findings = try Self.allRows("""
      <table><caption>Table 2. Outcomes. Values are percentages of men in each column.</caption>
      <tr><th rowspan="2">Outcome</th><th colspan="2">Day 3</th><th colspan="2">Day 30</th></tr>
      <tr><th>Tamsulosin (n = 124)</th><th>Placebo (n = 122)</th><th>Tamsulosin (n = 120)</th><th>Placebo (n = 118)</th></tr>
      <tr><td>Voiding without catheter, %</td><td>62.1</td><td>45.1</td><td>55.8</td><td>40.7</td></tr>
      <tr><td>Recatheterised within 24 h, %</td><td>33.9</td><td>50.0</td><td>—</td><td>—</td></tr>
      <tr><td>Satisfied with treatment, %</td><td>—</td><td>—</td><td>—</td><td>—</td></tr>
      <tr><td>Female, %</td><td>55.0</td><td>50.0</td><td>—</td><td>—</td></tr>
      </table>
      """)
    let recatheterised = Self.responses(findings).filter { $0.contains("Recatheterised") }
    #expect(recatheterised.count == 2 && recatheterised.allSatisfy { $0.contains("42/124") || $0.contains("61/122") }, "\(Self.responses(findings))")
    #expect(!Self.responses(findings).contains { $0.contains("Satisfied") || $0.contains("Female") }, "\(Self.responses(findings))")
  }
}
