using System.Threading.Tasks;
using SecretlessAnalyzers.CodeFixes.Common;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.CosmosAccountKeyAnalyzer,
    SecretlessAnalyzers.CodeFixes.Cosmos.CosmosAccountKeyCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Cosmos
{
    /// <summary>SL1004 code fix against the real Microsoft.Azure.Cosmos 3.64.0: each overload, both credentials, fix-all, no-fix cases.</summary>
    public class CosmosAccountKeyFixTests
    {
        private static readonly string Key = FakeSecrets.CosmosKey();
        private static readonly string Cs = FakeSecrets.CosmosConnectionString("contoso");

        [Fact]
        public Task ConnectionString_BecomesEndpointAndDefaultAzureCredential() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Microsoft.Azure.Cosmos;

                class Catalog
                {
                    public CosmosClient Create() => new CosmosClient({|SL1004:"{{Cs}}"|});
                }
                """,
                """
                using Azure.Identity;
                using Microsoft.Azure.Cosmos;

                class Catalog
                {
                    public CosmosClient Create() => new CosmosClient("https://contoso.documents.azure.com:443/", new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task ConnectionStringWithOptions_OptionsKept() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Microsoft.Azure.Cosmos;

                class Catalog
                {
                    public CosmosClient Create() =>
                        new CosmosClient({|SL1004:"{{Cs}}"|}, new CosmosClientOptions { ApplicationName = "catalog" });
                }
                """,
                """
                using Azure.Identity;
                using Microsoft.Azure.Cosmos;

                class Catalog
                {
                    public CosmosClient Create() =>
                        new CosmosClient("https://contoso.documents.azure.com:443/", new DefaultAzureCredential(), new CosmosClientOptions { ApplicationName = "catalog" });
                }
                """);

        [Fact]
        public Task EndpointAndKey_KeyBecomesTheCredential_ConstantRemoved() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Microsoft.Azure.Cosmos;

                class Catalog
                {
                    private const string Endpoint = "https://contoso.documents.azure.com:443/";
                    private const string Key = "{{Key}}";

                    public CosmosClient Create() => new CosmosClient(Endpoint, {|SL1004:Key|});
                }
                """,
                """
                using Azure.Identity;
                using Microsoft.Azure.Cosmos;

                class Catalog
                {
                    private const string Endpoint = "https://contoso.documents.azure.com:443/";

                    public CosmosClient Create() => new CosmosClient(Endpoint, new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task NamedArguments_TakeTheTokenParameterName() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Microsoft.Azure.Cosmos;

                class Catalog
                {
                    public CosmosClient Create(CosmosClientOptions options) =>
                        new CosmosClient(accountEndpoint: "https://contoso.documents.azure.com:443/", authKeyOrResourceToken: {|SL1004:"{{Key}}"|}, clientOptions: options);
                }
                """,
                """
                using Azure.Identity;
                using Microsoft.Azure.Cosmos;

                class Catalog
                {
                    public CosmosClient Create(CosmosClientOptions options) =>
                        new CosmosClient(accountEndpoint: "https://contoso.documents.azure.com:443/", tokenCredential: new DefaultAzureCredential(), clientOptions: options);
                }
                """);

        [Fact]
        public Task ClientBuilder_BothOverloads_AreRewritten() =>
            new Verify.Test
            {
                TestCode = $$"""
                    using Microsoft.Azure.Cosmos.Fluent;

                    class Catalog
                    {
                        public CosmosClientBuilder FromConnectionString() => new CosmosClientBuilder({|SL1004:"{{Cs}}"|});
                        public CosmosClientBuilder FromKey() => new CosmosClientBuilder("https://fabrikam.documents.azure.com:443/", {|SL1004:"{{Key}}"|});
                    }
                    """,
                FixedCode = """
                    using Azure.Identity;
                    using Microsoft.Azure.Cosmos.Fluent;

                    class Catalog
                    {
                        public CosmosClientBuilder FromConnectionString() => new CosmosClientBuilder("https://contoso.documents.azure.com:443/", new DefaultAzureCredential());
                        public CosmosClientBuilder FromKey() => new CosmosClientBuilder("https://fabrikam.documents.azure.com:443/", new DefaultAzureCredential());
                    }
                    """,
                BatchFixedCode = """
                    using Azure.Identity;
                    using Microsoft.Azure.Cosmos.Fluent;

                    class Catalog
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        public CosmosClientBuilder FromConnectionString() => new CosmosClientBuilder("https://contoso.documents.azure.com:443/", AzureCredential);
                        public CosmosClientBuilder FromKey() => new CosmosClientBuilder("https://fabrikam.documents.azure.com:443/", AzureCredential);
                    }
                    """,
            }.RunAsync();

        [Fact]
        public Task AzureKeyCredential_InALocal_IsReplaced_LocalRemoved() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Azure;
                using Microsoft.Azure.Cosmos;

                class Catalog
                {
                    public CosmosClient Create()
                    {
                        var credential = new AzureKeyCredential({|SL1004:"{{Key}}"|});
                        return new CosmosClient("https://contoso.documents.azure.com:443/", credential);
                    }
                }
                """,
                """
                using Azure;
                using Azure.Identity;
                using Microsoft.Azure.Cosmos;

                class Catalog
                {
                    public CosmosClient Create()
                    {
                        return new CosmosClient("https://contoso.documents.azure.com:443/", new DefaultAzureCredential());
                    }
                }
                """);

        [Fact]
        public Task ConstConnectionString_UsedByAClient_IsRemoved() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Microsoft.Azure.Cosmos;

                class Catalog
                {
                    private static readonly string ConnectionString = {|SL1004:"{{Cs}}"|};

                    private readonly CosmosClient _client = new CosmosClient(ConnectionString);

                    public Container Products => _client.GetContainer("catalog", "products");
                }
                """,
                """
                using Azure.Identity;
                using Microsoft.Azure.Cosmos;

                class Catalog
                {
                    private readonly CosmosClient _client = new CosmosClient("https://contoso.documents.azure.com:443/", new DefaultAzureCredential());

                    public Container Products => _client.GetContainer("catalog", "products");
                }
                """);

        [Fact]
        public async Task ManagedIdentityAction_WritesTheSystemAssignedForm()
        {
            var test = new Verify.Test
            {
                TestCode = $$"""
                    using Microsoft.Azure.Cosmos;

                    class Catalog
                    {
                        public CosmosClient Create() => new CosmosClient({|SL1004:"{{Cs}}"|});
                    }
                    """,
                FixedCode = """
                    using Azure.Identity;
                    using Microsoft.Azure.Cosmos;

                    class Catalog
                    {
                        public CosmosClient Create() => new CosmosClient("https://contoso.documents.azure.com:443/", new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned));
                    }
                    """,
                CodeActionEquivalenceKey = CredentialActions.UseManagedIdentityCredentialKey,
            };
            await test.RunAsync();
        }

        [Fact]
        public async Task FixAll_InOneClass_SharesOneCredentialField()
        {
            var test = new Verify.Test
            {
                TestCode = $$"""
                    using Microsoft.Azure.Cosmos;

                    class Clients
                    {
                        private static readonly CosmosClient Catalog = new CosmosClient({|SL1004:"{{Cs}}"|});
                        private static readonly CosmosClient Orders = new CosmosClient("https://fabrikam.documents.azure.com:443/", {|SL1004:"{{Key}}"|});
                    }
                    """,
                FixedCode = """
                    using Azure.Identity;
                    using Microsoft.Azure.Cosmos;

                    class Clients
                    {
                        private static readonly CosmosClient Catalog = new CosmosClient("https://contoso.documents.azure.com:443/", new DefaultAzureCredential());
                        private static readonly CosmosClient Orders = new CosmosClient("https://fabrikam.documents.azure.com:443/", new DefaultAzureCredential());
                    }
                    """,
                BatchFixedCode = """
                    using Azure.Identity;
                    using Microsoft.Azure.Cosmos;

                    class Clients
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        private static readonly CosmosClient Catalog = new CosmosClient("https://contoso.documents.azure.com:443/", AzureCredential);
                        private static readonly CosmosClient Orders = new CosmosClient("https://fabrikam.documents.azure.com:443/", AzureCredential);
                    }
                    """,
            };
            await test.RunAsync();
        }

        [Fact]
        public Task KeyAlsoUsedElsewhere_NoFix() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using System;
                using Microsoft.Azure.Cosmos;

                class Catalog
                {
                    private const string ConnectionString = {|SL1004:"{{Cs}}"|};

                    public CosmosClient Create() => new CosmosClient(ConnectionString);
                    public void Log() => Console.WriteLine(ConnectionString.Length);
                }
                """,
                $$"""
                using System;
                using Microsoft.Azure.Cosmos;

                class Catalog
                {
                    private const string ConnectionString = {|SL1004:"{{Cs}}"|};

                    public CosmosClient Create() => new CosmosClient(ConnectionString);
                    public void Log() => Console.WriteLine(ConnectionString.Length);
                }
                """);
    }
}
