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
    /// The documented adoption workflow on the packed package (docs/baseline.md): write the baseline, build clean under
    /// -warnaserror, move code and add one new secret (only the new one fails the build), count baselined findings in
    /// the report, list the entries that no longer match, and shrink the file.
    /// </summary>
    [Collection(EndToEndCollection.Name)]
    [Trait("Category", "EndToEnd")]
    public sealed class BaselineTests
    {
        private readonly PackageFixture _package;

        public BaselineTests(PackageFixture package)
        {
            _package = package;
        }

        [Fact]
        public void Nupkg_LoadsTheBaselineTask_FromTheTaskLibrary()
        {
            using var zip = System.IO.Compression.ZipFile.OpenRead(_package.PackagePath);
            Assert.DoesNotContain(zip.Entries, e => e.Name.StartsWith("SecretlessBaseline", StringComparison.OrdinalIgnoreCase));
            using var targets = new StreamReader(zip.GetEntry("build/SecretlessAnalyzers.targets")!.Open());
            var text = targets.ReadToEnd();
            Assert.Matches("<UsingTask TaskName=\"SecretlessAnalyzers\\.Reporting\\.Baseline\\.SecretlessBaseline\"\\s+AssemblyFile=\"\\$\\(SecretlessReportTaskAssembly\\)\"", text);
        }

        [Fact]
        public async Task WrittenBaseline_SilencesTheRecordedFindings_AndOnlyANewSecretFailsTheBuild()
        {
            var project = Path.Combine(_package.Workspace, "BaselineApp");
            var key = FakeSecrets.StorageAccountKey(seed: 61);
            var newKey = FakeSecrets.StorageAccountKey(seed: 62);
            const string SqlPassword = "Autumn2025!";
            PackBuildFormatTests.WriteProject(project, _package.Feed, _package.Version, _package.Root, key, SqlPassword);
            var baselinePath = Path.Combine(project, "secretless.baseline.json");

            // A checksum-verified key is an error (SL1010): it fails even a plain build until it is recorded.
            var entraSecret = SecretlessAnalyzers.Tests.Tokens.FakeTokens.EntraSecret(63);
            File.WriteAllText(Path.Combine(project, "Settings.cs"), "namespace LegacyApp;\n\npublic static class Settings\n{\n    public static string ClientSecret() => \"" + entraSecret + "\";\n}\n");
            var before = await DotNetCli.RunAsync(project, PackageFixture.StepTimeout, "build");
            Assert.True(before.ExitCode != 0, "The verified key should fail the build before the baseline: " + before);
            Assert.Contains("error SL1010", before.Output);

            // 1. Write the baseline from today's findings.
            var write = await DotNetCli.RunAsync(project, PackageFixture.StepTimeout, "build", "-p:SecretlessWriteBaseline=true");
            Assert.True(write.ExitCode == 0, "The baseline build should succeed: " + write);
            Assert.Contains("Secretless baseline: 5 finding(s) recorded in " + baselinePath, write.Output);
            var baseline = File.ReadAllText(baselinePath);
            Assert.Contains("\"tool\": \"SecretlessAnalyzers\"", baseline);
            Assert.True(baseline.Contains("{ \"rule\": \"SL1001\", \"file\": \"Archive.cs\", \"member\": \"LegacyApp.Archive._blobs\"", StringComparison.Ordinal), baseline);
            Assert.True(baseline.Contains("{ \"rule\": \"SL1003\", \"file\": \"OrderDatabase.cs\", \"member\": \"LegacyApp.OrderDatabase.Open\"", StringComparison.Ordinal), baseline);
            Assert.DoesNotContain(key, baseline);
            Assert.DoesNotContain(key.Substring(4, 20), baseline);
            Assert.DoesNotContain(SqlPassword, baseline);
            Assert.DoesNotContain(entraSecret, baseline);
            Assert.Contains("{ \"rule\": \"SL1010\", \"file\": \"Settings.cs\", \"member\": \"LegacyApp.Settings.ClientSecret\"", baseline);
            var salt = Regex.Match(baseline, "\"salt\": \"([0-9a-f]{32})\"").Groups[1].Value;
            Assert.NotEmpty(salt);

            // 2. Every recorded finding is suppressed: -warnaserror (MSBuild) and TreatWarningsAsErrors (the compiler) pass.
            var gated = await DotNetCli.RunAsync(project, PackageFixture.StepTimeout, "build", "-warnaserror");
            Assert.True(gated.ExitCode == 0, "The baselined project should build under -warnaserror: " + gated);
            Assert.DoesNotContain(" SL10", gated.Output);
            var compilerGated = await DotNetCli.RunAsync(project, PackageFixture.StepTimeout, "build", "-p:TreatWarningsAsErrors=true");
            Assert.True(compilerGated.ExitCode == 0, "The baselined project should build with TreatWarningsAsErrors: " + compilerGated);

            // 3. Lines move and unrelated code arrives; one new secret is added: only that one fails the build.
            var program = Path.Combine(project, "Program.cs");
            File.WriteAllText(program, "// Moved down by a new header.\n\n\n" + File.ReadAllText(program).Replace(
                "public static class Program\n{",
                "public static class Program\n{\n    private static int Retries() => 3;\n"));
            File.WriteAllText(Path.Combine(project, "NewClient.cs"), $$"""
                using Azure.Storage.Blobs;

                namespace LegacyApp;

                public static class NewClient
                {
                    public static BlobServiceClient Create() => new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=contosonew;AccountKey={{newKey}}");
                }
                """);
            var failing = await DotNetCli.RunAsync(project, PackageFixture.StepTimeout, "build", "-warnaserror", "-clp:NoSummary");
            Assert.True(failing.ExitCode != 0, "The new secret should fail the build: " + failing);
            var errors = failing.Output.Split('\n').Where(line => Regex.IsMatch(line, @"(error|warning) SL\d{4}")).Distinct().ToList();
            Assert.NotEmpty(errors);
            Assert.All(errors, line => Assert.Contains("NewClient.cs(7,", line));
            Assert.DoesNotContain(newKey, failing.Output);

            // 4. The report counts the baselined findings apart and lists the new one.
            var report = await DotNetCli.RunAsync(project, PackageFixture.StepTimeout, "build", "-p:SecretlessMigrationReport=true");
            Assert.True(report.ExitCode == 0, "The report build should succeed: " + report);
            var markdown = File.ReadAllText(Path.Combine(project, "obj", "Debug", "net10.0", "secretless-report.md"));
            Assert.Contains("5 finding(s) recorded in secretless.baseline.json are not listed.", markdown);
            Assert.Contains("contosonew", markdown);
            Assert.DoesNotContain("contosoarchive", markdown);

            // 5. Code that is fixed leaves entries that no longer match: the check lists them, a new write drops them.
            File.Delete(Path.Combine(project, "Archive.cs"));
            var check = await DotNetCli.RunAsync(project, PackageFixture.StepTimeout, "build", "-p:SecretlessCheckBaseline=true");
            Assert.True(check.ExitCode == 0, "The check build should succeed: " + check);
            Assert.Contains("Secretless baseline: SL1001 in Archive.cs (LegacyApp.Archive._blobs) no longer matches a finding.", check.Output);
            Assert.Contains("Secretless baseline: 2 of 5 entries of " + baselinePath + " no longer match", check.Output);

            var rewrite = await DotNetCli.RunAsync(project, PackageFixture.StepTimeout, "build", "-p:SecretlessWriteBaseline=true");
            Assert.True(rewrite.ExitCode == 0, "The second baseline build should succeed: " + rewrite);
            Assert.True(rewrite.Output.Contains("Secretless baseline: 4 finding(s) recorded in " + baselinePath + " (1 new, 2 no longer found).", StringComparison.Ordinal), rewrite.Output);
            var shrunk = File.ReadAllText(baselinePath);
            Assert.Contains("\"salt\": \"" + salt + "\"", shrunk);
            Assert.DoesNotContain("Archive.cs", shrunk);
            Assert.DoesNotContain(newKey, shrunk);

            var clean = await DotNetCli.RunAsync(project, PackageFixture.StepTimeout, "build", "-warnaserror");
            Assert.True(clean.ExitCode == 0, "Everything left is recorded: " + clean);

            // 6. A corrupt file silences nothing and says so.
            File.WriteAllText(baselinePath, shrunk.Substring(0, shrunk.Length / 2));
            var corrupt = await DotNetCli.RunAsync(project, PackageFixture.StepTimeout, "build", "-clp:NoSummary");
            Assert.True(corrupt.ExitCode != 0, "Nothing is suppressed, so the verified key fails the build again: " + corrupt);
            Assert.Contains("secretless.baseline.json(1,1): warning SL1090", corrupt.Output);
            Assert.Contains("Settings.cs(5,44): error SL1010", corrupt.Output);
            Assert.Contains("NewClient.cs(7,", corrupt.Output);
            Assert.Contains("OrderDatabase.cs", corrupt.Output);
        }
    }
}
