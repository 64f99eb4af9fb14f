// swift-tools-version:6.0
// translint: a translation-quality checker for machine-translated articles.
//
// Targets follow one dependency direction:
//   TextKernels (C, no ICU) -> ICUBridge (C shim over the system libicu, CICU) -> TextCore
//   -> Formats (Markdown, HTML, XLIFF, PO through C shims over cmark-gfm, Gumbo, libxml2,
//   libgettextpo) -> RuleEngine -> Reporting (HTML through swift-mustache) -> Pipeline -> Evaluation
//   and TranslintServer (Hummingbird) -> TranslintCLI -> translint
import PackageDescription

/// `TRANSLINT_STATIC_PARSERS=1` (the distribution build, `.ci/dist`) links the document
/// parsers from their static archives, so that the binary needs only the system ICU, libc,
/// libstdc++, zlib and liblzma — what a minimal Debian with libicu72 has. The parsers' module
/// maps name no library: the C bridge targets link them, shared or static. (pkg-config, which
/// would name the shared ones, is not asked in the static build.)
let staticParsers = Context.environment["TRANSLINT_STATIC_PARSERS"] == "1"

func parserLibraries(_ names: [String], staticAlso: [String] = []) -> [LinkerSetting] {
    guard staticParsers else { return names.map { .linkedLibrary($0) } }
    return names.map { .linkedLibrary(":lib\($0).a") } + staticAlso.map { .linkedLibrary($0) }
}

let package = Package(
    name: "translint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "translint", targets: ["translint"]),
        .executable(name: "translint-bench", targets: ["translint-bench"]),
        .library(name: "TranslintKit", targets: ["TextCore", "Formats", "RuleEngine", "Reporting", "Pipeline", "Evaluation"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc",
            providers: [.apt(["libicu-dev", "pkg-config"])]
        ),
        .target(name: "TextKernels"),
        .target(
            name: "ICUBridge",
            dependencies: ["CICU", "TextKernels"],
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        // The document formats: each system parser behind a small C target that flattens
        // its tree into records, read by the Swift Formats module.
        .systemLibrary(name: "CMarkGFM", pkgConfig: staticParsers ? nil : "libcmark-gfm", providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CGumbo", pkgConfig: staticParsers ? nil : "gumbo", providers: [.apt(["libgumbo-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: staticParsers ? nil : "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CGettextPO", providers: [.apt(["libgettextpo-dev"])]),
        .target(name: "BridgeSupport"),
        .target(name: "MarkdownBridge", dependencies: ["CMarkGFM", "BridgeSupport"],
                linkerSettings: parserLibraries(["cmark-gfm-extensions", "cmark-gfm"])),
        .target(name: "HTMLBridge", dependencies: ["CGumbo", "BridgeSupport"], linkerSettings: parserLibraries(["gumbo"])),
        .target(name: "XMLBridge", dependencies: ["CLibXML2", "BridgeSupport"],
                cSettings: staticParsers ? [.unsafeFlags(["-I/usr/include/libxml2"])] : [], linkerSettings: parserLibraries(["xml2"], staticAlso: ["z", "lzma", "m"])),
        .target(name: "POBridge", dependencies: ["CGettextPO", "BridgeSupport"], linkerSettings: parserLibraries(["gettextpo", "unistring"])),
        .target(name: "TextCore", dependencies: ["ICUBridge", "TextKernels"], swiftSettings: [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]),
        .target(name: "Formats", dependencies: ["TextCore", "MarkdownBridge", "HTMLBridge", "XMLBridge", "POBridge", "Yams"]),
        .target(name: "RuleEngine", dependencies: ["TextCore", "TextKernels", "Formats", "Yams"], swiftSettings: [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]),
        .target(name: "Reporting", dependencies: ["RuleEngine", .product(name: "Mustache", package: "swift-mustache")], swiftSettings: [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]),
        .target(name: "Pipeline", dependencies: ["Reporting", "Formats"], swiftSettings: [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]),
        .target(name: "Evaluation", dependencies: ["Pipeline"]),
        // The HTTP server: LanguageTool's API and the native API over the pipeline.
        .target(name: "TranslintServer", dependencies: [
            "Pipeline", "Reporting", "RuleEngine", "Formats", "TextCore",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "CoreMetrics", package: "swift-metrics"),
            .product(name: "Logging", package: "swift-log"),
        ], exclude: ["openapi.yaml"]),
        .target(
            name: "TranslintCLI",
            dependencies: ["Evaluation", "TranslintServer", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "translint", dependencies: ["TranslintCLI"]),
        .executableTarget(name: "translint-bench", dependencies: ["Pipeline", "Formats", "Reporting", "RuleEngine", "TextCore"]),
        // The plain C floor translint-bench measures against: ICU alone, no Swift in its loop.
        .executableTarget(name: "translint-floor", dependencies: ["CICU"],
                          linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]),
        // Fuzzing: the targets, and a driver that replays inputs or (built by .ci/fuzz) runs libFuzzer.
        .target(name: "FuzzTargets", dependencies: ["Pipeline", "Formats", "Reporting", "RuleEngine", "TextCore"]),
        .executableTarget(name: "translint-fuzz", dependencies: ["FuzzTargets"]),
        .target(name: "TestSupport", dependencies: ["RuleEngine"], path: "Tests/TestSupport"),
        .testTarget(name: "TextCoreTests", dependencies: ["TextCore", "TestSupport"]),
        .testTarget(name: "FormatsTests", dependencies: ["Formats", "TestSupport"]),
        .testTarget(name: "RuleEngineTests", dependencies: ["RuleEngine", "TestSupport"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "FuzzTargets", "TestSupport"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["TranslintCLI", "translint", "translint-floor", "TestSupport"]),
        .testTarget(name: "ServerTests", dependencies: [
            "TranslintServer", "TestSupport", "RuleEngine",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
    ]
)
