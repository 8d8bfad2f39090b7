using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Configuration;
using SecretlessAnalyzers.Tests.Infrastructure;
using SecretlessAnalyzers.Tokens;
using Xunit;

namespace SecretlessAnalyzers.Tests.Torture
{
    /// <summary>
    /// The long loops of the analyzers (text scans, per-candidate loops, the identifier index, the configuration-file
    /// scan) observe the analysis's cancellation token: an edit in the IDE cancels stale analysis, which must stop at
    /// once instead of finishing a scan of a large file.
    /// </summary>
    public class CancellationTests
    {
        private const int Count = 1000;

        /// <summary>A file with <see cref="Count"/> storage connection strings held in constants.</summary>
        private static readonly string Source = BuildSource();

        private static readonly SyntaxTree Tree = CSharpSyntaxTree.ParseText(Source);

        public static IEnumerable<object[]> Scans() => new[] { "strings", "identifiers", "literals-in-set", "signatures", "secret-like", "configuration" }.Select(s => new object[] { s });

        /// <summary>With an already-cancelled token, each scan throws before handing out its first candidate.</summary>
        [Theory]
        [MemberData(nameof(Scans))]
        public void CancelledToken_StopsTheScanBeforeAnyCandidate(string scan)
        {
            var calls = 0;
            using var cancellation = new CancellationTokenSource();
            cancellation.Cancel();
            Assert.ThrowsAny<OperationCanceledException>(() => Run(scan, () => calls++, cancellation.Token));
            Assert.Equal(0, calls);
        }

        /// <summary>A token cancelled while the scan runs stops it at the next candidate, not at the end of the file.</summary>
        [Theory]
        [MemberData(nameof(Scans))]
        public void TokenCancelledDuringTheScan_StopsItAtTheNextCandidate(string scan)
        {
            // Without cancellation, the scan hands out many candidates.
            var all = 0;
            Run(scan, () => all++, CancellationToken.None);
            Assert.True(all >= Count / 2, $"{scan}: only {all} candidates without cancellation.");

            var calls = 0;
            using var cancellation = new CancellationTokenSource();
            Assert.ThrowsAny<OperationCanceledException>(() => Run(scan, () => { calls++; cancellation.Cancel(); }, cancellation.Token));
            Assert.Equal(1, calls);
        }

        [Fact]
        public void CancelledToken_StopsTheIdentifierIndexBuild()
        {
            using var cancellation = new CancellationTokenSource();
            cancellation.Cancel();

            // A fresh tree: an index built earlier would be returned without any work.
            var tree = CSharpSyntaxTree.ParseText(Source);
            Assert.ThrowsAny<OperationCanceledException>(() => IdentifierIndex.Of(tree, cancellation.Token));
            Assert.NotEmpty(IdentifierIndex.Of(tree, CancellationToken.None).Named("Value1"));
        }

        /// <summary>The driver's view: every rule analysed with an already-cancelled token throws instead of reporting.</summary>
        [Fact]
        public async Task EveryRule_WithACancelledToken_ThrowsInsteadOfRunningToCompletion()
        {
            using var cancellation = new CancellationTokenSource();
            cancellation.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AnalyzerRunner.RunAsync(
                AllRules.CreateAnalyzers(),
                new[] { ("/0/SeedData.cs", Source) },
                additionalFiles: new[] { ("/0/appsettings.json", Settings()) },
                extraReferences: TestReferences.All,
                cancellationToken: cancellation.Token));
        }

        private static void Run(string scan, Action onCandidate, CancellationToken cancellationToken)
        {
            var root = Tree.GetRoot();
            switch (scan)
            {
                case "strings":
                    TextScan.ForEachStringCandidate(root, Source, new[] { "AccountKey" }, _ => onCandidate(), cancellationToken);
                    break;
                case "identifiers":
                    TextScan.ForEachIdentifier(root, Source, new[] { "Use" }, _ => onCandidate(), cancellationToken);
                    break;
                case "literals-in-set":
                    var names = new HashSet<string>(Enumerable.Range(0, Count).Select(i => "Storage" + i), StringComparer.OrdinalIgnoreCase);
                    TextScan.ForEachStringLiteralIn(root, Source, names, _ => onCandidate(), cancellationToken);
                    break;
                case "signatures":
                    // The key's base64 holds escapes-free text; every value also holds "AccountKey=", and \u escapes
                    // count as signature hits: the file below gives one escape per constant.
                    LiteralScan.ForEachSignatureValue(root, Source, _ => onCandidate(), cancellationToken);
                    break;
                case "secret-like":
                    LiteralScan.ForEachSecretLikeLiteral(root, Source, _ => onCandidate(), cancellationToken);
                    break;
                case "configuration":
                    // The configuration-file scan of SL1020 (and of SL1021, which reads the same secrets).
                    foreach (var _ in ConfiguredSecrets.InFile(new InMemoryText("/0/appsettings.json", Settings()), cancellationToken))
                    {
                        onCandidate();
                    }

                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(scan), scan, null);
            }
        }

        private static string BuildSource()
        {
            var source = new StringBuilder("class SeedData\n{\n    static void Use(string value) { }\n");
            for (var i = 0; i < Count; i++)
            {
                source.Append("    public const string Value").Append(i).Append(" = \"")
                    .Append(FakeSecrets.StorageConnectionString("account" + i, seed: i)).Append(";Comment=caf\\u00e9\";\n");
                source.Append("    public const string Name").Append(i).Append(" = \"Storage").Append(i).Append("\";\n");
                source.Append("    static void Read").Append(i).Append("() => Use(Value").Append(i).Append(");\n");
            }

            return source.Append("}\n").ToString();
        }

        private static string Settings() =>
            "{ \"ConnectionStrings\": { "
            + string.Join(", ", Enumerable.Range(0, Count).Select(i => $"\"Storage{i}\": \"{FakeSecrets.StorageConnectionString("account" + i, seed: i)}\""))
            + " } }";

        private sealed class InMemoryText : AdditionalText
        {
            private readonly SourceText _text;

            public InMemoryText(string path, string text)
            {
                Path = path;
                _text = SourceText.From(text);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }
    }
}
