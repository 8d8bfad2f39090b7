using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace LegacyService.Storage;

/// <summary>
/// Monthly reports, in a storage account whose connection string lives in appsettings.json; the same connection
/// string serves the queue that announces each published report (blob and queue endpoints of one account).
/// </summary>
public sealed class ReportStore(IConfiguration configuration)
{
    private readonly BlobContainerClient _reports = new(configuration.GetConnectionString("Reports"), "monthly");
    private readonly QueueClient _published = new(configuration.GetConnectionString("Reports"), "reports-published");

    public BlobContainerClient Reports => _reports;

    public Task AnnounceAsync(string month) => _published.SendMessageAsync(month);
}
