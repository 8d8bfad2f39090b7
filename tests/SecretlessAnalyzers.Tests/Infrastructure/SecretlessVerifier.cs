using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace SecretlessAnalyzers.Tests.Infrastructure
{
    /// <summary>
    /// The verifier every rule test uses: roslyn-sdk's <see cref="CSharpCodeFixTest{TAnalyzer, TCodeFix, TVerifier}"/>
    /// and <see cref="CSharpAnalyzerTest{TAnalyzer, TVerifier}"/>, set up once for this repository (see
    /// <see cref="TestSetup"/>): the real SDK references, .editorconfig options, the C# version, and one check
    /// roslyn-sdk lacks, that a code fix leaves none of the secrets it fixed in the document.
    /// </summary>
    public static class SecretlessVerifier<TAnalyzer, TCodeFix>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        public static DiagnosticResult Diagnostic() => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic();

        public static DiagnosticResult Diagnostic(string id) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(id);

        public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(descriptor);

        public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
        {
            var test = new AnalyzerTest { TestCode = source };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        public static Task VerifyCodeFixAsync(string source, string fixedSource) =>
            VerifyCodeFixAsync(source, System.Array.Empty<DiagnosticResult>(), fixedSource);

        public static Task VerifyCodeFixAsync(string source, DiagnosticResult expected, string fixedSource) =>
            VerifyCodeFixAsync(source, new[] { expected }, fixedSource);

        public static Task VerifyCodeFixAsync(string source, DiagnosticResult[] expected, string fixedSource)
        {
            var test = new Test { TestCode = source, FixedCode = fixedSource };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        /// <summary>Diagnostics only: whether a fix is offered is not checked.</summary>
        public sealed class AnalyzerTest : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            public AnalyzerTest() => TestSetup.Apply(this);

            /// <summary>Global .editorconfig options (a <c>/.globalconfig</c> in the test project).</summary>
            public Dictionary<string, string> AnalyzerConfigOptions { get; } = new();

            public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

            protected override ParseOptions CreateParseOptions() => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion);

            protected override Task RunImplAsync(CancellationToken cancellationToken)
            {
                TestSetup.AddGlobalConfig(TestState, AnalyzerConfigOptions);
                return base.RunImplAsync(cancellationToken);
            }
        }

        public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            public Test()
            {
                TestSetup.Apply(this);

                // Markup left in the fixed code is a finding the fix must leave in place (roslyn-sdk ignores the
                // markup of fixable IDs there by default, and would then fail on that remaining finding).
                FixedState.MarkupHandling = MarkupMode.Allow;
                BatchFixedState.MarkupHandling = MarkupMode.Allow;
            }

            /// <summary>Global .editorconfig options (a <c>/.globalconfig</c> in the test project).</summary>
            public Dictionary<string, string> AnalyzerConfigOptions { get; } = new();

            public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

            /// <summary>
            /// Skips <see cref="TestSetup.AssertNoFixedSecretRemains"/>, for the few fixes that keep a literal on
            /// purpose (say why at the call site).
            /// </summary>
            public bool AllowFixedSecretToRemain { get; set; }

            /// <summary>
            /// Secrets that live outside the C# code (a key in appsettings.json) and that the fix must remove: none of the
            /// fixed or fix-all documents, additional files included, may contain any of them.
            /// </summary>
            public List<string> SecretsMovedOut { get; } = new();

            /// <summary>Sets a global .editorconfig option.</summary>
            public Test WithOption(string key, string value)
            {
                AnalyzerConfigOptions[key] = value;
                return this;
            }

            protected override ParseOptions CreateParseOptions() => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion);

            protected override async Task RunImplAsync(CancellationToken cancellationToken)
            {
                TestSetup.AddGlobalConfig(TestState, AnalyzerConfigOptions);
                await base.RunImplAsync(cancellationToken).ConfigureAwait(false);
                if (!AllowFixedSecretToRemain)
                {
                    TestSetup.AssertNoFixedSecretRemains(TestState, FixedState, BatchFixedState, new TCodeFix().FixableDiagnosticIds);
                }

                TestSetup.AssertFixAddsNoCompilerWarning(TestState, FixedState, (CSharpParseOptions)CreateParseOptions());
                TestSetup.AssertNoSecretRemains(SecretsMovedOut, FixedState, BatchFixedState);
                TestSetup.AssertJsonStaysValid(TestState, FixedState, BatchFixedState);
            }
        }
    }

    /// <summary>What every roslyn-sdk test of this repository shares.</summary>
    public static class TestSetup
    {
        public static void Apply(AnalyzerTest<DefaultVerifier> test)
        {
            // The framework and the real SDKs come from the restore (no download while the tests run).
            test.ReferenceAssemblies = TestReferences.NoDownload;
            test.TestState.AdditionalReferences.AddRange(TestReferences.All);

            // Security rules report in generated code too (GeneratedCodeAnalysisFlags.Analyze | ReportDiagnostics),
            // which roslyn-sdk's generated-code check takes for a bug; Meta/GeneratedCodeTests checks it instead.
            test.TestBehaviors |= TestBehaviors.SkipGeneratedCodeCheck;

            // Test sources are full of raw interpolated strings ($$"""): $$ is code, not a caret position.
            test.MarkupOptions |= MarkupOptions.TreatPositionIndicatorsAsCode;
        }

        /// <summary>Writes <paramref name="options"/> as the test project's <c>/.globalconfig</c>, as a build passes them on.</summary>
        public static void AddGlobalConfig(SolutionState state, IReadOnlyDictionary<string, string> options)
        {
            if (options.Count == 0 || state.AnalyzerConfigFiles.Any(file => file.filename == "/.globalconfig"))
            {
                return;
            }

            var text = new StringBuilder("is_global = true").AppendLine();
            foreach (var pair in options)
            {
                text.Append(pair.Key).Append(" = ").AppendLine(pair.Value);
            }

            state.AnalyzerConfigFiles.Add(("/.globalconfig", SourceText.From(text.ToString())));
        }

        /// <summary>
        /// The check roslyn-sdk does not make: every string literal a fixable finding of the input points at is
        /// gone from the fixed (and fix-all) documents, unless the fixed markup still expects a finding on it.
        /// </summary>
        public static void AssertNoFixedSecretRemains(SolutionState testState, SolutionState fixedState, SolutionState batchState, ImmutableArray<string> fixableIds)
        {
            var literals = new HashSet<string>(System.StringComparer.Ordinal);
            var inputs = new Dictionary<string, string>(System.StringComparer.Ordinal);
            foreach (var (name, content) in testState.Sources)
            {
                TestFileMarkupParser.GetSpans(content.ToString(), out string input, out ImmutableDictionary<string, ImmutableArray<TextSpan>> spans);
                inputs[name] = input;
                foreach (var pair in spans)
                {
                    // A named span ({|SL1001:...|}) of a fixable rule, or a location ({|#0:...|}) an expected
                    // finding of a fixable rule refers to.
                    bool location = pair.Key.StartsWith("#", System.StringComparison.Ordinal);
                    if (location ? !testState.ExpectedDiagnostics.Any(d => fixableIds.Contains(d.Id)) : !fixableIds.Contains(pair.Key))
                    {
                        continue;
                    }

                    foreach (var span in pair.Value)
                    {
                        string text = input.Substring(span.Start, span.Length);
                        if (IsStringLiteral(text))
                        {
                            literals.Add(text);
                        }
                    }
                }
            }

            if (literals.Count == 0)
            {
                return;
            }

            foreach (var state in new[] { fixedState, batchState })
            {
                foreach (var (name, content) in state.Sources)
                {
                    string markup = content.ToString();
                    TestFileMarkupParser.GetSpans(markup, out string output, out ImmutableDictionary<string, ImmutableArray<TextSpan>> spans);
                    if (inputs.TryGetValue(name, out string? input) && input == output)
                    {
                        continue;
                    }

                    var stillExpected = new HashSet<string>(spans.Values.SelectMany(s => s).Select(s => output.Substring(s.Start, s.Length)), System.StringComparer.Ordinal);
                    foreach (string literal in literals)
                    {
                        if (output.Contains(literal, System.StringComparison.Ordinal) && !stillExpected.Any(e => e.Contains(literal, System.StringComparison.Ordinal)))
                        {
                            throw new Xunit.Sdk.XunitException($"The fixed code of {name} still contains the secret literal {Redact(literal)} that the fix was to remove.");
                        }
                    }
                }
            }
        }

        /// <summary>None of <paramref name="secrets"/> is left in a fixed or fix-all source or additional file.</summary>
        public static void AssertNoSecretRemains(IReadOnlyCollection<string> secrets, params SolutionState[] states)
        {
            foreach (var state in states)
            {
                foreach (var (name, content) in state.Sources.Concat(state.AdditionalFiles))
                {
                    foreach (string secret in secrets)
                    {
                        if (content.ToString().Contains(secret, System.StringComparison.Ordinal))
                        {
                            throw new Xunit.Sdk.XunitException($"{name} still contains the secret {Redact("\"" + secret + "\"")} after the fix.");
                        }
                    }
                }
            }
        }

        /// <summary>
        /// Every .json additional file a fix rewrote still parses with System.Text.Json: strictly when the input parsed
        /// strictly, with comments and trailing commas (as ASP.NET Core reads appsettings) when the input had them.
        /// </summary>
        public static void AssertJsonStaysValid(SolutionState testState, params SolutionState[] fixedStates)
        {
            var inputs = testState.AdditionalFiles.ToDictionary(f => f.filename, f => f.content.ToString(), System.StringComparer.Ordinal);
            foreach (var state in fixedStates)
            {
                foreach (var (name, content) in state.AdditionalFiles)
                {
                    string text = content.ToString();
                    if (!name.EndsWith(".json", System.StringComparison.OrdinalIgnoreCase) || !inputs.TryGetValue(name, out string? input) || input == text)
                    {
                        continue;
                    }

                    bool strict = ParsesAsJson(input, lenient: false);
                    if (!ParsesAsJson(text, lenient: !strict))
                    {
                        throw new Xunit.Sdk.XunitException($"The fix left {name} invalid JSON ({(strict ? "strict, as the input was" : "with comments and trailing commas allowed")}).");
                    }
                }
            }
        }

        private static bool ParsesAsJson(string text, bool lenient)
        {
            try
            {
                using var document = System.Text.Json.JsonDocument.Parse(text, new System.Text.Json.JsonDocumentOptions
                {
                    CommentHandling = lenient ? System.Text.Json.JsonCommentHandling.Skip : System.Text.Json.JsonCommentHandling.Disallow,
                    AllowTrailingCommas = lenient,
                });
                return true;
            }
            catch (System.Text.Json.JsonException)
            {
                return false;
            }
        }

        /// <summary>
        /// roslyn-sdk checks that the fixed code has no compiler error; a build with <c>-warnaserror</c> also needs
        /// the fix to add no warning (an obsolete API, a nullable warning...). Compiles the input and the fixed code
        /// against the same references and fails on any warning only the fixed code has.
        /// </summary>
        public static void AssertFixAddsNoCompilerWarning(SolutionState testState, SolutionState fixedState, CSharpParseOptions parseOptions)
        {
            if (fixedState.Sources.Count == 0)
            {
                return;
            }

            var before = Warnings(testState.Sources, testState, parseOptions);
            var after = Warnings(fixedState.Sources, testState, parseOptions);
            foreach (var warning in before)
            {
                after.Remove(warning);
            }

            if (after.Count > 0)
            {
                throw new Xunit.Sdk.XunitException("The fix adds compiler warnings: " + string.Join("; ", after));
            }
        }

        private static List<string> Warnings(IEnumerable<(string filename, SourceText content)> sources, SolutionState testState, CSharpParseOptions parseOptions)
        {
            var trees = sources.Select(source =>
            {
                TestFileMarkupParser.GetSpans(source.content.ToString(), out string text, out ImmutableDictionary<string, ImmutableArray<TextSpan>> _);
                return CSharpSyntaxTree.ParseText(text, parseOptions, source.filename);
            });
            var compilation = CSharpCompilation.Create(
                "FixedCode",
                trees,
                TestReferences.All.Concat(testState.AdditionalReferences).Distinct(),
                new CSharpCompilationOptions(testState.OutputKind ?? OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true)
                    .WithSpecificDiagnosticOptions(SdkNoWarn));
            return compilation.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Warning && !d.IsSuppressed)
                .Select(d => $"{d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
                .ToList();
        }

        // What the .NET SDK's NoWarn switches off in every build: assembly version unification notes.
        private static readonly ImmutableDictionary<string, ReportDiagnostic> SdkNoWarn = ImmutableDictionary<string, ReportDiagnostic>.Empty
            .Add("CS1701", ReportDiagnostic.Suppress)
            .Add("CS1702", ReportDiagnostic.Suppress);

        private static bool IsStringLiteral(string text)
        {
            string trimmed = text.TrimStart('@', '$', 'u', '8');
            return trimmed.Length >= 10 && trimmed[0] == '"' && text.TrimEnd().EndsWith('"');
        }

        private static string Redact(string literal) => literal.Length <= 8 ? "\"...\"" : $"{literal.Substring(0, 5)}... ({literal.Length} characters)";
    }
}
