using System.Threading.Tasks;
using SecretlessAnalyzers.CodeFixes.Common;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.KeyBasedAuthenticationAnalyzer,
    SecretlessAnalyzers.CodeFixes.KeyBased.KeyBasedAuthenticationCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.KeyBased
{
    /// <summary>
    /// SL2001 fix for container, blob, queue and table clients built from a connection-string setting: the account's
    /// service client with the token overload (endpoint from the setting of its part of the account: &lt;Name&gt;:BlobServiceUri, :QueueServiceUri, :TableServiceUri), then the getters to the same client.
    /// </summary>
    public class ResourceClientFixTests
    {
        private const string BlobUri = """new Uri(config["Storage:BlobServiceUri"] ?? throw new InvalidOperationException("Missing setting Storage:BlobServiceUri"))""";
        private const string QueueUri = """new Uri(config["Storage:QueueServiceUri"] ?? throw new InvalidOperationException("Missing setting Storage:QueueServiceUri"))""";
        private const string TableUri = """new Uri(config["Storage:TableServiceUri"] ?? throw new InvalidOperationException("Missing setting Storage:TableServiceUri"))""";

        [Fact]
        public Task BlobContainerClient_GoesThroughTheServiceClient() =>
            Verify.VerifyCodeFixAsync(
                """
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.Configuration;

                class Files
                {
                    public BlobContainerClient Create(IConfiguration config) => new BlobContainerClient([|config.GetConnectionString("Storage")|], "orders");
                }
                """,
                $$"""
                using System;
                using Azure.Identity;
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.Configuration;

                class Files
                {
                    public BlobContainerClient Create(IConfiguration config) => new BlobServiceClient({{BlobUri}}, new DefaultAzureCredential()).GetBlobContainerClient("orders");
                }
                """);

        [Fact]
        public Task BlobContainerClient_TargetTyped_WithOptions_ManagedIdentity() =>
            new Verify.Test
            {
                TestCode = """
                    using Azure.Storage.Blobs;
                    using Microsoft.Extensions.Configuration;

                    class Files
                    {
                        public void Upload(IConfiguration config, BlobClientOptions options)
                        {
                            BlobContainerClient container = new([|config["Storage"]|], "orders", options);
                            container.UploadBlob("a.json", System.BinaryData.FromString("{}"));
                        }
                    }
                    """,
                FixedCode = $$"""
                    using System;
                    using Azure.Identity;
                    using Azure.Storage.Blobs;
                    using Microsoft.Extensions.Configuration;

                    class Files
                    {
                        public void Upload(IConfiguration config, BlobClientOptions options)
                        {
                            BlobContainerClient container = new BlobServiceClient({{BlobUri}}, new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned), options).GetBlobContainerClient("orders");
                            container.UploadBlob("a.json", System.BinaryData.FromString("{}"));
                        }
                    }
                    """,
                CodeActionEquivalenceKey = CredentialActions.UseManagedIdentityCredentialKey,
            }.RunAsync();

        [Fact]
        public Task BlobClient_GetsContainerThenBlob() =>
            Verify.VerifyCodeFixAsync(
                """
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.Configuration;

                class Files
                {
                    public BlobClient Create(IConfiguration config, string name) => new BlobClient([|config.GetConnectionString("Storage")|], "orders", name);
                }
                """,
                $$"""
                using System;
                using Azure.Identity;
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.Configuration;

                class Files
                {
                    public BlobClient Create(IConfiguration config, string name) => new BlobServiceClient({{BlobUri}}, new DefaultAzureCredential()).GetBlobContainerClient("orders").GetBlobClient(name);
                }
                """);

        [Fact]
        public Task QueueAndTableClients_FixAll_ShareOneCredential() =>
            new Verify.Test
            {
                TestCode = """
                    using Azure.Data.Tables;
                    using Azure.Storage.Queues;
                    using Microsoft.Extensions.Configuration;

                    class Work
                    {
                        public QueueClient Queue(IConfiguration config) => new QueueClient(queueName: "orders", connectionString: [|config["Storage"]|]);
                        public TableClient Table(IConfiguration config) => new TableClient([|config["Storage"]|], "orders");
                    }
                    """,
                FixedCode = $$"""
                    using System;
                    using Azure.Data.Tables;
                    using Azure.Identity;
                    using Azure.Storage.Queues;
                    using Microsoft.Extensions.Configuration;

                    class Work
                    {
                        public QueueClient Queue(IConfiguration config) => new QueueServiceClient({{QueueUri}}, new DefaultAzureCredential()).GetQueueClient("orders");
                        public TableClient Table(IConfiguration config) => new TableServiceClient({{TableUri}}, new DefaultAzureCredential()).GetTableClient("orders");
                    }
                    """,
                BatchFixedCode = $$"""
                    using System;
                    using Azure.Data.Tables;
                    using Azure.Identity;
                    using Azure.Storage.Queues;
                    using Microsoft.Extensions.Configuration;

                    class Work
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        public QueueClient Queue(IConfiguration config) => new QueueServiceClient({{QueueUri}}, AzureCredential).GetQueueClient("orders");
                        public TableClient Table(IConfiguration config) => new TableServiceClient({{TableUri}}, AzureCredential).GetTableClient("orders");
                    }
                    """,
            }.RunAsync();

        [Fact]
        public Task NoFix_ForEnvironmentReads() =>
            Verify.VerifyCodeFixAsync(
                """
                using System;
                using Azure.Storage.Queues;
                using Microsoft.Extensions.Configuration;

                class Work
                {
                    public QueueClient Environment() => new QueueClient([|System.Environment.GetEnvironmentVariable("STORAGE")|], "orders");
                }
                """,
                """
                using System;
                using Azure.Storage.Queues;
                using Microsoft.Extensions.Configuration;

                class Work
                {
                    public QueueClient Environment() => new QueueClient([|System.Environment.GetEnvironmentVariable("STORAGE")|], "orders");
                }
                """);

        [Fact]
        public Task AddConfigurationClient_UsesTheUriRegistration() =>
            Verify.VerifyCodeFixAsync(
                """
                using Microsoft.Extensions.Azure;
                using Microsoft.Extensions.Configuration;
                using Microsoft.Extensions.DependencyInjection;

                static class Registrations
                {
                    public static void Add(IServiceCollection services, IConfiguration config) =>
                        services.AddAzureClients(clients => clients.AddConfigurationClient([|config["AppConfig"]!|]));
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Microsoft.Extensions.Azure;
                using Microsoft.Extensions.Configuration;
                using Microsoft.Extensions.DependencyInjection;

                static class Registrations
                {
                    public static void Add(IServiceCollection services, IConfiguration config) =>
                        services.AddAzureClients(clients => clients.AddConfigurationClient(new Uri(config["AppConfig:Endpoint"] ?? throw new InvalidOperationException("Missing setting AppConfig:Endpoint"))).WithCredential(new DefaultAzureCredential()));
                }
                """);
    }
}
