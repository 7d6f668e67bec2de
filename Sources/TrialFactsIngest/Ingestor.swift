import TrialFactsCore
import TrialFactsRules

import Foundation

/// Stage 1 of the pipeline: reads one input file (HTML, plain text, PubMed or JATS XML,
/// any of them gzipped) into a clean ``Document``.
///
/// Thread-safe: one instance serves every worker.
public struct Ingestor: Sendable {
  public let cues: BoilerplateCues

  public init(rules: RuleSet) {
    self.cues = BoilerplateCues(rules: rules)
    LibXMLParser.initialize()
  }

  /// The input formats, by file name.
  public enum Format: Sendable {
    case html, text, xml

    /// The format a path names, looking through a `.gz` suffix; nil for other files.
    public init?(path: String) {
      var name = path.lowercased()
      if name.hasSuffix(".gz") { name.removeLast(3) }
      if name.hasSuffix(".html") || name.hasSuffix(".htm") || name.hasSuffix(".xhtml") {
        self = .html
      } else if name.hasSuffix(".txt") || name.hasSuffix(".text") {
        self = .text
      } else if name.hasSuffix(".xml") || name.hasSuffix(".nxml") {
        self = .xml
      } else {
        return nil
      }
    }
  }

  /// Reads and cleans the file at `path`.
  public func ingest(path: String) throws(Diagnostic) -> Document {
    guard let format = Format(path: path) else {
      throw Diagnostic(.unsupportedInput, "not an input file (.html, .htm, .txt, .xml, optionally .gz)", file: path)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Diagnostic(.unreadableFile, "cannot read file (missing, a folder, or no permission)", file: path)
    }
    var bytes = [UInt8](data)
    if path.lowercased().hasSuffix(".gz") {
      do {
        bytes = try Gunzip.inflate(bytes)
      } catch .tooLarge {
        throw Diagnostic(.unreadableFile, "gzip data expands past \(Gunzip.maximumOutput >> 20) MB; refused", file: path)
      } catch {
        throw Diagnostic(.unreadableFile, "not valid gzip data", file: path)
      }
    }
    return try ingest(bytes: bytes, format: format, source: path)
  }

  /// Cleans in-memory bytes as if read from a file of `format`.
  /// Whether the first 64 KB open an HTML page ("<html" or "<body", any case): the HTML
  /// parser makes a body for anything, so its tree cannot tell.
  static func namesHTMLPage(_ bytes: [UInt8]) -> Bool {
    let head = bytes.prefix(65_536).map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
    for tag in ["<html", "<body"] {
      let needle = Array(tag.utf8)
      if head.count >= needle.count, (0...(head.count - needle.count)).contains(where: { head[$0..<($0 + needle.count)].elementsEqual(needle) }) {
        return true
      }
    }
    return false
  }

  public func ingest(bytes: [UInt8], format: Format, source: String) throws(Diagnostic) -> Document {
    let utf8 = SourceDecoder.utf8(bytes)
    if utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      return Document(source: source, title: "", blocks: [], warnings: ["empty file"])
    }
    switch format {
    case .text:
      return PlainTextReader(cues: cues).read(utf8, source: source)
    case .html:
      guard let tree = LibXMLParser.parseHTML(utf8) else {
        throw Diagnostic(.unparsableMarkup, "libxml2 could not parse this HTML", file: source)
      }
      return HTMLReader(cues: cues).read(tree, source: source)
    case .xml:
      guard let tree = LibXMLParser.parseXML(utf8) else {
        // Scrapers save HTML as .xml too; an XML parse failure is not the end.
        if Self.namesHTMLPage(utf8), let tree = LibXMLParser.parseHTML(utf8) {
          return HTMLReader(cues: cues).read(tree, source: source)
        }
        throw Diagnostic(.unparsableMarkup, "libxml2 could not parse this XML (malformed, or refused as unsafe)", file: source)
      }
      if let dialect = XMLArticleReader.dialect(of: tree) {
        return XMLArticleReader(cues: cues).read(tree, dialect: dialect, source: source)
      }
      return HTMLReader(cues: cues).read(tree, source: source)
    }
  }
}
