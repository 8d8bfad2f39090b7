using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretlessAnalyzers.CodeFixes.Credentials;
using SecretlessAnalyzers.CodeFixes.Databases;
using SecretlessAnalyzers.CodeFixes.KeyBased;
using SecretlessAnalyzers.CodeFixes.Messaging;
using SecretlessAnalyzers.CodeFixes.Storage;
using SecretlessAnalyzers.Tests.Infrastructure;

namespace SecretlessAnalyzers.Benchmarks
{
    /// <summary>
    /// <c>--fix-all [--sizes 100,400] [--rule SL1001] [--runs 2]</c>: how Fix All in document scope grows with the
    /// number of fixable findings in one document. For each shape, one document of N members, each with one fixable
    /// finding, then 4N, in an <see cref="AdhocWorkspace"/> that references the real SDKs (the tests' list,
    /// test-references.txt). The provider's <c>GetFixAllProvider().GetFixAsync</c> with a document-scope
    /// <see cref="FixAllContext"/> is timed together with computing its operations (the fixed solution). Linear = 4.
    /// Each fixed document is checked (findings left, compile errors before and after) and its text hashed, so two
    /// versions of the fix-all can be shown to write the same code.
    /// </summary>
    public static class FixAllScale
    {
        private sealed record Shape(string Name, string Rule, Func<CodeFixProvider> Provider, Func<int, string> Member);

        private static readonly Shape[] Shapes =
        {
            new("storage connection string literal to BlobServiceClient", "SL1001", () => new StorageAccountKeyCodeFixProvider(),
                i => $"public static BlobServiceClient Blob{i}() => new BlobServiceClient(\"{FakeSecrets.StorageConnectionString("account" + i, seed: i)}\");"),
            new("storage connection string in a constant (declaration removed)", "SL1001", () => new StorageAccountKeyCodeFixProvider(),
                i => $"private const string Storage{i} = \"{FakeSecrets.StorageConnectionString("account" + i, seed: i)}\";\n    public static BlobServiceClient Blob{i}() => new BlobServiceClient(Storage{i});"),
            new("Service Bus connection string literal to ServiceBusClient", "SL1002", () => new MessagingSharedAccessKeyCodeFixProvider(),
                i => $"public static ServiceBusClient Bus{i}() => new ServiceBusClient(\"{FakeSecrets.MessagingConnectionString("ns" + i, seed: i)}\");"),
            new("SQL connection string with Password= to SqlConnection", "SL1003", () => new DatabasePasswordCodeFixProvider(),
                i => $"public static SqlConnection Sql{i}() => new SqlConnection(\"Server=tcp:sql{i}.database.windows.net,1433;Initial Catalog=orders;User ID=app;Password={FakeServiceSecrets.DatabasePassword(i)};Encrypt=True;\");"),
            new("API key in AzureKeyCredential to SearchClient", "SL1006", () => new KeyCredentialCodeFixProvider(),
                i => $"public static SearchClient Search{i}() => new SearchClient(new Uri(\"https://search{i}.search.windows.net\"), \"products\", new AzureKeyCredential(\"{Hex(i, 32)}\"));"),
            new("SL2001 client from configuration", "SL2001", () => new KeyBasedAuthenticationCodeFixProvider(),
                i => $"public static BlobServiceClient Client{i}(IConfiguration configuration) => new BlobServiceClient(configuration.GetConnectionString(\"Storage{i}\"));"),
        };

        public static async Task RunAsync(IReadOnlyList<int> sizes, string? only, int runs)
        {
            var references = References();
            Console.WriteLine($"Fix-all scenario, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, load average {ScaleScenario.LoadAverage()}.");
            Console.WriteLine("One document of N fixable findings, then 4N; Fix All in document scope (GetFixAsync + GetOperationsAsync), best of " + runs + ".");
            Console.WriteLine("Ratio = time at 4N / time at N: linear = 4.");
            var selected = Shapes.Where(s => only is null || s.Rule.Equals(only, StringComparison.OrdinalIgnoreCase)).ToList();
            foreach (var shape in selected)
            {
                await MeasureAsync(shape, 10, references, 1).ConfigureAwait(false);
            }

            var rows = new List<string>();
            foreach (var n in sizes)
            {
                foreach (var shape in selected)
                {
                    var small = await MeasureAsync(shape, n, references, runs).ConfigureAwait(false);
                    var large = await MeasureAsync(shape, 4 * n, references, runs).ConfigureAwait(false);
                    var ratio = large.WallMs / Math.Max(small.WallMs, 0.001);
                    var cpuRatio = large.CpuMs / Math.Max(small.CpuMs, 0.001);
                    Console.WriteLine($"{shape.Name} ({shape.Rule}), N = {n:N0}: wall {small.WallMs:N0} -> {large.WallMs:N0} ms x{ratio:N1}; process CPU {small.CpuMs:N0} -> {large.CpuMs:N0} ms x{cpuRatio:N1}");
                    Console.WriteLine($"    findings {small.Findings} -> {large.Findings}; left after fix-all {small.Left} -> {large.Left}; compile errors before/after {small.ErrorsBefore}/{small.ErrorsAfter} -> {large.ErrorsBefore}/{large.ErrorsAfter}; fixed text sha256 {small.Hash} -> {large.Hash}");
                    rows.Add($"| {shape.Name} | {shape.Rule} | {n:N0} -> {4 * n:N0} | {small.Findings} -> {large.Findings} | {small.WallMs:N0} -> {large.WallMs:N0} ms | **{ratio:N1}** | {small.CpuMs:N0} -> {large.CpuMs:N0} ms ({cpuRatio:N1}) | {small.Left} / {large.Left} | {small.Hash} / {large.Hash} |");
                }
            }

            Console.WriteLine();
            Console.WriteLine("Markdown:");
            Console.WriteLine("| Shape | Rule | N -> 4N | Findings | Fix All (wall, best) | Ratio | Process CPU (ratio) | Left after | Fixed text (sha256) |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
            rows.ForEach(Console.WriteLine);
        }

        private sealed record Measurement(double WallMs, double CpuMs, int Findings, int Left, int ErrorsBefore, int ErrorsAfter, string Hash);

        private static async Task<Measurement> MeasureAsync(Shape shape, int count, ImmutableArray<MetadataReference> references, int runs)
        {
            var source = Generate(shape, count);
            var analyzer = CompilationScenarios.SecretlessAnalyzers().First(a => a.SupportedDiagnostics.Any(d => d.Id == shape.Rule));
            var wallMs = double.MaxValue;
            var cpuMs = double.MaxValue;
            Measurement? last = null;
            for (var run = 0; run < runs; run++)
            {
                using var workspace = new AdhocWorkspace();
                var project = workspace.AddProject(ProjectInfo.Create(
                    ProjectId.CreateNewId(), VersionStamp.Create(), "FixAllScale", "FixAllScale", LanguageNames.CSharp,
                    compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                    parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                    metadataReferences: references));
                var document = workspace.AddDocument(project.Id, "Clients.cs", Microsoft.CodeAnalysis.Text.SourceText.From(source, Encoding.UTF8));
                var diagnostics = await CodeFixHarness.AnalyzerDiagnosticsAsync(document.Project, analyzer, shape.Rule).ConfigureAwait(false);
                var errorsBefore = await ErrorsAsync(document).ConfigureAwait(false);

                var provider = shape.Provider();
                var context = CodeFixHarness.DocumentScope(document, provider, shape.Rule, diagnostics);

                GC.Collect();
                GC.WaitForPendingFinalizers();
                var process = Process.GetCurrentProcess();
                var cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var action = await provider.GetFixAllProvider()!.GetFixAsync(context).ConfigureAwait(false);
                var operations = action is null ? ImmutableArray<CodeActionOperation>.Empty : await action.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false);
                var fixedSolution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
                var fixedDocument = fixedSolution.GetDocument(document.Id)!;
                var text = (await fixedDocument.GetTextAsync().ConfigureAwait(false)).ToString();
                var elapsed = watch.Elapsed.TotalMilliseconds;
                process.Refresh();
                var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
                wallMs = Math.Min(wallMs, elapsed);
                cpuMs = Math.Min(cpuMs, cpu);

                if (run == 0)
                {
                    var left = (await CodeFixHarness.AnalyzerDiagnosticsAsync(fixedDocument.Project, analyzer, shape.Rule).ConfigureAwait(false)).Length;
                    var errorsAfter = await ErrorsAsync(fixedDocument).ConfigureAwait(false);
                    var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12].ToLowerInvariant();
                    last = new Measurement(0, 0, diagnostics.Length, left, errorsBefore, errorsAfter, hash);
                    if (Environment.GetEnvironmentVariable("SECRETLESS_FIXALL_DUMP") is { Length: > 0 } dump)
                    {
                        File.WriteAllText(Path.Combine(dump, $"{shape.Rule}-{shape.Name.Split(' ')[0]}-{shape.Name.Length}-{count}.cs"), text);
                    }
                }
            }

            return last! with { WallMs = wallMs, CpuMs = cpuMs };
        }

        private static async Task<int> ErrorsAsync(Document document)
        {
            var model = (await document.GetSemanticModelAsync().ConfigureAwait(false))!;
            return model.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        }

        private static string Generate(Shape shape, int count)
        {
            var source = new StringBuilder("using System;\nusing Azure;\nusing Azure.Messaging.ServiceBus;\nusing Azure.Search.Documents;\nusing Azure.Storage.Blobs;\nusing Microsoft.Data.SqlClient;\nusing Microsoft.Extensions.Configuration;\n\npublic static class Clients\n{\n");
            for (var i = 0; i < count; i++)
            {
                source.Append("    ").Append(shape.Member(i)).Append('\n');
            }

            return source.Append("}\n").ToString();
        }

        /// <summary>The compile references of tests/SecretlessAnalyzers.TestReferences (written by its build), as the tests use them.</summary>
        private static ImmutableArray<MetadataReference> References() =>
            File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "test-references.txt"))
                .Where(line => line.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();

        private static string Hex(int seed, int length)
        {
            var random = new Random(seed);
            var text = new StringBuilder(length);
            for (var i = 0; i < length; i++)
            {
                text.Append("0123456789abcdef"[random.Next(16)]);
            }

            return text.ToString();
        }
    }
}
