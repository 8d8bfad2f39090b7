// Stand-in for the public surface of the NuGet package Azure.Messaging.EventHubs.Processor.
// Follows sdk/eventhub/Azure.Messaging.EventHubs.Processor/api/Azure.Messaging.EventHubs.Processor.net10.0.cs in
// Azure/azure-sdk-for-net (commit 4cf09ce4a234030b9fbb6a16422e5f32a0e38886). Constructors keep the listing's
// exact parameter types, order, names and defaults; the BlobContainerClient checkpoint store is the Blobs
// stand-in. Every body throws.
// Simplification: the real EventProcessorClient derives from
// Azure.Messaging.EventHubs.Primitives.EventProcessor<EventProcessorPartition>; this stand-in derives from
// object and declares only the public members code usually calls (events, Start/StopProcessing[Async]).
// The partition initializing/closing events and BlobCheckpointStore are not declared. See README.md.

namespace Azure.Messaging.EventHubs
{
    public partial class EventProcessorClient
    {
        protected EventProcessorClient() { }
        public EventProcessorClient(Azure.Storage.Blobs.BlobContainerClient checkpointStore, string consumerGroup, string connectionString) { }
        public EventProcessorClient(Azure.Storage.Blobs.BlobContainerClient checkpointStore, string consumerGroup, string connectionString, Azure.Messaging.EventHubs.EventProcessorClientOptions clientOptions) { }
        public EventProcessorClient(Azure.Storage.Blobs.BlobContainerClient checkpointStore, string consumerGroup, string connectionString, string eventHubName) { }
        public EventProcessorClient(Azure.Storage.Blobs.BlobContainerClient checkpointStore, string consumerGroup, string fullyQualifiedNamespace, string eventHubName, Azure.AzureNamedKeyCredential credential, Azure.Messaging.EventHubs.EventProcessorClientOptions clientOptions = null) { }
        public EventProcessorClient(Azure.Storage.Blobs.BlobContainerClient checkpointStore, string consumerGroup, string fullyQualifiedNamespace, string eventHubName, Azure.AzureSasCredential credential, Azure.Messaging.EventHubs.EventProcessorClientOptions clientOptions = null) { }
        public EventProcessorClient(Azure.Storage.Blobs.BlobContainerClient checkpointStore, string consumerGroup, string fullyQualifiedNamespace, string eventHubName, Azure.Core.TokenCredential credential, Azure.Messaging.EventHubs.EventProcessorClientOptions clientOptions = null) { }
        public EventProcessorClient(Azure.Storage.Blobs.BlobContainerClient checkpointStore, string consumerGroup, string connectionString, string eventHubName, Azure.Messaging.EventHubs.EventProcessorClientOptions clientOptions) { }

        public string ConsumerGroup { get { throw null; } }
        public string EventHubName { get { throw null; } }
        public string FullyQualifiedNamespace { get { throw null; } }
        public string Identifier { get { throw null; } }
        public bool IsRunning { get { throw null; } protected set { } }

        public event System.Func<Azure.Messaging.EventHubs.Processor.ProcessErrorEventArgs, System.Threading.Tasks.Task> ProcessErrorAsync { add { } remove { } }
        public event System.Func<Azure.Messaging.EventHubs.Processor.ProcessEventArgs, System.Threading.Tasks.Task> ProcessEventAsync { add { } remove { } }

        public override bool Equals(object obj) { throw null; }
        public override int GetHashCode() { throw null; }
        public virtual void StartProcessing(System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task StartProcessingAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual void StopProcessing(System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task StopProcessingAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public override string ToString() { throw null; }
    }

    public partial class EventProcessorClientOptions
    {
        public EventProcessorClientOptions() { }

        public int CacheEventCount { get { throw null; } set { } }
        public Azure.Messaging.EventHubs.EventHubConnectionOptions ConnectionOptions { get { throw null; } set { } }
        public string Identifier { get { throw null; } set { } }
        public System.TimeSpan LoadBalancingUpdateInterval { get { throw null; } set { } }
        public System.TimeSpan? MaximumWaitTime { get { throw null; } set { } }
        public System.TimeSpan PartitionOwnershipExpirationInterval { get { throw null; } set { } }
        public int PrefetchCount { get { throw null; } set { } }
        public long? PrefetchSizeInBytes { get { throw null; } set { } }
        public Azure.Messaging.EventHubs.EventHubsRetryOptions RetryOptions { get { throw null; } set { } }
        public bool TrackLastEnqueuedEventProperties { get { throw null; } set { } }

        public override bool Equals(object obj) { throw null; }
        public override int GetHashCode() { throw null; }
        public override string ToString() { throw null; }
    }
}
