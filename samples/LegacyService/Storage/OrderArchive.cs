using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace LegacyService.Storage;

/// <summary>Archives incoming orders to blob storage and queues them for fulfilment.</summary>
public sealed class OrderArchive
{
    // Copied from the portal's "Access keys" blade years ago.
    private const string StorageAccountName = "contosoorders";
    private const string StorageAccountKey = "U2VjcmV0bGVzc0FuYWx5emVycyBzYW1wbGU6IE5PVCBhIHJlYWwgc3RvcmFnZSBrZXksIGp1c3QgYnl0ZXMhIQ==";
    private const string ConnectionString =
        "DefaultEndpointsProtocol=https;AccountName=" + StorageAccountName + ";AccountKey=" + StorageAccountKey + ";EndpointSuffix=core.windows.net";

    // Local development against Azurite is fine: no real key in here.
    private const string LocalEmulator = "UseDevelopmentStorage=true";

    private readonly BlobContainerClient _archive;
    private readonly QueueClient _fulfilment;

    public OrderArchive(IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            _archive = new BlobContainerClient(LocalEmulator, "orders");
            _fulfilment = new QueueClient(LocalEmulator, "fulfilment");
            return;
        }

        _archive = new BlobContainerClient(ConnectionString, "orders");
        _fulfilment = new QueueClient(ConnectionString, "fulfilment");
    }

    public async Task ArchiveAsync(string orderId, Stream body)
    {
        await _archive.GetBlobClient(orderId + ".json").UploadAsync(body, overwrite: true);
        await _fulfilment.SendMessageAsync(orderId);
    }
}
