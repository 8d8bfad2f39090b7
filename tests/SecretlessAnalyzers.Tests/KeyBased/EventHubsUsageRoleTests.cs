using System.Threading.Tasks;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyKeyBased = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.KeyBasedAuthenticationAnalyzer,
    SecretlessAnalyzers.CodeFixes.KeyBased.KeyBasedAuthenticationCodeFixProvider>;
using VerifyMessaging = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.MessagingSharedAccessKeyAnalyzer,
    SecretlessAnalyzers.CodeFixes.Messaging.MessagingSharedAccessKeyCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.KeyBased
{
    /// <summary>
    /// Event Hubs clients: the client type fixes the role (producers send, consumers and processors receive), so what
    /// the code calls, or an escape, never changes it. SL1002 (literal key) and SL2001 (key read from configuration).
    /// </summary>
    public class EventHubsUsageRoleTests
    {
        private const string Namespace = "contoso.servicebus.windows.net";
        private const string Sender = "Azure Event Hubs Data Sender";
        private const string Receiver = "Azure Event Hubs Data Receiver";
        private const string ProcessorRole = "Azure Event Hubs Data Receiver (and Storage Blob Data Contributor on the checkpoint container)";
        private const string Hub = "configuration key 'Hub'";

        private static readonly string Key = FakeSecrets.SharedAccessKey();
        private static readonly string Cs = FakeSecrets.MessagingConnectionString("contoso", keyName: "Send");

        [Fact]
        public Task LiteralKey_ProducerConsumerProcessorAndBufferedProducer_NeedTheirClientsRole() =>
            VerifyMessaging.VerifyAnalyzerAsync(
                $$"""
                using System.Threading.Tasks;
                using Azure.Messaging.EventHubs;
                using Azure.Messaging.EventHubs.Consumer;
                using Azure.Messaging.EventHubs.Producer;
                using Azure.Storage.Blobs;

                class Telemetry
                {
                    public async Task Send()
                    {
                        await using var producer = new EventHubProducerClient({|#0:"{{Cs}}"|}, "telemetry");
                        await producer.SendAsync(new[] { new EventData("hello") });
                    }

                    public async Task Read()
                    {
                        await using var consumer = new EventHubConsumerClient("$Default", {|#1:"{{Cs}}"|}, "telemetry");
                        await foreach (var item in consumer.ReadEventsAsync()) { break; }
                    }

                    public Task Process(BlobContainerClient checkpoints)
                    {
                        var processor = new EventProcessorClient(checkpoints, "$Default", {|#2:"{{Cs}}"|}, "telemetry");
                        processor.ProcessEventAsync += _ => Task.CompletedTask;
                        processor.ProcessErrorAsync += _ => Task.CompletedTask;
                        return processor.StartProcessingAsync();
                    }

                    public async Task Buffer()
                    {
                        await using var buffered = new EventHubBufferedProducerClient({|#3:"{{Cs}}"|}, "telemetry");
                        await buffered.EnqueueEventAsync(new EventData("hello"));
                    }
                }
                """,
                VerifyMessaging.Diagnostic().WithLocation(0).WithArguments("Shared access key", "Event Hubs", Namespace, FakeSecrets.Redacted(Key), Sender, string.Empty),
                VerifyMessaging.Diagnostic().WithLocation(1).WithArguments("Shared access key", "Event Hubs", Namespace, FakeSecrets.Redacted(Key), Receiver, string.Empty),
                VerifyMessaging.Diagnostic().WithLocation(2).WithArguments("Shared access key", "Event Hubs", Namespace, FakeSecrets.Redacted(Key), ProcessorRole, string.Empty),
                VerifyMessaging.Diagnostic().WithLocation(3).WithArguments("Shared access key", "Event Hubs", Namespace, FakeSecrets.Redacted(Key), Sender, string.Empty));

        [Fact]
        public Task LiteralKey_EscapingProducer_KeepsTheSenderRole() =>
            VerifyMessaging.VerifyAnalyzerAsync(
                $$"""
                using Azure.Messaging.EventHubs.Producer;

                public class Telemetry
                {
                    public EventHubProducerClient Shared { get; } = new EventHubProducerClient({|#0:"{{Cs}}"|}, "telemetry");
                    public EventHubProducerClient Create() => new EventHubProducerClient({|#1:"{{Cs}}"|}, "telemetry");
                }
                """,
                VerifyMessaging.Diagnostic().WithLocation(0).WithArguments("Shared access key", "Event Hubs", Namespace, FakeSecrets.Redacted(Key), Sender, string.Empty),
                VerifyMessaging.Diagnostic().WithLocation(1).WithArguments("Shared access key", "Event Hubs", Namespace, FakeSecrets.Redacted(Key), Sender, string.Empty));

        [Fact]
        public Task ConfigurationRead_ProducerConsumerProcessorAndBufferedProducer_NeedTheirClientsRole() =>
            VerifyKeyBased.VerifyAnalyzerAsync(
                """
                using System.Threading.Tasks;
                using Azure.Messaging.EventHubs;
                using Azure.Messaging.EventHubs.Consumer;
                using Azure.Messaging.EventHubs.Producer;
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.Configuration;

                class Telemetry
                {
                    public async Task Send(IConfiguration config)
                    {
                        await using var producer = new EventHubProducerClient({|#0:config["Hub"]|}, "telemetry");
                        var batch = await producer.CreateBatchAsync();
                        await producer.SendAsync(batch);
                    }

                    public async Task<string[]> Read(IConfiguration config)
                    {
                        await using var consumer = new EventHubConsumerClient("$Default", {|#1:config["Hub"]|}, "telemetry");
                        return await consumer.GetPartitionIdsAsync();
                    }

                    public Task Process(IConfiguration config, BlobContainerClient checkpoints)
                    {
                        var processor = new EventProcessorClient(checkpoints, "$Default", {|#2:config["Hub"]|}, "telemetry");
                        return processor.StartProcessingAsync();
                    }

                    public async Task Buffer(IConfiguration config)
                    {
                        await using var buffered = new EventHubBufferedProducerClient({|#3:config["Hub"]|}, "telemetry");
                        await buffered.EnqueueEventAsync(new EventData("hello"));
                    }
                }
                """,
                VerifyKeyBased.Diagnostic().WithLocation(0).WithArguments("EventHubProducerClient", "a connection string", Hub, Sender, ". Role from the calls: CreateBatchAsync, SendAsync"),
                VerifyKeyBased.Diagnostic().WithLocation(1).WithArguments("EventHubConsumerClient", "a connection string", Hub, Receiver, ". Role from the calls: GetPartitionIdsAsync"),
                VerifyKeyBased.Diagnostic().WithLocation(2).WithArguments("EventProcessorClient", "a connection string", Hub, ProcessorRole, ". Role from the calls: StartProcessingAsync"),
                VerifyKeyBased.Diagnostic().WithLocation(3).WithArguments("EventHubBufferedProducerClient", "a connection string", Hub, Sender, ". Role from the calls: EnqueueEventAsync"));

        [Fact]
        public Task ConfigurationRead_EscapingProducer_KeepsTheSenderRole_WithTheReason() =>
            VerifyKeyBased.VerifyAnalyzerAsync(
                """
                using Azure.Messaging.EventHubs.Producer;
                using Microsoft.Extensions.Configuration;

                public class Telemetry
                {
                    public EventHubProducerClient Create(IConfiguration config) => new EventHubProducerClient({|#0:config["Hub"]|}, "telemetry");

                    public void Pass(IConfiguration config) => Use(new EventHubProducerClient({|#1:config["Hub"]|}, "telemetry"));

                    private static void Use(EventHubProducerClient producer) { }
                }
                """,
                VerifyKeyBased.Diagnostic().WithLocation(0).WithArguments("EventHubProducerClient", "a connection string", Hub, Sender, ". Broadest data role: the client is returned"),
                VerifyKeyBased.Diagnostic().WithLocation(1).WithArguments("EventHubProducerClient", "a connection string", Hub, Sender, ". Broadest data role: the client is passed to other code"));
    }
}
