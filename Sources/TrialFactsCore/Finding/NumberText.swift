/// How numbers are written in records and normalized values: integers without ".0",
/// others rounded to 6 decimals (0.142857 for once weekly). One rule for JSON, CSV and
/// `annotate`, so the same value never reads two ways.
public enum NumberText {
  public static func canonical(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String((value * 1_000_000).rounded() / 1_000_000)
  }
}
