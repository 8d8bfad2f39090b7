using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using SecretlessAnalyzers.Tests.Infrastructure;
using SecretlessAnalyzers.Tests.Tokens;
using Xunit;

namespace SecretlessAnalyzers.Tests.Torture
{
    /// <summary>
    /// Every rule together over inputs that break careless analyzers: code being typed, huge and deep values,
    /// every string syntax, every language version, pathological detector inputs. A test fails on any analyzer
    /// exception (AD0001) and on a time limit, which is generous for the machine but far below what quadratic
    /// behaviour would need on these sizes.
    /// </summary>
    public class TortureTests
    {
        private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
        private static readonly string Key = FakeSecrets.StorageAccountKey();
        private static readonly string Cs = FakeSecrets.StorageConnectionString();

        public static IEnumerable<object[]> IncompleteCode() => new[]
        {
            "class C { string s = \"DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=",
            "class C { string s = $\"AccountName=contoso;AccountKey={",
            "class C { string s = $\"AccountName=contoso;AccountKey={Key",
            "class C { string s = $$\"\"\"AccountName=contoso;AccountKey={{",
            "using Azure.Storage.Blobs; class C { void M() { var b = new BlobServiceClient(\"" + Cs + "\" } }",
            "using Azure.Storage.Blobs; class C { void M() { var b = new BlobServiceClient(\"" + Cs + "\", ; } }",
            "using Azure.Storage.Blobs; class C { void M() { var b = new BlobServiceClient(",
            "using Azure.Storage.Blobs; class C { void M() { BlobServiceClient b = new(\"" + Cs + "\"",
            "using Azure.Storage; class C { object M() => new StorageSharedKeyCredential(\"contoso\", ",
            "using Azure.Storage; class C { object M() => new StorageSharedKeyCredential(accountKey: \"" + Key + "\", accountName: ",
            "using Azure.Storage; class C { object M() => new StorageSharedKeyCredential(\"" + Key + "\") }",
            "class C { object M() => new Unknown.Namespace.BlobServiceClient(\"" + Cs + "\"); }",
            "class C { object M() => new BlobServiceClient(\"" + Cs + "\"); }",
            "class C { object M() => Missing(\"" + Cs + "\") + ; }",
            "class C { const string A = \"AccountKey=\" + ; }",
            "class C { const string A = \"AccountKey=\" + B; const string B = A + \"" + Key + "\"; }",
            "class C { void M() { Microsoft.Extensions.Azure.AzureClientFactoryBuilder b = null; b.AddBlobServiceClient(\"" + Cs + "\"",
            "}}}}{{{{ \"\"\" $$$ @\" ;;;; AccountKey= == sig= &&& " + Cs,
            "namespace N; file class C { string S => \"" + Cs + "\"u8.ToString(); }",
            "#if DEBUG\nclass C { string S = \"" + Cs + "\"; }\n#else\nclass C { string S = \"" + Cs + "\"",
            "class C { [System.Obsolete(\"" + Cs + "\")] void M() { } }",
            "class C { void M(string s = \"" + Cs + "\") { } }",
            "class C { object M() => new System.Uri(\"https://a.blob.core.windows.net/c?sv=2022-11-02&se=2030&sig=\" + ",
        }.Select(source => new object[] { source });

        [Theory]
        [MemberData(nameof(IncompleteCode))]
        public Task CodeBeingTyped_NeverThrows(string source) => RunAllAsync(source);

        [Fact]
        public Task NoAzureSdkReferenced_NeverThrows() =>
            RunAllAsync(
                "using Azure.Storage.Blobs; class C { object M() => new BlobServiceClient(\"" + Cs + "\"); object N() => new Azure.Storage.StorageSharedKeyCredential(\"a\", \"" + Key + "\"); }",
                withAzure: false);

        [Fact]
        public Task OneMegabyteLiteral_IsScannedInLinearTime()
        {
            var big = new StringBuilder("DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=");
            var random = new Random(7);
            const string Base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            while (big.Length < 1024 * 1024)
            {
                big.Append(Base64[random.Next(Base64.Length)]);
            }

            return RunAllAsync("class C { const string Big = \"" + big + "\"; string Url = \"https://a.blob.core.windows.net/c?sv=1&se=2&sig=" + big + "\"; }");
        }

        [Fact]
        public Task FiftyThousandPartConstant_DoesNotOverflowTheStack()
        {
            var source = new StringBuilder("class C { const string Big = \"DefaultEndpointsProtocol=https;\"");
            for (var i = 0; i < 50_000; i++)
            {
                source.Append(i % 1000 == 0 ? " + \";AccountKey=\"" : " + \"ab\"");
            }

            source.Append(" + \"" + Key + "\"; }");
            return RunAllAsync(source.ToString());
        }

        [Fact]
        public Task FiftyThousandPartRunTimeConcatenation_IsLinear()
        {
            var source = new StringBuilder("class C { string M(string x) => \"AccountKey=\"");
            for (var i = 0; i < 50_000; i++)
            {
                source.Append(" + x + \"sig=\"");
            }

            source.Append("; }");
            return RunAllAsync(source.ToString());
        }

        [Fact]
        public Task DeeplyNestedInterpolations_NeverThrow()
        {
            var inner = "\"AccountName=contoso;AccountKey=" + Key + "\"";
            for (var i = 0; i < 8; i++)
            {
                inner = "$\"AccountKey={" + inner + "};x\"";
            }

            return RunAllAsync("class C { string S => " + inner + "; }");
        }

        [Fact]
        public Task EveryStringSyntax_NeverThrows() =>
            RunAllAsync(string.Join(
                "\n",
                "class C",
                "{",
                "    const string Account = \"contoso\";",
                $"    string Verbatim = @\"{Cs}\";",
                $"    string VerbatimQuotes = @\"AccountName=\"\"contoso\"\";AccountKey={Key}\";",
                $"    string Raw = \"\"\"{Cs}\"\"\";",
                $"    string RawMulti = \"\"\"\n        {Cs}\n        \"\"\";",
                $"    string Interpolated = $\"AccountName={{Account}};AccountKey={Key}\";",
                $"    string VerbatimInterpolated = $@\"AccountName={{Account}};AccountKey={Key}\";",
                $"    string RawInterpolated = $$\"\"\"AccountName={{{{Account}}}};AccountKey={Key}\"\"\";",
                $"    System.ReadOnlySpan<byte> Utf8 => \"{Cs}\"u8;",
                $"    string Escapes = \"AccountName=contoso;\\tAccountKey={Key}\\0\\u00e9\\U0001F600\";",
                "    string NonAscii = \"AccountName=caf\u00e9;AccountKey=\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\";",
                "    char C1 = '=';",
                "    string Formatted => $\"AccountKey={Account,10:X}\";",
                "}"));

        [Fact]
        public Task GeneratedCode_NeverThrows() =>
            RunAllAsync("// <auto-generated/>\nclass C { string S = \"" + Cs + "\"; }");

        public static IEnumerable<object[]> LanguageVersions() =>
            new[]
            {
                LanguageVersion.CSharp7_3, LanguageVersion.CSharp8, LanguageVersion.CSharp9, LanguageVersion.CSharp10,
                LanguageVersion.CSharp11, LanguageVersion.CSharp12, LanguageVersion.Latest, LanguageVersion.Preview,
            }.Select(v => new object[] { v });

        [Theory]
        [MemberData(nameof(LanguageVersions))]
        public Task ModernSyntaxAtEveryLanguageVersion_NeverThrows(LanguageVersion version) =>
            RunAllAsync(
                string.Join(
                    "\n",
                    "using Azure.Storage.Blobs;",
                    $"var blobs = new BlobServiceClient(\"{Cs}\");",
                    "System.Console.WriteLine(blobs);",
                    "namespace Contoso.Orders;",
                    $"public record Settings(string Storage = \"{Cs}\");",
                    $"public class Service(string storage = \"{Cs}\") {{ public BlobServiceClient Blobs {{ get; }} = new(storage); }}",
                    $"file static class Local {{ public const string Cs = \"\"\"{Cs}\"\"\"; }}"),
                outputKind: OutputKind.ConsoleApplication,
                languageVersion: version);

        public static IEnumerable<object[]> PathologicalValues()
        {
            yield return new object[] { "equals-and-semicolons", new string('=', 200_000) + new string(';', 200_000) };
            yield return new object[] { "alternating", string.Concat(Enumerable.Repeat("=;", 200_000)) };
            yield return new object[] { "repeated-keyword", string.Concat(Enumerable.Repeat("AccountKey=", 50_000)) };
            yield return new object[] { "repeated-pairs", string.Concat(Enumerable.Repeat("AccountKey=" + Key + ";", 5_000)) };
            yield return new object[] { "repeated-signature", string.Concat(Enumerable.Repeat("sig=abcdefghijklmnopqrstuvwx&sv=1&", 20_000)) };
            yield return new object[] { "quotes", "AccountKey=\"" + string.Concat(Enumerable.Repeat("\"\"", 100_000)) };
            yield return new object[] { "base64-run", string.Concat(Enumerable.Repeat("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=", 20_000)) };
            yield return new object[] { "url-query", "https://a.blob.core.windows.net/c?" + string.Concat(Enumerable.Repeat("&", 200_000)) + "sig=" };
            yield return new object[] { "near-miss-key", "AccountName=contoso;AccountKey=" + Key.Substring(0, 86) + "=!" };
            yield return new object[] { "near-miss-keyword", "AccountKy=" + Key + ";AcountKey=" + Key + ";SharedAccessSignatur=sv=1&sig=" + Key };
        }

        [Theory]
        [MemberData(nameof(PathologicalValues))]
        public Task PathologicalDetectorInputs_AreHandledInLinearTime(string name, string value)
        {
            Assert.False(string.IsNullOrEmpty(name));
            var escaped = value.Replace("\\", "\\\\").Replace("\"", "\\\"");
            return RunAllAsync("class C { const string V = \"" + escaped + "\"; string W = $\"{V}" + escaped.Substring(0, Math.Min(escaped.Length, 10_000)) + "\"; }");
        }

        /// <summary>One shape of secret-bearing member per rule, numbered so every value differs, and the rule it is for.</summary>
        public static IEnumerable<object[]> ManyFindingShapes() => new[]
        {
            new object[] { "storage", DiagnosticIds.StorageAccountKey },
            new object[] { "servicebus", DiagnosticIds.MessagingSharedAccessKey },
            new object[] { "sql", DiagnosticIds.DatabasePassword },
            new object[] { "cosmos", DiagnosticIds.CosmosAccountKey },
            new object[] { "clientsecret", DiagnosticIds.ClientSecret },
            new object[] { "apikey", DiagnosticIds.ApiKey },
            new object[] { "redis", DiagnosticIds.AzureServiceConnectionString },
            new object[] { "aws", DiagnosticIds.KnownFormatSecret },
            new object[] { "jwt", DiagnosticIds.KnownFormatSecret },
            new object[] { "pem", DiagnosticIds.KnownFormatSecret },
            new object[] { "secretnamed", DiagnosticIds.SecretNamedLiteral },
            new object[] { "appsettings", DiagnosticIds.SecretInConfigurationFile },
            new object[] { "configread", DiagnosticIds.ConfiguredSecretRead },
            new object[] { "configclient", DiagnosticIds.KeyBasedAuthentication },
            new object[] { "defaultcredential", DiagnosticIds.DefaultAzureCredentialInProduction },
        };

        private static string ManyFindingMember(string shape, int i) => shape switch
        {
            "storage" => Const(i, FakeSecrets.StorageConnectionString("account" + i, seed: i)),
            "servicebus" => Const(i, FakeSecrets.MessagingConnectionString("ns" + i, seed: i)),
            "sql" => Const(i, $"Server=tcp:sql{i}.database.windows.net;Database=orders;User ID=app;Password={FakeServiceSecrets.DatabasePassword(i)};"),
            "cosmos" => Const(i, FakeSecrets.CosmosConnectionString("account" + i, seed: i)),
            "clientsecret" => $"public static readonly Azure.Identity.ClientSecretCredential Credential{i} = new Azure.Identity.ClientSecretCredential(\"tenant\", \"client{i}\", \"{FakeTokens.EntraSecret(i)}\");",
            "apikey" => $"public static readonly Azure.AzureKeyCredential Key{i} = new Azure.AzureKeyCredential(\"{FakeTokens.Random62(32, i)}\");",
            "redis" => Const(i, $"cache{i}.redis.cache.windows.net:6380,password={FakeTokens.RedisKey(i)},ssl=True"),
            "aws" => Const(i, FakeTokens.AwsAccessKeyId(i)),
            "jwt" => Const(i, FakeTokens.Jwt(i)),
            "pem" => Const(i, FakeTokens.PemPrivateKey(i).Replace("\n", "\\n")),
            "secretnamed" => $"public const string {Letters(i)}Password = \"{FakeTokens.Random62(10, i)}&{i}!\";",
            "appsettings" => string.Empty,
            "configread" => $"public static string Read{i}(Microsoft.Extensions.Configuration.IConfiguration configuration) => configuration[\"Secrets:Storage{i}\"];",
            "configclient" => $"public static Azure.Storage.Blobs.BlobServiceClient Client{i}(Microsoft.Extensions.Configuration.IConfiguration configuration) => new Azure.Storage.Blobs.BlobServiceClient(configuration.GetConnectionString(\"Storage{i}\"));",
            "defaultcredential" => $"public static Azure.Core.TokenCredential Credential{i}() => new Azure.Identity.DefaultAzureCredential();",
            _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, null),
        };

        private static string Const(int i, string value) => $"public const string Value{i} = \"{value}\";";

        /// <summary>A distinct name part without digits: SL1011 reads a name that ends in digits differently.</summary>
        private static string Letters(int i)
        {
            var name = new StringBuilder("Smtp");
            do
            {
                name.Append((char)('a' + (i % 26)));
                i /= 26;
            }
            while (i > 0);
            return name.ToString();
        }

        /// <summary>
        /// A seed-data or test-vector file: thousands of findings of one rule in one file (and, for the configuration
        /// rules, one appsettings.json). Each must be reported, with no analyzer failure and inside the limit. (How
        /// the cost grows with the number of findings is measured by the benchmark's scale scenario, not by a timed test.)
        /// </summary>
        [Theory]
        [MemberData(nameof(ManyFindingShapes))]
        public async Task ThousandsOfFindingsInOneFile_AreAllReported(string shape, string rule)
        {
            const int Count = 2000;
            var source = new StringBuilder("using Microsoft.Extensions.Configuration;\n\npublic static class SeedData\n{\n");
            var settings = new StringBuilder("{ \"Secrets\": {\n");
            for (int i = 0; i < Count; i++)
            {
                source.Append("    ").Append(ManyFindingMember(shape, i)).Append('\n');
                settings.Append("  \"Storage").Append(i).Append("\": \"").Append(FakeSecrets.StorageConnectionString("account" + i, seed: i)).Append(i + 1 < Count ? "\",\n" : "\"\n");
            }

            source.Append("}\n");
            settings.Append("} }\n");
            var additionalFiles = shape is "appsettings" or "configread" ? new[] { ("/0/appsettings.json", settings.ToString()) } : null;
            var stopwatch = Stopwatch.StartNew();
            // Twice the usual limit: compiling and binding 2,000 members is most of the time, and on a shared 2-core
            // machine (load average 80-90) the slowest shape (SL2001) took over 60 s; quiet, it takes a few seconds.
            var result = await AnalyzerRunner.RunAsync(AllRules.CreateAnalyzers(), new[] { ("/0/SeedData.cs", source.ToString()) }, additionalFiles, extraReferences: TestReferences.All, timeout: Limit * 2);

            Assert.False(result.HasFailures, result.FormatFailures());
            int lines = result.AnalyzerDiagnostics.Where(d => d.Id == rule).Select(d => d.Location.GetLineSpan().StartLinePosition.Line).Distinct().Count();
            Assert.True(lines >= Count * 9 / 10, $"{shape}: only {lines} of {Count} members reported as {rule} in {stopwatch.Elapsed}.");
        }

        private static async Task RunAllAsync(
            string source,
            bool withAzure = true,
            OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary,
            LanguageVersion languageVersion = LanguageVersion.Latest)
        {
            var stopwatch = Stopwatch.StartNew();
            var result = await AnalyzerRunner.RunAsync(
                AllRules.CreateAnalyzers(),
                new[] { ("/0/Test0.cs", source) },
                extraReferences: withAzure ? TestReferences.All : null,
                languageVersion: languageVersion,
                outputKind: outputKind,
                timeout: Limit);
            Assert.False(result.HasFailures, result.FormatFailures());
            Assert.True(stopwatch.Elapsed < Limit, $"Took {stopwatch.Elapsed}.");
        }
    }
}
