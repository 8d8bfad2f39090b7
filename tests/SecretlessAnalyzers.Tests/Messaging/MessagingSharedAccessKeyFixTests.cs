using System.Threading.Tasks;
using SecretlessAnalyzers.CodeFixes.Common;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.MessagingSharedAccessKeyAnalyzer,
    SecretlessAnalyzers.CodeFixes.Messaging.MessagingSharedAccessKeyCodeFixProvider>;
using VerifyStorage = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.StorageAccountKeyAnalyzer,
    SecretlessAnalyzers.CodeFixes.Storage.StorageAccountKeyCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Messaging
{
    /// <summary>SL1002 code fix: each client and registration, credential objects, entity names, both credentials, fix-all, no-fix cases.</summary>
    public class MessagingSharedAccessKeyFixTests
    {
        private static readonly string Key = FakeSecrets.SharedAccessKey();
        private static readonly string Cs = FakeSecrets.MessagingConnectionString("contoso", "Send");
        private static readonly string HubCs = FakeSecrets.MessagingConnectionString("contoso", "Send", "telemetry");

        [Fact]
        public Task ServiceBusClient_BecomesNamespaceAndDefaultAzureCredential() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Azure.Messaging.ServiceBus;

                class Orders
                {
                    public ServiceBusClient Create() => new ServiceBusClient({|SL1002:"{{Cs}}"|});
                }
                """,
                """
                using Azure.Identity;
                using Azure.Messaging.ServiceBus;

                class Orders
                {
                    public ServiceBusClient Create() => new ServiceBusClient("contoso.servicebus.windows.net", new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task ServiceBusClient_OptionsAreKept() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Azure.Messaging.ServiceBus;

                class Orders
                {
                    public ServiceBusClient Create(ServiceBusClientOptions options) =>
                        new ServiceBusClient({|SL1002:"{{Cs}}"|}, options);
                }
                """,
                """
                using Azure.Identity;
                using Azure.Messaging.ServiceBus;

                class Orders
                {
                    public ServiceBusClient Create(ServiceBusClientOptions options) =>
                        new ServiceBusClient("contoso.servicebus.windows.net", new DefaultAzureCredential(), options);
                }
                """);

        [Fact]
        public Task ServiceBusClient_EntityPathIsKeptInAComment() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Azure.Messaging.ServiceBus;

                class Orders
                {
                    public ServiceBusSender Sender()
                    {
                        var client = new ServiceBusClient({|SL1002:"{{FakeSecrets.MessagingConnectionString("contoso", "Send", "orders")}}"|});
                        return client.CreateSender("orders");
                    }
                }
                """,
                """
                using Azure.Identity;
                using Azure.Messaging.ServiceBus;

                class Orders
                {
                    public ServiceBusSender Sender()
                    {
                        // EntityPath of the removed connection string: "orders" (the queue or topic to pass to CreateSender / CreateReceiver).
                        var client = new ServiceBusClient("contoso.servicebus.windows.net", new DefaultAzureCredential());
                        return client.CreateSender("orders");
                    }
                }
                """);

        [Fact]
        public Task ServiceBusAdministrationClient_IsRewritten() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Azure.Messaging.ServiceBus.Administration;

                class Provisioning
                {
                    public ServiceBusAdministrationClient Create() => new ServiceBusAdministrationClient({|SL1002:"{{Cs}}"|});
                }
                """,
                """
                using Azure.Identity;
                using Azure.Messaging.ServiceBus.Administration;

                class Provisioning
                {
                    public ServiceBusAdministrationClient Create() => new ServiceBusAdministrationClient("contoso.servicebus.windows.net", new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task EventHubProducerClient_HubComesFromEntityPath() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Azure.Messaging.EventHubs.Producer;

                class Telemetry
                {
                    public EventHubProducerClient Create() => new EventHubProducerClient({|SL1002:"{{HubCs}}"|});
                }
                """,
                """
                using Azure.Identity;
                using Azure.Messaging.EventHubs.Producer;

                class Telemetry
                {
                    public EventHubProducerClient Create() => new EventHubProducerClient("contoso.servicebus.windows.net", "telemetry", new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task EventHubBufferedProducerClient_KeepsHubArgumentAndOptions() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Azure.Messaging.EventHubs.Producer;

                class Telemetry
                {
                    public EventHubBufferedProducerClient Create(string hub, EventHubBufferedProducerClientOptions options) =>
                        new EventHubBufferedProducerClient({|SL1002:"{{Cs}}"|}, hub, options);
                }
                """,
                """
                using Azure.Identity;
                using Azure.Messaging.EventHubs.Producer;

                class Telemetry
                {
                    public EventHubBufferedProducerClient Create(string hub, EventHubBufferedProducerClientOptions options) =>
                        new EventHubBufferedProducerClient("contoso.servicebus.windows.net", hub, new DefaultAzureCredential(), options);
                }
                """);

        [Fact]
        public Task EventHubConsumerClient_KeepsConsumerGroupFirst_NamedArgumentsBecomePositional() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Azure.Messaging.EventHubs.Consumer;

                class Telemetry
                {
                    public EventHubConsumerClient Create() =>
                        new EventHubConsumerClient(EventHubConsumerClient.DefaultConsumerGroupName, eventHubName: "telemetry", connectionString: {|SL1002:"{{Cs}}"|});
                }
                """,
                """
                using Azure.Identity;
                using Azure.Messaging.EventHubs.Consumer;

                class Telemetry
                {
                    public EventHubConsumerClient Create() =>
                        new EventHubConsumerClient(EventHubConsumerClient.DefaultConsumerGroupName, "contoso.servicebus.windows.net", "telemetry", new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task EventProcessorClient_IsRewritten_CheckpointStoreKept() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Azure.Messaging.EventHubs;
                using Azure.Storage.Blobs;

                class Telemetry
                {
                    public EventProcessorClient Create(BlobContainerClient checkpoints) =>
                        new EventProcessorClient(checkpoints, "$Default", {|SL1002:"{{HubCs}}"|});
                }
                """,
                """
                using Azure.Identity;
                using Azure.Messaging.EventHubs;
                using Azure.Storage.Blobs;

                class Telemetry
                {
                    public EventProcessorClient Create(BlobContainerClient checkpoints) =>
                        new EventProcessorClient(checkpoints, "$Default", "contoso.servicebus.windows.net", "telemetry", new DefaultAzureCredential());
                }
                """);

        /// <summary>The checkpoint store's storage key is SL1001's: its fix completes the migration in the same fix-all.</summary>
        [Fact]
        public async Task EventProcessorClient_InlineCheckpointStore_IsMigratedByTheStorageFix()
        {
            var storage = FakeSecrets.StorageConnectionString("contosocheckpoints");
            var afterMessagingFix = $$"""
                using Azure.Identity;
                using Azure.Messaging.EventHubs;
                using Azure.Storage.Blobs;

                class Telemetry
                {
                    public EventProcessorClient Create() =>
                        new EventProcessorClient(new BlobContainerClient("{{storage}}", "checkpoints"), "$Default", "contoso.servicebus.windows.net", "telemetry", new DefaultAzureCredential());
                }
                """;
            await Verify.VerifyCodeFixAsync(
                $$"""
                using Azure.Messaging.EventHubs;
                using Azure.Storage.Blobs;

                class Telemetry
                {
                    public EventProcessorClient Create() =>
                        new EventProcessorClient(new BlobContainerClient("{{storage}}", "checkpoints"), "$Default", {|SL1002:"{{HubCs}}"|});
                }
                """,
                afterMessagingFix);
            await VerifyStorage.VerifyCodeFixAsync(
                afterMessagingFix.Replace("\"" + storage + "\"", "{|SL1001:\"" + storage + "\"|}"),
                """
                using System;
                using Azure.Identity;
                using Azure.Messaging.EventHubs;
                using Azure.Storage.Blobs;

                class Telemetry
                {
                    public EventProcessorClient Create() =>
                        new EventProcessorClient(new BlobContainerClient(new Uri("https://contosocheckpoints.blob.core.windows.net/checkpoints"), new DefaultAzureCredential()), "$Default", "contoso.servicebus.windows.net", "telemetry", new DefaultAzureCredential());
                }
                """);
        }

        [Fact]
        public Task Registrations_MoveToWithNamespaceAndWithCredential() =>
            new Verify.Test
            {
                TestCode = $$"""
                    using Microsoft.Extensions.Azure;
                    using Microsoft.Extensions.DependencyInjection;

                    static class Registrations
                    {
                        public static void Add(IServiceCollection services) =>
                            services.AddAzureClients(clients =>
                            {
                                clients.AddServiceBusClient({|SL1002:"{{Cs}}"|});
                                clients.AddEventHubProducerClient({|SL1002:"{{Cs}}"|}, "telemetry");
                                clients.AddEventHubConsumerClient("$Default", {|SL1002:"{{HubCs}}"|});
                                clients.AddServiceBusAdministrationClient({|SL1002:"{{Cs}}"|});
                            });
                    }
                    """,
                FixedCode = """
                    using Azure.Identity;
                    using Microsoft.Extensions.Azure;
                    using Microsoft.Extensions.DependencyInjection;

                    static class Registrations
                    {
                        public static void Add(IServiceCollection services) =>
                            services.AddAzureClients(clients =>
                            {
                                clients.AddServiceBusClientWithNamespace("contoso.servicebus.windows.net").WithCredential(new DefaultAzureCredential());
                                clients.AddEventHubProducerClientWithNamespace("contoso.servicebus.windows.net", "telemetry").WithCredential(new DefaultAzureCredential());
                                clients.AddEventHubConsumerClientWithNamespace("$Default", "contoso.servicebus.windows.net", "telemetry").WithCredential(new DefaultAzureCredential());
                                clients.AddServiceBusAdministrationClientWithNamespace("contoso.servicebus.windows.net").WithCredential(new DefaultAzureCredential());
                            });
                    }
                    """,
                BatchFixedCode = """
                    using Azure.Identity;
                    using Microsoft.Extensions.Azure;
                    using Microsoft.Extensions.DependencyInjection;

                    static class Registrations
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        public static void Add(IServiceCollection services) =>
                            services.AddAzureClients(clients =>
                            {
                                clients.AddServiceBusClientWithNamespace("contoso.servicebus.windows.net").WithCredential(AzureCredential);
                                clients.AddEventHubProducerClientWithNamespace("contoso.servicebus.windows.net", "telemetry").WithCredential(AzureCredential);
                                clients.AddEventHubConsumerClientWithNamespace("$Default", "contoso.servicebus.windows.net", "telemetry").WithCredential(AzureCredential);
                                clients.AddServiceBusAdministrationClientWithNamespace("contoso.servicebus.windows.net").WithCredential(AzureCredential);
                            });
                    }
                    """,
            }.RunAsync();

        [Fact]
        public Task NamedKeyCredential_IsReplacedByTokenCredential() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Azure;
                using Azure.Messaging.ServiceBus;

                class Orders
                {
                    public ServiceBusClient Create() =>
                        new ServiceBusClient("contoso.servicebus.windows.net", new AzureNamedKeyCredential("Send", {|SL1002:"{{Key}}"|}));
                }
                """,
                """
                using Azure;
                using Azure.Identity;
                using Azure.Messaging.ServiceBus;

                class Orders
                {
                    public ServiceBusClient Create() =>
                        new ServiceBusClient("contoso.servicebus.windows.net", new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task NamedKeyCredentialInLocal_LocalRemoved() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Azure;
                using Azure.Messaging.EventHubs.Producer;

                class Telemetry
                {
                    public EventHubProducerClient Create()
                    {
                        var credential = new AzureNamedKeyCredential("Send", {|SL1002:"{{Key}}"|});
                        return new EventHubProducerClient("contoso.servicebus.windows.net", "telemetry", credential);
                    }
                }
                """,
                """
                using Azure;
                using Azure.Identity;
                using Azure.Messaging.EventHubs.Producer;

                class Telemetry
                {
                    public EventHubProducerClient Create()
                    {
                        return new EventHubProducerClient("contoso.servicebus.windows.net", "telemetry", new DefaultAzureCredential());
                    }
                }
                """);

        [Fact]
        public Task SasCredential_IsReplacedByTokenCredential() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Azure;
                using Azure.Messaging.ServiceBus;

                class Orders
                {
                    public ServiceBusClient Create() =>
                        new ServiceBusClient("contoso.servicebus.windows.net", new AzureSasCredential({|SL1002:"{{FakeSecrets.MessagingSasToken()}}"|}));
                }
                """,
                """
                using Azure;
                using Azure.Identity;
                using Azure.Messaging.ServiceBus;

                class Orders
                {
                    public ServiceBusClient Create() =>
                        new ServiceBusClient("contoso.servicebus.windows.net", new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task ConstUsedByTwoClients_BothRewritten_ConstantsRemoved() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Azure.Messaging.ServiceBus;
                using Azure.Messaging.ServiceBus.Administration;

                class Orders
                {
                    private const string Secret = "{{Key}}";
                    private const string ConnectionString = {|SL1002:"Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=" + Secret|};

                    public ServiceBusClient Client() => new ServiceBusClient(ConnectionString);
                    public ServiceBusAdministrationClient Admin() => new ServiceBusAdministrationClient(ConnectionString);
                }
                """,
                """
                using Azure.Identity;
                using Azure.Messaging.ServiceBus;
                using Azure.Messaging.ServiceBus.Administration;

                class Orders
                {
                    public ServiceBusClient Client() => new ServiceBusClient("contoso.servicebus.windows.net", new DefaultAzureCredential());
                    public ServiceBusAdministrationClient Admin() => new ServiceBusAdministrationClient("contoso.servicebus.windows.net", new DefaultAzureCredential());
                }
                """);

        [Fact]
        public async Task ManagedIdentityAction_WritesTheSystemAssignedForm()
        {
            var test = new Verify.Test
            {
                TestCode = $$"""
                    using Azure.Messaging.ServiceBus;

                    class Orders
                    {
                        public ServiceBusClient Create() => new ServiceBusClient({|SL1002:"{{Cs}}"|});
                    }
                    """,
                FixedCode = """
                    using Azure.Identity;
                    using Azure.Messaging.ServiceBus;

                    class Orders
                    {
                        public ServiceBusClient Create() => new ServiceBusClient("contoso.servicebus.windows.net", new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned));
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
                    using Azure.Messaging.EventHubs.Producer;
                    using Azure.Messaging.ServiceBus;

                    class Clients
                    {
                        private static readonly ServiceBusClient Bus = new ServiceBusClient({|SL1002:"{{Cs}}"|});
                        private static readonly EventHubProducerClient Hub = new EventHubProducerClient({|SL1002:"{{HubCs}}"|});
                    }
                    """,
                FixedCode = """
                    using Azure.Identity;
                    using Azure.Messaging.EventHubs.Producer;
                    using Azure.Messaging.ServiceBus;

                    class Clients
                    {
                        private static readonly ServiceBusClient Bus = new ServiceBusClient("contoso.servicebus.windows.net", new DefaultAzureCredential());
                        private static readonly EventHubProducerClient Hub = new EventHubProducerClient("contoso.servicebus.windows.net", "telemetry", new DefaultAzureCredential());
                    }
                    """,
                BatchFixedCode = """
                    using Azure.Identity;
                    using Azure.Messaging.EventHubs.Producer;
                    using Azure.Messaging.ServiceBus;

                    class Clients
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        private static readonly ServiceBusClient Bus = new ServiceBusClient("contoso.servicebus.windows.net", AzureCredential);
                        private static readonly EventHubProducerClient Hub = new EventHubProducerClient("contoso.servicebus.windows.net", "telemetry", AzureCredential);
                    }
                    """,
            };
            await test.RunAsync();
        }

        [Fact]
        public async Task FixAll_RemovedFirstMember_LeavesOneBlankLineAfterTheSharedField()
        {
            var test = new Verify.Test
            {
                TestCode = $$"""
                    using Azure.Messaging.EventHubs.Producer;
                    using Azure.Messaging.ServiceBus;

                    class Orders
                    {
                        // The namespace's root key.
                        private const string ConnectionString = {|SL1002:"{{FakeSecrets.MessagingConnectionString("contoso", entityPath: "orders")}}"|};

                        private readonly ServiceBusClient _bus = new ServiceBusClient(ConnectionString);
                        private readonly EventHubProducerClient _hub = new EventHubProducerClient({|SL1002:"{{HubCs}}"|});
                    }
                    """,
                FixedCode = """
                    using Azure.Identity;
                    using Azure.Messaging.EventHubs.Producer;
                    using Azure.Messaging.ServiceBus;

                    class Orders
                    {
                        // EntityPath of the removed connection string: "orders" (the queue or topic to pass to CreateSender / CreateReceiver).
                        private readonly ServiceBusClient _bus = new ServiceBusClient("contoso.servicebus.windows.net", new DefaultAzureCredential());
                        private readonly EventHubProducerClient _hub = new EventHubProducerClient("contoso.servicebus.windows.net", "telemetry", new DefaultAzureCredential());
                    }
                    """,
                BatchFixedCode = """
                    using Azure.Identity;
                    using Azure.Messaging.EventHubs.Producer;
                    using Azure.Messaging.ServiceBus;

                    class Orders
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        // EntityPath of the removed connection string: "orders" (the queue or topic to pass to CreateSender / CreateReceiver).
                        private readonly ServiceBusClient _bus = new ServiceBusClient("contoso.servicebus.windows.net", AzureCredential);
                        private readonly EventHubProducerClient _hub = new EventHubProducerClient("contoso.servicebus.windows.net", "telemetry", AzureCredential);
                    }
                    """,
            };
            await test.RunAsync();
        }

        [Fact]
        public Task ConnectionStringUsedForSomethingElse_NoFix() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using System;
                using Azure.Messaging.ServiceBus;

                class Orders
                {
                    private const string ConnectionString = {|SL1002:"{{Cs}}"|};

                    public ServiceBusClient Create() => new ServiceBusClient(ConnectionString);
                    public void Log() => Console.WriteLine(ConnectionString.Length);
                }
                """,
                $$"""
                using System;
                using Azure.Messaging.ServiceBus;

                class Orders
                {
                    private const string ConnectionString = {|SL1002:"{{Cs}}"|};

                    public ServiceBusClient Create() => new ServiceBusClient(ConnectionString);
                    public void Log() => Console.WriteLine(ConnectionString.Length);
                }
                """);

        [Fact]
        public Task EventHubUnknown_NoFix() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Azure.Messaging.EventHubs.Consumer;

                class Telemetry
                {
                    public EventHubConsumerClient Create() => new EventHubConsumerClient("$Default", {|SL1002:"{{Cs}}"|});
                }
                """,
                $$"""
                using Azure.Messaging.EventHubs.Consumer;

                class Telemetry
                {
                    public EventHubConsumerClient Create() => new EventHubConsumerClient("$Default", {|SL1002:"{{Cs}}"|});
                }
                """);
    }
}
