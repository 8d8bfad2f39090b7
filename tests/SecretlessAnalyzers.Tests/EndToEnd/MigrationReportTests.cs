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
        public void Nupkg_ShipsTheReportTaskLibrary_AndNoSource()
        {
            using var zip = System.IO.Compression.ZipFile.OpenRead(_package.PackagePath);
            var names = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(zip.Entries, e => e.FullName));
            Assert.Contains("tasks/netstandard2.0/SecretlessAnalyzers.Reporting.dll", names);
            Assert.Contains("build/SecretlessAnalyzers.targets", names);

            // MSBuild provides Microsoft.Build.* and System.Text.Json: only the task assembly is shipped beside the targets.
            Assert.DoesNotContain(names, n => n.StartsWith("tasks/", StringComparison.Ordinal) && !n.EndsWith("SecretlessAnalyzers.Reporting.dll", StringComparison.Ordinal));
            Assert.DoesNotContain(names, n => n.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) || n.EndsWith(".cs.txt", StringComparison.OrdinalIgnoreCase));
            using var targets = new StreamReader(zip.GetEntry("build/SecretlessAnalyzers.targets")!.Open());
            var text = targets.ReadToEnd();
            Assert.DoesNotContain("RoslynCodeTaskFactory", text);
            Assert.Contains("AssemblyFile=\"$(SecretlessReportTaskAssembly)\"", text);
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
            Assert.Contains("## Cut-over checklist", markdown);
            Assert.Contains("allowSharedKeyAccess: false", markdown);

            // The Azure RBAC grants as Bicep, next to the report and for the solution.
            var bicep = File.ReadAllText(Path.Combine(Path.GetDirectoryName(markdownPath)!, "secretless-roles.bicep"));
            Assert.Contains("'Microsoft.Authorization/roleAssignments@2022-04-01'", bicep);
            Assert.Contains("'Microsoft.Storage/storageAccounts@", bicep);
            Assert.Contains("name: 'contosoorders'", bicep);
            Assert.DoesNotContain(key, bicep);
            Assert.Contains("module ", File.ReadAllText(Path.Combine(solution, "secretless-roles.bicep")));
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
