using Azure.Messaging.EventHubs;
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
    private readonly EventProcessorClient _shipping;

    public OrderEvents()
    {
        _orders = _bus.CreateSender("orders");

        // The processor keeps its checkpoints in blob storage: a second key in the same constructor.
        var checkpoints = new BlobContainerClient(
            "DefaultEndpointsProtocol=https;AccountName=contosocheckpoints;AccountKey=U2VjcmV0bGVzc0FuYWx5emVycyBzYW1wbGU6IE5PVCBhIHJlYWwgc3RvcmFnZSBrZXksIGp1c3QgYnl0ZXMhIQ==;EndpointSuffix=core.windows.net",
            "checkpoints");
        _shipping = new EventProcessorClient(
            checkpoints,
            "$Default",
            "Endpoint=sb://contoso-telemetry.servicebus.windows.net/;SharedAccessKeyName=Listen;SharedAccessKey=U2VjcmV0bGVzc0FuYWx5emVycyBzYW1wbGU6IEh1YiE=",
            "shipping");
        _shipping.ProcessEventAsync += _ => Task.CompletedTask;
        _shipping.ProcessErrorAsync += _ => Task.CompletedTask;
    }

    public Task PublishAsync(string orderId) => _orders.SendMessageAsync(new ServiceBusMessage(orderId));

    public Task StartShippingUpdatesAsync() => _shipping.StartProcessingAsync();

    public async ValueTask DisposeAsync()
    {
        await _orders.DisposeAsync();
        await _bus.DisposeAsync();
    }
}
