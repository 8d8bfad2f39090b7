using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretlessAnalyzers.AzureServices;
using SecretlessAnalyzers.Databases;
using SecretlessAnalyzers.KeyBased;
using SecretlessAnalyzers.Storage;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SecretlessAnalyzers.Tests.Catalog
{
    /// <summary>
    /// The typed diagnostic properties the migration report reads: <c>ServiceId</c> (a catalog service id) and
    /// <c>GrantIds</c> (catalog role ids with their scopes), next to the display names of <c>Service</c> and <c>Grants</c>.
    /// </summary>
    public class TypedPropertiesTests
    {
        private static readonly string Password = FakeServiceSecrets.DatabasePassword();

        private static async Task<Diagnostic[]> RunAsync(DiagnosticAnalyzer analyzer, string source)
        {
            var result = await AnalyzerRunner.RunAsync(
                ImmutableArray.Create(analyzer),
                new[] { ("/0/Test0.cs", source) },
                extraReferences: TestReferences.All);
            Assert.Empty(result.CompilerErrors);
            return result.AnalyzerDiagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToArray();
        }

        [Fact]
        public async Task AzureSql_ReadOnlyCommand_OnlyTheReaderRole_AsASqlDatabaseRoleOfTheDatabase()
        {
            var diagnostics = await RunAsync(new DatabasePasswordAnalyzer(), $$"""
                using Microsoft.Data.SqlClient;

                class Orders
                {
                    public int Count()
                    {
                        using var connection = new SqlConnection("Server=tcp:contoso-sql.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password={{Password}};Encrypt=True;");
                        connection.Open();
                        return (int)new SqlCommand("SELECT COUNT(*) FROM dbo.Orders", connection).ExecuteScalar();
                    }
                }
                """);

            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("Azure SQL", diagnostic.Properties["Service"]);
            Assert.Equal("AzureSql", diagnostic.Properties["ServiceId"]);
            Assert.Equal("db_datareader", diagnostic.Properties["Role"]);
            Assert.Equal("db_datareader@databases/orders", diagnostic.Properties["Grants"]);
            Assert.Equal("SqlDataReader@databases/orders", diagnostic.Properties["GrantIds"]);
        }

        [Fact]
        public async Task AzureSql_WritingCommand_BothDatabaseRoles_EachItsOwnId()
        {
            var diagnostics = await RunAsync(new DatabasePasswordAnalyzer(), $$"""
                using Microsoft.Data.SqlClient;

                class Orders
                {
                    public int Archive()
                    {
                        using var connection = new SqlConnection("Server=tcp:contoso-sql.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password={{Password}};Encrypt=True;");
                        connection.Open();
                        return new SqlCommand("DELETE FROM dbo.Orders WHERE Archived = 1", connection).ExecuteNonQuery();
                    }
                }
                """);

            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("db_datareader, db_datawriter", diagnostic.Properties["Role"]);
            Assert.Equal("SqlDataReader@databases/orders;SqlDataWriter@databases/orders", diagnostic.Properties["GrantIds"]);
        }

        [Fact]
        public async Task AzurePostgreSql_ReadOnly_ThePrincipalsSelectGrant()
        {
            var diagnostics = await RunAsync(new DatabasePasswordAnalyzer(), $$"""
                using Npgsql;

                class Orders
                {
                    public object? Count()
                    {
                        using var connection = new NpgsqlConnection("Host=contoso-pg.postgres.database.azure.com;Database=orders;Username=orders-api;Password={{Password}};SSL Mode=Require");
                        connection.Open();
                        return new NpgsqlCommand("SELECT count(*) FROM orders", connection).ExecuteScalar();
                    }
                }
                """);

            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("Azure Database for PostgreSQL", diagnostic.Properties["Service"]);
            Assert.Equal("PostgreSql", diagnostic.Properties["ServiceId"]);
            Assert.Equal("PostgreSqlSelect@databases/orders", diagnostic.Properties["GrantIds"]);
        }

        [Fact]
        public async Task Storage_DownloadsFromOneContainer_ReaderRoleIdOnTheContainer()
        {
            var diagnostics = await RunAsync(new StorageAccountKeyAnalyzer(), $$"""
                using Azure.Storage.Blobs;

                class Reports
                {
                    public byte[] Read() => new BlobServiceClient("{{FakeSecrets.StorageConnectionString("contoso")}}").GetBlobContainerClient("reports").GetBlobClient("x").DownloadContent().Value.Content.ToArray();
                }
                """);

            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("Storage", diagnostic.Properties["Service"]);
            Assert.Equal("Storage", diagnostic.Properties["ServiceId"]);
            Assert.Equal("StorageBlobDataReader@blobServices/default/containers/reports", diagnostic.Properties["GrantIds"]);
        }

        [Fact]
        public async Task Redis_ConnectionString_TheRedisServiceAndItsAccessPolicy()
        {
            var diagnostics = await RunAsync(new AzureServiceConnectionStringAnalyzer(), $$"""
                using StackExchange.Redis;

                class Cache
                {
                    public IConnectionMultiplexer Connect() => ConnectionMultiplexer.Connect("contoso-cache.redis.cache.windows.net:6380,password={{FakeServiceSecrets.AccessKey()}},ssl=True,abortConnect=False");
                }
                """);

            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("Azure Cache for Redis", diagnostic.Properties["Service"]);
            Assert.Equal("Redis", diagnostic.Properties["ServiceId"]);
            Assert.Equal("RedisDataContributor@", diagnostic.Properties["GrantIds"]);
        }

        [Theory]
        [InlineData("db_datareader", "Use Authentication=Active Directory Default (Microsoft Entra)")]
        [InlineData("db_datareader, db_datawriter", "Use Authentication=Active Directory Default (Microsoft Entra)")]
        [InlineData("PostgreSQL Entra principal (GRANT SELECT)", "Use DefaultAzureCredential (grant the identity 'PostgreSQL Entra principal (GRANT SELECT)')")]
        public void DatabaseFixTitle_AzureSqlByItsCatalogRoles_ReadOnlyIncluded(string role, string title)
        {
            Assert.Equal(title, SecretlessAnalyzers.CodeFixes.Databases.DatabasePasswordCodeFixProvider.Title(SecretlessAnalyzers.CodeFixes.Common.CredentialKind.DefaultAzureCredential, role));
        }

        [Fact]
        public async Task ClientOfAServiceTheCatalogDoesNotKnow_HasNoServiceId()
        {
            var diagnostics = await RunAsync(new KeyBasedAuthenticationAnalyzer(), """
                using System;
                using Azure;
                using Microsoft.Extensions.Configuration;

                namespace Azure.Unknown { public class UnknownClient { public UnknownClient(Uri endpoint, AzureKeyCredential credential) { } } }

                class Uses
                {
                    public object Make(IConfiguration config) => new Azure.Unknown.UnknownClient(new Uri("https://x.example"), new AzureKeyCredential(config["Key"]!));
                }
                """);

            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("Azure.Unknown", diagnostic.Properties["Service"]);
            Assert.False(diagnostic.Properties.ContainsKey("ServiceId"));
        }
    }
}
