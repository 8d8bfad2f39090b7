using StackExchange.Redis;

namespace LegacyService.Caching;

/// <summary>Caches partner prices in Azure Cache for Redis; the access key came from the portal.</summary>
public sealed class PriceCache
{
    // SL1007 reports the key. Its fix (a token from the managed identity) needs the Microsoft.Azure.StackExchangeRedis
    // package, which this sample does not reference: the finding says so and offers no automatic fix.
    private const string RedisConfiguration =
        "contoso-prices.redis.cache.windows.net:6380,password=U2VjcmV0bGVzc0FuYWx5emVycyBzYW1wbGU6IE5PVCBhIFJlZGlzIGtleQ==,ssl=True,abortConnect=False";

    private IDatabase? _database;

    public async Task<IDatabase> GetDatabaseAsync()
    {
        if (_database is null)
        {
            var connection = await ConnectionMultiplexer.ConnectAsync(RedisConfiguration);
            _database = connection.GetDatabase();
        }

        return _database;
    }
}
