using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SecretlessAnalyzers.Tests.Infrastructure;
using SecretlessAnalyzers.Tests.Tokens;

namespace SecretlessAnalyzers.Benchmarks
{
    /// <summary>
    /// <c>--scale [--sizes 1000,5000]</c>: how each rule's own time grows with the number of secrets in one file.
    /// For each shape (one kind of secret-bearing value per rule), one C# file (and, for the configuration rules, one
    /// appsettings.json) holds N values, then 4N; every rule runs on it, and each analyzer's own time (the driver's
    /// telemetry, best of two runs) is printed at N and 4N with the ratio. Linear cost gives about 4; the goal is at
    /// most 6. The fake secrets are built at run time by the tests' generators (linked into this project).
    /// </summary>
    public static class ScaleScenario
    {
        /// <summary>One shape: the rule it is for, a C# member per value, and optionally appsettings.json entries.</summary>
        private sealed record Shape(string Name, string Rule, Func<int, string> Member, Func<int, string>? Setting = null);

        private static readonly Shape[] Shapes =
        {
            new("SQL connection string with Password=", "SL1003",
                i => Const(i, $"Server=tcp:sql{i}.database.windows.net;Database=orders;User ID=app;Password={FakeServiceSecrets.DatabasePassword(i)};")),
            new("Service Bus connection string with SharedAccessKey=", "SL1002", i => Const(i, FakeSecrets.MessagingConnectionString("ns" + i, seed: i))),
            new("Cosmos DB connection string with AccountKey=", "SL1004", i => Const(i, FakeSecrets.CosmosConnectionString("account" + i, seed: i))),
            new("Redis connection string with password=", "SL1007", i => Const(i, $"cache{i}.redis.cache.windows.net:6380,password={FakeTokens.RedisKey(i)},ssl=True")),
            new("AWS access key id literal", "SL1010", i => Const(i, FakeTokens.AwsAccessKeyId(i))),
            new("storage connection string", "SL1001", i => Const(i, FakeSecrets.StorageConnectionString("account" + i, seed: i))),
            new("appsettings.json with many secrets", "SL1020", _ => string.Empty, i => $"\"Storage{i}\": \"{FakeSecrets.StorageConnectionString("account" + i, seed: i)}\""),
            new("client secret given to ClientSecretCredential", "SL1005",
                i => $"public static readonly ClientSecretCredential Credential{i} = new ClientSecretCredential(\"tenant\", \"client{i}\", \"{FakeTokens.EntraSecret(i)}\");"),
            new("API key given to AzureKeyCredential", "SL1006", i => $"public static readonly AzureKeyCredential Key{i} = new AzureKeyCredential(\"{Hex(i, 32)}\");"),
            new("JWT literal", "SL1010", i => Const(i, FakeTokens.Jwt(i))),
            new("PEM private key literal", "SL1010", i => Const(i, FakeTokens.PemPrivateKey(i).Replace("\n", "\\n", StringComparison.Ordinal))),
            new("secret-named literal", "SL1011", i => $"public const string {Letters(i)}Password = \"{FakeTokens.Random62(10, i)}&{i}!\";"),
            new("configuration reads of secret settings", "SL1021",
                i => $"public static string Read{i}(IConfiguration configuration) => configuration[\"Storage{i}\"];",
                i => $"\"Storage{i}\": \"{FakeSecrets.StorageConnectionString("account" + i, seed: i)}\""),
            new("clients fed from configuration", "SL2001",
                i => $"public static BlobServiceClient Client{i}(IConfiguration configuration) => new BlobServiceClient(configuration.GetConnectionString(\"Storage{i}\"));"),
            new("DefaultAzureCredential in production code", "SL2002", i => $"public static TokenCredential Credential{i}() => new DefaultAzureCredential();"),
        };

        public static async Task RunAsync(IReadOnlyList<int> sizes, string? only)
        {
            var analyzers = CompilationScenarios.SecretlessAnalyzers();
            var references = CompilationScenarios.References();
            Console.WriteLine($"Scale scenario, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, load average {LoadAverage()}.");
            Console.WriteLine("One file of N values, then 4N; ratio = 4N / N (linear = 4, goal <= 6). Per shape:");
            Console.WriteLine("  own CPU: process CPU time of the shape's own analyzer run alone, minus a do-nothing analyzer's run (best of 2 each);");
            Console.WriteLine("  all CPU: the same for every analyzer together (any analyzer that grows faster shows here);");
            Console.WriteLine("  then each analyzer's own wall time from the driver's telemetry (best of 2), which a loaded machine inflates.");

            // Warm up the JIT and the driver on a small file of every shape.
            foreach (var shape in Shapes)
            {
                await MeasureAsync(shape, 50, analyzers, references).ConfigureAwait(false);
            }

            var rows = new List<string>();
            foreach (var n in sizes)
            {
                foreach (var shape in Shapes.Where(s => only is null || s.Rule.Equals(only, StringComparison.OrdinalIgnoreCase)))
                {
                    var small = await MeasureAsync(shape, n, analyzers, references).ConfigureAwait(false);
                    var large = await MeasureAsync(shape, 4 * n, analyzers, references).ConfigureAwait(false);
                    var ownRatio = large.OwnCpuMs / Math.Max(small.OwnCpuMs, 0.001);
                    var allRatio = large.AllCpuMs / Math.Max(small.AllCpuMs, 0.001);
                    Console.WriteLine($"{shape.Name} ({shape.Rule}, {string.Join("/", large.Own)}), N = {n:N0}: {small.Findings:N0} -> {large.Findings:N0} {shape.Rule} findings; compile {small.CompileMs:N0} -> {large.CompileMs:N0} ms");
                    Console.WriteLine($"    own CPU {small.OwnCpuMs,9:N0} ms -> {large.OwnCpuMs,9:N0} ms   x{ownRatio,5:N1}{Flag(ownRatio)}");
                    Console.WriteLine($"    all CPU {small.AllCpuMs,9:N0} ms -> {large.AllCpuMs,9:N0} ms   x{allRatio,5:N1}{Flag(allRatio)}");
                    rows.Add($"| {shape.Name} | {shape.Rule} ({string.Join(", ", large.Own)}) | {n:N0} -> {4 * n:N0} | {small.OwnCpuMs:N0} -> {large.OwnCpuMs:N0} ms | **{ownRatio:N1}** | {small.AllCpuMs:N0} -> {large.AllCpuMs:N0} ms | {allRatio:N1} |");

                    // Every analyzer that took measurable wall time, the shape's own first.
                    foreach (var name in large.Times.Keys.OrderByDescending(k => large.Own.Contains(k)).ThenByDescending(k => large.Times[k]))
                    {
                        var before = small.Times[name];
                        var after = large.Times[name];
                        if (large.Own.Contains(name) || after >= 20)
                        {
                            Console.WriteLine($"    wall {name,-42} {before,9:N1} ms -> {after,9:N1} ms   x{after / Math.Max(before, 0.001),5:N1}");
                        }
                    }
                }
            }

            Console.WriteLine();
            Console.WriteLine("Markdown:");
            Console.WriteLine("| Shape | Rule (analyzer) | N -> 4N | Own CPU | Ratio | All rules' CPU | Ratio |");
            Console.WriteLine("|---|---|---|---|---|---|---|");
            rows.ForEach(Console.WriteLine);
        }

        private static string Flag(double ratio) => ratio > 6 ? "  <-- over 6" : string.Empty;

        private sealed record Measurement(Dictionary<string, double> Times, IReadOnlyList<string> Own, double OwnCpuMs, double AllCpuMs, int Findings, double CompileMs);

        private static async Task<Measurement> MeasureAsync(
            Shape shape, int count, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<MetadataReference> references)
        {
            var (source, settings) = Generate(shape, count);
            var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), "/scale/SeedData.cs");
            var additional = settings is null
                ? ImmutableArray<AdditionalText>.Empty
                : ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/scale/appsettings.json", settings));

            // SL2002 is off by default: switch it on so its shape measures it.
            var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { [DiagnosticIds.DefaultAzureCredentialInProduction] = ReportDiagnostic.Warn });
            CSharpCompilation NewCompilation() => CSharpCompilation.Create("Scale", new[] { tree }, references, options);

            var compileMs = double.MaxValue;
            for (var run = 0; run < 2; run++)
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var errors = NewCompilation().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                compileMs = Math.Min(compileMs, watch.Elapsed.TotalMilliseconds);
                if (errors.Count > 0 && run == 0)
                {
                    Console.WriteLine($"WARNING: {shape.Name} at N = {count} has {errors.Count} compile errors; first: {errors[0]}");
                }
            }

            var own = analyzers.Where(a => a.SupportedDiagnostics.Any(d => d.Id == shape.Rule)).ToImmutableArray();
            var doNothing = ImmutableArray.Create<DiagnosticAnalyzer>(new DoNothingAnalyzer());
            Dictionary<string, double>? best = null;
            double baselineCpu = double.MaxValue, ownCpu = double.MaxValue, allCpu = double.MaxValue;
            var findings = 0;
            for (var run = 0; run < 2; run++)
            {
                baselineCpu = Math.Min(baselineCpu, (await RunAsync(NewCompilation(), doNothing, additional).ConfigureAwait(false)).CpuMs);
                ownCpu = Math.Min(ownCpu, (await RunAsync(NewCompilation(), own, additional).ConfigureAwait(false)).CpuMs);
                var all = await RunAsync(NewCompilation(), analyzers, additional).ConfigureAwait(false);
                allCpu = Math.Min(allCpu, all.CpuMs);
                var failures = all.Diagnostics.Where(d => d.Id == "AD0001").ToList();
                if (failures.Count > 0)
                {
                    Console.WriteLine($"WARNING: {failures.Count} analyzer failures, first: {failures[0]}");
                }

                findings = all.Diagnostics.Count(d => d.Id == shape.Rule);
                var times = new Dictionary<string, double>();
                foreach (var analyzer in analyzers)
                {
                    var telemetry = await all.Driver.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
                    times[analyzer.GetType().Name] = telemetry.ExecutionTime.TotalMilliseconds;
                }

                best = best is null ? times : best.ToDictionary(t => t.Key, t => Math.Min(t.Value, times[t.Key]));
            }

            return new Measurement(best!, own.Select(a => a.GetType().Name).ToList(), Math.Max(0, ownCpu - baselineCpu), Math.Max(0, allCpu - baselineCpu), findings, compileMs);
        }

        /// <summary>
        /// One analysed compile, analyzers run one at a time (so the driver can time each), and the process CPU time
        /// it took: unlike wall time, CPU time does not grow when other processes take the machine's cores.
        /// </summary>
        private static async Task<(ImmutableArray<Diagnostic> Diagnostics, CompilationWithAnalyzers Driver, double CpuMs)> RunAsync(
            Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<AdditionalText> additional)
        {
            // A collection left over from the previous run would be charged to this one.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var process = System.Diagnostics.Process.GetCurrentProcess();
            var before = process.TotalProcessorTime;
            var driver = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(additional), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
            var diagnostics = await driver.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
            process.Refresh();
            return (diagnostics, driver, (process.TotalProcessorTime - before).TotalMilliseconds);
        }

        private static (string Source, string? Settings) Generate(Shape shape, int count)
        {
            var source = new StringBuilder("using Azure;\nusing Azure.Core;\nusing Azure.Identity;\nusing Azure.Storage.Blobs;\nusing Microsoft.Extensions.Configuration;\n\npublic static class SeedData\n{\n");
            var settings = shape.Setting is null ? null : new StringBuilder("{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"ConnectionStrings\": {\n");
            for (var i = 0; i < count; i++)
            {
                source.Append("    ").Append(shape.Member(i)).Append('\n');
                if (settings is not null)
                {
                    settings.Append("    ").Append(shape.Setting!(i)).Append(i + 1 < count ? ",\n" : "\n");
                }
            }

            settings?.Append("  }\n}\n");
            if (shape.Rule == "SL1021")
            {
                // Code reads the settings by their full key.
                settings?.Replace("\"ConnectionStrings\": {", "\"Secrets\": {");
            }

            source.Append("}\n");
            return (source.ToString().Replace("configuration[\"Storage", "configuration[\"Secrets:Storage", StringComparison.Ordinal), settings?.ToString());
        }

        private static string Const(int i, string value) => $"public const string Value{i} = \"{value}\";";

        /// <summary>A distinct name part without digits (a digit after the secret word would change how SL1011 reads the name).</summary>
        private static string Letters(int i)
        {
            var name = new StringBuilder("Smtp");
            do
            {
                name.Append((char)('a' + i % 26));
                i /= 26;
            }
            while (i > 0);
            return name.ToString();
        }

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

        private static string LoadAverage()
        {
            try
            {
                return System.IO.File.ReadAllText("/proc/loadavg").Split(' ')[0];
            }
            catch (System.IO.IOException)
            {
                return "unknown";
            }
        }

        private sealed class InMemoryAdditionalText : AdditionalText
        {
            private readonly SourceText _text;

            public InMemoryAdditionalText(string path, string text)
            {
                Path = path;
                _text = SourceText.From(text, Encoding.UTF8);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }
    }
}
