using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretlessAnalyzers.Messaging;
using SecretlessAnalyzers.Rules;
using SecretlessAnalyzers.Storage;
using Microsoft.CodeAnalysis.Testing;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SecretlessAnalyzers.Tests.KeyBased
{
    /// <summary>
    /// The <c>Grants</c> property: each role with the narrowest part of the resource the code uses it on (a container,
    /// a queue, an entity, an event hub, a Cosmos container), followed through the constants that hold a literal secret.
    /// </summary>
    public class GrantScopeTests
    {
        private const string Blob = "blobServices/default/containers/";
        private const string Queue = "queueServices/default/queues/";

        private static async Task<Diagnostic[]> RunAsync(DiagnosticAnalyzer analyzer, string source, System.Collections.Generic.IDictionary<string, string>? options = null)
        {
            var result = await AnalyzerRunner.RunAsync(
                ImmutableArray.Create(analyzer),
                new[] { ("/0/Test0.cs", source) },
                globalOptions: options,
                extraReferences: TestReferences.All);
            Assert.Empty(result.CompilerErrors);
            return result.AnalyzerDiagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToArray();
        }

        private static string Grants(Diagnostic diagnostic) => diagnostic.Properties["Grants"]!;

        [Fact]
        public async Task ConstantConnectionString_GivesEachClientItsRoleOnItsContainerOrQueue()
        {
            var diagnostics = await RunAsync(new StorageAccountKeyAnalyzer(), $$"""
                using System.IO;
                using System.Threading.Tasks;
                using Azure.Storage.Blobs;
                using Azure.Storage.Queues;

                class Archive
                {
                    private const string ConnectionString = "{{FakeSecrets.StorageConnectionString("contosoorders")}}";
                    private readonly BlobContainerClient _archive = new BlobContainerClient(ConnectionString, "orders");
                    private readonly QueueClient _fulfilment = new QueueClient(ConnectionString, "fulfilment");

                    public async Task Save(string id, Stream body)
                    {
                        await _archive.GetBlobClient(id).UploadAsync(body, overwrite: true);
                        await _fulfilment.SendMessageAsync(id);
                    }
                }
                """);

            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("Storage Blob Data Contributor and Storage Queue Data Message Sender", diagnostic.Properties["Role"]);
            Assert.Equal($"Storage Blob Data Contributor@{Blob}orders;Storage Queue Data Message Sender@{Queue}fulfilment", Grants(diagnostic));
            Assert.Contains("granted 'Storage Blob Data Contributor and Storage Queue Data Message Sender'", diagnostic.GetMessage());
        }

        [Fact]
        public async Task KeyConstant_ConcatenatedIntoAConnectionString_IsFollowedToTheClient()
        {
            var diagnostics = await RunAsync(new StorageAccountKeyAnalyzer(), $$"""
                using Azure.Storage.Blobs;

                class Reports
                {
                    private const string Key = "{{FakeSecrets.StorageAccountKey()}}";
                    private const string ConnectionString = "DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=" + Key + ";EndpointSuffix=core.windows.net";

                    public byte[] Read() => new BlobServiceClient(ConnectionString).GetBlobContainerClient("reports").GetBlobClient("x").DownloadContent().Value.Content.ToArray();
                }
                """);

            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal($"Storage Blob Data Reader@{Blob}reports", Grants(diagnostic));
        }

        [Fact]
        public async Task ServiceClient_ReadsOneContainerAndWritesAnother_TwoScopedGrants()
        {
            var diagnostics = await RunAsync(new KeyBasedAuthenticationAnalyzer(), """
                using System.IO;
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.Configuration;

                class Copier
                {
                    public void Copy(IConfiguration config)
                    {
                        var service = new BlobServiceClient(config["Storage"]);
                        var data = service.GetBlobContainerClient("incoming").GetBlobClient("a").DownloadContent().Value.Content;
                        service.GetBlobContainerClient("processed").UploadBlob("a", data);
                    }
                }
                """);

            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal($"Storage Blob Data Reader@{Blob}incoming;Storage Blob Data Contributor@{Blob}processed", Grants(diagnostic));
            Assert.Equal("Storage Blob Data Reader and Storage Blob Data Contributor", diagnostic.Properties["Role"]);
        }

        [Fact]
        public async Task ComputedNames_ServiceLevelCalls_AndEscapes_GrantTheWholeAccount_WhichCoversItsContainers()
        {
            var diagnostics = await RunAsync(new KeyBasedAuthenticationAnalyzer(), """
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.Configuration;

                public class Holders
                {
                    public void Computed(IConfiguration config, string tenant)
                    {
                        var service = new BlobServiceClient(config["A"]);
                        service.GetBlobContainerClient(tenant).GetBlobClient("x").DownloadContent();
                    }

                    public void Listing(IConfiguration config)
                    {
                        var service = new BlobServiceClient(config["B"]);
                        service.DeleteBlobContainer("old");
                        service.GetBlobContainerClient("logs").UploadBlob("x", System.BinaryData.FromString("y"));
                    }

                    public BlobContainerClient Escapes(IConfiguration config) => new BlobContainerClient(config["C"], "orders");

                    public void OddName(IConfiguration config)
                    {
                        new BlobContainerClient(config["D"], "a b").GetBlobClient("x").DownloadContent();
                    }
                }
                """);

            Assert.Equal(4, diagnostics.Length);
            Assert.Equal("Storage Blob Data Reader@", Grants(diagnostics[0]));
            Assert.Equal("Storage Blob Data Contributor@", Grants(diagnostics[1]));
            Assert.Equal("Storage Blob Data Contributor@", Grants(diagnostics[2]));
            Assert.Equal("Storage Blob Data Reader@", Grants(diagnostics[3]));
        }

        [Fact]
        public async Task ServiceBus_SenderEntity_QueueReceiver_AndTopicSubscription()
        {
            var diagnostics = await RunAsync(new KeyBasedAuthenticationAnalyzer(), """
                using System.Threading.Tasks;
                using Azure.Messaging.ServiceBus;
                using Microsoft.Extensions.Configuration;

                class Bus
                {
                    public async Task Run(IConfiguration config)
                    {
                        await using var client = new ServiceBusClient(config["Bus"]);
                        await client.CreateSender("orders").SendMessageAsync(new ServiceBusMessage("x"));
                        var inbox = client.CreateReceiver("inbox");
                        await inbox.ReceiveMessageAsync();
                        var audit = client.CreateProcessor("events", "audit");
                        await audit.StartProcessingAsync();
                    }
                }
                """);

            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal(
                "Azure Service Bus Data Sender@entities/orders;Azure Service Bus Data Receiver@queues/inbox;Azure Service Bus Data Receiver@topics/events/subscriptions/audit",
                Grants(diagnostic));
            Assert.Equal("Azure Service Bus Data Sender and Azure Service Bus Data Receiver", diagnostic.Properties["Role"]);
        }

        [Fact]
        public async Task EventHubs_TheHubNamedInTheConstructorOrTheConnectionString_EvenWhenTheClientEscapes()
        {
            var diagnostics = await RunAsync(new MessagingSharedAccessKeyAnalyzer(), $$"""
                using Azure.Messaging.EventHubs.Consumer;
                using Azure.Messaging.EventHubs.Producer;

                public class Hubs
                {
                    public EventHubProducerClient Producer() => new EventHubProducerClient("{{FakeSecrets.MessagingConnectionString("contoso", "Send")}}", "telemetry");

                    public EventHubConsumerClient Consumer() => new EventHubConsumerClient("$Default", "{{FakeSecrets.MessagingConnectionString("contoso", "Listen", "shipping")}}");
                }
                """);

            Assert.Equal(2, diagnostics.Length);
            Assert.Equal("Azure Event Hubs Data Sender@eventhubs/telemetry", Grants(diagnostics[0]));
            Assert.Equal("Azure Event Hubs Data Receiver@eventhubs/shipping", Grants(diagnostics[1]));
        }

        [Fact]
        public async Task Cosmos_DatabaseAndContainerNames_GiveTheCosmosScope()
        {
            var diagnostics = await RunAsync(new KeyBasedAuthenticationAnalyzer(), """
                using System.Threading.Tasks;
                using Microsoft.Azure.Cosmos;
                using Microsoft.Extensions.Configuration;

                class Orders
                {
                    public async Task Run(IConfiguration config)
                    {
                        using var reads = new CosmosClient(config["Cosmos"]);
                        await reads.GetContainer("shop", "orders").ReadItemAsync<object>("1", new PartitionKey("1"));

                        using var writes = new CosmosClient(config["Cosmos"]);
                        var database = writes.GetDatabase("shop");
                        await database.GetContainer("carts").UpsertItemAsync(new { id = "1" });
                    }
                }
                """);

            Assert.Equal(2, diagnostics.Length);
            Assert.Equal("Cosmos DB Built-in Data Reader@dbs/shop/colls/orders", Grants(diagnostics[0]));
            Assert.Equal("Cosmos DB Built-in Data Contributor@dbs/shop/colls/carts", Grants(diagnostics[1]));
        }

        [Fact]
        public async Task SasCredential_TakesTheAccountAndContainerFromTheClientUri()
        {
            var diagnostics = await RunAsync(new StorageAccountKeyAnalyzer(), $$"""
                using System;
                using Azure;
                using Azure.Storage.Blobs;

                class Feed
                {
                    private readonly BlobContainerClient _catalog = new BlobContainerClient(
                        new Uri("https://fabrikamfeeds.blob.core.windows.net/catalog"),
                        new AzureSasCredential("{{FakeSecrets.SasQuery()}}"));

                    public bool Has(string name) => _catalog.GetBlobClient(name).Exists().Value;
                }
                """);

            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("fabrikamfeeds", diagnostic.Properties["Resource"]);
            Assert.Equal($"Storage Blob Data Reader@{Blob}catalog", Grants(diagnostic));
            Assert.Contains("storage account 'fabrikamfeeds'", diagnostic.GetMessage());
        }

        [Fact]
        public async Task CheckpointContainer_GivenToAnEventProcessor_KeepsItsContainerScope_OtherArgumentsEscape()
        {
            var diagnostics = await RunAsync(new StorageAccountKeyAnalyzer(), $$"""
                using Azure.Messaging.EventHubs;
                using Azure.Storage.Blobs;

                class Shipping
                {
                    private readonly EventProcessorClient _processor;

                    public Shipping(string hub)
                    {
                        var checkpoints = new BlobContainerClient("{{FakeSecrets.StorageConnectionString("contosocheckpoints")}}", "checkpoints");
                        _processor = new EventProcessorClient(checkpoints, "$Default", hub, "shipping");
                        var other = new BlobContainerClient("{{FakeSecrets.StorageConnectionString("contosoother", seed: 7)}}", "other");
                        System.Console.WriteLine(other);
                    }
                }
                """);

            Assert.Equal(2, diagnostics.Length);
            Assert.Equal($"Storage Blob Data Contributor@{Blob}checkpoints", Grants(diagnostics[0]));
            Assert.Contains("granted 'Storage Blob Data Contributor'", diagnostics[0].GetMessage());
            Assert.Equal("Storage Blob Data Contributor@", Grants(diagnostics[1]));
        }

        [Fact]
        public async Task LegacyAccount_TheClientItCreatesGivesTheService_AndItsTableTheScope()
        {
            var diagnostics = await RunAsync(new StorageAccountKeyAnalyzer(), $$"""
                using System.Threading.Tasks;
                using Microsoft.WindowsAzure.Storage;
                using Microsoft.WindowsAzure.Storage.Table;

                public class Audit
                {
                    private readonly CloudTable _table;
                    private readonly CloudTable _shared;

                    public Audit()
                    {
                        var account = CloudStorageAccount.Parse("{{FakeSecrets.StorageConnectionString("contosoaudit")}}");
                        _table = account.CreateCloudTableClient().GetTableReference("audit");
                        _shared = CloudStorageAccount.Parse("{{FakeSecrets.StorageConnectionString("contososhared", seed: 9)}}").CreateCloudTableClient().GetTableReference("shared");
                    }

                    public Task Write(ITableEntity entry) => _table.ExecuteAsync(TableOperation.Insert(entry));

                    public CloudTable Shared => _shared;
                }
                """);

            Assert.Equal(2, diagnostics.Length);
            Assert.Equal("Storage Table Data Contributor@tableServices/default/tables/audit", Grants(diagnostics[0]));
            Assert.Equal("Storage Table Data Contributor@", Grants(diagnostics[1]));
            Assert.Contains("granted 'Storage Table Data Contributor'", diagnostics[1].GetMessage());
        }

        [Theory]
        [InlineData(null, "DefaultAzureCredential")]
        [InlineData("managed_identity", "ManagedIdentityCredential")]
        public async Task Findings_NameTheCredentialTheFixWrites_AndTheCallsTheRoleComesFrom(string? option, string credential)
        {
            var options = option is null ? null : new System.Collections.Generic.Dictionary<string, string> { ["secretless.credential"] = option };
            var diagnostics = await RunAsync(new StorageAccountKeyAnalyzer(), $$"""
                using Azure.Storage.Blobs;
                using Microsoft.WindowsAzure.Storage;

                class Reports
                {
                    public byte[] Read() => new BlobContainerClient("{{FakeSecrets.StorageConnectionString("contoso")}}", "reports").GetBlobClient("x").DownloadContent().Value.Content.ToArray();

                    public object Legacy() => CloudStorageAccount.Parse("{{FakeSecrets.StorageConnectionString("contosolegacy", seed: 5)}}");
                }
                """, options);

            Assert.Equal(2, diagnostics.Length);
            Assert.Equal(credential, diagnostics[0].Properties["Credential"]);
            Assert.Equal("DownloadContent,GetBlobClient", diagnostics[0].Properties["Operations"]);

            // The retired SDK has no automatic fix, so no credential is named.
            Assert.Equal("LegacySdk", diagnostics[1].Properties["FixBlocker"]);
            Assert.False(diagnostics[1].Properties.ContainsKey("Credential"));
        }

        [Fact]
        public async Task PublicConstant_IsNotFollowed_TheWholeResourceKeepsTheDefaultRole()
        {
            var diagnostics = await RunAsync(new StorageAccountKeyAnalyzer(), $$"""
                using Azure.Storage.Blobs;

                public class Settings
                {
                    public const string ConnectionString = "{{FakeSecrets.StorageConnectionString("contoso")}}";
                    public byte[] Read() => new BlobContainerClient(ConnectionString, "reports").GetBlobClient("x").DownloadContent().Value.Content.ToArray();
                }
                """);

            var diagnostic = Assert.Single(diagnostics);
            Assert.EndsWith("@", Grants(diagnostic));
            Assert.DoesNotContain("Reader", diagnostic.Properties["Role"]);
        }
    }
}
