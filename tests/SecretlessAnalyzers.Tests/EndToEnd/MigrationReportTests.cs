using System;
using System.IO;
using System.Threading.Tasks;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SecretlessAnalyzers.Tests.EndToEnd
{
    /// <summary>
    /// The documented report command on the packed package: a solution build with -p:SecretlessMigrationReport=true
    /// writes the project's report to obj/ and the solution's report beside the .sln, with no secret in either.
    /// </summary>
    [Collection(EndToEndCollection.Name)]
    [Trait("Category", "EndToEnd")]
    public sealed class MigrationReportTests
    {
        private readonly PackageFixture _package;

        public MigrationReportTests(PackageFixture package)
        {
            _package = package;
        }

        [Fact]
        public void Nupkg_ShipsTheReportTaskSource_UnderANameNoProjectCompiles()
        {
            using var zip = System.IO.Compression.ZipFile.OpenRead(_package.PackagePath);
            var names = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(zip.Entries, e => e.FullName));
            Assert.Contains("build/SecretlessReport.cs.txt", names);
            Assert.Contains("buildTransitive/SecretlessReport.cs.txt", names);
            Assert.DoesNotContain(names, n => n.EndsWith(".cs", StringComparison.OrdinalIgnoreCase));
        }

        [Fact]
        public async Task SolutionBuild_WithTheProperty_WritesMarkdownAndJsonReports_WithoutTheSecret()
        {
            var solution = Path.Combine(_package.Workspace, "ReportSolution");
            var project = Path.Combine(solution, "LegacyApp");
            var key = FakeSecrets.StorageAccountKey(seed: 44);
            PackBuildFormatTests.WriteProject(project, _package.Feed, _package.Version, _package.Root, key);
            File.WriteAllText(Path.Combine(project, "appsettings.json"), "{ \"ConnectionStrings\": { \"Reports\": \"DefaultEndpointsProtocol=https;AccountName=contosoreports;AccountKey=" + key + "\" } }\n");
            File.WriteAllText(Path.Combine(solution, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(solution, "ReportSolution.slnx"), "<Solution>\n  <Project Path=\"LegacyApp/LegacyApp.csproj\" />\n</Solution>\n");

            var build = await DotNetCli.RunAsync(solution, PackageFixture.StepTimeout, "build", "ReportSolution.slnx", "-p:SecretlessMigrationReport=true");
            Assert.True(build.ExitCode == 0, "The report build should succeed: " + build);
            var markdownPath = Path.Combine(project, "obj", "Debug", "net10.0", "secretless-report.md");
            Assert.Contains("Secretless migration report (", build.Output);
            Assert.Contains(markdownPath, build.Output);

            var markdown = File.ReadAllText(markdownPath);
            var json = File.ReadAllText(Path.ChangeExtension(markdownPath, ".json"));
            foreach (var report in new[] { markdown, json })
            {
                Assert.Contains("contosoorders", report);
                Assert.Contains("contosoarchive", report);
                Assert.Contains("contosoreports", report);
                Assert.Contains("Storage Blob Data Contributor", report);
                Assert.Contains("az role assignment create --assignee-object-id <principal-id>", report);
                Assert.Contains("/providers/Microsoft.Storage/storageAccounts/contosoorders", report);
                Assert.Contains("'" + key.Substring(0, 4) + "\u2026' (" + key.Length + " characters)", report);
                Assert.Contains("ConnectionStrings:Reports", report);
                Assert.DoesNotContain(key, report);
                Assert.DoesNotContain(key.Substring(4, 20), report);
            }

            Assert.Contains("| [SL1001](", markdown);
            Assert.Contains("`Program.cs:", markdown);
            Assert.Contains("\"schema\": \"secretless-migration-report/1\"", json);

            var combined = File.ReadAllText(Path.Combine(solution, "secretless-report.md"));
            Assert.Contains("| LegacyApp (net10.0) |", combined);
            Assert.Contains("contosoarchive", combined);
            Assert.DoesNotContain(key, combined);
            Assert.DoesNotContain(key, File.ReadAllText(Path.Combine(solution, "secretless-report.json")));
        }
    }
}
