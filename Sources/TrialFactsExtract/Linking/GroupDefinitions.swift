/// What an article says each group it names by a letter or a role ("group A", "the
/// intervention group") received, by the group's key (``GroupDrugs/key(_:)``): a group
/// the article defines twice in different ways has no definition.
struct GroupDefinitions<Definition> {
  private(set) var byKey: [String: Definition] = [:]
  private var ambiguous = Set<String>()

  /// Records `definition` for `key`, unless `same` says an earlier one differs.
  mutating func add(_ key: String, _ definition: Definition, same: (Definition, Definition) -> Bool) {
    guard !key.isEmpty, !ambiguous.contains(key) else { return }
    if let known = byKey[key] {
      if !same(known, definition) {
        byKey[key] = nil
        ambiguous.insert(key)
      }
      return
    }
    byKey[key] = definition
  }

  /// The definition of the first part of an arm's label ("Children / Group A") that has one.
  func of(_ label: String) -> Definition? {
    label.split(separator: " / ").lazy.compactMap { byKey[GroupDrugs.key(String($0))] }.first
  }
}
