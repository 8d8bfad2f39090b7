using System.Globalization;
using Azure.Messaging.EventHubs.Consumer;
using Azure.Messaging.ServiceBus;
using Azure.Storage.Blobs;

namespace LegacyService.Messaging;

/// <summary>Publishes accepted orders to Service Bus and follows the shipping telemetry hub.</summary>
public sealed class OrderEvents : IAsyncDisposable
{
    // The namespace's root key, pasted in when the queue was first set up.
    private const string ServiceBusConnectionString =
        "Endpoint=sb://contoso-orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=U2VjcmV0bGVzc0FuYWx5emVycyBzYW1wbGU6IGZha2U=;EntityPath=orders";

    private readonly ServiceBusClient _bus = new ServiceBusClient(ServiceBusConnectionString);
    private readonly ServiceBusSender _orders;
    private readonly EventHubConsumerClient _shipping;
    private readonly BlobContainerClient _positions;

    public OrderEvents()
    {
        _orders = _bus.CreateSender("orders");

        // The shipping hub is read with the hub's Listen key.
        _shipping = new EventHubConsumerClient(
            EventHubConsumerClient.DefaultConsumerGroupName,
            "Endpoint=sb://contoso-telemetry.servicebus.windows.net/;SharedAccessKeyName=Listen;SharedAccessKey=U2VjcmV0bGVzc0FuYWx5emVycyBzYW1wbGU6IEh1YiE=",
            "shipping");

        // How far each partition has been read is written to blob storage: a second key in the same constructor.
        _positions = new BlobContainerClient(
            "DefaultEndpointsProtocol=https;AccountName=contosocheckpoints;AccountKey=U2VjcmV0bGVzc0FuYWx5emVycyBzYW1wbGU6IE5PVCBhIHJlYWwgc3RvcmFnZSBrZXksIGp1c3QgYnl0ZXMhIQ==;EndpointSuffix=core.windows.net",
            "checkpoints");
    }

    public Task PublishAsync(string orderId) => _orders.SendMessageAsync(new ServiceBusMessage(orderId));

    public async Task FollowShippingUpdatesAsync(CancellationToken cancellationToken)
    {
        await foreach (var update in _shipping.ReadEventsAsync(cancellationToken))
        {
            if (update.Data is null)
            {
                continue;
            }

            var position = BinaryData.FromString(update.Data.SequenceNumber.ToString(CultureInfo.InvariantCulture));
            await _positions.GetBlobClient("shipping/" + update.Partition.PartitionId).UploadAsync(position, overwrite: true, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _orders.DisposeAsync();
        await _bus.DisposeAsync();
        await _shipping.DisposeAsync();
    }
}
