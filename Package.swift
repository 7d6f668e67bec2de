// swift-tools-version:6.1
import PackageDescription

let argumentParser: Target.Dependency = .product(name: "ArgumentParser", package: "swift-argument-parser")

let swiftSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "TrialFacts",
  products: [
    .executable(name: "trialfacts", targets: ["trialfacts"]),
    .library(name: "TrialFacts", targets: ["TrialFacts"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // C
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
    .systemLibrary(
      name: "CZlib", pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),

    // Core: value types every stage shares
    .target(name: "TrialFactsCore"),
    .target(name: "TrialFactsRules", dependencies: ["TrialFactsCore"]),

    // Stages, in pipeline order: Ingest -> Extract -> Normalize -> Output
    .target(name: "TrialFactsIngest", dependencies: ["CLibXML2", "CZlib", "TrialFactsCore", "TrialFactsRules"]),
    .target(name: "TrialFactsExtract", dependencies: ["TrialFactsCore", "TrialFactsRules"]),
    .target(name: "TrialFactsNormalize", dependencies: ["TrialFactsCore", "TrialFactsExtract"]),
    .target(name: "TrialFactsOutput", dependencies: ["TrialFactsCore"]),

    // Facade + CLI
    .target(
      name: "TrialFacts",
      dependencies: [
        "TrialFactsCore", "TrialFactsRules", "TrialFactsIngest", "TrialFactsExtract",
        "TrialFactsNormalize", "TrialFactsOutput",
      ]),
    .executableTarget(name: "trialfacts", dependencies: ["TrialFacts", argumentParser]),

    // Tests
    .testTarget(name: "TrialFactsTests", dependencies: ["TrialFacts", "trialfacts"]),
  ]
)

for target in package.targets where target.type != .system {
  target.swiftSettings = (target.swiftSettings ?? []) + swiftSettings
}
