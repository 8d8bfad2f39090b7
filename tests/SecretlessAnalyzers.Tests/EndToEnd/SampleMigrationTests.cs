using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SecretlessAnalyzers.Tests.EndToEnd
{
    /// <summary>
    /// The sample service migrates in one `dotnet format` run of every fixable rule, builds with no error, and none of
    /// the credentials the fixes wrote is reported by SL2002, which the sample switches on (the fixes write the
    /// ManagedIdentityCredential it accepts), and SL2001's fix moves the connection string it reads out of appsettings.json.
    /// Runs on a copy of the sources, so the repository stays as it is.
    /// </summary>
    [Collection(EndToEndCollection.Name)]
    [Trait("Category", "EndToEnd")]
    public sealed class SampleMigrationTests
    {
        private static readonly string[] FixedRules = { "SL1001", "SL1002", "SL1003", "SL1004", "SL1005", "SL1006", "SL1007", "SL2001" };

        [Fact]
        public async Task SampleService_MigratesWithDotnetFormat_BuildsAndDrawsNoSL2002OnWhatTheFixesWrote()
        {
            var root = DotNetCli.RepositoryRoot();
            var copy = Path.Combine(Path.GetTempPath(), "secretless-sample-migration-" + Guid.NewGuid().ToString("N"));
            try
            {
                foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props" })
                {
                    Directory.CreateDirectory(copy);
                    File.Copy(Path.Combine(root, file), Path.Combine(copy, file));
                }

                CopySources(Path.Combine(root, "src"), Path.Combine(copy, "src"));
                CopySources(Path.Combine(root, "nuget", "build"), Path.Combine(copy, "nuget", "build"));
                CopySources(Path.Combine(root, "samples", "LegacyService"), Path.Combine(copy, "samples", "LegacyService"));
                var sample = Path.Combine("samples", "LegacyService");

                var before = await DotNetCli.RunAsync(copy, PackageFixture.StepTimeout, "build", sample);
                Assert.True(before.ExitCode == 0, "The sample should build before the migration: " + before);
                var reportedBefore = Sl2002Lines(before.Output);

                var format = await DotNetCli.RunAsync(copy, PackageFixture.StepTimeout,
                    new[] { "format", "analyzers", Path.Combine(sample, "LegacyService.csproj"), "--severity", "info", "--diagnostics" }.Concat(FixedRules).ToArray());
                Assert.True(format.ExitCode == 0, "dotnet format failed: " + format);

                var after = await DotNetCli.RunAsync(copy, PackageFixture.StepTimeout, "build", sample, "--no-incremental");
                Assert.True(after.ExitCode == 0, "The migrated sample should build: " + after);

                // SL2002 reports no more places than before: only the sample's own hand-written DefaultAzureCredential
                // (lines may move, so places are counted rather than compared).
                var reportedAfter = Sl2002Lines(after.Output);
                Assert.NotEmpty(reportedBefore);
                Assert.True(reportedAfter.Length <= reportedBefore.Length, "SL2002 reports code the fixes wrote:\n" + string.Join("\n", reportedAfter));

                // The fixes removed the secrets they fix: the storage key pasted into Program.cs is gone.
                var program = File.ReadAllText(Path.Combine(copy, sample, "Program.cs"));
                Assert.DoesNotContain("AccountKey=", program, StringComparison.Ordinal);
                Assert.Contains("ManagedIdentityCredential", program, StringComparison.Ordinal);

                // SL2001 moved ReportStore's "Reports" connection string out of appsettings.json: the key is gone; its
                // container client reads Reports:BlobServiceUri and its queue client Reports:QueueServiceUri, each with
                // the endpoint of its part of the account; the emulator and Key Vault entries stay.
                var settings = File.ReadAllText(Path.Combine(copy, sample, "appsettings.json"));
                Assert.DoesNotContain("AccountKey=", settings, StringComparison.Ordinal);
                using (var json = System.Text.Json.JsonDocument.Parse(settings, new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true }))
                {
                    Assert.Equal("https://contosoreports.blob.core.windows.net", json.RootElement.GetProperty("Reports").GetProperty("BlobServiceUri").GetString());
                    Assert.Equal("https://contosoreports.queue.core.windows.net", json.RootElement.GetProperty("Reports").GetProperty("QueueServiceUri").GetString());
                    Assert.False(json.RootElement.GetProperty("ConnectionStrings").TryGetProperty("Reports", out _));
                    Assert.Equal("UseDevelopmentStorage=true", json.RootElement.GetProperty("ConnectionStrings").GetProperty("Local").GetString());
                    Assert.StartsWith("@Microsoft.KeyVault(", json.RootElement.GetProperty("Archive").GetProperty("ConnectionString").GetString(), StringComparison.Ordinal);
                }
            }
            finally
            {
                try
                {
                    Directory.Delete(copy, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }

        /// <summary>Distinct "file(line,column)" places of SL2002 warnings in a build's output.</summary>
        private static string[] Sl2002Lines(string output) =>
            Regex.Matches(output, @"([^\s\\/]+\.cs)\((\d+),(\d+)\): warning SL2002")
                .Select(match => match.Groups[1].Value + ":" + match.Groups[2].Value)
                .Distinct()
                .ToArray();

        private static void CopySources(string from, string to)
        {
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(from, file);
                var parts = relative.Split(Path.DirectorySeparatorChar);
                if (parts.Contains("bin") || parts.Contains("obj"))
                {
                    continue;
                }

                var target = Path.Combine(to, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }
}
