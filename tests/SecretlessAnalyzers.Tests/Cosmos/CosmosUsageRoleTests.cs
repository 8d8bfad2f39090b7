using System.Threading.Tasks;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.CosmosAccountKeyAnalyzer,
    SecretlessAnalyzers.CodeFixes.Cosmos.CosmosAccountKeyCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Cosmos
{
    /// <summary>SL1004 names the Cosmos DB data role from what the code calls on the client, its databases and containers.</summary>
    public class CosmosUsageRoleTests
    {
        private const string Reader = "Cosmos DB Built-in Data Reader";
        private const string Contributor = "Cosmos DB Built-in Data Contributor";
        private const string ReaderAlternative = " (or 'Cosmos DB Built-in Data Reader' for read-only code)";

        private static readonly string Key = FakeSecrets.CosmosKey();
        private static readonly string Cs = FakeSecrets.CosmosConnectionString("contoso");

        [Fact]
        public Task ReadsAndQueriesOnly_NeedTheReaderRole() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System.Threading.Tasks;
                using Microsoft.Azure.Cosmos;

                class Catalog
                {
                    public async Task<object> Find(string id)
                    {
                        using var client = new CosmosClient({|#0:"{{Cs}}"|});
                        var products = client.GetDatabase("shop").GetContainer("products");
                        var iterator = products.GetItemQueryIterator<object>("SELECT * FROM c");
                        var item = await products.ReadItemAsync<object>(id, new PartitionKey(id));
                        return iterator.HasMoreResults ? item.Resource : null;
                    }
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("contoso", FakeSecrets.Redacted(Key), Reader, string.Empty,
                    ". Role from the calls: GetContainer, GetDatabase, GetItemQueryIterator, ReadItemAsync"));

        [Fact]
        public Task Writes_NeedTheContributorRole() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System.Threading.Tasks;
                using Microsoft.Azure.Cosmos;

                class Catalog
                {
                    private readonly CosmosClient _client = new CosmosClient({|#0:"{{Cs}}"|});

                    public Task Save(object product) => _client.GetContainer("shop", "products").UpsertItemAsync(product);

                    public Task<ItemResponse<object>> Find(string id) => _client.GetContainer("shop", "products").ReadItemAsync<object>(id, new PartitionKey(id));
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("contoso", FakeSecrets.Redacted(Key), Contributor, string.Empty,
                    ". Role from the calls: GetContainer, ReadItemAsync, UpsertItemAsync"));

        [Fact]
        public Task KeyCredentialThatDeletes_NeedsTheContributorRole_AndAKeyArgumentThatReads_TheReaderRole() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System.Threading.Tasks;
                using Azure;
                using Microsoft.Azure.Cosmos;

                class Catalog
                {
                    private const string Endpoint = "https://contoso.documents.azure.com:443/";

                    public Task Remove(string id)
                    {
                        var client = new CosmosClient(Endpoint, new AzureKeyCredential({|#0:"{{Key}}"|}));
                        return client.GetContainer("shop", "products").DeleteItemAsync<object>(id, new PartitionKey(id));
                    }

                    public Task<ItemResponse<object>> Read(string id)
                    {
                        var client = new CosmosClient(Endpoint, {|#1:"{{Key}}"|});
                        return client.GetContainer("shop", "products").ReadItemAsync<object>(id, new PartitionKey(id));
                    }
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("contoso", FakeSecrets.Redacted(Key), Contributor, string.Empty,
                    ". Role from the calls: DeleteItemAsync, GetContainer"),
                Verify.Diagnostic().WithLocation(1).WithArguments("contoso", FakeSecrets.Redacted(Key), Reader, string.Empty,
                    ". Role from the calls: GetContainer, ReadItemAsync"));

        [Fact]
        public Task DatabaseAndContainerCreation_IsControlPlane_TheMessageSaysToCreateThemInDeployment() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System.Threading.Tasks;
                using Microsoft.Azure.Cosmos;

                class Setup
                {
                    public async Task Run()
                    {
                        using var client = new CosmosClient({|#0:"{{Cs}}"|});
                        await client.CreateDatabaseIfNotExistsAsync("shop");
                        await client.GetDatabase("shop").CreateContainerIfNotExistsAsync("products", "/category");
                        await client.GetContainer("shop", "products").ReadContainerAsync();
                    }
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("contoso", FakeSecrets.Redacted(Key), Contributor, string.Empty,
                    ". Role from the calls: CreateContainerIfNotExistsAsync, CreateDatabaseIfNotExistsAsync, GetContainer, GetDatabase, ReadContainerAsync"
                    + ". The code creates databases or containers (CreateContainerIfNotExistsAsync, CreateDatabaseIfNotExistsAsync), which data-plane roles cannot do: "
                    + "create the database and containers in deployment (Bicep, ARM or the az CLI)"));

        [Fact]
        public Task EscapingClient_KeepsTheGenericText_WithTheReason() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Azure.Cosmos;

                public class Catalog
                {
                    public CosmosClient Client;

                    public void Connect() => Client = new CosmosClient({|#0:"{{Cs}}"|});

                    public void Pass() => Use(new CosmosClient({|#1:"{{Cs}}"|}));

                    private static void Use(CosmosClient client) { }
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("contoso", FakeSecrets.Redacted(Key), Contributor, ReaderAlternative,
                    ". Broadest data role: the client is stored in a non-private field 'Client'"),
                Verify.Diagnostic().WithLocation(1).WithArguments("contoso", FakeSecrets.Redacted(Key), Contributor, ReaderAlternative,
                    ". Broadest data role: the client is passed to other code"));

        [Fact]
        public Task Builder_AndConnectionStringInAConstant_KeepTheGenericText() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Azure.Cosmos;
                using Microsoft.Azure.Cosmos.Fluent;

                class Catalog
                {
                    private const string Connection = {|#0:"{{Cs}}"|};

                    public void Read()
                    {
                        using var client = new CosmosClientBuilder({|#1:"{{Cs}}"|}).Build();
                        _ = client.GetContainer("shop", "products").ReadContainerAsync();
                        using var other = new CosmosClient(Connection);
                    }
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("contoso", FakeSecrets.Redacted(Key), Contributor, ReaderAlternative, string.Empty),
                Verify.Diagnostic().WithLocation(1).WithArguments("contoso", FakeSecrets.Redacted(Key), Contributor, ReaderAlternative, string.Empty));
    }
}
