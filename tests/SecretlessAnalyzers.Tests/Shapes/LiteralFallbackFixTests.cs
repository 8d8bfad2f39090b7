using System.Threading;
using System.Threading.Tasks;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyMessaging = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.MessagingSharedAccessKeyAnalyzer,
    SecretlessAnalyzers.CodeFixes.Messaging.MessagingSharedAccessKeyCodeFixProvider>;
using VerifyStorage = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.StorageAccountKeyAnalyzer,
    SecretlessAnalyzers.CodeFixes.Storage.StorageAccountKeyCodeFixProvider>;
using VerifyCosmos = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.CosmosAccountKeyAnalyzer,
    SecretlessAnalyzers.CodeFixes.Cosmos.CosmosAccountKeyCodeFixProvider>;
using VerifyClientSecret = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.CredentialAnalyzer,
    SecretlessAnalyzers.CodeFixes.Credentials.ClientSecretCodeFixProvider>;
using VerifyKeyCredentials = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.CredentialAnalyzer,
    SecretlessAnalyzers.CodeFixes.Credentials.KeyCredentialCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Shapes
{
    /// <summary>A literal secret as the fallback of a configuration or environment read: the read stays, the secret goes.</summary>
    public class LiteralFallbackFixTests
    {
        private const string ApiKey = "f3a9c1d27b5e48e0a6d4c2b1e9f07a35";

        [Fact]
        public Task SL1002_EnvironmentFallback() =>
            VerifyMessaging.VerifyCodeFixAsync(
                $$"""
                using System;
                using Azure.Messaging.ServiceBus;

                class Orders
                {
                    public ServiceBusClient Create() => new ServiceBusClient(Environment.GetEnvironmentVariable("ORDERS_BUS") ?? {|SL1002:"{{FakeSecrets.MessagingConnectionString("contoso", "Send")}}"|});
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Azure.Messaging.ServiceBus;

                class Orders
                {
                    public ServiceBusClient Create() => new ServiceBusClient("contoso.servicebus.windows.net", new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task SL1001_ConfigurationFallback() =>
            VerifyStorage.VerifyCodeFixAsync(
                $$"""
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.Configuration;

                class Files
                {
                    public BlobServiceClient Create(IConfiguration config) => new BlobServiceClient(config["Storage"] ?? {|SL1001:"{{FakeSecrets.StorageConnectionString("contoso")}}"|});
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.Configuration;

                class Files
                {
                    public BlobServiceClient Create(IConfiguration config) => new BlobServiceClient(new Uri(config["Storage:BlobServiceUri"] ?? throw new InvalidOperationException("Missing setting Storage:BlobServiceUri")), new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task SL1006_KeyFallback() =>
            VerifyKeyCredentials.VerifyCodeFixAsync(
                $$"""
                using System;
                using Azure;
                using Azure.Search.Documents;

                class Catalog
                {
                    public SearchClient Create() =>
                        new SearchClient(new Uri("https://contoso.search.windows.net"), "products", new AzureKeyCredential(Environment.GetEnvironmentVariable("SEARCH_KEY") ?? {|SL1006:"{{ApiKey}}"|}));
                }
                """,
                """
                using System;
                using Azure;
                using Azure.Identity;
                using Azure.Search.Documents;

                class Catalog
                {
                    public SearchClient Create() =>
                        new SearchClient(new Uri("https://contoso.search.windows.net"), "products", new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task SL1005_EnvironmentFallback_CredentialReplaced() =>
            VerifyClientSecret.VerifyCodeFixAsync(
                """
                using System;
                using Azure.Core;
                using Azure.Identity;

                class Auth
                {
                    public TokenCredential Create() => new ClientSecretCredential("tenant", "client", Environment.GetEnvironmentVariable("APP_SECRET") ?? {|SL1005:"Xk9_pQ2.vR7~mN4-tL8Zz"|});
                }
                """,
                """
                using System;
                using Azure.Core;
                using Azure.Identity;

                class Auth
                {
                    public TokenCredential Create() => new DefaultAzureCredential();
                }
                """);

        [Fact]
        public Task SL1004_FixAll_ConnectionStringFallbacks_KeepTheReads() =>
            new VerifyCosmos.Test
            {
                TestCode = $$"""
                    using Microsoft.Azure.Cosmos;
                    using Microsoft.Extensions.Configuration;

                    class Catalog
                    {
                        public CosmosClient Products(IConfiguration config) => new CosmosClient(config.GetConnectionString("Products") ?? {|SL1004:"{{FakeSecrets.CosmosConnectionString("contoso")}}"|});
                        public CosmosClient Orders(IConfiguration config) => new CosmosClient(config["Orders"] ?? {|SL1004:"{{FakeSecrets.CosmosConnectionString("contoso", 6)}}"|});
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Identity;
                    using Microsoft.Azure.Cosmos;
                    using Microsoft.Extensions.Configuration;

                    class Catalog
                    {
                        public CosmosClient Products(IConfiguration config) => new CosmosClient(config["Products:AccountEndpoint"] ?? throw new InvalidOperationException("Missing setting Products:AccountEndpoint"), new DefaultAzureCredential());
                        public CosmosClient Orders(IConfiguration config) => new CosmosClient(config["Orders:AccountEndpoint"] ?? throw new InvalidOperationException("Missing setting Orders:AccountEndpoint"), new DefaultAzureCredential());
                    }
                    """,
                BatchFixedCode = """
                    using System;
                    using Azure.Identity;
                    using Microsoft.Azure.Cosmos;
                    using Microsoft.Extensions.Configuration;

                    class Catalog
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        public CosmosClient Products(IConfiguration config) => new CosmosClient(config["Products:AccountEndpoint"] ?? throw new InvalidOperationException("Missing setting Products:AccountEndpoint"), AzureCredential);
                        public CosmosClient Orders(IConfiguration config) => new CosmosClient(config["Orders:AccountEndpoint"] ?? throw new InvalidOperationException("Missing setting Orders:AccountEndpoint"), AzureCredential);
                    }
                    """,
            }.RunAsync(CancellationToken.None);

        [Fact]
        public Task SL1001_EnvironmentFallback_TakesTheTokenForm() =>
            VerifyStorage.VerifyCodeFixAsync(
                $$"""
                using System;
                using Azure.Storage.Queues;

                class Work
                {
                    public QueueServiceClient Create() => new QueueServiceClient(Environment.GetEnvironmentVariable("QUEUES") ?? {|SL1001:"{{FakeSecrets.StorageConnectionString("contoso")}}"|});
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Azure.Storage.Queues;

                class Work
                {
                    public QueueServiceClient Create() => new QueueServiceClient(new Uri("https://contoso.queue.core.windows.net"), new DefaultAzureCredential());
                }
                """);
    }
}
