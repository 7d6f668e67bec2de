import CZlib

/// Inflates gzip data with zlib, refusing outputs past a limit (a gzip bomb must not
/// take the machine's memory).
enum Gunzip {
  static let maximumOutput = 1 << 30

  enum Failure: Error { case corrupt, tooLarge }

  static func inflate(_ input: [UInt8]) throws(Failure) -> [UInt8] {
    var stream = z_stream()
    guard CZlib_inflateInit2(&stream, 15 + 32) == Z_OK else { throw .corrupt }
    defer { inflateEnd(&stream) }
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var status: Int32 = Z_OK
    var mutableInput = input
    var failure: Failure?
    mutableInput.withUnsafeMutableBufferPointer { inBuffer in
      stream.next_in = inBuffer.baseAddress
      stream.avail_in = uInt(inBuffer.count)
      repeat {
        chunk.withUnsafeMutableBufferPointer { outBuffer in
          stream.next_out = outBuffer.baseAddress
          stream.avail_out = uInt(outBuffer.count)
          status = CZlib.inflate(&stream, Z_NO_FLUSH)
          output.append(contentsOf: outBuffer[0..<(outBuffer.count - Int(stream.avail_out))])
        }
        if output.count > maximumOutput {
          failure = .tooLarge
          return
        }
        // Concatenated gzip members: start the next one.
        if status == Z_STREAM_END, stream.avail_in > 0 {
          status = inflateReset(&stream)
        }
      } while status == Z_OK
    }
    if let failure { throw failure }
    guard status == Z_STREAM_END else { throw .corrupt }
    return output
  }
}
