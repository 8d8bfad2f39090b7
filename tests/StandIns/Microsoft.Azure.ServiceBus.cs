// Stand-in for the public surface of the retired NuGet package Microsoft.Azure.ServiceBus 5.2.0 (its last published
// version), which the package registry here does not serve.
// Source: the API reference (ECMA XML) of Azure/azure-docs-sdk-dotnet, xml/Microsoft.Azure.ServiceBus/QueueClient.xml
// (assembly versions 5.1.3.0 and 5.2.0.0; every QueueClient constructor is listed for 5.2.0.0), TopicClient.xml,
// SubscriptionClient.xml, IQueueClient.xml, ITopicClient.xml, ISubscriptionClient.xml, and the package's sources
// sdk/servicebus/Microsoft.Azure.ServiceBus/src (ClientEntity.cs, ServiceBusConnectionStringBuilder.cs,
// Management/ManagementClient.cs) in Azure/azure-sdk-for-net. The package predates the api listings.
// Declared: the connection-string and token-provider constructors of QueueClient, TopicClient and SubscriptionClient,
// their base class and client interfaces, and the types those signatures need. Not declared: the constructors that take
// a ServiceBusConnection, and the members of ClientEntity and of the interfaces. Every body throws.

namespace Microsoft.Azure.ServiceBus
{
    public enum ReceiveMode
    {
        PeekLock = 0,
        ReceiveAndDelete = 1,
    }

    public enum TransportType
    {
        Amqp = 0,
        AmqpWebSockets = 1,
    }

    public abstract partial class RetryPolicy
    {
        protected RetryPolicy() { }

        public static Microsoft.Azure.ServiceBus.RetryPolicy Default { get { throw null; } }
    }

    public partial interface IClientEntity
    {
    }

    public abstract partial class ClientEntity : Microsoft.Azure.ServiceBus.IClientEntity
    {
        protected ClientEntity(string clientId, Microsoft.Azure.ServiceBus.RetryPolicy retryPolicy) { }
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

    public partial interface IQueueClient : Microsoft.Azure.ServiceBus.Core.IReceiverClient, Microsoft.Azure.ServiceBus.Core.ISenderClient
    {
    }

    public partial interface ITopicClient : Microsoft.Azure.ServiceBus.Core.ISenderClient
    {
    }

    public partial interface ISubscriptionClient : Microsoft.Azure.ServiceBus.Core.IReceiverClient
    {
    }

    public partial class QueueClient : Microsoft.Azure.ServiceBus.ClientEntity, Microsoft.Azure.ServiceBus.IQueueClient
    {
        public QueueClient(Microsoft.Azure.ServiceBus.ServiceBusConnectionStringBuilder connectionStringBuilder, Microsoft.Azure.ServiceBus.ReceiveMode receiveMode = Microsoft.Azure.ServiceBus.ReceiveMode.PeekLock, Microsoft.Azure.ServiceBus.RetryPolicy retryPolicy = null) : base(default(string), default(Microsoft.Azure.ServiceBus.RetryPolicy)) { }
        public QueueClient(string connectionString, string entityPath, Microsoft.Azure.ServiceBus.ReceiveMode receiveMode = Microsoft.Azure.ServiceBus.ReceiveMode.PeekLock, Microsoft.Azure.ServiceBus.RetryPolicy retryPolicy = null) : base(default(string), default(Microsoft.Azure.ServiceBus.RetryPolicy)) { }
        public QueueClient(string endpoint, string entityPath, Microsoft.Azure.ServiceBus.Primitives.ITokenProvider tokenProvider, Microsoft.Azure.ServiceBus.TransportType transportType = Microsoft.Azure.ServiceBus.TransportType.Amqp, Microsoft.Azure.ServiceBus.ReceiveMode receiveMode = Microsoft.Azure.ServiceBus.ReceiveMode.PeekLock, Microsoft.Azure.ServiceBus.RetryPolicy retryPolicy = null) : base(default(string), default(Microsoft.Azure.ServiceBus.RetryPolicy)) { }

        public string QueueName { get { throw null; } }

        public System.Threading.Tasks.Task SendAsync(Microsoft.Azure.ServiceBus.Message message) { throw null; }
    }

    public partial class TopicClient : Microsoft.Azure.ServiceBus.ClientEntity, Microsoft.Azure.ServiceBus.ITopicClient
    {
        public TopicClient(Microsoft.Azure.ServiceBus.ServiceBusConnectionStringBuilder connectionStringBuilder, Microsoft.Azure.ServiceBus.RetryPolicy retryPolicy = null) : base(default(string), default(Microsoft.Azure.ServiceBus.RetryPolicy)) { }
        public TopicClient(string connectionString, string entityPath, Microsoft.Azure.ServiceBus.RetryPolicy retryPolicy = null) : base(default(string), default(Microsoft.Azure.ServiceBus.RetryPolicy)) { }
        public TopicClient(string endpoint, string entityPath, Microsoft.Azure.ServiceBus.Primitives.ITokenProvider tokenProvider, Microsoft.Azure.ServiceBus.TransportType transportType = Microsoft.Azure.ServiceBus.TransportType.Amqp, Microsoft.Azure.ServiceBus.RetryPolicy retryPolicy = null) : base(default(string), default(Microsoft.Azure.ServiceBus.RetryPolicy)) { }

        public string TopicName { get { throw null; } }

        public System.Threading.Tasks.Task SendAsync(Microsoft.Azure.ServiceBus.Message message) { throw null; }
    }

    public partial class SubscriptionClient : Microsoft.Azure.ServiceBus.ClientEntity, Microsoft.Azure.ServiceBus.ISubscriptionClient
    {
        public SubscriptionClient(Microsoft.Azure.ServiceBus.ServiceBusConnectionStringBuilder connectionStringBuilder, string subscriptionName, Microsoft.Azure.ServiceBus.ReceiveMode receiveMode = Microsoft.Azure.ServiceBus.ReceiveMode.PeekLock, Microsoft.Azure.ServiceBus.RetryPolicy retryPolicy = null) : base(default(string), default(Microsoft.Azure.ServiceBus.RetryPolicy)) { }
        public SubscriptionClient(string connectionString, string topicPath, string subscriptionName, Microsoft.Azure.ServiceBus.ReceiveMode receiveMode = Microsoft.Azure.ServiceBus.ReceiveMode.PeekLock, Microsoft.Azure.ServiceBus.RetryPolicy retryPolicy = null) : base(default(string), default(Microsoft.Azure.ServiceBus.RetryPolicy)) { }
        public SubscriptionClient(string endpoint, string topicPath, string subscriptionName, Microsoft.Azure.ServiceBus.Primitives.ITokenProvider tokenProvider, Microsoft.Azure.ServiceBus.TransportType transportType = Microsoft.Azure.ServiceBus.TransportType.Amqp, Microsoft.Azure.ServiceBus.ReceiveMode receiveMode = Microsoft.Azure.ServiceBus.ReceiveMode.PeekLock, Microsoft.Azure.ServiceBus.RetryPolicy retryPolicy = null) : base(default(string), default(Microsoft.Azure.ServiceBus.RetryPolicy)) { }
    }
}

namespace Microsoft.Azure.ServiceBus.Core
{
    public partial interface IReceiverClient : Microsoft.Azure.ServiceBus.IClientEntity
    {
    }

    public partial interface ISenderClient : Microsoft.Azure.ServiceBus.IClientEntity
    {
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
