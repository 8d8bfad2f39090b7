using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SecretlessAnalyzers.Rules;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;

using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.KeyBasedAuthenticationAnalyzer,
    SecretlessAnalyzers.CodeFixes.KeyBased.KeyBasedAuthenticationCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.KeyBased
{
    /// <summary>SL2001: clients built or registered with a key read at run time; literal keys and token overloads are not reported.</summary>
    public class KeyBasedAuthenticationAnalyzerTests
    {
        private const string BlobRole = "Storage Blob Data Contributor";
        private const string ServiceBusRole = "Azure Service Bus Data Sender (to send) / Azure Service Bus Data Receiver (to receive)";
        private const string CosmosRole = "Cosmos DB Built-in Data Contributor";

        private const string Returned = ". Broadest data role: the client is returned";
        private const string NoFix = ". No automatic fix: the secret is not read from configuration at the call, so there is no configuration to read the endpoint from";
        private const string KeyNotAtClient = ". No automatic fix: the key is not read from configuration or the environment inside a credential created at the client; give the client a token credential and delete the key by hand";
        private const string Registered = ". Broadest data role: the client is registered for dependency injection and used elsewhere";

        private static readonly string StorageCs = FakeSecrets.StorageConnectionString();
        private static readonly string CosmosKey = FakeSecrets.CosmosKey();

        private static Task<AnalyzerRunResult> RunAsync(string source) =>
            AnalyzerRunner.RunAsync(
                ImmutableArray.Create<DiagnosticAnalyzer>(new KeyBasedAuthenticationAnalyzer()),
                new[] { ("/0/Test0.cs", source) },
                extraReferences: TestReferences.All);

        [Fact]
        public Task BlobClient_FromConnectionStringSetting_NamesTheKeyAndRole() =>
            Verify.VerifyAnalyzerAsync(
                """
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.Configuration;

                class Files
                {
                    public BlobServiceClient Create(IConfiguration config) => new BlobServiceClient({|#0:config.GetConnectionString("Storage")|});
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("BlobServiceClient", "a connection string", "configuration key 'ConnectionStrings:Storage'", BlobRole, Returned));

        [Fact]
        public Task Registrations_FromConfigurationIndexer_AreReported() =>
            Verify.VerifyAnalyzerAsync(
                """
                using Microsoft.Extensions.Azure;
                using Microsoft.Extensions.Configuration;
                using Microsoft.Extensions.DependencyInjection;

                static class Registrations
                {
                    public static void Add(IServiceCollection services, IConfiguration configuration) =>
                        services.AddAzureClients(builder =>
                        {
                            builder.AddServiceBusClient({|#0:configuration["Bus"]|});
                            builder.AddBlobServiceClient({|#1:configuration.GetConnectionString("Storage")|});
                            builder.AddEventHubProducerClient({|#2:configuration["Hub"]|}, "telemetry");
                        });
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("ServiceBusClient", "a connection string", "configuration key 'Bus'", ServiceBusRole, Registered),
                Verify.Diagnostic().WithLocation(1).WithArguments("BlobServiceClient", "a connection string", "configuration key 'ConnectionStrings:Storage'", BlobRole, Registered),
                Verify.Diagnostic().WithLocation(2).WithArguments("EventHubProducerClient", "a connection string", "configuration key 'Hub'", "Azure Event Hubs Data Sender", Registered));

        [Fact]
        public Task Cosmos_KeyAndConnectionString_AreReported() =>
            Verify.VerifyAnalyzerAsync(
                """
                using Microsoft.Azure.Cosmos;
                using Microsoft.Extensions.Configuration;

                class Data
                {
                    public CosmosClient WithKey(IConfiguration config) => new CosmosClient("https://contoso.documents.azure.com:443/", {|#0:config["Cosmos:Key"]|});
                    public CosmosClient WithConnectionString(IConfiguration config) => new CosmosClient({|#1:config.GetConnectionString("Cosmos")|});
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("CosmosClient", "an account key", "configuration key 'Cosmos:Key'", CosmosRole, Returned),
                Verify.Diagnostic().WithLocation(1).WithArguments("CosmosClient", "a connection string", "configuration key 'ConnectionStrings:Cosmos'", CosmosRole, Returned));

        [Fact]
        public Task EnvironmentLocalsParametersAndCredentials_AreReported() =>
            Verify.VerifyAnalyzerAsync(
                """
                using System;
                using Azure;
                using Azure.Messaging.ServiceBus;
                using Azure.Storage;
                using Azure.Storage.Blobs;
                using Azure.Storage.Queues;
                using Microsoft.Extensions.Configuration;

                class Clients
                {
                    public QueueClient Queue() => new QueueClient({|#0:Environment.GetEnvironmentVariable("QUEUE_CONNECTION")|}, "orders");
                    public ServiceBusClient Bus(IConfiguration config)
                    {
                        var connection = config.GetConnectionString("Orders")!;
                        return new ServiceBusClient({|#1:connection|});
                    }
                    public BlobServiceClient Shared(IConfiguration config) =>
                        new BlobServiceClient(new Uri("https://contoso.blob.core.windows.net"), {|#2:new StorageSharedKeyCredential("contoso", config["Storage:Key"])|});
                    public BlobContainerClient Sas(Uri uri, AzureSasCredential sas) => new BlobContainerClient(uri, {|#3:sas|});
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("QueueClient", "a connection string", "environment variable 'QUEUE_CONNECTION'", "Storage Queue Data Contributor", Returned + NoFix),
                Verify.Diagnostic().WithLocation(1).WithArguments("ServiceBusClient", "a connection string", "configuration key 'ConnectionStrings:Orders'", ServiceBusRole, Returned + NoFix),
                Verify.Diagnostic().WithLocation(2).WithArguments("BlobServiceClient", "a shared key credential", "configuration key 'Storage:Key'", BlobRole, Returned),
                Verify.Diagnostic().WithLocation(3).WithArguments("BlobContainerClient", "an AzureSasCredential", "run time", BlobRole, Returned + KeyNotAtClient));

        [Fact]
        public Task AppConfiguration_FromSetting_IsReported() =>
            Verify.VerifyAnalyzerAsync(
                """
                using Azure.Data.AppConfiguration;
                using Microsoft.Extensions.Configuration;

                class Settings
                {
                    public ConfigurationClient Create(IConfiguration config)
                    {
                        ConfigurationClient client = new({|#0:config.GetValue<string>("AppConfig")|});
                        return client;
                    }
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("ConfigurationClient", "a connection string", "configuration key 'AppConfig'",
                    "App Configuration Data Reader (App Configuration Data Owner to write)", Returned));

        [Fact]
        public Task TokenOverloads_AreNotReported() =>
            Verify.VerifyAnalyzerAsync(
                """
                using System;
                using Azure.Identity;
                using Azure.Messaging.ServiceBus;
                using Azure.Storage.Blobs;
                using Microsoft.Azure.Cosmos;
                using Microsoft.Extensions.Configuration;

                class Clients
                {
                    public BlobServiceClient Blob(IConfiguration config) => new BlobServiceClient(new Uri(config["Storage:BlobServiceUri"]!), new DefaultAzureCredential());
                    public ServiceBusClient Bus(IConfiguration config) => new ServiceBusClient(config["Bus:Namespace"], new DefaultAzureCredential());
                    public CosmosClient Cosmos(IConfiguration config) => new CosmosClient(config["Cosmos:Endpoint"], new DefaultAzureCredential());
                    public BlobContainerClient Anonymous(Uri uri) => new BlobContainerClient(uri);
                }
                """);

        [Fact]
        public Task LiteralSecretsAndTheEmulator_BelongToOtherRules() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System;
                using Azure.Storage;
                using Azure.Storage.Blobs;
                using Microsoft.Azure.Cosmos;

                class Clients
                {
                    private const string Connection = "{{StorageCs}}";
                    public BlobServiceClient Literal() => new BlobServiceClient("{{StorageCs}}");
                    public BlobServiceClient Constant() => new BlobServiceClient(Connection);
                    public BlobServiceClient Emulator() => new BlobServiceClient("UseDevelopmentStorage=true");
                    public BlobServiceClient Key() => new BlobServiceClient(new Uri("https://contoso.blob.core.windows.net"), new StorageSharedKeyCredential("contoso", "{{CosmosKey}}"));
                    public CosmosClient Cosmos() => new CosmosClient("https://contoso.documents.azure.com:443/", "{{CosmosKey}}");
                }
                """);

        [Fact]
        public Task NonAzureTypesAndOtherRegistrations_AreNotReported() =>
            Verify.VerifyAnalyzerAsync(
                """
                using Microsoft.Extensions.Azure;
                using Microsoft.Extensions.Configuration;
                using Microsoft.Extensions.DependencyInjection;

                namespace Local
                {
                    class BlobServiceClient { public BlobServiceClient(string connectionString) { } }
                    static class Extensions { public static void AddServiceBusClient(this IServiceCollection services, string connectionString) { } }

                    class Startup
                    {
                        public void Configure(IServiceCollection services, IConfiguration config)
                        {
                            _ = new BlobServiceClient(config.GetConnectionString("Storage")!);
                            services.AddServiceBusClient(config["Bus"]!);
                            services.AddAzureClients(builder => builder.AddServiceBusClientWithNamespace(config["Bus:Namespace"]!));
                            var other = new System.Net.Http.HttpClient();
                        }
                    }
                }
                """);

        [Fact]
        public Task GeneratedCode_IsNotReported() =>
            Verify.VerifyAnalyzerAsync(
                """
                // <auto-generated/>
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.Configuration;

                class Files
                {
                    public BlobServiceClient Create(IConfiguration config) => new BlobServiceClient(config.GetConnectionString("Storage"));
                }
                """);

        [Theory]
        [InlineData("class C { Azure.Storage.Blobs.BlobServiceClient M(Microsoft.Extensions.Configuration.IConfiguration c) => new Azure.Storage.Blobs.BlobServiceClient(c.GetConnectionString(")]
        [InlineData("class C { object M() => new Azure.Storage.Blobs.BlobServiceClient(; }")]
        [InlineData("class C { void M(Microsoft.Extensions.Azure.AzureClientFactoryBuilder b) { b.AddServiceBusClient(connectionString: ); b.AddBlobServiceClient } }")]
        [InlineData("class C { object M(string s) => new Microsoft.Azure.Cosmos.CosmosClient(s, authKeyOrResourceToken: s, ) }")]
        [InlineData("Client Client Client BlobServiceClient")]
        public async Task IncompleteCode_DoesNotThrow(string source)
        {
            var result = await RunAsync(source);

            Assert.False(result.HasFailures, result.FormatFailures());
        }

        [Fact]
        public async Task Properties_AreMachineReadable_AndNeverHoldTheSecret()
        {
            var source = """
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.Configuration;

                class Files
                {
                    public BlobServiceClient Create(IConfiguration config) => new BlobServiceClient(config.GetConnectionString("Storage"));
                }
                """;
            var result = await RunAsync(source);

            var diagnostic = Assert.Single(result.AnalyzerDiagnostics);
            Assert.Equal("ConnectionString", diagnostic.Properties["SecretKind"]);
            Assert.Equal("Storage", diagnostic.Properties["Service"]);
            Assert.Equal(BlobRole, diagnostic.Properties["Role"]);
            Assert.Equal("ClientConstructor", diagnostic.Properties["Sink"]);
            Assert.Equal("ConnectionStrings:Storage", diagnostic.Properties["ConfigurationKey"]);
            Assert.Equal("blob", diagnostic.Properties["ClientPart"]);
            Assert.False(diagnostic.Properties.ContainsKey("Operations"));
            Assert.Equal(
                "BlobServiceClient authenticates with a connection string read from configuration key 'ConnectionStrings:Storage'; authenticate with a managed identity granted 'Storage Blob Data Contributor' and delete the secret. Broadest data role: the client is returned",
                diagnostic.GetMessage());
        }
    

        [Fact]
        public async Task ClientPart_IsThePartOfTheAccountEachClientWorksOn_RegistrationsIncluded()
        {
            var source = """
                using Azure.Data.Tables;
                using Azure.Storage.Blobs;
                using Azure.Storage.Queues;
                using Microsoft.Extensions.Azure;
                using Microsoft.Extensions.Configuration;
                using Microsoft.Extensions.DependencyInjection;

                class Work
                {
                    public BlobContainerClient Container(IConfiguration config) => new BlobContainerClient(config["Storage"], "orders");
                    public QueueClient Queue(IConfiguration config) => new QueueClient(config["Storage"], "orders");
                    public void Add(IServiceCollection services, IConfiguration config) =>
                        services.AddAzureClients(clients => clients.AddTableServiceClient(config["Storage"]));
                }
                """;
            var result = await RunAsync(source);

            Assert.Equal(
                new[] { "blob", "queue", "table" },
                result.AnalyzerDiagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.Properties["ClientPart"]).ToArray());
            Assert.All(result.AnalyzerDiagnostics, d => Assert.Equal("Storage", d.Properties["ConfigurationKey"]));
        }

        [Fact]
        public async Task FixBlocker_IsSet_OnlyWhenTheSecretIsNotReadFromConfigurationAtTheCall()
        {
            var source = """
                using System;
                using Azure;
                using Azure.Messaging.ServiceBus;
                using Microsoft.Extensions.Configuration;

                class Clients
                {
                    private readonly string _fromField;
                    public Clients(IConfiguration config) => _fromField = config["Field"]!;
                    public ServiceBusClient Direct(IConfiguration config) => new ServiceBusClient(config["Bus"]);
                    public ServiceBusClient Wrapped(IConfiguration config) => new ServiceBusClient("contoso.servicebus.windows.net", new AzureSasCredential(config["Bus:Sas"]!));
                    public ServiceBusClient Environment() => new ServiceBusClient(System.Environment.GetEnvironmentVariable("BUS"));
                    public ServiceBusClient Local(IConfiguration config)
                    {
                        var connection = config.GetConnectionString("Bus");
                        return new ServiceBusClient(connection);
                    }
                    public ServiceBusClient Field() => new ServiceBusClient(_fromField);
                }
                """;
            var result = await RunAsync(source);

            var blockers = result.AnalyzerDiagnostics
                .OrderBy(d => d.Location.SourceSpan.Start)
                .Select(d => d.Properties.TryGetValue("FixBlocker", out var blocker) ? blocker : null)
                .ToArray();
            Assert.Equal(new string?[] { null, null, "EndpointUnknown", "EndpointUnknown", "EndpointUnknown" }, blockers);
        }

        [Fact]
        public async Task OperationsProperty_ListsTheCalls()
        {
            var source = """
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.Configuration;

                class Files
                {
                    public void Clean(IConfiguration config)
                    {
                        var container = new BlobContainerClient(config["Files"], "files");
                        container.DeleteBlobIfExists("old");
                        container.GetBlobClient("new").DownloadContent();
                    }
                }
                """;
            var result = await RunAsync(source);

            var diagnostic = Assert.Single(result.AnalyzerDiagnostics);
            Assert.Equal("DeleteBlobIfExists,DownloadContent,GetBlobClient", diagnostic.Properties["Operations"]);
            Assert.Equal(BlobRole, diagnostic.Properties["Role"]);
        }
    }
}
