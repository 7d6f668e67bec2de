/// A recognizer adds the mentions of one kind of fact to a sentence.
///
/// Recognizers run in a fixed order (see ``MentionScanner``) and may build on what the
/// earlier ones found: doses on numbers, routes on drugs and doses.
protocol Recognizer: Sendable {
  func recognize(_ sentence: inout Sentence, lexicons: Lexicons)
}
