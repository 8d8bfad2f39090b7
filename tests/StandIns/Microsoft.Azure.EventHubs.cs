// Stand-in for the public surface of the retired NuGet packages Microsoft.Azure.EventHubs (4.x) and
// Microsoft.Azure.EventHubs.Processor, which the package registry here does not serve. Follows the packages' sources
// in Azure/azure-sdk-for-net (sdk/eventhub/Microsoft.Azure.EventHubs/src/EventHubClient.cs,
// Primitives/EventHubsConnectionStringBuilder.cs, and the processor's EventProcessorHost.cs): only the
// connection-string entry points are declared, with exact parameter types, order and names. Every body throws.

namespace Microsoft.Azure.EventHubs
{
    public partial class EventData
    {
        public EventData(byte[] array) { }
    }

    public abstract partial class EventHubClient
    {
        internal EventHubClient() { }

        public string EventHubName { get { throw null; } }

        public static Microsoft.Azure.EventHubs.EventHubClient CreateFromConnectionString(string connectionString) { throw null; }

        public System.Threading.Tasks.Task SendAsync(Microsoft.Azure.EventHubs.EventData eventData) { throw null; }
    }

    public partial class EventHubsConnectionStringBuilder
    {
        public EventHubsConnectionStringBuilder(string connectionString) { }

        public string EntityPath { get { throw null; } set { } }
    }
}

namespace Microsoft.Azure.EventHubs.Processor
{
    public sealed partial class EventProcessorHost
    {
        public EventProcessorHost(string eventHubPath, string consumerGroupName, string eventHubConnectionString, string storageConnectionString, string leaseContainerName) { }
    }
}
