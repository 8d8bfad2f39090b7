using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using SecretlessAnalyzers.Baseline;
using SecretlessAnalyzers.Rules;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using Support = SecretlessAnalyzers.Tests.Baseline.BaselineTestSupport;

namespace SecretlessAnalyzers.Tests.Baseline
{
    /// <summary>
    /// The baseline from writing to matching: recorded findings are suppressed (SARIF sees them as suppressed), moved
    /// lines and unrelated code keep them recorded, a changed value or another member is a new finding, and a corrupt
    /// or foreign file warns (SL1090) and silences nothing.
    /// </summary>
    public sealed class BaselineSuppressorTests
    {
        private static readonly string Key = FakeSecrets.StorageAccountKey(seed: 71);
        private static readonly string OtherKey = FakeSecrets.StorageAccountKey(seed: 72);

        private static string Orders(string key, string before = "", string inside = "") => $$"""
            using Azure.Storage.Blobs;

            namespace Contoso.Orders
            {
            {{before}}
                public class OrderStore
                {
            {{inside}}
                    public BlobContainerClient Create() => new BlobContainerClient({|#0:"DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey={{key}}"|}, "orders");
                }
            }
            """;

        // The baseline is written from the code as it is (markup removed), as a build would.
        private static Task<string> WriteAsync(string salt, string markedSource) =>
            Support.WriteBaselineAsync(salt, new[] { ("/0/Test0.cs", markedSource.Replace("{|#0:", string.Empty).Replace("|}", string.Empty)) });

        private static Task VerifyAsync(string source, string salt, string? baseline, params DiagnosticResult[] expected)
        {
            var test = new BaselineTest<StorageAccountKeyAnalyzer>(source, salt, baseline);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        [Fact]
        public async Task RecordedFinding_IsSuppressed()
        {
            var salt = Support.NewSalt();
            var baseline = await WriteAsync(salt, Orders(Key));

            await VerifyAsync(Orders(Key), salt, baseline, BaselineTest<StorageAccountKeyAnalyzer>.Finding("SL1001", 0).WithIsSuppressed(true));
        }

        [Fact]
        public async Task WithoutABaseline_TheFindingIsReported()
        {
            var salt = Support.NewSalt();
            await VerifyAsync(Orders(Key), salt, baseline: null, BaselineTest<StorageAccountKeyAnalyzer>.Finding("SL1001", 0).WithIsSuppressed(false));
        }

        [Fact]
        public async Task MovedLines_AndUnrelatedCode_StillMatch()
        {
            var salt = Support.NewSalt();
            var baseline = await WriteAsync(salt, Orders(Key));
            var edited = Orders(
                Key,
                before: "    // A new helper above the store.\n    public static class Clock\n    {\n        public static System.DateTime Now() => System.DateTime.UtcNow;\n    }\n\n\n",
                inside: "        private readonly int _retries = 3;\n\n        public int Retries() => _retries;\n\n");

            await VerifyAsync(edited, salt, baseline, BaselineTest<StorageAccountKeyAnalyzer>.Finding("SL1001", 0).WithIsSuppressed(true));
        }

        [Fact]
        public async Task ChangedValue_IsANewFinding()
        {
            var salt = Support.NewSalt();
            var baseline = await WriteAsync(salt, Orders(Key));

            await VerifyAsync(Orders(OtherKey), salt, baseline, BaselineTest<StorageAccountKeyAnalyzer>.Finding("SL1001", 0).WithIsSuppressed(false));
        }

        [Fact]
        public async Task SameValueInAnotherMember_IsANewFinding()
        {
            var salt = Support.NewSalt();
            var baseline = await WriteAsync(salt, Orders(Key));
            var copied = Orders(Key, inside: $$"""
                        public BlobContainerClient Archive() => new BlobContainerClient({|#1:"DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey={{Key}}"|}, "archive");
                """);

            await VerifyAsync(
                copied,
                salt,
                baseline,
                BaselineTest<StorageAccountKeyAnalyzer>.Finding("SL1001", 1).WithIsSuppressed(false),
                BaselineTest<StorageAccountKeyAnalyzer>.Finding("SL1001", 0).WithIsSuppressed(true));
        }

        [Fact]
        public async Task SeverityRaisedToErrorInConfiguration_IsSuppressedToo()
        {
            // Roslyn refuses suppressors only diagnostics whose *default* severity is error; SL1001 defaults to warning.
            var salt = Support.NewSalt();
            var baseline = await WriteAsync(salt, Orders(Key));
            var test = new BaselineTest<StorageAccountKeyAnalyzer>(Orders(Key), salt, baseline);

            // As `dotnet_diagnostic.SL1001.severity = error` does (roslyn-sdk writes each rule's severity into the
            // compilation options, which a global configuration would not override).
            test.SolutionTransforms.Add((solution, projectId) =>
            {
                var options = solution.GetProject(projectId)!.CompilationOptions!;
                return solution.WithProjectCompilationOptions(projectId, options.WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions.SetItem("SL1001", ReportDiagnostic.Error)));
            });
            test.ExpectedDiagnostics.Add(new DiagnosticResult("SL1001", DiagnosticSeverity.Error).WithLocation(0).WithIsSuppressed(true));
            await test.RunAsync();
        }

        [Fact]
        public async Task ChecksumVerifiedKey_ReportedAsError_IsSuppressedWhenRecorded()
        {
            var source = "class Settings { string s = {|#0:\"" + SecretlessAnalyzers.Tests.Tokens.FakeTokens.EntraSecret(12) + "\"|}; }";
            var salt = Support.NewSalt();
            var baseline = await WriteAsync(salt, source);
            var test = new BaselineTest<SecretLiteralAnalyzer>(source, salt, baseline);
            test.ExpectedDiagnostics.Add(new DiagnosticResult("SL1010", DiagnosticSeverity.Error).WithLocation(0).WithIsSuppressed(true));
            await test.RunAsync();
        }

        public static IEnumerable<object[]> UnusableFiles()
        {
            yield return new object[] { "{ \"tool\": \"SecretlessAnalyzers\", \"entries\": [" };
            yield return new object[] { "{ \"tool\": \"OtherScanner\", \"version\": \"1\", \"salt\": \"SALT\", \"entries\": [] }" };
            yield return new object[] { "{ \"tool\": \"SecretlessAnalyzers\", \"version\": \"9\", \"salt\": \"SALT\", \"entries\": [] }" };
            yield return new object[] { "{ \"tool\": \"SecretlessAnalyzers\", \"version\": \"1\", \"entries\": [] }" };
            yield return new object[] { "{ \"tool\": \"SecretlessAnalyzers\", \"version\": \"1\", \"salt\": \"SALT\", \"entries\": [ { \"rule\": \"SL1001\", \"fingerprint\": \"abc\" } ] }" };
        }

        [Theory]
        [MemberData(nameof(UnusableFiles))]
        public async Task UnusableFile_WarnsSL1090_AndSilencesNothing(string content)
        {
            var salt = Support.NewSalt();
            var good = await WriteAsync(salt, Orders(Key));

            // Each broken file keeps the real fingerprints where it can, so only the broken part stops them matching.
            var fingerprints = string.Join(",", good.Split('\n').Where(l => l.Contains("\"fingerprint\"")).Select(l => l.Trim().TrimEnd(',')));
            var broken = content.Replace("SALT", salt).Replace("\"entries\": []", "\"entries\": [" + fingerprints + "]");

            await VerifyAsync(
                Orders(Key),
                salt,
                broken,
                BaselineTest<StorageAccountKeyAnalyzer>.Finding("SL1001", 0).WithIsSuppressed(false),
                BaselineTest<StorageAccountKeyAnalyzer>.Unusable());
        }

        [Fact]
        public async Task BuildWithAnotherSalt_WarnsSL1090_AndSilencesNothing()
        {
            var baseline = await WriteAsync(Support.NewSalt(), Orders(Key));

            await VerifyAsync(
                Orders(Key),
                Support.NewSalt(),
                baseline,
                BaselineTest<StorageAccountKeyAnalyzer>.Finding("SL1001", 0).WithIsSuppressed(false),
                BaselineTest<StorageAccountKeyAnalyzer>.Unusable());
        }

        [Fact]
        public async Task ConfigurationFileFinding_IsRecordedBySettingPath_AndSurvivesNewSettingsAbove()
        {
            var salt = Support.NewSalt();
            var settings = "{\n  \"ConnectionStrings\": {\n    \"Orders\": \"DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=" + Key + "\"\n  }\n}\n";
            var baseline = await Support.WriteBaselineAsync(
                salt,
                new[] { ("/0/Test0.cs", "class Empty { }") },
                new[] { ("/0/appsettings.json", settings) });
            Assert.Contains("\"file\": \"appsettings.json\", \"member\": \"ConnectionStrings:Orders\"", baseline);

            var moved = "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n\n" + settings.Substring(2);
            var test = new BaselineTest<SecretInConfigurationFileAnalyzer>("class Empty { }", salt, baseline);
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", moved));
            var line = moved.Split('\n')[4];
            var value = line.IndexOf("DefaultEndpointsProtocol", System.StringComparison.Ordinal);
            test.ExpectedDiagnostics.Add(new DiagnosticResult("SL1020", DiagnosticSeverity.Warning)
                .WithSpan("/0/appsettings.json", 5, value + 1, 5, line.LastIndexOf('"') + 1)
                .WithIsSuppressed(true));
            test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
            await test.RunAsync();
        }

        [Fact]
        public async Task BaselineText_HoldsNoSecret_NorAFastHashOfIt()
        {
            const string Password = "Winter2024!";
            var source = $$"""
                using Microsoft.Data.SqlClient;

                public static class OrderDatabase
                {
                    public static SqlConnection Open() =>
                        new SqlConnection("Server=tcp:contoso-orders.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password={{Password}};");
                }
                """;
            var salt = Support.NewSalt();
            var baseline = await Support.WriteBaselineAsync(salt, new[] { ("/0/Test0.cs", Orders(Key).Replace("{|#0:", string.Empty).Replace("|}", string.Empty)), ("/0/Database.cs", source) });

            Assert.Contains("\"rule\": \"SL1001\"", baseline);
            Assert.Contains("\"rule\": \"SL1003\"", baseline);
            foreach (var secret in new[] { Key, Password })
            {
                Assert.DoesNotContain(secret, baseline);
                Assert.DoesNotContain(secret.Substring(0, 8), baseline);
                foreach (var digest in new[] { SHA256.HashData(Encoding.UTF8.GetBytes(secret)), SHA1.HashData(Encoding.UTF8.GetBytes(secret)), MD5.HashData(Encoding.UTF8.GetBytes(secret)) })
                {
                    Assert.DoesNotContain(System.Convert.ToHexString(digest).ToLowerInvariant(), baseline);
                    Assert.DoesNotContain(System.Convert.ToBase64String(digest), baseline);
                }

                // Nor an HMAC of the value keyed with the file's own salt, which would be as fast to guess against.
                Assert.DoesNotContain(System.Convert.ToHexString(HMACSHA256.HashData(System.Convert.FromHexString(salt), Encoding.UTF8.GetBytes(secret))).ToLowerInvariant(), baseline);
            }
        }

        [Fact]
        public async Task DatabasePassword_IsRecordedAndSuppressed()
        {
            var source = """
                using Microsoft.Data.SqlClient;

                public static class OrderDatabase
                {
                    public static SqlConnection Open() =>
                        new SqlConnection({|#0:"Server=tcp:contoso-orders.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password=Winter2024!;"|});
                }
                """;
            var salt = Support.NewSalt();
            var baseline = await WriteAsync(salt, source);
            var test = new BaselineTest<DatabasePasswordAnalyzer>(source, salt, baseline);
            test.ExpectedDiagnostics.Add(new DiagnosticResult("SL1003", DiagnosticSeverity.Warning).WithLocation(0).WithIsSuppressed(true));
            await test.RunAsync();
        }
    }
}
