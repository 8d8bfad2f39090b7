using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretlessAnalyzers.KeyBased;
using Microsoft.CodeAnalysis.Testing;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;

using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.KeyBased.KeyBasedAuthenticationAnalyzer,
    SecretlessAnalyzers.CodeFixes.KeyBased.KeyBasedAuthenticationCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.KeyBased
{
    /// <summary>
    /// SL2001 on every Azure client: a key, named key or SAS credential read at run time and given to any Azure SDK
    /// constructor (Azure AI Search, Event Grid, Azure AI services...), found through the credential's name.
    /// </summary>
    public class AnyAzureClientTests
    {
        private const string SearchRole = "Search Index Data Reader (Search Index Data Contributor to change documents)";
        private const string Returned = ". Broadest data role: the client is returned";
        private const string KeyNotAtClient = ". No automatic fix: the key is not read from configuration or the environment inside a credential created at the client; give the client a token credential and delete the key by hand";

        // An Azure AI-style client (the Azure.AI.* packages are not referenced here): a key constructor, a token
        // constructor, and a client that only takes keys.
        private const string AiClients = """

            namespace Azure.AI.Sample
            {
                public class TextAnalysisClient
                {
                    public TextAnalysisClient(System.Uri endpoint, Azure.AzureKeyCredential credential) { }
                    public TextAnalysisClient(System.Uri endpoint, Azure.Core.TokenCredential credential) { }
                    public string Analyze(string text) => text;
                }

                public class KeyOnlyClient
                {
                    public KeyOnlyClient(System.Uri endpoint, Azure.AzureKeyCredential credential) { }
                }
            }
            """;

        private static readonly string Key = FakeSecrets.SharedAccessKey();

        private static Task<AnalyzerRunResult> RunAsync(string source) =>
            AnalyzerRunner.RunAsync(
                ImmutableArray.Create<DiagnosticAnalyzer>(new KeyBasedAuthenticationAnalyzer()),
                new[] { ("/0/Test0.cs", source) },
                extraReferences: TestReferences.All);

        [Fact]
        public Task SearchClient_KeyFromConfiguration_IsReported() =>
            Verify.VerifyAnalyzerAsync(
                """
                using System;
                using Azure;
                using Azure.Search.Documents;
                using Microsoft.Extensions.Configuration;

                class Catalog
                {
                    public SearchClient Create(IConfiguration config, Uri endpoint) =>
                        new SearchClient(endpoint, "products", {|#0:new AzureKeyCredential(config["Search:Key"]!)|});
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("SearchClient", "an AzureKeyCredential", "configuration key 'Search:Key'", SearchRole, Returned));

        [Fact]
        public Task SearchRegistration_KeyFromConfiguration_IsReported_WithNoFixWhereThePackageHasNoTokenRegistration() =>
            Verify.VerifyAnalyzerAsync(
                """
                using System;
                using Azure;
                using Microsoft.Extensions.Azure;
                using Microsoft.Extensions.Configuration;
                using Microsoft.Extensions.DependencyInjection;

                class Startup
                {
                    public void Configure(IServiceCollection services, IConfiguration config, Uri endpoint) =>
                        services.AddAzureClients(clients => clients.AddSearchClient(endpoint, "products", {|#0:new AzureKeyCredential(config["Search:Key"]!)|}));
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("SearchClient", "an AzureKeyCredential", "configuration key 'Search:Key'", SearchRole,
                    ". Broadest data role: the client is registered for dependency injection and used elsewhere"
                    + ". No automatic fix: this version of Azure.Search.Documents has no SearchClient registration without the key credential; update the package, or register the client with a TokenCredential by hand"));

        [Fact]
        public async Task SearchRegistration_Properties_SayRegistrationAndTheBlocker()
        {
            var result = await RunAsync($$"""
                using System;
                using Azure;
                using Microsoft.Extensions.Azure;

                class Startup
                {
                    public void Configure(AzureClientFactoryBuilder clients, Uri endpoint) =>
                        clients.AddSearchClient(endpoint, "products", new AzureKeyCredential(Environment.GetEnvironmentVariable("SEARCH_KEY")!));

                    public void Literal(AzureClientFactoryBuilder clients, Uri endpoint) =>
                        clients.AddSearchClient(endpoint, "products", new AzureKeyCredential("{{Key}}"));
                }
                """);

            var diagnostic = Assert.Single(result.AnalyzerDiagnostics);
            Assert.Equal("ClientRegistration", diagnostic.Properties["Sink"]);
            Assert.Equal("NoTokenRegistration", diagnostic.Properties["FixBlocker"]);
            Assert.False(diagnostic.Properties.ContainsKey("Credential"));
        }

        [Fact]
        public Task SearchClient_RoleComesFromTheCalls() =>
            Verify.VerifyAnalyzerAsync(
                """
                using System;
                using Azure;
                using Azure.Search.Documents;
                using Microsoft.Extensions.Configuration;

                class Catalog
                {
                    public void Find(IConfiguration config, Uri endpoint)
                    {
                        var client = new SearchClient(endpoint, "products", {|#0:new AzureKeyCredential(config.GetValue<string>("Search:Key"))|});
                        client.Search<object>("shoes");
                    }
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("SearchClient", "an AzureKeyCredential", "configuration key 'Search:Key'", "Search Index Data Reader", ". Role from the calls: Search"));

        [Fact]
        public Task EventGridPublisher_KeyAndSasFromTheEnvironment_AreReported() =>
            Verify.VerifyAnalyzerAsync(
                """
                using System;
                using Azure;
                using Azure.Messaging.EventGrid;

                class Events
                {
                    public EventGridPublisherClient Key(Uri endpoint) =>
                        new EventGridPublisherClient(endpoint, {|#0:new AzureKeyCredential(Environment.GetEnvironmentVariable("EVENTGRID_KEY")!)|});
                    public EventGridPublisherClient Sas(Uri endpoint) =>
                        new EventGridPublisherClient(endpoint, {|#1:new AzureSasCredential(Environment.GetEnvironmentVariable("EVENTGRID_SAS")!)|});
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("EventGridPublisherClient", "an AzureKeyCredential", "environment variable 'EVENTGRID_KEY'", "EventGrid Data Sender", string.Empty),
                Verify.Diagnostic().WithLocation(1).WithArguments("EventGridPublisherClient", "an AzureSasCredential", "environment variable 'EVENTGRID_SAS'", "EventGrid Data Sender", string.Empty));

        [Fact]
        public Task AzureAiClient_KeyFromConfiguration_IsReported_AndAKeyOnlyClientHasNoFix() =>
            Verify.VerifyAnalyzerAsync(
                """
                using System;
                using Azure;
                using Azure.AI.Sample;
                using Microsoft.Extensions.Configuration;

                class Language
                {
                    public TextAnalysisClient Text(IConfiguration config) =>
                        new TextAnalysisClient(new Uri("https://contoso.cognitiveservices.azure.com"), {|#0:new AzureKeyCredential(config["Language:Key"]!)|});
                    public KeyOnlyClient KeyOnly(IConfiguration config) =>
                        new KeyOnlyClient(new Uri("https://contoso.cognitiveservices.azure.com"), {|#1:new AzureKeyCredential(config["Language:Key"]!)|});
                }
                """ + AiClients,
                Verify.Diagnostic().WithLocation(0).WithArguments("TextAnalysisClient", "an AzureKeyCredential", "configuration key 'Language:Key'", "Cognitive Services User", string.Empty),
                Verify.Diagnostic().WithLocation(1).WithArguments("KeyOnlyClient", "an AzureKeyCredential", "configuration key 'Language:Key'", "Cognitive Services User",
                    ". No automatic fix: KeyOnlyClient has no constructor that takes a TokenCredential in place of the key credential"));

        [Fact]
        public Task CredentialInALocal_SharedByTwoClients_IsReportedOnce_WithoutFix() =>
            Verify.VerifyAnalyzerAsync(
                """
                using System;
                using Azure;
                using Azure.Search.Documents;
                using Microsoft.Extensions.Configuration;

                class Catalog
                {
                    public void Find(IConfiguration config, Uri endpoint)
                    {
                        var key = {|#0:new AzureKeyCredential(config["Search:Key"]!)|};
                        var products = new SearchClient(endpoint, "products", key);
                        var orders = new SearchClient(endpoint, "orders", key);
                        products.Search<object>("shoes");
                        orders.Search<object>("latest");
                    }
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("SearchClient", "an AzureKeyCredential", "configuration key 'Search:Key'", "Search Index Data Reader", ". Role from the calls: Search" + KeyNotAtClient));

        [Fact]
        public Task KeyHeldInALocal_IsReported_WithoutFix() =>
            Verify.VerifyAnalyzerAsync(
                """
                using System;
                using Azure;
                using Azure.Messaging.EventGrid;
                using Microsoft.Extensions.Configuration;

                class Events
                {
                    public EventGridPublisherClient Create(IConfiguration config, Uri endpoint)
                    {
                        var key = config["EventGrid:Key"]!;
                        return new EventGridPublisherClient(endpoint, {|#0:new AzureKeyCredential(key)|});
                    }
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("EventGridPublisherClient", "an AzureKeyCredential", "configuration key 'EventGrid:Key'", "EventGrid Data Sender", KeyNotAtClient));

        [Fact]
        public Task LiteralKeys_TokenCredentials_AndNonAzureTypes_AreNotReported() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System;
                using Azure;
                using Azure.Identity;
                using Azure.Messaging.EventGrid;
                using Azure.Search.Documents;
                using Microsoft.Extensions.Configuration;

                namespace Local
                {
                    class Gateway { public Gateway(Uri endpoint, Azure.AzureKeyCredential credential) { } }
                    class AzureKeyCredential { public AzureKeyCredential(string key) { } }

                    class Clients
                    {
                        private const string Placeholder = "<search-key>";
                        public SearchClient Literal(Uri endpoint) => new SearchClient(endpoint, "products", new Azure.AzureKeyCredential("{{Key}}"));
                        public SearchClient Constant(Uri endpoint) => new SearchClient(endpoint, "products", new Azure.AzureKeyCredential(Placeholder));
                        public SearchClient Token(Uri endpoint) => new SearchClient(endpoint, "products", new DefaultAzureCredential());
                        public EventGridPublisherClient TokenGrid(Uri endpoint) => new EventGridPublisherClient(endpoint, new DefaultAzureCredential());
                        public Gateway NotAzure(IConfiguration config, Uri endpoint) => new Gateway(endpoint, new Azure.AzureKeyCredential(config["Gateway:Key"]!));
                        public object LocalCredential(IConfiguration config) => new AzureKeyCredential(config["Other:Key"]!);
                        public object Unused(IConfiguration config) => new Azure.AzureKeyCredential(config["Other:Key"]!);
                        public void Rotated(IConfiguration config, Azure.AzureKeyCredential existing) => existing.Update(config["Search:Key"]!);
                    }
                }
                """);

        [Fact]
        public async Task LiteralKey_IsReportedBySL1006_NotSL2001()
        {
            var source = $$"""
                using System;
                using Azure;
                using Azure.Search.Documents;

                class Catalog
                {
                    public SearchClient Create(Uri endpoint) => new SearchClient(endpoint, "products", new AzureKeyCredential("{{Key}}"));
                }
                """;
            var result = await AnalyzerRunner.RunAsync(AllRules.CreateAnalyzers(), new[] { ("/0/Test0.cs", source) }, extraReferences: TestReferences.All);

            Assert.False(result.HasFailures, result.FormatFailures());
            Assert.Equal(new[] { "SL1006" }, result.AnalyzerDiagnostics.Select(d => d.Id).ToArray());
        }

        [Fact]
        public async Task Properties_NameTheKindSourceAndCredential_NeverTheKey()
        {
            var source = """
                using System;
                using Azure;
                using Azure.Messaging.EventGrid;
                using Microsoft.Extensions.Configuration;

                class Events
                {
                    public EventGridPublisherClient Create(IConfiguration config, Uri endpoint) =>
                        new EventGridPublisherClient(endpoint, new AzureNamedKeyCredential("publisher", config["EventGrid:Key"]!));
                }
                """;
            var result = await RunAsync(source);

            Assert.False(result.HasFailures, result.FormatFailures());
            var diagnostic = Assert.Single(result.AnalyzerDiagnostics);
            Assert.Equal("NamedKeyCredential", diagnostic.Properties["SecretKind"]);
            Assert.Equal("Event Grid", diagnostic.Properties["Service"]);
            Assert.Equal("EventGrid", diagnostic.Properties["ServiceId"]);
            Assert.Equal("EventGridDataSender@", diagnostic.Properties["GrantIds"]);
            Assert.Equal("EventGrid Data Sender", diagnostic.Properties["Role"]);
            Assert.Equal("ClientConstructor", diagnostic.Properties["Sink"]);
            Assert.Equal("EventGrid:Key", diagnostic.Properties["ConfigurationKey"]);
            Assert.False(diagnostic.Properties.ContainsKey("FixBlocker"));
            Assert.Equal("DefaultAzureCredential", diagnostic.Properties["Credential"]);
        }

        [Theory]
        [InlineData("class C { object M(Microsoft.Extensions.Configuration.IConfiguration c) => new Azure.Search.Documents.SearchClient(null, \"i\", new Azure.AzureKeyCredential(c[\"K\"]")]
        [InlineData("class C { object M() => new Azure.AzureKeyCredential(; }")]
        [InlineData("class C { object M(string k) => new Azure.Messaging.EventGrid.EventGridPublisherClient(, new Azure.AzureSasCredential(k), ) }")]
        [InlineData("class C { Azure.AzureKeyCredential k = new(System.Environment.GetEnvironmentVariable(\"K\")); object M() => new Azure.Search.Documents.SearchClient(null, null, k, k); }")]
        [InlineData("AzureKeyCredential AzureSasCredential AzureNamedKeyCredential new AzureKeyCredential(")]
        public async Task IncompleteCode_DoesNotThrow(string source)
        {
            var result = await RunAsync(source);

            Assert.False(result.HasFailures, result.FormatFailures());
        }
    }
}
