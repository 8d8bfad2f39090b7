// Stand-in for the public surface of the NuGet package Azure.Messaging.ServiceBus.
// Follows sdk/servicebus/Azure.Messaging.ServiceBus/api/Azure.Messaging.ServiceBus.net10.0.cs in
// Azure/azure-sdk-for-net (commit 5a00ba468f47491acabc87f5dd65b822aac04d4e; migrations.md cites the same
// file at aac75ea20c8ef3f7043bb948713a37ab30bfbbb8). Only a subset of members is declared; every declared
// member keeps the listing's exact name, parameter types, order, names and defaults. Every body throws.
// Note: ServiceBusClientOptions and the sender/receiver/processor options are plain classes in the real
// package (they do NOT derive from Azure.Core.ClientOptions); ServiceBusAdministrationClientOptions does.
// Not declared: members that use Azure.Core.Amqp.AmqpAnnotatedMessage (package Azure.Core.Amqp, not
// available here), and [EnumeratorCancellation] on IAsyncEnumerable parameters (only meaningful on
// iterator bodies; it is not part of a call's signature). See README.md.

namespace Azure.Messaging.ServiceBus
{
    public sealed partial class ProcessErrorEventArgs : System.EventArgs
    {
        public ProcessErrorEventArgs(System.Exception exception, Azure.Messaging.ServiceBus.ServiceBusErrorSource errorSource, string fullyQualifiedNamespace, string entityPath, string identifier, System.Threading.CancellationToken cancellationToken) { }
        [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
        public ProcessErrorEventArgs(System.Exception exception, Azure.Messaging.ServiceBus.ServiceBusErrorSource errorSource, string fullyQualifiedNamespace, string entityPath, System.Threading.CancellationToken cancellationToken) { }

        public System.Threading.CancellationToken CancellationToken { get { throw null; } }
        public string EntityPath { get { throw null; } }
        public Azure.Messaging.ServiceBus.ServiceBusErrorSource ErrorSource { get { throw null; } }
        public System.Exception Exception { get { throw null; } }
        public string FullyQualifiedNamespace { get { throw null; } }
        public string Identifier { get { throw null; } }
    }

    public partial class ProcessMessageEventArgs : System.EventArgs
    {
        public ProcessMessageEventArgs(Azure.Messaging.ServiceBus.ServiceBusReceivedMessage message, Azure.Messaging.ServiceBus.ServiceBusReceiver receiver, string identifier, System.Threading.CancellationToken cancellationToken) { }
        [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
        public ProcessMessageEventArgs(Azure.Messaging.ServiceBus.ServiceBusReceivedMessage message, Azure.Messaging.ServiceBus.ServiceBusReceiver receiver, System.Threading.CancellationToken cancellationToken) { }

        public System.Threading.CancellationToken CancellationToken { get { throw null; } }
        public string EntityPath { get { throw null; } }
        public string FullyQualifiedNamespace { get { throw null; } }
        public string Identifier { get { throw null; } }
        public Azure.Messaging.ServiceBus.ServiceBusReceivedMessage Message { get { throw null; } }

        public virtual System.Threading.Tasks.Task AbandonMessageAsync(Azure.Messaging.ServiceBus.ServiceBusReceivedMessage message, System.Collections.Generic.IDictionary<string, object> propertiesToModify = null, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task CompleteMessageAsync(Azure.Messaging.ServiceBus.ServiceBusReceivedMessage message, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task DeadLetterMessageAsync(Azure.Messaging.ServiceBus.ServiceBusReceivedMessage message, string deadLetterReason, string deadLetterErrorDescription = null, System.Threading.CancellationToken cancellationToken = default) { throw null; }
    }

    public partial class ServiceBusClient : System.IAsyncDisposable
    {
        protected ServiceBusClient() { }
        public ServiceBusClient(string connectionString) { }
        public ServiceBusClient(string fullyQualifiedNamespace, Azure.AzureNamedKeyCredential credential, Azure.Messaging.ServiceBus.ServiceBusClientOptions options = null) { }
        public ServiceBusClient(string fullyQualifiedNamespace, Azure.AzureSasCredential credential, Azure.Messaging.ServiceBus.ServiceBusClientOptions options = null) { }
        public ServiceBusClient(string fullyQualifiedNamespace, Azure.Core.TokenCredential credential) { }
        public ServiceBusClient(string fullyQualifiedNamespace, Azure.Core.TokenCredential credential, Azure.Messaging.ServiceBus.ServiceBusClientOptions options) { }
        public ServiceBusClient(string connectionString, Azure.Messaging.ServiceBus.ServiceBusClientOptions options) { }

        public virtual string FullyQualifiedNamespace { get { throw null; } }
        public virtual string Identifier { get { throw null; } }
        public virtual bool IsClosed { get { throw null; } }
        public Azure.Messaging.ServiceBus.ServiceBusTransportType TransportType { get { throw null; } }

        public virtual Azure.Messaging.ServiceBus.ServiceBusProcessor CreateProcessor(string queueName) { throw null; }
        public virtual Azure.Messaging.ServiceBus.ServiceBusProcessor CreateProcessor(string queueName, Azure.Messaging.ServiceBus.ServiceBusProcessorOptions options) { throw null; }
        public virtual Azure.Messaging.ServiceBus.ServiceBusProcessor CreateProcessor(string topicName, string subscriptionName) { throw null; }
        public virtual Azure.Messaging.ServiceBus.ServiceBusProcessor CreateProcessor(string topicName, string subscriptionName, Azure.Messaging.ServiceBus.ServiceBusProcessorOptions options) { throw null; }
        public virtual Azure.Messaging.ServiceBus.ServiceBusReceiver CreateReceiver(string queueName) { throw null; }
        public virtual Azure.Messaging.ServiceBus.ServiceBusReceiver CreateReceiver(string queueName, Azure.Messaging.ServiceBus.ServiceBusReceiverOptions options) { throw null; }
        public virtual Azure.Messaging.ServiceBus.ServiceBusReceiver CreateReceiver(string topicName, string subscriptionName) { throw null; }
        public virtual Azure.Messaging.ServiceBus.ServiceBusReceiver CreateReceiver(string topicName, string subscriptionName, Azure.Messaging.ServiceBus.ServiceBusReceiverOptions options) { throw null; }
        public virtual Azure.Messaging.ServiceBus.ServiceBusSender CreateSender(string queueOrTopicName) { throw null; }
        public virtual Azure.Messaging.ServiceBus.ServiceBusSender CreateSender(string queueOrTopicName, Azure.Messaging.ServiceBus.ServiceBusSenderOptions options) { throw null; }
        public virtual System.Threading.Tasks.ValueTask DisposeAsync() { throw null; }
    }

    public partial class ServiceBusClientOptions
    {
        public ServiceBusClientOptions() { }

        public System.TimeSpan ConnectionIdleTimeout { get { throw null; } set { } }
        public System.Uri CustomEndpointAddress { get { throw null; } set { } }
        public bool EnableCrossEntityTransactions { get { throw null; } set { } }
        public string Identifier { get { throw null; } set { } }
        public Azure.Messaging.ServiceBus.ServiceBusRetryOptions RetryOptions { get { throw null; } set { } }
        public Azure.Messaging.ServiceBus.ServiceBusTransportType TransportType { get { throw null; } set { } }
        public System.Net.IWebProxy WebProxy { get { throw null; } set { } }

        public override bool Equals(object obj) { throw null; }
        public override int GetHashCode() { throw null; }
        public override string ToString() { throw null; }
    }

    public partial class ServiceBusConnectionStringProperties
    {
        public ServiceBusConnectionStringProperties() { }

        public System.Uri Endpoint { get { throw null; } }
        public string EntityPath { get { throw null; } }
        public string FullyQualifiedNamespace { get { throw null; } }
        public string SharedAccessKey { get { throw null; } }
        public string SharedAccessKeyName { get { throw null; } }
        public string SharedAccessSignature { get { throw null; } }

        public override bool Equals(object obj) { throw null; }
        public override int GetHashCode() { throw null; }
        public static Azure.Messaging.ServiceBus.ServiceBusConnectionStringProperties Parse(string connectionString) { throw null; }
        public override string ToString() { throw null; }
    }

    public enum ServiceBusErrorSource
    {
        Complete = 0,
        Abandon = 1,
        ProcessMessageCallback = 2,
        Receive = 3,
        RenewLock = 4,
        AcceptSession = 5,
        CloseSession = 6,
    }

    public partial class ServiceBusMessage
    {
        public ServiceBusMessage() { }
        public ServiceBusMessage(Azure.Messaging.ServiceBus.ServiceBusReceivedMessage receivedMessage) { }
        public ServiceBusMessage(System.BinaryData body) { }
        public ServiceBusMessage(System.ReadOnlyMemory<byte> body) { }
        public ServiceBusMessage(string body) { }

        public System.Collections.Generic.IDictionary<string, object> ApplicationProperties { get { throw null; } }
        public System.BinaryData Body { get { throw null; } set { } }
        public string ContentType { get { throw null; } set { } }
        public string CorrelationId { get { throw null; } set { } }
        public string MessageId { get { throw null; } set { } }
        public string PartitionKey { get { throw null; } set { } }
        public string ReplyTo { get { throw null; } set { } }
        public string ReplyToSessionId { get { throw null; } set { } }
        public System.DateTimeOffset ScheduledEnqueueTime { get { throw null; } set { } }
        public string SessionId { get { throw null; } set { } }
        public string Subject { get { throw null; } set { } }
        public System.TimeSpan TimeToLive { get { throw null; } set { } }
        public string To { get { throw null; } set { } }
        public string TransactionPartitionKey { get { throw null; } set { } }

        public override string ToString() { throw null; }
    }

    public sealed partial class ServiceBusMessageBatch : System.IDisposable
    {
        internal ServiceBusMessageBatch() { }

        public int Count { get { throw null; } }
        public long MaxSizeInBytes { get { throw null; } }
        public long SizeInBytes { get { throw null; } }

        public void Dispose() { }
        public bool TryAddMessage(Azure.Messaging.ServiceBus.ServiceBusMessage message) { throw null; }
    }

    public partial class ServiceBusProcessor : System.IAsyncDisposable
    {
        protected ServiceBusProcessor() { }
        protected ServiceBusProcessor(Azure.Messaging.ServiceBus.ServiceBusClient client, string queueName, Azure.Messaging.ServiceBus.ServiceBusProcessorOptions options) { }
        protected ServiceBusProcessor(Azure.Messaging.ServiceBus.ServiceBusClient client, string topicName, string subscriptionName, Azure.Messaging.ServiceBus.ServiceBusProcessorOptions options) { }

        public virtual bool AutoCompleteMessages { get { throw null; } }
        public virtual string EntityPath { get { throw null; } }
        public virtual string FullyQualifiedNamespace { get { throw null; } }
        public virtual string Identifier { get { throw null; } }
        public virtual bool IsClosed { get { throw null; } }
        public virtual bool IsProcessing { get { throw null; } }
        public virtual System.TimeSpan MaxAutoLockRenewalDuration { get { throw null; } }
        public virtual int MaxConcurrentCalls { get { throw null; } }
        public virtual int PrefetchCount { get { throw null; } }
        public virtual Azure.Messaging.ServiceBus.ServiceBusReceiveMode ReceiveMode { get { throw null; } }

        public event System.Func<Azure.Messaging.ServiceBus.ProcessErrorEventArgs, System.Threading.Tasks.Task> ProcessErrorAsync { add { } remove { } }
        public event System.Func<Azure.Messaging.ServiceBus.ProcessMessageEventArgs, System.Threading.Tasks.Task> ProcessMessageAsync { add { } remove { } }

        public virtual System.Threading.Tasks.Task CloseAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public System.Threading.Tasks.ValueTask DisposeAsync() { throw null; }
        public virtual System.Threading.Tasks.Task StartProcessingAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task StopProcessingAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
    }

    public partial class ServiceBusProcessorOptions
    {
        public ServiceBusProcessorOptions() { }

        public bool AutoCompleteMessages { get { throw null; } set { } }
        public string Identifier { get { throw null; } set { } }
        public System.TimeSpan MaxAutoLockRenewalDuration { get { throw null; } set { } }
        public int MaxConcurrentCalls { get { throw null; } set { } }
        public int PrefetchCount { get { throw null; } set { } }
        public Azure.Messaging.ServiceBus.ServiceBusReceiveMode ReceiveMode { get { throw null; } set { } }
        public Azure.Messaging.ServiceBus.SubQueue SubQueue { get { throw null; } set { } }

        public override bool Equals(object obj) { throw null; }
        public override int GetHashCode() { throw null; }
        public override string ToString() { throw null; }
    }

    public partial class ServiceBusReceivedMessage
    {
        internal ServiceBusReceivedMessage() { }

        public System.Collections.Generic.IReadOnlyDictionary<string, object> ApplicationProperties { get { throw null; } }
        public System.BinaryData Body { get { throw null; } }
        public string ContentType { get { throw null; } }
        public string CorrelationId { get { throw null; } }
        public string DeadLetterErrorDescription { get { throw null; } }
        public string DeadLetterReason { get { throw null; } }
        public string DeadLetterSource { get { throw null; } }
        public int DeliveryCount { get { throw null; } }
        public long EnqueuedSequenceNumber { get { throw null; } }
        public System.DateTimeOffset EnqueuedTime { get { throw null; } }
        public System.DateTimeOffset ExpiresAt { get { throw null; } }
        public System.DateTimeOffset LockedUntil { get { throw null; } }
        public string LockToken { get { throw null; } }
        public string MessageId { get { throw null; } }
        public string PartitionKey { get { throw null; } }
        public string ReplyTo { get { throw null; } }
        public string ReplyToSessionId { get { throw null; } }
        public System.DateTimeOffset ScheduledEnqueueTime { get { throw null; } }
        public long SequenceNumber { get { throw null; } }
        public string SessionId { get { throw null; } }
        public string Subject { get { throw null; } }
        public System.TimeSpan TimeToLive { get { throw null; } }
        public string To { get { throw null; } }
        public string TransactionPartitionKey { get { throw null; } }

        public override string ToString() { throw null; }
    }

    public enum ServiceBusReceiveMode
    {
        PeekLock = 0,
        ReceiveAndDelete = 1,
    }

    public partial class ServiceBusReceiver : System.IAsyncDisposable
    {
        protected ServiceBusReceiver() { }
        protected ServiceBusReceiver(Azure.Messaging.ServiceBus.ServiceBusClient client, string queueName, Azure.Messaging.ServiceBus.ServiceBusReceiverOptions options) { }
        protected ServiceBusReceiver(Azure.Messaging.ServiceBus.ServiceBusClient client, string topicName, string subscriptionName, Azure.Messaging.ServiceBus.ServiceBusReceiverOptions options) { }

        public virtual string EntityPath { get { throw null; } }
        public virtual string FullyQualifiedNamespace { get { throw null; } }
        public virtual string Identifier { get { throw null; } }
        public virtual bool IsClosed { get { throw null; } }
        public virtual int PrefetchCount { get { throw null; } }
        public virtual Azure.Messaging.ServiceBus.ServiceBusReceiveMode ReceiveMode { get { throw null; } }

        public virtual System.Threading.Tasks.Task AbandonMessageAsync(Azure.Messaging.ServiceBus.ServiceBusReceivedMessage message, System.Collections.Generic.IDictionary<string, object> propertiesToModify = null, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task CloseAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task CompleteMessageAsync(Azure.Messaging.ServiceBus.ServiceBusReceivedMessage message, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task DeadLetterMessageAsync(Azure.Messaging.ServiceBus.ServiceBusReceivedMessage message, System.Collections.Generic.IDictionary<string, object> propertiesToModify, string deadLetterReason, string deadLetterErrorDescription = null, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task DeadLetterMessageAsync(Azure.Messaging.ServiceBus.ServiceBusReceivedMessage message, System.Collections.Generic.IDictionary<string, object> propertiesToModify = null, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task DeadLetterMessageAsync(Azure.Messaging.ServiceBus.ServiceBusReceivedMessage message, string deadLetterReason, string deadLetterErrorDescription = null, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task DeferMessageAsync(Azure.Messaging.ServiceBus.ServiceBusReceivedMessage message, System.Collections.Generic.IDictionary<string, object> propertiesToModify = null, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.ValueTask DisposeAsync() { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Messaging.ServiceBus.ServiceBusReceivedMessage> PeekMessageAsync(long? fromSequenceNumber = default, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<Azure.Messaging.ServiceBus.ServiceBusReceivedMessage>> PeekMessagesAsync(int maxMessages, long? fromSequenceNumber = default, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Messaging.ServiceBus.ServiceBusReceivedMessage> ReceiveMessageAsync(System.TimeSpan? maxWaitTime = default, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<Azure.Messaging.ServiceBus.ServiceBusReceivedMessage>> ReceiveMessagesAsync(int maxMessages, System.TimeSpan? maxWaitTime = default, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Collections.Generic.IAsyncEnumerable<Azure.Messaging.ServiceBus.ServiceBusReceivedMessage> ReceiveMessagesAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task RenewMessageLockAsync(Azure.Messaging.ServiceBus.ServiceBusReceivedMessage message, System.Threading.CancellationToken cancellationToken = default) { throw null; }
    }

    public partial class ServiceBusReceiverOptions
    {
        public ServiceBusReceiverOptions() { }

        public string Identifier { get { throw null; } set { } }
        public int PrefetchCount { get { throw null; } set { } }
        public Azure.Messaging.ServiceBus.ServiceBusReceiveMode ReceiveMode { get { throw null; } set { } }
        public Azure.Messaging.ServiceBus.SubQueue SubQueue { get { throw null; } set { } }

        public override bool Equals(object obj) { throw null; }
        public override int GetHashCode() { throw null; }
        public override string ToString() { throw null; }
    }

    public enum ServiceBusRetryMode
    {
        Fixed = 0,
        Exponential = 1,
    }

    public partial class ServiceBusRetryOptions
    {
        public ServiceBusRetryOptions() { }

        public System.TimeSpan Delay { get { throw null; } set { } }
        public System.TimeSpan MaxDelay { get { throw null; } set { } }
        public int MaxRetries { get { throw null; } set { } }
        public Azure.Messaging.ServiceBus.ServiceBusRetryMode Mode { get { throw null; } set { } }
        public System.TimeSpan TryTimeout { get { throw null; } set { } }
    }

    public partial class ServiceBusSender : System.IAsyncDisposable
    {
        protected ServiceBusSender() { }
        protected ServiceBusSender(Azure.Messaging.ServiceBus.ServiceBusClient client, string queueOrTopicName) { }
        protected ServiceBusSender(Azure.Messaging.ServiceBus.ServiceBusClient client, string queueOrTopicName, Azure.Messaging.ServiceBus.ServiceBusSenderOptions options) { }

        public virtual string EntityPath { get { throw null; } }
        public virtual string FullyQualifiedNamespace { get { throw null; } }
        public virtual string Identifier { get { throw null; } }
        public virtual bool IsClosed { get { throw null; } }

        public virtual System.Threading.Tasks.Task CancelScheduledMessageAsync(long sequenceNumber, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task CloseAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.ValueTask<Azure.Messaging.ServiceBus.ServiceBusMessageBatch> CreateMessageBatchAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.ValueTask DisposeAsync() { throw null; }
        public virtual System.Threading.Tasks.Task<long> ScheduleMessageAsync(Azure.Messaging.ServiceBus.ServiceBusMessage message, System.DateTimeOffset scheduledEnqueueTime, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task SendMessageAsync(Azure.Messaging.ServiceBus.ServiceBusMessage message, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task SendMessagesAsync(Azure.Messaging.ServiceBus.ServiceBusMessageBatch messageBatch, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task SendMessagesAsync(System.Collections.Generic.IEnumerable<Azure.Messaging.ServiceBus.ServiceBusMessage> messages, System.Threading.CancellationToken cancellationToken = default) { throw null; }
    }

    public partial class ServiceBusSenderOptions
    {
        public ServiceBusSenderOptions() { }

        public string Identifier { get { throw null; } set { } }

        public override bool Equals(object obj) { throw null; }
        public override int GetHashCode() { throw null; }
        public override string ToString() { throw null; }
    }

    public enum ServiceBusTransportType
    {
        AmqpTcp = 0,
        AmqpWebSockets = 1,
    }

    public enum SubQueue
    {
        None = 0,
        DeadLetter = 1,
        TransferDeadLetter = 2,
    }
}

namespace Azure.Messaging.ServiceBus.Administration
{
    public partial class ServiceBusAdministrationClient
    {
        protected ServiceBusAdministrationClient() { }
        public ServiceBusAdministrationClient(string connectionString) { }
        public ServiceBusAdministrationClient(string fullyQualifiedNamespace, Azure.AzureNamedKeyCredential credential, Azure.Messaging.ServiceBus.Administration.ServiceBusAdministrationClientOptions options = null) { }
        public ServiceBusAdministrationClient(string fullyQualifiedNamespace, Azure.AzureSasCredential credential, Azure.Messaging.ServiceBus.Administration.ServiceBusAdministrationClientOptions options = null) { }
        public ServiceBusAdministrationClient(string fullyQualifiedNamespace, Azure.Core.TokenCredential credential) { }
        public ServiceBusAdministrationClient(string fullyQualifiedNamespace, Azure.Core.TokenCredential credential, Azure.Messaging.ServiceBus.Administration.ServiceBusAdministrationClientOptions options) { }
        public ServiceBusAdministrationClient(string connectionString, Azure.Messaging.ServiceBus.Administration.ServiceBusAdministrationClientOptions options) { }
    }

    public partial class ServiceBusAdministrationClientOptions : Azure.Core.ClientOptions
    {
        public ServiceBusAdministrationClientOptions(Azure.Messaging.ServiceBus.Administration.ServiceBusAdministrationClientOptions.ServiceVersion version = Azure.Messaging.ServiceBus.Administration.ServiceBusAdministrationClientOptions.ServiceVersion.V2021_05) { }

        public Azure.Messaging.ServiceBus.Administration.ServiceBusAdministrationClientOptions.ServiceVersion Version { get { throw null; } }

        public enum ServiceVersion
        {
            V2017_04 = 1,
            V2021_05 = 2,
        }
    }
}

namespace Microsoft.Extensions.Azure
{
    public static partial class ServiceBusClientBuilderExtensions
    {
        // "AddServiceAdministrationBusClient" is the real (misspelled) name shipped next to AddServiceBusAdministrationClient.
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Messaging.ServiceBus.Administration.ServiceBusAdministrationClient, global::Azure.Messaging.ServiceBus.Administration.ServiceBusAdministrationClientOptions> AddServiceAdministrationBusClient<TBuilder>(this TBuilder builder, string connectionString) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilder { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Messaging.ServiceBus.Administration.ServiceBusAdministrationClient, global::Azure.Messaging.ServiceBus.Administration.ServiceBusAdministrationClientOptions> AddServiceBusAdministrationClientWithNamespace<TBuilder>(this TBuilder builder, string fullyQualifiedNamespace) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilderWithCredential { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Messaging.ServiceBus.Administration.ServiceBusAdministrationClient, global::Azure.Messaging.ServiceBus.Administration.ServiceBusAdministrationClientOptions> AddServiceBusAdministrationClient<TBuilder>(this TBuilder builder, string connectionString) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilder { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Messaging.ServiceBus.Administration.ServiceBusAdministrationClient, global::Azure.Messaging.ServiceBus.Administration.ServiceBusAdministrationClientOptions> AddServiceBusAdministrationClient<TBuilder, TConfiguration>(this TBuilder builder, TConfiguration configuration) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilderWithConfiguration<TConfiguration> { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Messaging.ServiceBus.ServiceBusClient, global::Azure.Messaging.ServiceBus.ServiceBusClientOptions> AddServiceBusClientWithNamespace<TBuilder>(this TBuilder builder, string fullyQualifiedNamespace) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilderWithCredential { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Messaging.ServiceBus.ServiceBusClient, global::Azure.Messaging.ServiceBus.ServiceBusClientOptions> AddServiceBusClient<TBuilder>(this TBuilder builder, string connectionString) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilder { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Messaging.ServiceBus.ServiceBusClient, global::Azure.Messaging.ServiceBus.ServiceBusClientOptions> AddServiceBusClient<TBuilder, TConfiguration>(this TBuilder builder, TConfiguration configuration) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilderWithConfiguration<TConfiguration> { throw null; }
    }
}
