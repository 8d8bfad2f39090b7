using System;
using System.Collections.Generic;
using System.Linq;
using SecretlessAnalyzers.Tests.Infrastructure;

namespace SecretlessAnalyzers.Tests.EndToEnd.Scorecard
{
    /// <summary>One secret-bearing site of the corpus: the rule that must find it, its shape, and the secret (unique per site).</summary>
    public sealed record CorpusSite(string Rule, string Shape, string File, string Secret, string Code);

    /// <summary>
    /// A legacy service as teams write it: clients built from literal connection strings and keys in every shape the
    /// migration scorecard measures (direct, target-typed <c>new</c>, constants, fields, locals, concatenations,
    /// fallbacks after configuration reads, registrations, builders, credentials), plus hard negatives. Generated at
    /// run time with fake keys (no key-shaped literal is committed); each site has its own secret, so a secret still in
    /// the sources after <c>dotnet format</c> names the site that was not migrated.
    /// </summary>
    public sealed class MigrationCorpus
    {
        private const int Variants = 4;
        private readonly List<CorpusSite> _sites = new();
        private readonly Dictionary<string, List<string>> _files = new();
        private int _seed = 1000;

        public IReadOnlyList<CorpusSite> Sites => _sites;

        /// <summary>File name → content.</summary>
        public IReadOnlyDictionary<string, string> Files =>
            _files.ToDictionary(f => f.Key, f => Usings + "\nnamespace LegacyCorpus;\n\n" + string.Join("\n", f.Value));

        /// <summary>The negatives' file: no finding of SL1001–SL1007 may be reported in it.</summary>
        public const string NegativesFile = "Negatives.cs";

        private const string Usings = """
            using System;
            using System.Threading.Tasks;
            using Azure;
            using Azure.AI.OpenAI;
            using Azure.Core;
            using Azure.Data.Tables;
            using Azure.Identity;
            using Azure.Messaging.EventGrid;
            using Azure.Messaging.EventHubs;
            using Azure.Messaging.EventHubs.Consumer;
            using Azure.Messaging.EventHubs.Producer;
            using Azure.Messaging.ServiceBus;
            using Azure.Messaging.ServiceBus.Administration;
            using Azure.Search.Documents;
            using Azure.Search.Documents.Indexes;
            using Azure.Storage;
            using Azure.Storage.Blobs;
            using Azure.Storage.Queues;
            using Microsoft.Azure.Cosmos;
            using Microsoft.Azure.Cosmos.Fluent;
            using Microsoft.Data.SqlClient;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.Azure;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Identity.Client;
            using MySqlConnector;
            using Npgsql;
            using OpenAI;
            using StackExchange.Redis;
            """;

        public static MigrationCorpus Create()
        {
            var corpus = new MigrationCorpus();
            for (var v = 0; v < Variants; v++)
            {
                corpus.Storage(v);
                corpus.Messaging(v);
                corpus.Databases(v);
                corpus.Cosmos(v);
                corpus.ClientSecrets(v);
                corpus.ApiKeys(v);
                corpus.OtherConnectionStrings(v);
            }

            corpus.Negatives();
            return corpus;
        }

        private int NextSeed() => ++_seed;

        private void Add(string rule, string shape, string secret, string code)
        {
            var file = rule + ".cs";
            if (!_files.TryGetValue(file, out var classes))
            {
                _files[file] = classes = new List<string>();
            }

            classes.Add(code);
            _sites.Add(new CorpusSite(rule, shape, file, secret, code));
        }

        private static string StorageCs(string account, string key) =>
            $"DefaultEndpointsProtocol=https;AccountName={account};AccountKey={key};EndpointSuffix=core.windows.net";

        private static string BusCs(string ns, string key, string? entity = null) =>
            $"Endpoint=sb://{ns}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={key}" + (entity is null ? string.Empty : ";EntityPath=" + entity);

        private void Storage(int v)
        {
            const string Rule = "SL1001";
            var n = $"{v}";
            string Key() => FakeSecrets.StorageAccountKey(NextSeed());

            var k = Key();
            Add(Rule, "literal to client constructor", k, $$"""
                public sealed class OrderBlobs{{n}} { public BlobServiceClient Client() => new BlobServiceClient("{{StorageCs("orders" + n, k)}}"); }
                """);
            k = Key();
            Add(Rule, "target-typed new in a field", k, $$"""
                public sealed class InvoiceBlobs{{n}} { private readonly BlobServiceClient _blobs = new("{{StorageCs("invoices" + n, k)}}"); public BlobServiceClient Blobs => _blobs; }
                """);
            k = Key();
            Add(Rule, "const used by two clients", k, $$"""
                public static class SharedStorage{{n}}
                {
                    private const string ConnectionString = "{{StorageCs("shared" + n, k)}}";
                    public static BlobContainerClient Orders() => new BlobContainerClient(ConnectionString, "orders");
                    public static QueueClient Work() => new QueueClient(ConnectionString, "work");
                }
                """);
            k = Key();
            Add(Rule, "static readonly field", k, $$"""
                public sealed class QueueWork{{n}}
                {
                    private static readonly string Storage = "{{StorageCs("queues" + n, k)}}";
                    public QueueServiceClient Client() => new QueueServiceClient(Storage);
                }
                """);
            k = Key();
            Add(Rule, "concatenation of constants", k, $$"""
                public static class ArchiveStorage{{n}}
                {
                    private const string AccountName = "archive{{n}}";
                    private const string AccountKey = "{{k}}";
                    private const string ConnectionString = "DefaultEndpointsProtocol=https;AccountName=" + AccountName + ";AccountKey=" + AccountKey + ";EndpointSuffix=core.windows.net";
                    public static BlobServiceClient Client() => new BlobServiceClient(ConnectionString);
                }
                """);
            k = Key();
            Add(Rule, "constant interpolated string", k, $$"""
                public static class ReportStorage{{n}}
                {
                    private const string AccountName = "reports{{n}}";
                    private const string AccountKey = "{{k}}";
                    public static TableServiceClient Tables() => new TableServiceClient($"DefaultEndpointsProtocol=https;AccountName={AccountName};AccountKey={AccountKey};EndpointSuffix=core.windows.net");
                }
                """);
            k = Key();
            Add(Rule, "string.Format of literals", k, $$"""
                public static class FormatStorage{{n}}
                {
                    public static BlobServiceClient Client() => new BlobServiceClient(string.Format("DefaultEndpointsProtocol=https;AccountName={0};AccountKey={1};EndpointSuffix=core.windows.net", "format{{n}}", "{{k}}"));
                }
                """);
            k = Key();
            Add(Rule, "shared key credential", k, $$"""
                public static class KeyedStorage{{n}}
                {
                    public static BlobServiceClient Client() => new BlobServiceClient(new Uri("https://keyed{{n}}.blob.core.windows.net"), new StorageSharedKeyCredential("keyed{{n}}", "{{k}}"));
                }
                """);
            k = Key();
            Add(Rule, "local variable", k, $$"""
                public static class LocalStorage{{n}}
                {
                    public static BlobServiceClient Client()
                    {
                        var connectionString = "{{StorageCs("local" + n, k)}}";
                        return new BlobServiceClient(connectionString);
                    }
                }
                """);
            k = Key();
            Add(Rule, "configuration read with literal fallback", k, $$"""
                public sealed class FallbackStorage{{n}}(IConfiguration configuration)
                {
                    public BlobServiceClient Client() => new BlobServiceClient(configuration.GetConnectionString("Blobs{{n}}") ?? "{{StorageCs("fallback" + n, k)}}");
                }
                """);
            k = Key();
            Add(Rule, "environment read with literal fallback", k, $$"""
                public static class EnvironmentStorage{{n}}
                {
                    public static QueueServiceClient Client() => new QueueServiceClient(Environment.GetEnvironmentVariable("QUEUES{{n}}") ?? "{{StorageCs("environment" + n, k)}}");
                }
                """);
            k = Key();
            Add(Rule, "AddAzureClients registration", k, $$"""
                public static class StorageRegistration{{n}}
                {
                    public static void Register(IServiceCollection services) =>
                        services.AddAzureClients(clients => clients.AddBlobServiceClient("{{StorageCs("registered" + n, k)}}"));
                }
                """);
            k = Key();
            Add(Rule, "default parameter no caller relies on", k, $$"""
                internal sealed class ArchiveBlobs{{n}}
                {
                    public BlobServiceClient Client(string connectionString = "{{StorageCs("archive" + n, k)}}") => new BlobServiceClient(connectionString);
                    public static BlobServiceClient FromConfiguration(IConfiguration configuration) =>
                        new ArchiveBlobs{{n}}().Client(configuration.GetConnectionString("Archive{{n}}") ?? throw new InvalidOperationException("Missing connection string Archive{{n}}"));
                }
                """);
        }

        private void Messaging(int v)
        {
            const string Rule = "SL1002";
            var n = $"{v}";
            string Key() => FakeSecrets.SharedAccessKey(NextSeed());

            var k = Key();
            Add(Rule, "literal to client constructor", k, $$"""
                public sealed class OrderBus{{n}} { public ServiceBusClient Client() => new ServiceBusClient("{{BusCs("orders" + n, k)}}"); }
                """);
            k = Key();
            Add(Rule, "target-typed new in a field", k, $$"""
                public sealed class InvoiceBus{{n}} { private readonly ServiceBusClient _bus = new("{{BusCs("invoices" + n, k)}}"); public ServiceBusSender Sender() => _bus.CreateSender("invoices"); }
                """);
            k = Key();
            Add(Rule, "event hub producer with EntityPath", k, $$"""
                public sealed class Telemetry{{n}} { public EventHubProducerClient Producer() => new EventHubProducerClient("{{BusCs("telemetry" + n, k, "events")}}"); }
                """);
            k = Key();
            Add(Rule, "event hub consumer", k, $$"""
                public sealed class Shipping{{n}} { public EventHubConsumerClient Consumer() => new EventHubConsumerClient(EventHubConsumerClient.DefaultConsumerGroupName, "{{BusCs("shipping" + n, k)}}", "shipments"); }
                """);
            k = Key();
            Add(Rule, "const used by two clients", k, $$"""
                public static class SharedBus{{n}}
                {
                    private const string Connection = "{{BusCs("shared" + n, k)}}";
                    public static ServiceBusClient Client() => new ServiceBusClient(Connection);
                    public static ServiceBusAdministrationClient Admin() => new ServiceBusAdministrationClient(Connection);
                }
                """);
            k = Key();
            Add(Rule, "named key credential", k, $$"""
                public static class NamedKeyBus{{n}}
                {
                    public static ServiceBusClient Client() => new ServiceBusClient("named{{n}}.servicebus.windows.net", new AzureNamedKeyCredential("Send", "{{k}}"));
                }
                """);
            k = Key();
            Add(Rule, "configuration read with literal fallback", k, $$"""
                public sealed class FallbackBus{{n}}(IConfiguration configuration)
                {
                    public ServiceBusClient Client() => new ServiceBusClient(configuration["Bus{{n}}"] ?? "{{BusCs("fallback" + n, k)}}");
                }
                """);
            k = Key();
            Add(Rule, "AddAzureClients registration", k, $$"""
                public static class BusRegistration{{n}}
                {
                    public static void Register(IServiceCollection services) =>
                        services.AddAzureClients(clients => clients.AddServiceBusClient("{{BusCs("registered" + n, k)}}"));
                }
                """);
            k = Key();
            Add(Rule, "concatenation with a key constant", k, $$"""
                public static class ConcatBus{{n}}
                {
                    private const string SharedAccessKey = "{{k}}";
                    public static ServiceBusClient Client() => new ServiceBusClient("Endpoint=sb://concat{{n}}.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=" + SharedAccessKey);
                }
                """);
            k = Key();
            Add(Rule, "record default no construction relies on", k, $$"""
                internal sealed record BusSettings{{n}}(string ConnectionString = "{{BusCs("settings" + n, k)}}")
                {
                    public ServiceBusClient Client() => new ServiceBusClient(ConnectionString);
                    public static BusSettings{{n}} FromConfiguration(IConfiguration configuration) => new(configuration["Bus{{n}}"] ?? throw new InvalidOperationException("Missing setting Bus{{n}}"));
                }
                """);
        }

        private void Databases(int v)
        {
            const string Rule = "SL1003";
            var n = $"{v}";
            string Password() => FakeServiceSecrets.DatabasePassword(NextSeed());

            var p = Password();
            Add(Rule, "literal to SqlConnection", p, $$"""
                public static class OrdersSql{{n}} { public static SqlConnection Open() => new SqlConnection("Server=tcp:orders{{n}}.database.windows.net,1433;Initial Catalog=orders;User ID=app;Password={{p}};Encrypt=True;"); }
                """);
            p = Password();
            Add(Rule, "target-typed new local", p, $$"""
                public static class BillingSql{{n}}
                {
                    public static SqlConnection Open()
                    {
                        SqlConnection connection = new("Server=tcp:billing{{n}}.database.windows.net,1433;Initial Catalog=billing;User ID=app;Password={{p}};Encrypt=True;");
                        return connection;
                    }
                }
                """);
            p = Password();
            Add(Rule, "concatenation with a password constant", p, $$"""
                public static class ReportingSql{{n}}
                {
                    private const string SqlPassword = "{{p}}";
                    public static SqlConnection Open() => new SqlConnection("Server=tcp:reporting{{n}}.database.windows.net,1433;Initial Catalog=reports;User ID=reporter;Password=" + SqlPassword + ";Encrypt=True;");
                }
                """);
            p = Password();
            Add(Rule, "SqlConnectionStringBuilder initializer", p, $$"""
                public static class BuilderSql{{n}}
                {
                    public static string ConnectionString() => new SqlConnectionStringBuilder
                    {
                        DataSource = "tcp:builder{{n}}.database.windows.net,1433",
                        InitialCatalog = "orders",
                        UserID = "app",
                        Password = "{{p}}",
                    }.ConnectionString;
                }
                """);
            p = Password();
            Add(Rule, "EF Core UseSqlServer", p, $$"""
                public sealed class CatalogContext{{n}} : DbContext
                {
                    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
                        options.UseSqlServer("Server=tcp:catalog{{n}}.database.windows.net,1433;Initial Catalog=catalog;User ID=app;Password={{p}};Encrypt=True;");
                }
                """);
            p = Password();
            Add(Rule, "AddDbContext registration", p, $$"""
                public sealed class ShopContext{{n}}(DbContextOptions<ShopContext{{n}}> options) : DbContext(options);
                public static class ShopRegistration{{n}}
                {
                    public static void Register(IServiceCollection services) =>
                        services.AddDbContext<ShopContext{{n}}>(options => options.UseSqlServer("Server=tcp:shop{{n}}.database.windows.net,1433;Initial Catalog=shop;User ID=app;Password={{p}};Encrypt=True;"));
                }
                """);
            p = Password();
            Add(Rule, "Npgsql data source builder", p, $$"""
                public static class AuditPostgres{{n}}
                {
                    public static NpgsqlDataSource Create() => new NpgsqlDataSourceBuilder("Host=audit{{n}}.postgres.database.azure.com;Database=audit;Username=auditor;Password={{p}};SSL Mode=Require").Build();
                }
                """);
            p = Password();
            Add(Rule, "Npgsql data source Create", p, $$"""
                public static class EventsPostgres{{n}}
                {
                    public static NpgsqlDataSource Create() => NpgsqlDataSource.Create("Host=events{{n}}.postgres.database.azure.com;Database=events;Username=writer;Password={{p}};SSL Mode=Require");
                }
                """);
            p = Password();
            Add(Rule, "MySqlConnector data source builder", p, $$"""
                public static class LegacyMySql{{n}}
                {
                    public static MySqlDataSource Create() => new MySqlDataSourceBuilder("Server=legacy{{n}}.mysql.database.azure.com;Database=legacy;User ID=app;Password={{p}};SslMode=Required").Build();
                }
                """);
            p = Password();
            Add(Rule, "on-premises SQL Server (no Entra path)", p, $$"""
                public static class OnPremSql{{n}} { public static SqlConnection Open() => new SqlConnection("Server=sql{{n}}.corp.contoso.local;Database=erp;User ID=erp_app;Password={{p}};TrustServerCertificate=True"); }
                """);
            p = Password();
            Add(Rule, "default parameter a caller relies on", p, $$"""
                internal sealed class ReportsSql{{n}}
                {
                    public SqlConnection Open(string connectionString = "Server=tcp:reports{{n}}.database.windows.net,1433;Initial Catalog=reports;User ID=app;Password={{p}};Encrypt=True;") => new SqlConnection(connectionString);
                    public SqlConnection OpenDefault() => Open();
                }
                """);
        }

        private void Cosmos(int v)
        {
            const string Rule = "SL1004";
            var n = $"{v}";
            string Key() => FakeSecrets.CosmosKey(NextSeed());

            var k = Key();
            Add(Rule, "connection string to client", k, $$"""
                public static class ProductsCosmos{{n}} { public static CosmosClient Client() => new CosmosClient("AccountEndpoint=https://products{{n}}.documents.azure.com:443/;AccountKey={{k}};"); }
                """);
            k = Key();
            Add(Rule, "endpoint and key", k, $$"""
                public static class OrdersCosmos{{n}} { public static CosmosClient Client() => new CosmosClient("https://orders{{n}}.documents.azure.com:443/", "{{k}}"); }
                """);
            k = Key();
            Add(Rule, "target-typed new in a field", k, $$"""
                public sealed class CartCosmos{{n}} { private readonly CosmosClient _cosmos = new("AccountEndpoint=https://cart{{n}}.documents.azure.com:443/;AccountKey={{k}};"); public Container Carts => _cosmos.GetContainer("shop", "carts"); }
                """);
            k = Key();
            Add(Rule, "key constant", k, $$"""
                public static class ReviewsCosmos{{n}}
                {
                    private const string Key = "{{k}}";
                    public static CosmosClient Client() => new CosmosClient("https://reviews{{n}}.documents.azure.com:443/", Key, new CosmosClientOptions { ApplicationName = "reviews" });
                }
                """);
            k = Key();
            Add(Rule, "client builder", k, $$"""
                public static class BuiltCosmos{{n}} { public static CosmosClient Client() => new CosmosClientBuilder("https://built{{n}}.documents.azure.com:443/", "{{k}}").Build(); }
                """);
            k = Key();
            Add(Rule, "configuration read with literal fallback", k, $$"""
                public sealed class FallbackCosmos{{n}}(IConfiguration configuration)
                {
                    public CosmosClient Client() => new CosmosClient(configuration.GetConnectionString("Cosmos{{n}}") ?? "AccountEndpoint=https://fallback{{n}}.documents.azure.com:443/;AccountKey={{k}};");
                }
                """);
        }

        private void ClientSecrets(int v)
        {
            const string Rule = "SL1005";
            var n = $"{v}";
            string Secret() => "Qx" + NextSeed() + "~" + FakeSecrets.SharedAccessKey(_seed).Replace("+", "-").Replace("/", "_").Replace("=", string.Empty).Substring(0, 30);

            var s = Secret();
            Add(Rule, "client secret credential", s, $$"""
                public static class GraphAuth{{n}} { public static TokenCredential Credential() => new ClientSecretCredential("72f988bf-86f1-41af-91ab-2d7cd011db47", "0b9c1f7e-6d2a-4b8e-9c3f-1a2b3c4d5e6f", "{{s}}"); }
                """);
            s = Secret();
            Add(Rule, "secret constant", s, $$"""
                public static class VaultAuth{{n}}
                {
                    private const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
                    private const string ClientId = "0b9c1f7e-6d2a-4b8e-9c3f-1a2b3c4d5e6f";
                    private const string ClientSecret = "{{s}}";
                    public static TokenCredential Credential() => new ClientSecretCredential(TenantId, ClientId, ClientSecret);
                }
                """);
            s = Secret();
            Add(Rule, "credential given to a client", s, $$"""
                public static class AuthBlobs{{n}}
                {
                    public static BlobServiceClient Client() => new BlobServiceClient(new Uri("https://authblobs{{n}}.blob.core.windows.net"), new ClientSecretCredential("72f988bf-86f1-41af-91ab-2d7cd011db47", "0b9c1f7e-6d2a-4b8e-9c3f-1a2b3c4d5e6f", "{{s}}"));
                }
                """);
            s = Secret();
            Add(Rule, "MSAL confidential client secret", s, $$"""
                public static class MsalAuth{{n}}
                {
                    public static IConfidentialClientApplication App() => ConfidentialClientApplicationBuilder.Create("0b9c1f7e-6d2a-4b8e-9c3f-1a2b3c4d5e6f").WithClientSecret("{{s}}").WithTenantId("72f988bf-86f1-41af-91ab-2d7cd011db47").Build();
                }
                """);
            s = Secret();
            Add(Rule, "environment read with literal fallback", s, $$"""
                public static class EnvAuth{{n}} { public static TokenCredential Credential() => new ClientSecretCredential("72f988bf-86f1-41af-91ab-2d7cd011db47", "0b9c1f7e-6d2a-4b8e-9c3f-1a2b3c4d5e6f", Environment.GetEnvironmentVariable("APP_SECRET{{n}}") ?? "{{s}}"); }
                """);
        }

        private void ApiKeys(int v)
        {
            const string Rule = "SL1006";
            var n = $"{v}";
            string Key() => Convert.ToHexString(Convert.FromBase64String(FakeSecrets.SharedAccessKey(NextSeed()))).ToLowerInvariant();

            var k = Key();
            Add(Rule, "search key credential", k, $$"""
                public static class ProductSearch{{n}} { public static SearchClient Client() => new SearchClient(new Uri("https://search{{n}}.search.windows.net"), "products", new AzureKeyCredential("{{k}}")); }
                """);
            k = Key();
            Add(Rule, "search index client, key constant", k, $$"""
                public static class IndexAdmin{{n}}
                {
                    private const string AdminKey = "{{k}}";
                    public static SearchIndexClient Client() => new SearchIndexClient(new Uri("https://admin{{n}}.search.windows.net"), new AzureKeyCredential(AdminKey));
                }
                """);
            k = Key();
            Add(Rule, "event grid publisher", k, $$"""
                public static class OrderEvents{{n}} { public static EventGridPublisherClient Client() => new EventGridPublisherClient(new Uri("https://orders{{n}}.westeurope-1.eventgrid.azure.net/api/events"), new AzureKeyCredential("{{k}}")); }
                """);
            k = Key();
            Add(Rule, "Azure OpenAI key credential", k, $$"""
                public static class Assistant{{n}} { public static AzureOpenAIClient Client() => new AzureOpenAIClient(new Uri("https://assistant{{n}}.openai.azure.com"), new AzureKeyCredential("{{k}}")); }
                """);
            k = Key();
            Add(Rule, "OpenAI 2.x client on an Azure endpoint", k, $$"""
                public static class Completion{{n}} { public static OpenAIClient Client() => new OpenAIClient(new System.ClientModel.ApiKeyCredential("{{k}}"), new OpenAIClientOptions { Endpoint = new Uri("https://completion{{n}}.openai.azure.com/openai/v1") }); }
                """);
            k = Key();
            Add(Rule, "target-typed key credential local", k, $$"""
                public static class LocalSearch{{n}}
                {
                    public static SearchClient Client()
                    {
                        AzureKeyCredential key = new("{{k}}");
                        return new SearchClient(new Uri("https://local{{n}}.search.windows.net"), "orders", key);
                    }
                }
                """);
            k = Key();
            Add(Rule, "environment read with literal fallback", k, $$"""
                public static class EnvSearch{{n}} { public static SearchClient Client() => new SearchClient(new Uri("https://env{{n}}.search.windows.net"), "docs", new AzureKeyCredential(Environment.GetEnvironmentVariable("SEARCH_KEY{{n}}") ?? "{{k}}")); }
                """);
        }

        private void OtherConnectionStrings(int v)
        {
            const string Rule = "SL1007";
            var n = $"{v}";
            string Key() => FakeServiceSecrets.AccessKey(NextSeed());

            var k = Key();
            Add(Rule, "Redis ConnectAsync in async code", k, $$"""
                public static class PriceCache{{n}}
                {
                    public static async Task<IDatabase> Open() => (await ConnectionMultiplexer.ConnectAsync("prices{{n}}.redis.cache.windows.net:6380,password={{k}},ssl=True,abortConnect=False")).GetDatabase();
                }
                """);
            k = Key();
            Add(Rule, "Redis synchronous Connect", k, $$"""
                public static class SessionCache{{n}}
                {
                    public static IDatabase Open() => ConnectionMultiplexer.Connect("sessions{{n}}.redis.cache.windows.net:6380,password={{k}},ssl=True,abortConnect=False").GetDatabase();
                }
                """);
        }

        private void Negatives()
        {
            _files[NegativesFile] = new List<string>
            {
                """
                public sealed class Negatives(IConfiguration configuration)
                {
                    private const string Emulator = "UseDevelopmentStorage=true";
                    public BlobServiceClient Local() => new BlobServiceClient(Emulator);
                    public BlobServiceClient Configured() => new BlobServiceClient(configuration.GetConnectionString("Blobs"));
                    public ServiceBusClient Keyless() => new ServiceBusClient("negatives.servicebus.windows.net", new DefaultAzureCredential());
                    public SqlConnection Integrated() => new SqlConnection("Server=tcp:negatives.database.windows.net,1433;Initial Catalog=orders;Authentication=Active Directory Default;");
                    public SqlConnection Placeholder() => new SqlConnection("Server=localhost;Database=dev;User ID=sa;Password=<your-password>;");
                    public CosmosClient Keyless2() => new CosmosClient("https://negatives.documents.azure.com:443/", new DefaultAzureCredential());
                    public SearchClient Search() => new SearchClient(new Uri("https://negatives.search.windows.net"), "docs", new AzureKeyCredential(configuration["Search:Key"]!));
                    public string Docs() => "Set AccountKey=<key> in the portal, see https://learn.microsoft.com/azure/storage";
                    public ServiceBusClient EnvironmentOnly() => new ServiceBusClient(Environment.GetEnvironmentVariable("BUS") ?? throw new InvalidOperationException("BUS"));
                    public string Example() => "Password=";
                }
                """,
            };
        }

        /// <summary>Every site of the rule, for the per-rule table.</summary>
        public IEnumerable<CorpusSite> OfRule(string rule) => _sites.Where(s => s.Rule == rule);
    }
}
