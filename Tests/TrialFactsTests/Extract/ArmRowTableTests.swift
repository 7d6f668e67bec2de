import Testing
import TrialFacts

/// Tables that give one arm per row, with time points or outcomes across their columns.
@Suite struct ArmRowTableTests {
  /// Arms down the rows under two section rows, time points across, each count split
  /// from its percentage ("27 | (22)"), the second section naming the arms without sizes.
  static let timePoints = """
    <table><caption>Patients with a prescription at each visit</caption>
    <tr><th rowspan="2"></th><th colspan="2">Baseline</th><th colspan="2">Week 4</th><th colspan="2">Week 12</th></tr>
    <tr><th>n</th><th>(%)</th><th>n</th><th>(%)</th><th>n</th><th>(%)</th></tr>
    <tr><td>Opioids</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
    <tr><td>Counselling (n = 40)</td><td>20</td><td>(50)</td><td>14</td><td>(35)</td><td>10</td><td>(25)</td></tr>
    <tr><td>Usual care (n = 38)</td><td>19</td><td>(50)</td><td>18</td><td>(47)</td><td>17</td><td>(45)</td></tr>
    <tr><td>Sedatives</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
    <tr><td>Counselling</td><td>8</td><td>(20)</td><td>6</td><td>(15)</td><td>5</td><td>(13)</td></tr>
    <tr><td>Usual care†</td><td>9</td><td>(24)</td><td>9</td><td>(24)</td><td>11</td><td>(29)</td></tr>
    </table>
    """

  @Test func eachTimePointAfterBaselineIsAnOutcome() throws {
    let all = ResultTableReaderTests.responses(try ResultTableReaderTests.allRows(Self.timePoints))
    #expect(all.sorted() == [
      "Counselling Opioids, Week 12 10/40", "Counselling Opioids, Week 4 14/40",
      "Counselling Sedatives, Week 12 5/40", "Counselling Sedatives, Week 4 6/40",
      "Usual care Opioids, Week 12 17/38", "Usual care Opioids, Week 4 18/38",
      "Usual care Sedatives, Week 12 11/38", "Usual care Sedatives, Week 4 9/38",
    ])
  }

  @Test func theTextPicksTheTimePointsReadByDefault() throws {
    // The text restates the week-4 counts of opioids and reports sedatives with a number:
    // those rows, and of sedatives the last time point only.
    // (A second table of outcomes: a page's only one would be read whole.)
    let chosen = try ResultTableReaderTests.findings("""
      <p>Fewer patients in the counselling group used opioids at week 4 (14 vs 18).</p>
      <p>Sedative use fell to 13% with counselling.</p>
      \(Self.timePoints)
      <table><tr><th>Event</th><th>Counselling (n = 40)</th><th>Usual care (n = 38)</th></tr>
      <tr><td>Hospital admission</td><td>3 (7.5)</td><td>5 (13.2)</td></tr></table>
      """)
    let responses = ResultTableReaderTests.responses(chosen).filter { !$0.contains("?") }
    #expect(responses.sorted() == [
      "Counselling Opioids, Week 4 14/40", "Counselling Sedatives, Week 12 5/40",
      "Usual care Opioids, Week 4 18/38", "Usual care Sedatives, Week 12 11/38",
    ])
  }

  @Test func columnsOfCategoriesAreNoTimePoints() throws {
    // "None | Mild | Severe" over the arms' rows grade one outcome: the section's outcome
    // is read from the first column, as before, and no category is an outcome of its own.
    let arms = try ResultTableReaderTests.allRows("""
      <table><tr><th></th><th>None</th><th>Mild</th><th>Severe</th><th>Total</th></tr>
      <tr><th></th><th>n (%)</th><th>n (%)</th><th>n (%)</th><th>n (%)</th></tr>
      <tr><td>0–2 h</td><td></td><td></td><td></td><td></td></tr>
      <tr><td>Ondansetron (n = 60)</td><td>40 (66.7)</td><td>12 (20.0)</td><td>8 (13.3)</td><td>60 (100)</td></tr>
      <tr><td>Placebo (n = 58)</td><td>25 (43.1)</td><td>15 (25.9)</td><td>18 (31.0)</td><td>58 (100)</td></tr></table>
      """)
    #expect(ResultTableReaderTests.responses(arms) == ["Ondansetron 0–2 h 40/60", "Placebo 0–2 h 25/58"])
  }

  @Test func baselineColumnsAreNoOutcome() throws {
    let arms = try ResultTableReaderTests.allRows("""
      <table><tr><th>Group</th><th>Baseline, n (%)</th><th>Week 12, n (%)</th></tr>
      <tr><td>Drug A (n = 40)</td><td>20 (50.0)</td><td>30 (75.0)</td></tr>
      <tr><td>Placebo (n = 38)</td><td>19 (50.0)</td><td>15 (39.5)</td></tr></table>
      """)
    #expect(ResultTableReaderTests.responses(arms) == ["Drug A Week 12, n (%) 30/40", "Placebo Week 12, n (%) 15/38"])
  }

  @Test func rowsOfUnitsNameNoTimePoint() throws {
    // "n | (%)" alone above the arms: the outcome is the section row's.
    let arms = try ResultTableReaderTests.allRows("""
      <table><tr><td></td><td>n</td><td>(%)</td><td>n</td><td>(%)</td></tr>
      <tr><td>Relapse</td></tr>
      <tr><td>Intervention (n = 50)</td><td>12</td><td>(24)</td><td>3</td><td>(6)</td></tr>
      <tr><td>Control (n = 48)</td><td>20</td><td>(42)</td><td>4</td><td>(8)</td></tr></table>
      """)
    #expect(ResultTableReaderTests.responses(arms) == ["Intervention Relapse 12/50", "Control Relapse 20/48"])
  }

  @Test func aLaterRunMustNameTheArmsOfTheFirst() throws {
    // "Men" and "Women" under "Remission by sex" are no arms of "Sertraline" and "Placebo".
    let arms = try ResultTableReaderTests.allRows("""
      <table><tr><th></th><th>n</th><th>(%)</th></tr>
      <tr><td>Remission</td></tr>
      <tr><td>Sertraline (n = 40)</td><td>20</td><td>(50)</td></tr>
      <tr><td>Placebo (n = 38)</td><td>10</td><td>(26)</td></tr>
      <tr><td>Remission by sex</td></tr>
      <tr><td>Men</td><td>12</td><td>(40)</td></tr>
      <tr><td>Women</td><td>18</td><td>(38)</td></tr></table>
      """)
    #expect(ResultTableReaderTests.responses(arms) == ["Sertraline Remission 20/40", "Placebo Remission 10/38"])
    // Nor is "Men | 12" a row of sizes for the "n" column.
    #expect(arms.map { $0.cohort?.size } == [40, 38])
  }

  /// Arms down the rows with no size anywhere in the table: each "n (%)" is of the one
  /// total its percentage gives, when the text sizes an arm so, and a row so sized reads
  /// its other counts ("19 (37)" beside "24 (47.1)" of 51); a percentage that several
  /// totals fit gives no count, and neither does a column of who left.
  @Test func countsOfArmsTheTableDoesNotSizeAreOfTheTotalTheirPercentageGives() throws {
    let all = ResultTableReaderTests.responses(try ResultTableReaderTests.allRows("""
      <p>Adults were randomised to dimenhydrinate 50 mg (n = 52), diazepam 5 mg (n = 51) or placebo (n = 51).</p>
      <table><tr><th>Treatment group</th><th>Vertigo resolved, n (%)</th><th>Drowsiness, n (%)</th></tr>
      <tr><td>Dimenhydrinate 50 mg</td><td>30 (57.7)</td><td>15 (28.8)</td></tr>
      <tr><td>Diazepam 5 mg</td><td>24 (47.1)</td><td>19 (37)</td></tr>
      <tr><td>Placebo</td><td>11 (21.6)</td><td>4 (7.8)</td></tr>
      </table>
      """))
    #expect(all.sorted() == [
      "Diazepam 5 mg Drowsiness, n (%) 19/51", "Diazepam 5 mg Vertigo resolved, n (%) 24/51", "Dimenhydrinate 50 mg Drowsiness, n (%) 15/52",
      "Dimenhydrinate 50 mg Vertigo resolved, n (%) 30/52", "Placebo Drowsiness, n (%) 4/51", "Placebo Vertigo resolved, n (%) 11/51",
    ])
    // No size in the text, or a column of who left: nothing.
    let unsized = ResultTableReaderTests.responses(try ResultTableReaderTests.allRows("""
      <table><tr><th>Treatment group</th><th>Vertigo resolved, n (%)</th></tr>
      <tr><td>Dimenhydrinate 50 mg</td><td>30 (57.7)</td></tr><tr><td>Placebo</td><td>11 (21.6)</td></tr></table>
      """))
    #expect(unsized.isEmpty)
    let left = ResultTableReaderTests.responses(try ResultTableReaderTests.allRows("""
      <p>Adults were randomised to dimenhydrinate 50 mg (n = 52) or placebo (n = 51).</p>
      <table><tr><th>Treatment group</th><th>Withdrew, n (%)</th></tr>
      <tr><td>Dimenhydrinate 50 mg</td><td>3 (5.8)</td></tr><tr><td>Placebo</td><td>4 (7.8)</td></tr></table>
      """))
    #expect(left.isEmpty)
  }

  /// A row that names a group ("Intervention") is an arm beside a control's row; rows
  /// without sizes take the size the text gives that their percentages agree with.
  @Test func groupRowsBesideAControlTakeTheSizesTheirPercentagesAgreeWith() throws {
    let table = """
      <table><tr><th rowspan="2"></th><th colspan="2">Baseline</th><th colspan="2">6 months</th><th colspan="2">12 months</th></tr>
      <tr><th>n</th><th>(%)</th><th>n</th><th>(%)</th><th>n</th><th>(%)</th></tr>
      <tr><td>Sick leave</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
      <tr><td>Intervention</td><td>26</td><td>(21)</td><td>64</td><td>(51)</td><td>53</td><td>(42)</td></tr>
      <tr><td>Usual care</td><td>32</td><td>(24)</td><td>73</td><td>(55)</td><td>51</td><td>(38)</td></tr></table>
      """
    let sized = ResultTableReaderTests.responses(try ResultTableReaderTests.allRows("""
      <p>Patients were randomised to the intervention (n = 125) or to usual care (n = 133).</p>
      \(table)
      """))
    #expect(sized.sorted() == [
      "Intervention Sick leave, 12 months 53/125", "Intervention Sick leave, 6 months 64/125",
      "Usual care Sick leave, 12 months 51/133", "Usual care Sick leave, 6 months 73/133",
    ])
    // Sizes the percentages do not pin (two that fit as well, or none stated): no counts.
    for text in ["", "<p>Patients were randomised to the intervention (n = 125) or the other (n = 126), or to usual care (n = 133).</p>"] {
      let unsized = ResultTableReaderTests.responses(try ResultTableReaderTests.allRows(text + table))
      #expect(unsized.filter { $0.hasPrefix("Intervention") }.isEmpty, "\(text)")
    }
  }

  @Test func rowsOfTraitsWithAGroupsWordAreNoArms() throws {
    // "Active smokers", "Standard deviation" have a group's word but name no group.
    let arms = try ResultTableReaderTests.allRows("""
      <p>Patients were randomised to metformin 500 mg twice daily (n = 100) or placebo (n = 100).</p>
      <table><tr><th></th><th>HbA1c below 7%, n (%)</th><th>Hypoglycaemia, n (%)</th></tr>
      <tr><td>Metformin</td><td>40 (40.0)</td><td>5 (5.0)</td></tr><tr><td>Placebo</td><td>20 (20.0)</td><td>2 (2.0)</td></tr>
      <tr><td>Active smokers</td><td>10 (10.0)</td><td>1 (1.0)</td></tr><tr><td>Standard deviation</td><td>5 (5.0)</td><td>1 (1.0)</td></tr></table>
      """)
    #expect(!arms.contains { ["Active smokers", "Standard deviation"].contains($0.arm?.label ?? "") && $0.cohort != nil }, "\(arms)")
    // "n | (%)" pairs under two outcomes: the first "n" counts, it sizes no arm.
    let pairs = try ResultTableReaderTests.allRows("""
      <p>Patients were randomised to the intervention (n = 125) or to usual care (n = 133).</p>
      <table><tr><th rowspan="2"></th><th colspan="2">Admitted</th><th colspan="2">Died</th></tr>
      <tr><th>n</th><th>(%)</th><th>n</th><th>(%)</th></tr>
      <tr><td>Intervention arm</td><td>20</td><td>(16.0)</td><td>5</td><td>(4.0)</td></tr>
      <tr><td>Usual care arm</td><td>30</td><td>(22.6)</td><td>9</td><td>(6.8)</td></tr></table>
      """)
    let sizes = Set(pairs.compactMap { $0.cohort?.size })
    #expect(sizes.isSubset(of: [125, 133]), "\(pairs)")
  }

  @Test func rowsThatOnlyNameGroupsAreNoRunOfArms() throws {
    // "Treatment failure | Treatment response" name groups' words, but no drug, control or
    // size anchors them as arms.
    let arms = try ResultTableReaderTests.allRows("""
      <p>Patients were randomised to the intervention (n = 125) or to usual care (n = 133).</p>
      <table><tr><th rowspan="2"></th><th colspan="2">6 months</th><th colspan="2">12 months</th></tr>
      <tr><th>n</th><th>(%)</th><th>n</th><th>(%)</th></tr>
      <tr><td>Treatment failure</td><td>64</td><td>(51)</td><td>52</td><td>(42)</td></tr>
      <tr><td>Treatment response</td><td>61</td><td>(49)</td><td>73</td><td>(58)</td></tr></table>
      """)
    #expect(ResultTableReaderTests.responses(arms).filter { $0.hasPrefix("Treatment") }.isEmpty)
  }

  @Test func aCountBesideAColumnOfPercentagesIsOneCount() throws {
    // "Randomised | Cured | %": the size, the count and its share in three columns.
    let arms = try ResultTableReaderTests.allRows("""
      <table><tr><th>Treatment group</th><th>Randomised</th><th>Cured</th><th>%</th></tr>
      <tr><td>Amoxicillin</td><td>60</td><td>48</td><td>80.0</td></tr>
      <tr><td>Placebo</td><td>58</td><td>36</td><td>62.1</td></tr></table>
      """)
    #expect(ResultTableReaderTests.responses(arms) == ["Amoxicillin Cured 48/60", "Placebo Cured 36/58"])
    // A percentage that is not the count's share of the arm: no count ("Age | %" reads
    // no 54 of 60).
    let measures = try ResultTableReaderTests.allRows("""
      <table><tr><th>Treatment group</th><th>Randomised</th><th>Age</th><th>%</th></tr>
      <tr><td>Amoxicillin</td><td>60</td><td>54</td><td>45.0</td></tr>
      <tr><td>Placebo</td><td>58</td><td>55</td><td>47.0</td></tr></table>
      """)
    #expect(ResultTableReaderTests.responses(measures).filter { $0.contains("Age") }.isEmpty)
  }
}
