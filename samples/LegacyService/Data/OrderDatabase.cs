using Microsoft.Data.SqlClient;

namespace LegacyService.Data;

/// <summary>Reads order totals from the Azure SQL database, still with the SQL login created at go-live.</summary>
public sealed class OrderDatabase
{
    // SL1003's fix drops the password and writes Authentication=Active Directory Default. From Microsoft.Data.SqlClient 7
    // on, Entra authentication also needs the Microsoft.Data.SqlClient.Extensions.Azure package, which this sample does
    // not reference: the finding says so.
    private const string SqlServer = "contoso-orders.database.windows.net";
    // Not a real password: the Base64 of "SampleOnly-NotARealPassword", so it reads like a generated one (a password
    // that says it is a placeholder is rightly not reported).
    private const string SqlPassword = "U2FtcGxlT25seS1Ob3RBUmVhbFBhc3N3b3Jk";
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
