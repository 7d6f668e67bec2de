/// The whole pipeline for one input: Ingest -> Extract -> Normalize, ready for Output.
///
/// Built once from a rule set (compiling the lexicons takes a moment); then `Sendable`
/// and shared by every worker of a batch.
public struct Pipeline: Sendable {
  public let rules: RuleSet
  public let ingestor: Ingestor
  public let scanner: MentionScanner
  /// The scanner of `annotate`: it names each drug of a combination on its own, as span
  /// annotations do; ``scanner`` names the combination, the product an arm takes.
  public let annotationScanner: MentionScanner
  /// Which outcome rows of results tables become findings.
  public var tableRows: ResultTableReader.OutcomeRows = .reported

  public init(rules: RuleSet) {
    self.rules = rules
    self.ingestor = Ingestor(rules: rules)
    let lexicons = Lexicons(rules: rules)
    self.scanner = MentionScanner(lexicons: lexicons)
    self.annotationScanner = MentionScanner(lexicons: lexicons, joiningCombinations: false)
  }

  /// What one input file gave.
  public struct Result: Sendable {
    public var source: String
    public var document: Document?
    public var drugs: [String] = []
    public var findings: [Finding] = []
    public var error: Diagnostic?

    /// The output records of this file, in order: document, findings (or one error).
    public var records: [Record] {
      guard let document else { return [.error(source: source, message: error?.message ?? "unknown error")] }
      return [.document(document, drugs: drugs, findingCount: findings.count)]
        + findings.map { .finding($0, source: source) }
    }
  }

  public func process(path: String) -> Result {
    do {
      let document = try ingestor.ingest(path: path)
      return extract(document)
    } catch {
      return Result(source: path, error: error)
    }
  }

  /// Extract and Normalize over an ingested document.
  public func extract(_ document: Document) -> Result {
    var scanned = document.blocks.map { scanner.scan($0.text) }
    // Abbreviations, dosed development codes and arm codes a document defines name their
    // drugs and arms throughout it: the document is scanned again with them.
    var aliases = Abbreviations()
    for sentences in scanned { aliases.collect(from: sentences, lexicons: scanner.lexicons) }
    aliases.confirmBrands(in: scanned)
    // Only blocks with a token an entry starts with read differently the second time.
    if !aliases.isEmpty {
      for (b, block) in document.blocks.enumerated() where scanned[b].contains(where: { sentence in
        sentence.range.contains { aliases.triggers.contains(sentence.tokens[$0].key) }
      }) {
        scanned[b] = scanner.scan(block.text, aliases: aliases)
      }
    }

    // "… 61 (32.4%) … respectively (Table 1)", Table 1 being baseline characteristics.
    BaselineCitations.dropResponses(in: &scanned, blocks: document.blocks, lexicons: scanner.lexicons)

    // Results tables are read by column; their rows are not running text as well. (The
    // words of every sentence with a count, the introduction's too, tell which outcome
    // rows the article cares about.)
    let tables = ResultTableReader(lexicons: scanner.lexicons, rows: tableRows).read(blocks: document.blocks, sentences: scanned)
    // "Introduction": what earlier trials found, not this one's results.
    let background = BackgroundSections.blocks(document.blocks, sentences: scanned, lexicons: scanner.lexicons)
    BackgroundSections.dropCounts(in: &scanned, background: background)

    var blocks: [(carriesFacts: Bool, listItem: Bool, sentences: [Sentence])] = []
    blocks.reserveCapacity(document.blocks.count)
    var drugs = Set<String>()
    for (block, sentences) in zip(document.blocks, scanned) {
      if block.kind != .reference {
        for sentence in sentences {
          for case .drug(let canonical) in sentence.mentions(.drug).map(\.value) { drugs.insert(canonical) }
        }
      }
      blocks.append((block.kind.carriesFacts, block.kind == .listItem, sentences))
    }
    for row in tables.rowBlocks { blocks[row].carriesFacts = false }
    // "Group A (n = 126)" in a table is the arm the methods gave ferric carboxymaltose, or
    // a short-stretch bandage.
    let drugArms = GroupDrugs(blocks: document.blocks, sentences: scanned, background: background).naming(ArmLinker().link(blocks) + tables.arms)
    let arms = GroupTreatments(blocks: document.blocks, sentences: scanned).naming(drugArms)
    var findings = FindingBuilder(document: document).findings(from: arms)
    for k in findings.indices {
      if let name = findings[k].drug?.name { findings[k].drug?.inn = scanner.lexicons.inn(of: name) }
    }
    return Result(source: document.source, document: document, drugs: drugs.sorted(), findings: findings)
  }

  /// Every mention in a text, for `trialfacts annotate` and rule examples.
  public func annotate(_ text: String) -> [Mention] {
    let sentences = annotationScanner.scan(text)
    var aliases = Abbreviations()
    aliases.collect(from: sentences, lexicons: scanner.lexicons)
    aliases.confirmBrands(in: [sentences])
    return (aliases.isEmpty ? sentences : annotationScanner.scan(text, aliases: aliases)).flatMap(\.mentions)
  }
}
