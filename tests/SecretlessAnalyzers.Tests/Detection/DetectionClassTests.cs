using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Tests.Infrastructure;
using SecretlessAnalyzers.Tests.Tokens;
using SecretlessAnalyzers.Tokens;
using Xunit;

namespace SecretlessAnalyzers.Tests.Detection
{
    /// <summary>
    /// Each class of issue 16, positives and hard negatives, with every analyzer of the package running together
    /// (so a test also shows which one rule reports the class). Keys are built at run time.
    /// </summary>
    public class DetectionClassTests
    {
        private static readonly string Key = FakeSecrets.StorageAccountKey(31);
        private static readonly string ShortKey = FakeSecrets.SharedAccessKey(32);
        private static readonly string Password = FakeServiceSecrets.DatabasePassword(33);
        private static readonly string Random = FakeTokens.Random62(36, 34);

        private static async Task<List<(string Id, DiagnosticSeverity Severity)>> RunAsync(string body, bool testProject = false, params (string Path, string Content)[] files)
        {
            var source = "using System; using System.Net; using System.Net.Http; using System.Net.Http.Headers; using System.Collections.Generic;\n" + body;
            var references = TestReferences.All;
            if (testProject)
            {
                references = references.Add(TestReferences.Of(typeof(FactAttribute)));
            }

            var result = await AnalyzerRunner.RunAsync(AllRules.CreateAnalyzers(), new[] { ("/0/Test0.cs", source) }, files, extraReferences: references);
            Assert.False(result.HasFailures, result.FormatFailures());
            return result.AnalyzerDiagnostics.Select(d => (d.Id, d.Severity)).ToList();
        }

        private static async Task AssertReportedAsync(string rule, string body, params (string Path, string Content)[] files)
        {
            var found = await RunAsync(body, files: files);
            Assert.Contains(found, f => f.Id == rule);
        }

        private static async Task AssertQuietAsync(string body, params (string Path, string Content)[] files)
        {
            var found = await RunAsync(body, files: files);
            Assert.DoesNotContain(found, f => f.Id != "SL2001" && f.Id != "SL2002");
        }

        // ---- Local development defaults and test fixtures: information, never a warning ----------------------------

        [Theory]
        [InlineData("Server=localhost,1433;Database=orders;User Id=sa;Password={PW};TrustServerCertificate=True")]
        [InlineData("Server=db;Database=orders;User Id=sa;Password={PW}")]
        [InlineData("Server=127.0.0.1;Database=orders;User Id=sa;Password={PW}")]
        [InlineData("Server=host.docker.internal;Database=orders;User Id=sa;Password={PW}")]
        public async Task LocalDatabasePassword_IsInformation(string connectionString)
        {
            var found = await RunAsync($$"""class A { object C() => new Microsoft.Data.SqlClient.SqlConnection("{{connectionString.Replace("{PW}", Password)}}"); }""");
            var finding = Assert.Single(found);
            Assert.Equal(("SL1003", DiagnosticSeverity.Info), finding);
        }

        [Fact]
        public async Task AzureDatabasePassword_StaysAWarning()
        {
            var found = await RunAsync($$"""class A { object C() => new Microsoft.Data.SqlClient.SqlConnection("Server=tcp:orders.database.windows.net;Database=orders;User Id=app;Password={{Password}}"); }""");
            Assert.Equal(("SL1003", DiagnosticSeverity.Warning), Assert.Single(found));
        }

        [Fact]
        public async Task LocalBrokerGuest_IsInformation()
        {
            var found = await RunAsync("""class A { const string Broker = "amqp://guest:guest@localhost:5672/"; }""");
            Assert.All(found, f => Assert.Equal(DiagnosticSeverity.Info, f.Severity));
        }

        [Fact]
        public async Task LocalConnectionStringInAppSettings_IsInformation()
        {
            var found = await RunAsync("class A { }", files: ("/0/appsettings.Development.json", $$"""{ "ConnectionStrings": { "Orders": "Server=localhost;Database=orders;User Id=sa;Password={{Password}}" } }"""));
            Assert.Equal(("SL1020", DiagnosticSeverity.Info), Assert.Single(found));
        }

        [Fact]
        public async Task FixtureHostInATestProject_IsInformation()
        {
            var body = $$"""class T { object C() => new Azure.Messaging.ServiceBus.ServiceBusClient("Endpoint=sb://test.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey={{ShortKey}}"); }""";
            Assert.Equal(("SL1002", DiagnosticSeverity.Info), Assert.Single(await RunAsync(body, testProject: true)));

            // The same host outside a test project is a real namespace that someone named "test".
            Assert.Equal(("SL1002", DiagnosticSeverity.Warning), Assert.Single(await RunAsync(body)));
        }

        [Fact]
        public async Task RealHostInATestProject_StaysAWarning()
        {
            var body = $$"""class T { object C() => new Azure.Storage.Blobs.BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=ordersprod;AccountKey={{Key}}"); }""";
            Assert.Equal(("SL1001", DiagnosticSeverity.Warning), Assert.Single(await RunAsync(body, testProject: true)));
        }

        [Theory]
        [InlineData("localhost", true)]
        [InlineData("tcp:localhost,1433", true)]
        [InlineData("(localdb)\\MSSQLLocalDB", true)]
        [InlineData("rabbitmq", true)]
        [InlineData("orders.database.windows.net", false)]
        [InlineData("sqlprod01", false)]
        [InlineData(null, false)]
        public void LocalHosts(string? resource, bool local) => Assert.Equal(local, LocalDevelopmentSecrets.IsLocalHost(resource));

        // ---- Placeholders, hashes, masked and dummy keys -------------------------------------------------------------

        [Theory]
        [InlineData("<your-key>")]
        [InlineData("your_password_here")]
        [InlineData("REPLACE_ME")]
        [InlineData("abcd...wxyz")]
        [InlineData("****************")]
        [InlineData("0123456789abcdef0123")]
        public Task PlaceholderInAConnectionString_IsQuiet(string placeholder) =>
            AssertQuietAsync($$"""class A { object C() => new Azure.Storage.Blobs.BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey={{placeholder}}"); const string ApiKey = "{{placeholder}}"; }""");

        [Theory]
        [InlineData("(\"unused\", \"unused\")")]
        [InlineData("(\"contoso\", \"BatchAccountKey\")")]
        [InlineData("(\"contoso\", \"dummy\")")]
        [InlineData("(\"contoso\", \"fake-key\")")]
        public Task DummyWordsAsANamedKey_AreQuiet(string arguments) =>
            AssertQuietAsync("class A { object C() => new Azure.AzureNamedKeyCredential" + arguments + "; }");

        [Fact]
        public Task RandomNamedKey_IsReported() =>
            AssertReportedAsync("SL1006", $$"""class A { object C() => new Azure.AzureNamedKeyCredential("contoso", "{{Key}}"); }""");

        [Fact]
        public Task IdentityPasswordHash_IsQuiet()
        {
            var hash = Convert.ToBase64String(new byte[] { 1, 0, 0, 0, 2, 0, 1, 0x86, 0xA0, 0, 0, 0, 16 }.Concat(FakeTokens.Bytes(5, 48)).ToArray());
            return AssertQuietAsync($$"""class User { public string PasswordHash { get; set; } = "{{hash}}"; public string Password { get; set; } = "{{hash}}"; }""");
        }

        // ---- Literal fallbacks and templates, in every family --------------------------------------------------------

        [Theory]
        [InlineData("SL1001", "new Azure.Storage.Blobs.BlobServiceClient(Environment.GetEnvironmentVariable(\"S\") ?? \"DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey={KEY}\")")]
        [InlineData("SL1002", "new Azure.Messaging.ServiceBus.ServiceBusClient(Environment.GetEnvironmentVariable(\"S\") ?? \"Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey={SHORT}\")")]
        [InlineData("SL1003", "new Microsoft.Data.SqlClient.SqlConnection(Environment.GetEnvironmentVariable(\"S\") ?? \"Server=tcp:o.database.windows.net;User ID=app;Password={PW}\")")]
        [InlineData("SL1004", "new Microsoft.Azure.Cosmos.CosmosClient(Environment.GetEnvironmentVariable(\"S\") ?? \"AccountEndpoint=https://contoso.documents.azure.com:443/;AccountKey={KEY};\")")]
        [InlineData("SL1006", "new Azure.AzureKeyCredential(Environment.GetEnvironmentVariable(\"S\") ?? \"{RANDOM}\")")]
        [InlineData("SL1003", "new Microsoft.Data.SqlClient.SqlConnection(string.Format(\"Server=tcp:o.database.windows.net;User ID=app;Password={0};\", \"{PW}\"))")]
        [InlineData("SL1001", "new Azure.Storage.Blobs.BlobServiceClient(string.Format(\"DefaultEndpointsProtocol=https;AccountName={0};AccountKey={1}\", \"contoso\", \"{KEY}\"))")]
        public Task LiteralFallbackAndFormatArguments_AreReported(string rule, string expression) =>
            AssertReportedAsync(rule, "class A { object C() => " + Fill(expression) + "; }");

        [Theory]
        [InlineData("new Microsoft.Data.SqlClient.SqlConnection(string.Format(\"Server=tcp:o.database.windows.net;User ID=app;Password={0};\", p))")]
        [InlineData("new Azure.Storage.Blobs.BlobServiceClient(Environment.GetEnvironmentVariable(\"S\") ?? \"UseDevelopmentStorage=true\")")]
        [InlineData("new Azure.AzureKeyCredential(Environment.GetEnvironmentVariable(\"S\") ?? \"<your-key>\")")]
        public Task FallbackToANonSecretOrFormatWithARunTimeValue_IsQuiet(string expression) =>
            AssertQuietAsync("class A { object C(string p) => " + expression + "; }");

        // ---- Key rotation, ADAL, System.Net, records, defaults, attributes, options, headers -------------------------

        [Theory]
        [InlineData("void R(Azure.AzureKeyCredential c) => c.Update(\"{RANDOM}\");", "SL1006")]
        [InlineData("void R(Azure.AzureNamedKeyCredential c) => c.Update(\"contoso\", \"{KEY}\");", "SL1006")]
        [InlineData("void R(System.ClientModel.ApiKeyCredential c) => c.Update(\"{RANDOM}\");", "SL1006")]
        [InlineData("object N() => new NetworkCredential(\"svc\", \"{PW}\");", "SL1011")]
        [InlineData("object P() => new WebProxy(\"http://proxy:8080\") { Credentials = new NetworkCredential(\"u\", \"{PW}\") };", "SL1011")]
        [InlineData("void Connect(string apiKey = \"{RANDOM}\") { }", "SL1011")]
        [InlineData("object H(HttpClient c) { c.DefaultRequestHeaders.Add(\"x-functions-key\", \"{RANDOM}\"); return c; }", "SL1011")]
        [InlineData("object H(HttpRequestMessage m) => m.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", \"{RANDOM}\");", "SL1011")]
        [InlineData("string K { get; } = \"{RANDOM}\"; public string StorageAccountKey2 { get; set; } = \"{RANDOM}\";", "SL1011")]
        public Task CodeShapes_AreReported(string member, string rule) =>
            AssertReportedAsync(rule, "class A { " + Fill(member) + " }");

        [Fact]
        public Task PositionalRecordArgument_IsReported() =>
            AssertReportedAsync("SL1011", Fill("""record Settings(string Account, string StorageKey); class A { object S() => new Settings("contoso", "{RANDOM}"); }"""));

        [Fact]
        public Task AttributeArgument_IsReported() =>
            AssertReportedAsync("SL1011", Fill("""class AuthAttribute : Attribute { public AuthAttribute(string apiKey) { } } [Auth("{RANDOM}")] class A { }"""));

        [Fact]
        public Task RecordAndAttributeWithNonSecrets_AreQuiet() =>
            AssertQuietAsync("""record Settings(string Account, string QueueName); class AuthAttribute : Attribute { public AuthAttribute(string policy) { } } [Auth("RequireApiKeyPolicy")] class A { object S() => new Settings("contoso", "orders-priority-queue"); object N() => new NetworkCredential("user", "{password}"); }""");

        // ---- Azure Communication Services and the endpoint=...;accesskey= pattern ---------------------------------

        [Theory]
        [InlineData("endpoint=https://contoso.communication.azure.com/;accesskey={KEY}")]
        [InlineData("Endpoint=https://contoso.cognitiveservices.azure.com/;AccessKey={SHORT}")]
        public Task EndpointAccessKeyConnectionStrings_AreReported(string connectionString) =>
            AssertReportedAsync("SL1007", "class A { const string Cs = \"" + Fill(connectionString) + "\"; }");

        [Theory]
        [InlineData("endpoint=https://contoso.communication.azure.com/;accesskey={0}")]
        [InlineData("endpoint=https://contoso.communication.azure.com/;accesskey=<your-access-key>")]
        [InlineData("Endpoint=https://contoso.example.com/;AccessKey={SHORT}")]
        public Task EndpointAccessKeyLookAlikes_AreQuiet(string connectionString) =>
            AssertQuietAsync("class A { const string Cs = \"" + Fill(connectionString) + "\"; }");

        // ---- Configuration: machineKey, EF6, ConfigurationManager reads ---------------------------------------------

        [Fact]
        public Task MachineKey_IsReported() =>
            AssertReportedAsync("SL1020", "class A { }", ("/0/Web.config", $$"""<configuration><system.web><machineKey validationKey="{{Convert.ToHexString(FakeTokens.Bytes(7, 64))}}" decryptionKey="{{Convert.ToHexString(FakeTokens.Bytes(8, 24))}}" /></system.web></configuration>"""));

        [Fact]
        public Task AutoGeneratedMachineKey_IsQuiet() =>
            AssertQuietAsync("class A { }", ("/0/Web.config", """<configuration><system.web><machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" /></system.web></configuration>"""));

        [Theory]
        [InlineData("&quot;", "&quot;")]
        [InlineData("'", "'")]
        public Task EntityFramework6ConnectionString_IsReported(string open, string close) =>
            AssertReportedAsync("SL1020", "class A { }", ("/0/Web.config", $$"""<configuration><connectionStrings><add name="Db" connectionString="metadata=res://*/M.csdl|res://*/M.ssdl|res://*/M.msl;provider=System.Data.SqlClient;provider connection string={{open}}data source=o.database.windows.net;initial catalog=shop;user id=app;password={{Password}};App=EntityFramework{{close}}" providerName="System.Data.EntityClient" /></connectionStrings></configuration>"""));

        [Fact]
        public Task EntityFramework6WithIntegratedSecurity_IsQuiet() =>
            AssertQuietAsync("class A { }", ("/0/Web.config", """<configuration><connectionStrings><add name="Db" connectionString="metadata=res://*/M.csdl;provider=System.Data.SqlClient;provider connection string=&quot;data source=.;initial catalog=shop;integrated security=True&quot;" /></connectionStrings></configuration>"""));

        [Theory]
        [InlineData("System.Configuration.ConfigurationManager.AppSettings[\"StorageKey\"]")]
        [InlineData("System.Configuration.ConfigurationManager.ConnectionStrings[\"Orders\"]")]
        [InlineData("Microsoft.Azure.CloudConfigurationManager.GetSetting(\"StorageKey\")")]
        public Task LegacyConfigurationReads_AreSL1021(string read) =>
            AssertReportedAsync(
                "SL1021",
                "class A { object R() => " + read + "; }",
                ("/0/Web.config", $$"""<configuration><connectionStrings><add name="Orders" connectionString="Server=tcp:o.database.windows.net;User ID=app;Password={{Password}}" /></connectionStrings><appSettings><add key="StorageKey" value="{{Key}}" /></appSettings></configuration>"""));

        [Fact]
        public Task LegacyReadOfANonSecretSetting_IsQuiet() =>
            AssertQuietAsync(
                "class A { object R() => System.Configuration.ConfigurationManager.AppSettings[\"ContainerName\"]; }",
                ("/0/Web.config", """<configuration><appSettings><add key="ContainerName" value="orders" /></appSettings></configuration>"""));

        // ---- Known formats by their surroundings ---------------------------------------------------------------------

        [Theory]
        [InlineData("postgres://app:{PW}@orders.postgres.database.azure.com:5432/orders")]
        [InlineData("postgresql://app:{PW}@db.example.com/orders")]
        [InlineData("mongodb+srv://app:{PW}@cluster0.example.net/orders")]
        [InlineData("mongodb://contoso:{KEYENC}@contoso.mongo.cosmos.azure.com:10255/?ssl=true")]
        [InlineData("mongodb://contoso:{KEY}@contoso.mongo.cosmos.azure.com:10255/?ssl=true")]
        [InlineData("amqps://orders:{RANDOM}@broker.example.com:5671")]
        [InlineData("rediss://default:{RANDOM}@cache.example.com:6380")]
        [InlineData("https://deploy:{RANDOM}@contoso.scm.azurewebsites.net/api/zipdeploy")]
        [InlineData("Authorization: Bearer {RANDOM}")]
        [InlineData("https://contoso.azurewebsites.net/api/orders?code={RANDOM}")]
        [InlineData("grant_type=client_credentials&client_id=abc&client_secret={RANDOM}")]
        public void ContextualFormats_AreDetected(string text) =>
            Assert.NotNull(KnownSecretDetector.Detect(FillEncoded(text)));

        [Theory]
        [InlineData("postgres://orders.postgres.database.azure.com:5432/orders")]
        [InlineData("https://user@example.com/path")]
        [InlineData("https://example.com:8080/path/user@example.com")]
        [InlineData("postgres://app:{password}@db/orders")]
        [InlineData("mongodb://<user>:<password>@host:10255/")]
        [InlineData("postgres://app:%s@db/orders")]
        [InlineData("amqp://guest:password@localhost")]
        [InlineData("Bearer <token>")]
        [InlineData("Bearer {0}")]
        [InlineData("https://contoso.azurewebsites.net/api/orders?code={code}")]
        [InlineData("https://contoso.com/signin-oidc?code=abc")]
        [InlineData("client_secret={1}&grant_type=client_credentials")]
        [InlineData("client_secret=your_client_secret_here")]
        public void ContextualLookAlikes_AreNot(string text) =>
            Assert.Null(KnownSecretDetector.Detect(text));

        [Fact]
        public async Task LocalUrlCredentials_AreInformation()
        {
            var found = await RunAsync(Fill("""class A { const string Db = "postgres://postgres:{PWENC}@localhost:5432/orders"; }"""));
            Assert.Equal(("SL1010", DiagnosticSeverity.Info), Assert.Single(found));
        }

        private static string Fill(string text) => text
            .Replace("{KEY}", Key).Replace("{SHORT}", ShortKey).Replace("{PW}", Password).Replace("{RANDOM}", Random)
            .Replace("{PWENC}", Uri.EscapeDataString(Password));

        private static string FillEncoded(string text) => text
            .Replace("{KEYENC}", Uri.EscapeDataString(Key)).Replace("{KEY}", Key).Replace("{PW}", Uri.EscapeDataString(Password)).Replace("{RANDOM}", Random);
    }
}
