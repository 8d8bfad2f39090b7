using System;
using System.Collections.Generic;
using System.Linq;
using SecretlessAnalyzers.Tests.Infrastructure;
using SecretlessAnalyzers.Tests.Tokens;

namespace SecretlessAnalyzers.Tests.Accuracy
{
    /// <summary>
    /// One labelled case of the accuracy corpus: a C# file or a configuration file, the rules that may report it (none
    /// for a hard negative), and the class of issue 16 it stands for.
    /// </summary>
    /// <param name="Rules">Any one of these reporting the case detects it; empty for a negative.</param>
    /// <param name="InfoAllowed">A negative that may be reported as information, never as a warning (local defaults, test fixtures).</param>
    public sealed record AccuracyCase(string Id, string Class, string[] Rules, string Path, string Content, bool IsConfiguration, bool InTestProject, bool InfoAllowed)
    {
        public bool IsPositive => Rules.Length > 0;
    }

    /// <summary>
    /// The accuracy corpus, generated at run time (keys from <see cref="FakeSecrets"/> and <see cref="FakeTokens"/>,
    /// never committed): realistic snippets for every rule and every class of issue 16, and hard negatives that look
    /// like secrets but are not (placeholders, templates, masked values, hashes, emulator keys, local defaults,
    /// configuration reads, identifiers). Separate from the unit tests: it measures, they specify.
    /// </summary>
    public static class AccuracyCorpus
    {
        private static readonly string[] Accounts = { "contoso", "fabrikamdata", "ordersprod", "northwindlogs", "tailspinmedia" };
        private static readonly string[] Namespaces = { "contoso-bus", "fabrikam-events", "orders-prod", "northwind-hub" };

        // Values that sit where a secret would and are not one.
        private static readonly string[] Placeholders =
        {
            "<your-key>", "{key}", "xxxxxxxxxxxxxxxxxxxxxxxx", "your_password_here", "changeme", "REPLACE_ME", "****************",
            "abcd...wxyz", "YOUR_STORAGE_KEY", "<insert key here>", "${STORAGE_KEY}", "#{StorageKey}#", "__StorageKey__",
            "0123456789abcdef0123", "aaaaaaaaaaaaaaaaaaaaaaaa", "Zm9v\u2026", "TODO-put-the-key-here", "PLACEHOLDER",
        };

        public static IReadOnlyList<AccuracyCase> Create()
        {
            var cases = new List<AccuracyCase>();
            Positives(cases);
            Negatives(cases);
            return cases;
        }

        private static string Key(int seed) => FakeSecrets.StorageAccountKey(100 + seed);

        private static string ShortKey(int seed) => FakeSecrets.SharedAccessKey(200 + seed);

        private static string Password(int seed) => FakeServiceSecrets.DatabasePassword(300 + seed);

        private static string Random62(int seed, int length = 40) => FakeTokens.Random62(length, 400 + seed);

        private static void Code(List<AccuracyCase> cases, string cls, string rules, string body, bool testProject = false, bool infoAllowed = false, string usings = "")
        {
            var id = "c" + cases.Count.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            var content = "using System;\nusing System.Collections.Generic;\nusing System.Net;\nusing System.Net.Http;\nusing System.Net.Http.Headers;\n"
                + usings + "\nnamespace Corpus." + id + "\n{\n" + body + "\n}\n";
            cases.Add(new AccuracyCase(id, cls, Split(rules), "/corpus/" + id + ".cs", content, IsConfiguration: false, testProject, infoAllowed));
        }

        private static void Config(List<AccuracyCase> cases, string cls, string rules, string fileName, string content, bool infoAllowed = false)
        {
            var id = "c" + cases.Count.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            cases.Add(new AccuracyCase(id, cls, Split(rules), "/corpus/" + id + "/" + fileName, content, IsConfiguration: true, InTestProject: false, infoAllowed));
        }

        private static string[] Split(string rules) => rules.Length == 0 ? Array.Empty<string>() : rules.Split('|');

        private const string Storage = "using Azure.Storage.Blobs;\nusing Azure.Storage.Queues;\nusing Azure.Storage;\nusing Azure.Data.Tables;\n";
        private const string Messaging = "using Azure.Messaging.ServiceBus;\nusing Azure.Messaging.EventHubs.Producer;\nusing Azure;\n";
        private const string Sql = "using Microsoft.Data.SqlClient;\nusing Npgsql;\nusing MySqlConnector;\n";
        private const string Cosmos = "using Microsoft.Azure.Cosmos;\nusing Microsoft.Azure.Cosmos.Fluent;\n";
        private const string Identity = "using Azure.Identity;\nusing Microsoft.Identity.Client;\nusing System.Security.Cryptography.X509Certificates;\n";
        private const string KeyBased = "using Azure;\nusing Azure.Search.Documents;\nusing System.ClientModel;\nusing OpenAI;\n";
        private const string Services = "using StackExchange.Redis;\nusing Azure.Data.AppConfiguration;\nusing Azure.Messaging.WebPubSub;\n";
        private const string Cfg = "using Microsoft.Extensions.Configuration;\n";

        private static void Positives(List<AccuracyCase> cases)
        {
            for (var i = 0; i < 5; i++)
            {
                var account = Accounts[i];
                var cs = FakeSecrets.StorageConnectionString(account, 100 + i);
                var key = Key(i);

                // SL1001: storage.
                Code(cases, "storage connection string", "SL1001", $$"""class A { BlobServiceClient C() => new BlobServiceClient("{{cs}}"); }""", usings: Storage);
                Code(cases, "storage connection string", "SL1001", $$"""class A { const string Cs = "{{cs}}"; QueueClient Q() => new QueueClient(Cs, "orders"); }""", usings: Storage);
                Code(cases, "storage shared key", "SL1001", $$"""class A { BlobServiceClient C() => new BlobServiceClient(new Uri("https://{{account}}.blob.core.windows.net"), new StorageSharedKeyCredential("{{account}}", "{{key}}")); }""", usings: Storage);
                Code(cases, "storage SAS URL", "SL1001", $$"""class A { BlobContainerClient C() => new BlobContainerClient(new Uri("https://{{account}}.blob.core.windows.net/orders?{{FakeSecrets.SasQuery(100 + i)}}")); }""", usings: Storage);
                Code(cases, "literal fallback", "SL1001", $$"""class A { BlobServiceClient C() => new BlobServiceClient(Environment.GetEnvironmentVariable("STORAGE") ?? "{{cs}}"); }""", usings: Storage);
                Code(cases, "literal fallback", "SL1001", $$"""class A { TableServiceClient C(IConfiguration configuration) => new TableServiceClient(configuration["Storage"] ?? "{{cs}}"); }""", usings: Storage + Cfg);
                Code(cases, "template hole", "SL1001", $$"""class A { const string AccountKey = "{{key}}"; BlobServiceClient C() => new BlobServiceClient($"DefaultEndpointsProtocol=https;AccountName={{account}};AccountKey={AccountKey};EndpointSuffix=core.windows.net"); }""", usings: Storage);
                Code(cases, "template hole", "SL1001", $$"""class A { BlobServiceClient C() => new BlobServiceClient(string.Format("DefaultEndpointsProtocol=https;AccountName={0};AccountKey={1};EndpointSuffix=core.windows.net", "{{account}}", "{{key}}")); }""", usings: Storage);

                // SL1002: messaging.
                var ns = Namespaces[i % Namespaces.Length];
                var ms = FakeSecrets.MessagingConnectionString(ns, seed: 100 + i);
                Code(cases, "messaging connection string", "SL1002", $$"""class A { ServiceBusClient C() => new ServiceBusClient("{{ms}}"); }""", usings: Messaging);
                Code(cases, "messaging connection string", "SL1002", $$"""class A { EventHubProducerClient C() => new EventHubProducerClient("{{FakeSecrets.MessagingConnectionString(ns, "send", "telemetry", 110 + i)}}"); }""", usings: Messaging);
                Code(cases, "messaging named key", "SL1002|SL1006", $$"""class A { ServiceBusClient C() => new ServiceBusClient("{{ns}}.servicebus.windows.net", new AzureNamedKeyCredential("RootManageSharedAccessKey", "{{ShortKey(i)}}")); }""", usings: Messaging);
                Code(cases, "literal fallback", "SL1002", $$"""class A { ServiceBusClient C(IConfiguration configuration) => new ServiceBusClient(configuration.GetConnectionString("Bus") ?? "{{ms}}"); }""", usings: Messaging + Cfg);
                Code(cases, "template hole", "SL1002", $$"""class A { const string SharedKey = "{{ShortKey(i)}}"; ServiceBusClient C() => new ServiceBusClient("Endpoint=sb://{{ns}}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=" + SharedKey); }""", usings: Messaging);

                // SL1003: databases.
                var pw = Password(i);
                Code(cases, "database password", "SL1003", $$"""class A { SqlConnection C() => new SqlConnection("Server=tcp:{{account}}.database.windows.net,1433;Database=orders;User ID=app;Password={{pw}};Encrypt=True"); }""", usings: Sql);
                Code(cases, "database password", "SL1003", $$"""class A { NpgsqlConnection C() => new NpgsqlConnection("Host={{account}}.postgres.database.azure.com;Database=orders;Username=app;Password={{pw}}"); }""", usings: Sql);
                Code(cases, "database password", "SL1003", $$"""class A { MySqlConnection C() => new MySqlConnection("Server={{account}}.mysql.database.azure.com;Database=orders;Uid=app;Pwd={{pw}}"); }""", usings: Sql);
                Code(cases, "database builder", "SL1003", $$"""class A { SqlConnection C() { var b = new SqlConnectionStringBuilder { DataSource = "{{account}}.database.windows.net", InitialCatalog = "orders", UserID = "app", Password = "{{pw}}" }; return new SqlConnection(b.ConnectionString); } }""", usings: Sql);
                Code(cases, "template hole", "SL1003", $$"""class A { SqlConnection C() => new SqlConnection(string.Format("Server=tcp:{{account}}.database.windows.net;Database=orders;User ID=app;Password={0};", "{{pw}}")); }""", usings: Sql);
                Code(cases, "literal fallback", "SL1003", $$"""class A { SqlConnection C() => new SqlConnection(Environment.GetEnvironmentVariable("SQL") ?? "Server=tcp:{{account}}.database.windows.net;Database=orders;User ID=app;Password={{pw}};"); }""", usings: Sql);

                // SL1004: Cosmos DB.
                var cosmos = FakeSecrets.CosmosConnectionString(account, 100 + i);
                Code(cases, "cosmos connection string", "SL1004", $$"""class A { CosmosClient C() => new CosmosClient("{{cosmos}}"); }""", usings: Cosmos);
                Code(cases, "cosmos key", "SL1004", $$"""class A { CosmosClient C() => new CosmosClient("https://{{account}}.documents.azure.com:443/", "{{FakeSecrets.CosmosKey(100 + i)}}"); }""", usings: Cosmos);
                Code(cases, "literal fallback", "SL1004", $$"""class A { CosmosClient C(IConfiguration configuration) => new CosmosClient(configuration["Cosmos"] ?? "{{cosmos}}"); }""", usings: Cosmos + Cfg);
                Code(cases, "cosmos key", "SL1004", $$"""class A { CosmosClient C() => new CosmosClientBuilder("https://{{account}}.documents.azure.com:443/", "{{FakeSecrets.CosmosKey(110 + i)}}").Build(); }""", usings: Cosmos);

                // SL1005: Entra client secrets and passwords.
                var entra = FakeTokens.EntraSecret(100 + i);
                Code(cases, "client secret", "SL1005", $$"""class A { ClientSecretCredential C() => new ClientSecretCredential("tenant", "client", "{{entra}}"); }""", usings: Identity);
                Code(cases, "client secret", "SL1005", $$"""class A { IConfidentialClientApplication C() => ConfidentialClientApplicationBuilder.Create("client").WithClientSecret("{{Random62(i, 34)}}~x").Build(); }""", usings: Identity);
                Code(cases, "certificate password", "SL1005", $$"""class A { X509Certificate2 C() => new X509Certificate2("cert.pfx", "{{pw}}"); }""", usings: Identity);
                Code(cases, "client secret", "SL1005", $$"""class A { void C() => Environment.SetEnvironmentVariable("AZURE_CLIENT_SECRET", "{{Random62(i + 10, 34)}}~q"); }""", usings: Identity);
                Code(cases, "literal fallback", "SL1005", $$"""class A { ClientSecretCredential C() => new ClientSecretCredential("tenant", "client", Environment.GetEnvironmentVariable("AZURE_CLIENT_SECRET") ?? "{{entra}}"); }""", usings: Identity);

                // SL1006: key credentials.
                var apiKey = Random62(i + 20, 32);
                Code(cases, "api key", "SL1006", $$"""class A { SearchClient C() => new SearchClient(new Uri("https://{{account}}.search.windows.net"), "products", new AzureKeyCredential("{{apiKey}}")); }""", usings: KeyBased);
                Code(cases, "api key", "SL1006", $$"""class A { AzureKeyCredential C() => new AzureKeyCredential("{{apiKey}}"); }""", usings: KeyBased);
                Code(cases, "key update", "SL1006", $$"""class A { void Rotate(AzureKeyCredential credential) => credential.Update("{{apiKey}}"); }""", usings: KeyBased);
                Code(cases, "key update", "SL1006", $$"""class A { void Rotate(AzureNamedKeyCredential credential) => credential.Update("{{account}}", "{{Key(i + 20)}}"); }""", usings: KeyBased);
                Code(cases, "key update", "SL1006|SL1001", $$"""class A { void Rotate(AzureSasCredential credential) => credential.Update("{{FakeSecrets.SasQuery(120 + i)}}"); }""", usings: KeyBased);
                Code(cases, "api key", "SL1006", $$"""class A { ApiKeyCredential C() => new ApiKeyCredential("{{apiKey}}"); }""", usings: KeyBased);
                Code(cases, "literal fallback", "SL1006", $$"""class A { AzureKeyCredential C() => new AzureKeyCredential(Environment.GetEnvironmentVariable("SEARCH_KEY") ?? "{{apiKey}}"); }""", usings: KeyBased);

                // SL1007: other Azure services.
                Code(cases, "redis", "SL1007", $$"""class A { ConnectionMultiplexer C() => ConnectionMultiplexer.Connect("{{account}}.redis.cache.windows.net:6380,password={{ShortKey(i + 30)}},ssl=True,abortConnect=False"); }""", usings: Services);
                Code(cases, "app configuration", "SL1007", $$"""class A { ConfigurationClient C() => new ConfigurationClient("Endpoint=https://{{account}}.azconfig.io;Id=Ab1c-l0-s0:x1y2z3;Secret={{ShortKey(i + 40)}}"); }""", usings: Services);
                Code(cases, "web pubsub", "SL1007", $$"""class A { WebPubSubServiceClient C() => new WebPubSubServiceClient("Endpoint=https://{{account}}.webpubsub.azure.com;AccessKey={{ShortKey(i + 50)}};Version=1.0;", "hub"); }""", usings: Services);
                Code(cases, "communication services", "SL1007", $$"""class A { public const string Acs = "endpoint=https://{{account}}.communication.azure.com/;accesskey={{Key(i + 60)}}"; }""");
                Code(cases, "endpoint accesskey pattern", "SL1007", $$"""class A { public const string Maps = "Endpoint=https://{{account}}.cognitiveservices.azure.com/;AccessKey={{ShortKey(i + 70)}}"; }""");

                // SL1010: known formats.
                Code(cases, "known format", "SL1010", $$"""class A { public const string Token = "{{FakeTokens.GitHubToken(100 + i)}}"; }""");
                Code(cases, "known format", "SL1010", $$"""class A { string Send(string body) => body + "{{FakeTokens.SlackBotToken(100 + i)}}"; }""");
                Code(cases, "known format", "SL1010", $$"""class A { public static readonly string[] Keys = { "{{FakeTokens.StripeLiveKey(100 + i)}}" }; }""");
                Code(cases, "known format", "SL1010", $$"""class A { object C() => new { Key = "{{FakeTokens.StorageKey(100 + i)}}" }; }""");
                Code(cases, "vendor SDK", "SL1010|SL1006", $$"""class A { OpenAIClient C() => new OpenAIClient("{{FakeTokens.OpenAIKey(100 + i)}}"); }""", usings: KeyBased);
                Code(cases, "vendor SDK", "SL1010|SL1006", $$"""class A { OpenAIClient C() => new OpenAIClient(apiKey: "{{FakeTokens.OpenAIKey(110 + i)}}"); }""", usings: KeyBased);
                Code(cases, "vendor SDK", "SL1010|SL1006", $$"""class SendGridClient { public SendGridClient(string apiKey) { } } class A { SendGridClient C() => new SendGridClient("{{FakeTokens.SendGridKey(100 + i)}}"); }""");
                Code(cases, "url credentials", "SL1010|SL1003", $$"""class A { public const string Pg = "postgresql://app:{{Uri.EscapeDataString(pw)}}@{{account}}.postgres.database.azure.com:5432/orders"; }""");
                Code(cases, "url credentials", "SL1010|SL1004", $$"""class A { public const string Mongo = "mongodb://{{account}}:{{FakeSecrets.CosmosKey(120 + i)}}@{{account}}.mongo.cosmos.azure.com:10255/?ssl=true&replicaSet=globaldb"; }""");
                Code(cases, "url credentials", "SL1010", $$"""class A { public const string Broker = "amqps://orders:{{Random62(i + 60, 24)}}@broker.{{account}}.com:5671/vhost"; }""");
                Code(cases, "url credentials", "SL1010", $$"""class A { Uri C() => new Uri("https://deploy:{{Random62(i + 70, 20)}}@{{account}}.scm.azurewebsites.net/api/zipdeploy"); }""");
                Code(cases, "url credentials", "SL1010", $$"""class A { public const string Redis = "rediss://default:{{Random62(i + 75, 32)}}@cache.{{account}}.net:6380"; }""");
                Code(cases, "bearer token", "SL1010", $$"""class A { void C(HttpClient client) => client.DefaultRequestHeaders.Add("Authorization", "Bearer {{Random62(i + 80, 48)}}"); }""");
                Code(cases, "functions key", "SL1010", $$"""class A { public const string Url = "https://{{account}}.azurewebsites.net/api/orders?code={{Random62(i + 90, 54)}}=="; }""");
                Code(cases, "form client secret", "SL1010|SL1005", $$"""class A { StringContent C() => new StringContent("grant_type=client_credentials&client_id=abc&client_secret={{Random62(i + 100, 34)}}", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"); }""");

                // SL1011: secret-named literals.
                var named = Random62(i + 110, 32);
                Code(cases, "secret-named literal", "SL1011", $$"""class A { private const string ApiKey = "{{named}}"; }""");
                Code(cases, "secret-named literal", "SL1011", $$"""class A { string P() { var password = "{{pw}}"; return password; } }""");
                Code(cases, "system.net credentials", "SL1011", $$"""class A { NetworkCredential C() => new NetworkCredential("svc-orders", "{{pw}}"); }""");
                Code(cases, "system.net credentials", "SL1011", $$"""class A { System.Net.Mail.SmtpClient C() => new System.Net.Mail.SmtpClient("smtp.{{account}}.com") { Credentials = new NetworkCredential("mailer", "{{Password(i + 10)}}") }; }""");
                Code(cases, "positional record", "SL1011", $$"""record StorageSettings(string AccountName, string StorageKey); class A { StorageSettings S() => new StorageSettings("{{account}}", "{{named}}"); }""");
                Code(cases, "default parameter", "SL1011", $$"""class A { void Connect(string apiKey = "{{named}}") { } }""");
                Code(cases, "attribute argument", "SL1011", $$"""[AttributeUsage(AttributeTargets.Class)] class AuthAttribute : Attribute { public string Secret { get; set; } = ""; } [Auth(Secret = "{{named}}")] class A { }""");
                Code(cases, "options object", "SL1011", $$"""class ProxyOptions { public string Password { get; set; } = ""; } class A { ProxyOptions O() => new ProxyOptions { Password = "{{pw}}" }; }""");
                Code(cases, "options object", "SL1011", $$"""class A { WebProxy P() => new WebProxy("http://proxy:8080") { Credentials = new NetworkCredential("proxyuser", "{{Password(i + 20)}}") }; }""");
                Code(cases, "api key header", "SL1011|SL1010", $$"""class A { void C(HttpClient client) => client.DefaultRequestHeaders.Add("x-api-key", "{{named}}"); }""");
                Code(cases, "api key header", "SL1011|SL1010", $$"""class A { void C(HttpRequestMessage request) => request.Headers.Add("api-key", "{{Random62(i + 120, 32)}}"); }""");
                Code(cases, "functions key", "SL1011|SL1010", $$"""class A { void C(HttpClient client) => client.DefaultRequestHeaders.Add("x-functions-key", "{{Random62(i + 130, 54)}}=="); }""");
                Code(cases, "bearer token", "SL1011|SL1010", $$"""class A { void C(HttpRequestMessage request) => request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "{{Random62(i + 140, 40)}}"); }""");
                Code(cases, "form client secret", "SL1011|SL1010|SL1005", $$"""class A { FormUrlEncodedContent C() => new FormUrlEncodedContent(new[] { new KeyValuePair<string, string>("client_id", "abc"), new KeyValuePair<string, string>("client_secret", "{{Random62(i + 150, 34)}}") }); }""");
                Code(cases, "literal fallback", "SL1011", $$"""class A { string K() => Environment.GetEnvironmentVariable("PAYMENTS_API_KEY") ?? "{{Random62(i + 160, 32)}}"; }""");
                Code(cases, "secret-named literal", "SL1011", $$"""class A { public string StorageKey { get; set; } = "{{Random62(i + 170, 40)}}"; }""");

                // SL1020: configuration files.
                Config(cases, "configuration file", "SL1020", "appsettings.json", $$"""{ "ConnectionStrings": { "Storage": "{{cs}}" } }""");
                Config(cases, "configuration file", "SL1020", "appsettings.Production.json", $$"""{ "ConnectionStrings": { "Orders": "Server=tcp:{{account}}.database.windows.net;Database=orders;User ID=app;Password={{pw}};" } }""");
                Config(cases, "configuration file", "SL1020", "local.settings.json", $$"""{ "IsEncrypted": false, "Values": { "AzureWebJobsStorage": "{{cs}}", "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated" } }""");
                Config(cases, "configuration file", "SL1020", "web.config", $$"""<configuration><connectionStrings><add name="Bus" connectionString="{{ms}}" /></connectionStrings></configuration>""");
                Config(cases, "cosmos key in appsettings", "SL1020", "appsettings.json", $$"""{ "Cosmos": { "Endpoint": "https://{{account}}.documents.azure.com:443/", "{{new[] { "AccountKey", "PrimaryKey", "AuthKey", "AccountKey", "PrimaryKey" }[i]}}": "{{FakeSecrets.CosmosKey(130 + i)}}" } }""");
                Config(cases, "machine key", "SL1020", "web.config", $$"""<configuration><system.web><machineKey validationKey="{{Hex(i, 64)}}" decryptionKey="{{Hex(i + 1, 24)}}" validation="HMACSHA256" decryption="AES" /></system.web></configuration>""");
                Config(cases, "ef6 connection string", "SL1020", "web.config", $$"""<configuration><connectionStrings><add name="OrdersEntities" connectionString="metadata=res://*/Orders.csdl|res://*/Orders.ssdl|res://*/Orders.msl;provider=System.Data.SqlClient;provider connection string=&quot;data source={{account}}.database.windows.net;initial catalog=orders;user id=app;password={{pw}};MultipleActiveResultSets=True;App=EntityFramework&quot;" providerName="System.Data.EntityClient" /></connectionStrings></configuration>""");
                Config(cases, "ef6 connection string", "SL1020", "app.config", $$"""<configuration><connectionStrings><add name="Model" connectionString="metadata=res://*/Model.csdl|res://*/Model.ssdl|res://*/Model.msl;provider=System.Data.SqlClient;provider connection string='data source={{account}}.database.windows.net;initial catalog=shop;user id=app;password={{Password(i + 30)}}'" providerName="System.Data.EntityClient" /></connectionStrings></configuration>""");
                Config(cases, "sub-folder configuration", "SL1020", new[] { "Config/appsettings.json", "Views/Web.config", "Functions/local.settings.json", "Config/appsettings.Staging.json", "Areas/Admin/Views/web.config" }[i],
                    i % 3 == 1 || i == 4
                        ? $$"""<configuration><appSettings><add key="StorageConnection" value="{{cs}}" /></appSettings></configuration>"""
                        : $$"""{ "Values": { "Storage": "{{cs}}" } }""");
                Config(cases, "secret-named setting", "SL1020", "appsettings.json", $$"""{ "Storage": { "{{new[] { "StorageKey", "AzureStorageKey", "BlobStorageKey", "StoragePrimaryKey", "StorageAccountKey2" }[i]}}": "{{Key(i + 80)}}" } }""");
                Config(cases, "secret-named setting", "SL1020", "appsettings.json", $$"""{ "Payments": { "{{new[] { "ProviderApiKey", "S3AccessKey", "SmtpPassword", "SigningSecret", "WebhookToken" }[i]}}": "{{Random62(i + 180, 40)}}" } }""");
                Config(cases, "url credentials", "SL1020", "appsettings.json", $$"""{ "RabbitMq": { "Uri": "amqps://orders:{{Random62(i + 190, 24)}}@broker.{{account}}.com:5671" } }""");
                Config(cases, "placeholder substring", "SL1020", "appsettings.json", $$"""{ "Smtp": { "Password": "{{KeyContaining(i)}}" } }""");

                // SL1021: reads of configured secrets.
                Code(cases, "configured secret read", "SL1021|SL2001", $$"""class A { string Read(IConfiguration configuration) => configuration.GetConnectionString("Storage{{i}}")!; }""", usings: Cfg);
                Code(cases, "configuration manager read", "SL1021", $$"""namespace System.Configuration { public static class ConfigurationManager { public static System.Collections.Specialized.NameValueCollection AppSettings => new(); } } class A { string? K() => System.Configuration.ConfigurationManager.AppSettings["LegacyStorageKey{{i}}"]; }""");
                Code(cases, "configuration manager read", "SL1021", $$"""namespace Microsoft.Azure { public static class CloudConfigurationManager { public static string GetSetting(string name) => name; } } class A { string K() => Microsoft.Azure.CloudConfigurationManager.GetSetting("CloudStorageKey{{i}}"); }""");

                // SL2001: clients created with secrets read at run time.
                Code(cases, "secret read at run time", "SL2001", $$"""class A { BlobServiceClient C(IConfiguration configuration) => new BlobServiceClient(configuration.GetConnectionString("Blobs{{i}}")); }""", usings: Storage + Cfg);
                Code(cases, "secret read at run time", "SL2001", $$"""class A { ServiceBusClient C() => new ServiceBusClient(Environment.GetEnvironmentVariable("SERVICEBUS_CONNECTION")); }""", usings: Messaging);
                Code(cases, "secret read at run time", "SL2001", $$"""class A { SearchClient C(IConfiguration configuration) => new SearchClient(new Uri("https://{{account}}.search.windows.net"), "idx", new AzureKeyCredential(configuration["Search:Key"]!)); }""", usings: KeyBased + Cfg);

                // SL2002: DefaultAzureCredential in production code.
                Code(cases, "default credential in production", "SL2002", $$"""class A { Azure.Core.TokenCredential C() => new DefaultAzureCredential(); }""", usings: Identity);
            }

            // SL1021 needs the settings its reads name.
            for (var i = 0; i < 5; i++)
            {
                Config(cases, "configuration file", "SL1020", "appsettings.json", $$"""{ "ConnectionStrings": { "Storage{{i}}": "{{FakeSecrets.StorageConnectionString(Accounts[i], 140 + i)}}" } }""");
                Config(cases, "configuration file", "SL1020", "web.config", $$"""<configuration><appSettings><add key="LegacyStorageKey{{i}}" value="{{Key(i + 90)}}" /><add key="CloudStorageKey{{i}}" value="{{FakeSecrets.StorageConnectionString(Accounts[i], 150 + i)}}" /></appSettings></configuration>""");
            }
        }

        private static void Negatives(List<AccuracyCase> cases)
        {
            for (var p = 0; p < Placeholders.Length; p++)
            {
                var value = Placeholders[p];
                var account = Accounts[p % Accounts.Length];
                Code(cases, "placeholder", "", $$"""class A { BlobServiceClient C() => new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName={{account}};AccountKey={{value}};EndpointSuffix=core.windows.net"); }""", usings: Storage);
                Code(cases, "placeholder", "", $$"""class A { ServiceBusClient C() => new ServiceBusClient("Endpoint=sb://{{account}}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={{value}}"); }""", usings: Messaging);
                Code(cases, "placeholder", "", $$"""class A { SqlConnection C() => new SqlConnection("Server=tcp:{{account}}.database.windows.net;Database=orders;User ID=app;Password={{value}};"); }""", usings: Sql);
                Code(cases, "placeholder", "", $$"""class A { CosmosClient C() => new CosmosClient("https://{{account}}.documents.azure.com:443/", "{{value}}"); }""", usings: Cosmos);
                Code(cases, "placeholder", "", $$"""class A { AzureKeyCredential C() => new AzureKeyCredential("{{value}}"); }""", usings: KeyBased);
                Code(cases, "placeholder", "", $$"""class A { ClientSecretCredential C() => new ClientSecretCredential("tenant", "client", "{{value}}"); }""", usings: Identity);
                Code(cases, "placeholder", "", $$"""class A { private const string ApiKey = "{{value}}"; }""");
                Code(cases, "placeholder", "", $$"""class A { ConnectionMultiplexer C() => ConnectionMultiplexer.Connect("{{account}}.redis.cache.windows.net:6380,password={{value}},ssl=True"); }""", usings: Services);
                Config(cases, "placeholder", "", "appsettings.json", $$"""{ "ConnectionStrings": { "Storage": "DefaultEndpointsProtocol=https;AccountName={{account}};AccountKey={{value}}" }, "Smtp": { "Password": "{{value}}" }, "Payments": { "ApiKey": "{{value}}" } }""");
                Config(cases, "placeholder", "", "web.config", $$"""<configuration><connectionStrings><add name="Db" connectionString="Server=tcp:{{account}}.database.windows.net;Database=x;User ID=app;Password={{System.Security.SecurityElement.Escape(value)}};" /></connectionStrings></configuration>""");
                Code(cases, "placeholder", "", $$"""class A { public const string Url = "postgres://app:{{value}}@{{account}}.postgres.database.azure.com/orders"; }""");
                Code(cases, "placeholder", "", $$"""class A { void C(HttpClient client) => client.DefaultRequestHeaders.Add("Authorization", "Bearer {{value}}"); }""");
            }

            for (var i = 0; i < 5; i++)
            {
                var account = Accounts[i];
                var random = Random62(i + 500, 40);

                // Emulators and Key Vault references.
                Code(cases, "emulator", "", """class A { BlobServiceClient C() => new BlobServiceClient("UseDevelopmentStorage=true"); }""", usings: Storage);
                Code(cases, "emulator", "", $$"""class A { BlobServiceClient C() => new BlobServiceClient("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={{SecretlessAnalyzers.Common.NonSecretClassifier.StorageEmulatorKey}};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"); }""", usings: Storage);
                Code(cases, "emulator", "", $$"""class A { CosmosClient C() => new CosmosClient("https://localhost:8081/", "{{SecretlessAnalyzers.Common.NonSecretClassifier.CosmosEmulatorKey}}"); }""", usings: Cosmos);
                Config(cases, "key vault reference", "", "appsettings.json", """{ "ConnectionStrings": { "Storage": "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/storage/)" }, "Smtp": { "Password": "@Microsoft.KeyVault(VaultName=kv;SecretName=smtp)" } }""");

                // Reads at run time and endpoints only.
                Code(cases, "configuration read", "", """class A { BlobServiceClient C(IConfiguration configuration) => new BlobServiceClient(new Uri(configuration["Storage:Endpoint"]!), new Azure.Identity.DefaultAzureCredential()); }""", usings: Storage + Cfg);
                Code(cases, "configuration read", "", """class A { string K(IConfiguration configuration) => configuration["Payments:ApiKey"] ?? throw new InvalidOperationException("Payments:ApiKey is missing"); }""", usings: Cfg);
                Code(cases, "configuration read", "", $$"""class A { SqlConnection C(string password) => new SqlConnection($"Server=tcp:{{account}}.database.windows.net;Database=orders;User ID=app;Password={password};"); }""", usings: Sql);
                Code(cases, "configuration read", "", $$"""class A { SqlConnection C(string password) => new SqlConnection(string.Format("Server=tcp:{{account}}.database.windows.net;Database=orders;User ID=app;Password={0};", password)); }""", usings: Sql);
                Code(cases, "configuration read", "", """class A { string K() => Environment.GetEnvironmentVariable("API_KEY") ?? string.Empty; }""");
                Code(cases, "configuration read", "", $$"""class A { void C(HttpClient client, string token) => client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token); }""");
                Code(cases, "configuration read", "", $$"""class A { string H(string token) => "Bearer " + token; }""");

                // Local development defaults: information at most.
                Code(cases, "local development default", "", $$"""class A { SqlConnection C() => new SqlConnection("Server=localhost,1433;Database=orders;User Id=sa;Password={{Password(i + 40)}};TrustServerCertificate=True"); }""", infoAllowed: true, usings: Sql);
                Code(cases, "local development default", "", $$"""class A { NpgsqlConnection C() => new NpgsqlConnection("Host=postgres;Port=5432;Database=orders;Username=postgres;Password={{Password(i + 50)}}"); }""", infoAllowed: true, usings: Sql);
                Code(cases, "local development default", "", """class A { public const string Broker = "amqp://guest:guest@localhost:5672/"; }""", infoAllowed: true);
                Code(cases, "local development default", "", $$"""class A { MySqlConnection C() => new MySqlConnection("Server=127.0.0.1;Port=3306;Database=shop;Uid=root;Pwd={{Password(i + 60)}}"); }""", infoAllowed: true, usings: Sql);
                Config(cases, "local development default", "", "appsettings.Development.json", $$"""{ "ConnectionStrings": { "Orders": "Server=db;Database=orders;User Id=sa;Password={{Password(i + 70)}};TrustServerCertificate=true" } }""", infoAllowed: true);
                Code(cases, "local development default", "", """class A { SqlConnection C() => new SqlConnection("Server=localhost;Database=orders;User Id=sa;Password=yourStrong(!)Password;"); }""", infoAllowed: true, usings: Sql);

                // Hashes, masked values, identifiers.
                Code(cases, "identity password hash", "", $$"""class User { public string PasswordHash { get; set; } = ""; } class A { User U() => new User { PasswordHash = "{{IdentityHash(i)}}" }; }""");
                Code(cases, "identity password hash", "", $$"""class A { private const string AdminPasswordHash = "{{IdentityHash(i + 10)}}"; }""");
                Code(cases, "non-secret hash", "", $$"""class A { public const string CertificateThumbprint = "{{Hex(i + 20, 20)}}"; }""");
                Code(cases, "non-secret hash", "", $$"""class A { public const string PasswordSalt = "{{Hex(i + 30, 16)}}"; public const string ContentHash = "{{Convert.ToBase64String(FakeTokens.Bytes(i + 40, 32))}}"; }""");
                Code(cases, "masked key", "", $$"""class A { string Log() => "Using AccountKey={{Key(i).Substring(0, 4)}}****{{Key(i).Substring(80, 4)}}"; }""");
                Code(cases, "masked key", "", $$"""class A { public const string Shown = "DefaultEndpointsProtocol=https;AccountName={{account}};AccountKey={{Key(i).Substring(0, 6)}}...;"; }""");
                Code(cases, "masked key", "", $$"""class A { private const string ApiKey = "{{random.Substring(0, 4)}}\u2026{{random.Substring(36)}}"; }""");
                Code(cases, "identifier", "", $$"""class A { public const string ClientId = "{{Guid(i)}}"; public const string TenantId = "{{Guid(i + 1)}}"; }""");
                Code(cases, "identifier", "", $$"""class Entity { public string PartitionKey { get; set; } = ""; public string RowKey { get; set; } = ""; } class A { Entity E() => new Entity { PartitionKey = "{{random}}", RowKey = "{{Random62(i + 510, 24)}}" }; }""");
                Code(cases, "identifier", "", $$"""class A { public const string CorrelationId = "{{random}}"; public const string ETag = "{{Random62(i + 520, 20)}}"; }""");
                Code(cases, "identifier", "", $$"""class A { public const string ApiKeyHeaderName = "x-api-key"; public const string PasswordResetRoute = "/account/password-reset/{{random.Substring(0, 12)}}"; }""");
                Code(cases, "identifier", "", """class A { public const string SecretName = "storage-account-key"; public const string TokenEndpoint = "https://login.microsoftonline.com/common/oauth2/v2.0/token"; }""");
                Code(cases, "url without credentials", "", $$"""class A { public const string Db = "postgres://{{account}}.postgres.database.azure.com:5432/orders?sslmode=require"; public const string Site = "https://user@{{account}}.example.com/path"; }""");
                Code(cases, "url without credentials", "", $$"""class A { public const string Fn = "https://{{account}}.azurewebsites.net/api/orders?code={code}"; public const string Cb = "https://{{account}}.com/signin?code=abc"; }""");

                // Dummy words given as keys.
                Code(cases, "dummy key", "", """class A { AzureNamedKeyCredential C() => new AzureNamedKeyCredential("unused", "unused"); }""", usings: KeyBased);
                Code(cases, "dummy key", "", $$"""class A { AzureNamedKeyCredential C() => new AzureNamedKeyCredential("{{account}}", "BatchAccountKey"); }""", usings: KeyBased);
                Code(cases, "dummy key", "", $$"""class A { AzureKeyCredential C() => new AzureKeyCredential("{{new[] { "fake", "dummy", "MySearchApiKey", "not-a-real-key", "SearchServiceQueryKey" }[i]}}"); }""", usings: KeyBased);
                Code(cases, "dummy key", "", $$"""class A { StorageSharedKeyCredential C() => new StorageSharedKeyCredential("{{account}}", "{{new[] { "StorageAccountKey", "accountKey", "primary-key", "AccountKeyGoesHere", "FakeKeyForTests" }[i]}}"); }""", usings: Storage);

                // Test fixtures in a test project: information at most.
                Code(cases, "test fixture", "", $$"""class T { ServiceBusClient C() => new ServiceBusClient("Endpoint=sb://test.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={{ShortKey(i + 600)}}"); }""", testProject: true, infoAllowed: true, usings: Messaging);
                Code(cases, "test fixture", "", $$"""class T { BlobServiceClient C() => new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=fake;AccountKey={{Key(i + 600)}};EndpointSuffix=core.windows.net"); }""", testProject: true, infoAllowed: true, usings: Storage);
                Code(cases, "test fixture", "", $$"""class T { CosmosClient C() => new CosmosClient("AccountEndpoint=https://test.documents.azure.com:443/;AccountKey={{FakeSecrets.CosmosKey(600 + i)}};"); }""", testProject: true, infoAllowed: true, usings: Cosmos);

                // Words that hold secret words; labels and messages.
                Code(cases, "label", "", """class A { public const string Message = "Password must contain at least 12 characters"; public const string Prompt = "Enter your API key:"; }""");
                Code(cases, "label", "", """class A { private const string PasswordPolicy = "Min12_Upper_Lower_Digit"; private const string TokenType = "urn:ietf:params:oauth:token-type:jwt"; }""");
                Code(cases, "label", "", $$"""class A { private const string Password = "Password:{0}"; private const string SecretKeyFormat = "{{account}}-secret-{0}"; }""");
                Code(cases, "label", "", """class A { public const string ConnectionStringName = "DefaultConnection"; public const string PasswordField = "password_confirmation"; }""");

                // Configuration-file negatives.
                Config(cases, "configuration non-secret", "", "appsettings.json", $$"""{ "Storage": { "Endpoint": "https://{{account}}.blob.core.windows.net", "ContainerName": "orders" }, "Logging": { "LogLevel": { "Default": "Information" } }, "Auth": { "ClientId": "{{Guid(i + 5)}}", "Authority": "https://login.microsoftonline.com/{{Guid(i + 6)}}" } }""");
                Config(cases, "configuration non-secret", "", "web.config", """<configuration><system.web><machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" /></system.web><appSettings><add key="webpages:Version" value="3.0.0.0" /><add key="ClientValidationEnabled" value="true" /></appSettings></configuration>""");
                Config(cases, "configuration non-secret", "", "local.settings.json", """{ "IsEncrypted": false, "Values": { "AzureWebJobsStorage": "UseDevelopmentStorage=true", "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated", "ServiceBusConnection__fullyQualifiedNamespace": "orders.servicebus.windows.net" } }""");
                Config(cases, "configuration non-secret", "", "appsettings.json", $$"""{ "Table": { "PartitionKey": "{{random}}", "RowKeyPrefix": "{{Random62(i + 530, 16)}}" }, "Cache": { "KeyPrefix": "orders:{{i}}" }, "Identity": { "PasswordHash": "{{IdentityHash(i + 20)}}" } }""");
                Config(cases, "configuration non-secret", "", "web.config", $$"""<configuration><connectionStrings><add name="OrdersEntities" connectionString="metadata=res://*/Orders.csdl|res://*/Orders.ssdl|res://*/Orders.msl;provider=System.Data.SqlClient;provider connection string=&quot;data source={{account}}.database.windows.net;initial catalog=orders;integrated security=True;MultipleActiveResultSets=True&quot;" providerName="System.Data.EntityClient" /></connectionStrings></configuration>""");
            }

            // Look-alikes of the recall classes: templates, reads and local hosts where the new detections look.
            for (var i = 0; i < 5; i++)
            {
                var account = Accounts[i];
                Code(cases, "template or read", "", """class A { string H(string token) => $"Bearer {token}"; string U(string password) => $"postgres://app:{password}@db.example.com/orders"; }""");
                Code(cases, "template or read", "", """class A { public const string Pattern = "https://{user}:{password}@{host}/"; public const string Doc = "mongodb://<user>:<password>@<host>:10255/"; }""");
                Code(cases, "template or read", "", """class A { string Body(string secret) => "grant_type=client_credentials&client_id=abc&client_secret=" + Uri.EscapeDataString(secret); }""");
                Code(cases, "template or read", "", """class A { public const string Body = "grant_type=client_credentials&client_id={0}&client_secret={1}"; }""");
                Code(cases, "template or read", "", $$"""class A { public const string Acs = "endpoint=https://{{account}}.communication.azure.com/;accesskey={0}"; }""");
                Code(cases, "template or read", "", $$"""class A { string Fn(string code) => "https://{{account}}.azurewebsites.net/api/orders?code=" + code; }""");
                Code(cases, "local development default", "", """class A { public const string Mongo = "mongodb://localhost:27017/orders"; public const string Redis = "redis://localhost:6379"; }""");
                Code(cases, "local development default", "", $$"""class A { public const string Broker = "amqp://guest:guest@rabbitmq:5672/"; public const string Db = "postgres://postgres:{{Uri.EscapeDataString(Password(i + 80))}}@localhost:5432/orders"; }""", infoAllowed: true);
                Code(cases, "literal fallback non-secret", "", """class A { Azure.Storage.Blobs.BlobServiceClient C() => new Azure.Storage.Blobs.BlobServiceClient(Environment.GetEnvironmentVariable("DEV_STORAGE") ?? "UseDevelopmentStorage=true"); }""", usings: Storage);
                Code(cases, "literal fallback non-secret", "", """class A { string K(IConfiguration configuration) => configuration["Payments:ApiKey"] ?? "<your-api-key>"; }""", usings: Cfg);
                Code(cases, "literal fallback non-secret", "", $$"""class A { string Db(IConfiguration configuration) => configuration.GetConnectionString("LocalOrders") ?? "Server=(localdb)\MSSQLLocalDB;Database=orders;Trusted_Connection=True"; }""", usings: Cfg);
                Code(cases, "template or read", "", $$"""class A { string Cs(string key) => string.Format("DefaultEndpointsProtocol=https;AccountName={0};AccountKey={1}", "{{account}}", key); }""");
                Code(cases, "template or read", "", """class A { string Cs() => string.Format("Server=tcp:db.database.windows.net;User ID=app;Password={0};", "REPLACE_ME"); }""");
                Code(cases, "constructor non-secret", "", $$"""record QueueSettings(string AccountName, string QueueName); class A { QueueSettings S() => new QueueSettings("{{account}}", "orders-priority-queue"); }""");
                Code(cases, "constructor non-secret", "", """class A { NetworkCredential C() => new NetworkCredential("user", "{password}"); System.Diagnostics.ActivitySource S() => new System.Diagnostics.ActivitySource("Orders.Service.Telemetry", "1.0.0"); }""");
                Code(cases, "attribute non-secret", "", """[AttributeUsage(AttributeTargets.All)] class AuthAttribute : Attribute { public AuthAttribute(string policy) { } public string Secret { get; set; } = ""; } [Auth("RequireApiKeyPolicy", Secret = "SigningSecretName")] class A { }""");
                Code(cases, "header non-secret", "", """class A { void C(HttpClient client, string key) { client.DefaultRequestHeaders.Add("x-api-key", key); client.DefaultRequestHeaders.Add("x-functions-key", "<function-key>"); client.DefaultRequestHeaders.Add("Accept", "application/json"); } }""");
                Code(cases, "dummy key", "", """class A { Microsoft.IdentityModel.Clients.ActiveDirectory.ClientCredential? C() => null; }""");
                Code(cases, "key name non-secret", "", $$"""class A { public const string StorageKeyName = "key1"; public const string CacheKey = "orders:{{account}}:summary"; public const string SortKey = "createdAt_desc_v2"; }""");
                Config(cases, "configuration non-secret", "", "appsettings.json", $$"""{ "Communication": { "Endpoint": "https://{{account}}.communication.azure.com/" }, "RabbitMq": { "Uri": "amqp://guest:guest@localhost:5672" }, "Functions": { "OrdersUrl": "https://{{account}}.azurewebsites.net/api/orders" } }""", infoAllowed: true);
            }

            // Random keys whose text contains "pwd", "sas", "key", "todo" under non-secret names must stay quiet too:
            // the label check must not turn every look-alike into a finding.
            for (var i = 0; i < 10; i++)
            {
                Code(cases, "look-alike", "", $$"""class A { public const string BuildId = "{{Random62(i + 700, 30)}}"; public static readonly Guid Id = new Guid("{{Guid(i + 30)}}"); }""");
                Code(cases, "look-alike", "", $$"""class A { public const string ImagePngBase64 = "{{Convert.ToBase64String(FakeTokens.Bytes(i + 710, 120))}}"; }""");
            }
        }

        /// <summary>A random 88-character key that holds a placeholder or secret word by chance (the 1.6% of issue 16).</summary>
        private static string KeyContaining(int i)
        {
            var words = new[] { "pwd", "sas", "key", "todo", "your" };
            var key = Key(i + 900).Replace("=", string.Empty);
            return key.Substring(0, 30) + words[i] + key.Substring(33);
        }

        /// <summary>An ASP.NET Core Identity V3 password hash: marker, PRF, iteration count, salt length 16, salt, subkey.</summary>
        private static string IdentityHash(int seed)
        {
            var header = new byte[] { 1, 0, 0, 0, 2, 0, 1, 0x86, 0xA0, 0, 0, 0, 16 };
            return Convert.ToBase64String(header.Concat(FakeTokens.Bytes(seed + 800, 48)).ToArray());
        }

        private static string Hex(int seed, int bytes) => Convert.ToHexString(FakeTokens.Bytes(seed + 850, bytes));

        private static string Guid(int seed) => new Guid(FakeTokens.Bytes(seed + 870, 16)).ToString();
    }
}
