using System.Threading;
using System.Threading.Tasks;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyKeyBased = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.KeyBasedAuthenticationAnalyzer,
    SecretlessAnalyzers.CodeFixes.KeyBased.KeyBasedAuthenticationCodeFixProvider>;
using VerifyMessaging = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.MessagingSharedAccessKeyAnalyzer,
    SecretlessAnalyzers.CodeFixes.Messaging.MessagingSharedAccessKeyCodeFixProvider>;
using VerifyStorage = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.StorageAccountKeyAnalyzer,
    SecretlessAnalyzers.CodeFixes.Storage.StorageAccountKeyCodeFixProvider>;
using VerifyCosmos = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.CosmosAccountKeyAnalyzer,
    SecretlessAnalyzers.CodeFixes.Cosmos.CosmosAccountKeyCodeFixProvider>;
using VerifyKeyCredentials = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.CredentialAnalyzer,
    SecretlessAnalyzers.CodeFixes.Credentials.KeyCredentialCodeFixProvider>;
using VerifyCredentials = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.CredentialAnalyzer,
    SecretlessAnalyzers.CodeFixes.Credentials.ClientSecretCodeFixProvider>;
using VerifyDatabases = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.DatabasePasswordAnalyzer,
    SecretlessAnalyzers.CodeFixes.Databases.DatabasePasswordCodeFixProvider>;
using VerifyServices = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.AzureServiceConnectionStringAnalyzer,
    SecretlessAnalyzers.CodeFixes.AzureServices.AzureServiceConnectionStringCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Shapes
{
    /// <summary>Target-typed <c>new(...)</c> is fixed like <c>new T(...)</c> in every family.</summary>
    public class TargetTypedNewFixTests
    {
        private const string ClientSecret = "Xk9_pQ2.vR7~mN4-tL8Zz";
        private const string ApiKey = "f3a9c1d27b5e48e0a6d4c2b1e9f07a35";

        [Fact]
        public Task SL2001_ServiceBusField_FromConnectionString() =>
            VerifyKeyBased.VerifyCodeFixAsync(
                """
                using Azure.Messaging.ServiceBus;
                using Microsoft.Extensions.Configuration;

                public sealed class InvoiceFeed(IConfiguration configuration)
                {
                    private readonly ServiceBusClient _bus = new([|configuration.GetConnectionString("Invoices")|]);

                    public ServiceBusSender Sender() => _bus.CreateSender("invoices");
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Azure.Messaging.ServiceBus;
                using Microsoft.Extensions.Configuration;

                public sealed class InvoiceFeed(IConfiguration configuration)
                {
                    private readonly ServiceBusClient _bus = new(configuration["Invoices:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Invoices:FullyQualifiedNamespace"), new DefaultAzureCredential());

                    public ServiceBusSender Sender() => _bus.CreateSender("invoices");
                }
                """);

        [Fact]
        public Task SL1002_ServiceBusLocal() =>
            VerifyMessaging.VerifyCodeFixAsync(
                $$"""
                using Azure.Messaging.ServiceBus;

                class Orders
                {
                    public ServiceBusClient Create()
                    {
                        ServiceBusClient client = new({|SL1002:"{{FakeSecrets.MessagingConnectionString("contoso", "Send")}}"|});
                        return client;
                    }
                }
                """,
                """
                using Azure.Identity;
                using Azure.Messaging.ServiceBus;

                class Orders
                {
                    public ServiceBusClient Create()
                    {
                        ServiceBusClient client = new("contoso.servicebus.windows.net", new DefaultAzureCredential());
                        return client;
                    }
                }
                """);

        [Fact]
        public Task SL1001_BlobServiceField() =>
            VerifyStorage.VerifyCodeFixAsync(
                $$"""
                using Azure.Storage.Blobs;

                class Files
                {
                    private readonly BlobServiceClient _blobs = new({|SL1001:"{{FakeSecrets.StorageConnectionString("contoso")}}"|});
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Azure.Storage.Blobs;

                class Files
                {
                    private readonly BlobServiceClient _blobs = new(new Uri("https://contoso.blob.core.windows.net"), new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task SL1004_CosmosField() =>
            VerifyCosmos.VerifyCodeFixAsync(
                $$"""
                using Microsoft.Azure.Cosmos;

                class Catalog
                {
                    private readonly CosmosClient _cosmos = new({|SL1004:"{{FakeSecrets.CosmosConnectionString("contoso")}}"|});
                }
                """,
                """
                using Azure.Identity;
                using Microsoft.Azure.Cosmos;

                class Catalog
                {
                    private readonly CosmosClient _cosmos = new("https://contoso.documents.azure.com:443/", new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task SL1005_ClientSecretCredentialField() =>
            VerifyCredentials.VerifyCodeFixAsync(
                $$"""
                using Azure.Identity;

                class Auth
                {
                    private readonly ClientSecretCredential _credential = new("tenant", "00000000-0000-0000-0000-000000000001", {|SL1005:"{{ClientSecret}}"|});
                }
                """,
                """
                using Azure.Identity;

                class Auth
                {
                    private readonly DefaultAzureCredential _credential = new DefaultAzureCredential();
                }
                """);

        [Fact]
        public Task SL1003_SqlConnectionLocal() =>
            VerifyDatabases.VerifyCodeFixAsync(
                """
                using Microsoft.Data.SqlClient;

                class Data
                {
                    public SqlConnection Open()
                    {
                        SqlConnection connection = new({|SL1003:"Server=tcp:contoso.database.windows.net,1433;Database=orders;User ID=app;Password=Pa55w0rd!Secret;"|});
                        return connection;
                    }
                }
                """,
                """
                using Microsoft.Data.SqlClient;

                class Data
                {
                    public SqlConnection Open()
                    {
                        SqlConnection connection = new("Server=tcp:contoso.database.windows.net,1433;Database=orders;Authentication=Active Directory Default;");
                        return connection;
                    }
                }
                """);

        [Fact]
        public Task SL1007_AppConfigurationField() =>
            VerifyServices.VerifyCodeFixAsync(
                $$"""
                using Azure.Data.AppConfiguration;

                class Settings
                {
                    private readonly ConfigurationClient _client = new({|SL1007:"Endpoint=https://contoso.azconfig.io;Id=Ab1c-l0-s0:Q2xhc3NpYw;Secret={{FakeServiceSecrets.AccessKey()}}"|});
                }
                """,
                """
                using System;
                using Azure.Data.AppConfiguration;
                using Azure.Identity;

                class Settings
                {
                    private readonly ConfigurationClient _client = new(new Uri("https://contoso.azconfig.io"), new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task SL1006_TargetTypedKeyCredential_InClientAndInField() =>
            new VerifyKeyCredentials.Test
            {
                TestCode = $$"""
                using System;
                using Azure;
                using Azure.Search.Documents;

                class Catalog
                {
                    public SearchClient Products() => new(new Uri("https://contoso.search.windows.net"), "products", new AzureKeyCredential({|SL1006:"{{ApiKey}}"|}));
                    public SearchClient Orders()
                    {
                        AzureKeyCredential key = new({|SL1006:"{{ApiKey}}"|});
                        return new SearchClient(new Uri("https://contoso.search.windows.net"), "orders", key);
                    }
                }
                """,
                FixedCode = """
                using System;
                using Azure;
                using Azure.Identity;
                using Azure.Search.Documents;

                class Catalog
                {
                    public SearchClient Products() => new(new Uri("https://contoso.search.windows.net"), "products", new DefaultAzureCredential());
                    public SearchClient Orders()
                    {
                        return new SearchClient(new Uri("https://contoso.search.windows.net"), "orders", new DefaultAzureCredential());
                    }
                }
                """,
                BatchFixedCode = """
                using System;
                using Azure;
                using Azure.Identity;
                using Azure.Search.Documents;

                class Catalog
                {
                    private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                    public SearchClient Products() => new(new Uri("https://contoso.search.windows.net"), "products", AzureCredential);
                    public SearchClient Orders()
                    {
                        return new SearchClient(new Uri("https://contoso.search.windows.net"), "orders", AzureCredential);
                    }
                }
                """,
            }.RunAsync(CancellationToken.None);

        [Fact]
        public Task SL2001_FixAll_TargetTypedFields_ShareOneCredential() =>
            new VerifyKeyBased.Test
            {
                TestCode = """
                    using Azure.Messaging.ServiceBus;
                    using Azure.Storage.Blobs;
                    using Microsoft.Extensions.Configuration;

                    public sealed class Feeds(IConfiguration configuration)
                    {
                        private readonly ServiceBusClient _bus = new([|configuration.GetConnectionString("Invoices")|]);
                        private readonly BlobServiceClient _blobs = new([|configuration.GetConnectionString("Archive")|]);

                        public ServiceBusSender Sender() => _bus.CreateSender("invoices");
                        public BlobContainerClient Archive() => _blobs.GetBlobContainerClient("invoices");
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Messaging.ServiceBus;
                    using Azure.Storage.Blobs;
                    using Microsoft.Extensions.Configuration;

                    public sealed class Feeds(IConfiguration configuration)
                    {
                        private readonly ServiceBusClient _bus = new(configuration["Invoices:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Invoices:FullyQualifiedNamespace"), new DefaultAzureCredential());
                        private readonly BlobServiceClient _blobs = new(new Uri(configuration["Archive:BlobServiceUri"] ?? throw new InvalidOperationException("Missing setting Archive:BlobServiceUri")), new DefaultAzureCredential());

                        public ServiceBusSender Sender() => _bus.CreateSender("invoices");
                        public BlobContainerClient Archive() => _blobs.GetBlobContainerClient("invoices");
                    }
                    """,
                BatchFixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Messaging.ServiceBus;
                    using Azure.Storage.Blobs;
                    using Microsoft.Extensions.Configuration;

                    public sealed class Feeds(IConfiguration configuration)
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        private readonly ServiceBusClient _bus = new(configuration["Invoices:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Invoices:FullyQualifiedNamespace"), AzureCredential);
                        private readonly BlobServiceClient _blobs = new(new Uri(configuration["Archive:BlobServiceUri"] ?? throw new InvalidOperationException("Missing setting Archive:BlobServiceUri")), AzureCredential);

                        public ServiceBusSender Sender() => _bus.CreateSender("invoices");
                        public BlobContainerClient Archive() => _blobs.GetBlobContainerClient("invoices");
                    }
                    """,
            }.RunAsync(CancellationToken.None);

        [Fact]
        public Task SL1002_FixAll_TargetTypedLocals() =>
            new VerifyMessaging.Test
            {
                TestCode = $$"""
                    using Azure.Messaging.EventHubs.Producer;
                    using Azure.Messaging.ServiceBus;

                    class Orders
                    {
                        public ServiceBusClient Bus()
                        {
                            ServiceBusClient client = new({|SL1002:"{{FakeSecrets.MessagingConnectionString("contoso", "Send")}}"|});
                            return client;
                        }

                        public EventHubProducerClient Hub()
                        {
                            EventHubProducerClient producer = new({|SL1002:"{{FakeSecrets.MessagingConnectionString("contoso", "Send", "telemetry")}}"|});
                            return producer;
                        }
                    }
                    """,
                FixedCode = """
                    using Azure.Identity;
                    using Azure.Messaging.EventHubs.Producer;
                    using Azure.Messaging.ServiceBus;

                    class Orders
                    {
                        public ServiceBusClient Bus()
                        {
                            ServiceBusClient client = new("contoso.servicebus.windows.net", new DefaultAzureCredential());
                            return client;
                        }

                        public EventHubProducerClient Hub()
                        {
                            EventHubProducerClient producer = new("contoso.servicebus.windows.net", "telemetry", new DefaultAzureCredential());
                            return producer;
                        }
                    }
                    """,
                BatchFixedCode = """
                    using Azure.Identity;
                    using Azure.Messaging.EventHubs.Producer;
                    using Azure.Messaging.ServiceBus;

                    class Orders
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        public ServiceBusClient Bus()
                        {
                            ServiceBusClient client = new("contoso.servicebus.windows.net", AzureCredential);
                            return client;
                        }

                        public EventHubProducerClient Hub()
                        {
                            EventHubProducerClient producer = new("contoso.servicebus.windows.net", "telemetry", AzureCredential);
                            return producer;
                        }
                    }
                    """,
            }.RunAsync(CancellationToken.None);
    }
}
