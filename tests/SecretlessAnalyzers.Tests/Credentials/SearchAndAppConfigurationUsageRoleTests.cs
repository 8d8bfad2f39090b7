using System.Threading.Tasks;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyKey = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Credentials.CredentialAnalyzer,
    SecretlessAnalyzers.CodeFixes.Credentials.ClientSecretCodeFixProvider>;
using VerifyService = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.AzureServices.AzureServiceConnectionStringAnalyzer,
    SecretlessAnalyzers.CodeFixes.AzureServices.AzureServiceConnectionStringCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Credentials
{
    /// <summary>
    /// SL1006 (Azure AI Search key credentials, real Azure.Search.Documents 11.5.1) and SL1007 (App Configuration
    /// connection strings) name the role from what the code calls on the client.
    /// </summary>
    public class SearchAndAppConfigurationUsageRoleTests
    {
        private const string ApiKey = "f3a9c1d27b5e48e0a6d4c2b1e9f07a35";
        private const string RedactedApiKey = "'f3a9…' (32 characters)";
        private const string BroadSearchRole = "Search Index Data Reader (Search Index Data Contributor to change documents)";
        private const string BroadConfigurationRole = "App Configuration Data Reader (App Configuration Data Owner to write)";

        private static readonly string Key = FakeServiceSecrets.AccessKey();
        private static readonly string AppConfiguration = $"Endpoint=https://contoso-config.azconfig.io;Id=Ab1c-l0-s0:Q2xhc3NpYw;Secret={Key}";

        [Fact]
        public Task SearchClient_QueriesOnly_NeedTheReaderRole() =>
            VerifyKey.VerifyAnalyzerAsync(
                $$"""
                using System;
                using Azure;
                using Azure.Search.Documents;

                class Catalog
                {
                    private readonly SearchClient _search = new SearchClient(new Uri("https://contoso.search.windows.net"), "products", new AzureKeyCredential({|#0:"{{ApiKey}}"|}));

                    public long Count() => _search.GetDocumentCount().Value;

                    public object Find(string text) => _search.Search<object>(text).Value;

                    public object Get(string key) => _search.GetDocument<object>(key).Value;

                    public object Complete(string text) => _search.Autocomplete(text, "sg").Value;
                }
                """,
                VerifyKey.Diagnostic("SL1006").WithLocation(0).WithArguments("API key", "AzureKeyCredential", RedactedApiKey, "SearchClient", "Search Index Data Reader",
                    ". Role from the calls: Autocomplete, GetDocument, GetDocumentCount, Search"));

        [Fact]
        public async Task SearchClient_TheEndpointHostIsTheResource_AlsoThroughAReadonlyField()
        {
            var source = $$"""
                using System;
                using Azure;
                using Azure.Search.Documents;

                class Catalog
                {
                    private static readonly Uri Endpoint = new("https://contosocatalog.search.windows.net");
                    private static readonly string Other = "https://x";
                    public SearchClient Products { get; } = new SearchClient(Endpoint, "products", new AzureKeyCredential("{{ApiKey}}"));
                    public SearchClient Direct { get; } = new SearchClient(new Uri("https://contosodirect.search.windows.net"), "products", new AzureKeyCredential("{{ApiKey}}"));
                    public SearchClient Computed { get; } = new SearchClient(new Uri(Other), "products", new AzureKeyCredential("{{ApiKey}}"));
                }
                """;
            var result = await AnalyzerRunner.RunAsync(
                System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new SecretlessAnalyzers.Credentials.CredentialAnalyzer()),
                new[] { ("/0/Test0.cs", source) },
                extraReferences: TestReferences.All);

            var resources = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(
                System.Linq.Enumerable.OrderBy(result.AnalyzerDiagnostics, d => d.Location.SourceSpan.Start),
                d => d.Properties.TryGetValue("Resource", out var resource) ? resource : null));
            Assert.Equal(new[] { "contosocatalog.search.windows.net", "contosodirect.search.windows.net", null }, resources);
        }

        [Fact]
        public async Task SearchClient_TheIndexItQueriesIsTheScope_AndAnIndexClientsSearchClientsToo()
        {
            var source = $$"""
                using System;
                using Azure;
                using Azure.Search.Documents;
                using Azure.Search.Documents.Indexes;

                class Catalog
                {
                    private readonly SearchClient _products = new SearchClient(new Uri("https://contoso.search.windows.net"), "products", new AzureKeyCredential("{{ApiKey}}"));
                    private readonly SearchIndexClient _indexes = new SearchIndexClient(new Uri("https://contoso.search.windows.net"), new AzureKeyCredential("{{ApiKey}}"));

                    public long Count() => _products.GetDocumentCount().Value;

                    public void Load(object[] documents) => _indexes.GetSearchClient("orders").UploadDocuments(documents);
                }
                """;
            var result = await AnalyzerRunner.RunAsync(
                System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new SecretlessAnalyzers.Credentials.CredentialAnalyzer()),
                new[] { ("/0/Test0.cs", source) },
                extraReferences: TestReferences.All);

            var grants = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(
                System.Linq.Enumerable.OrderBy(result.AnalyzerDiagnostics, d => d.Location.SourceSpan.Start),
                d => d.Properties["Grants"]));
            Assert.Equal(new[] { "Search Index Data Reader@indexes/products", "Search Index Data Contributor@indexes/orders" }, grants);
        }

        [Fact]
        public Task SearchClient_UploadsThroughACredentialLocal_NeedTheContributorRole() =>
            VerifyKey.VerifyAnalyzerAsync(
                $$"""
                using System;
                using Azure;
                using Azure.Search.Documents;

                class Indexer
                {
                    public void Push(object[] documents)
                    {
                        var credential = new AzureKeyCredential({|#0:"{{ApiKey}}"|});
                        var search = new SearchClient(new Uri("https://contoso.search.windows.net"), "products", credential);
                        search.MergeOrUploadDocuments(documents);
                        search.Search<object>("*");
                    }
                }
                """,
                VerifyKey.Diagnostic("SL1006").WithLocation(0).WithArguments("API key", "AzureKeyCredential", RedactedApiKey, "SearchClient", "Search Index Data Contributor",
                    ". Role from the calls: MergeOrUploadDocuments, Search"));

        [Fact]
        public Task SearchIndexClient_IndexManagementNeedsTheServiceRole_ItsSearchClientsOnlyTheIndexRole() =>
            VerifyKey.VerifyAnalyzerAsync(
                $$"""
                using System;
                using Azure;
                using Azure.Search.Documents.Indexes;
                using Azure.Search.Documents.Indexes.Models;

                class Indexes
                {
                    private static readonly Uri Endpoint = new Uri("https://contoso.search.windows.net");

                    public void Create(SearchIndex index)
                    {
                        var indexes = new SearchIndexClient(Endpoint, new AzureKeyCredential({|#0:"{{ApiKey}}"|}));
                        indexes.CreateOrUpdateIndex(index);
                    }

                    public object Query()
                    {
                        var indexes = new SearchIndexClient(Endpoint, new AzureKeyCredential({|#1:"{{ApiKey}}"|}));
                        return indexes.GetSearchClient("products").Search<object>("*").Value;
                    }
                }
                """,
                VerifyKey.Diagnostic("SL1006").WithLocation(0).WithArguments("API key", "AzureKeyCredential", RedactedApiKey, "SearchIndexClient", "Search Service Contributor",
                    ". Role from the calls: CreateOrUpdateIndex"),
                VerifyKey.Diagnostic("SL1006").WithLocation(1).WithArguments("API key", "AzureKeyCredential", RedactedApiKey, "SearchIndexClient", "Search Index Data Reader",
                    ". Role from the calls: GetSearchClient, Search"));

        [Fact]
        public Task SearchClient_PassedToOtherCode_KeepsTheBroadRole() =>
            VerifyKey.VerifyAnalyzerAsync(
                $$"""
                using System;
                using Azure;
                using Azure.Search.Documents;

                class Catalog
                {
                    public void Start() => Use(new SearchClient(new Uri("https://contoso.search.windows.net"), "products", new AzureKeyCredential({|#0:"{{ApiKey}}"|})));

                    private static void Use(SearchClient client) { }
                }
                """,
                VerifyKey.Diagnostic("SL1006").WithLocation(0).WithArguments("API key", "AzureKeyCredential", RedactedApiKey, "SearchClient", BroadSearchRole,
                    ". Broadest data role: the client is passed to other code"));

        [Fact]
        public Task ConfigurationClient_ReadsOnly_ReaderRole_WritesOwnerRole_EscapeBroadRole() =>
            VerifyService.VerifyAnalyzerAsync(
                $$"""
                using Azure.Data.AppConfiguration;

                public class Settings
                {
                    public string Read()
                    {
                        var client = new ConfigurationClient({|#0:"{{AppConfiguration}}"|});
                        return client.GetConfigurationSetting("Feature:Enabled").Value.Value;
                    }

                    public void Write()
                    {
                        var client = new ConfigurationClient({|#1:"{{AppConfiguration}}"|});
                        client.SetConfigurationSetting("Feature:Enabled", "true");
                        client.DeleteConfigurationSetting("Feature:Old");
                    }

                    public ConfigurationClient Shared { get; } = new ConfigurationClient({|#2:"{{AppConfiguration}}"|});
                }
                """,
                Service(0, "App Configuration Data Reader", ". Role from the calls: GetConfigurationSetting"),
                Service(1, "App Configuration Data Owner", ". Role from the calls: DeleteConfigurationSetting, SetConfigurationSetting"),
                Service(2, BroadConfigurationRole, ". Broadest data role: the client is stored in a non-private property 'Shared'"));

        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Service(int location, string role, string reason) =>
            VerifyService.Diagnostic().WithLocation(location).WithArguments(
                "Access key secret", "App Configuration store", "contoso-config", FakeSecrets.Redacted(Key), role, reason);
    }
}
