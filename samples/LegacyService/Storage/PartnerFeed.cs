using Azure;
using Azure.Storage.Blobs;

namespace LegacyService.Storage;

/// <summary>Reads the daily price list a partner publishes, through a SAS they sent by e-mail.</summary>
public sealed class PartnerFeed
{
    private readonly BlobClient _priceList = new BlobClient(
        new Uri("https://fabrikamfeeds.blob.core.windows.net/prices/daily.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&spr=https&sig=TGVnYWN5U2VydmljZSBkZW1vIFNBUyBzaWduYXR1cmU%3D"));

    private readonly BlobContainerClient _catalog = new BlobContainerClient(
        new Uri("https://fabrikamfeeds.blob.core.windows.net/catalog"),
        new AzureSasCredential("sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01T00:00:00Z&spr=https&sig=TGVnYWN5U2VydmljZSBkZW1vIFNBUyBzaWduYXR1cmU%3D"));

    public async Task<string> GetPricesAsync()
    {
        var content = await _priceList.DownloadContentAsync();
        return content.Value.Content.ToString();
    }

    public BlobContainerClient Catalog => _catalog;
}
