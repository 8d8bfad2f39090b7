extern alias TaskLibrary;

using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretlessAnalyzers.Baseline;
using SecretlessAnalyzers.Common;
using TaskLibrary::SecretlessAnalyzers.Reporting.Baseline;
using SecretlessAnalyzers.Rules;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using Support = SecretlessAnalyzers.Tests.Baseline.BaselineTestSupport;

namespace SecretlessAnalyzers.Tests.Baseline
{
    /// <summary>
    /// The pieces around the suppressor: the fingerprint properties, the enclosing member, the file format as the
    /// writer (the MSBuild task's logic) writes it and the analyzers read it, and what the writer records from a log.
    /// </summary>
    public sealed class BaselineFileTests
    {
        private static readonly string Key = FakeSecrets.StorageAccountKey(seed: 81);

        private static string Source(string key) =>
            "using Azure.Storage.Blobs;\nnamespace Contoso { public class Store { public BlobServiceClient Blobs() => new BlobServiceClient(\"DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=" + key + "\"); } }";

        [Fact]
        public async Task WithoutASalt_NoFingerprintIsComputed()
        {
            var run = await AnalyzerRunner.RunAsync(
                ImmutableArray.Create<DiagnosticAnalyzer>(new StorageAccountKeyAnalyzer()),
                new[] { ("/0/Test0.cs", Source(Key)) },
                extraReferences: TestReferences.All);

            var finding = Assert.Single(run.AnalyzerDiagnostics);
            Assert.False(finding.Properties.ContainsKey(BaselineFingerprint.FingerprintProperty));
            Assert.False(finding.Properties.ContainsKey(BaselineFingerprint.MemberProperty));
        }

        [Fact]
        public async Task WithASalt_TheFindingCarriesItsFingerprint_FileAndMember()
        {
            var salt = Support.NewSalt();
            var run = await AnalyzerRunner.RunAsync(
                ImmutableArray.Create<DiagnosticAnalyzer>(new StorageAccountKeyAnalyzer()),
                new[] { ("/0/Sub/Store.cs", Source(Key)) },
                globalOptions: Support.BuildOptions(salt),
                extraReferences: TestReferences.All);

            var finding = Assert.Single(run.AnalyzerDiagnostics);
            Assert.Equal("Sub/Store.cs", finding.Properties[BaselineFingerprint.FileProperty]);
            Assert.Equal("Contoso.Store.Blobs", finding.Properties[BaselineFingerprint.MemberProperty]);
            Assert.Matches("^[0-9a-f]{64}$", finding.Properties[BaselineFingerprint.FingerprintProperty]);

            // Another salt, another fingerprint for the same finding: no table computed once serves every baseline.
            var other = await AnalyzerRunner.RunAsync(
                ImmutableArray.Create<DiagnosticAnalyzer>(new StorageAccountKeyAnalyzer()),
                new[] { ("/0/Sub/Store.cs", Source(Key)) },
                globalOptions: Support.BuildOptions(Support.NewSalt()),
                extraReferences: TestReferences.All);
            Assert.NotEqual(finding.Properties[BaselineFingerprint.FingerprintProperty], Assert.Single(other.AnalyzerDiagnostics).Properties[BaselineFingerprint.FingerprintProperty]);
        }

        [Theory]
        [InlineData("namespace A.B; class C { void M() { var s = $$\"x\"; } }", "A.B.C.M")]
        [InlineData("namespace A { class Outer { class Inner { string P { get => $$\"x\"; } } } }", "A.Outer.Inner.P")]
        [InlineData("class C { string a = \"1\", b = $$\"x\"; }", "C.b")]
        [InlineData("class C { C() { } C(int i) { string s = $$\"x\"; } }", "C..ctor")]
        [InlineData("class C { void M() { string Local() => $$\"x\"; } }", "C.M")]
        [InlineData("var s = $$\"x\";", "<top-level>")]
        [InlineData("[System.Obsolete($$\"x\")] class C { }", "C")]
        [InlineData("class C { string this[int i] => $$\"x\"; }", "C.this[]")]
        public void EnclosingMember_NamesNamespaceTypeAndMember(string code, string expected)
        {
            var position = code.IndexOf("$$", System.StringComparison.Ordinal);
            var tree = CSharpSyntaxTree.ParseText(code.Replace("$$", string.Empty));
            var node = tree.GetRoot().FindToken(position).Parent;
            Assert.Equal(expected, BaselineFingerprint.EnclosingMember(node));
        }

        [Fact]
        public void RelativePath_UsesForwardSlashes_AndKeepsPathsOutsideTheProject()
        {
            Assert.Equal("Data/Orders.cs", BaselineFingerprint.RelativePath(@"C:\src\App\Data\Orders.cs", @"C:\src\App"));
            Assert.Equal("Data/Orders.cs", BaselineFingerprint.RelativePath("/src/App/Data/Orders.cs", "/src/App/"));
            Assert.Equal("/src/Shared/Link.cs", BaselineFingerprint.RelativePath("/src/Shared/Link.cs", "/src/App"));
            Assert.Equal("/src/AppOther/X.cs", BaselineFingerprint.RelativePath("/src/AppOther/X.cs", "/src/App"));
        }

        [Fact]
        public void Fingerprint_DependsOnEveryPart()
        {
            var salt = BaselineFingerprint.ParseSalt(Support.NewSalt())!;
            var reference = BaselineFingerprint.Compute(salt, "SL1001", "A.cs", "N.T.M", "value");
            Assert.Equal(reference, BaselineFingerprint.Compute(salt, "SL1001", "A.cs", "N.T.M", "value"));
            Assert.NotEqual(reference, BaselineFingerprint.Compute(salt, "SL1002", "A.cs", "N.T.M", "value"));
            Assert.NotEqual(reference, BaselineFingerprint.Compute(salt, "SL1001", "B.cs", "N.T.M", "value"));
            Assert.NotEqual(reference, BaselineFingerprint.Compute(salt, "SL1001", "A.cs", "N.T.N", "value"));
            Assert.NotEqual(reference, BaselineFingerprint.Compute(salt, "SL1001", "A.cs", "N.T.M", "valuf"));
            Assert.NotEqual(reference, BaselineFingerprint.Compute(BaselineFingerprint.ParseSalt(Support.NewSalt())!, "SL1001", "A.cs", "N.T.M", "value"));
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("abc")]
        [InlineData("0123456789abcdef0123456789abcdeX")]
        [InlineData("0123456789abcdef0123456789abcde")]
        public void ParseSalt_RefusesShortOrNonHexSalts(string? salt) => Assert.Null(BaselineFingerprint.ParseSalt(salt));

        [Fact]
        public void WrittenFile_IsReadBackByTheAnalyzers_AndByTheWriter()
        {
            var salt = Support.NewSalt();
            var entries = new[]
            {
                new BaselineEntry("SL1001", "Data/Orders.cs", "Contoso.Orders.Open", new string('a', 64)),
                new BaselineEntry("SL1020", "appsettings.json", "ConnectionStrings:\"Quoted\"\\Key", new string('b', 64)),
            };
            var text = BaselineDocument.Write(salt, entries);

            var analyzerView = BaselineFile.Parse("/p/secretless.baseline.json", text);
            Assert.True(analyzerView.IsUsable, analyzerView.Problem);
            Assert.Equal(salt, analyzerView.Salt);
            Assert.Equal(entries.Select(e => e.Fingerprint).OrderBy(f => f), analyzerView.Fingerprints.OrderBy(f => f));

            var writerView = BaselineDocument.TryRead(text)!;
            Assert.Equal(entries.Select(e => e.Member), writerView.Select(e => e.Member));
            Assert.Contains("\"tool\": \"SecretlessAnalyzers\"", text);
            Assert.Contains("\"version\": \"1\"", text);
        }

        [Fact]
        public void EmptyBaseline_IsUsable()
        {
            Assert.True(BaselineFile.Parse("b.json", BaselineDocument.Write(Support.NewSalt(), new BaselineEntry[0])).IsUsable);
        }

        [Theory]
        [InlineData("", "not a JSON object")]
        [InlineData("[1, 2]", "not a JSON object")]
        [InlineData("{ \"tool\": \"gitleaks\", \"version\": \"1\" }", "\"tool\"")]
        [InlineData("{ \"tool\": \"SecretlessAnalyzers\", \"version\": \"2\" }", "\"version\"")]
        [InlineData("{ \"tool\": \"SecretlessAnalyzers\", \"version\": \"1\", \"salt\": \"12\" }", "\"salt\"")]
        [InlineData("{ \"tool\": \"SecretlessAnalyzers\", \"version\": \"1\", \"salt\": \"0123456789abcdef0123456789abcdef\", \"entries\": [ { \"rule\": \"CA1000\", \"fingerprint\": \"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\" } ] }", "entry 0")]
        public void UnusableFiles_SayWhy(string text, string reason)
        {
            var file = BaselineFile.Parse("secretless.baseline.json", text);
            Assert.False(file.IsUsable);
            Assert.Contains(reason, file.Problem);
            Assert.Empty(file.Fingerprints);
        }
    }
}
