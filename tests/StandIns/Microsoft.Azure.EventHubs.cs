// Stand-in for the public surface of the retired NuGet packages Microsoft.Azure.EventHubs 4.3.2 and
// Microsoft.Azure.EventHubs.Processor 4.3.2 (their last published versions), which the package registry here does not
// serve.
// Source: the packages' sources in Azure/azure-sdk-for-net (sdk/eventhub/Microsoft.Azure.EventHubs/src: EventHubClient.cs,
// ClientEntity.cs, EventData.cs, Primitives/EventHubsConnectionStringBuilder.cs; the processor's EventProcessorHost.cs)
// and the API reference (ECMA XML) of Azure/azure-docs-sdk-dotnet, xml/Microsoft.Azure.EventHubs/EventHubClient.xml
// ("public abstract class EventHubClient : Microsoft.Azure.EventHubs.ClientEntity"). The packages predate the api
// listings; their CHANGELOG (through 4.2.0 and the 4.3.0 section) records no change to the members declared here.
// Declared: the connection-string entry points only (EventHubClient.CreateFromConnectionString, the
// EventHubsConnectionStringBuilder and EventProcessorHost constructors) and the types they need. Every body throws.

namespace Microsoft.Azure.EventHubs
{
    public abstract partial class ClientEntity
    {
        protected ClientEntity(string clientId) { }
    }

    public partial class EventData
    {
        public EventData(byte[] array) { }
    }

    public abstract partial class EventHubClient : Microsoft.Azure.EventHubs.ClientEntity
    {
        internal EventHubClient() : base(default(string)) { }

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
