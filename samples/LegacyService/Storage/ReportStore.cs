using Azure.Storage.Blobs;

namespace LegacyService.Storage;

/// <summary>Monthly reports, in a storage account whose connection string lives in appsettings.json.</summary>
public sealed class ReportStore(IConfiguration configuration)
{
    private readonly BlobContainerClient _reports = new(configuration.GetConnectionString("Reports"), "monthly");

    public BlobContainerClient Reports => _reports;
}
