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
            var references = CompilationScenarios.References();
            Console.WriteLine($"Scale scenario, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, load average {LoadAverage()}; {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC{(System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.Batch ? ", non-concurrent" : string.Empty)}.");
            Console.WriteLine("One file of N values, then 4N; every rule runs on it. Per analyzer: the CPU time of the threads running its actions");
            Console.WriteLine("(best of 3; other processes do not inflate it) and the driver telemetry's wall time (best of 3; a loaded machine inflates it).");
            Console.WriteLine("Ratio = CPU at 4N / CPU at N: linear = 4, goal <= 6.");

            // Warm up the JIT and the driver on every shape measured, at the smallest size measured (at most 1,000), so
            // that tiered compilation has promoted the hot methods before the first measurement: otherwise N runs
            // partly on unoptimised code and 4N / N looks better or worse than the analyzer's real growth.
            var selected = Shapes.Where(s => only is null || s.Rule.Equals(only, StringComparison.OrdinalIgnoreCase)).ToList();
            var warmUp = Math.Min(1000, sizes.Min());
            foreach (var shape in selected)
            {
                await MeasureAsync(shape, warmUp, references).ConfigureAwait(false);
            }

            // Give the background tier-1 compiler time to finish the methods the warm-up made hot.
            await Task.Delay(TimeSpan.FromSeconds(1)).ConfigureAwait(false);

            var rows = new List<string>();
            foreach (var n in sizes)
            {
                foreach (var shape in selected)
                {
                    var small = await MeasureAsync(shape, n, references).ConfigureAwait(false);
                    var large = await MeasureAsync(shape, 4 * n, references).ConfigureAwait(false);
                    Console.WriteLine($"{shape.Name} ({shape.Rule}), N = {n:N0}: {small.Findings:N0} -> {large.Findings:N0} {shape.Rule} findings; compile {small.CompileMs:N0} -> {large.CompileMs:N0} ms");

                    // The shape's own analyzer first, then every other analyzer that took measurable time.
                    foreach (var name in large.Cpu.Keys.OrderByDescending(k => large.Own.Contains(k)).ThenByDescending(k => large.Cpu[k]))
                    {
                        var isOwn = large.Own.Contains(name);
                        if (!isOwn && large.Cpu[name] < 10)
                        {
                            continue;
                        }

                        var ratio = large.Cpu[name] / Math.Max(small.Cpu[name], 0.001);
                        var flag = ratio > 6 ? "  <-- over 6" : string.Empty;
                        var allocationRatio = large.Allocated[name] / Math.Max(small.Allocated[name], 0.001);
                        Console.WriteLine($"    {name,-42} CPU {small.Cpu[name],8:N1} -> {large.Cpu[name],8:N1} ms  x{ratio,5:N1}{flag}   allocated {small.Allocated[name],7:N1} -> {large.Allocated[name],7:N1} MB x{allocationRatio,4:N1}   (wall {small.Wall[name],8:N1} -> {large.Wall[name],8:N1} ms)");
                        rows.Add($"| {shape.Name} | {(isOwn ? "**" + shape.Rule + "** " : string.Empty)}{name} | {n:N0} -> {4 * n:N0} | {small.Cpu[name]:N1} -> {large.Cpu[name]:N1} ms | {(isOwn ? "**" : string.Empty)}{ratio:N1}{(isOwn ? "**" : string.Empty)} | {small.Allocated[name]:N1} -> {large.Allocated[name]:N1} MB ({allocationRatio:N1}) | {small.Wall[name]:N1} -> {large.Wall[name]:N1} ms |");
                    }
                }
            }

            Console.WriteLine();
            Console.WriteLine("Markdown:");
            Console.WriteLine("| Shape | Analyzer (own rule in bold) | N -> 4N | CPU time | Ratio | Allocated (ratio) | Wall time (telemetry) |");
            Console.WriteLine("|---|---|---|---|---|---|---|");
            rows.ForEach(Console.WriteLine);
        }

        private sealed record Measurement(Dictionary<string, double> Cpu, Dictionary<string, double> Wall, Dictionary<string, double> Allocated, IReadOnlyList<string> Own, int Findings, double CompileMs);

        private static async Task<Measurement> MeasureAsync(Shape shape, int count, ImmutableArray<MetadataReference> references)
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

            var cpu = new Dictionary<string, double>();
            var wall = new Dictionary<string, double>();
            var allocated = new Dictionary<string, double>();
            var own = new List<string>();
            var findings = 0;
            for (var run = 0; run < 3; run++)
            {
                // A collection left over from the previous run would be charged to this one.
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var timed = CompilationScenarios.SecretlessAnalyzers().Select(a => new CpuTimedAnalyzer(a)).ToImmutableArray();
                var driver = NewCompilation().WithAnalyzers(timed.CastArray<DiagnosticAnalyzer>(), new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions(additional), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
                var diagnostics = await driver.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
                var failures = diagnostics.Where(d => d.Id == "AD0001").ToList();
                if (failures.Count > 0)
                {
                    Console.WriteLine($"WARNING: {failures.Count} analyzer failures, first: {failures[0]}");
                }

                findings = diagnostics.Count(d => d.Id == shape.Rule);
                foreach (var analyzer in timed)
                {
                    var name = analyzer.Inner.GetType().Name;
                    var telemetry = await driver.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
                    cpu[name] = Math.Min(cpu.TryGetValue(name, out var c) ? c : double.MaxValue, analyzer.CpuMilliseconds);
                    allocated[name] = analyzer.AllocatedMegabytes;
                    wall[name] = Math.Min(wall.TryGetValue(name, out var w) ? w : double.MaxValue, telemetry.ExecutionTime.TotalMilliseconds);
                    if (run == 0 && analyzer.SupportedDiagnostics.Any(d => d.Id == shape.Rule))
                    {
                        own.Add(name);
                    }
                }
            }

            return new Measurement(cpu, wall, allocated, own, findings, compileMs);
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

        internal static string LoadAverage()
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
