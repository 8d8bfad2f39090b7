// Stand-in for the public surface of the NuGet package Azure.Messaging.EventHubs.
// Follows sdk/eventhub/Azure.Messaging.EventHubs/api/Azure.Messaging.EventHubs.net10.0.cs in
// Azure/azure-sdk-for-net (commit aac75ea20c8ef3f7043bb948713a37ab30bfbbb8). Only a subset of members is
// declared; every declared member keeps the listing's exact name, parameter types, order, names and defaults.
// Every body throws. Note: the client options classes are plain classes in the real package (they do NOT
// derive from Azure.Core.ClientOptions), and the options parameter is named "clientOptions".
// Not declared: members that use Azure.Core.Amqp.AmqpAnnotatedMessage (package Azure.Core.Amqp, not
// available here), the [Obsolete] numeric-offset members, the Primitives namespace, and
// [EnumeratorCancellation] on IAsyncEnumerable parameters (not part of a call's signature). See README.md.

namespace Azure.Messaging.EventHubs
{
    public partial class EventData : Azure.Messaging.MessageContent
    {
        public EventData() { }
        public EventData(System.BinaryData eventBody) { }
        public EventData(System.ReadOnlyMemory<byte> eventBody) { }
        public EventData(string eventBody) { }

        public System.ReadOnlyMemory<byte> Body { get { throw null; } }
        public System.IO.Stream BodyAsStream { get { throw null; } }
        public new string ContentType { get { throw null; } set { } }
        protected override Azure.Core.ContentType? ContentTypeCore { get { throw null; } set { } }
        public string CorrelationId { get { throw null; } set { } }
        public override System.BinaryData Data { get { throw null; } set { } }
        public System.DateTimeOffset EnqueuedTime { get { throw null; } }
        public System.BinaryData EventBody { get { throw null; } set { } }
        public override bool IsReadOnly { get { throw null; } }
        public string MessageId { get { throw null; } set { } }
        public string OffsetString { get { throw null; } }
        public string PartitionKey { get { throw null; } }
        public System.Collections.Generic.IDictionary<string, object> Properties { get { throw null; } }
        public long SequenceNumber { get { throw null; } }
        public System.Collections.Generic.IReadOnlyDictionary<string, object> SystemProperties { get { throw null; } }

        public override bool Equals(object obj) { throw null; }
        public override int GetHashCode() { throw null; }
        public override string ToString() { throw null; }
    }

    public partial class EventHubConnection : System.IAsyncDisposable
    {
        protected EventHubConnection() { }
        public EventHubConnection(string connectionString) { }
        public EventHubConnection(string connectionString, Azure.Messaging.EventHubs.EventHubConnectionOptions connectionOptions) { }
        public EventHubConnection(string connectionString, string eventHubName) { }
        public EventHubConnection(string fullyQualifiedNamespace, string eventHubName, Azure.AzureNamedKeyCredential credential, Azure.Messaging.EventHubs.EventHubConnectionOptions connectionOptions = null) { }
        public EventHubConnection(string fullyQualifiedNamespace, string eventHubName, Azure.AzureSasCredential credential, Azure.Messaging.EventHubs.EventHubConnectionOptions connectionOptions = null) { }
        public EventHubConnection(string fullyQualifiedNamespace, string eventHubName, Azure.Core.TokenCredential credential, Azure.Messaging.EventHubs.EventHubConnectionOptions connectionOptions = null) { }
        public EventHubConnection(string connectionString, string eventHubName, Azure.Messaging.EventHubs.EventHubConnectionOptions connectionOptions) { }

        public string EventHubName { get { throw null; } }
        public string FullyQualifiedNamespace { get { throw null; } }
        public bool IsClosed { get { throw null; } }

        public virtual System.Threading.Tasks.Task CloseAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.ValueTask DisposeAsync() { throw null; }
        public override bool Equals(object obj) { throw null; }
        public override int GetHashCode() { throw null; }
        public override string ToString() { throw null; }
    }

    public partial class EventHubConnectionOptions
    {
        public EventHubConnectionOptions() { }

        public System.TimeSpan ConnectionIdleTimeout { get { throw null; } set { } }
        public System.Uri CustomEndpointAddress { get { throw null; } set { } }
        public System.Net.IWebProxy Proxy { get { throw null; } set { } }
        public Azure.Messaging.EventHubs.EventHubsTransportType TransportType { get { throw null; } set { } }

        public override bool Equals(object obj) { throw null; }
        public override int GetHashCode() { throw null; }
        public override string ToString() { throw null; }
    }

    public partial class EventHubsConnectionStringProperties
    {
        public EventHubsConnectionStringProperties() { }

        public System.Uri Endpoint { get { throw null; } }
        public string EventHubName { get { throw null; } }
        public string FullyQualifiedNamespace { get { throw null; } }
        public string SharedAccessKey { get { throw null; } }
        public string SharedAccessKeyName { get { throw null; } }
        public string SharedAccessSignature { get { throw null; } }

        public override bool Equals(object obj) { throw null; }
        public override int GetHashCode() { throw null; }
        public static Azure.Messaging.EventHubs.EventHubsConnectionStringProperties Parse(string connectionString) { throw null; }
        public override string ToString() { throw null; }
    }

    public enum EventHubsRetryMode
    {
        Fixed = 0,
        Exponential = 1,
    }

    public partial class EventHubsRetryOptions
    {
        public EventHubsRetryOptions() { }

        public System.TimeSpan Delay { get { throw null; } set { } }
        public System.TimeSpan MaximumDelay { get { throw null; } set { } }
        public int MaximumRetries { get { throw null; } set { } }
        public Azure.Messaging.EventHubs.EventHubsRetryMode Mode { get { throw null; } set { } }
        public System.TimeSpan TryTimeout { get { throw null; } set { } }
    }

    public enum EventHubsTransportType
    {
        AmqpTcp = 0,
        AmqpWebSockets = 1,
    }
}

namespace Azure.Messaging.EventHubs.Consumer
{
    public partial class EventHubConsumerClient : System.IAsyncDisposable
    {
        public const string DefaultConsumerGroupName = "$Default";

        protected EventHubConsumerClient() { }
        public EventHubConsumerClient(string consumerGroup, Azure.Messaging.EventHubs.EventHubConnection connection, Azure.Messaging.EventHubs.Consumer.EventHubConsumerClientOptions clientOptions = null) { }
        public EventHubConsumerClient(string consumerGroup, string connectionString) { }
        public EventHubConsumerClient(string consumerGroup, string connectionString, Azure.Messaging.EventHubs.Consumer.EventHubConsumerClientOptions clientOptions) { }
        public EventHubConsumerClient(string consumerGroup, string connectionString, string eventHubName) { }
        public EventHubConsumerClient(string consumerGroup, string fullyQualifiedNamespace, string eventHubName, Azure.AzureNamedKeyCredential credential, Azure.Messaging.EventHubs.Consumer.EventHubConsumerClientOptions clientOptions = null) { }
        public EventHubConsumerClient(string consumerGroup, string fullyQualifiedNamespace, string eventHubName, Azure.AzureSasCredential credential, Azure.Messaging.EventHubs.Consumer.EventHubConsumerClientOptions clientOptions = null) { }
        public EventHubConsumerClient(string consumerGroup, string fullyQualifiedNamespace, string eventHubName, Azure.Core.TokenCredential credential, Azure.Messaging.EventHubs.Consumer.EventHubConsumerClientOptions clientOptions = null) { }
        public EventHubConsumerClient(string consumerGroup, string connectionString, string eventHubName, Azure.Messaging.EventHubs.Consumer.EventHubConsumerClientOptions clientOptions) { }

        public string ConsumerGroup { get { throw null; } }
        public string EventHubName { get { throw null; } }
        public string FullyQualifiedNamespace { get { throw null; } }
        public string Identifier { get { throw null; } }
        public bool IsClosed { get { throw null; } protected set { } }

        public virtual System.Threading.Tasks.Task CloseAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.ValueTask DisposeAsync() { throw null; }
        public override bool Equals(object obj) { throw null; }
        public override int GetHashCode() { throw null; }
        public virtual System.Threading.Tasks.Task<string[]> GetPartitionIdsAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Collections.Generic.IAsyncEnumerable<Azure.Messaging.EventHubs.Consumer.PartitionEvent> ReadEventsAsync(Azure.Messaging.EventHubs.Consumer.ReadEventOptions readOptions, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Collections.Generic.IAsyncEnumerable<Azure.Messaging.EventHubs.Consumer.PartitionEvent> ReadEventsAsync(bool startReadingAtEarliestEvent, Azure.Messaging.EventHubs.Consumer.ReadEventOptions readOptions = null, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Collections.Generic.IAsyncEnumerable<Azure.Messaging.EventHubs.Consumer.PartitionEvent> ReadEventsAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public override string ToString() { throw null; }
    }

    public partial class EventHubConsumerClientOptions
    {
        public EventHubConsumerClientOptions() { }

        public Azure.Messaging.EventHubs.EventHubConnectionOptions ConnectionOptions { get { throw null; } set { } }
        public string Identifier { get { throw null; } set { } }
        public Azure.Messaging.EventHubs.EventHubsRetryOptions RetryOptions { get { throw null; } set { } }

        public override bool Equals(object obj) { throw null; }
        public override int GetHashCode() { throw null; }
        public override string ToString() { throw null; }
    }

    public partial class PartitionContext
    {
        protected PartitionContext(string partitionId) { }
        protected internal PartitionContext(string fullyQualifiedNamespace, string eventHubName, string consumerGroup, string partitionId) { }

        public string ConsumerGroup { get { throw null; } }
        public string EventHubName { get { throw null; } }
        public string FullyQualifiedNamespace { get { throw null; } }
        public string PartitionId { get { throw null; } }
    }

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    public partial struct PartitionEvent
    {
        private object _dummy;
        private int _dummyPrimitive;

        public PartitionEvent(Azure.Messaging.EventHubs.Consumer.PartitionContext partition, Azure.Messaging.EventHubs.EventData data) { throw null; }

        public Azure.Messaging.EventHubs.EventData Data { get { throw null; } }
        public Azure.Messaging.EventHubs.Consumer.PartitionContext Partition { get { throw null; } }
    }

    public partial class ReadEventOptions
    {
        public ReadEventOptions() { }

        public int CacheEventCount { get { throw null; } set { } }
        public System.TimeSpan? MaximumWaitTime { get { throw null; } set { } }
        public long? OwnerLevel { get { throw null; } set { } }
        public int PrefetchCount { get { throw null; } set { } }
        public long? PrefetchSizeInBytes { get { throw null; } set { } }
        public bool TrackLastEnqueuedEventProperties { get { throw null; } set { } }

        public override bool Equals(object obj) { throw null; }
        public override int GetHashCode() { throw null; }
        public override string ToString() { throw null; }
    }
}

namespace Azure.Messaging.EventHubs.Processor
{
    // Declared in the Azure.Messaging.EventHubs assembly; used by EventProcessorClient (Azure.Messaging.EventHubs.Processor).
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    public partial struct ProcessErrorEventArgs
    {
        private object _dummy;
        private int _dummyPrimitive;

        public ProcessErrorEventArgs(string partitionId, string operation, System.Exception exception, System.Threading.CancellationToken cancellationToken = default) { throw null; }

        public System.Threading.CancellationToken CancellationToken { get { throw null; } }
        public System.Exception Exception { get { throw null; } }
        public string Operation { get { throw null; } }
        public string PartitionId { get { throw null; } }
    }

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    public partial struct ProcessEventArgs
    {
        private object _dummy;
        private int _dummyPrimitive;

        public ProcessEventArgs(Azure.Messaging.EventHubs.Consumer.PartitionContext partition, Azure.Messaging.EventHubs.EventData data, System.Func<System.Threading.CancellationToken, System.Threading.Tasks.Task> updateCheckpointImplementation, System.Threading.CancellationToken cancellationToken = default) { throw null; }

        public System.Threading.CancellationToken CancellationToken { get { throw null; } }
        public Azure.Messaging.EventHubs.EventData Data { get { throw null; } }
        public bool HasEvent { get { throw null; } }
        public Azure.Messaging.EventHubs.Consumer.PartitionContext Partition { get { throw null; } }

        public System.Threading.Tasks.Task UpdateCheckpointAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
    }
}

namespace Azure.Messaging.EventHubs.Producer
{
    public partial class CreateBatchOptions : Azure.Messaging.EventHubs.Producer.SendEventOptions
    {
        public CreateBatchOptions() { }

        public long? MaximumSizeInBytes { get { throw null; } set { } }

        public override bool Equals(object obj) { throw null; }
        public override int GetHashCode() { throw null; }
        public override string ToString() { throw null; }
    }

    public partial class EnqueueEventOptions : Azure.Messaging.EventHubs.Producer.SendEventOptions
    {
        public EnqueueEventOptions() { }

        public override bool Equals(object obj) { throw null; }
        public override int GetHashCode() { throw null; }
        public override string ToString() { throw null; }
    }

    public sealed partial class EventDataBatch : System.IDisposable
    {
        internal EventDataBatch() { }

        public int Count { get { throw null; } }
        public long MaximumSizeInBytes { get { throw null; } }
        public long SizeInBytes { get { throw null; } }

        public void Dispose() { }
        public bool TryAdd(Azure.Messaging.EventHubs.EventData eventData) { throw null; }
    }

    public partial class EventHubBufferedProducerClient : System.IAsyncDisposable
    {
        protected EventHubBufferedProducerClient() { }
        public EventHubBufferedProducerClient(Azure.Messaging.EventHubs.EventHubConnection connection, Azure.Messaging.EventHubs.Producer.EventHubBufferedProducerClientOptions clientOptions = null) { }
        public EventHubBufferedProducerClient(string connectionString) { }
        public EventHubBufferedProducerClient(string connectionString, Azure.Messaging.EventHubs.Producer.EventHubBufferedProducerClientOptions clientOptions) { }
        public EventHubBufferedProducerClient(string connectionString, string eventHubName) { }
        public EventHubBufferedProducerClient(string fullyQualifiedNamespace, string eventHubName, Azure.AzureNamedKeyCredential credential, Azure.Messaging.EventHubs.Producer.EventHubBufferedProducerClientOptions clientOptions = null) { }
        public EventHubBufferedProducerClient(string fullyQualifiedNamespace, string eventHubName, Azure.AzureSasCredential credential, Azure.Messaging.EventHubs.Producer.EventHubBufferedProducerClientOptions clientOptions = null) { }
        public EventHubBufferedProducerClient(string fullyQualifiedNamespace, string eventHubName, Azure.Core.TokenCredential credential, Azure.Messaging.EventHubs.Producer.EventHubBufferedProducerClientOptions clientOptions = null) { }
        public EventHubBufferedProducerClient(string connectionString, string eventHubName, Azure.Messaging.EventHubs.Producer.EventHubBufferedProducerClientOptions clientOptions) { }

        public string EventHubName { get { throw null; } }
        public string FullyQualifiedNamespace { get { throw null; } }
        public string Identifier { get { throw null; } }
        public virtual bool IsClosed { get { throw null; } }
        public virtual bool IsPublishing { get { throw null; } }
        public virtual int TotalBufferedEventCount { get { throw null; } }

        public event System.Func<Azure.Messaging.EventHubs.Producer.SendEventBatchFailedEventArgs, System.Threading.Tasks.Task> SendEventBatchFailedAsync { add { } remove { } }
        public event System.Func<Azure.Messaging.EventHubs.Producer.SendEventBatchSucceededEventArgs, System.Threading.Tasks.Task> SendEventBatchSucceededAsync { add { } remove { } }

        public virtual System.Threading.Tasks.Task CloseAsync(bool flush = true, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.ValueTask DisposeAsync() { throw null; }
        public virtual System.Threading.Tasks.Task<int> EnqueueEventAsync(Azure.Messaging.EventHubs.EventData eventData, Azure.Messaging.EventHubs.Producer.EnqueueEventOptions options, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<int> EnqueueEventAsync(Azure.Messaging.EventHubs.EventData eventData, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<int> EnqueueEventsAsync(System.Collections.Generic.IEnumerable<Azure.Messaging.EventHubs.EventData> events, Azure.Messaging.EventHubs.Producer.EnqueueEventOptions options, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<int> EnqueueEventsAsync(System.Collections.Generic.IEnumerable<Azure.Messaging.EventHubs.EventData> events, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public override bool Equals(object obj) { throw null; }
        public virtual System.Threading.Tasks.Task FlushAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public override int GetHashCode() { throw null; }
        public virtual System.Threading.Tasks.Task<string[]> GetPartitionIdsAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public override string ToString() { throw null; }
    }

    public partial class EventHubBufferedProducerClientOptions
    {
        public EventHubBufferedProducerClientOptions() { }

        public Azure.Messaging.EventHubs.EventHubConnectionOptions ConnectionOptions { get { throw null; } set { } }
        public bool EnableIdempotentRetries { get { throw null; } set { } }
        public string Identifier { get { throw null; } set { } }
        public int MaximumConcurrentSends { get { throw null; } set { } }
        public int MaximumConcurrentSendsPerPartition { get { throw null; } set { } }
        public int MaximumEventBufferLengthPerPartition { get { throw null; } set { } }
        public System.TimeSpan? MaximumWaitTime { get { throw null; } set { } }
        public Azure.Messaging.EventHubs.EventHubsRetryOptions RetryOptions { get { throw null; } set { } }

        public override bool Equals(object obj) { throw null; }
        public override int GetHashCode() { throw null; }
        public override string ToString() { throw null; }
    }

    public partial class EventHubProducerClient : System.IAsyncDisposable
    {
        protected EventHubProducerClient() { }
        public EventHubProducerClient(Azure.Messaging.EventHubs.EventHubConnection connection, Azure.Messaging.EventHubs.Producer.EventHubProducerClientOptions clientOptions = null) { }
        public EventHubProducerClient(string connectionString) { }
        public EventHubProducerClient(string connectionString, Azure.Messaging.EventHubs.Producer.EventHubProducerClientOptions clientOptions) { }
        public EventHubProducerClient(string connectionString, string eventHubName) { }
        public EventHubProducerClient(string fullyQualifiedNamespace, string eventHubName, Azure.AzureNamedKeyCredential credential, Azure.Messaging.EventHubs.Producer.EventHubProducerClientOptions clientOptions = null) { }
        public EventHubProducerClient(string fullyQualifiedNamespace, string eventHubName, Azure.AzureSasCredential credential, Azure.Messaging.EventHubs.Producer.EventHubProducerClientOptions clientOptions = null) { }
        public EventHubProducerClient(string fullyQualifiedNamespace, string eventHubName, Azure.Core.TokenCredential credential, Azure.Messaging.EventHubs.Producer.EventHubProducerClientOptions clientOptions = null) { }
        public EventHubProducerClient(string connectionString, string eventHubName, Azure.Messaging.EventHubs.Producer.EventHubProducerClientOptions clientOptions) { }

        public string EventHubName { get { throw null; } }
        public string FullyQualifiedNamespace { get { throw null; } }
        public string Identifier { get { throw null; } }
        public bool IsClosed { get { throw null; } protected set { } }

        public virtual System.Threading.Tasks.Task CloseAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.ValueTask<Azure.Messaging.EventHubs.Producer.EventDataBatch> CreateBatchAsync(Azure.Messaging.EventHubs.Producer.CreateBatchOptions options, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.ValueTask<Azure.Messaging.EventHubs.Producer.EventDataBatch> CreateBatchAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.ValueTask DisposeAsync() { throw null; }
        public override bool Equals(object obj) { throw null; }
        public override int GetHashCode() { throw null; }
        public virtual System.Threading.Tasks.Task<string[]> GetPartitionIdsAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task SendAsync(Azure.Messaging.EventHubs.Producer.EventDataBatch eventBatch, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task SendAsync(System.Collections.Generic.IEnumerable<Azure.Messaging.EventHubs.EventData> eventBatch, Azure.Messaging.EventHubs.Producer.SendEventOptions options, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task SendAsync(System.Collections.Generic.IEnumerable<Azure.Messaging.EventHubs.EventData> eventBatch, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public override string ToString() { throw null; }
    }

    public partial class EventHubProducerClientOptions
    {
        public EventHubProducerClientOptions() { }

        public Azure.Messaging.EventHubs.EventHubConnectionOptions ConnectionOptions { get { throw null; } set { } }
        public string Identifier { get { throw null; } set { } }
        public Azure.Messaging.EventHubs.EventHubsRetryOptions RetryOptions { get { throw null; } set { } }

        public override bool Equals(object obj) { throw null; }
        public override int GetHashCode() { throw null; }
        public override string ToString() { throw null; }
    }

    public partial class SendEventBatchFailedEventArgs : System.EventArgs
    {
        public SendEventBatchFailedEventArgs(System.Collections.Generic.IReadOnlyList<Azure.Messaging.EventHubs.EventData> eventBatch, System.Exception exception, string partitionId, System.Threading.CancellationToken cancellationToken = default) { }

        public System.Threading.CancellationToken CancellationToken { get { throw null; } }
        public System.Collections.Generic.IReadOnlyList<Azure.Messaging.EventHubs.EventData> EventBatch { get { throw null; } }
        public System.Exception Exception { get { throw null; } }
        public string PartitionId { get { throw null; } }
    }

    public partial class SendEventBatchSucceededEventArgs : System.EventArgs
    {
        public SendEventBatchSucceededEventArgs(System.Collections.Generic.IReadOnlyList<Azure.Messaging.EventHubs.EventData> eventBatch, string partitionId, System.Threading.CancellationToken cancellationToken) { }

        public System.Threading.CancellationToken CancellationToken { get { throw null; } }
        public System.Collections.Generic.IReadOnlyList<Azure.Messaging.EventHubs.EventData> EventBatch { get { throw null; } }
        public string PartitionId { get { throw null; } }
    }

    public partial class SendEventOptions
    {
        public SendEventOptions() { }

        public string PartitionId { get { throw null; } set { } }
        public string PartitionKey { get { throw null; } set { } }

        public override bool Equals(object obj) { throw null; }
        public override int GetHashCode() { throw null; }
        public override string ToString() { throw null; }
    }
}

namespace Microsoft.Extensions.Azure
{
    public static partial class EventHubClientBuilderExtensions
    {
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Messaging.EventHubs.Consumer.EventHubConsumerClient, global::Azure.Messaging.EventHubs.Consumer.EventHubConsumerClientOptions> AddEventHubConsumerClientWithNamespace<TBuilder>(this TBuilder builder, string consumerGroup, string fullyQualifiedNamespace, string eventHubName) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilderWithCredential { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Messaging.EventHubs.Consumer.EventHubConsumerClient, global::Azure.Messaging.EventHubs.Consumer.EventHubConsumerClientOptions> AddEventHubConsumerClient<TBuilder>(this TBuilder builder, string consumerGroup, string connectionString) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilder { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Messaging.EventHubs.Consumer.EventHubConsumerClient, global::Azure.Messaging.EventHubs.Consumer.EventHubConsumerClientOptions> AddEventHubConsumerClient<TBuilder>(this TBuilder builder, string consumerGroup, string connectionString, string eventHubName) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilder { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Messaging.EventHubs.Consumer.EventHubConsumerClient, global::Azure.Messaging.EventHubs.Consumer.EventHubConsumerClientOptions> AddEventHubConsumerClient<TBuilder, TConfiguration>(this TBuilder builder, TConfiguration configuration) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilderWithConfiguration<TConfiguration> { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Messaging.EventHubs.Producer.EventHubProducerClient, global::Azure.Messaging.EventHubs.Producer.EventHubProducerClientOptions> AddEventHubProducerClientWithNamespace<TBuilder>(this TBuilder builder, string fullyQualifiedNamespace, string eventHubName) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilderWithCredential { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Messaging.EventHubs.Producer.EventHubProducerClient, global::Azure.Messaging.EventHubs.Producer.EventHubProducerClientOptions> AddEventHubProducerClient<TBuilder>(this TBuilder builder, string connectionString) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilder { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Messaging.EventHubs.Producer.EventHubProducerClient, global::Azure.Messaging.EventHubs.Producer.EventHubProducerClientOptions> AddEventHubProducerClient<TBuilder>(this TBuilder builder, string connectionString, string eventHubName) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilder { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Messaging.EventHubs.Producer.EventHubProducerClient, global::Azure.Messaging.EventHubs.Producer.EventHubProducerClientOptions> AddEventHubProducerClient<TBuilder, TConfiguration>(this TBuilder builder, TConfiguration configuration) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilderWithConfiguration<TConfiguration> { throw null; }
    }
}
