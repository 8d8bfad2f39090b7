using System.Threading.Tasks;
using SecretlessAnalyzers.CodeFixes.Common;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.DatabasePasswordAnalyzer,
    SecretlessAnalyzers.CodeFixes.Databases.DatabasePasswordCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Databases
{
    /// <summary>SL1003 code fix: Azure SQL authentication modes, PostgreSQL / MySQL token providers, fix-all, and where no fix is offered.</summary>
    public class DatabasePasswordFixTests
    {
        private const string TokenProvider =
            "async (_, cancellationToken) => (await new DefaultAzureCredential().GetTokenAsync(new TokenRequestContext(new[] { \"https://ossrdbms-aad.database.windows.net/.default\" }), cancellationToken)).Token, TimeSpan.FromMinutes(55), TimeSpan.FromSeconds(5)";

        private static readonly string Password = FakeServiceSecrets.DatabasePassword();
        private static readonly string AzureSql = $"Server=tcp:contoso-sql.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password={Password};Encrypt=True;";
        private static readonly string AzurePostgres = $"Host=contoso-pg.postgres.database.azure.com;Database=orders;Username=orders-api;Password={Password};SSL Mode=Require";
        private static readonly string AzureMySql = $"Server=contoso-my.mysql.database.azure.com;Database=orders;User ID=orders-api;Password={Password};SslMode=Required";

        [Fact]
        public Task AzureSql_SqlConnection_GetsActiveDirectoryDefault() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Microsoft.Data.SqlClient;

                class Orders
                {
                    public SqlConnection Open() => new SqlConnection({|SL1003:"{{AzureSql}}"|});
                }
                """,
                """
                using Microsoft.Data.SqlClient;

                class Orders
                {
                    public SqlConnection Open() => new SqlConnection("Server=tcp:contoso-sql.database.windows.net,1433;Initial Catalog=orders;Authentication=Active Directory Default;Encrypt=True;");
                }
                """);

        [Fact]
        public Task AzureSql_ManagedIdentityAction_GetsActiveDirectoryManagedIdentity() =>
            new Verify.Test
            {
                TestCode = $$"""
                    using Microsoft.Data.SqlClient;

                    class Orders
                    {
                        public SqlConnection Open() => new SqlConnection({|SL1003:"{{AzureSql}}"|});
                    }
                    """,
                FixedCode = """
                    using Microsoft.Data.SqlClient;

                    class Orders
                    {
                        public SqlConnection Open() => new SqlConnection("Server=tcp:contoso-sql.database.windows.net,1433;Initial Catalog=orders;Authentication=Active Directory Managed Identity;Encrypt=True;");
                    }
                    """,
                CodeActionEquivalenceKey = CredentialActions.UseManagedIdentityCredentialKey,
            }.RunAsync();

        [Fact]
        public Task AzureSql_EditorConfigUserAssignedIdentity_WritesItsClientIdAsUserId() =>
            new Verify.Test
            {
                TestCode = $$"""
                    using Microsoft.Data.SqlClient;

                    class Orders
                    {
                        public SqlConnection Open() => new SqlConnection({|SL1003:"Data Source=contoso-sql.database.windows.net;Initial Catalog=orders;UID=orders_app;PWD={{Password}}"|});
                    }
                    """,
                FixedCode = """
                    using Microsoft.Data.SqlClient;

                    class Orders
                    {
                        public SqlConnection Open() => new SqlConnection("Data Source=contoso-sql.database.windows.net;Initial Catalog=orders;Authentication=Active Directory Managed Identity;User Id=6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b");
                    }
                    """,
                CodeActionIndex = 0,
            }
            .WithOption(CredentialOptions.CredentialKey, "managed_identity")
            .WithOption(CredentialOptions.ManagedIdentityClientIdKey, "6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b")
            .RunAsync();

        [Fact]
        public Task AzureSql_ServicePrincipalSecret_IsReplacedByTheEntraMode() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Microsoft.Data.SqlClient;

                class Orders
                {
                    public SqlConnection Open() => new SqlConnection({|SL1003:"Server=contoso-sql.database.windows.net;Database=orders;Authentication=Active Directory Service Principal;User Id=6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b;Password={{Password}}"|});
                }
                """,
                """
                using Microsoft.Data.SqlClient;

                class Orders
                {
                    public SqlConnection Open() => new SqlConnection("Server=contoso-sql.database.windows.net;Database=orders;Authentication=Active Directory Default");
                }
                """);

        [Fact]
        public Task AzureSql_ConstBuiltFromConstants_BecomesOneLiteral_PasswordConstantRemoved() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Microsoft.Data.SqlClient;

                class Orders
                {
                    private const string Server = "contoso-sql.database.windows.net";
                    private const string DbPassword = "{{Password}}";
                    private const string ConnectionString = {|SL1003:"Server=" + Server + ";Database=orders;User ID=app;Password=" + DbPassword|};

                    public SqlConnection Open() => new SqlConnection(ConnectionString);

                    public SqlConnection OpenAgain() => new SqlConnection(ConnectionString);
                }
                """,
                """
                using Microsoft.Data.SqlClient;

                class Orders
                {
                    private const string ConnectionString = "Server=contoso-sql.database.windows.net;Database=orders;Authentication=Active Directory Default";

                    public SqlConnection Open() => new SqlConnection(ConnectionString);

                    public SqlConnection OpenAgain() => new SqlConnection(ConnectionString);
                }
                """);

        [Fact]
        public Task AzureSql_EntityFrameworkUseSqlServer_AndConnectionStringProperty() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Microsoft.Data.SqlClient;
                using Microsoft.EntityFrameworkCore;

                class OrdersContext : DbContext
                {
                    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
                        options.UseSqlServer({|SL1003:"{{AzureSql}}"|});

                    public static void Reconnect(SqlConnection connection) => connection.ConnectionString = {|SL1003:"{{AzureSql}}"|};
                }
                """,
                """
                using Microsoft.Data.SqlClient;
                using Microsoft.EntityFrameworkCore;

                class OrdersContext : DbContext
                {
                    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
                        options.UseSqlServer("Server=tcp:contoso-sql.database.windows.net,1433;Initial Catalog=orders;Authentication=Active Directory Default;Encrypt=True;");

                    public static void Reconnect(SqlConnection connection) => connection.ConnectionString = "Server=tcp:contoso-sql.database.windows.net,1433;Initial Catalog=orders;Authentication=Active Directory Default;Encrypt=True;";
                }
                """);

        /// <summary>
        /// EF Core 10's <c>UseAzureSql(string, Action&lt;AzureSqlDbContextOptionsBuilder&gt;)</c> (Microsoft.EntityFrameworkCore.SqlServer
        /// 10.0.15): the connection string changes, the options callback stays.
        /// </summary>
        [Fact]
        public Task AzureSql_EntityFrameworkUseAzureSql_KeepsItsOptionsCallback() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Microsoft.EntityFrameworkCore;

                class OrdersContext : DbContext
                {
                    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
                        options.UseAzureSql({|SL1003:"{{AzureSql}}"|}, azure => azure.EnableRetryOnFailure());
                }
                """,
                """
                using Microsoft.EntityFrameworkCore;

                class OrdersContext : DbContext
                {
                    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
                        options.UseAzureSql("Server=tcp:contoso-sql.database.windows.net,1433;Initial Catalog=orders;Authentication=Active Directory Default;Encrypt=True;", azure => azure.EnableRetryOnFailure());
                }
                """);

        [Fact]
        public Task AzureSql_BuilderInitializer_TakesAnAuthenticationMode() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Microsoft.Data.SqlClient;

                class Orders
                {
                    private const string DbPassword = "{{Password}}";

                    public string ConnectionString() => new SqlConnectionStringBuilder
                    {
                        DataSource = "contoso-sql.database.windows.net",
                        InitialCatalog = "orders",
                        UserID = "orders_app",
                        Password = {|SL1003:DbPassword|},
                        TrustServerCertificate = false,
                    }.ConnectionString;
                }
                """,
                """
                using Microsoft.Data.SqlClient;

                class Orders
                {
                    public string ConnectionString() => new SqlConnectionStringBuilder
                    {
                        DataSource = "contoso-sql.database.windows.net",
                        InitialCatalog = "orders",
                        Authentication = SqlAuthenticationMethod.ActiveDirectoryDefault,
                        TrustServerCertificate = false,
                    }.ConnectionString;
                }
                """);

        [Fact]
        public Task AzureSql_FixAll_AddsNoCredentialField() =>
            new Verify.Test
            {
                TestCode = $$"""
                    using Microsoft.Data.SqlClient;

                    class Databases
                    {
                        private static readonly SqlConnection Orders = new SqlConnection({|SL1003:"Server=orders-sql.database.windows.net;Database=orders;User ID=app;Password={{Password}}"|});
                        private static readonly SqlConnection Audit = new SqlConnection({|SL1003:"Server=audit-sql.database.windows.net;Database=audit;User ID=app;Password={{Password}}"|});
                    }
                    """,
                FixedCode = """
                    using Microsoft.Data.SqlClient;

                    class Databases
                    {
                        private static readonly SqlConnection Orders = new SqlConnection("Server=orders-sql.database.windows.net;Database=orders;Authentication=Active Directory Default");
                        private static readonly SqlConnection Audit = new SqlConnection("Server=audit-sql.database.windows.net;Database=audit;Authentication=Active Directory Default");
                    }
                    """,
            }.RunAsync();

        [Fact]
        public Task Postgres_DataSourceBuilder_GetsPeriodicEntraTokenProvider() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Npgsql;

                class Orders
                {
                    public NpgsqlDataSource Build()
                    {
                        var builder = new NpgsqlDataSourceBuilder({|SL1003:"{{AzurePostgres}}"|});
                        return builder.Build();
                    }
                }
                """,
                $$"""
                using System;
                using Azure.Core;
                using Azure.Identity;
                using Npgsql;

                class Orders
                {
                    public NpgsqlDataSource Build()
                    {
                        var builder = new NpgsqlDataSourceBuilder("Host=contoso-pg.postgres.database.azure.com;Database=orders;Username=orders-api;SSL Mode=Require").UsePeriodicPasswordProvider({{TokenProvider}});
                        return builder.Build();
                    }
                }
                """);

        [Fact]
        public Task Postgres_DataSourceCreate_BecomesBuilderWithProvider() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Npgsql;

                class Orders
                {
                    private const string ConnectionString = {|SL1003:"{{AzurePostgres}}"|};

                    public NpgsqlDataSource Create() => NpgsqlDataSource.Create(ConnectionString);
                }
                """,
                $$"""
                using System;
                using Azure.Core;
                using Azure.Identity;
                using Npgsql;

                class Orders
                {
                    private const string ConnectionString = "Host=contoso-pg.postgres.database.azure.com;Database=orders;Username=orders-api;SSL Mode=Require";

                    public NpgsqlDataSource Create() => new NpgsqlDataSourceBuilder(ConnectionString).UsePeriodicPasswordProvider({{TokenProvider}}).Build();
                }
                """);

        [Fact]
        public Task Postgres_ConstUsedByTwoKindsOfDataSource_BothGetTheProvider() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Npgsql;

                class Orders
                {
                    private static readonly string ConnectionString = {|SL1003:"{{AzurePostgres}}"|};

                    public NpgsqlDataSource Create() => NpgsqlDataSource.Create(ConnectionString);

                    public NpgsqlDataSourceBuilder Builder() => new NpgsqlDataSourceBuilder(ConnectionString);
                }
                """,
                $$"""
                using System;
                using Azure.Core;
                using Azure.Identity;
                using Npgsql;

                class Orders
                {
                    private static readonly string ConnectionString = "Host=contoso-pg.postgres.database.azure.com;Database=orders;Username=orders-api;SSL Mode=Require";

                    public NpgsqlDataSource Create() => new NpgsqlDataSourceBuilder(ConnectionString).UsePeriodicPasswordProvider({{TokenProvider}}).Build();

                    public NpgsqlDataSourceBuilder Builder() => new NpgsqlDataSourceBuilder(ConnectionString).UsePeriodicPasswordProvider({{TokenProvider}});
                }
                """);

        [Fact]
        public Task Postgres_UseNpgsql_ConfiguresTheDataSource() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Microsoft.EntityFrameworkCore;

                class OrdersContext : DbContext
                {
                    protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseNpgsql({|SL1003:"{{AzurePostgres}}"|});
                }
                """,
                $$"""
                using System;
                using Azure.Core;
                using Azure.Identity;
                using Microsoft.EntityFrameworkCore;

                class OrdersContext : DbContext
                {
                    protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseNpgsql("Host=contoso-pg.postgres.database.azure.com;Database=orders;Username=orders-api;SSL Mode=Require", npgsql => npgsql.ConfigureDataSource(dataSource => dataSource.UsePeriodicPasswordProvider({{TokenProvider}})));
                }
                """);

        [Fact]
        public Task Postgres_AddNpgsqlRegistration_ConfiguresTheDataSource() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Microsoft.EntityFrameworkCore;
                using Microsoft.Extensions.DependencyInjection;

                class OrdersContext : DbContext
                {
                    public static void Register(IServiceCollection services) => services.AddNpgsql<OrdersContext>({|SL1003:"{{AzurePostgres}}"|});
                }
                """,
                $$"""
                using System;
                using Azure.Core;
                using Azure.Identity;
                using Microsoft.EntityFrameworkCore;
                using Microsoft.Extensions.DependencyInjection;

                class OrdersContext : DbContext
                {
                    public static void Register(IServiceCollection services) => services.AddNpgsql<OrdersContext>("Host=contoso-pg.postgres.database.azure.com;Database=orders;Username=orders-api;SSL Mode=Require", npgsql => npgsql.ConfigureDataSource(dataSource => dataSource.UsePeriodicPasswordProvider({{TokenProvider}})));
                }
                """);

        [Fact]
        public Task MySqlConnector_DataSourceBuilder_GetsPeriodicEntraTokenProvider() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using MySqlConnector;

                class Orders
                {
                    public MySqlDataSource Build() => new MySqlDataSourceBuilder({|SL1003:"{{AzureMySql}}"|}).Build();
                }
                """,
                $$"""
                using System;
                using Azure.Core;
                using Azure.Identity;
                using MySqlConnector;

                class Orders
                {
                    public MySqlDataSource Build() => new MySqlDataSourceBuilder("Server=contoso-my.mysql.database.azure.com;Database=orders;User ID=orders-api;SslMode=Required").UsePeriodicPasswordProvider({{TokenProvider}}).Build();
                }
                """);

        [Fact]
        public Task Postgres_FixAll_SharesOneCredentialField() =>
            new Verify.Test
            {
                TestCode = $$"""
                    using Npgsql;

                    class DataSources
                    {
                        public static NpgsqlDataSource Orders() => NpgsqlDataSource.Create({|SL1003:"{{AzurePostgres}}"|});
                        public static NpgsqlDataSource Audit() => NpgsqlDataSource.Create({|SL1003:"{{AzurePostgres.Replace("orders", "audit")}}"|});
                    }
                    """,
                FixedCode = $$"""
                    using System;
                    using Azure.Core;
                    using Azure.Identity;
                    using Npgsql;

                    class DataSources
                    {
                        public static NpgsqlDataSource Orders() => new NpgsqlDataSourceBuilder("Host=contoso-pg.postgres.database.azure.com;Database=orders;Username=orders-api;SSL Mode=Require").UsePeriodicPasswordProvider({{TokenProvider}}).Build();
                        public static NpgsqlDataSource Audit() => new NpgsqlDataSourceBuilder("Host=contoso-pg.postgres.database.azure.com;Database=audit;Username=audit-api;SSL Mode=Require").UsePeriodicPasswordProvider({{TokenProvider}}).Build();
                    }
                    """,
                BatchFixedCode = $$"""
                    using System;
                    using Azure.Core;
                    using Azure.Identity;
                    using Npgsql;

                    class DataSources
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        public static NpgsqlDataSource Orders() => new NpgsqlDataSourceBuilder("Host=contoso-pg.postgres.database.azure.com;Database=orders;Username=orders-api;SSL Mode=Require").UsePeriodicPasswordProvider({{TokenProvider.Replace("new DefaultAzureCredential()", "AzureCredential")}}).Build();
                        public static NpgsqlDataSource Audit() => new NpgsqlDataSourceBuilder("Host=contoso-pg.postgres.database.azure.com;Database=audit;Username=audit-api;SSL Mode=Require").UsePeriodicPasswordProvider({{TokenProvider.Replace("new DefaultAzureCredential()", "AzureCredential")}}).Build();
                    }
                    """,
            }.RunAsync();

        [Theory]
        [InlineData("using System.Data.SqlClient;", "new SqlConnection({0})")]
        [InlineData("using Npgsql;", "new NpgsqlConnection({0})")]
        [InlineData("using MySqlConnector;", "new MySqlConnection({0})")]
        [InlineData("using MySql.Data.MySqlClient;", "new MySqlConnection({0})")]
        [InlineData("using Microsoft.Data.SqlClient;", "new SqlConnection({0})")]
        [InlineData("using Microsoft.Data.SqlClient;", "string.Concat({0}, \"\")")]
        public Task ClientsThatCannotTakeEntraTokens_AreReportedWithoutFix(string usingDirective, string call)
        {
            // The last two: an on-premises server, and a string that goes to no database client.
            var connectionString = usingDirective.Contains("Npgsql") ? AzurePostgres
                : usingDirective.Contains("MySql") ? AzureMySql
                : call.StartsWith("string.Concat") ? AzureSql
                : usingDirective.Contains("Microsoft") ? AzureSql.Replace("contoso-sql.database.windows.net", "sql01.corp.local") : AzureSql;
            var source = $$"""
                {{usingDirective}}

                class C
                {
                    public void Open() => _ = {{Reported(call, connectionString)}};
                }
                """;
            return Verify.VerifyCodeFixAsync(source, source);
        }

        // string.Concat(...) of literal parts is one value, reported as a whole; elsewhere the literal is.
        private static string Reported(string call, string connectionString) =>
            call.StartsWith("string.Concat", System.StringComparison.Ordinal)
                ? "{|SL1003:" + string.Format(call, "\"" + connectionString + "\"") + "|}"
                : string.Format(call, "{|SL1003:\"" + connectionString + "\"|}");

        [Fact]
        public Task RunTimePartsAndBuilderPassword_AreReportedWithoutFix()
        {
            var source = $$"""
                using Microsoft.Data.SqlClient;

                class C
                {
                    public SqlConnection Open(string database) =>
                        new SqlConnection({|SL1003:$"Server=contoso-sql.database.windows.net;Database={database};User ID=app;Password={{Password}}"|});

                    public void Build(SqlConnectionStringBuilder builder) => builder.Password = {|SL1003:"{{Password}}"|};
                }
                """;
            return Verify.VerifyCodeFixAsync(source, source);
        }

        [Fact]
        public Task DeclarationAlsoUsedElsewhere_IsReportedWithoutFix()
        {
            var source = $$"""
                using Microsoft.Data.SqlClient;

                class C
                {
                    private const string ConnectionString = {|SL1003:"{{AzureSql}}"|};

                    public SqlConnection Open() => new SqlConnection(ConnectionString);

                    public void Log() => System.Console.WriteLine(ConnectionString);
                }
                """;
            return Verify.VerifyCodeFixAsync(source, source);
        }

        [Fact]
        public Task AzureIdentityMissing_PostgresIsReportedWithoutFix()
        {
            var test = new Verify.Test
            {
                TestCode = $$"""
                    namespace Npgsql
                    {
                        public class NpgsqlDataSourceBuilder { public NpgsqlDataSourceBuilder(string connectionString) { } }
                    }

                    class C
                    {
                        object Create() => new Npgsql.NpgsqlDataSourceBuilder({|#0:"{{AzurePostgres}}"|});
                    }
                    """,
            };
            test.TestState.AdditionalReferences.Clear();
            test.TestState.AdditionalReferences.AddRange(TestReferences.Framework);
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
                "Password", "orders", "contoso-pg.postgres.database.azure.com", FakeSecrets.Redacted(Password),
                "use a Microsoft Entra token of a managed identity that is a PostgreSQL Entra principal (pgaadauth_create_principal) granted the tables it uses. Broadest data role: the client is returned",
                ". Add the Azure.Identity package to enable the automatic fix"));
            test.FixedState.Sources.AddRange(test.TestState.Sources);
            return test.RunAsync();
        }
    }
}
