using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretlessAnalyzers.Benchmarks
{
    /// <summary>
    /// dotnet run -c Release --project tests/SecretlessAnalyzers.Benchmarks [-- --lines 150000] [--quick]
    /// 1. BenchmarkDotNet: wall time and allocations of the compiler alone, with a do-nothing analyzer, with every rule.
    /// 2. Per-rule execution time from the analyzer driver's telemetry.
    /// 3. Peak working set of each scenario, each in a fresh process.
    /// Prints every figure as a ratio to the compiler alone, which holds on a noisy machine.
    /// </summary>
    public static class Program
    {
        private static string? Corpus { get; set; }

        private static string? Defines { get; set; }

        public static async Task<int> Main(string[] args)
        {
            var lines = IntArgument(args, "--lines", 150_000);

            // --corpus DIR: a real code base instead of the generated corpus (--define "A;B" for its symbols).
            Corpus = StringArgument(args, "--corpus", null);
            Defines = StringArgument(args, "--define", null);
            if (Array.IndexOf(args, "--peak") is var peakIndex and >= 0)
            {
                // Child process mode: run one scenario, print the peak working set.
                return await PeakChildAsync(args[peakIndex + 1], lines).ConfigureAwait(false);
            }

            if (Array.IndexOf(args, "--scale") >= 0)
            {
                var sizes = StringArgument(args, "--sizes", "1000,5000")!.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
                await ScaleScenario.RunAsync(sizes, StringArgument(args, "--rule", null)).ConfigureAwait(false);
                return 0;
            }

            if (Array.IndexOf(args, "--fix-all") >= 0)
            {
                var sizes = StringArgument(args, "--sizes", "100,400")!.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
                await FixAllScale.RunAsync(sizes, StringArgument(args, "--rule", null), IntArgument(args, "--runs", 1)).ConfigureAwait(false);
                return 0;
            }

            if (Array.IndexOf(args, "--literal-cost") >= 0)
            {
                LiteralCost.Run(lines);
                return 0;
            }

            if (Array.IndexOf(args, "--family-cost") >= 0)
            {
                FamilyCost.Run(lines);
                return 0;
            }

            if (Array.IndexOf(args, "--rules-only") >= 0)
            {
                // Quick look at the per-rule times, without the BenchmarkDotNet runs.
                var quickScenarios = new CompilationScenarios(lines, Corpus, Defines);
                PrintCorpus(quickScenarios);
                var compilerCpu = new List<double>();
                var compilerTimes = Enumerable.Range(0, 3).Select(_ =>
                {
                    var process = Process.GetCurrentProcess();
                    var cpuBefore = process.TotalProcessorTime;
                    var watch = Stopwatch.StartNew();
                    quickScenarios.CompilerOnly();
                    var elapsed = watch.Elapsed.TotalMilliseconds;
                    process.Refresh();
                    compilerCpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                    return elapsed;
                }).OrderBy(x => x).ToList();
                compilerCpu.Sort();
                Console.WriteLine($"Compiler alone (median of 3): {compilerTimes[1]:N0} ms (runs: {string.Join(", ", compilerTimes.Select(t => t.ToString("N0", CultureInfo.InvariantCulture)))} ms)");
                Console.WriteLine($"Compiler alone, process CPU time (median of 3): {compilerCpu[1]:N0} ms; load average {ScaleScenario.LoadAverage()}");
                await PrintRuleTimesAsync(quickScenarios, compilerTimes[1], compilerCpu[1]).ConfigureAwait(false);
                if (Array.IndexOf(args, "--memory") >= 0)
                {
                    // Wall time of the whole analysed compile (concurrent, as a build runs it) and peak memory.
                    var nothingAnalyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new DoNothingAnalyzer());
                    var secretlessAnalyzers = CompilationScenarios.SecretlessAnalyzers();
                    double Median(ImmutableArray<DiagnosticAnalyzer> analyzers) =>
                        Enumerable.Range(0, 3).Select(_ => { var watch = Stopwatch.StartNew(); quickScenarios.WithAnalyzersAsync(analyzers).GetAwaiter().GetResult(); return watch.Elapsed.TotalMilliseconds; }).OrderBy(x => x).ElementAt(1);
                    var nothingMs = Median(nothingAnalyzers);
                    var secretlessMs = Median(secretlessAnalyzers);
                    Console.WriteLine($"Wall time with analyzers (median of 3): do-nothing {nothingMs:N0} ms, all SecretlessAnalyzers rules {secretlessMs:N0} ms ({(secretlessMs - nothingMs) / compilerTimes[1] * 100:+0.0;-0.0}% of the compiler alone)");
                    PrintPeakMemory(lines, IntArgument(args, "--memory-runs", 3));
                }

                return 0;
            }

            CompilationBenchmarks.Lines = lines;
            Environment.SetEnvironmentVariable("SECRETLESS_BENCH_LINES", lines.ToString(CultureInfo.InvariantCulture));
            Environment.SetEnvironmentVariable("SECRETLESS_BENCH_CORPUS", Corpus);
            Environment.SetEnvironmentVariable("SECRETLESS_BENCH_DEFINES", Defines);
            var quick = Array.IndexOf(args, "--quick") >= 0;
            var job = Job.Default.WithLaunchCount(1).WithWarmupCount(quick ? 1 : 2).WithIterationCount(quick ? 3 : 8).WithInvocationCount(1).WithUnrollFactor(1);
            var config = ManualConfig.CreateMinimumViable().AddJob(job).AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default)
                .WithOptions(ConfigOptions.DisableOptimizationsValidator);
            var summary = BenchmarkRunner.Run<CompilationBenchmarks>(config);

            var scenarios = new CompilationScenarios(lines, Corpus, Defines);
            Console.WriteLine();
            PrintCorpus(scenarios);
            var compilerOnly = Mean(summary, nameof(CompilationBenchmarks.CompilerOnly));
            var doNothing = Mean(summary, nameof(CompilationBenchmarks.DoNothingAnalyzer));
            var secretless = Mean(summary, nameof(CompilationBenchmarks.AllSecretlessRules));
            Console.WriteLine("Wall time (mean) as a ratio to the compiler alone:");
            Console.WriteLine($"  compiler alone          {compilerOnly,10:N0} ms   1.000");
            Console.WriteLine($"  + do-nothing analyzer   {doNothing,10:N0} ms   {doNothing / compilerOnly:N3}");
            Console.WriteLine($"  + SecretlessAnalyzers   {secretless,10:N0} ms   {secretless / compilerOnly:N3}   ({(secretless - doNothing) / compilerOnly * 100:+0.0;-0.0} points over do-nothing)");

            await PrintRuleTimesAsync(scenarios, compilerOnly).ConfigureAwait(false);
            PrintPeakMemory(lines, 3);
            return 0;
        }

        private static void PrintCorpus(CompilationScenarios scenarios)
        {
            Console.WriteLine($"Corpus: {scenarios.Corpus ?? "generated"}, {scenarios.Files:N0} files, {scenarios.Lines:N0} lines; machine: {Environment.ProcessorCount} cores, {RuntimeInformation()}.");
            var errors = scenarios.CompileErrors();
            if (errors.Count > 0)
            {
                Console.WriteLine($"WARNING: the corpus does not compile ({errors.Count:N0} errors, first: {errors[0]}); the figures measure error paths.");
                foreach (var group in errors.GroupBy(e => e.Id).OrderByDescending(g => g.Count()).Take(6))
                {
                    Console.WriteLine($"  {group.Key} x{group.Count():N0}, e.g. {group.First().GetMessage(CultureInfo.InvariantCulture)}");
                }
            }
        }

        private static async Task PrintRuleTimesAsync(CompilationScenarios scenarios, double compilerOnlyMs, double compilerOnlyCpuMs = 0)
        {
            // Telemetry (wall time) and the CPU time of the threads running each analyzer's actions, median of three
            // runs (the first run also warms the JIT).
            var names = CompilationScenarios.SecretlessAnalyzers().Add(new DoNothingAnalyzer()).Select(a => a.GetType().Name).ToList();
            var times = names.ToDictionary(n => n, _ => new List<double>());
            var cpu = names.ToDictionary(n => n, _ => new List<double>());
            for (var run = 0; run < 4; run++)
            {
                var timed = CompilationScenarios.SecretlessAnalyzers().Add(new DoNothingAnalyzer()).Select(a => new CpuTimedAnalyzer(a)).ToImmutableArray();
                var (_, driver) = await scenarios.RunAsync(timed.CastArray<DiagnosticAnalyzer>(), logTimes: true).ConfigureAwait(false);
                var result = await driver.GetAnalysisResultAsync(default).ConfigureAwait(false);
                foreach (var analyzer in timed)
                {
                    if (run > 0)
                    {
                        times[analyzer.Inner.GetType().Name].Add(result.AnalyzerTelemetryInfo[analyzer].ExecutionTime.TotalMilliseconds);
                        cpu[analyzer.Inner.GetType().Name].Add(analyzer.CpuMilliseconds);
                    }
                }
            }

            static double MedianOf(List<double> values) => values.OrderBy(x => x).ElementAt(values.Count / 2);
            var medians = names.Select(n => (Name: n, Ms: MedianOf(times[n]), Cpu: MedianOf(cpu[n]))).OrderByDescending(t => t.Ms).ToList();
            var total = medians.Where(t => t.Name != nameof(DoNothingAnalyzer)).Sum(t => t.Ms);
            var totalCpu = medians.Where(t => t.Name != nameof(DoNothingAnalyzer)).Sum(t => t.Cpu);
            Console.WriteLine($"Rules' own execution time (driver telemetry, median of 3): {total:N1} ms = {total / compilerOnlyMs * 100:N2}% of the compiler alone ({compilerOnlyMs:N0} ms wall)");
            if (compilerOnlyCpuMs > 0)
            {
                Console.WriteLine($"Rules' own CPU time (threads running their actions, median of 3): {totalCpu:N1} ms = {totalCpu / compilerOnlyCpuMs * 100:N2}% of the compiler alone's CPU time ({compilerOnlyCpuMs:N0} ms)");
            }

            Console.WriteLine($"  {"Analyzer",-44} {"wall ms",9} {"% wall",7} {"CPU ms",9}");
            foreach (var (name, ms, cpuMs) in medians)
            {
                Console.WriteLine($"  {name,-44} {ms,9:N1} {ms / compilerOnlyMs * 100,6:N2}% {cpuMs,9:N1}");
            }
        }

        private static void PrintPeakMemory(int lines, int runs)
        {
            var peaks = new Dictionary<string, long>();
            foreach (var scenario in new[] { "compiler", "nothing", "secretless" })
            {
                // Best of three fresh processes (--memory-runs): the peak of one process varies with GC timing.
                peaks[scenario] = Enumerable.Range(0, runs).Select(_ => RunPeakChild(scenario, lines)).Min();
            }

            Console.WriteLine($"Peak working set (fresh process each, best of {runs}) as a ratio to the compiler alone:");
            Console.WriteLine($"  compiler alone          {peaks["compiler"] / 1048576.0,8:N0} MB   1.000");
            Console.WriteLine($"  + do-nothing analyzer   {peaks["nothing"] / 1048576.0,8:N0} MB   {(double)peaks["nothing"] / peaks["compiler"]:N3}");
            Console.WriteLine($"  + SecretlessAnalyzers   {peaks["secretless"] / 1048576.0,8:N0} MB   {(double)peaks["secretless"] / peaks["compiler"]:N3}   ({((double)peaks["secretless"] / peaks["nothing"] - 1) * 100:+0.0;-0.0}% over do-nothing)");
        }

        private static long RunPeakChild(string scenario, int lines)
        {
            var corpus = Corpus is null ? string.Empty : $" --corpus \"{Corpus}\"" + (Defines is null ? string.Empty : $" --define \"{Defines}\"");
            var start = new ProcessStartInfo(Environment.ProcessPath!, $"{typeof(Program).Assembly.Location} --peak {scenario} --lines {lines}{corpus}")
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            if (!Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal))
            {
                start.Arguments = $"--peak {scenario} --lines {lines}{corpus}";
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return long.Parse(output.Trim().Split('\n').Last(), CultureInfo.InvariantCulture);
        }

        private static async Task<int> PeakChildAsync(string scenario, int lines)
        {
            var scenarios = new CompilationScenarios(lines, Corpus, Defines);
            switch (scenario)
            {
                case "compiler":
                    scenarios.CompilerOnly();
                    break;
                case "nothing":
                    await scenarios.WithAnalyzersAsync(ImmutableArray.Create<DiagnosticAnalyzer>(new DoNothingAnalyzer())).ConfigureAwait(false);
                    break;
                default:
                    await scenarios.WithAnalyzersAsync(CompilationScenarios.SecretlessAnalyzers()).ConfigureAwait(false);
                    break;
            }

            Console.WriteLine(Process.GetCurrentProcess().PeakWorkingSet64.ToString(CultureInfo.InvariantCulture));
            return 0;
        }

        private static double Mean(Summary summary, string method) =>
            summary.Reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method).ResultStatistics!.Mean / 1_000_000.0;

        private static int IntArgument(string[] args, string name, int fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
        }

        private static string? StringArgument(string[] args, string name, string? fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
        }

        private static string RuntimeInformation() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;
    }

    [MemoryDiagnoser]
    public class CompilationBenchmarks
    {
        private CompilationScenarios _scenarios = null!;
        private ImmutableArray<DiagnosticAnalyzer> _doNothing;
        private ImmutableArray<DiagnosticAnalyzer> _secretless;

        public static int Lines { get; set; } = 150_000;

        [GlobalSetup]
        public void Setup()
        {
            // BenchmarkDotNet runs this class in a child process: the size travels in an environment variable.
            var lines = int.TryParse(Environment.GetEnvironmentVariable("SECRETLESS_BENCH_LINES"), out var fromEnvironment) ? fromEnvironment : Lines;
            _scenarios = new CompilationScenarios(lines, Environment.GetEnvironmentVariable("SECRETLESS_BENCH_CORPUS"), Environment.GetEnvironmentVariable("SECRETLESS_BENCH_DEFINES"));
            _doNothing = ImmutableArray.Create<DiagnosticAnalyzer>(new DoNothingAnalyzer());
            _secretless = CompilationScenarios.SecretlessAnalyzers();
        }

        [Benchmark(Baseline = true)]
        public int CompilerOnly() => _scenarios.CompilerOnly();

        [Benchmark]
        public Task<int> DoNothingAnalyzer() => _scenarios.WithAnalyzersAsync(_doNothing);

        [Benchmark]
        public Task<int> AllSecretlessRules() => _scenarios.WithAnalyzersAsync(_secretless);
    }
}
