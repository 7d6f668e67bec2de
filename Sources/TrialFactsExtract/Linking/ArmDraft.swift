/// A mention together with where it sits: block index and sentence byte range.
public struct PlacedMention: Sendable, Equatable {
  public var block: Int
  /// Byte range of the sentence in the block text.
  public var sentence: Range<Int>
  public var mention: Mention
}

/// One treatment arm as the linker assembled it: a drug and the mentions of its facts.
/// ``FindingBuilder`` turns it into a ``Finding`` with canonical values.
public struct ArmDraft: Sendable {
  public var drug: PlacedMention
  public var dose: PlacedMention?
  public var frequency: PlacedMention?
  public var route: PlacedMention?
  public var duration: PlacedMention?
  public var cohort: PlacedMention?
  public var response: PlacedMention?
  public var species: PlacedMention?
  public var animal = false

  /// An arm is a finding when the text states at least one fact about it.
  public var hasFacts: Bool {
    dose != nil || frequency != nil || duration != nil || cohort != nil || response != nil
  }

  mutating func set(_ placed: PlacedMention) {
    switch placed.mention.label {
    case .dose: if dose == nil { dose = placed }
    case .frequency: if frequency == nil { frequency = placed }
    case .route: if route == nil { route = placed }
    case .duration: if duration == nil { duration = placed }
    case .cohort: if cohort == nil { cohort = placed }
    case .response: if response == nil { response = placed }
    default: break
    }
  }

  func has(_ label: Mention.Label) -> Bool {
    switch label {
    case .dose: return dose != nil
    case .frequency: return frequency != nil
    case .route: return route != nil
    case .duration: return duration != nil
    case .cohort: return cohort != nil
    case .response: return response != nil
    default: return false
    }
  }

  var doseValue: Mention.Value? { dose?.mention.value }
}
