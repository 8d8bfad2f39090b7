using Microsoft.Azure.Cosmos;

namespace LegacyService.Cosmos;

/// <summary>The product catalog in Cosmos DB, and the reporting account the dashboard reads.</summary>
public sealed class ProductCatalog
{
    private const string Endpoint = "https://contoso-catalog.documents.azure.com:443/";
    private const string PrimaryKey = "U2VjcmV0bGVzc0FuYWx5emVycyBzYW1wbGU6IE5PVCBhIHJlYWwgQ29zbW9zIERCIGtleSwganVzdCBieXRlcw==";

    private readonly CosmosClient _catalog = new CosmosClient(Endpoint, PrimaryKey, new CosmosClientOptions { ApplicationName = "LegacyService" });

    // The reports account was added later, with the connection string from the portal.
    private readonly CosmosClient _reports = new CosmosClient(
        "AccountEndpoint=https://contoso-reports.documents.azure.com:443/;AccountKey=U2VjcmV0bGVzc0FuYWx5emVycyBzYW1wbGU6IE5PVCBhIHJlYWwgQ29zbW9zIERCIGtleSwganVzdCBieXRlcw==;");

    // Creating the database at start-up needs more than a data-plane role: the finding says so.
    public async Task EnsureCreatedAsync()
    {
        Database database = await _catalog.CreateDatabaseIfNotExistsAsync("catalog");
        await database.CreateContainerIfNotExistsAsync("products", "/category");
    }

    public Task<ItemResponse<Product>> GetAsync(string id, string category) =>
        _catalog.GetContainer("catalog", "products").ReadItemAsync<Product>(id, new PartitionKey(category));

    public Container DailyReports => _reports.GetContainer("reports", "daily");
}

public sealed record Product(string id, string category, string name, decimal price);
