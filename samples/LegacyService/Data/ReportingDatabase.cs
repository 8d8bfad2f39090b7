using Npgsql;

namespace LegacyService.Data;

/// <summary>The reporting replica on Azure Database for PostgreSQL.</summary>
public sealed class ReportingDatabase : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(
        "Host=contoso-reports.postgres.database.azure.com;Database=reports;Username=reporting;Password=SampleOnly-NotARealPassword-2024!;SSL Mode=Require");

    public NpgsqlConnection OpenConnection() => _dataSource.OpenConnection();

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
