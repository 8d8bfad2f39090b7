using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretlessAnalyzers.Messaging;
using Microsoft.CodeAnalysis.Testing;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Messaging.MessagingSharedAccessKeyAnalyzer,
    SecretlessAnalyzers.CodeFixes.Messaging.MessagingSharedAccessKeyCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Messaging
{
    /// <summary>SL1002 detection: every client, registration and credential that receives a key, and what is not a key.</summary>
    public class MessagingSharedAccessKeyAnalyzerTests
    {
        private const string Namespace = "contoso.servicebus.windows.net";
        private const string ServiceBusRole = "Azure Service Bus Data Sender (to send) / Azure Service Bus Data Receiver (to receive)";
        private const string FullControlNote = ". 'RootManageSharedAccessKey' is the namespace's full-control key (manage, send and listen on every entity): rotate it once the code no longer uses it";

        private static readonly string Key = FakeSecrets.SharedAccessKey();
        private static readonly string RootCs = FakeSecrets.MessagingConnectionString("contoso");
        private static readonly string SendCs = FakeSecrets.MessagingConnectionString("contoso", keyName: "Send");

        [Fact]
        public Task Message_NamesNamespaceRedactedKeyRole_AndFullControlPolicy() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure.Messaging.ServiceBus;

                class Orders
                {
                    public ServiceBusClient Create() => new ServiceBusClient({|#0:"{{RootCs}}"|});
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("Shared access key", "Service Bus", Namespace, FakeSecrets.Redacted(Key), ServiceBusRole, FullControlNote));

        [Theory]
        [InlineData("Azure.Messaging.ServiceBus.Administration", "ServiceBusAdministrationClient", "", "Service Bus", "Azure Service Bus Data Owner")]
        [InlineData("Azure.Messaging.EventHubs.Producer", "EventHubProducerClient", ", \"telemetry\"", "Event Hubs", "Azure Event Hubs Data Sender")]
        [InlineData("Azure.Messaging.EventHubs.Producer", "EventHubBufferedProducerClient", ", \"telemetry\"", "Event Hubs", "Azure Event Hubs Data Sender")]
        public Task Message_RoleFollowsTheClient(string ns, string client, string more, string service, string role) =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using {{ns}};

                class C
                {
                    public {{client}} Create() => new {{client}}({|#0:"{{SendCs}}"|}{{more}});
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("Shared access key", service, Namespace, FakeSecrets.Redacted(Key), role, string.Empty));

        [Fact]
        public Task ConsumerAndProcessor_NeedTheReceiverRole() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure.Messaging.EventHubs;
                using Azure.Messaging.EventHubs.Consumer;
                using Azure.Storage.Blobs;

                class Telemetry
                {
                    public EventHubConsumerClient Consumer() => new EventHubConsumerClient("$Default", {|#0:"{{SendCs}}"|}, "telemetry");
                    public EventProcessorClient Processor(BlobContainerClient checkpoints) => new EventProcessorClient(checkpoints, "$Default", {|#1:"{{SendCs}}"|}, "telemetry");
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("Shared access key", "Event Hubs", Namespace, FakeSecrets.Redacted(Key), "Azure Event Hubs Data Receiver", string.Empty),
                Verify.Diagnostic().WithLocation(1).WithArguments("Shared access key", "Event Hubs", Namespace, FakeSecrets.Redacted(Key),
                    "Azure Event Hubs Data Receiver (and Storage Blob Data Contributor on the checkpoint container)", string.Empty));

        [Fact]
        public Task Registrations_AreReported() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Extensions.Azure;
                using Microsoft.Extensions.DependencyInjection;

                static class Registrations
                {
                    public static void Add(IServiceCollection services) =>
                        services.AddAzureClients(clients =>
                        {
                            clients.AddServiceBusClient({|SL1002:"{{SendCs}}"|});
                            clients.AddServiceBusAdministrationClient({|SL1002:"{{SendCs}}"|});
                            clients.AddEventHubProducerClient({|SL1002:"{{SendCs}}"|}, "telemetry");
                            clients.AddEventHubConsumerClient("$Default", {|SL1002:"{{SendCs}}"|}, "telemetry");
                        });
                }
                """);

        [Fact]
        public Task NamedKeyCredential_GivenToAClient_IsReportedAtTheKey() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure;
                using Azure.Messaging.ServiceBus;

                class Orders
                {
                    public ServiceBusClient Create() =>
                        new ServiceBusClient("contoso.servicebus.windows.net", new AzureNamedKeyCredential("RootManageSharedAccessKey", {|#0:"{{Key}}"|}));
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("Shared access key", "Service Bus", Namespace, FakeSecrets.Redacted(Key), ServiceBusRole, FullControlNote));

        [Fact]
        public Task NamedKeyCredential_InALocal_IsFollowedToTheClient() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure;
                using Azure.Messaging.EventHubs.Producer;

                class Telemetry
                {
                    public EventHubProducerClient Create()
                    {
                        var credential = new AzureNamedKeyCredential("Send", {|#0:"{{Key}}"|});
                        return new EventHubProducerClient("contoso.servicebus.windows.net", "telemetry", credential);
                    }
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("Shared access key", "Event Hubs", Namespace, FakeSecrets.Redacted(Key), "Azure Event Hubs Data Sender", string.Empty));

        [Fact]
        public Task SasToken_InSasCredentialAndInConnectionString_AreReported() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure;
                using Azure.Messaging.ServiceBus;

                class Orders
                {
                    public ServiceBusClient FromCredential() => new ServiceBusClient("contoso.servicebus.windows.net", new AzureSasCredential({|#0:"{{FakeSecrets.MessagingSasToken()}}"|}));
                    public ServiceBusClient FromConnectionString() => new ServiceBusClient({|#1:"Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessSignature={{FakeSecrets.MessagingSasToken()}}"|});
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("Shared access signature", "Service Bus", Namespace, FakeSecrets.Redacted(FakeSecrets.SasSignature(4)), ServiceBusRole, string.Empty),
                Verify.Diagnostic().WithLocation(1).WithArguments("Shared access signature", "Service Bus", Namespace, FakeSecrets.Redacted(FakeSecrets.SasSignature(4)), ServiceBusRole, string.Empty));

        [Fact]
        public Task ConstantUsedByAClient_IsReportedOnceWithThatClientsRole() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure.Messaging.EventHubs.Producer;

                class Telemetry
                {
                    private const string Hub = "contoso";
                    private const string Secret = "{{Key}}";
                    private const string ConnectionString = {|#0:"Endpoint=sb://" + Hub + ".servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=" + Secret|};

                    public EventHubProducerClient Create() => new EventHubProducerClient(ConnectionString, "telemetry");
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("Shared access key", "Event Hubs", Namespace, FakeSecrets.Redacted(Key), "Azure Event Hubs Data Sender", string.Empty));

        [Fact]
        public Task InterpolationAndVerbatimStrings_AreReported() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                class Settings
                {
                    private const string Secret = "{{Key}}";
                    public static string Bus => {|SL1002:$"Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey={Secret}"|};
                    public const string Verbatim = {|SL1002:@"{{SendCs}}"|};
                }
                """);

        [Fact]
        public Task RelayConnectionString_InSettings_IsReportedWithoutFix() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using System.Collections.Generic;

                class Settings
                {
                    public Dictionary<string, string> Values { get; } = new Dictionary<string, string>
                    {
                        ["Relay"] = {|SL1002:"{{FakeSecrets.MessagingConnectionString("contoso-relay", "Listen", "hybrid-orders")}}"|},
                    };
                }
                """,
                $$"""
                using System.Collections.Generic;

                class Settings
                {
                    public Dictionary<string, string> Values { get; } = new Dictionary<string, string>
                    {
                        ["Relay"] = {|SL1002:"{{FakeSecrets.MessagingConnectionString("contoso-relay", "Listen", "hybrid-orders")}}"|},
                    };
                }
                """);

        [Theory]
        [InlineData("using Microsoft.Azure.ServiceBus;", "new QueueClient({|#0:\"CS\"|}, \"orders\")", "Microsoft.Azure.ServiceBus", "Azure.Messaging.ServiceBus")]
        [InlineData("using Microsoft.Azure.ServiceBus;", "new TopicClient({|#0:\"CS\"|}, \"orders\")", "Microsoft.Azure.ServiceBus", "Azure.Messaging.ServiceBus")]
        [InlineData("using Microsoft.Azure.ServiceBus;", "new SubscriptionClient({|#0:\"CS\"|}, \"orders\", \"audit\")", "Microsoft.Azure.ServiceBus", "Azure.Messaging.ServiceBus")]
        [InlineData("using Microsoft.Azure.ServiceBus;", "new ServiceBusConnectionStringBuilder({|#0:\"CS\"|})", "Microsoft.Azure.ServiceBus", "Azure.Messaging.ServiceBus")]
        [InlineData("using Microsoft.Azure.ServiceBus.Management;", "new ManagementClient({|#0:\"CS\"|})", "Microsoft.Azure.ServiceBus", "Azure.Messaging.ServiceBus")]
        [InlineData("using Microsoft.Azure.EventHubs;", "EventHubClient.CreateFromConnectionString({|#0:\"CS\"|})", "Microsoft.Azure.EventHubs", "Azure.Messaging.EventHubs")]
        [InlineData("using Microsoft.Azure.EventHubs.Processor;", "new EventProcessorHost(\"telemetry\", \"$Default\", {|#0:\"CS\"|}, \"UseDevelopmentStorage=true\", \"leases\")", "Microsoft.Azure.EventHubs.Processor", "Azure.Messaging.EventHubs.Processor")]
        public Task LegacyClients_AreReportedWithoutFix_AndNameTheReplacement(string usings, string call, string package, string replacement)
        {
            var source = $$"""
                {{usings}}

                class Legacy
                {
                    public object Create() => {{call.Replace("CS", SendCs)}};
                }
                """;
            return Verify.VerifyCodeFixAsync(
                source,
                new[]
                {
                    Verify.Diagnostic().WithLocation(0).WithArguments(
                        "Shared access key", "Service Bus / Event Hubs / Relay", Namespace, FakeSecrets.Redacted(Key), MessagingClients.RoleFor(null),
                        ". " + package + " is retired: move to " + replacement + ", whose clients take a TokenCredential (no automatic fix)"),
                },
                source);
        }

        [Fact]
        public Task NamespaceUnknown_NoFix_MessageSaysWhy() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure.Messaging.ServiceBus;

                class C
                {
                    public ServiceBusClient Create() => new ServiceBusClient({|#0:"SharedAccessKeyName=Send;SharedAccessKey={{Key}}"|});
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("Shared access key", "Service Bus", "(unknown)", FakeSecrets.Redacted(Key), ServiceBusRole,
                    ". No automatic fix: the namespace cannot be derived from the connection string's Endpoint"));

        [Fact]
        public Task EventHubNotNamedAnywhere_NoFix_MessageSaysWhy() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure.Messaging.EventHubs.Producer;

                class C
                {
                    public EventHubProducerClient Create() => new EventHubProducerClient({|#0:"{{SendCs}}"|});
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("Shared access key", "Event Hubs", Namespace, FakeSecrets.Redacted(Key), "Azure Event Hubs Data Sender",
                    ". No automatic fix: neither the connection string (EntityPath) nor the code names the event hub"));

        [Fact]
        public Task AzureIdentityMissing_NoFix_MessageSaysToAddIt()
        {
            var test = new Verify.Test
            {
                TestCode = $$"""
                    namespace Azure.Messaging.ServiceBus
                    {
                        public class ServiceBusClient { public ServiceBusClient(string connectionString) { } }
                    }

                    class C
                    {
                        object Create() => new Azure.Messaging.ServiceBus.ServiceBusClient({|#0:"{{SendCs}}"|});
                    }
                    """,
            };
            test.TestState.AdditionalReferences.Clear();
            test.TestState.AdditionalReferences.AddRange(TestReferences.Framework);
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
                "Shared access key", "Service Bus", Namespace, FakeSecrets.Redacted(Key), ServiceBusRole, ". Add the Azure.Identity package to enable the automatic fix"));
            return test.RunAsync();
        }

        [Fact]
        public Task GeneratedCode_IsStillReported() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                // <auto-generated/>
                class Settings
                {
                    public const string Bus = {|SL1002:"{{SendCs}}"|};
                }
                """);

        [Fact]
        public async Task NeitherMessageNorPropertiesContainTheSecret()
        {
            var source = $$"""
                using Azure.Messaging.EventHubs.Producer;
                class C { EventHubProducerClient Create() => new EventHubProducerClient("{{FakeSecrets.MessagingConnectionString("contoso", "Send", "telemetry")}}"); }
                """;
            var result = await AnalyzerRunner.RunAsync(
                ImmutableArray.Create<DiagnosticAnalyzer>(new MessagingSharedAccessKeyAnalyzer()),
                new[] { ("/0/Test0.cs", source) },
                extraReferences: TestReferences.All);

            var diagnostic = Assert.Single(result.AnalyzerDiagnostics);
            Assert.DoesNotContain(Key.Substring(4, 20), diagnostic.GetMessage());
            Assert.All(diagnostic.Properties.Values, value => Assert.DoesNotContain(Key.Substring(4, 20), value ?? string.Empty));
            Assert.Equal(Namespace, diagnostic.Properties["Resource"]);
            Assert.Equal("telemetry", diagnostic.Properties["EntityPath"]);
            Assert.Equal("Event Hubs", diagnostic.Properties["Service"]);
            Assert.Equal("EventHubs", diagnostic.Properties["ServiceId"]);
            Assert.Equal("MessagingSharedAccessKey", diagnostic.Properties["SecretKind"]);
            Assert.False(diagnostic.Properties.ContainsKey("FixBlocker"));
        }

        [Theory]
        [InlineData("Endpoint=sb://localhost;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=SAS_KEY_VALUE;UseDevelopmentEmulator=true;")]
        [InlineData("Endpoint=sb://127.0.0.1:5672;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=SAS_KEY_VALUE;UseDevelopmentEmulator=true")]
        [InlineData("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=<your-key>")]
        [InlineData("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey={0}")]
        [InlineData("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=***")]
        [InlineData("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=")]
        [InlineData("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=#{ServiceBusKey}#")]
        [InlineData("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=__SERVICEBUS_KEY__")]
        [InlineData("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=${SERVICEBUS_KEY}")]
        [InlineData("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=")]
        [InlineData("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/bus)")]
        [InlineData("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBAAAAAAAAAAA=")]
        [InlineData("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send")]
        [InlineData("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessSignature=SharedAccessSignature sr={0}&sig={1}&se={2}&skn=Send")]
        [InlineData("SharedAccessSignature sr=https%3A%2F%2Fcontoso.servicebus.windows.net%2Forders&sig=<signature>&se=1924992000&skn=Send")]
        [InlineData("Endpoint=sb://host.docker.internal;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=SAS_KEY_VALUE;UseDevelopmentEmulator=true;")]
        [InlineData("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=changeme")]
        [InlineData("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=REPLACE_WITH_THE_SEND_KEY")]
        [InlineData("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=[key]")]
        [InlineData("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=%SERVICEBUS_KEY%")]
        [InlineData("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=abc123")]
        [InlineData("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=dummy-key-value-for-tests")]
        [InlineData("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=not a key, see the wiki page")]
        [InlineData("SharedAccessSignature sr=https%3A%2F%2Fcontoso.servicebus.windows.net%2Forders&sig=abc&se=1&skn=Send")]
        [InlineData("SharedAccessSignature sig=0123456789abcdefABCDEF0123456789&se=1924992000&skn=Send")]
        [InlineData("Connecting with SharedAccessKeyName={0} and SharedAccessKey={1}")]
        [InlineData("The SharedAccessKey= setting must come from Key Vault before deployment.")]
        [InlineData("Endpoint=sb://contoso.servicebus.windows.net/;Authentication=ManagedIdentity")]
        public Task NonSecrets_AreNotReported(string value) =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure.Messaging.ServiceBus;

                class C
                {
                    public ServiceBusClient Create() => new ServiceBusClient(@"{{value}}");
                }
                """);

        [Fact]
        public Task StorageSecrets_AreLeftToSL1001() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System;
                using Azure;
                using Azure.Storage.Blobs;

                class C
                {
                    public BlobServiceClient Key() => new BlobServiceClient("{{FakeSecrets.StorageConnectionString()}}");
                    public BlobServiceClient Sas() => new BlobServiceClient("BlobEndpoint=https://contoso.blob.core.windows.net/;SharedAccessSignature={{FakeSecrets.SasQuery()}}");
                    public BlobServiceClient SasCredential() => new BlobServiceClient(new Uri("https://contoso.blob.core.windows.net"), new AzureSasCredential("{{FakeSecrets.SasQuery()}}"));
                }
                """);

        [Fact]
        public Task NamedKeyCredential_NotGivenToAMessagingClient_IsLeftAlone() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure;

                class C
                {
                    public AzureNamedKeyCredential Loose() => new AzureNamedKeyCredential("account", "{{Key}}");
                    public object Passed() => Use(new AzureNamedKeyCredential("account", "{{Key}}"));
                    private static object Use(AzureNamedKeyCredential credential) => credential;
                }
                """);

        [Fact]
        public Task ValuesReadAtRunTime_AreNotReported() =>
            Verify.VerifyAnalyzerAsync(
                """
                using System;
                using Azure;
                using Azure.Messaging.ServiceBus;

                class C
                {
                    public ServiceBusClient FromEnvironment() =>
                        new ServiceBusClient(Environment.GetEnvironmentVariable("SERVICEBUS_CONNECTION_STRING"));

                    public ServiceBusClient FromParts(string key) =>
                        new ServiceBusClient($"Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey={key}");

                    public ServiceBusClient Concatenated(string key) =>
                        new ServiceBusClient("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=" + key);

                    public ServiceBusClient Credential(string key) =>
                        new ServiceBusClient("contoso.servicebus.windows.net", new AzureNamedKeyCredential("Send", key));
                }
                """);

        [Theory]
        [InlineData("class C { object M() => new Azure.Messaging.ServiceBus.ServiceBusClient(\"Endpoint=sb://x.servicebus.windows.net/;SharedAccessKey=KEY\" }")]
        [InlineData("class C { object M() => new Azure.Messaging.ServiceBus.ServiceBusClient(\"Endpoint=sb://;SharedAccessKeyName=;SharedAccessKey=KEY;;==;'\", ); }")]
        [InlineData("class C { const string A = B + \"SharedAccessKey=KEY\"; const string B = A + \"x\"; }")]
        [InlineData("class C { object M() => new Azure.AzureNamedKeyCredential(\"n\", \"KEY\", ); }")]
        [InlineData("class C { object M() => new Azure.AzureSasCredential(\"SharedAccessSignature sr=%ZZ%&sig=KEY&se=\"); }")]
        [InlineData("class C { void M() { var x = new Azure.AzureNamedKeyCredential(\"n\", \"KEY\"); x = x; new Azure.Messaging.ServiceBus.ServiceBusClient(null, x); } }")]
        public async Task IncompleteOrMalformedCode_DoesNotThrow(string source)
        {
            var result = await AnalyzerRunner.RunAsync(
                ImmutableArray.Create<DiagnosticAnalyzer>(new MessagingSharedAccessKeyAnalyzer()),
                new[] { ("/0/Test0.cs", source.Replace("KEY", Key)) },
                extraReferences: TestReferences.All);

            Assert.False(result.HasFailures, result.FormatFailures());
        }
    }
}
