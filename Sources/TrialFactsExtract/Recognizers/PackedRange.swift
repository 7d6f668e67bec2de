/// A byte range in two 32-bit offsets, nil as -1: half the size of `Range<Int>?`.
struct PackedRange: Sendable, Equatable {
  private var start: Int32 = -1
  private var end: Int32 = -1

  var range: Range<Int>? {
    get { start < 0 ? nil : Int(start)..<Int(end) }
    set {
      start = newValue.map { Int32(clamping: $0.lowerBound) } ?? -1
      end = newValue.map { Int32(clamping: $0.upperBound) } ?? -1
    }
  }
}
