using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretlessAnalyzers.Databases;
using Microsoft.CodeAnalysis.Testing;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Databases.DatabasePasswordAnalyzer,
    SecretlessAnalyzers.CodeFixes.Databases.DatabasePasswordCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Databases
{
    /// <summary>SL1003 detection: every client and keyword form that is reported (with its message), and what is not.</summary>
    public class DatabasePasswordAnalyzerTests
    {
        private const string SqlGuidance = "use Microsoft Entra authentication with a managed identity added to the database as a contained user (CREATE USER ... FROM EXTERNAL PROVIDER) in db_datareader and db_datawriter";
        private const string PostgresGuidance = "use a Microsoft Entra token of a managed identity that is a PostgreSQL Entra principal (pgaadauth_create_principal) granted the tables it uses";
        private const string MySqlGuidance = "use a Microsoft Entra token of a managed identity that is a MySQL Entra user (CREATE AADUSER) granted the tables it uses";
        private const string OnPremisesGuidance = "use integrated authentication, or read the connection string from a secret store (Key Vault, user secrets, the environment)";
        private const string LegacyNote = ". This client has no Entra token support: move System.Data.SqlClient to Microsoft.Data.SqlClient, MySql.Data to MySqlConnector (no automatic fix)";
        private const string ConnectionNote = ". No automatic fix: a connection cannot refresh an Entra token; open connections from a data source built with UsePeriodicPasswordProvider";
        // Microsoft.Data.SqlClient 7 (the real package the tests compile against) keeps its Entra modes in an extension package.
        private const string SqlClient7Note = ". Microsoft.Data.SqlClient 7 and later also need the Microsoft.Data.SqlClient.Extensions.Azure package for Entra authentication";
        private const string Returned = ". Broadest data role: the client is returned";

        private static readonly string Password = FakeServiceSecrets.DatabasePassword();
        private static readonly string Redacted = FakeSecrets.Redacted(Password);
        private static readonly string AzureSql = $"Server=tcp:contoso-sql.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password={Password};Encrypt=True;";
        private static readonly string AzurePostgres = $"Host=contoso-pg.postgres.database.azure.com;Database=orders;Username=orders-api;Password={Password};SSL Mode=Require";
        private static readonly string AzureMySql = $"Server=contoso-my.mysql.database.azure.com;Database=orders;User ID=orders-api;Password={Password};SslMode=Required";

        [Fact]
        public Task MicrosoftSqlClient_AzureSql_MessageNamesServerDatabaseRedactedPasswordAndUser() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Data.SqlClient;

                class Orders
                {
                    public SqlConnection Open() => new SqlConnection({|#0:"{{AzureSql}}"|});
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("Password", "orders", "contoso-sql.database.windows.net", Redacted, SqlGuidance + Returned, SqlClient7Note));

        [Fact]
        public Task SystemDataSqlClient_IsReported_MessageSaysToMoveToMicrosoftDataSqlClient() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System.Data.SqlClient;

                class Orders
                {
                    public SqlConnection Open() => new SqlConnection({|#0:"{{AzureSql}}"|});
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("Password", "orders", "contoso-sql.database.windows.net", Redacted, SqlGuidance + Returned, LegacyNote));

        [Fact]
        public Task EntityFrameworkUseSqlServer_AndAddSqlServer_AreReported() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.EntityFrameworkCore;
                using Microsoft.Extensions.DependencyInjection;

                class OrdersContext : DbContext
                {
                    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
                        options.UseSqlServer({|SL1003:"{{AzureSql}}"|});

                    public static void Register(IServiceCollection services) =>
                        services.AddSqlServer<OrdersContext>({|SL1003:"{{AzureSql}}"|});
                }
                """);

        [Fact]
        public Task ConnectionStringBuilderAndConnectionStringProperty_AreReported() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Data.SqlClient;

                class Orders
                {
                    public string Build() => new SqlConnectionStringBuilder({|SL1003:"{{AzureSql}}"|}).ConnectionString;

                    public void Reconnect(SqlConnection connection) => connection.ConnectionString = {|SL1003:"{{AzureSql}}"|};
                }
                """);

        [Theory]
        [InlineData("Microsoft.Data.SqlClient")]
        [InlineData("System.Data.SqlClient")]
        public Task BuilderPasswordProperty_InInitializerAndStatement_IsReported(string ns) =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using {{ns}};

                class Orders
                {
                    public string Initializer() => new SqlConnectionStringBuilder
                    {
                        DataSource = "contoso-sql.database.windows.net",
                        InitialCatalog = "orders",
                        UserID = "orders_app",
                        Password = {|#0:"{{Password}}"|},
                    }.ConnectionString;

                    public void Statement(SqlConnectionStringBuilder builder) => builder.Password = {|SL1003:"{{Password}}"|};
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments(
                    "Password", "orders", "contoso-sql.database.windows.net", Redacted, SqlGuidance,
                    ns == "System.Data.SqlClient" ? LegacyNote : SqlClient7Note));

        [Fact]
        public Task Npgsql_Connection_IsReportedWithoutFix_MessageSaysWhy() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Npgsql;

                class Orders
                {
                    public NpgsqlConnection Open() => new NpgsqlConnection({|#0:"{{AzurePostgres}}"|});
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("Password", "orders", "contoso-pg.postgres.database.azure.com", Redacted, PostgresGuidance + Returned, ConnectionNote));

        [Fact]
        public Task Npgsql_DataSourceBuilder_DataSourceCreate_UseNpgsql_AreReported() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.EntityFrameworkCore;
                using Npgsql;

                class Orders
                {
                    public NpgsqlDataSource Build() => new NpgsqlDataSourceBuilder({|#0:"{{AzurePostgres}}"|}).Build();

                    public NpgsqlDataSource Create() => NpgsqlDataSource.Create({|SL1003:"{{AzurePostgres}}"|});

                    public void Configure(DbContextOptionsBuilder options) => options.UseNpgsql({|SL1003:"{{AzurePostgres}}"|});
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("Password", "orders", "contoso-pg.postgres.database.azure.com", Redacted, PostgresGuidance + Returned, string.Empty));

        [Fact]
        public Task MySqlConnector_ConnectionWithoutFix_DataSourceBuilderWithFix() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using MySqlConnector;

                class Orders
                {
                    public MySqlConnection Open() => new MySqlConnection({|#0:"{{AzureMySql}}"|});

                    public MySqlDataSource Build() => new MySqlDataSourceBuilder({|#1:"{{AzureMySql}}"|}).Build();
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("Password", "orders", "contoso-my.mysql.database.azure.com", Redacted, MySqlGuidance + Returned, ConnectionNote),
                Verify.Diagnostic().WithLocation(1).WithArguments("Password", "orders", "contoso-my.mysql.database.azure.com", Redacted, MySqlGuidance + Returned, string.Empty));

        [Fact]
        public Task MySqlData_IsReported_MessageSaysToMoveToMySqlConnector() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using MySql.Data.MySqlClient;

                class Orders
                {
                    public MySqlConnection Open() => new MySqlConnection({|#0:"{{AzureMySql}}"|});
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("Password", "orders", "contoso-my.mysql.database.azure.com", Redacted, MySqlGuidance + Returned, LegacyNote));

        [Theory]
        [InlineData("Data Source=contoso-sql.database.windows.net;Initial Catalog=orders;UID=orders_app;PWD={0}", "contoso-sql.database.windows.net")]
        [InlineData("Address=contoso-sql.database.windows.net;Database=orders;User=orders_app;Password={0}", "contoso-sql.database.windows.net")]
        [InlineData("Addr=contoso-sql.database.windows.net;Database=orders;User Id=orders_app;Password={0}", "contoso-sql.database.windows.net")]
        [InlineData("Network Address=contoso-sql.database.windows.net;Database=orders;Username=orders_app;pwd={0}", "contoso-sql.database.windows.net")]
        [InlineData("server = contoso-sql.database.windows.net ; database = orders ; user id = orders_app ; password = '{0}'", "contoso-sql.database.windows.net")]
        [InlineData("Server=\"contoso-sql.database.windows.net\";Database=orders;UserID=orders_app;Password=\"{0}\"", "contoso-sql.database.windows.net")]
        [InlineData("Server=contoso-sql.database.chinacloudapi.cn;Database=orders;User ID=orders_app;Password={0}", "contoso-sql.database.chinacloudapi.cn")]
        [InlineData("Server=contoso-sql.database.usgovcloudapi.net;Database=orders;User ID=orders_app;Password={0}", "contoso-sql.database.usgovcloudapi.net")]
        [InlineData("Server=tcp:contoso-mi.public.1a2b3c4d5e6f.database.windows.net,3342;Database=orders;User ID=orders_app;Password={0}", "contoso-mi.public.1a2b3c4d5e6f.database.windows.net")]
        public Task KeywordSynonymsAndHostForms_AreReportedAsAzureSql(string format, string host) =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Data.SqlClient;

                class Orders
                {
                    public SqlConnection Open() => new SqlConnection({|#0:@"{{string.Format(format, Password).Replace("\"", "\"\"")}}"|});
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("Password", "orders", host, Redacted, SqlGuidance + Returned, SqlClient7Note));

        [Fact]
        public Task ServicePrincipalPassword_IsReportedAsClientSecret() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Data.SqlClient;

                class Orders
                {
                    public SqlConnection Open() => new SqlConnection({|#0:"Server=contoso-sql.database.windows.net;Database=orders;Authentication=Active Directory Service Principal;User Id=6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b;Password={{Password}}"|});
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("Client secret (Active Directory Service Principal)", "orders", "contoso-sql.database.windows.net", Redacted, SqlGuidance + Returned, SqlClient7Note));

        [Fact]
        public Task OnPremisesServer_IsReportedWithoutFix_MessagePointsToIntegratedAuthentication() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Microsoft.Data.SqlClient;

                class Orders
                {
                    public SqlConnection Open() => new SqlConnection({|#0:"Server=sql01.corp.contoso.local\\ORDERS;Database=orders;User ID=orders_app;Password={{Password}}"|});
                }
                """,
                new[] { Verify.Diagnostic().WithLocation(0).WithArguments("Password", "orders", "sql01.corp.contoso.local", Redacted, OnPremisesGuidance, ". No automatic fix: the server is not an Azure database") },
                $$"""
                using Microsoft.Data.SqlClient;

                class Orders
                {
                    public SqlConnection Open() => new SqlConnection({|#0:"Server=sql01.corp.contoso.local\\ORDERS;Database=orders;User ID=orders_app;Password={{Password}}"|});
                }
                """);

        [Theory]
        [InlineData("7.0.0.0", false, ". Microsoft.Data.SqlClient 7 and later also need the Microsoft.Data.SqlClient.Extensions.Azure package for Entra authentication")]
        [InlineData("7.0.0.0", true, "")]
        [InlineData("6.0.0.0", false, "")]
        public async Task MicrosoftDataSqlClient7_WithoutItsAzureExtension_MessageNamesThePackage(string version, bool withExtension, string note)
        {
            var references = ImmutableArray.CreateBuilder<MetadataReference>();
            references.AddRange(TestReferences.Except("SecretlessAnalyzers.StandIns", "Microsoft.Data.SqlClient", "Microsoft.EntityFrameworkCore.SqlServer"));
            references.Add(InMemoryAssembly("Microsoft.Data.SqlClient", version, "namespace Microsoft.Data.SqlClient { public class SqlConnection { public SqlConnection(string connectionString) { } } }"));
            if (withExtension)
            {
                references.Add(InMemoryAssembly("Microsoft.Data.SqlClient.Extensions.Azure", version, "namespace Microsoft.Data.SqlClient { public class ActiveDirectoryAuthenticationProvider { } }"));
            }

            var source = $$"""
                class C { object Open() => new Microsoft.Data.SqlClient.SqlConnection("{{AzureSql}}"); }
                """;
            var result = await AnalyzerRunner.RunAsync(
                ImmutableArray.Create<DiagnosticAnalyzer>(new DatabasePasswordAnalyzer()),
                new[] { ("/0/Test0.cs", source) },
                extraReferences: references.ToImmutable());

            var diagnostic = Assert.Single(result.AnalyzerDiagnostics);
            Assert.EndsWith(SqlGuidance + Returned + note, diagnostic.GetMessage(CultureInfo.InvariantCulture));
            Assert.False(diagnostic.Properties.ContainsKey("FixBlocker"));
        }

        private static MetadataReference InMemoryAssembly(string name, string version, string source)
        {
            var compilation = CSharpCompilation.Create(
                name,
                new[] { CSharpSyntaxTree.ParseText("[assembly: System.Reflection.AssemblyVersion(\"" + version + "\")] " + source) },
                TestReferences.Framework,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var stream = new MemoryStream();
            var emitted = compilation.Emit(stream);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            return MetadataReference.CreateFromImage(stream.ToArray());
        }

        [Fact]
        public async Task NeitherMessageNorPropertiesContainThePassword()
        {
            var source = $$"""
                using Microsoft.Data.SqlClient;
                class C { SqlConnection Open() => new SqlConnection("{{AzureSql}}"); }
                """;
            var result = await AnalyzerRunner.RunAsync(
                ImmutableArray.Create<DiagnosticAnalyzer>(new DatabasePasswordAnalyzer()),
                new[] { ("/0/Test0.cs", source) },
                extraReferences: TestReferences.All);

            var diagnostic = Assert.Single(result.AnalyzerDiagnostics);
            Assert.DoesNotContain(Password, diagnostic.GetMessage());
            Assert.DoesNotContain(Password.Substring(4), diagnostic.GetMessage());
            Assert.All(diagnostic.Properties.Values, value => Assert.DoesNotContain(Password.Substring(4), value ?? string.Empty));
            Assert.Equal("contoso-sql.database.windows.net", diagnostic.Properties["Resource"]);
            Assert.Equal("Azure SQL", diagnostic.Properties["Service"]);
            Assert.Equal("AzureSql", diagnostic.Properties["ServiceId"]);
            Assert.Equal("DatabasePassword", diagnostic.Properties["SecretKind"]);
            Assert.Equal("db_datareader, db_datawriter", diagnostic.Properties["Role"]);
            Assert.Equal("MicrosoftSqlClient", diagnostic.Properties[DatabasePasswordAnalyzer.ClientProperty]);
        }

        [Fact]
        public Task ConstantsConcatenationInterpolationAndLocals_AreReportedOnceWhereTheSecretIsWritten() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Data.SqlClient;

                class Orders
                {
                    private const string Server = "contoso-sql.database.windows.net";
                    private const string Secret = "{{Password}}";
                    private static readonly string FromParts = {|SL1003:"Server=" + Server + ";Database=orders;User ID=app;" + "Password=" + Secret|};
                    private const string Interpolated = {|SL1003:$"Server={Server};Database=orders;User ID=app;Password={Secret}"|};

                    public SqlConnection Open()
                    {
                        var local = {|SL1003:"Server=contoso-sql.database.windows.net;Database=orders;User ID=app;Password={{Password}}"|};
                        return new SqlConnection(local);
                    }
                }
                """);

        [Fact]
        public Task PasswordInItsOwnConstant_IsReportedAtTheConnectionString() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Data.SqlClient;

                class Orders
                {
                    private const string DbPassword = "{{Password}}";

                    public SqlConnection Open() => new SqlConnection({|SL1003:"Server=contoso-sql.database.windows.net;Database=orders;User ID=app;Password=" + DbPassword|});
                }
                """);

        [Fact]
        public Task VerbatimRawAndGeneratedCode_AreReported() =>
            Verify.VerifyAnalyzerAsync(
                $$""""
                // <auto-generated/>
                class Settings
                {
                    public const string Verbatim = {|SL1003:@"Server=contoso-sql.database.windows.net;Database=orders;User ID=app;Password={{Password}}"|};
                    public const string Raw = {|SL1003:"""Host=contoso-pg.postgres.database.azure.com;Database=orders;Username=app;Password={{Password}}"""|};
                }
                """");

        [Fact]
        public Task NoDatabaseClientReferenced_LiteralIsStillReported()
        {
            var test = new Verify.Test
            {
                TestCode = $$"""
                    class C
                    {
                        string Setting() => {|SL1003:"{{AzureSql}}"|};
                    }
                    """,
            };
            test.TestState.AdditionalReferences.Clear();
            test.TestState.AdditionalReferences.AddRange(TestReferences.Framework);
            return test.RunAsync();
        }

        [Theory]
        [InlineData("Server=contoso-sql.database.windows.net;Database=orders;Integrated Security=true;Password={0}")]
        [InlineData("Server=.;Database=orders;Trusted_Connection=yes;User ID=app;PWD={0}")]
        [InlineData("Server=sql01;Database=orders;Integrated Security=SSPI;Password={0}")]
        [InlineData("Server=(localdb)\\MSSQLLocalDB;Database=orders;User ID=app;Password={0}")]
        [InlineData("Data Source=(LocalDB)\\v11.0;Initial Catalog=orders;Password={0}")]
        [InlineData("Server=contoso-sql.database.windows.net;Database=orders;Authentication=Active Directory Default")]
        [InlineData("Server=contoso-sql.database.windows.net;Database=orders;Authentication=Active Directory Managed Identity;User Id=6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b")]
        [InlineData("Server=contoso-sql.database.windows.net;Database=orders;Authentication=Active Directory Workload Identity")]
        [InlineData("Server=contoso-sql.database.windows.net;Database=orders;User ID=app;Password=")]
        [InlineData("Server=contoso-sql.database.windows.net;Database=orders;User ID=app;Password=;Encrypt=True")]
        [InlineData("Server=contoso-sql.database.windows.net;Database=orders;User ID=app;Password={{0}}")]
        [InlineData("Server=contoso-sql.database.windows.net;Database=orders;User ID=app;Password=<your-password>")]
        [InlineData("Server=contoso-sql.database.windows.net;Database=orders;User ID=app;Password=${{DB_PASSWORD}}")]
        [InlineData("Server=contoso-sql.database.windows.net;Database=orders;User ID=app;Password=#{{DbPassword}}#")]
        [InlineData("Server=contoso-sql.database.windows.net;Database=orders;User ID=app;Password=__DB_PASSWORD__")]
        [InlineData("Server=contoso-sql.database.windows.net;Database=orders;User ID=app;Password=********")]
        [InlineData("Server=contoso-sql.database.windows.net;Database=orders;User ID=app;Password=password")]
        [InlineData("Server=contoso-sql.database.windows.net;Database=orders;User ID=app;Password=changeme")]
        [InlineData("Server=contoso-sql.database.windows.net;Database=orders;User ID=app;Password=@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/sql)")]
        [InlineData("Server=contoso-sql.database.windows.net;Database=orders;User ID=app")]
        [InlineData("Server=contoso-sql.database.windows.net;Database=orders;User ID=app;Password=$(SqlPassword)")]
        [InlineData("Host=contoso-pg.postgres.database.azure.com;Database=orders;Username=app;Password=%DB_PASSWORD%")]
        [InlineData("Server=contoso-sql.database.windows.net;Database=orders;User ID=app;Password=[password]")]
        [InlineData("Server=contoso-sql.database.windows.net;Database=orders;User ID=app;Password=aaaaaaaaaaaaaaaaaaaa")]
        [InlineData("Server=contoso-sql.database.windows.net;Database=orders;User ID=app;Password=dummy-password-1")]
        [InlineData("Server=contoso-my.mysql.database.azure.com;Database=orders;User ID=app;Password=REPLACE_ME")]
        [InlineData("Data Source=(localdb)\\ProjectsV13;Initial Catalog=orders;Integrated Security=True")]
        [InlineData("Password={0} must be at least 12 characters long")]
        [InlineData("The Password= setting is read from Key Vault at startup.")]
        [InlineData("contoso.redis.cache.windows.net:6380,password={0},ssl=True")]
        [InlineData("Endpoint=https://contoso.azconfig.io;Id=abc;Secret={0}")]
        public Task NonSecrets_AreNotReported(string format) =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Data.SqlClient;

                class C
                {
                    public SqlConnection Open() => new SqlConnection(@"{{string.Format(format, Password)}}");
                }
                """);

        [Fact]
        public Task PasswordsReadAtRunTime_AreNotReported() =>
            Verify.VerifyAnalyzerAsync(
                """
                using System;
                using Microsoft.Data.SqlClient;

                class C
                {
                    public SqlConnection FromEnvironment() =>
                        new SqlConnection(Environment.GetEnvironmentVariable("SQL_CONNECTION_STRING"));

                    public SqlConnection Interpolated(string password) =>
                        new SqlConnection($"Server=contoso-sql.database.windows.net;Database=orders;User ID=app;Password={password}");

                    public SqlConnection Concatenated(string password) =>
                        new SqlConnection("Server=contoso-sql.database.windows.net;Database=orders;User ID=app;Password=" + password);

                    public void Builder(SqlConnectionStringBuilder builder, string password)
                    {
                        builder.Password = password;
                        builder.Password = "";
                        builder.Password = Environment.GetEnvironmentVariable("SQL_PASSWORD");
                    }
                }
                """);

        [Fact]
        public Task PasswordPropertyOfOtherTypes_IsNotReported() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                class Account
                {
                    public string Password { get; set; }

                    public static Account Create() => new Account { Password = "{{Password}}" };
                }
                """);
    }
}
