using Npgsql;

namespace LegacyService.Data;

/// <summary>The reporting replica on Azure Database for PostgreSQL.</summary>
// The password is not real: the Base64 of "SampleOnly-NotARealPassword".
public sealed class ReportingDatabase : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(
        "Host=contoso-reports.postgres.database.azure.com;Database=reports;Username=reporting;Password=U2FtcGxlT25seS1Ob3RBUmVhbFBhc3N3b3Jk;SSL Mode=Require");

    public NpgsqlConnection OpenConnection() => _dataSource.OpenConnection();

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
