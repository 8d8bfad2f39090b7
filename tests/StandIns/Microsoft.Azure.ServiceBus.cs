// Stand-in for the public surface of the retired NuGet package Microsoft.Azure.ServiceBus (5.x), which the package
// registry here does not serve. Follows the package's sources in Azure/azure-sdk-for-net
// (sdk/servicebus/Microsoft.Azure.ServiceBus/src: QueueClient.cs, TopicClient.cs, SubscriptionClient.cs,
// ServiceBusConnectionStringBuilder.cs, Management/ManagementClient.cs): only the connection-string constructors and
// the types their signatures need are declared, with the exact parameter types, order, names and defaults. The
// package has no api listing (it predates them). Every body throws.

namespace Microsoft.Azure.ServiceBus
{
    public enum ReceiveMode
    {
        PeekLock = 0,
        ReceiveAndDelete = 1,
    }

    public abstract partial class RetryPolicy
    {
        protected RetryPolicy() { }

        public static Microsoft.Azure.ServiceBus.RetryPolicy Default { get { throw null; } }
    }

    public partial class ServiceBusConnectionStringBuilder
    {
        public ServiceBusConnectionStringBuilder() { }
        public ServiceBusConnectionStringBuilder(string connectionString) { }

        public string EntityPath { get { throw null; } set { } }
        public string SasKey { get { throw null; } set { } }
        public string SasKeyName { get { throw null; } set { } }
    }

    public partial class Message
    {
        public Message() { }
        public Message(byte[] body) { }

        public byte[] Body { get { throw null; } set { } }
    }

    public partial class QueueClient
    {
        public QueueClient(Microsoft.Azure.ServiceBus.ServiceBusConnectionStringBuilder connectionStringBuilder, Microsoft.Azure.ServiceBus.ReceiveMode receiveMode = Microsoft.Azure.ServiceBus.ReceiveMode.PeekLock, Microsoft.Azure.ServiceBus.RetryPolicy retryPolicy = null) { }
        public QueueClient(string connectionString, string entityPath, Microsoft.Azure.ServiceBus.ReceiveMode receiveMode = Microsoft.Azure.ServiceBus.ReceiveMode.PeekLock, Microsoft.Azure.ServiceBus.RetryPolicy retryPolicy = null) { }

        public string QueueName { get { throw null; } }

        public System.Threading.Tasks.Task SendAsync(Microsoft.Azure.ServiceBus.Message message) { throw null; }
    }

    public partial class TopicClient
    {
        public TopicClient(Microsoft.Azure.ServiceBus.ServiceBusConnectionStringBuilder connectionStringBuilder, Microsoft.Azure.ServiceBus.RetryPolicy retryPolicy = null) { }
        public TopicClient(string connectionString, string entityPath, Microsoft.Azure.ServiceBus.RetryPolicy retryPolicy = null) { }

        public string TopicName { get { throw null; } }

        public System.Threading.Tasks.Task SendAsync(Microsoft.Azure.ServiceBus.Message message) { throw null; }
    }

    public partial class SubscriptionClient
    {
        public SubscriptionClient(Microsoft.Azure.ServiceBus.ServiceBusConnectionStringBuilder connectionStringBuilder, string subscriptionName, Microsoft.Azure.ServiceBus.ReceiveMode receiveMode = Microsoft.Azure.ServiceBus.ReceiveMode.PeekLock, Microsoft.Azure.ServiceBus.RetryPolicy retryPolicy = null) { }
        public SubscriptionClient(string connectionString, string topicPath, string subscriptionName, Microsoft.Azure.ServiceBus.ReceiveMode receiveMode = Microsoft.Azure.ServiceBus.ReceiveMode.PeekLock, Microsoft.Azure.ServiceBus.RetryPolicy retryPolicy = null) { }
    }
}

namespace Microsoft.Azure.ServiceBus.Management
{
    public partial class ManagementClient
    {
        public ManagementClient(Microsoft.Azure.ServiceBus.ServiceBusConnectionStringBuilder connectionStringBuilder, Microsoft.Azure.ServiceBus.Primitives.ITokenProvider tokenProvider = null) { }
        public ManagementClient(string connectionString) { }
    }
}

namespace Microsoft.Azure.ServiceBus.Primitives
{
    public partial interface ITokenProvider
    {
    }
}
