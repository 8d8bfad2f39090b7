using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SecretlessAnalyzers.Rules;
using SecretlessAnalyzers.Storage;
using SecretlessAnalyzers.Tests.Infrastructure;
using SecretlessAnalyzers.Tests.Tokens;
using Xunit;

namespace SecretlessAnalyzers.Tests.Meta
{
    /// <summary>
    /// What the repository's set-up of the roslyn-sdk verifiers must catch, shown with analyzers and fixes that
    /// are wrong on purpose: an analyzer that throws (AD0001), a fix whose code does not compile against the real
    /// SDKs, a fix that keeps the secret, and rules that would go quiet in generated code.
    /// </summary>
    public class VerifierSetupTests
    {
        private static readonly string Cs = FakeSecrets.StorageConnectionString("contoso");

        private const string StorageSource = """
            using Azure.Storage.Blobs;

            class Orders
            {
                public BlobServiceClient Create() => new BlobServiceClient({|SL1001:"CS"|});
            }
            """;

        [Fact]
        public async Task AnalyzerThatThrows_FailsTheTest()
        {
            var test = new SecretlessVerifier<ThrowingAnalyzer, EmptyCodeFixProvider>.AnalyzerTest { TestCode = "class C { }" };

            var failure = await Assert.ThrowsAnyAsync<Exception>(() => test.RunAsync());

            Assert.Contains("AD0001", failure.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task FixThatDoesNotCompileAgainstTheRealSdk_FailsTheTest()
        {
            var test = new SecretlessVerifier<StorageAccountKeyAnalyzer, ReplaceWithUnknownMethodFix>.Test
            {
                TestCode = StorageSource.Replace("CS", Cs, StringComparison.Ordinal),
                FixedCode = StorageSource.Replace("{|SL1001:\"CS\"|}", "NoSuchMethod()", StringComparison.Ordinal),
            };

            var failure = await Assert.ThrowsAnyAsync<Exception>(() => test.RunAsync());

            Assert.Contains("CS0103", failure.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task FixThatAddsAnObsoleteCall_FailsTheTest()
        {
            const string Obsolete = "\n    [System.Obsolete(\"old\")] static string Old() => \"\";\n}";
            var test = new SecretlessVerifier<StorageAccountKeyAnalyzer, ReplaceWithObsoleteCallFix>.Test
            {
                TestCode = StorageSource.Replace("CS", Cs, StringComparison.Ordinal).TrimEnd().TrimEnd('}') + Obsolete,
                FixedCode = StorageSource.Replace("{|SL1001:\"CS\"|}", "Old()", StringComparison.Ordinal).TrimEnd().TrimEnd('}') + Obsolete,
            };

            var failure = await Assert.ThrowsAnyAsync<Exception>(() => test.RunAsync());

            Assert.Contains("CS0618", failure.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task FixThatKeepsTheSecret_FailsTheTest()
        {
            string fixedCode = StorageSource.Replace("{|SL1001:\"CS\"|}", "\"" + Cs + "\" /* reviewed */", StringComparison.Ordinal);
            var test = new SecretlessVerifier<StorageAccountKeyAnalyzer, AppendCommentFix>.Test
            {
                TestCode = StorageSource.Replace("CS", Cs, StringComparison.Ordinal),
                FixedCode = fixedCode,
                // The kept literal is still reported: expected, so only the secret check can object.
                FixedState = { MarkupHandling = MarkupMode.None },
            };
            test.FixedState.ExpectedDiagnostics.Add(new DiagnosticResult("SL1001", DiagnosticSeverity.Warning).WithSpan(5, 64, 5, 64 + Cs.Length + 2));

            var failure = await Assert.ThrowsAnyAsync<Exception>(() => test.RunAsync());

            Assert.Contains("still contains the secret literal", failure.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Cs, failure.Message, StringComparison.Ordinal);
        }

        /// <summary>
        /// roslyn-sdk's generated-code check expects rules to go quiet in <c>// &lt;auto-generated/&gt;</c> files; ours
        /// must not (a secret in generated code is still a secret), so the verifiers skip that check and this test
        /// asks every analyzer for it directly.
        /// The migration advisories (SL2xxx: a client fed from configuration, DefaultAzureCredential) are about code
        /// a person maintains, so they choose to skip generated code, explicitly.
        /// </summary>
        [Fact]
        public void EveryAnalyzer_AnalyzesAndReportsInGeneratedCode_Concurrently()
        {
            foreach (var analyzer in AllRules.CreateAnalyzers())
            {
                var context = new RecordingContext();
                analyzer.Initialize(context);
                bool findsSecrets = analyzer.SupportedDiagnostics.All(d => d.Id.StartsWith("SL1", StringComparison.Ordinal));
                var expected = findsSecrets ? GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics : GeneratedCodeAnalysisFlags.None;
                Assert.True(context.Generated == expected, $"{analyzer.GetType().Name}: {context.Generated}");
                Assert.True(context.Concurrent, $"{analyzer.GetType().Name} does not enable concurrent execution");
            }
        }

        [Fact]
        public async Task SecretsInGeneratedCode_AreReportedLikeInHandWrittenCode()
        {
            string source = string.Join(
                "\n",
                "using Azure.Storage.Blobs;",
                "using Azure.Messaging.ServiceBus;",
                "using Microsoft.Data.SqlClient;",
                "using Microsoft.Azure.Cosmos;",
                "class Clients",
                "{",
                $"    BlobServiceClient Blobs() => new BlobServiceClient(\"{Cs}\");",
                $"    ServiceBusClient Bus() => new ServiceBusClient(\"{FakeSecrets.MessagingConnectionString()}\");",
                $"    SqlConnection Sql() => new SqlConnection(\"Server=tcp:contoso-sql.database.windows.net;Database=orders;User ID=app;Password={FakeServiceSecrets.DatabasePassword()}\");",
                $"    CosmosClient Cosmos() => new CosmosClient(\"{FakeSecrets.CosmosConnectionString()}\");",
                $"    Azure.Identity.ClientSecretCredential Secret() => new Azure.Identity.ClientSecretCredential(\"tenant\", \"00000000-0000-0000-0000-000000000001\", \"{FakeTokens.EntraSecret()}\");",
                "}");

            var handWritten = await AnalyzerRunner.RunAsync(AllRules.CreateAnalyzers(), new[] { ("/0/Clients.cs", source) }, extraReferences: TestReferences.All);
            var generated = await AnalyzerRunner.RunAsync(AllRules.CreateAnalyzers(), new[] { ("/0/Clients.g.cs", "// <auto-generated/>\n" + source) }, extraReferences: TestReferences.All);

            Assert.False(handWritten.HasFailures || generated.HasFailures, handWritten.FormatFailures() + generated.FormatFailures());
            var ids = handWritten.AnalyzerDiagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal).ToArray();
            Assert.Contains("SL1001", ids);
            Assert.Contains("SL1002", ids);
            Assert.Contains("SL1003", ids);
            Assert.Contains("SL1004", ids);
            Assert.Contains("SL1005", ids);
            Assert.Equal(ids, generated.AnalyzerDiagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
        }

        // A test-only analyzer, wrong on purpose and never shipped: the rules for shipped analyzers do not apply.
#pragma warning disable RS1036, RS1038, RS1041, RS2008
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Rule = new("XX0001", "Throws", "Throws", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterSyntaxTreeAction(_ => throw new InvalidOperationException("broken on purpose"));
            }
        }

#pragma warning restore RS1036, RS1038, RS1041, RS2008

        /// <summary>Replaces the flagged literal with a call that does not exist.</summary>
        [ExportCodeFixProvider(LanguageNames.CSharp), Shared]
        private sealed class ReplaceWithUnknownMethodFix : LiteralFix
        {
            protected override SyntaxNode Replacement(LiteralExpressionSyntax literal) => SyntaxFactory.ParseExpression("NoSuchMethod()");
        }

        /// <summary>Replaces the flagged literal with a call to an obsolete method (a warning, not an error).</summary>
        [ExportCodeFixProvider(LanguageNames.CSharp), Shared]
        private sealed class ReplaceWithObsoleteCallFix : LiteralFix
        {
            protected override SyntaxNode Replacement(LiteralExpressionSyntax literal) => SyntaxFactory.ParseExpression("Old()");
        }

        /// <summary>Keeps the literal and only appends a comment.</summary>
        [ExportCodeFixProvider(LanguageNames.CSharp), Shared]
        private sealed class AppendCommentFix : LiteralFix
        {
            protected override SyntaxNode Replacement(LiteralExpressionSyntax literal) =>
                literal.WithTrailingTrivia(SyntaxFactory.Space, SyntaxFactory.Comment("/* reviewed */"));
        }

        private abstract class LiteralFix : CodeFixProvider
        {
            public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("SL1001");

            public override FixAllProvider? GetFixAllProvider() => null;

            public override async Task RegisterCodeFixesAsync(CodeFixContext context)
            {
                var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                if (root?.FindNode(context.Span, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create("Wrong on purpose", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, Replacement(literal)))), "Wrong"),
                        context.Diagnostics);
                }
            }

            protected abstract SyntaxNode Replacement(LiteralExpressionSyntax literal);
        }

        /// <summary>Records what an analyzer asks of its context in Initialize.</summary>
        private sealed class RecordingContext : AnalysisContext
        {
            public GeneratedCodeAnalysisFlags? Generated { get; private set; }

            public bool Concurrent { get; private set; }

            public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => Generated = analysisMode;

            public override void EnableConcurrentExecution() => Concurrent = true;

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) { }

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) { }

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) { }

            public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) { }

            public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) { }

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) { }

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) { }

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) { }

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) { }
        }
    }
}
