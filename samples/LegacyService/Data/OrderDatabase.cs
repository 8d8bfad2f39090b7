using Microsoft.Data.SqlClient;

namespace LegacyService.Data;

/// <summary>Reads order totals from the Azure SQL database, still with the SQL login created at go-live.</summary>
public sealed class OrderDatabase
{
    private const string SqlServer = "contoso-orders.database.windows.net";
    private const string SqlPassword = "SampleOnly-NotARealPassword-2024!";
    private const string ConnectionString =
        "Server=tcp:" + SqlServer + ",1433;Initial Catalog=orders;User ID=orders_app;Password=" + SqlPassword + ";Encrypt=True;";

    public async Task<int> CountOrdersAsync()
    {
        await using var connection = new SqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM dbo.Orders";
        return (int)(await command.ExecuteScalarAsync() ?? 0);
    }
}
