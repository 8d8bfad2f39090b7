using System.Threading.Tasks;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.KeyBasedAuthenticationAnalyzer,
    SecretlessAnalyzers.CodeFixes.KeyBased.KeyBasedAuthenticationCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.KeyBased
{
    /// <summary>SL2001's role comes from what the code calls on the client and on the clients derived from it.</summary>
    public class ClientUsageRoleTests
    {
        private const string Cs = "configuration key 'ConnectionStrings:Storage'";

        [Fact]
        public Task BlobDownloadsAndListing_NeedTheReaderRole() =>
            Verify.VerifyAnalyzerAsync(
                """
                using System.IO;
                using System.Threading.Tasks;
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.Configuration;

                class Reports
                {
                    public async Task Copy(IConfiguration config, Stream target)
                    {
                        var service = new BlobServiceClient({|#0:config.GetConnectionString("Storage")|});
                        var container = service.GetBlobContainerClient("reports");
                        if (!await container.ExistsAsync()) { return; }
                        await container.GetBlobClient("latest.csv").DownloadToAsync(target);
                    }
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("BlobServiceClient", "a connection string", Cs, "Storage Blob Data Reader",
                    ". Role from the calls: DownloadToAsync, ExistsAsync, GetBlobClient, GetBlobContainerClient"));

        [Fact]
        public Task BlobUploads_NeedTheContributorRole_AndPrivateFieldsAreFollowed() =>
            Verify.VerifyAnalyzerAsync(
                """
                using System.IO;
                using System.Threading.Tasks;
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.Configuration;

                class Archive
                {
                    private readonly BlobContainerClient _container;
                    public Archive(IConfiguration config) => _container = new BlobContainerClient({|#0:config["Archive"]|}, "archive");
                    public Task Save(Stream data) => this._container.UploadBlobAsync("item", data);
                    public Task<bool> Has() => _container.GetBlobClient("item").ExistsAsync().ContinueWith(t => t.Result.Value);
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("BlobContainerClient", "a connection string", "configuration key 'Archive'", "Storage Blob Data Contributor",
                    ". Role from the calls: ExistsAsync, GetBlobClient, UploadBlobAsync"));

        [Fact]
        public Task ServiceBusSenderOnly_ReceiverOnly_AndAdministration() =>
            Verify.VerifyAnalyzerAsync(
                """
                using System.Threading.Tasks;
                using Azure.Messaging.ServiceBus;
                using Azure.Messaging.ServiceBus.Administration;
                using Microsoft.Extensions.Configuration;

                class Bus
                {
                    public async Task Send(IConfiguration config)
                    {
                        await using var client = new ServiceBusClient({|#0:config["Bus"]|});
                        ServiceBusSender sender = client.CreateSender("orders");
                        await sender.SendMessageAsync(new ServiceBusMessage("hello"));
                    }

                    public async Task Receive(IConfiguration config)
                    {
                        var client = new ServiceBusClient({|#1:config["Bus"]|});
                        var receiver = client.CreateReceiver("orders");
                        var message = await receiver.ReceiveMessageAsync();
                        await receiver.CompleteMessageAsync(message);
                    }

                    public async Task Admin(IConfiguration config)
                    {
                        var admin = new ServiceBusAdministrationClient({|#2:config["Bus"]|});
                        await Task.Yield();
                        _ = admin.ToString();
                    }
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("ServiceBusClient", "a connection string", "configuration key 'Bus'", "Azure Service Bus Data Sender",
                    ". Role from the calls: CreateSender, SendMessageAsync"),
                Verify.Diagnostic().WithLocation(1).WithArguments("ServiceBusClient", "a connection string", "configuration key 'Bus'", "Azure Service Bus Data Receiver",
                    ". Role from the calls: CompleteMessageAsync, CreateReceiver, ReceiveMessageAsync"),
                Verify.Diagnostic().WithLocation(2).WithArguments("ServiceBusAdministrationClient", "a connection string", "configuration key 'Bus'", "Azure Service Bus Data Owner", string.Empty));

        [Fact]
        public Task QueueSendOnly_AndCosmosReadsOnly() =>
            Verify.VerifyAnalyzerAsync(
                """
                using System.Threading.Tasks;
                using Azure.Storage.Queues;
                using Microsoft.Azure.Cosmos;
                using Microsoft.Extensions.Configuration;

                class Work
                {
                    public Task Enqueue(IConfiguration config)
                    {
                        var queue = new QueueClient({|#0:config["Queue"]|}, "jobs");
                        return queue.SendMessageAsync("job");
                    }

                    public async Task<int> Read(IConfiguration config)
                    {
                        using var cosmos = new CosmosClient({|#1:config.GetConnectionString("Cosmos")|});
                        var container = cosmos.GetContainer("shop", "orders");
                        var order = await container.ReadItemAsync<object>("1", new PartitionKey("1"));
                        return (int)order.StatusCode;
                    }
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("QueueClient", "a connection string", "configuration key 'Queue'", "Storage Queue Data Message Sender",
                    ". Role from the calls: SendMessageAsync"),
                Verify.Diagnostic().WithLocation(1).WithArguments("CosmosClient", "a connection string", "configuration key 'ConnectionStrings:Cosmos'", "Cosmos DB Built-in Data Reader",
                    ". Role from the calls: GetContainer, ReadItemAsync"));

        [Fact]
        public Task QueueReceiveOnly_NeedsTheMessageProcessorRole_AndPeekOnlyTheReaderRole() =>
            Verify.VerifyAnalyzerAsync(
                """
                using System.Threading.Tasks;
                using Azure.Storage.Queues;
                using Microsoft.Extensions.Configuration;

                class Worker
                {
                    public async Task Drain(IConfiguration config)
                    {
                        var queue = new QueueClient({|#0:config["Queue"]|}, "jobs");
                        var message = (await queue.ReceiveMessageAsync()).Value;
                        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                    }

                    public object Watch(IConfiguration config) => new QueueServiceClient({|#1:config["Queue"]|}).GetQueueClient("jobs").PeekMessages();
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("QueueClient", "a connection string", "configuration key 'Queue'", "Storage Queue Data Message Processor",
                    ". Role from the calls: DeleteMessageAsync, ReceiveMessageAsync"),
                Verify.Diagnostic().WithLocation(1).WithArguments("QueueServiceClient", "a connection string", "configuration key 'Queue'", "Storage Queue Data Reader",
                    ". Role from the calls: GetQueueClient, PeekMessages"));

        [Fact]
        public Task ServiceBusClientThatEscapes_KeepsTheSenderOrReceiverChoice_WithTheReason() =>
            Verify.VerifyAnalyzerAsync(
                """
                using Azure.Messaging.ServiceBus;
                using Microsoft.Extensions.Configuration;

                public class Factory
                {
                    public ServiceBusClient Create(IConfiguration config) => new ServiceBusClient({|#0:config["Bus"]|});
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("ServiceBusClient", "a connection string", "configuration key 'Bus'",
                    "Azure Service Bus Data Sender (to send) / Azure Service Bus Data Receiver (to receive)", ". Broadest data role: the client is returned"));

        [Fact]
        public Task DataLakeAccessControl_IsAdministration_AndNeedsTheOwnerRole() =>
            Verify.VerifyAnalyzerAsync(
                """
                using System.Collections.Generic;
                using Azure.Storage.Files.DataLake;
                using Azure.Storage.Files.DataLake.Models;
                using Microsoft.Extensions.Configuration;

                class Lake
                {
                    public void Share(IConfiguration config, IList<PathAccessControlItem> acl)
                    {
                        var lake = new DataLakeServiceClient({|#0:config["Lake"]|});
                        lake.GetFileSystemClient("raw").GetDirectoryClient("landing").SetAccessControlList(acl);
                    }
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("DataLakeServiceClient", "a connection string", "configuration key 'Lake'", "Storage Blob Data Owner",
                    ". Role from the calls: GetDirectoryClient, GetFileSystemClient, SetAccessControlList"));

        [Fact]
        public Task EscapingClients_KeepTheBroaderRole_WithTheReason() =>
            Verify.VerifyAnalyzerAsync(
                """
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.Configuration;

                public class Holders
                {
                    public BlobServiceClient Shared;
                    public void Store(IConfiguration config) => Shared = new BlobServiceClient({|#0:config["Storage"]|});

                    public void Pass(IConfiguration config)
                    {
                        var client = new BlobServiceClient({|#1:config["Storage"]|});
                        client.GetBlobContainerClient("x").GetBlobClient("y").DownloadContent();
                        Use(client);
                    }

                    public void Derived(IConfiguration config)
                    {
                        var client = new BlobServiceClient({|#2:config["Storage"]|});
                        Use(client.GetBlobContainerClient("x"));
                    }

                    private static void Use(object client) { }
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("BlobServiceClient", "a connection string", "configuration key 'Storage'", "Storage Blob Data Contributor",
                    ". Broadest data role: the client is stored in a non-private field 'Shared'"),
                Verify.Diagnostic().WithLocation(1).WithArguments("BlobServiceClient", "a connection string", "configuration key 'Storage'", "Storage Blob Data Contributor",
                    ". Broadest data role: the client is passed to other code"),
                Verify.Diagnostic().WithLocation(2).WithArguments("BlobServiceClient", "a connection string", "configuration key 'Storage'", "Storage Blob Data Contributor",
                    ". Broadest data role: the client is passed to other code"));
    }
}
