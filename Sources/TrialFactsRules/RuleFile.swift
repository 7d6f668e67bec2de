/// One parsed rule file: its kind, entries and examples, each with its source line.
public struct RuleFile: Sendable {
  public var path: String
  public var kind: RuleKind
  public var entries: [Entry]
  public var examples: [Example]

  public struct Entry: Sendable, Hashable {
    public var term: String
    /// The value after `=>`; equal to the term for kinds without values.
    public var value: String
    public var line: Int
  }

  /// `@example TEXT => EXPECTED` (the rule must fire with that value) or
  /// `@counterexample TEXT` (the rule must not fire).
  public struct Example: Sendable, Hashable {
    public var text: String
    /// `nil` for a counterexample.
    public var expected: String?
    public var line: Int
    public var isCounterexample: Bool { expected == nil }
  }
}
