import Foundation

/// Runs the pipeline over many files on several cores and hands the results back in
/// input order, so the output is the same whatever `jobs` is.
public struct BatchRunner: Sendable {
  public let pipeline: Pipeline
  public let jobs: Int
  /// Files processed together before their records are written; bounds memory.
  public var windowSize = 256

  public init(pipeline: Pipeline, jobs: Int) {
    self.pipeline = pipeline
    self.jobs = max(1, jobs)
  }

  /// Input files for the given paths: folders are walked recursively for supported
  /// files (sorted by path); files named directly are taken whatever their name.
  public static func inputFiles(_ paths: [String]) -> [String] {
    var files: [String] = []
    let fm = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
        files.append(path)
        continue
      }
      var found: [String] = []
      let base = path.hasSuffix("/") ? String(path.dropLast()) : path
      if let walker = fm.enumerator(atPath: path) {
        while let relative = walker.nextObject() as? String {
          if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
          if Ingestor.Format(path: relative) != nil { found.append(base + "/" + relative) }
        }
      }
      files.append(contentsOf: found.sorted())
    }
    return files
  }

  /// Processes `files`, calling `emit` with each result in input order.
  public func run(_ files: [String], emit: (Int, Pipeline.Result) -> Void) {
    let pipeline = self.pipeline
    map(files, work: { pipeline.process(path: $0) }, emit: emit)
  }

  /// Ingests `files` only (no extraction), in input order.
  public static func ingest(
    _ files: [String], with ingestor: Ingestor, jobs: Int, emit: (Int, String, Result<Document, Diagnostic>) -> Void
  ) {
    map(files, jobs: max(1, jobs), windowSize: 256, work: { path in Result { () throws(Diagnostic) in try ingestor.ingest(path: path) } }) {
      index, result in
      emit(index, files[index], result)
    }
  }

  private func map<T: Sendable>(_ files: [String], work: @escaping @Sendable (String) -> T, emit: (Int, T) -> Void) {
    Self.map(files, jobs: jobs, windowSize: windowSize, work: work, emit: emit)
  }

  /// Runs `work` on every file with `jobs` workers, a window at a time, and hands the
  /// results to `emit` in input order.
  private static func map<T: Sendable>(
    _ files: [String], jobs: Int, windowSize: Int, work: @escaping @Sendable (String) -> T, emit: (Int, T) -> Void
  ) {
    var start = 0
    while start < files.count {
      let window = Array(files[start..<min(files.count, start + windowSize)])
      let results = ResultSlots<T>(count: window.count)
      if jobs == 1 {
        for (i, file) in window.enumerated() { results.store(i, work(file)) }
      } else {
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: min(jobs, window.count)) { _ in
          while let i = next.take(below: window.count) {
            results.store(i, work(window[i]))
          }
        }
      }
      for (i, result) in results.all().enumerated() { emit(start + i, result) }
      start += window.count
    }
  }
}

/// Results written by workers at their own index; read once all are done.
private final class ResultSlots<T>: @unchecked Sendable {
  private var slots: [T?]
  private let lock = NSLock()
  init(count: Int) { slots = Array(repeating: nil, count: count) }
  func store(_ i: Int, _ result: T) {
    lock.lock()
    slots[i] = result
    lock.unlock()
  }
  func all() -> [T] { slots.compactMap { $0 } }
}

/// Hands out work items one at a time to whichever worker is free.
private final class Counter: @unchecked Sendable {
  private var value = 0
  private let lock = NSLock()
  func take(below limit: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard value < limit else { return nil }
    value += 1
    return value - 1
  }
}
