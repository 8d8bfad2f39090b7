using System.Threading.Tasks;
using SecretlessAnalyzers.CodeFixes.Common;
using SecretlessAnalyzers.CodeFixes.Storage;
using SecretlessAnalyzers.Storage;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.StorageAccountKeyAnalyzer,
    SecretlessAnalyzers.CodeFixes.Storage.StorageAccountKeyCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Storage
{
    /// <summary>SL1001 code fix: each client family, each way the secret reaches it, both credentials, fix-all.</summary>
    public class StorageAccountKeyFixTests
    {
        private static readonly string Cs = FakeSecrets.StorageConnectionString("contoso");
        private static readonly string Key = FakeSecrets.StorageAccountKey();

        [Fact]
        public Task BlobServiceClient_ConnectionString_BecomesUriAndDefaultAzureCredential() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using System;
                using Azure.Storage.Blobs;

                class Orders
                {
                    public BlobServiceClient Create() => new BlobServiceClient({|SL1001:"{{Cs}}"|});
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Azure.Storage.Blobs;

                class Orders
                {
                    public BlobServiceClient Create() => new BlobServiceClient(new Uri("https://contoso.blob.core.windows.net"), new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task BlobContainerClient_ContainerNameMovesIntoUri_OptionsKept() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using System;
                using Azure.Storage.Blobs;

                class Orders
                {
                    public BlobContainerClient Create(BlobClientOptions options) =>
                        new BlobContainerClient({|SL1001:"{{Cs}}"|}, "orders", options);
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Azure.Storage.Blobs;

                class Orders
                {
                    public BlobContainerClient Create(BlobClientOptions options) =>
                        new BlobContainerClient(new Uri("https://contoso.blob.core.windows.net/orders"), new DefaultAzureCredential(), options);
                }
                """);

        [Fact]
        public Task BlobClient_BlobNameIsEscapedInUri() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using System;
                using Azure.Storage.Blobs;

                class Orders
                {
                    public BlobClient Create() => new BlobClient({|SL1001:"{{Cs}}"|}, "orders", "2024/march report.json");
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Azure.Storage.Blobs;

                class Orders
                {
                    public BlobClient Create() => new BlobClient(new Uri("https://contoso.blob.core.windows.net/orders/2024/march%20report.json"), new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task QueueClient_RunTimeQueueName_IsInterpolatedIntoUri() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using System;
                using Azure.Storage.Queues;

                class Fulfilment
                {
                    public QueueClient Create(string queueName) => new QueueClient({|SL1001:"{{Cs}}"|}, queueName);
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Azure.Storage.Queues;

                class Fulfilment
                {
                    public QueueClient Create(string queueName) => new QueueClient(new Uri($"https://contoso.queue.core.windows.net/{queueName}"), new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task TableClient_KeepsTableNameAsItsOwnArgument() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using System;
                using Azure.Data.Tables;

                class Audit
                {
                    public TableClient Create() => new TableClient({|SL1001:"{{Cs}}"|}, "audit");
                }
                """,
                """
                using System;
                using Azure.Data.Tables;
                using Azure.Identity;

                class Audit
                {
                    public TableClient Create() => new TableClient(new Uri("https://contoso.table.core.windows.net"), "audit", new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task ShareClient_GetsShareTokenIntent() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using System;
                using Azure.Storage.Files.Shares;

                class Reports
                {
                    public ShareClient Create() => new ShareClient({|SL1001:"{{Cs}}"|}, "reports");
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Azure.Storage.Files.Shares;
                using Azure.Storage.Files.Shares.Models;

                class Reports
                {
                    public ShareClient Create() => new ShareClient(new Uri("https://contoso.file.core.windows.net/reports"), new DefaultAzureCredential(), new ShareClientOptions { ShareTokenIntent = ShareTokenIntent.Backup });
                }
                """);

        [Fact]
        public Task DataLakeServiceClient_UsesTheDfsEndpoint() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using System;
                using Azure.Storage.Files.DataLake;

                class Lake
                {
                    public DataLakeServiceClient Create() => new DataLakeServiceClient({|SL1001:"{{Cs}}"|});
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Azure.Storage.Files.DataLake;

                class Lake
                {
                    public DataLakeServiceClient Create() => new DataLakeServiceClient(new Uri("https://contoso.dfs.core.windows.net"), new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task ExplicitBlobEndpointAndSovereignSuffix_AreKept() =>
            new Verify.Test
            {
                TestCode = $$"""
                    using System;
                    using Azure.Storage.Blobs;
                    using Azure.Storage.Queues;

                    class Clients
                    {
                        public BlobServiceClient Blobs() => new BlobServiceClient({|SL1001:"BlobEndpoint=https://cdn.contoso.example/;AccountName=contoso;AccountKey={{Key}}"|});
                        public QueueServiceClient Queues() => new QueueServiceClient({|SL1001:"DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey={{Key}};EndpointSuffix=core.chinacloudapi.cn"|});
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Storage.Blobs;
                    using Azure.Storage.Queues;

                    class Clients
                    {
                        public BlobServiceClient Blobs() => new BlobServiceClient(new Uri("https://cdn.contoso.example"), new DefaultAzureCredential());
                        public QueueServiceClient Queues() => new QueueServiceClient(new Uri("https://contoso.queue.core.chinacloudapi.cn"), new DefaultAzureCredential());
                    }
                    """,
                BatchFixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Storage.Blobs;
                    using Azure.Storage.Queues;

                    class Clients
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        public BlobServiceClient Blobs() => new BlobServiceClient(new Uri("https://cdn.contoso.example"), AzureCredential);
                        public QueueServiceClient Queues() => new QueueServiceClient(new Uri("https://contoso.queue.core.chinacloudapi.cn"), AzureCredential);
                    }
                    """,
            }.RunAsync();

        [Fact]
        public Task ConstBuiltFromConstants_IsRemovedWithTheConstantsItUsed() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using System;
                using Azure.Storage.Blobs;

                class Orders
                {
                    private const string Account = "contoso";
                    private const string AccountKey = "{{Key}}";
                    private const string ConnectionString = {|SL1001:"DefaultEndpointsProtocol=https;AccountName=" + Account + ";AccountKey=" + AccountKey|};

                    public BlobContainerClient Create() => new BlobContainerClient(ConnectionString, "orders");
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Azure.Storage.Blobs;

                class Orders
                {
                    public BlobContainerClient Create() => new BlobContainerClient(new Uri("https://contoso.blob.core.windows.net/orders"), new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task LocalUsedByTwoClients_BothRewritten_LocalRemoved() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using System;
                using Azure.Storage.Blobs;
                using Azure.Storage.Queues;

                class Startup
                {
                    public void Configure()
                    {
                        var connectionString = {|SL1001:"{{Cs}}"|};
                        var blobs = new BlobServiceClient(connectionString);
                        var queue = new QueueClient(connectionString, "work");
                    }
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Azure.Storage.Blobs;
                using Azure.Storage.Queues;

                class Startup
                {
                    public void Configure()
                    {
                        var blobs = new BlobServiceClient(new Uri("https://contoso.blob.core.windows.net"), new DefaultAzureCredential());
                        var queue = new QueueClient(new Uri("https://contoso.queue.core.windows.net/work"), new DefaultAzureCredential());
                    }
                }
                """);

        [Fact]
        public Task SharedKeyCredential_IsReplacedByTokenCredential() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using System;
                using Azure.Storage;
                using Azure.Storage.Blobs;

                class Orders
                {
                    public BlobServiceClient Create() =>
                        new BlobServiceClient(new Uri("https://contoso.blob.core.windows.net"), new StorageSharedKeyCredential("contoso", {|SL1001:"{{Key}}"|}));
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Azure.Storage;
                using Azure.Storage.Blobs;

                class Orders
                {
                    public BlobServiceClient Create() =>
                        new BlobServiceClient(new Uri("https://contoso.blob.core.windows.net"), new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task SharedKeyCredentialInLocal_LocalRemoved() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using System;
                using Azure.Data.Tables;

                class Audit
                {
                    public TableClient Create()
                    {
                        var credential = new TableSharedKeyCredential("contoso", {|SL1001:"{{Key}}"|});
                        return new TableClient(new Uri("https://contoso.table.core.windows.net"), "audit", credential);
                    }
                }
                """,
                """
                using System;
                using Azure.Data.Tables;
                using Azure.Identity;

                class Audit
                {
                    public TableClient Create()
                    {
                        return new TableClient(new Uri("https://contoso.table.core.windows.net"), "audit", new DefaultAzureCredential());
                    }
                }
                """);

        [Fact]
        public Task AzureSasCredential_IsReplacedByTokenCredential() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using System;
                using Azure;
                using Azure.Storage.Blobs;

                class Catalog
                {
                    public BlobContainerClient Create() =>
                        new BlobContainerClient(new Uri("https://fabrikam.blob.core.windows.net/catalog"), new AzureSasCredential({|SL1001:"{{FakeSecrets.SasQuery()}}"|}));
                }
                """,
                """
                using System;
                using Azure;
                using Azure.Identity;
                using Azure.Storage.Blobs;

                class Catalog
                {
                    public BlobContainerClient Create() =>
                        new BlobContainerClient(new Uri("https://fabrikam.blob.core.windows.net/catalog"), new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task SasUrl_LosesItsQueryAndGetsTheCredential() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using System;
                using Azure.Storage.Blobs;

                class Feed
                {
                    public BlobClient Create() => new BlobClient(new Uri({|SL1001:"https://fabrikam.blob.core.windows.net/prices/daily.csv?{{FakeSecrets.SasQuery()}}"|}));
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Azure.Storage.Blobs;

                class Feed
                {
                    public BlobClient Create() => new BlobClient(new Uri("https://fabrikam.blob.core.windows.net/prices/daily.csv"), new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task Registration_MovesToUriOverloadWithCredential() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Microsoft.Extensions.Azure;
                using Microsoft.Extensions.DependencyInjection;

                static class Registrations
                {
                    public static void Add(IServiceCollection services) =>
                        services.AddAzureClients(clients => clients.AddBlobServiceClient({|SL1001:"{{Cs}}"|}));
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Microsoft.Extensions.Azure;
                using Microsoft.Extensions.DependencyInjection;

                static class Registrations
                {
                    public static void Add(IServiceCollection services) =>
                        services.AddAzureClients(clients => clients.AddBlobServiceClient(new Uri("https://contoso.blob.core.windows.net")).WithCredential(new DefaultAzureCredential()));
                }
                """);

        [Fact]
        public async Task ManagedIdentityAction_WritesTheNonObsoleteSystemAssignedForm()
        {
            var test = new Verify.Test
            {
                TestCode = $$"""
                    using System;
                    using Azure.Storage.Blobs;

                    class Orders
                    {
                        public BlobServiceClient Create() => new BlobServiceClient({|SL1001:"{{Cs}}"|});
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Storage.Blobs;

                    class Orders
                    {
                        public BlobServiceClient Create() => new BlobServiceClient(new Uri("https://contoso.blob.core.windows.net"), new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned));
                    }
                    """,
                CodeActionEquivalenceKey = CredentialActions.UseManagedIdentityCredentialKey,
            };
            await test.RunAsync();
        }

        [Fact]
        public async Task EditorConfig_PrefersManagedIdentity_WithUserAssignedClientId()
        {
            // Index 0 is what dotnet format applies: the option decides it.
            var test = new Verify.Test
            {
                TestCode = $$"""
                    using System;
                    using Azure.Storage.Blobs;

                    class Orders
                    {
                        public BlobServiceClient Create() => new BlobServiceClient({|SL1001:"{{Cs}}"|});
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Storage.Blobs;

                    class Orders
                    {
                        public BlobServiceClient Create() => new BlobServiceClient(new Uri("https://contoso.blob.core.windows.net"), new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId("6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b")));
                    }
                    """,
                CodeActionIndex = 0,
            }
            .WithOption(CredentialOptions.CredentialKey, "managed_identity")
            .WithOption(CredentialOptions.ManagedIdentityClientIdKey, "6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b");
            await test.RunAsync();
        }

        [Fact]
        public async Task FixAll_InOneClass_SharesOneCredentialField()
        {
            var test = new Verify.Test
            {
                TestCode = $$"""
                    using System;
                    using Azure.Storage.Blobs;
                    using Azure.Storage.Queues;

                    class Clients
                    {
                        private static readonly BlobServiceClient Blobs = new BlobServiceClient({|SL1001:"{{Cs}}"|});
                        private static readonly QueueServiceClient Queues = new QueueServiceClient({|SL1001:"{{Cs}}"|});
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Storage.Blobs;
                    using Azure.Storage.Queues;

                    class Clients
                    {
                        private static readonly BlobServiceClient Blobs = new BlobServiceClient(new Uri("https://contoso.blob.core.windows.net"), new DefaultAzureCredential());
                        private static readonly QueueServiceClient Queues = new QueueServiceClient(new Uri("https://contoso.queue.core.windows.net"), new DefaultAzureCredential());
                    }
                    """,
                BatchFixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Storage.Blobs;
                    using Azure.Storage.Queues;

                    class Clients
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        private static readonly BlobServiceClient Blobs = new BlobServiceClient(new Uri("https://contoso.blob.core.windows.net"), AzureCredential);
                        private static readonly QueueServiceClient Queues = new QueueServiceClient(new Uri("https://contoso.queue.core.windows.net"), AzureCredential);
                    }
                    """,
            };
            await test.RunAsync();
        }

        [Fact]
        public Task ExistingSharedCredentialField_IsReused() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using System;
                using Azure.Identity;
                using Azure.Storage.Blobs;

                class Clients
                {
                    private static readonly DefaultAzureCredential Credential = new DefaultAzureCredential();

                    public BlobServiceClient Create() => new BlobServiceClient({|SL1001:"{{Cs}}"|});
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Azure.Storage.Blobs;

                class Clients
                {
                    private static readonly DefaultAzureCredential Credential = new DefaultAzureCredential();

                    public BlobServiceClient Create() => new BlobServiceClient(new Uri("https://contoso.blob.core.windows.net"), Credential);
                }
                """);

        [Fact]
        public Task TopLevelStatements_WithoutUsingSystem_AddsIt() =>
            new Verify.Test
            {
                TestCode = $$"""
                    using Azure.Storage.Blobs;

                    var blobs = new BlobServiceClient({|SL1001:"{{Cs}}"|});
                    System.Console.WriteLine(blobs);
                    """,
                FixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Storage.Blobs;

                    var blobs = new BlobServiceClient(new Uri("https://contoso.blob.core.windows.net"), new DefaultAzureCredential());
                    System.Console.WriteLine(blobs);
                    """,
                TestState = { OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication },
            }.RunAsync();
    }
}
