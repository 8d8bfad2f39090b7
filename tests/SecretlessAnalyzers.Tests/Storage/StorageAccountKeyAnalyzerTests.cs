using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretlessAnalyzers.Rules;
using SecretlessAnalyzers.Storage;
using Microsoft.CodeAnalysis.Testing;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.StorageAccountKeyAnalyzer,
    SecretlessAnalyzers.CodeFixes.Storage.StorageAccountKeyCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Storage
{
    /// <summary>SL1001 detection: what is reported (with which message and no fix where none is safe) and what is not.</summary>
    public class StorageAccountKeyAnalyzerTests
    {
        private static readonly string Key = FakeSecrets.StorageAccountKey();
        private static readonly string Cs = FakeSecrets.StorageConnectionString("contoso");

        [Fact]
        public Task Message_NamesAccountRedactedKeyAndRole() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure.Storage.Blobs;

                class Orders
                {
                    public BlobContainerClient Create() => new BlobContainerClient({|#0:"{{Cs}}"|}, "orders");
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("Account key", "contoso", FakeSecrets.Redacted(Key), "Storage Blob Data Contributor", string.Empty));

        [Theory]
        [InlineData("QueueServiceClient", "Azure.Storage.Queues", "Storage Queue Data Contributor")]
        [InlineData("TableServiceClient", "Azure.Data.Tables", "Storage Table Data Contributor")]
        [InlineData("ShareServiceClient", "Azure.Storage.Files.Shares", "Storage File Data Privileged Contributor")]
        [InlineData("DataLakeServiceClient", "Azure.Storage.Files.DataLake", "Storage Blob Data Contributor")]
        public Task Message_RoleFollowsTheClient(string client, string ns, string role) =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using {{ns}};

                class C
                {
                    public {{client}} Create() => new {{client}}({|#0:"{{Cs}}"|});
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("Account key", "contoso", FakeSecrets.Redacted(Key), role, string.Empty));

        [Fact]
        public async Task NeitherMessageNorPropertiesContainTheSecret()
        {
            var source = $$"""
                using Azure.Storage.Blobs;
                class C { BlobServiceClient Create() => new BlobServiceClient("{{Cs}}"); }
                """;
            var result = await AnalyzerRunner.RunAsync(
                ImmutableArray.Create<DiagnosticAnalyzer>(new StorageAccountKeyAnalyzer()),
                new[] { ("/0/Test0.cs", source) },
                extraReferences: TestReferences.All);

            var diagnostic = Assert.Single(result.AnalyzerDiagnostics);
            Assert.DoesNotContain(Key, diagnostic.GetMessage());
            Assert.DoesNotContain(Key.Substring(4, 20), diagnostic.GetMessage());
            Assert.All(diagnostic.Properties.Values, value => Assert.DoesNotContain(Key.Substring(4, 20), value ?? string.Empty));
            Assert.Equal("https://contoso.blob.core.windows.net", diagnostic.Properties["Endpoint.blob"]);
            Assert.Equal("contoso", diagnostic.Properties["Resource"]);
            Assert.Equal("StorageAccountKey", diagnostic.Properties["SecretKind"]);
        }

        [Fact]
        public Task ConnectionStringNotPassedAnywhere_IsReportedWithoutFix() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using System.Collections.Generic;

                class Settings
                {
                    public Dictionary<string, string> Values { get; } = new Dictionary<string, string>
                    {
                        ["Storage"] = {|SL1001:"{{Cs}}"|},
                    };
                }
                """,
                $$"""
                using System.Collections.Generic;

                class Settings
                {
                    public Dictionary<string, string> Values { get; } = new Dictionary<string, string>
                    {
                        ["Storage"] = {|SL1001:"{{Cs}}"|},
                    };
                }
                """);

        [Fact]
        public Task InterpolationOfConstants_IsReportedOnce() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                class Settings
                {
                    private const string Account = "contoso";
                    private const string Secret = "{{Key}}";
                    public static string Storage => {|SL1001:$"DefaultEndpointsProtocol=https;AccountName={Account};AccountKey={Secret}"|};
                }
                """);

        [Fact]
        public Task StaticReadonlyParts_AreFollowed() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                class Settings
                {
                    private static readonly string Secret = "{{Key}}";
                    public static readonly string Storage = {|SL1001:"AccountName=contoso;" + "AccountKey=" + Secret|};
                }
                """);

        [Fact]
        public Task VerbatimAndRawStrings_AreReported() =>
            Verify.VerifyAnalyzerAsync(
                $$""""
                class Settings
                {
                    public const string Verbatim = {|SL1001:@"AccountName=contoso;AccountKey={{Key}}"|};
                    public const string Raw = {|SL1001:"""AccountName=contoso;AccountKey={{Key}}"""|};
                }
                """");

        [Fact]
        public Task LegacyCloudStorageAccount_IsReportedWithoutFix_AndSaysWhatToMoveTo() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Microsoft.WindowsAzure.Storage;

                class Audit
                {
                    public CloudStorageAccount Account() => CloudStorageAccount.Parse({|#0:"{{Cs}}"|});
                }
                """,
                new[]
                {
                    Verify.Diagnostic().WithLocation(0).WithArguments(
                        "Account key", "contoso", FakeSecrets.Redacted(Key), "Storage Blob Data Contributor (or the Queue, Table or File data role of the service used)",
                        ". WindowsAzure.Storage cannot use token credentials here: move to the Azure.Storage.* / Azure.Data.Tables packages (no automatic fix)"),
                },
                $$"""
                using Microsoft.WindowsAzure.Storage;

                class Audit
                {
                    public CloudStorageAccount Account() => CloudStorageAccount.Parse({|#0:"{{Cs}}"|});
                }
                """);

        [Fact]
        public Task LegacyStorageCredentials_KeyIsReported() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.WindowsAzure.Storage.Auth;

                class Audit
                {
                    public StorageCredentials Credentials() => new StorageCredentials("contoso", {|SL1001:"{{Key}}"|});
                }
                """);

        [Fact]
        public Task EndpointNotDerivable_NoFix_MessageSaysWhy() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure.Storage.Blobs;

                class C
                {
                    public BlobServiceClient Create() => new BlobServiceClient({|#0:"AccountKey={{Key}}"|});
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments(
                    "Account key", "(unknown)", FakeSecrets.Redacted(Key), "Storage Blob Data Contributor",
                    ". No automatic fix: the service endpoint cannot be derived from the connection string"));

        [Fact]
        public Task AzureIdentityMissing_NoFix_MessageSaysToAddIt()
        {
            // Only the client type exists: no Azure.Core, no Azure.Identity.
            var test = new Verify.Test
            {
                TestCode = $$"""
                    namespace Azure.Storage.Blobs
                    {
                        public class BlobServiceClient { public BlobServiceClient(string connectionString) { } }
                    }

                    class C
                    {
                        object Create() => new Azure.Storage.Blobs.BlobServiceClient({|#0:"{{Cs}}"|});
                    }
                    """,
            };
            test.TestState.AdditionalReferences.Clear();
            test.TestState.AdditionalReferences.AddRange(TestReferences.Framework);
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
                "Account key", "contoso", FakeSecrets.Redacted(Key), "Storage Blob Data Contributor",
                ". Add the Azure.Identity package to enable the automatic fix"));
            return test.RunAsync();
        }

        [Fact]
        public Task NoAzureSdkAtAll_LiteralIsStillReported()
        {
            var test = new Verify.Test
            {
                TestCode = $$"""
                    class C
                    {
                        string Setting() => {|SL1001:"{{Cs}}"|};
                    }
                    """,
            };
            test.TestState.AdditionalReferences.Clear();
            test.TestState.AdditionalReferences.AddRange(TestReferences.Framework);
            return test.RunAsync();
        }

        [Fact]
        public Task GeneratedCode_IsStillReported() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                // <auto-generated/>
                class Settings
                {
                    public const string Storage = {|SL1001:"{{Cs}}"|};
                }
                """);

        [Theory]
        [InlineData("UseDevelopmentStorage=true")]
        [InlineData("UseDevelopmentStorage=true;DevelopmentStorageProxyUri=http://127.0.0.1")]
        [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;")]
        [InlineData("DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=<your-account-key>")]
        [InlineData("DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey={0}")]
        [InlineData("DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=***")]
        [InlineData("DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
        [InlineData("DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=your-key-here")]
        [InlineData("DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=#{StorageKey}#")]
        [InlineData("DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=__STORAGE_KEY__")]
        [InlineData("DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=${STORAGE_KEY}")]
        [InlineData("DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=")]
        [InlineData("DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBAAAAAAAA==")]
        [InlineData("DefaultEndpointsProtocol=https;AccountName=contoso;EndpointSuffix=core.windows.net")]
        [InlineData("BlobEndpoint=https://contoso.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&sig={signature}")]
        [InlineData("https://contoso.blob.core.windows.net/c/b.txt?sv=2022-11-02&se=2030-01-01&sig=XXXXXXXXXXXXXXXXXXXXXXXXXXXX")]
        [InlineData("https://example.com/search?q=sig=1234567890abcdefghijkl")]
        [InlineData("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/bus)")]
        [InlineData("@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/storage-account-key/)")]
        [InlineData("The storage AccountKey= setting must be configured in Key Vault before deployment.")]
        public Task NonSecrets_AreNotReported(string value) =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure.Storage.Blobs;

                class C
                {
                    public BlobServiceClient Create() => new BlobServiceClient(@"{{value}}");
                }
                """);

        [Fact]
        public Task ValuesReadAtRunTime_AreNotReported() =>
            Verify.VerifyAnalyzerAsync(
                """
                using System;
                using Azure.Storage.Blobs;

                class C
                {
                    public BlobServiceClient FromEnvironment() =>
                        new BlobServiceClient(Environment.GetEnvironmentVariable("STORAGE_CONNECTION_STRING"));

                    public BlobServiceClient FromParts(string account, string key) =>
                        new BlobServiceClient($"DefaultEndpointsProtocol=https;AccountName={account};AccountKey={key}");

                    public BlobServiceClient Concatenated(string key) =>
                        new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=" + key);
                }
                """);
    }
}
