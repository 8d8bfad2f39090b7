using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretlessAnalyzers.Cosmos;
using Microsoft.CodeAnalysis.Testing;
using SecretlessAnalyzers.Rules;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.CosmosAccountKeyAnalyzer,
    SecretlessAnalyzers.CodeFixes.Cosmos.CosmosAccountKeyCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Cosmos
{
    /// <summary>SL1004 detection against the real Microsoft.Azure.Cosmos 3.64.0: every way a key reaches Cosmos, and what is not a key.</summary>
    public class CosmosAccountKeyAnalyzerTests
    {
        private const string Role = "Cosmos DB Built-in Data Contributor";
        private const string ReaderAlternative = " (or 'Cosmos DB Built-in Data Reader' for read-only code)";
        private const string Returned = ". Broadest data role: the client is returned";

        private static readonly string Key = FakeSecrets.CosmosKey();
        private static readonly string Cs = FakeSecrets.CosmosConnectionString("contoso");

        [Fact]
        public Task ConnectionString_MessageNamesAccountRedactedKeyRoleAndCommand() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Azure.Cosmos;

                class Catalog
                {
                    public CosmosClient Create() => new CosmosClient({|#0:"{{Cs}}"|});
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("contoso", FakeSecrets.Redacted(Key), Role, ReaderAlternative, Returned));

        [Fact]
        public Task EndpointAndKey_TheTwoStringOverload_IsReportedAtTheKey() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Azure.Cosmos;

                class Catalog
                {
                    private const string Endpoint = "https://contoso.documents.azure.com:443/";

                    public CosmosClient Create(CosmosClientOptions options) => new CosmosClient(Endpoint, {|#0:"{{Key}}"|}, options);
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("contoso", FakeSecrets.Redacted(Key), Role, ReaderAlternative, Returned));

        [Fact]
        public Task ClientBuilder_BothOverloads_AreReported() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Azure.Cosmos.Fluent;

                class Catalog
                {
                    public CosmosClientBuilder FromConnectionString() => new CosmosClientBuilder({|SL1004:"{{Cs}}"|});
                    public CosmosClientBuilder FromKey() => new CosmosClientBuilder("https://contoso.documents.azure.com:443/", {|SL1004:"{{Key}}"|});
                }
                """);

        [Fact]
        public Task AzureKeyCredential_GivenToCosmos_DirectlyOrThroughALocal_IsReported() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure;
                using Microsoft.Azure.Cosmos;

                class Catalog
                {
                    public CosmosClient Direct() => new CosmosClient("https://contoso.documents.azure.com:443/", new AzureKeyCredential({|SL1004:"{{Key}}"|}));

                    public CosmosClient ThroughLocal()
                    {
                        var credential = new AzureKeyCredential({|SL1004:"{{Key}}"|});
                        return new CosmosClient("https://contoso.documents.azure.com:443/", credential);
                    }
                }
                """);

        [Fact]
        public Task KeyInAConstant_IsReportedWhereTheClientReadsIt() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Azure.Cosmos;

                class Catalog
                {
                    private const string Key = "{{Key}}";

                    public CosmosClient Create() => new CosmosClient("https://contoso.documents.azure.com:443/", {|SL1004:Key|});
                }
                """);

        [Fact]
        public Task ConcatenatedConnectionString_IsReportedOnce() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                class Settings
                {
                    private const string Account = "contoso";
                    private const string Secret = "{{Key}}";
                    public const string Cosmos = {|SL1004:"AccountEndpoint=https://" + Account + ".documents.azure.com:443/;AccountKey=" + Secret + ";"|};
                    public static string Interpolated => {|SL1004:$"AccountEndpoint=https://{Account}.documents.azure.com:443/;AccountKey={Secret};"|};
                }
                """);

        [Fact]
        public Task CodeThatCreatesContainers_IsWarnedThatDataRolesCannot() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System.Threading.Tasks;
                using Microsoft.Azure.Cosmos;

                class Catalog
                {
                    public async Task<Container> Create()
                    {
                        var client = new CosmosClient({|#0:"{{Cs}}"|});
                        Database database = await client.CreateDatabaseIfNotExistsAsync("catalog");
                        return await database.CreateContainerIfNotExistsAsync("products", "/category");
                    }
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("contoso", FakeSecrets.Redacted(Key), Role, string.Empty,
                    ". Role from the calls: CreateDatabaseIfNotExistsAsync. The code creates databases or containers (CreateDatabaseIfNotExistsAsync), "
                    + "which data-plane roles cannot do: create the database and containers in deployment (Bicep, ARM or the az CLI)"));

        [Fact]
        public Task RetiredDocumentClient_IsReportedWithoutFix()
        {
            var source = $$"""
                using System;
                using Microsoft.Azure.Documents.Client;

                class Catalog
                {
                    public DocumentClient Create() => new DocumentClient(new Uri("https://contoso.documents.azure.com:443/"), {|#0:"{{Key}}"|});
                }
                """;
            var test = new Verify.Test { TestCode = source, FixedCode = source };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
                "contoso", FakeSecrets.Redacted(Key), Role, ReaderAlternative,
                ". DocumentClient (Microsoft.Azure.DocumentDB, retired) cannot use token credentials: move to Microsoft.Azure.Cosmos 3 and its CosmosClient (no automatic fix)"));
            return test.RunAsync();
        }

        [Fact]
        public Task EndpointUnknown_NoFix_MessageSaysWhy() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Azure.Cosmos;

                class Catalog
                {
                    public CosmosClient Create(string endpoint) => new CosmosClient({|#0:$"AccountEndpoint={endpoint};AccountKey={{Key}};"|});
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("(unknown)", FakeSecrets.Redacted(Key), Role, ReaderAlternative,
                    Returned + ". No automatic fix: the account endpoint cannot be derived from the connection string"));

        [Fact]
        public Task AzureIdentityMissing_NoFix_MessageSaysToAddIt()
        {
            var test = new Verify.Test
            {
                TestCode = $$"""
                    namespace Microsoft.Azure.Cosmos
                    {
                        public class CosmosClient { public CosmosClient(string connectionString) { } }
                    }

                    class C
                    {
                        object Create() => new Microsoft.Azure.Cosmos.CosmosClient({|#0:"{{Cs}}"|});
                    }
                    """,
            };
            test.TestState.AdditionalReferences.Clear();
            test.TestState.AdditionalReferences.AddRange(TestReferences.Framework);
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
                "contoso", FakeSecrets.Redacted(Key), Role, ReaderAlternative, Returned + ". Add the Azure.Identity package to enable the automatic fix"));
            return test.RunAsync();
        }

        [Fact]
        public Task ConnectionStringInSettings_IsReportedWithoutFix() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using System.Collections.Generic;

                class Settings
                {
                    public Dictionary<string, string> Values { get; } = new Dictionary<string, string> { ["Cosmos"] = {|SL1004:"{{Cs}}"|} };
                }
                """,
                $$"""
                using System.Collections.Generic;

                class Settings
                {
                    public Dictionary<string, string> Values { get; } = new Dictionary<string, string> { ["Cosmos"] = {|SL1004:"{{Cs}}"|} };
                }
                """);

        [Fact]
        public Task GeneratedCode_IsStillReported() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                // <auto-generated/>
                class Settings
                {
                    public const string Cosmos = {|SL1004:"{{Cs}}"|};
                }
                """);

        [Fact]
        public async Task NeitherMessageNorPropertiesContainTheSecret()
        {
            var source = $$"""
                using Microsoft.Azure.Cosmos;
                class C { CosmosClient Create() => new CosmosClient("{{Cs}}"); }
                """;
            var result = await AnalyzerRunner.RunAsync(
                ImmutableArray.Create<DiagnosticAnalyzer>(new CosmosAccountKeyAnalyzer()),
                new[] { ("/0/Test0.cs", source) },
                extraReferences: TestReferences.All);

            var diagnostic = Assert.Single(result.AnalyzerDiagnostics);
            Assert.DoesNotContain(Key.Substring(4, 20), diagnostic.GetMessage());
            Assert.All(diagnostic.Properties.Values, value => Assert.DoesNotContain(Key.Substring(4, 20), value ?? string.Empty));
            Assert.Equal("https://contoso.documents.azure.com:443/", diagnostic.Properties["Endpoint.cosmos"]);
            Assert.Equal("contoso", diagnostic.Properties["Resource"]);
            Assert.Equal("CosmosAccountKey", diagnostic.Properties["SecretKind"]);
        }

        [Theory]
        [InlineData("AccountEndpoint=https://localhost:8081/;AccountKey=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==;")]
        [InlineData("AccountEndpoint=https://contoso.documents.azure.com:443/;AccountKey=<your-key>;")]
        [InlineData("AccountEndpoint=https://contoso.documents.azure.com:443/;AccountKey={0};")]
        [InlineData("AccountEndpoint=https://contoso.documents.azure.com:443/;AccountKey=***;")]
        [InlineData("AccountEndpoint=https://contoso.documents.azure.com:443/;AccountKey=#{CosmosKey}#;")]
        [InlineData("AccountEndpoint=https://contoso.documents.azure.com:443/;AccountKey=__COSMOS_KEY__;")]
        [InlineData("AccountEndpoint=https://contoso.documents.azure.com:443/;AccountKey=${COSMOS_KEY};")]
        [InlineData("AccountEndpoint=https://contoso.documents.azure.com:443/;AccountKey=;")]
        [InlineData("AccountEndpoint=https://contoso.documents.azure.com:443/;AccountKey=@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/cosmos);")]
        [InlineData("AccountEndpoint=https://contoso.documents.azure.com:443/;AccountKey=AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBAAAAAAAA==;")]
        [InlineData("AccountEndpoint=https://contoso.documents.azure.com:443/;")]
        [InlineData("The AccountEndpoint= and AccountKey= settings come from Key Vault.")]
        public Task NonSecrets_AreNotReported(string value) =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Azure.Cosmos;

                class C
                {
                    public CosmosClient Create() => new CosmosClient(@"{{value}}");
                }
                """);

        [Fact]
        public Task EmulatorKey_InTheTwoStringOverload_IsNotReported() =>
            Verify.VerifyAnalyzerAsync(
                """
                using Microsoft.Azure.Cosmos;

                class C
                {
                    public CosmosClient Create() => new CosmosClient("https://localhost:8081/", "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==");
                }
                """);

        [Fact]
        public Task StorageConnectionStrings_AreLeftToSL1001_AndKeyCredentialsOfOtherClientsToTheirRules() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure;

                class C
                {
                    public const string Storage = "{{FakeSecrets.StorageConnectionString()}}";
                    public AzureKeyCredential Loose() => new AzureKeyCredential("{{Key}}");
                    public object Passed() => Use(new AzureKeyCredential("{{Key}}"));
                    private static object Use(AzureKeyCredential credential) => credential;
                }
                """);

        [Fact]
        public Task ValuesReadAtRunTime_AreNotReported() =>
            Verify.VerifyAnalyzerAsync(
                """
                using System;
                using Azure;
                using Microsoft.Azure.Cosmos;

                class C
                {
                    public CosmosClient FromEnvironment() => new CosmosClient(Environment.GetEnvironmentVariable("COSMOS_CONNECTION_STRING"));
                    public CosmosClient FromParts(string key) => new CosmosClient($"AccountEndpoint=https://contoso.documents.azure.com:443/;AccountKey={key};");
                    public CosmosClient Key(string key) => new CosmosClient("https://contoso.documents.azure.com:443/", key);
                    public CosmosClient Credential(string key) => new CosmosClient("https://contoso.documents.azure.com:443/", new AzureKeyCredential(key));
                    public CosmosClient ResourceToken() => new CosmosClient("https://contoso.documents.azure.com:443/", "type=resource&ver=1.0&sig=abc");
                }
                """);

        [Theory]
        [InlineData("class C { object M() => new Microsoft.Azure.Cosmos.CosmosClient(\"AccountEndpoint=https://x.documents.azure.com;AccountKey=KEY\" }")]
        [InlineData("class C { object M() => new Microsoft.Azure.Cosmos.CosmosClient(\"https://x.documents.azure.com\", \"KEY\", ); }")]
        [InlineData("class C { object M() => new Microsoft.Azure.Cosmos.CosmosClient(accountEndpoint: , authKeyOrResourceToken: \"KEY\"); }")]
        [InlineData("class C { object M() => new Microsoft.Azure.Cosmos.CosmosClient(\"AccountEndpoint=;;==;'AccountKey=KEY\"); }")]
        [InlineData("class C { object M() => new Azure.AzureKeyCredential(); }")]
        [InlineData("class C { object M() { var k = new Azure.AzureKeyCredential(\"KEY\"); return new Microsoft.Azure.Cosmos.CosmosClient(k, k); } }")]
        public async Task IncompleteOrMalformedCode_DoesNotThrow(string source)
        {
            var result = await AnalyzerRunner.RunAsync(
                ImmutableArray.Create<DiagnosticAnalyzer>(new CosmosAccountKeyAnalyzer()),
                new[] { ("/0/Test0.cs", source.Replace("KEY", Key)) },
                extraReferences: TestReferences.All);

            Assert.False(result.HasFailures, result.FormatFailures());
        }
    }
}
