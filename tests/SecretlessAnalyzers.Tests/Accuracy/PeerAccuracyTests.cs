using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SecretlessAnalyzers.Tests.Infrastructure;
using SecretlessAnalyzers.Tests.Tokens;
using Xunit;
using Xunit.Abstractions;

namespace SecretlessAnalyzers.Tests.Accuracy
{
    /// <summary>
    /// Scores the peers on the accuracy corpus, with the same compilations, additional files and file-level scoring
    /// as <see cref="AccuracyTests"/>: a positive is detected when any of the peer's counted rules reports in its file;
    /// a negative is flagged when any of them does (at warning or above for local defaults and test fixtures, as for
    /// ours). The peers do not know our rule ids, so they are scored overall, per class and per family (the
    /// positive's rule in SecretlessAnalyzers). Prints the table that docs/accuracy.md records.
    /// <list type="bullet">
    /// <item>SonarAnalyzer.CSharp: S2068 (hard-coded credentials, a security hotspot in 9.x), S2115 (empty database
    /// password), S6781 (JWT secret keys). 9.x has no S6418 (hard-coded secrets came in 10.x, whose licence is not
    /// open source). Run twice: as a NuGet install leaves it (no SonarLint.xml: the hotspot is off), and as a
    /// SonarScanner analysis configures it (<see cref="SonarScannerInputs"/>).</item>
    /// <item>Security Code Scan: SCS0015 (hard-coded value reaching a password/key sink), its only rule about secrets;
    /// on by default with its built-in sinks, no configuration file needed.</item>
    /// </list>
    /// Asserts that each configured peer really ran: a silently disabled peer would otherwise score a fake 0%.
    /// </summary>
    public class PeerAccuracyTests
    {
        private static readonly string[] SonarRules = { "S2068", "S2115", "S6781" };
        private static readonly string[] SecurityCodeScanRules = { "SCS0015" };
        private static readonly string[] NotSecretClaims = { "SL2001", "SL2002" };

        private readonly ITestOutputHelper _output;

        public PeerAccuracyTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task Peers_OnTheAccuracyCorpus_RunTheirSecretRulesAndAreScored()
        {
            var corpus = AccuracyCorpus.Create();
            var tools = new List<(string Tool, string Version, string Rules, AccuracyScore Score)>();
            var notes = new List<string>();

            // Ours, for the side-by-side table (AccuracyTests asserts its floors).
            var watch = Stopwatch.StartNew();
            var ours = await AccuracyRun.RunAsync(corpus, AllRules.CreateAnalyzers, new Dictionary<string, string> { ["dotnet_diagnostic.SL2002.severity"] = "warning" });
            Assert.True(ours.Failures.Count == 0, string.Join(Environment.NewLine, ours.Failures));
            tools.Add(("SecretlessAnalyzers", typeof(DiagnosticIds).Assembly.GetName().Version!.ToString(3), "SL1001-SL1021 (SL2001, SL2002 count as detections only)",
                AccuracyScore.Compute(corpus, ours.ByPath, (item, d) => item.Rules.Contains(d.Id), (item, d) => !NotSecretClaims.Contains(d.Id) && Counts(item, d))));
            notes.Add(Timing("SecretlessAnalyzers", watch));

            // SonarAnalyzer.CSharp as a NuGet install leaves it: no SonarLint.xml.
            var sonar = PeerAnalyzers.SonarAnalyzer;
            var sonarOptions = OnlyCounted(sonar, SonarRules);
            watch.Restart();
            var sonarDefault = await AccuracyRun.RunAsync(corpus, () => sonar.Create(SonarRules), sonarOptions);
            var sonarDefaultScore = Score(corpus, sonarDefault, SonarRules);
            tools.Add(("SonarAnalyzer.CSharp, NuGet defaults", sonar.Version, "S2068, S2115, S6781", sonarDefaultScore));
            notes.Add(Timing("SonarAnalyzer.CSharp (NuGet defaults)", watch) + Failures(sonarDefault));

            // SonarAnalyzer.CSharp as a SonarScanner analysis configures it: SonarLint.xml names the rules, the
            // configuration files are listed in the project's files to analyze.
            AccuracyFindings sonarScanner;
            watch.Restart();
            using (var inputs = new SonarScannerInputs(corpus, SonarRules))
            {
                sonarScanner = await AccuracyRun.RunAsync(corpus, () => sonar.Create(SonarRules), sonarOptions, inputs.AdditionalFiles, inputs.MapPath);
            }

            var sonarScannerScore = Score(corpus, sonarScanner, SonarRules);
            tools.Add(("SonarAnalyzer.CSharp, scanner configuration", sonar.Version, "S2068, S2115, S6781", sonarScannerScore));
            notes.Add(Timing("SonarAnalyzer.CSharp (scanner configuration)", watch) + Failures(sonarScanner));

            // Security Code Scan, defaults (its built-in sinks).
            var scs = PeerAnalyzers.SecurityCodeScan;
            watch.Restart();
            var scsRun = await AccuracyRun.RunAsync(corpus, () => scs.Create(SecurityCodeScanRules), OnlyCounted(scs, SecurityCodeScanRules));
            var scsScore = Score(corpus, scsRun, SecurityCodeScanRules);
            tools.Add(("Security Code Scan", scs.Version, "SCS0015", scsScore));
            notes.Add(Timing("Security Code Scan", watch) + Failures(scsRun));

            _output.WriteLine(AccuracyScore.Comparison(tools));
            _output.WriteLine(string.Join(Environment.NewLine, notes));
            _output.WriteLine(string.Empty);
            _output.WriteLine("Findings per peer rule (all files): " + string.Join("; ", new[]
            {
                ("Sonar, NuGet defaults", sonarDefault), ("Sonar, scanner configuration", sonarScanner), ("Security Code Scan", scsRun),
            }.Select(run => run.Item1 + ": " + RuleCounts(run.Item2))));

            // Which negatives each peer flagged, for review (the values are run-time fakes).
            foreach (var (tool, _, _, score) in tools.Skip(1))
            {
                _output.WriteLine(string.Empty);
                _output.WriteLine(tool + ":");
                foreach (var line in score.Misses.Where(m => m.StartsWith("FLAGGED", StringComparison.Ordinal)))
                {
                    _output.WriteLine(line);
                }
            }

            // Each configured peer ran: its rules found at least one known positive. Without this a peer whose
            // analyzers did not load or stayed disabled would score 0% recall and look merely weak.
            Assert.True(sonarScannerScore.Detected.Count > 0, "SonarAnalyzer.CSharp (scanner configuration) detected no positive: its rules did not run.");
            Assert.Contains(sonarScannerScore.Detected, item => sonarScanner.ByPath[item.Path].Any(d => d.Id == "S2068"));
            Assert.True(scsScore.Detected.Count > 0, "Security Code Scan detected no positive: SCS0015 did not run.");
            Assert.Contains(scsScore.Detected, item => scsRun.ByPath[item.Path].Any(d => d.Id == "SCS0015"));

            // S2115 and S6781 report nothing on the corpus (it has no empty database password and no JWT signing key):
            // a canary outside it shows that they were on all the same.
            var canary = await AnalyzerRunner.RunAsync(
                sonar.Create(SonarRules),
                new[] { ("/canary/Canary.cs", SonarCanary()) },
                globalOptions: sonarOptions,
                extraReferences: TestReferences.All);
            Assert.True(canary.Failures.IsEmpty, canary.FormatFailures());
            Assert.Contains(canary.AnalyzerDiagnostics, d => d.Id == "S2115");
            Assert.Contains(canary.AnalyzerDiagnostics, d => d.Id == "S6781");

            // The hotspot is off without SonarLint.xml, which is why the scanner configuration is measured too.
            Assert.DoesNotContain(sonarDefault.ByPath.Values.SelectMany(list => list), d => d.Id == "S2068");
        }

        private static string SonarCanary() => $$"""
            using System.Text;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.IdentityModel.Tokens;

            class Canary
            {
                void Database(DbContextOptionsBuilder builder) => builder.UseSqlServer("Server=db;Database=orders;User ID=app;Password=");

                SymmetricSecurityKey Signing() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes("{{FakeTokens.Random62(40, 901)}}"));
            }
            """;

        private static AccuracyScore Score(IReadOnlyList<AccuracyCase> corpus, AccuracyFindings run, string[] counted)
            => AccuracyScore.Compute(
                corpus,
                run.ByPath,
                detects: (item, d) => counted.Contains(d.Id),
                flags: (item, d) => counted.Contains(d.Id) && Counts(item, d));

        // For local defaults and test fixtures only a warning or an error counts as flagging, as for ours.
        private static bool Counts(AccuracyCase item, Diagnostic d) => !item.InfoAllowed || d.Severity > DiagnosticSeverity.Info;

        // Only the counted rules run: the others of the loaded analyzers (the symbolic-execution runner that hosts
        // S6781 supports dozens) are switched off.
        private static Dictionary<string, string> OnlyCounted(PeerAnalyzers peer, string[] counted)
            => peer.SupportedIds(counted).Where(id => !counted.Contains(id)).ToDictionary(id => $"dotnet_diagnostic.{id}.severity", _ => "none");

        private static string Timing(string tool, Stopwatch watch)
            => string.Create(CultureInfo.InvariantCulture, $"{tool}: {watch.Elapsed.TotalSeconds:0.0} s over the corpus.");

        private static string Failures(AccuracyFindings run)
            => run.Failures.Count == 0 ? string.Empty : $" Analyzer failures: {run.Failures.Count} (first: {run.Failures[0].AnalyzerName}: {run.Failures[0].Exception?.GetType().Name ?? run.Failures[0].Diagnostic?.Id}).";

        private static string RuleCounts(AccuracyFindings run)
        {
            var counts = run.ByPath.Values.SelectMany(list => list).GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} x{g.Count()}").ToList();
            return counts.Count == 0 ? "none" : string.Join(", ", counts);
        }
    }
}
