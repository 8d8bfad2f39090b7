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

        /// <summary>One kind of secret-bearing constant per rule family, numbered so every value differs.</summary>
        public static IEnumerable<object[]> ManyFindingShapes() => new[]
        {
            "storage", "servicebus", "sql", "cosmos", "redis", "aws", "clientsecret",
        }.Select(shape => new object[] { shape });

        private static string ManyFindingValue(string shape, int i) => shape switch
        {
            "storage" => FakeSecrets.StorageConnectionString("account" + i, seed: i),
            "servicebus" => FakeSecrets.MessagingConnectionString("ns" + i, seed: i),
            "sql" => $"Server=tcp:sql{i}.database.windows.net;Database=orders;User ID=app;Password={FakeServiceSecrets.DatabasePassword(i)};",
            "cosmos" => FakeSecrets.CosmosConnectionString("account" + i, seed: i),
            "redis" => $"cache{i}.redis.cache.windows.net:6380,password={FakeTokens.RedisKey(i)},ssl=True",
            "aws" => FakeTokens.AwsAccessKeyId(i),
            _ => FakeTokens.EntraSecret(i),
        };

        /// <summary>
        /// A seed-data or test-vector file: thousands of secrets of one shape in one type. Each must be reported,
        /// with no analyzer failure and inside the limit. (How the cost grows with the number of findings is
        /// measured by the benchmark's scale scenario, not by a timed test.)
        /// </summary>
        [Theory]
        [MemberData(nameof(ManyFindingShapes))]
        public async Task ThousandsOfFindingsInOneFile_AreAllReported(string shape)
        {
            const int Count = 3000;
            var source = new StringBuilder("class SeedData\n{\n");
            for (int i = 0; i < Count; i++)
            {
                source.Append("    public const string Value").Append(i).Append(" = \"").Append(ManyFindingValue(shape, i)).Append("\";\n");
            }

            source.Append("}\n");
            var stopwatch = Stopwatch.StartNew();
            var result = await AnalyzerRunner.RunAsync(AllRules.CreateAnalyzers(), new[] { ("/0/SeedData.cs", source.ToString()) }, extraReferences: TestReferences.All, timeout: Limit);

            Assert.False(result.HasFailures, result.FormatFailures());
            int lines = result.AnalyzerDiagnostics.Select(d => d.Location.GetLineSpan().StartLinePosition.Line).Distinct().Count();
            Assert.True(lines >= Count * 9 / 10, $"{shape}: only {lines} of {Count} constants reported in {stopwatch.Elapsed}.");
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
