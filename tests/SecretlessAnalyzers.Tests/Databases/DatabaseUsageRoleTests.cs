using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretlessAnalyzers.Databases;
using Microsoft.CodeAnalysis.Testing;
using SecretlessAnalyzers.Rules;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using SecretlessAnalyzers.Usage;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.DatabasePasswordAnalyzer,
    SecretlessAnalyzers.CodeFixes.Databases.DatabasePasswordCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Databases
{
    /// <summary>
    /// SL1003 names the database role from what the code does with the connection or data source the connection
    /// string is given to: reads only → db_datareader (GRANT SELECT), a write → db_datareader and db_datawriter
    /// (GRANT SELECT, INSERT, UPDATE, DELETE), an escaping connection → the broad role with the reason.
    /// </summary>
    public class DatabaseUsageRoleTests
    {
        private const string SqlUser = "use Microsoft Entra authentication with a managed identity added to the database as a contained user (CREATE USER ... FROM EXTERNAL PROVIDER) in ";
        private const string SqlReader = SqlUser + "db_datareader";
        private const string SqlWriter = SqlUser + "db_datareader and db_datawriter";
        private const string PgPrincipal = "use a Microsoft Entra token of a managed identity that is a PostgreSQL Entra principal (pgaadauth_create_principal) granted ";
        private const string PgReader = PgPrincipal + "SELECT on the tables it uses";
        private const string PgWriter = PgPrincipal + "SELECT, INSERT, UPDATE, DELETE on the tables it uses";
        private const string PgBroad = PgPrincipal + "the tables it uses";
        private const string SqlClient7Note = ". Microsoft.Data.SqlClient 7 and later also need the Microsoft.Data.SqlClient.Extensions.Azure package for Entra authentication";
        private const string ConnectionNote = ". No automatic fix: a connection cannot refresh an Entra token; open connections from a data source built with UsePeriodicPasswordProvider";

        private static readonly string Password = FakeServiceSecrets.DatabasePassword();
        private static readonly string Redacted = FakeSecrets.Redacted(Password);
        private static readonly string AzureSql = $"Server=tcp:contoso-sql.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password={Password};Encrypt=True;";
        private static readonly string AzurePostgres = $"Host=contoso-pg.postgres.database.azure.com;Database=orders;Username=orders-api;Password={Password};SSL Mode=Require";

        private static DiagnosticResult Sql(int location, string guidance) =>
            Verify.Diagnostic().WithLocation(location).WithArguments("Password", "orders", "contoso-sql.database.windows.net", Redacted, guidance, SqlClient7Note);

        private static DiagnosticResult Postgres(int location, string guidance, string note = "") =>
            Verify.Diagnostic().WithLocation(location).WithArguments("Password", "orders", "contoso-pg.postgres.database.azure.com", Redacted, guidance, note);

        [Fact]
        public Task SqlConnection_ScalarAndReaderOnly_NeedsDbDataReader() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System.Threading.Tasks;
                using Microsoft.Data.SqlClient;

                class Orders
                {
                    public async Task<int> Count()
                    {
                        await using var connection = new SqlConnection({|#0:"{{AzureSql}}"|});
                        await connection.OpenAsync();
                        using var command = connection.CreateCommand();
                        command.CommandText = "SELECT COUNT(*) FROM Orders";
                        var count = (int)(await command.ExecuteScalarAsync())!;
                        using var reader = await command.ExecuteReaderAsync();
                        return count;
                    }
                }
                """,
                Sql(0, SqlReader + ". Role from the calls: CreateCommand, ExecuteReaderAsync, ExecuteScalarAsync, OpenAsync"));

        [Fact]
        public Task SqlConnection_ExecuteNonQueryThroughACommandConstructor_NeedsDbDataWriter() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Data.SqlClient;

                class Orders
                {
                    public int Ship(int id)
                    {
                        using var connection = new SqlConnection({|#0:"{{AzureSql}}"|});
                        connection.Open();
                        using var command = new SqlCommand("UPDATE Orders SET Shipped = 1 WHERE Id = " + id, connection);
                        return command.ExecuteNonQuery();
                    }
                }
                """,
                Sql(0, SqlWriter + ". Role from the calls: ExecuteNonQuery, Open"));

        [Fact]
        public Task SchemaChanges_NeedDbDdlAdmin_EvenThroughAReadCall() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Data.SqlClient;

                class Migrations
                {
                    public void Apply()
                    {
                        using var connection = new SqlConnection({|#0:"{{AzureSql}}"|});
                        connection.Open();
                        using var command = new SqlCommand("CREATE TABLE Audit (Id int PRIMARY KEY)", connection);
                        command.ExecuteNonQuery();
                    }

                    public object Version()
                    {
                        using var connection = new SqlConnection({|#1:"{{AzureSql}}"|});
                        connection.Open();
                        using var command = new SqlCommand("ALTER TABLE Audit ADD Note nvarchar(100); SELECT 1", connection);
                        return command.ExecuteScalar();
                    }
                }
                """,
                Sql(0, SqlUser + "db_datareader, db_datawriter and db_ddladmin. Role from the calls: ExecuteNonQuery, Open, and a command text that changes the schema (CREATE)"),
                Sql(1, SqlUser + "db_datareader, db_datawriter and db_ddladmin. Role from the calls: ExecuteScalar, Open, and a command text that changes the schema (CREATE)"));

        [Fact]
        public Task SqlCommandConstructor_NamedArgument_AndReads_NeedsDbDataReader() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Data.SqlClient;

                class Customers
                {
                    public object Name()
                    {
                        using var connection = new SqlConnection({|#0:"{{AzureSql}}"|});
                        connection.Open();
                        using var command = new SqlCommand(connection: connection, cmdText: "SELECT TOP 1 Name FROM Customers");
                        using var reader = command.ExecuteReader();
                        return reader.Read() ? reader.GetValue(0) : null;
                    }
                }
                """,
                Sql(0, SqlReader + ". Role from the calls: ExecuteReader, Open"));

        [Fact]
        public Task CommandConnectionProperty_InInitializerAndStatement_IsFollowed() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Data.SqlClient;

                class Customers
                {
                    public object First()
                    {
                        var connection = new SqlConnection({|#0:"{{AzureSql}}"|});
                        var byInitializer = new SqlCommand { Connection = connection, CommandText = "SELECT 1" };
                        var byStatement = new SqlCommand("SELECT 2");
                        byStatement.Connection = connection;
                        return byInitializer.ExecuteScalar() ?? byStatement.ExecuteScalar();
                    }
                }
                """,
                Sql(0, SqlReader + ". Role from the calls: ExecuteScalar"));

        [Fact]
        public Task ExecuteScalarOfAnInsert_IsAWrite() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Data.SqlClient;

                class Orders
                {
                    private const string Insert = "INSERT INTO Orders (Name) OUTPUT INSERTED.Id VALUES (@name)";

                    public object Add()
                    {
                        using var connection = new SqlConnection({|#0:"{{AzureSql}}"|});
                        using var command = new SqlCommand(Insert, connection);
                        return command.ExecuteScalar();
                    }
                }
                """,
                Sql(0, SqlWriter + ". Role from the calls: ExecuteScalar, and a command text that writes (INSERT)"));

        [Fact]
        public Task WordsThatAreNotStatements_DoNotMakeAWrite() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Data.SqlClient;

                class Orders
                {
                    private const string Banner = "Update available";
                    private const string Failure = "Delete failed; retry";

                    public object Status()
                    {
                        using var connection = new SqlConnection({|#0:"{{AzureSql}}"|});
                        using var command = new SqlCommand("SELECT Status FROM Orders WHERE Label = 'DELETED'", connection);
                        return command.ExecuteScalar() ?? Banner + Failure;
                    }
                }
                """,
                Sql(0, SqlReader + ". Role from the calls: ExecuteScalar"));

        [Fact]
        public Task ConstantConnectionString_AllItsConnectionsCount() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Data.SqlClient;

                class Orders
                {
                    private const string ConnectionString = {|#0:"{{AzureSql}}"|};

                    public object Count()
                    {
                        using var connection = new SqlConnection(ConnectionString);
                        return new SqlCommand("SELECT COUNT(*) FROM Orders", connection).ExecuteScalar();
                    }

                    public int Purge()
                    {
                        using var connection = new SqlConnection(ConnectionString);
                        return new SqlCommand("DELETE FROM Orders WHERE Archived = 1", connection).ExecuteNonQuery();
                    }
                }
                """,
                Sql(0, SqlWriter + ". Role from the calls: ExecuteNonQuery, ExecuteScalar"));

        [Fact]
        public Task EscapingConnections_KeepTheBroadRole_WithTheReason() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System.Data.Common;
                using Microsoft.Data.SqlClient;

                public class Orders
                {
                    public SqlConnection Shared { get; set; }

                    public SqlConnection Open() => new SqlConnection({|#0:"{{AzureSql}}"|});

                    public void Pass()
                    {
                        var connection = new SqlConnection({|#1:"{{AzureSql}}"|});
                        Run(connection);
                    }

                    public void Store() => Shared = new SqlConnection({|#2:"{{AzureSql}}"|});

                    private static void Run(DbConnection connection) { }
                }
                """,
                Sql(0, SqlWriter + ". Broadest data role: the client is returned"),
                Sql(1, SqlWriter + ". Broadest data role: the client is passed to other code"),
                Sql(2, SqlWriter + ". Broadest data role: the client is stored in a non-private property 'Shared'"));

        [Fact]
        public Task ConnectionWithoutCommands_KeepsTheBroadRole() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Data.SqlClient;

                class Health
                {
                    public void Ping()
                    {
                        using var connection = new SqlConnection({|#0:"{{AzureSql}}"|});
                        connection.Open();
                    }
                }
                """,
                Sql(0, SqlWriter + ". Role from the calls: Open"));

        [Fact]
        public Task NpgsqlDataSource_CommandsThatRead_NeedGrantSelect() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System.Threading.Tasks;
                using Npgsql;

                class Orders
                {
                    public async Task<object> Count()
                    {
                        await using var dataSource = NpgsqlDataSource.Create({|#0:"{{AzurePostgres}}"|});
                        await using var command = dataSource.CreateCommand("SELECT count(*) FROM orders");
                        return await command.ExecuteScalarAsync();
                    }
                }
                """,
                Postgres(0, PgReader + ". Role from the calls: CreateCommand, ExecuteScalarAsync"));

        [Fact]
        public Task NpgsqlConnection_CommandThatWrites_NeedsGrantInsertUpdateDelete() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System.Threading.Tasks;
                using Npgsql;

                class Orders
                {
                    public async Task<int> Ship()
                    {
                        await using var connection = new NpgsqlConnection({|#0:"{{AzurePostgres}}"|});
                        await connection.OpenAsync();
                        await using var command = new NpgsqlCommand("UPDATE orders SET shipped = true", connection);
                        return await command.ExecuteNonQueryAsync();
                    }
                }
                """,
                Postgres(0, PgWriter + ". Role from the calls: ExecuteNonQueryAsync, OpenAsync", ConnectionNote));

        [Fact]
        public Task NpgsqlDataSourceBuilder_BuildIsFollowed_AndAnEscapeKeepsTheBroadRole() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System.Threading.Tasks;
                using Npgsql;

                class Orders
                {
                    public async Task<object> Read()
                    {
                        var builder = new NpgsqlDataSourceBuilder({|#0:"{{AzurePostgres}}"|});
                        await using var dataSource = builder.Build();
                        await using var connection = await dataSource.OpenConnectionAsync();
                        await using var command = new NpgsqlCommand("SELECT 1", connection);
                        return await command.ExecuteScalarAsync();
                    }

                    public NpgsqlDataSource Shared() => NpgsqlDataSource.Create({|#1:"{{AzurePostgres}}"|});
                }
                """,
                Postgres(0, PgReader + ". Role from the calls: Build, ExecuteScalarAsync, OpenConnectionAsync"),
                Postgres(1, PgBroad + ". Broadest data role: the client is returned"));

        [Fact]
        public async Task RoleProperty_IsTheDerivedRole_InTheReportsFormat()
        {
            var source = $$"""
                using Microsoft.Data.SqlClient;
                using Npgsql;

                class Reads
                {
                    object Read()
                    {
                        using var connection = new SqlConnection("{{AzureSql}}");
                        return new SqlCommand("SELECT 1", connection).ExecuteScalar();
                    }
                }

                // The command texts of a type are read as a whole: the DELETE is in another type.
                class Writes
                {
                    int Write()
                    {
                        using var connection = new NpgsqlConnection("{{AzurePostgres}}");
                        return new NpgsqlCommand("DELETE FROM orders", connection).ExecuteNonQuery();
                    }
                }
                """;
            var result = await AnalyzerRunner.RunAsync(
                ImmutableArray.Create<DiagnosticAnalyzer>(new DatabasePasswordAnalyzer()),
                new[] { ("/0/Test0.cs", source) },
                extraReferences: TestReferences.All);

            var roles = result.AnalyzerDiagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.Properties["Role"]).ToList();
            Assert.Equal(new[] { "db_datareader", "PostgreSQL Entra principal (GRANT SELECT, INSERT, UPDATE, DELETE)" }, roles);
            Assert.All(result.AnalyzerDiagnostics, d => Assert.DoesNotContain(Password.Substring(4), d.GetMessage()));
        }

        [Theory]
        [InlineData("class C { void M() { var c = new SqlConnection(\"{0}\"); c. ; new SqlCommand(, c).ExecuteScalar(); } }")]
        [InlineData("class C { void M() { var c = new SqlConnection(\"{0}\"); var k = new SqlCommand { Connection = c, CommandText = }; k.Connection = ; } }")]
        [InlineData("class C { void M() { var c = new SqlConnection(\"{0}\"); c = c; Unknown(c).ExecuteNonQuery(; } }")]
        [InlineData("class C { void M() { var d = NpgsqlDataSource.Create(\"{1}\"); d.CreateCommand(\"INSERT INTO\").; } }")]
        [InlineData("class C { SqlConnection c = new SqlConnection(\"{0}\"); void M() => c.CreateCommand().CreateCommand().ExecuteScalar(); }")]
        [InlineData("partial class C { private SqlConnection c = new SqlConnection(\"{0}\"); void M() { var x = new SqlCommand(\"DELETE\", connection: c); } }")]
        public async Task IncompleteCode_WhileFollowingTheConnection_DoesNotThrow(string template)
        {
            var source = "using Microsoft.Data.SqlClient; using Npgsql;\n" + template.Replace("{0}", AzureSql).Replace("{1}", AzurePostgres);
            var result = await AnalyzerRunner.RunAsync(
                ImmutableArray.Create<DiagnosticAnalyzer>(new DatabasePasswordAnalyzer()),
                new[] { ("/0/Test0.cs", source) },
                extraReferences: TestReferences.All);

            Assert.False(result.HasFailures, result.FormatFailures());
            Assert.NotEmpty(result.AnalyzerDiagnostics);
            Assert.All(result.AnalyzerDiagnostics, d => Assert.DoesNotContain(Password.Substring(4), d.GetMessage()));
        }

        [Theory]
        [InlineData("INSERT INTO t (a) VALUES (1)", "INSERT")]
        [InlineData("  update t set a = 1", "UPDATE")]
        [InlineData("SELECT 1; DELETE FROM t", "DELETE")]
        [InlineData("MERGE INTO t USING s ON 1 = 1", "MERGE")]
        [InlineData("EXEC dbo.Archive", "EXEC")]
        [InlineData("CREATE TABLE t (a int)", "CREATE")]
        [InlineData("TRUNCATE TABLE t", "TRUNCATE")]
        [InlineData("SELECT a FROM t WHERE b = 'UPDATE'", null)]
        [InlineData("Update available", null)]
        [InlineData("Delete failed", null)]
        [InlineData("Created by the deployment", null)]
        [InlineData("", null)]
        [InlineData(";;;", null)]
        public void FirstWritingWord_FindsStatementsThatWrite(string text, string? expected) =>
            Assert.Equal(expected, DatabaseUsage.FirstWritingWord(text));
    }
}
