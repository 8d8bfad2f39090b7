using System.Linq;
using System.Threading.Tasks;
using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Configuration;
using Microsoft.CodeAnalysis.Testing;
using SecretlessAnalyzers.Rules;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SecretlessAnalyzers.Tests.Configuration
{
    /// <summary>SL1020 in each file type, the non-secret classes, malformed files; SL1021 at the code that reads the setting.</summary>
    public class SecretInConfigurationFileTests
    {
        private static readonly string Key = FakeSecrets.StorageAccountKey();
        private static readonly string Cs = FakeSecrets.StorageConnectionString("contoso");

        private static Task VerifyAsync(string path, string content, params DiagnosticResult[] expected)
        {
            var test = new SecretlessVerifier<SecretInConfigurationFileAnalyzer, EmptyCodeFixProvider>.AnalyzerTest { TestCode = "class C { }" };
            test.TestState.AdditionalFiles.Add((path, content));
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        [Fact]
        public Task AppSettings_ConnectionString_ReportedAtTheValueWithKeyAndFile() =>
            VerifyAsync(
                "/0/appsettings.json",
                $$"""
                {
                  "ConnectionStrings": {
                    "Orders": "{|#0:{{Cs}}|}"
                  }
                }
                """,
                SecretlessVerifier<SecretInConfigurationFileAnalyzer, EmptyCodeFixProvider>.Diagnostic().WithLocation(0)
                    .WithArguments("Storage account key", "ConnectionStrings:Orders", "appsettings.json", FakeSecrets.Redacted(Key), "Storage Blob Data Contributor (or the Queue, Table or File data role of the service used)"));

        [Theory]
        [InlineData("/0/appsettings.Development.json")]
        [InlineData("/0/appsettings.Production.json")]
        [InlineData("/0/local.settings.json")]
        [InlineData("/0/Properties/launchSettings.json")]
        public Task EveryJsonFileType_IsScanned(string path) =>
            VerifyAsync(path, $$"""{ "Values": { "AzureWebJobsStorage": "{|SL1020:{{Cs}}|}", "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated" }, }""");

        [Theory]
        [InlineData("/0/web.config")]
        [InlineData("/0/Web.Release.config")]
        [InlineData("/0/app.config")]
        public Task EveryXmlFileType_IsScanned(string path) =>
            VerifyAsync(path, $$"""
                <configuration>
                  <connectionStrings>
                    <add name="Storage" connectionString="{|SL1020:{{Cs}}|}" />
                  </connectionStrings>
                  <appSettings>
                    <add key="Sas" value="{|SL1020:https://contoso.blob.core.windows.net/c?{{FakeSecrets.SasQuery().Replace("&", "&amp;")}}|}" />
                    <add key="Plain" value="hello" />
                  </appSettings>
                </configuration>
                """);

        [Fact]
        public Task EscapedJsonValue_IsDecodedBeforeDetection() =>
            VerifyAsync("/0/appsettings.json", $$"""{ "Storage": "{|SL1020:DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey\u003d{{Key}}|}" }""");

        public static System.Collections.Generic.IEnumerable<object[]> EverySecretKind()
        {
            yield return new object[] { "Storage", FakeSecrets.StorageConnectionString("contoso"), "Storage account key" };
            yield return new object[] { "Bus", FakeSecrets.MessagingConnectionString("contoso"), "Full-control Service Bus / Event Hubs / Relay shared access key" };
            yield return new object[] { "Catalog", FakeSecrets.CosmosConnectionString("contoso"), "Cosmos DB account key" };
            yield return new object[] { "Orders", "Server=tcp:contoso.database.windows.net,1433;Database=orders;User ID=app;Password=" + FakeServiceSecrets.DatabasePassword() + ";", "Database password" };
            yield return new object[] { "Reports", "Host=contoso.postgres.database.azure.com;Database=reports;Username=app;Password=" + FakeServiceSecrets.DatabasePassword(12), "Database password" };
            yield return new object[] { "Cache", "contoso.redis.cache.windows.net:6380,password=" + FakeServiceSecrets.AccessKey() + ",ssl=True,abortConnect=False", "Azure Cache for Redis access key" };
            yield return new object[] { "AppConfig", "Endpoint=https://contoso.azconfig.io;Id=abcd-l0-s0:xyz;Secret=" + FakeServiceSecrets.AccessKey(22), "App Configuration access key" };
        }

        [Theory]
        [MemberData(nameof(EverySecretKind))]
        public async Task EverySecretKindOfTheCodeRules_IsFoundInConfiguration_Redacted(string name, string value, string kind)
        {
            var json = "{ \"ConnectionStrings\": { \"" + name + "\": \"" + value + "\" } }";
            var result = await AnalyzerRunner.RunAsync(
                System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new SecretInConfigurationFileAnalyzer()),
                new[] { ("/0/Test0.cs", "class C { }") },
                additionalFiles: new[] { ("/0/appsettings.json", json) });
            Assert.False(result.HasFailures, result.FormatFailures());
            var diagnostic = Assert.Single(result.AnalyzerDiagnostics);
            var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            Assert.StartsWith(kind + " in configuration setting 'ConnectionStrings:" + name + "' of appsettings.json as " + FakeSecrets.Redacted(SecretOf(value)), message);
            Assert.DoesNotContain(SecretOf(value).Substring(4), message);
            Assert.Equal(json.IndexOf(value, System.StringComparison.Ordinal), diagnostic.Location.SourceSpan.Start);
        }

        [Fact]
        public Task SecretNamedSetting_WithSecretLikeValue_IsFound_ButNotEndpointsOrWords() =>
            VerifyAsync("/0/appsettings.json", $$"""
                {
                  "Smtp": { "Password": "{|SL1020:Xk7#pQ2vR9$wL4mZ8@nB|}", "Host": "smtp.contoso.com" },
                  "Payments": { "ApiKey": "{|SL1020:k3Jd92LxQp0ZrT7vWm4NsY8b|}", "ApiKeyHeader": "x-api-key", "TokenEndpoint": "https://login.contoso.com/token" },
                  "Features": { "PasswordPolicy": "At least 12 characters" }
                }
                """);

        [Theory]
        [InlineData("UseDevelopmentStorage=true")]
        [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;")]
        [InlineData("DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=#{StorageKey}#")]
        [InlineData("DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=__StorageKey__")]
        [InlineData("DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=${STORAGE_KEY}")]
        [InlineData("@Microsoft.KeyVault(SecretUri=https://contoso.vault.azure.net/secrets/storage/)")]
        [InlineData("")]
        [InlineData("https://contoso.blob.core.windows.net/")]
        [InlineData("Server=tcp:contoso.database.windows.net;Database=orders;Authentication=Active Directory Default")]
        public Task NonSecrets_AreNotReported(string value) =>
            VerifyAsync("/0/appsettings.json", "{ \"ConnectionStrings\": { \"Storage\": \"" + value + "\" } }");

        [Fact]
        public Task BuildOutputCopies_AreNotScanned() =>
            VerifyAsync("/0/bin/Debug/net10.0/appsettings.json", $$"""{ "Storage": "{{Cs}}" }""");

        [Fact]
        public Task OtherJsonFiles_AreNotScanned() =>
            VerifyAsync("/0/package.json", $$"""{ "Storage": "{{Cs}}" }""");

        [Theory]
        [InlineData("{ \"Storage\": \"{0}")]
        [InlineData("{ \"Storage\": \"{0}\" \"Other\": 1 }")]
        [InlineData("{ /* unterminated comment \"Storage\": \"{0}\" }")]
        public Task MalformedJson_NoCrashNoNoise(string template) =>
            VerifyAsync("/0/appsettings.json", template.Replace("{0}", Cs));

        [Fact]
        public Task MalformedXml_KeepsWhatWasReadBeforeTheError() =>
            VerifyAsync("/0/web.config", $$"""
                <configuration>
                  <connectionStrings>
                    <add name="Storage" connectionString="{|SL1020:{{Cs}}|}" />
                    <add name="Broken" connectionString="{{Cs}}
                """);

        [Fact]
        public async Task CodeThatReadsTheSetting_GetsAnInfoFindingNamingTheKey()
        {
            var test = new SecretlessVerifier<ConfiguredSecretReadAnalyzer, SecretlessAnalyzers.CodeFixes.Storage.StorageAccountKeyCodeFixProvider>.AnalyzerTest
            {
                TestCode = """
                    using Microsoft.Extensions.Configuration;

                    class Startup
                    {
                        string A(IConfiguration configuration) => {|#0:configuration.GetConnectionString("Orders")|};
                        string B(IConfiguration configuration) => {|#1:configuration["Values:AzureWebJobsStorage"]|};
                        string C(IConfiguration configuration) => {|#2:configuration["AzureWebJobsStorage"]|};
                        object D(IConfiguration configuration) => {|#3:configuration.GetSection("Archive")|};
                        string E() => {|#4:System.Environment.GetEnvironmentVariable("AzureWebJobsStorage")|};
                        string NotASecret(IConfiguration configuration) => configuration.GetConnectionString("Local");
                        string NotConfiguration(System.Collections.Generic.Dictionary<string, string> values) => values["AzureWebJobsStorage"];
                        string JustAString() => "Orders";
                    }
                    """,
            };
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", $$"""{ "ConnectionStrings": { "Orders": "{{Cs}}", "Local": "UseDevelopmentStorage=true" }, "Archive": { "Key": "{{Cs}}" } }"""));
            test.TestState.AdditionalFiles.Add(("/0/local.settings.json", $$"""{ "IsEncrypted": false, "Values": { "AzureWebJobsStorage": "{{Cs}}" } }"""));
            var diagnostic = SecretlessVerifier<ConfiguredSecretReadAnalyzer, EmptyCodeFixProvider>.Diagnostic();
            test.ExpectedDiagnostics.Add(diagnostic.WithLocation(0).WithArguments("ConnectionStrings:Orders", "storage account key", "appsettings.json"));
            test.ExpectedDiagnostics.Add(diagnostic.WithLocation(1).WithArguments("Values:AzureWebJobsStorage", "storage account key", "local.settings.json"));
            test.ExpectedDiagnostics.Add(diagnostic.WithLocation(2).WithArguments("Values:AzureWebJobsStorage", "storage account key", "local.settings.json"));
            test.ExpectedDiagnostics.Add(diagnostic.WithLocation(3).WithArguments("Archive:Key", "storage account key", "appsettings.json"));
            test.ExpectedDiagnostics.Add(diagnostic.WithLocation(4).WithArguments("Values:AzureWebJobsStorage", "storage account key", "local.settings.json"));
            await test.RunAsync();
        }

        /// <summary>
        /// Issue 13: an Azure SQL password in appsettings.json, read by new SqlConnection(GetConnectionString(...)) for one
        /// SELECT COUNT(*). The file alone only gives the broad role; the code that reads it gives db_datareader in the
        /// database the connection string names, and both name the service Azure SQL (database roles, not Azure RBAC).
        /// </summary>
        [Fact]
        public async Task AzureSqlPasswordRead_ForASelectOnly_CarriesDbDataReaderOnItsDatabase()
        {
            var password = FakeServiceSecrets.DatabasePassword();
            var settings = $$"""{ "ConnectionStrings": { "Orders": "Server=tcp:contoso-orders.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password={{password}};Encrypt=True;" } }""";
            const string Code = """
                using System.Threading.Tasks;
                using Microsoft.Data.SqlClient;
                using Microsoft.Extensions.Configuration;

                public sealed class OrderCount
                {
                    private readonly IConfiguration configuration;
                    public OrderCount(IConfiguration configuration) { this.configuration = configuration; }

                    public async Task<int> CountAsync()
                    {
                        using var connection = new SqlConnection(configuration.GetConnectionString("Orders"));
                        await connection.OpenAsync();
                        using var command = new SqlCommand("SELECT COUNT(*) FROM Orders", connection);
                        return (int)(await command.ExecuteScalarAsync())!;
                    }

                    public string Escapes() => configuration.GetConnectionString("Orders")!;
                }
                """;
            var result = await AnalyzerRunner.RunAsync(
                System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new SecretInConfigurationFileAnalyzer(), new ConfiguredSecretReadAnalyzer()),
                new[] { ("/0/OrderCount.cs", Code) },
                new[] { ("/0/appsettings.json", settings) },
                extraReferences: TestReferences.All);

            Assert.Empty(result.CompilerErrors);
            var file = Assert.Single(result.AnalyzerDiagnostics, d => d.Id == "SL1020");
            Assert.Equal((Services.AzureSql.DisplayName, ServiceIds.AzureSql, "db_datareader, db_datawriter"), (file.Properties["Service"], file.Properties["ServiceId"], file.Properties["Role"]));

            var reads = result.AnalyzerDiagnostics.Where(d => d.Id == "SL1021").OrderBy(d => d.Location.SourceSpan.Start).ToList();
            Assert.Equal(2, reads.Count);
            var select = reads[0];
            Assert.Equal((Services.AzureSql.DisplayName, ServiceIds.AzureSql), (select.Properties["Service"], select.Properties["ServiceId"]));
            Assert.Equal("contoso-orders.database.windows.net", select.Properties["Resource"]);
            Assert.Equal("db_datareader", select.Properties["Role"]);
            Assert.Equal("db_datareader@databases/orders", select.Properties["Grants"]);
            Assert.Equal("SqlDataReader@databases/orders", select.Properties["GrantIds"]);

            // A read whose use the analysis does not follow names no role: the file's broad one stands.
            Assert.False(reads[1].Properties.ContainsKey("Role"));
            Assert.All(result.AnalyzerDiagnostics, d => Assert.All(d.Properties.Values, v => Assert.DoesNotContain(password, v ?? string.Empty)));
        }

        private static string SecretOf(string value)
        {
            foreach (var marker in new[] { "AccountKey=", "SharedAccessKey=", "Password=", "password=", "Secret=" })
            {
                var start = value.IndexOf(marker, System.StringComparison.Ordinal);
                if (start >= 0)
                {
                    start += marker.Length;
                    var end = value.IndexOfAny(new[] { ';', ',' }, start);
                    return end < 0 ? value.Substring(start) : value.Substring(start, end - start);
                }
            }

            return value;
        }
    }
}
