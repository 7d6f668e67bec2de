@_exported import TrialFactsCore
@_exported import TrialFactsExtract
@_exported import TrialFactsIngest
@_exported import TrialFactsNormalize
@_exported import TrialFactsOutput
@_exported import TrialFactsRules
