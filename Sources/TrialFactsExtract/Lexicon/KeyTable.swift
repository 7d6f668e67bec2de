/// An open-addressing hash table from 64-bit keys to 32-bit values.
///
/// Lexicon lookups run for every token; keys are already well-mixed hashes, so this
/// skips `Hasher` (SipHash) and probes a flat array instead — several times faster than
/// `Dictionary` on this path.
struct KeyTable: Sendable {
  private var keys: [UInt64]
  private var values: [Int32]
  private var mask: Int
  private(set) var count = 0

  /// Key 0 marks an empty slot; real keys are remapped away from it.
  private static let empty: UInt64 = 0

  init(capacity: Int = 16) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    keys = Array(repeating: Self.empty, count: size)
    values = Array(repeating: 0, count: size)
    mask = size - 1
  }

  @inline(__always)
  private static func normalize(_ key: UInt64) -> UInt64 { key == empty ? 0x9E37_79B9_7F4A_7C15 : key }

  @inline(__always)
  private static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key ^ (key >> 29)) &* 0xBF58_476D_1CE4_E5B9 >> 32) & mask
  }

  subscript(key: UInt64) -> Int32? {
    get {
      let key = Self.normalize(key)
      var i = Self.slot(key, mask)
      while true {
        let k = keys[i]
        if k == key { return values[i] }
        if k == Self.empty { return nil }
        i = (i + 1) & mask
      }
    }
    set {
      guard let newValue else { return }  // removal is never needed
      if (count + 1) * 2 > keys.count { grow() }
      let key = Self.normalize(key)
      var i = Self.slot(key, mask)
      while keys[i] != Self.empty && keys[i] != key { i = (i + 1) & mask }
      if keys[i] == Self.empty { count += 1 }
      keys[i] = key
      values[i] = newValue
    }
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    keys = Array(repeating: Self.empty, count: oldKeys.count * 2)
    values = Array(repeating: 0, count: oldKeys.count * 2)
    mask = keys.count - 1
    count = 0
    for (k, v) in zip(oldKeys, oldValues) where k != Self.empty {
      var i = Self.slot(k, mask)
      while keys[i] != Self.empty { i = (i + 1) & mask }
      keys[i] = k
      values[i] = v
      count += 1
    }
  }
}
