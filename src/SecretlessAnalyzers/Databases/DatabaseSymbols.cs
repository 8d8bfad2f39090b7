using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Databases
{
    /// <summary>The database client a connection string goes to. The client decides which fix, if any, is possible.</summary>
    public enum DatabaseClient
    {
        Unknown,

        /// <summary>Microsoft.Data.SqlClient, directly or through EF Core's SQL Server provider.</summary>
        MicrosoftSqlClient,

        /// <summary>The legacy System.Data.SqlClient: no Entra authentication modes.</summary>
        SystemSqlClient,

        /// <summary>An <c>NpgsqlConnection</c> or connection-string builder: nowhere to plug a token provider.</summary>
        NpgsqlConnection,

        /// <summary><c>new NpgsqlDataSourceBuilder(...)</c>: takes <c>UsePeriodicPasswordProvider</c>.</summary>
        NpgsqlDataSourceBuilder,

        /// <summary><c>NpgsqlDataSource.Create(...)</c>: becomes a data source builder with a password provider.</summary>
        NpgsqlDataSourceCreate,

        /// <summary>EF Core's <c>UseNpgsql(...)</c> / <c>AddNpgsql(...)</c>: <c>ConfigureDataSource</c> takes the provider.</summary>
        NpgsqlEntityFramework,

        /// <summary>A MySqlConnector connection or builder: nowhere to plug a token provider.</summary>
        MySqlConnectorConnection,

        /// <summary><c>new MySqlDataSourceBuilder(...)</c> (MySqlConnector): takes <c>UsePeriodicPasswordProvider</c>.</summary>
        MySqlConnectorDataSourceBuilder,

        /// <summary>Oracle's MySql.Data: no token provider at all.</summary>
        MySqlData,
    }

    /// <summary>The database client types of one compilation, looked up once and only when a candidate literal appears.</summary>
    public sealed class DatabaseSymbols
    {
        // Types whose constructor takes a connection string, or whose ConnectionString property is set.
        private static readonly (string MetadataName, DatabaseClient Client)[] ClientTypeNames =
        {
            ("Microsoft.Data.SqlClient.SqlConnection", DatabaseClient.MicrosoftSqlClient),
            ("Microsoft.Data.SqlClient.SqlConnectionStringBuilder", DatabaseClient.MicrosoftSqlClient),
            ("System.Data.SqlClient.SqlConnection", DatabaseClient.SystemSqlClient),
            ("System.Data.SqlClient.SqlConnectionStringBuilder", DatabaseClient.SystemSqlClient),
            ("Npgsql.NpgsqlConnection", DatabaseClient.NpgsqlConnection),
            ("Npgsql.NpgsqlConnectionStringBuilder", DatabaseClient.NpgsqlConnection),
            ("Npgsql.NpgsqlDataSourceBuilder", DatabaseClient.NpgsqlDataSourceBuilder),
            ("Npgsql.NpgsqlSlimDataSourceBuilder", DatabaseClient.NpgsqlDataSourceBuilder),
            ("MySqlConnector.MySqlConnection", DatabaseClient.MySqlConnectorConnection),
            ("MySqlConnector.MySqlConnectionStringBuilder", DatabaseClient.MySqlConnectorConnection),
            ("MySqlConnector.MySqlDataSource", DatabaseClient.MySqlConnectorConnection),
            ("MySqlConnector.MySqlDataSourceBuilder", DatabaseClient.MySqlConnectorDataSourceBuilder),
            ("MySql.Data.MySqlClient.MySqlConnection", DatabaseClient.MySqlData),
            ("MySql.Data.MySqlClient.MySqlConnectionStringBuilder", DatabaseClient.MySqlData),
        };

        private readonly Dictionary<INamedTypeSymbol, DatabaseClient> _clients = new Dictionary<INamedTypeSymbol, DatabaseClient>(SymbolEqualityComparer.Default);

        public DatabaseSymbols(Compilation compilation)
        {
            foreach (var (name, client) in ClientTypeNames)
            {
                var type = compilation.GetTypeByMetadataName(name);
                if (type is not null)
                {
                    _clients[type] = client;
                }
            }

            NpgsqlDataSource = compilation.GetTypeByMetadataName("Npgsql.NpgsqlDataSource");
            Identity = new AzureIdentitySymbols(compilation);
            SqlClientNeedsAzureExtension = NeedsAzureExtension(compilation);
        }

        public INamedTypeSymbol? NpgsqlDataSource { get; }

        public AzureIdentitySymbols Identity { get; }

        /// <summary>
        /// Microsoft.Data.SqlClient 7 moved the Entra modes into Microsoft.Data.SqlClient.Extensions.Azure: true when
        /// version 7 or later is referenced without that package.
        /// </summary>
        public bool SqlClientNeedsAzureExtension { get; }

        /// <summary>The client of a type whose constructor or <c>ConnectionString</c> takes the value.</summary>
        public DatabaseClient ClientOf(ITypeSymbol? type) =>
            type is INamedTypeSymbol named && _clients.TryGetValue(named.OriginalDefinition, out var client) ? client : DatabaseClient.Unknown;

        /// <summary>A static or extension method that takes a connection string: EF Core providers, <c>NpgsqlDataSource.Create</c>.</summary>
        public DatabaseClient ClientOfMethod(IMethodSymbol method)
        {
            var original = method.ReducedFrom ?? method;
            var typeName = original.ContainingType?.Name;
            switch (original.Name)
            {
                case "UseSqlServer" or "UseAzureSql" or "AddSqlServer" or "AddAzureSql"
                    when typeName is "SqlServerDbContextOptionsExtensions" or "SqlServerServiceCollectionExtensions"
                        or "SqlServerDbContextOptionsBuilderExtensions":
                    return DatabaseClient.MicrosoftSqlClient;
                case "UseNpgsql" or "AddNpgsql" when typeName is "NpgsqlDbContextOptionsBuilderExtensions" or "NpgsqlServiceCollectionExtensions":
                    return DatabaseClient.NpgsqlEntityFramework;
                case "UseMySql" or "AddMySql" when typeName is "MySqlDbContextOptionsBuilderExtensions" or "MySqlServiceCollectionExtensions":
                    // Pomelo's provider builds its own data source from the string.
                    return DatabaseClient.MySqlConnectorConnection;
                case "Create" when SymbolEqualityComparer.Default.Equals(original.ContainingType, NpgsqlDataSource):
                    return DatabaseClient.NpgsqlDataSourceCreate;
                default:
                    return DatabaseClient.Unknown;
            }
        }

        private static bool NeedsAzureExtension(Compilation compilation)
        {
            var sqlClient = false;
            foreach (var assembly in compilation.ReferencedAssemblyNames)
            {
                if (string.Equals(assembly.Name, "Microsoft.Data.SqlClient.Extensions.Azure", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                sqlClient |= string.Equals(assembly.Name, "Microsoft.Data.SqlClient", StringComparison.OrdinalIgnoreCase) && assembly.Version.Major >= 7;
            }

            return sqlClient;
        }
    }
}
