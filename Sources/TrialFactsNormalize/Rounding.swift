/// Rounding of canonical values, so records compare and diff cleanly.
enum Rounding {
  /// Rounds half away from zero: 182.625 days -> 182.63.
  static func rounded(_ value: Double, places: Int) -> Double {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    return (value * scale).rounded(.toNearestOrAwayFromZero) / scale
  }
}
