using System.Threading.Tasks;
using SecretlessAnalyzers.CodeFixes.Common;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.KeyBasedAuthenticationAnalyzer,
    SecretlessAnalyzers.CodeFixes.KeyBased.KeyBasedAuthenticationCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.KeyBased
{
    /// <summary>
    /// SL2001 fix beyond storage: Service Bus, Event Hubs, Cosmos DB, App Configuration and Microsoft.Extensions.Azure
    /// registrations move to their token overloads, the endpoint (and event hub name) read from &lt;Name&gt;:&lt;Kind&gt; settings.
    /// </summary>
    public class KeyBasedClientFixTests
    {
        [Fact]
        public Task ServiceBusClient_UsesFullyQualifiedNamespaceSetting() =>
            Verify.VerifyCodeFixAsync(
                """
                using Azure.Messaging.ServiceBus;
                using Microsoft.Extensions.Configuration;

                class Bus
                {
                    public ServiceBusClient Create(IConfiguration config) => new ServiceBusClient([|config.GetConnectionString("Orders")|]);
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Azure.Messaging.ServiceBus;
                using Microsoft.Extensions.Configuration;

                class Bus
                {
                    public ServiceBusClient Create(IConfiguration config) => new ServiceBusClient(config["Orders:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Orders:FullyQualifiedNamespace"), new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task ServiceBusClient_WithOptions_ManagedIdentity_KeepsOptionsLast() =>
            new Verify.Test
            {
                TestCode = """
                    using Azure.Messaging.ServiceBus;
                    using Microsoft.Extensions.Configuration;

                    class Bus
                    {
                        public ServiceBusClient Create(IConfiguration config, ServiceBusClientOptions options) => new ServiceBusClient([|config["Bus"]!|], options);
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Messaging.ServiceBus;
                    using Microsoft.Extensions.Configuration;

                    class Bus
                    {
                        public ServiceBusClient Create(IConfiguration config, ServiceBusClientOptions options) => new ServiceBusClient(config["Bus:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Bus:FullyQualifiedNamespace"), new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned), options);
                    }
                    """,
                CodeActionEquivalenceKey = CredentialActions.UseManagedIdentityCredentialKey,
            }.RunAsync();

        [Fact]
        public Task ServiceBusAdministrationClient_SecondAction_IsManagedIdentity() =>
            new Verify.Test
            {
                TestCode = """
                    using Azure.Messaging.ServiceBus.Administration;
                    using Microsoft.Extensions.Configuration;

                    class Admin
                    {
                        public ServiceBusAdministrationClient Create(IConfiguration config) => new ServiceBusAdministrationClient([|config["ConnectionStrings:Bus"]|]);
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Messaging.ServiceBus.Administration;
                    using Microsoft.Extensions.Configuration;

                    class Admin
                    {
                        public ServiceBusAdministrationClient Create(IConfiguration config) => new ServiceBusAdministrationClient(config["Bus:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Bus:FullyQualifiedNamespace"), new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned));
                    }
                    """,
                CodeActionIndex = 1,
            }.RunAsync();

        [Fact]
        public Task EventHubProducerClient_WithName_KeepsTheName() =>
            Verify.VerifyCodeFixAsync(
                """
                using Azure.Messaging.EventHubs.Producer;
                using Microsoft.Extensions.Configuration;

                class Telemetry
                {
                    public EventHubProducerClient Create(IConfiguration config) => new EventHubProducerClient([|config.GetConnectionString("Hub")|], "telemetry");
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Azure.Messaging.EventHubs.Producer;
                using Microsoft.Extensions.Configuration;

                class Telemetry
                {
                    public EventHubProducerClient Create(IConfiguration config) => new EventHubProducerClient(config["Hub:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Hub:FullyQualifiedNamespace"), "telemetry", new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task EventHubProducerClient_WithoutName_ReadsEventHubNameSetting() =>
            new Verify.Test
            {
                TestCode = """
                using Azure.Messaging.EventHubs.Producer;
                using Microsoft.Extensions.Configuration;

                class Telemetry
                {
                    public EventHubProducerClient Plain(IConfiguration config) => new EventHubProducerClient([|config["Hub"]|]);
                    public EventHubProducerClient WithOptions(IConfiguration config, EventHubProducerClientOptions options) =>
                        new EventHubProducerClient([|config["Hub"]|], options);
                }
                """,
                FixedCode = """
                using System;
                using Azure.Identity;
                using Azure.Messaging.EventHubs.Producer;
                using Microsoft.Extensions.Configuration;

                class Telemetry
                {
                    public EventHubProducerClient Plain(IConfiguration config) => new EventHubProducerClient(config["Hub:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Hub:FullyQualifiedNamespace"), config["Hub:EventHubName"] ?? throw new InvalidOperationException("Missing setting Hub:EventHubName"), new DefaultAzureCredential());
                    public EventHubProducerClient WithOptions(IConfiguration config, EventHubProducerClientOptions options) =>
                        new EventHubProducerClient(config["Hub:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Hub:FullyQualifiedNamespace"), config["Hub:EventHubName"] ?? throw new InvalidOperationException("Missing setting Hub:EventHubName"), new DefaultAzureCredential(), options);
                }
                """,
                BatchFixedCode = """
                using System;
                using Azure.Identity;
                using Azure.Messaging.EventHubs.Producer;
                using Microsoft.Extensions.Configuration;

                class Telemetry
                {
                    private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                    public EventHubProducerClient Plain(IConfiguration config) => new EventHubProducerClient(config["Hub:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Hub:FullyQualifiedNamespace"), config["Hub:EventHubName"] ?? throw new InvalidOperationException("Missing setting Hub:EventHubName"), AzureCredential);
                    public EventHubProducerClient WithOptions(IConfiguration config, EventHubProducerClientOptions options) =>
                        new EventHubProducerClient(config["Hub:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Hub:FullyQualifiedNamespace"), config["Hub:EventHubName"] ?? throw new InvalidOperationException("Missing setting Hub:EventHubName"), AzureCredential, options);
                }
                """,
            }.RunAsync();

        [Fact]
        public Task EventHubConsumerAndProcessor_KeepConsumerGroupAndCheckpointStore() =>
            new Verify.Test
            {
                TestCode = """
                using Azure.Messaging.EventHubs;
                using Azure.Messaging.EventHubs.Consumer;
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.Configuration;

                class Readers
                {
                    public EventHubConsumerClient Consumer(IConfiguration config) =>
                        new EventHubConsumerClient(EventHubConsumerClient.DefaultConsumerGroupName, [|config["Hub"]|], "telemetry");
                    public EventProcessorClient Processor(IConfiguration config, BlobContainerClient store) =>
                        new EventProcessorClient(store, "$Default", [|config["Hub"]|]);
                }
                """,
                FixedCode = """
                using System;
                using Azure.Identity;
                using Azure.Messaging.EventHubs;
                using Azure.Messaging.EventHubs.Consumer;
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.Configuration;

                class Readers
                {
                    public EventHubConsumerClient Consumer(IConfiguration config) =>
                        new EventHubConsumerClient(EventHubConsumerClient.DefaultConsumerGroupName, config["Hub:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Hub:FullyQualifiedNamespace"), "telemetry", new DefaultAzureCredential());
                    public EventProcessorClient Processor(IConfiguration config, BlobContainerClient store) =>
                        new EventProcessorClient(store, "$Default", config["Hub:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Hub:FullyQualifiedNamespace"), config["Hub:EventHubName"] ?? throw new InvalidOperationException("Missing setting Hub:EventHubName"), new DefaultAzureCredential());
                }
                """,
                BatchFixedCode = """
                using System;
                using Azure.Identity;
                using Azure.Messaging.EventHubs;
                using Azure.Messaging.EventHubs.Consumer;
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.Configuration;

                class Readers
                {
                    private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                    public EventHubConsumerClient Consumer(IConfiguration config) =>
                        new EventHubConsumerClient(EventHubConsumerClient.DefaultConsumerGroupName, config["Hub:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Hub:FullyQualifiedNamespace"), "telemetry", AzureCredential);
                    public EventProcessorClient Processor(IConfiguration config, BlobContainerClient store) =>
                        new EventProcessorClient(store, "$Default", config["Hub:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Hub:FullyQualifiedNamespace"), config["Hub:EventHubName"] ?? throw new InvalidOperationException("Missing setting Hub:EventHubName"), AzureCredential);
                }
                """,
            }.RunAsync();

        [Fact]
        public Task CosmosClient_FromConnectionString_UsesAccountEndpointSetting() =>
            new Verify.Test
            {
                TestCode = """
                using Microsoft.Azure.Cosmos;
                using Microsoft.Extensions.Configuration;

                class Data
                {
                    public CosmosClient Plain(IConfiguration config) => new CosmosClient([|config.GetConnectionString("Cosmos")|]);
                    public CosmosClient WithOptions(IConfiguration config) => new CosmosClient([|config.GetConnectionString("Cosmos")|], new CosmosClientOptions());
                }
                """,
                FixedCode = """
                using System;
                using Azure.Identity;
                using Microsoft.Azure.Cosmos;
                using Microsoft.Extensions.Configuration;

                class Data
                {
                    public CosmosClient Plain(IConfiguration config) => new CosmosClient(config["Cosmos:AccountEndpoint"] ?? throw new InvalidOperationException("Missing setting Cosmos:AccountEndpoint"), new DefaultAzureCredential());
                    public CosmosClient WithOptions(IConfiguration config) => new CosmosClient(config["Cosmos:AccountEndpoint"] ?? throw new InvalidOperationException("Missing setting Cosmos:AccountEndpoint"), new DefaultAzureCredential(), new CosmosClientOptions());
                }
                """,
                BatchFixedCode = """
                using System;
                using Azure.Identity;
                using Microsoft.Azure.Cosmos;
                using Microsoft.Extensions.Configuration;

                class Data
                {
                    private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                    public CosmosClient Plain(IConfiguration config) => new CosmosClient(config["Cosmos:AccountEndpoint"] ?? throw new InvalidOperationException("Missing setting Cosmos:AccountEndpoint"), AzureCredential);
                    public CosmosClient WithOptions(IConfiguration config) => new CosmosClient(config["Cosmos:AccountEndpoint"] ?? throw new InvalidOperationException("Missing setting Cosmos:AccountEndpoint"), AzureCredential, new CosmosClientOptions());
                }
                """,
            }.RunAsync();

        [Fact]
        public Task CosmosClient_EndpointAndKey_KeyBecomesTheCredential() =>
            new Verify.Test
            {
                TestCode = """
                    using Microsoft.Azure.Cosmos;
                    using Microsoft.Extensions.Configuration;

                    class Data
                    {
                        public CosmosClient Create(IConfiguration config) =>
                            new CosmosClient("https://contoso.documents.azure.com:443/", [|config["Cosmos:Key"]|], new CosmosClientOptions { ApplicationName = "orders" });
                    }
                    """,
                FixedCode = """
                    using Azure.Identity;
                    using Microsoft.Azure.Cosmos;
                    using Microsoft.Extensions.Configuration;

                    class Data
                    {
                        public CosmosClient Create(IConfiguration config) =>
                            new CosmosClient("https://contoso.documents.azure.com:443/", new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned), new CosmosClientOptions { ApplicationName = "orders" });
                    }
                    """,
                CodeActionEquivalenceKey = CredentialActions.UseManagedIdentityCredentialKey,
            }.RunAsync();

        [Fact]
        public Task ConfigurationClient_UsesEndpointSettingAsUri() =>
            new Verify.Test
            {
                TestCode = """
                using Azure.Data.AppConfiguration;
                using Microsoft.Extensions.Configuration;

                class Settings
                {
                    public ConfigurationClient Plain(IConfiguration config) => new ConfigurationClient([|config["AppConfig"]|]);
                    public ConfigurationClient WithOptions(IConfiguration config) => new ConfigurationClient([|config.GetConnectionString("AppConfig")|], new ConfigurationClientOptions());
                }
                """,
                FixedCode = """
                using System;
                using Azure.Data.AppConfiguration;
                using Azure.Identity;
                using Microsoft.Extensions.Configuration;

                class Settings
                {
                    public ConfigurationClient Plain(IConfiguration config) => new ConfigurationClient(new Uri(config["AppConfig:Endpoint"] ?? throw new InvalidOperationException("Missing setting AppConfig:Endpoint")), new DefaultAzureCredential());
                    public ConfigurationClient WithOptions(IConfiguration config) => new ConfigurationClient(new Uri(config["AppConfig:Endpoint"] ?? throw new InvalidOperationException("Missing setting AppConfig:Endpoint")), new DefaultAzureCredential(), new ConfigurationClientOptions());
                }
                """,
                BatchFixedCode = """
                using System;
                using Azure.Data.AppConfiguration;
                using Azure.Identity;
                using Microsoft.Extensions.Configuration;

                class Settings
                {
                    private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                    public ConfigurationClient Plain(IConfiguration config) => new ConfigurationClient(new Uri(config["AppConfig:Endpoint"] ?? throw new InvalidOperationException("Missing setting AppConfig:Endpoint")), AzureCredential);
                    public ConfigurationClient WithOptions(IConfiguration config) => new ConfigurationClient(new Uri(config["AppConfig:Endpoint"] ?? throw new InvalidOperationException("Missing setting AppConfig:Endpoint")), AzureCredential, new ConfigurationClientOptions());
                }
                """,
            }.RunAsync();

        [Fact]
        public Task Registrations_MoveToTokenRegistrationsWithCredential() =>
            new Verify.Test
            {
                TestCode = """
                    using Microsoft.Extensions.Azure;
                    using Microsoft.Extensions.Configuration;
                    using Microsoft.Extensions.DependencyInjection;

                    static class Registrations
                    {
                        public static void Add(IServiceCollection services, IConfiguration config) =>
                            services.AddAzureClients(clients =>
                            {
                                clients.AddServiceBusClient([|config["Bus"]|]);
                                clients.AddBlobServiceClient([|config.GetConnectionString("Storage")|]).WithName("files");
                                clients.AddEventHubProducerClient([|config["Hub"]|], "telemetry");
                                clients.AddEventHubConsumerClient("$Default", [|config["Hub"]|]);
                            });
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Identity;
                    using Microsoft.Extensions.Azure;
                    using Microsoft.Extensions.Configuration;
                    using Microsoft.Extensions.DependencyInjection;

                    static class Registrations
                    {
                        public static void Add(IServiceCollection services, IConfiguration config) =>
                            services.AddAzureClients(clients =>
                            {
                                clients.AddServiceBusClientWithNamespace(config["Bus:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Bus:FullyQualifiedNamespace")).WithCredential(new DefaultAzureCredential());
                                clients.AddBlobServiceClient(new Uri(config["Storage:BlobServiceUri"] ?? throw new InvalidOperationException("Missing setting Storage:BlobServiceUri"))).WithCredential(new DefaultAzureCredential()).WithName("files");
                                clients.AddEventHubProducerClientWithNamespace(config["Hub:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Hub:FullyQualifiedNamespace"), "telemetry").WithCredential(new DefaultAzureCredential());
                                clients.AddEventHubConsumerClientWithNamespace("$Default", config["Hub:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Hub:FullyQualifiedNamespace"), config["Hub:EventHubName"] ?? throw new InvalidOperationException("Missing setting Hub:EventHubName")).WithCredential(new DefaultAzureCredential());
                            });
                    }
                    """,
                BatchFixedCode = """
                    using System;
                    using Azure.Identity;
                    using Microsoft.Extensions.Azure;
                    using Microsoft.Extensions.Configuration;
                    using Microsoft.Extensions.DependencyInjection;

                    static class Registrations
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        public static void Add(IServiceCollection services, IConfiguration config) =>
                            services.AddAzureClients(clients =>
                            {
                                clients.AddServiceBusClientWithNamespace(config["Bus:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Bus:FullyQualifiedNamespace")).WithCredential(AzureCredential);
                                clients.AddBlobServiceClient(new Uri(config["Storage:BlobServiceUri"] ?? throw new InvalidOperationException("Missing setting Storage:BlobServiceUri"))).WithCredential(AzureCredential).WithName("files");
                                clients.AddEventHubProducerClientWithNamespace(config["Hub:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Hub:FullyQualifiedNamespace"), "telemetry").WithCredential(AzureCredential);
                                clients.AddEventHubConsumerClientWithNamespace("$Default", config["Hub:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Hub:FullyQualifiedNamespace"), config["Hub:EventHubName"] ?? throw new InvalidOperationException("Missing setting Hub:EventHubName")).WithCredential(AzureCredential);
                            });
                    }
                    """,
            }.RunAsync();

        [Fact]
        public Task Registration_ManagedIdentity_IsSetOnTheClientEvenWithABuilderCredential() =>
            new Verify.Test
            {
                TestCode = """
                    using Azure.Identity;
                    using Microsoft.Extensions.Azure;
                    using Microsoft.Extensions.Configuration;
                    using Microsoft.Extensions.DependencyInjection;

                    static class Registrations
                    {
                        public static void Add(IServiceCollection services, IConfiguration config) =>
                            services.AddAzureClients(clients =>
                            {
                                clients.UseCredential(new DefaultAzureCredential());
                                clients.AddQueueServiceClient([|config["Queues"]|]);
                            });
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Identity;
                    using Microsoft.Extensions.Azure;
                    using Microsoft.Extensions.Configuration;
                    using Microsoft.Extensions.DependencyInjection;

                    static class Registrations
                    {
                        public static void Add(IServiceCollection services, IConfiguration config) =>
                            services.AddAzureClients(clients =>
                            {
                                clients.UseCredential(new DefaultAzureCredential());
                                clients.AddQueueServiceClient(new Uri(config["Queues:QueueServiceUri"] ?? throw new InvalidOperationException("Missing setting Queues:QueueServiceUri"))).WithCredential(new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned));
                            });
                    }
                    """,
                CodeActionEquivalenceKey = CredentialActions.UseManagedIdentityCredentialKey,
            }.RunAsync();

        [Fact]
        public Task FixAll_AcrossServices_SharesOneCredential() =>
            new Verify.Test
            {
                TestCode = """
                    using Azure.Data.AppConfiguration;
                    using Azure.Messaging.EventHubs.Producer;
                    using Azure.Messaging.ServiceBus;
                    using Microsoft.Azure.Cosmos;
                    using Microsoft.Extensions.Configuration;

                    class Clients
                    {
                        public ServiceBusClient Bus(IConfiguration config) => new ServiceBusClient([|config["Bus"]|]);
                        public EventHubProducerClient Hub(IConfiguration config) => new EventHubProducerClient([|config["Hub"]|], "telemetry");
                        public CosmosClient Cosmos(IConfiguration config) => new CosmosClient([|config["Cosmos"]|]);
                        public ConfigurationClient Settings(IConfiguration config) => new ConfigurationClient([|config["AppConfig"]|]);
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Data.AppConfiguration;
                    using Azure.Identity;
                    using Azure.Messaging.EventHubs.Producer;
                    using Azure.Messaging.ServiceBus;
                    using Microsoft.Azure.Cosmos;
                    using Microsoft.Extensions.Configuration;

                    class Clients
                    {
                        public ServiceBusClient Bus(IConfiguration config) => new ServiceBusClient(config["Bus:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Bus:FullyQualifiedNamespace"), new DefaultAzureCredential());
                        public EventHubProducerClient Hub(IConfiguration config) => new EventHubProducerClient(config["Hub:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Hub:FullyQualifiedNamespace"), "telemetry", new DefaultAzureCredential());
                        public CosmosClient Cosmos(IConfiguration config) => new CosmosClient(config["Cosmos:AccountEndpoint"] ?? throw new InvalidOperationException("Missing setting Cosmos:AccountEndpoint"), new DefaultAzureCredential());
                        public ConfigurationClient Settings(IConfiguration config) => new ConfigurationClient(new Uri(config["AppConfig:Endpoint"] ?? throw new InvalidOperationException("Missing setting AppConfig:Endpoint")), new DefaultAzureCredential());
                    }
                    """,
                BatchFixedCode = """
                    using System;
                    using Azure.Data.AppConfiguration;
                    using Azure.Identity;
                    using Azure.Messaging.EventHubs.Producer;
                    using Azure.Messaging.ServiceBus;
                    using Microsoft.Azure.Cosmos;
                    using Microsoft.Extensions.Configuration;

                    class Clients
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        public ServiceBusClient Bus(IConfiguration config) => new ServiceBusClient(config["Bus:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Bus:FullyQualifiedNamespace"), AzureCredential);
                        public EventHubProducerClient Hub(IConfiguration config) => new EventHubProducerClient(config["Hub:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Hub:FullyQualifiedNamespace"), "telemetry", AzureCredential);
                        public CosmosClient Cosmos(IConfiguration config) => new CosmosClient(config["Cosmos:AccountEndpoint"] ?? throw new InvalidOperationException("Missing setting Cosmos:AccountEndpoint"), AzureCredential);
                        public ConfigurationClient Settings(IConfiguration config) => new ConfigurationClient(new Uri(config["AppConfig:Endpoint"] ?? throw new InvalidOperationException("Missing setting AppConfig:Endpoint")), AzureCredential);
                    }
                    """,
            }.RunAsync();

        [Fact]
        public Task NoFix_EnvironmentLocalUnknownOverloadAndStaticRegistration()
        {
            // Reported, and left as it is.
            const string Source = """
                using System;
                using Azure.Messaging.EventHubs.Producer;
                using Azure.Messaging.ServiceBus;
                using Microsoft.Azure.Cosmos;
                using Microsoft.Azure.Cosmos.Fluent;
                using Microsoft.Extensions.Azure;
                using Microsoft.Extensions.Configuration;

                class Clients
                {
                    public ServiceBusClient FromEnvironment() => new ServiceBusClient([|Environment.GetEnvironmentVariable("BUS")|]);
                    public EventHubProducerClient FromLocal(IConfiguration config)
                    {
                        var connection = config["Hub"];
                        return new EventHubProducerClient([|connection|], "telemetry");
                    }
                    public CosmosClient FromParameter(string connectionString) => new CosmosClient([|connectionString|]);
                    public CosmosClientBuilder Builder(IConfiguration config) => new CosmosClientBuilder([|config["Cosmos"]|]);
                    public ServiceBusClient FromSection(IConfiguration config) => new ServiceBusClient([|config.GetSection("Bus").Value|]);
                    public void Register(AzureClientFactoryBuilder clients, IConfiguration config) =>
                        ServiceBusClientBuilderExtensions.AddServiceBusClient(clients, [|config["Bus"]|]);
                }
                """;
            return Verify.VerifyCodeFixAsync(Source, Source);
        }

        [Fact]
        public Task IncompleteCall_IsFixedWithoutAddingErrors() =>
            new Verify.Test
            {
                TestCode = """
                    using Azure.Messaging.ServiceBus;
                    using Microsoft.Extensions.Configuration;

                    class Bus
                    {
                        public ServiceBusClient Create(IConfiguration config) => new ServiceBusClient([|config["Bus"]|]{|CS1026:|}{|CS1002:|}
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Messaging.ServiceBus;
                    using Microsoft.Extensions.Configuration;

                    class Bus
                    {
                        public ServiceBusClient Create(IConfiguration config) => new ServiceBusClient(config["Bus:FullyQualifiedNamespace"] ?? throw new InvalidOperationException("Missing setting Bus:FullyQualifiedNamespace"), new DefaultAzureCredential(){|CS1026:|}{|CS1002:|}
                    }
                    """,
            }.RunAsync();

        [Fact]
        public Task NoFix_RegistrationOnABuilderWithoutCredentials()
        {
            // Reported, and left as it is.
            const string Source = """
                using Azure.Core.Extensions;
                using Microsoft.Extensions.Azure;
                using Microsoft.Extensions.Configuration;

                static class Registrations
                {
                    // The token registrations need IAzureClientFactoryBuilderWithCredential.
                    public static void Add<TBuilder>(TBuilder clients, IConfiguration config)
                        where TBuilder : IAzureClientFactoryBuilder =>
                        clients.AddServiceBusClient([|config["Bus"]|]);
                }
                """;
            return Verify.VerifyCodeFixAsync(Source, Source);
        }

        [Fact]
        public Task CosmosClientBuilder_EndpointAndKey_KeyBecomesTheCredential() =>
            Verify.VerifyCodeFixAsync(
                """
                using Microsoft.Azure.Cosmos.Fluent;
                using Microsoft.Extensions.Configuration;

                class Data
                {
                    public CosmosClientBuilder Create(IConfiguration config) => new CosmosClientBuilder(config["Cosmos:Endpoint"], [|config["Cosmos:Key"]|]);
                }
                """,
                """
                using Azure.Identity;
                using Microsoft.Azure.Cosmos.Fluent;
                using Microsoft.Extensions.Configuration;

                class Data
                {
                    public CosmosClientBuilder Create(IConfiguration config) => new CosmosClientBuilder(config["Cosmos:Endpoint"], new DefaultAzureCredential());
                }
                """);
    }
}
