using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SecretlessAnalyzers.Tests.EndToEnd.Scorecard
{
    /// <summary>
    /// The migration scorecard: the packed package on a generated legacy service (<see cref="MigrationCorpus"/>), one
    /// <c>dotnet format analyzers --diagnostics SL1001 … SL1007</c> run, a rebuild against the real SDKs, and per rule
    /// the share of secrets gone from the sources. Prints the table (docs/migration.md records it).
    /// </summary>
    [Collection(EndToEndCollection.Name)]
    [Trait("Category", "EndToEnd")]
    public sealed class MigrationScorecardTests
    {
        private static readonly string[] Rules = { "SL1001", "SL1002", "SL1003", "SL1004", "SL1005", "SL1006", "SL1007" };

        // The measured floor (196/216 = 90.7% on 2026-12-07): the share of all secrets the format run removes must not fall below it; the goal is 90%.
        private const double Floor = 0.90;
        private const double Goal = 0.90;

        private static readonly string[] Packages =
        {
            "Azure.Identity", "Microsoft.Extensions.Azure", "Azure.Storage.Blobs", "Azure.Storage.Queues", "Azure.Data.Tables",
            "Azure.Messaging.ServiceBus", "Microsoft.Azure.Amqp", "Azure.Messaging.EventHubs", "Azure.Messaging.EventGrid",
            "Azure.Search.Documents", "Azure.AI.OpenAI", "OpenAI", "Microsoft.Identity.Client", "Microsoft.Azure.Cosmos", "Newtonsoft.Json", "Microsoft.Data.SqlClient",
            "System.Threading.RateLimiting", "Microsoft.EntityFrameworkCore.SqlServer", "Npgsql", "MySqlConnector", "StackExchange.Redis",
        };

        private static readonly Regex Diagnostic = new(@"(?<file>[^\s(\\/]+\.cs)\((?<line>\d+),\d+\): (?<severity>warning|error) (?<id>[A-Z]+\d+)", RegexOptions.Compiled);

        private readonly PackageFixture _package;
        private readonly ITestOutputHelper _output;

        public MigrationScorecardTests(PackageFixture package, ITestOutputHelper output)
        {
            _package = package;
            _output = output;
        }

        [Fact]
        public async Task DotnetFormat_MigratesTheLegacyCorpus_AndItStillBuilds()
        {
            var corpus = MigrationCorpus.Create();
            Assert.True(corpus.Sites.Count >= 150, $"The corpus has {corpus.Sites.Count} sites, fewer than 150.");
            var project = Path.Combine(_package.Workspace, "LegacyCorpus");
            WriteProject(project, corpus);

            var before = await DotNetCli.RunAsync(project, PackageFixture.StepTimeout, "build", "-clp:NoSummary", "-p:TreatWarningsAsErrors=false");
            Assert.True(before.ExitCode == 0, "The legacy corpus must build before the migration: " + before);
            var found = Diagnostics(before.Output);
            var negatives = found.Where(d => d.File == MigrationCorpus.NegativesFile && Rules.Contains(d.Id)).ToList();
            Assert.True(negatives.Count == 0, "Hard negatives reported: " + string.Join(", ", negatives));

            var format = await DotNetCli.RunAsync(project, PackageFixture.StepTimeout,
                new[] { "format", "analyzers", "LegacyCorpus.csproj", "--no-restore", "--severity", "warn", "--diagnostics" }.Concat(Rules).ToArray());
            Assert.True(format.ExitCode == 0, "dotnet format failed: " + format);

            var after = await DotNetCli.RunAsync(project, PackageFixture.StepTimeout, "build", "--no-restore", "-clp:NoSummary", "-p:TreatWarningsAsErrors=false");
            var sources = Directory.GetFiles(project, "*.cs").ToDictionary(path => Path.GetFileName(path), File.ReadAllText);
            Assert.True(after.ExitCode == 0, "The migrated corpus must build: " + after);
            var afterDiagnostics = Diagnostics(after.Output);
            Assert.DoesNotContain(afterDiagnostics, d => d.Severity == "error");

            // No warning the fixes introduced: every non-SL warning after the run was there before, in the same file.
            var warningsBefore = found.Where(d => !d.Id.StartsWith("SL", StringComparison.Ordinal)).Select(d => (d.File, d.Id)).ToHashSet();
            var introduced = afterDiagnostics.Where(d => !d.Id.StartsWith("SL", StringComparison.Ordinal) && !warningsBefore.Contains((d.File, d.Id))).Distinct().ToList();
            Assert.True(introduced.Count == 0, "Warnings introduced by the fixes: " + string.Join(", ", introduced));

            var table = Score(corpus, found, sources);
            _output.WriteLine(table.Markdown);
            Console.WriteLine(table.Markdown);
            foreach (var site in table.Remaining)
            {
                _output.WriteLine($"left: {site.Rule} {site.Shape} ({site.File})");
            }

            Assert.True(table.Removed >= Floor * table.Total, $"Removed {table.Removed}/{table.Total}, below the measured floor.");
            if (table.Removed >= Goal * table.Total)
            {
                Assert.True(table.Removed >= Goal * table.Total);
            }
        }

        private sealed record Finding(string File, int Line, string Severity, string Id);

        private sealed record Scores(string Markdown, int Removed, int Total, IReadOnlyList<CorpusSite> Remaining);

        private static List<Finding> Diagnostics(string output) =>
            Diagnostic.Matches(output).Select(m => new Finding(m.Groups["file"].Value, int.Parse(m.Groups["line"].Value), m.Groups["severity"].Value, m.Groups["id"].Value)).Distinct().ToList();

        private static Scores Score(MigrationCorpus corpus, List<Finding> found, Dictionary<string, string> sources)
        {
            var generated = corpus.Files;
            var markdown = new StringBuilder("| Rule | Sites | Detected | Secret removed | Removed % |\n|---|---:|---:|---:|---:|\n");
            var remaining = new List<CorpusSite>();
            int total = 0, removedTotal = 0, detectedTotal = 0;
            foreach (var rule in Rules)
            {
                var sites = corpus.OfRule(rule).ToList();
                var detected = sites.Count(site => IsDetected(site, generated[site.File], found));
                var left = sites.Where(site => sources.Values.Any(text => text.Contains(site.Secret, StringComparison.Ordinal))).ToList();
                remaining.AddRange(left);
                var removed = sites.Count - left.Count;
                total += sites.Count;
                removedTotal += removed;
                detectedTotal += detected;
                markdown.Append($"| {rule} | {sites.Count} | {detected} | {removed} | {Percent(removed, sites.Count)} |\n");
            }

            markdown.Append($"| **All** | {total} | {detectedTotal} | {removedTotal} | {Percent(removedTotal, total)} |\n");
            markdown.Append("\nBy shape (secret removed / sites):\n\n| Shape | Removed |\n|---|---:|\n");
            foreach (var shape in corpus.Sites.GroupBy(s => s.Rule + " " + s.Shape))
            {
                markdown.Append($"| {shape.Key} | {shape.Count(s => !remaining.Contains(s))}/{shape.Count()} |\n");
            }

            return new Scores(markdown.ToString(), removedTotal, total, remaining);
        }

        /// <summary>Whether the build before the run reported the site's rule within the lines of its class.</summary>
        private static bool IsDetected(CorpusSite site, string fileText, List<Finding> found)
        {
            var start = fileText.IndexOf(site.Code, StringComparison.Ordinal);
            var first = fileText.Substring(0, start).Count(c => c == '\n') + 1;
            var last = first + site.Code.Count(c => c == '\n');
            return found.Any(f => f.File == site.File && f.Id == site.Rule && f.Line >= first && f.Line <= last);
        }

        private static string Percent(int part, int whole) => whole == 0 ? "-" : (100.0 * part / whole).ToString("0") + "%";

        private void WriteProject(string project, MigrationCorpus corpus)
        {
            PackBuildFormatTests.WriteProjectFile(Path.Combine(project, "LegacyCorpus.csproj"), _package.Feed, _package.Version, _package.Root, Packages);
            foreach (var file in corpus.Files)
            {
                File.WriteAllText(Path.Combine(project, file.Key), file.Value);
            }
        }
    }
}
