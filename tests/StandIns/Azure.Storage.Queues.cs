// Stand-in for the public surface of the NuGet package Azure.Storage.Queues.
// Follows sdk/storage/Azure.Storage.Queues/api/Azure.Storage.Queues.net10.0.cs in Azure/azure-sdk-for-net
// (commit 0ec0ae172950a68bec32542b5200516a77cb7e3f). Only a subset of members is declared; every declared
// member keeps the listing's exact name, parameter types, order, names and defaults. Every body throws.
// Not declared on purpose: the configuration-driven QueueClient(QueueClientSettings) constructor that newer
// packages add (12.28.1 package metadata; absent from the listing commit above) and the [RequiresDynamicCode]
// attribute of the TConfiguration DI overload. See README.md.

namespace Azure.Storage.Queues
{
    public partial class QueueClient
    {
        protected QueueClient() { }
        public QueueClient(string connectionString, string queueName) { }
        public QueueClient(string connectionString, string queueName, Azure.Storage.Queues.QueueClientOptions options) { }
        public QueueClient(System.Uri queueUri, Azure.AzureSasCredential credential, Azure.Storage.Queues.QueueClientOptions options = null) { }
        public QueueClient(System.Uri queueUri, Azure.Core.TokenCredential credential, Azure.Storage.Queues.QueueClientOptions options = null) { }
        public QueueClient(System.Uri queueUri, Azure.Storage.Queues.QueueClientOptions options = null) { }
        public QueueClient(System.Uri queueUri, Azure.Storage.StorageSharedKeyCredential credential, Azure.Storage.Queues.QueueClientOptions options = null) { }

        public virtual string AccountName { get { throw null; } }
        public virtual bool CanGenerateSasUri { get { throw null; } }
        public virtual int MaxPeekableMessages { get { throw null; } }
        public virtual int MessageMaxBytes { get { throw null; } }
        public virtual string Name { get { throw null; } }
        public virtual System.Uri Uri { get { throw null; } }

        public virtual Azure.Response ClearMessages(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response> ClearMessagesAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual Azure.Response Create(System.Collections.Generic.IDictionary<string, string> metadata = null, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response> CreateAsync(System.Collections.Generic.IDictionary<string, string> metadata = null, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual Azure.Response CreateIfNotExists(System.Collections.Generic.IDictionary<string, string> metadata = null, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response> CreateIfNotExistsAsync(System.Collections.Generic.IDictionary<string, string> metadata = null, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual Azure.Response Delete(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response> DeleteAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual Azure.Response<bool> DeleteIfExists(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response<bool>> DeleteIfExistsAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual Azure.Response DeleteMessage(string messageId, string popReceipt, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response> DeleteMessageAsync(string messageId, string popReceipt, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual Azure.Response<bool> Exists(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response<bool>> ExistsAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }

        public virtual Azure.Response<Azure.Storage.Queues.Models.PeekedMessage> PeekMessage(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response<Azure.Storage.Queues.Models.PeekedMessage>> PeekMessageAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual Azure.Response<Azure.Storage.Queues.Models.PeekedMessage[]> PeekMessages(int? maxMessages = default, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response<Azure.Storage.Queues.Models.PeekedMessage[]>> PeekMessagesAsync(int? maxMessages = default, System.Threading.CancellationToken cancellationToken = default) { throw null; }

        public virtual Azure.Response<Azure.Storage.Queues.Models.QueueMessage> ReceiveMessage(System.TimeSpan? visibilityTimeout = default, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response<Azure.Storage.Queues.Models.QueueMessage>> ReceiveMessageAsync(System.TimeSpan? visibilityTimeout = default, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual Azure.Response<Azure.Storage.Queues.Models.QueueMessage[]> ReceiveMessages() { throw null; }
        public virtual Azure.Response<Azure.Storage.Queues.Models.QueueMessage[]> ReceiveMessages(int? maxMessages = default, System.TimeSpan? visibilityTimeout = default, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual Azure.Response<Azure.Storage.Queues.Models.QueueMessage[]> ReceiveMessages(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response<Azure.Storage.Queues.Models.QueueMessage[]>> ReceiveMessagesAsync() { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response<Azure.Storage.Queues.Models.QueueMessage[]>> ReceiveMessagesAsync(int? maxMessages = default, System.TimeSpan? visibilityTimeout = default, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response<Azure.Storage.Queues.Models.QueueMessage[]>> ReceiveMessagesAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }

        public virtual Azure.Response<Azure.Storage.Queues.Models.SendReceipt> SendMessage(System.BinaryData message, System.TimeSpan? visibilityTimeout = default, System.TimeSpan? timeToLive = default, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual Azure.Response<Azure.Storage.Queues.Models.SendReceipt> SendMessage(string messageText) { throw null; }
        public virtual Azure.Response<Azure.Storage.Queues.Models.SendReceipt> SendMessage(string messageText, System.TimeSpan? visibilityTimeout = default, System.TimeSpan? timeToLive = default, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual Azure.Response<Azure.Storage.Queues.Models.SendReceipt> SendMessage(string messageText, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response<Azure.Storage.Queues.Models.SendReceipt>> SendMessageAsync(System.BinaryData message, System.TimeSpan? visibilityTimeout = default, System.TimeSpan? timeToLive = default, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response<Azure.Storage.Queues.Models.SendReceipt>> SendMessageAsync(string messageText) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response<Azure.Storage.Queues.Models.SendReceipt>> SendMessageAsync(string messageText, System.TimeSpan? visibilityTimeout = default, System.TimeSpan? timeToLive = default, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response<Azure.Storage.Queues.Models.SendReceipt>> SendMessageAsync(string messageText, System.Threading.CancellationToken cancellationToken = default) { throw null; }

        public virtual Azure.Response<Azure.Storage.Queues.Models.UpdateReceipt> UpdateMessage(string messageId, string popReceipt, System.BinaryData message, System.TimeSpan visibilityTimeout = default, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual Azure.Response<Azure.Storage.Queues.Models.UpdateReceipt> UpdateMessage(string messageId, string popReceipt, string messageText = null, System.TimeSpan visibilityTimeout = default, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response<Azure.Storage.Queues.Models.UpdateReceipt>> UpdateMessageAsync(string messageId, string popReceipt, System.BinaryData message, System.TimeSpan visibilityTimeout = default, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response<Azure.Storage.Queues.Models.UpdateReceipt>> UpdateMessageAsync(string messageId, string popReceipt, string messageText = null, System.TimeSpan visibilityTimeout = default, System.Threading.CancellationToken cancellationToken = default) { throw null; }
    }

    public partial class QueueClientOptions : Azure.Core.ClientOptions
    {
        public QueueClientOptions(Azure.Storage.Queues.QueueClientOptions.ServiceVersion version = Azure.Storage.Queues.QueueClientOptions.ServiceVersion.V2026_02_06) { }

        public bool EnableTenantDiscovery { get { throw null; } set { } }
        public System.Uri GeoRedundantSecondaryUri { get { throw null; } set { } }
        public Azure.Storage.Queues.QueueMessageEncoding MessageEncoding { get { throw null; } set { } }
        public Azure.Storage.Queues.QueueClientOptions.ServiceVersion Version { get { throw null; } }

        public enum ServiceVersion
        {
            V2019_02_02 = 1,
            V2019_07_07 = 2,
            V2019_12_12 = 3,
            V2020_02_10 = 4,
            V2020_04_08 = 5,
            V2020_06_12 = 6,
            V2020_08_04 = 7,
            V2020_10_02 = 8,
            V2020_12_06 = 9,
            V2021_02_12 = 10,
            V2021_04_10 = 11,
            V2021_06_08 = 12,
            V2021_08_06 = 13,
            V2021_10_04 = 14,
            V2021_12_02 = 15,
            V2022_11_02 = 16,
            V2023_01_03 = 17,
            V2023_05_03 = 18,
            V2023_08_03 = 19,
            V2023_11_03 = 20,
            V2024_02_04 = 21,
            V2024_05_04 = 22,
            V2024_08_04 = 23,
            V2024_11_04 = 24,
            V2025_01_05 = 25,
            V2025_05_05 = 26,
            V2025_07_05 = 27,
            V2025_11_05 = 28,
            V2026_02_06 = 29,
        }
    }

    public enum QueueMessageEncoding
    {
        None = 0,
        Base64 = 1,
    }

    public partial class QueueServiceClient
    {
        protected QueueServiceClient() { }
        public QueueServiceClient(string connectionString) { }
        public QueueServiceClient(string connectionString, Azure.Storage.Queues.QueueClientOptions options) { }
        public QueueServiceClient(System.Uri serviceUri, Azure.AzureSasCredential credential, Azure.Storage.Queues.QueueClientOptions options = null) { }
        public QueueServiceClient(System.Uri serviceUri, Azure.Core.TokenCredential credential, Azure.Storage.Queues.QueueClientOptions options = null) { }
        public QueueServiceClient(System.Uri serviceUri, Azure.Storage.Queues.QueueClientOptions options = null) { }
        public QueueServiceClient(System.Uri serviceUri, Azure.Storage.StorageSharedKeyCredential credential, Azure.Storage.Queues.QueueClientOptions options = null) { }

        public virtual string AccountName { get { throw null; } }
        public virtual bool CanGenerateAccountSasUri { get { throw null; } }
        public virtual System.Uri Uri { get { throw null; } }

        public virtual Azure.Response<Azure.Storage.Queues.QueueClient> CreateQueue(string queueName, System.Collections.Generic.IDictionary<string, string> metadata = null, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response<Azure.Storage.Queues.QueueClient>> CreateQueueAsync(string queueName, System.Collections.Generic.IDictionary<string, string> metadata = null, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual Azure.Response DeleteQueue(string queueName, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response> DeleteQueueAsync(string queueName, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual Azure.Storage.Queues.QueueClient GetQueueClient(string queueName) { throw null; }
    }
}

namespace Azure.Storage.Queues.Models
{
    public partial class PeekedMessage
    {
        internal PeekedMessage() { }
        public System.BinaryData Body { get { throw null; } }
        public long DequeueCount { get { throw null; } }
        public System.DateTimeOffset? ExpiresOn { get { throw null; } }
        public System.DateTimeOffset? InsertedOn { get { throw null; } }
        public string MessageId { get { throw null; } }
        public string MessageText { get { throw null; } }
    }

    public partial class QueueMessage
    {
        internal QueueMessage() { }
        public System.BinaryData Body { get { throw null; } }
        public long DequeueCount { get { throw null; } }
        public System.DateTimeOffset? ExpiresOn { get { throw null; } }
        public System.DateTimeOffset? InsertedOn { get { throw null; } }
        public string MessageId { get { throw null; } }
        public string MessageText { get { throw null; } }
        public System.DateTimeOffset? NextVisibleOn { get { throw null; } }
        public string PopReceipt { get { throw null; } }
        public Azure.Storage.Queues.Models.QueueMessage Update(Azure.Storage.Queues.Models.UpdateReceipt updated) { throw null; }
    }

    public partial class SendReceipt
    {
        internal SendReceipt() { }
        public System.DateTimeOffset ExpirationTime { get { throw null; } }
        public System.DateTimeOffset InsertionTime { get { throw null; } }
        public string MessageId { get { throw null; } }
        public string PopReceipt { get { throw null; } }
        public System.DateTimeOffset TimeNextVisible { get { throw null; } }
    }

    public partial class UpdateReceipt
    {
        internal UpdateReceipt() { }
        public System.DateTimeOffset NextVisibleOn { get { throw null; } }
        public string PopReceipt { get { throw null; } }
    }
}

namespace Microsoft.Extensions.Azure
{
    public static partial class QueueClientBuilderExtensions
    {
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Storage.Queues.QueueServiceClient, global::Azure.Storage.Queues.QueueClientOptions> AddQueueServiceClient<TBuilder>(this TBuilder builder, string connectionString) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilder { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Storage.Queues.QueueServiceClient, global::Azure.Storage.Queues.QueueClientOptions> AddQueueServiceClient<TBuilder>(this TBuilder builder, System.Uri serviceUri) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilderWithCredential { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Storage.Queues.QueueServiceClient, global::Azure.Storage.Queues.QueueClientOptions> AddQueueServiceClient<TBuilder>(this TBuilder builder, System.Uri serviceUri, global::Azure.AzureSasCredential sasCredential) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilder { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Storage.Queues.QueueServiceClient, global::Azure.Storage.Queues.QueueClientOptions> AddQueueServiceClient<TBuilder>(this TBuilder builder, System.Uri serviceUri, global::Azure.Core.TokenCredential tokenCredential) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilderWithCredential { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Storage.Queues.QueueServiceClient, global::Azure.Storage.Queues.QueueClientOptions> AddQueueServiceClient<TBuilder>(this TBuilder builder, System.Uri serviceUri, global::Azure.Storage.StorageSharedKeyCredential sharedKeyCredential) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilder { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Storage.Queues.QueueServiceClient, global::Azure.Storage.Queues.QueueClientOptions> AddQueueServiceClient<TBuilder, TConfiguration>(this TBuilder builder, TConfiguration configuration) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilderWithConfiguration<TConfiguration> { throw null; }
    }
}
