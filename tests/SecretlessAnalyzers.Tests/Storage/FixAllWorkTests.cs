using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SecretlessAnalyzers.CodeFixes.Common;
using SecretlessAnalyzers.CodeFixes.Storage;
using SecretlessAnalyzers.Rules;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SecretlessAnalyzers.Tests.Storage
{
    /// <summary>
    /// Fix All's work per document grows linearly with the findings: every rewrite is computed on one snapshot of the
    /// document (two when a shared credential field is added first), not on a new document per finding. The
    /// rewrite is counted through a wrapper around the storage fix's own rewrite.
    /// </summary>
    public class FixAllWorkTests
    {
        [Fact]
        public async Task FixAll_RewritesOnAFixedNumberOfSnapshots_WhateverTheNumberOfFindings()
        {
            var small = await FixAllAsync(5, separateConstants: false);
            var large = await FixAllAsync(20, separateConstants: false);

            // The document itself (which findings are fixable) and the document with the shared field.
            Assert.Equal(2, small.Snapshots);
            Assert.Equal(2, large.Snapshots);

            // Two rewrites per finding (fixable? then on the snapshot with the shared field): linear.
            Assert.Equal(2 * 5, small.Calls);
            Assert.Equal(2 * 20, large.Calls);
            AssertFixed(large.Text, 20);
        }

        [Fact]
        public async Task FixAll_RemovesEachDeclarationItRewrites_InOnePass()
        {
            var result = await FixAllAsync(20, separateConstants: true);

            Assert.Equal(2, result.Snapshots);
            AssertFixed(result.Text, 20);
            Assert.DoesNotContain("const string", result.Text, System.StringComparison.Ordinal);
        }

        private static void AssertFixed(string text, int count)
        {
            Assert.DoesNotContain("AccountKey", text, System.StringComparison.Ordinal);
            Assert.Contains("using Azure.Identity;", text, System.StringComparison.Ordinal);
            Assert.Single(Occurrences(text, "private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();"));
            Assert.Equal(count, Occurrences(text, ", AzureCredential)").Count);
            for (var i = 0; i < count; i++)
            {
                Assert.Contains($"new BlobServiceClient(new Uri(\"https://account{i}.blob.core.windows.net\"), AzureCredential)", text, System.StringComparison.Ordinal);
            }
        }

        private static List<int> Occurrences(string text, string value)
        {
            var found = new List<int>();
            for (var index = text.IndexOf(value, System.StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + 1, System.StringComparison.Ordinal))
            {
                found.Add(index);
            }

            return found;
        }

        private static async Task<(int Snapshots, int Calls, string Text)> FixAllAsync(int count, bool separateConstants)
        {
            var source = new StringBuilder("using Azure.Storage.Blobs;\n\npublic static class Clients\n{\n");
            for (var i = 0; i < count; i++)
            {
                var secret = FakeSecrets.StorageConnectionString("account" + i, seed: i);
                source.Append(separateConstants
                    ? $"    private const string Storage{i} = \"{secret}\";\n    public static BlobServiceClient Blob{i}() => new BlobServiceClient(Storage{i});\n"
                    : $"    public static BlobServiceClient Blob{i}() => new BlobServiceClient(\"{secret}\");\n");
            }

            source.Append("}\n");
            var document = CodeFixHarness.SingleDocument("Clients.cs", source.ToString(), TestReferences.All);
            var diagnostics = await CodeFixHarness.AnalyzerDiagnosticsAsync(document.Project, new StorageAccountKeyAnalyzer(), DiagnosticIds.StorageAccountKey);
            Assert.Equal(count, diagnostics.Length);

            var snapshots = new HashSet<SyntaxTree>();
            var calls = 0;
            var inner = ConfigurationFallbackRewrite.Around(StorageClientRewriter.Rewrite);
            SecretRewrite counting = async (doc, span, properties, kind, cancellationToken) =>
            {
                var tree = await doc.GetSyntaxTreeAsync(cancellationToken);
                lock (snapshots)
                {
                    calls++;
                    snapshots.Add(tree!);
                }

                return await inner(doc, span, properties, kind, cancellationToken);
            };

            var context = CodeFixHarness.DocumentScope(document, new StorageAccountKeyCodeFixProvider(), DiagnosticIds.StorageAccountKey, diagnostics);
            var action = await SharedCredentialFixAllProvider.Create(counting).GetFixAsync(context);
            var text = await CodeFixHarness.FixedTextAsync(action!, document.Id);
            return (snapshots.Count, calls, text);
        }
    }
}
