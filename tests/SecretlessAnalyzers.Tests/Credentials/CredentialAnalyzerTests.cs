using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretlessAnalyzers.Credentials;
using Microsoft.CodeAnalysis.Testing;
using SecretlessAnalyzers.Rules;
using SecretlessAnalyzers.Tests.Infrastructure;
using SecretlessAnalyzers.Tests.Tokens;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.CredentialAnalyzer,
    SecretlessAnalyzers.CodeFixes.Credentials.ClientSecretCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Credentials
{
    /// <summary>SL1005 and SL1006 detection: every API, the messages (with the reason when no fix exists), and non-secrets.</summary>
    public class CredentialAnalyzerTests
    {
        private const string Secret = "Xk9_pQ2.vR7~mN4-tL8Zz";
        private const string ApiKey = "f3a9c1d27b5e48e0a6d4c2b1e9f07a35";

        // ---- SL1005 -------------------------------------------------------------------------------------------

        [Fact]
        public async Task ClientSecret_NamesTheApplicationByItsConstantClientId_ForTheReport()
        {
            var source = $$"""
                using Azure.Identity;

                class Vault
                {
                    private const string AppId = "0B9C1F7E-6D2A-4B8E-9C3F-1A2B3C4D5E6F";
                    public object Known() => new ClientSecretCredential("tenant", AppId, "{{Secret}}");
                    public object NotAnId() => new ClientSecretCredential("tenant", "client", "{{Secret}}");
                }
                """;
            var result = await AnalyzerRunner.RunAsync(ImmutableArray.Create<DiagnosticAnalyzer>(new CredentialAnalyzer()), new[] { ("/0/Test0.cs", source) }, extraReferences: TestReferences.All);

            var diagnostics = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.OrderBy(result.AnalyzerDiagnostics, d => d.Location.SourceSpan.Start));
            Assert.Equal(2, diagnostics.Length);
            Assert.Equal("0b9c1f7e-6d2a-4b8e-9c3f-1a2b3c4d5e6f", diagnostics[0].Properties["Resource"]);
            Assert.False(diagnostics[1].Properties.ContainsKey("Resource"));
        }

        [Fact]
        public Task ClientSecretCredential_Secret_IsReported_WithAdvice() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure.Identity;

                class Auth
                {
                    public ClientSecretCredential Create() => new ClientSecretCredential("tenant", "client", {|#0:"{{Secret}}"|});
                }
                """,
                Verify.Diagnostic("SL1005").WithLocation(0).WithArguments(
                    "Client secret", "ClientSecretCredential", "'Xk9_…' (21 characters)", "authenticate with a managed identity instead and rotate the secret", string.Empty));

        [Fact]
        public Task EntraFormatSecret_ThroughAConstant_IsReportedAtTheArgument() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure.Identity;

                class Auth
                {
                    private const string ClientSecret = "{{FakeTokens.EntraSecret(2)}}";
                    public ClientSecretCredential Create() => new ClientSecretCredential("tenant", "client", {|SL1005:ClientSecret|});
                }
                """);

        [Fact]
        public Task UsernamePasswordCredential_SaysItIsObsolete() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure.Identity;

                class Auth
                {
                #pragma warning disable CS0618
                    public UsernamePasswordCredential Create() => new UsernamePasswordCredential("ops@contoso.com", {|#0:"{{Secret}}"|}, "tenant", "client");
                }
                """,
                Verify.Diagnostic("SL1005").WithLocation(0).WithArguments(
                    "User password", "UsernamePasswordCredential", "'Xk9_…' (21 characters)", "authenticate with a managed identity instead and rotate the secret",
                    ". UsernamePasswordCredential is obsolete: it cannot satisfy multifactor authentication"));

        [Theory]
        [InlineData("OnBehalfOfCredential", "new OnBehalfOfCredential(\"tenant\", \"client\", {|#0:\"SECRET\"|}, \"assertion\")")]
        [InlineData("AuthorizationCodeCredential", "new AuthorizationCodeCredential(\"tenant\", \"client\", {|#0:\"SECRET\"|}, \"code\")")]
        public Task UserFlowCredentials_AreReportedWithoutFix(string type, string creation) =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure.Identity;

                class Auth
                {
                    public object Create() => {{creation.Replace("SECRET", Secret)}};
                }
                """,
                Verify.Diagnostic("SL1005").WithLocation(0).WithArguments(
                    "Client secret", type, "'Xk9_…' (21 characters)", "authenticate with a managed identity instead and rotate the secret",
                    ". No automatic fix: " + type + " acts for a signed-in user, which a managed identity cannot; use a federated identity credential (client assertion) instead of the secret"));

        [Fact]
        public Task MsalWithClientSecret_IsReportedWithGuidance() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Identity.Client;

                class Auth
                {
                    public IConfidentialClientApplication Create() =>
                        ConfidentialClientApplicationBuilder.Create("client").WithClientSecret({|#0:"{{Secret}}"|}).Build();
                }
                """,
                Verify.Diagnostic("SL1005").WithLocation(0).WithArguments(
                    "Client secret", "ConfidentialClientApplicationBuilder.WithClientSecret", "'Xk9_…' (21 characters)", "authenticate with a managed identity instead and rotate the secret",
                    ". The fix proves the app registration with WithClientAssertion fed by the managed identity's token for api://AzureADTokenExchange: add a federated identity credential that trusts the managed identity to the app registration first"));

        [Theory]
        [InlineData("AZURE_CLIENT_SECRET", "Client secret")]
        [InlineData("AZURE_CLIENT_CERTIFICATE_PASSWORD", "Certificate password")]
        [InlineData("AZURE_PASSWORD", "User password")]
        public Task EnvironmentSetUp_ForDefaultAzureCredential_IsReported(string variable, string kind) =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System;

                class Startup
                {
                    public void Configure() => Environment.SetEnvironmentVariable("{{variable}}", {|#0:"{{Secret}}"|});
                }
                """,
                Verify.Diagnostic("SL1005").WithLocation(0).WithArguments(
                    kind, variable, "'Xk9_…' (21 characters)", "authenticate with a managed identity instead and rotate the secret",
                    ". No automatic fix: delete this set-up, so DefaultAzureCredential falls through to the managed identity"));

        [Fact]
        public Task CertificatePassword_OutsideACredential_IsReportedWithoutFix() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System.Security.Cryptography.X509Certificates;

                class Certificates
                {
                    public X509Certificate2 Load() => X509CertificateLoader.LoadPkcs12FromFile("signing.pfx", {|#0:"{{Secret}}"|});
                }
                """,
                Verify.Diagnostic("SL1005").WithLocation(0).WithArguments(
                    "Certificate password", "X509CertificateLoader.LoadPkcs12FromFile", "'Xk9_…' (21 characters)", "authenticate with a managed identity instead and rotate the secret",
                    ". No automatic fix: load the certificate from Key Vault or a certificate store rather than a password-protected file"));

        [Fact]
        public Task CertificatePassword_InsideClientCertificateCredential_NamesTheCredential() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure.Identity;
                using System.Security.Cryptography.X509Certificates;

                class Auth
                {
                #pragma warning disable SYSLIB0057
                    public ClientCertificateCredential Create() =>
                        new ClientCertificateCredential("tenant", "client", new X509Certificate2("app.pfx", {|#0:"{{Secret}}"|}));
                }
                """,
                Verify.Diagnostic("SL1005").WithLocation(0).WithArguments(
                    "Certificate password", "ClientCertificateCredential (through X509Certificate2)", "'Xk9_…' (21 characters)", "authenticate with a managed identity instead and rotate the secret", string.Empty));

        [Fact]
        public Task CredentialOptions_BlockTheFix_AndSaySo() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System;
                using Azure.Identity;

                class Auth
                {
                    public ClientSecretCredential Create() => new ClientSecretCredential("tenant", "client", {|#0:"{{Secret}}"|},
                        new ClientSecretCredentialOptions { AuthorityHost = AzureAuthorityHosts.AzureGovernment });
                }
                """,
                Verify.Diagnostic("SL1005").WithLocation(0).WithArguments(
                    "Client secret", "ClientSecretCredential", "'Xk9_…' (21 characters)", "authenticate with a managed identity instead and rotate the secret",
                    ". No automatic fix: carry the credential options (authority host, tenants) over to the new credential by hand"));

        [Theory]
        [InlineData("Environment.GetEnvironmentVariable(\"AZURE_CLIENT_SECRET\")")]
        [InlineData("configuration[\"AzureAd:ClientSecret\"]")]
        [InlineData("\"\"")]
        [InlineData("null")]
        [InlineData("\"<client-secret>\"")]
        [InlineData("\"#{ClientSecret}#\"")]
        [InlineData("\"@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/client-secret)\"")]
        [InlineData("$\"{configuration[\"Prefix\"]}-secret\"")]
        [InlineData("\"changeme\"")]
        [InlineData("\"secret\"")]
        public Task SecretsReadAtRunTime_OrPlaceholders_AreNotReported(string expression) =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System;
                using Azure.Identity;
                using Microsoft.Extensions.Configuration;

                class Auth
                {
                    public ClientSecretCredential Create(IConfiguration configuration) => new ClientSecretCredential("tenant", "client", {{expression}});
                }
                """);

        [Theory]
        [InlineData("new ClientSecretCredential(\"72f988bf-86f1-41af-91ab-2d7cd011db47\", \"0b9c1f7e-6d2a-4b8e-9c3f-1a2b3c4d5e6f\", secret)")]
        [InlineData("new X509Certificate2(\"app.cer\")")]
        [InlineData("ConfidentialClientApplicationBuilder.Create(\"0b9c1f7e-6d2a-4b8e-9c3f-1a2b3c4d5e6f\").WithClientSecret(secret)")]
        [InlineData("ConfidentialClientApplicationBuilder.Create(\"0b9c1f7e-6d2a-4b8e-9c3f-1a2b3c4d5e6f\").WithRedirectUri(\"https://localhost:5001/signin-oidc\")")]
        [InlineData("new ClientCertificateCredential(\"tenant\", \"client\", \"cert:/CurrentUser/My/0123456789ABCDEF0123456789ABCDEF01234567\")")]
        public Task NonSecretArguments_AreNotReported(string expression) =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure.Identity;
                using Microsoft.Identity.Client;
                using System.Security.Cryptography.X509Certificates;

                class Auth
                {
                #pragma warning disable SYSLIB0057
                    public object Create(string secret) => {{expression}};
                }
                """);

        [Theory]
        [InlineData("new AzureNamedKeyCredential(\"primary-account-name\", key)")]
        [InlineData("new AzureSasCredential(sas)")]
        [InlineData("new System.ClientModel.ApiKeyCredential(configuration[\"OpenAI:Key\"])")]
        [InlineData("new Azure.Search.Documents.SearchClient(new Uri(\"https://contoso.search.windows.net\"), \"products-catalog-index\", new AzureKeyCredential(key))")]
        [InlineData("new Azure.Search.Documents.SearchClient(new Uri(\"https://contoso.search.windows.net\"), \"products-catalog-index\", new Azure.Identity.DefaultAzureCredential())")]
        public Task NonSecretKeyArguments_AreNotReported(string expression) =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System;
                using Azure;
                using Microsoft.Extensions.Configuration;

                class Keys
                {
                    public object Create(string key, string sas, IConfiguration configuration) => {{expression}};
                }
                """);

        [Fact]
        public Task OtherArgumentsAndApis_AreNotReported() =>
            Verify.VerifyAnalyzerAsync(
                """
                using System;
                using Azure.Identity;
                using System.Security.Cryptography.X509Certificates;

                class Auth
                {
                    public void Configure()
                    {
                        Environment.SetEnvironmentVariable("AZURE_CLIENT_ID", "0b9c1f7e-6d2a-4b8e-9c3f-1a2b3c4d5e6f");
                        Environment.SetEnvironmentVariable("ASPNETCORE_ENVIRONMENT", "Production-Blue-West");
                        var certificate = X509CertificateLoader.LoadPkcs12FromFile("signing.pfx", null);
                        var managed = new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId("0b9c1f7e-6d2a-4b8e-9c3f-1a2b3c4d5e6f"));
                        var workload = new WorkloadIdentityCredential(new WorkloadIdentityCredentialOptions { ClientId = "0b9c1f7e-6d2a-4b8e-9c3f-1a2b3c4d5e6f" });
                    }
                }
                """);

        // ---- SL1006 -------------------------------------------------------------------------------------------

        [Fact]
        public Task SearchClient_KeyCredential_NamesClientAndRole() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System;
                using Azure;
                using Azure.Search.Documents;

                class Catalog
                {
                    public SearchClient Create() => new SearchClient(new Uri("https://contoso.search.windows.net"), "products", new AzureKeyCredential({|#0:"{{ApiKey}}"|}));
                }
                """,
                Verify.Diagnostic("SL1006").WithLocation(0).WithArguments(
                    "API key", "AzureKeyCredential", "'f3a9…' (32 characters)", "SearchClient",
                    "Search Index Data Reader (Search Index Data Contributor to change documents)", ". Broadest data role: the client is returned"));

        [Fact]
        public Task SearchIndexClient_NeedsTheServiceRole() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System;
                using Azure;
                using Azure.Search.Documents.Indexes;

                class Catalog
                {
                    public SearchIndexClient Create() => new SearchIndexClient(new Uri("https://contoso.search.windows.net"), new AzureKeyCredential({|#0:"{{ApiKey}}"|}));
                }
                """,
                Verify.Diagnostic("SL1006").WithLocation(0).WithArguments(
                    "API key", "AzureKeyCredential", "'f3a9…' (32 characters)", "SearchIndexClient", "Search Service Contributor", ". Broadest data role: the client is returned"));

        [Fact]
        public Task EventGridPublisher_KeyAndSas_AreReported() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System;
                using Azure;
                using Azure.Messaging.EventGrid;

                class Events
                {
                    private static readonly Uri Topic = new Uri("https://orders.westeurope-1.eventgrid.azure.net/api/events");
                    public EventGridPublisherClient WithKey() => new EventGridPublisherClient(Topic, new AzureKeyCredential({|#0:"{{ApiKey}}"|}));
                    public EventGridPublisherClient WithSas() => new EventGridPublisherClient(Topic, new AzureSasCredential({|#1:"r=https%3a%2f%2forders&e=2030-01-01&s=Zk9pQ2vR7mN4tL8Xa1b2c3d4e5f6g7h8"|}));
                }
                """,
                Verify.Diagnostic("SL1006").WithLocation(0).WithArguments(
                    "API key", "AzureKeyCredential", "'f3a9…' (32 characters)", "EventGridPublisherClient", "EventGrid Data Sender", string.Empty),
                Verify.Diagnostic("SL1006").WithLocation(1).WithArguments(
                    "Shared access signature", "AzureSasCredential", "'r=ht…' (70 characters)", "EventGridPublisherClient", "EventGrid Data Sender", string.Empty));

        [Fact]
        public Task ApiKeyCredential_FromSystemClientModel_IsReported() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System;
                using System.ClientModel;

                namespace Contoso.AI
                {
                    public class ChatClient
                    {
                        public ChatClient(Uri endpoint, ApiKeyCredential credential) { }
                        public ChatClient(Uri endpoint, Azure.Core.TokenCredential credential) { }
                    }

                    class Chat
                    {
                        public ChatClient Create() => new ChatClient(new Uri("https://contoso.openai.azure.com"), new ApiKeyCredential({|#0:"{{ApiKey}}"|}));
                    }
                }
                """,
                Verify.Diagnostic("SL1006").WithLocation(0).WithArguments(
                    "API key", "ApiKeyCredential", "'f3a9…' (32 characters)", "ChatClient", "the data-plane role of the service that uses it", string.Empty));

        [Fact]
        public Task ClientWithoutTokenOverload_IsReportedWithoutFix_AndSaysWhy() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System;
                using Azure;

                namespace Legacy
                {
                    public class GeocodingClient { public GeocodingClient(Uri endpoint, AzureKeyCredential credential) { } }

                    class Maps
                    {
                        public GeocodingClient Create() => new GeocodingClient(new Uri("https://geo.contoso.com"), new AzureKeyCredential({|#0:"{{ApiKey}}"|}));
                    }
                }
                """,
                Verify.Diagnostic("SL1006").WithLocation(0).WithArguments(
                    "API key", "AzureKeyCredential", "'f3a9…' (32 characters)", "GeocodingClient", "the data-plane role of the service that uses it",
                    ". No automatic fix: GeocodingClient has no constructor that takes a TokenCredential in its place, so the service takes keys only here; keep the key in Key Vault"));

        [Fact]
        public Task NamedKeyCredential_NotGivenToAClient_SaysWhy() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure;

                class Keys
                {
                    public AzureNamedKeyCredential Create() => new AzureNamedKeyCredential("primary", {|#0:"{{ApiKey}}"|});
                }
                """,
                Verify.Diagnostic("SL1006").WithLocation(0).WithArguments(
                    "Named key", "AzureNamedKeyCredential", "'f3a9…' (32 characters)", "the client", "the data-plane role of the service that uses it",
                    ". No automatic fix: the credential is not only given to client constructors in this file; pass a token credential where it is used"));

        [Fact]
        public Task KeyTakingClientConstructor_IsReportedWithoutFix() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                namespace Contoso.Translation
                {
                    public class TranslatorClient { public TranslatorClient(string region, string subscriptionKey) { } }

                    class Translate
                    {
                        public TranslatorClient Create() => new TranslatorClient("westeurope", {|#0:"{{ApiKey}}"|});
                    }
                }
                """,
                Verify.Diagnostic("SL1006").WithLocation(0).WithArguments(
                    "API key", "TranslatorClient", "'f3a9…' (32 characters)", "TranslatorClient", "the data-plane role of the service that uses it",
                    ". No automatic fix: the client takes the key as a string; use its TokenCredential constructor"));

        [Fact]
        public Task RegionalCognitiveEndpoint_BlocksTheFix() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System;
                using Azure;

                namespace Azure.AI.TextAnalytics
                {
                    public class TextAnalyticsClient
                    {
                        public TextAnalyticsClient(Uri endpoint, AzureKeyCredential credential) { }
                        public TextAnalyticsClient(Uri endpoint, Azure.Core.TokenCredential credential) { }
                    }

                    class Language
                    {
                        public TextAnalyticsClient Create() => new TextAnalyticsClient(new Uri("https://westeurope.api.cognitive.microsoft.com/"), new AzureKeyCredential({|#0:"{{ApiKey}}"|}));
                    }
                }
                """,
                Verify.Diagnostic("SL1006").WithLocation(0).WithArguments(
                    "API key", "AzureKeyCredential", "'f3a9…' (32 characters)", "TextAnalyticsClient", "Cognitive Services User",
                    ". No automatic fix: Microsoft Entra authentication needs the resource's custom-subdomain endpoint, not a regional one"));

        [Theory]
        [InlineData("Environment.GetEnvironmentVariable(\"SEARCH_API_KEY\")")]
        [InlineData("\"<search-api-key>\"")]
        [InlineData("\"\"")]
        [InlineData("\"key\"")]
        [InlineData("\"__SEARCH_KEY__\"")]
        [InlineData("\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"")]
        public Task KeysReadAtRunTime_OrPlaceholders_AreNotReported(string expression) =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using System;
                using Azure;

                class Keys
                {
                    public AzureKeyCredential Create() => new AzureKeyCredential({{expression}});
                }
                """);

        [Fact]
        public Task StorageSas_GivenToAzureSasCredential_IsLeftToTheStorageRule() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure;

                class Feed
                {
                    public AzureSasCredential Create() => new AzureSasCredential("{{FakeSecrets.SasQuery()}}");
                }
                """);

        [Fact]
        public async Task NeitherMessageNorPropertiesContainTheSecret()
        {
            var source = $$"""
                using System;
                using Azure;
                using Azure.Search.Documents;
                class C { SearchClient Create() => new SearchClient(new Uri("https://contoso.search.windows.net"), "i", new AzureKeyCredential("{{ApiKey}}")); }
                """;
            var result = await AnalyzerRunner.RunAsync(
                ImmutableArray.Create<DiagnosticAnalyzer>(new CredentialAnalyzer()),
                new[] { ("/0/Test0.cs", source) },
                extraReferences: TestReferences.All);

            var diagnostic = Assert.Single(result.AnalyzerDiagnostics);
            Assert.DoesNotContain(ApiKey.Substring(4), diagnostic.GetMessage());
            Assert.All(diagnostic.Properties.Values, value => Assert.DoesNotContain(ApiKey.Substring(4), value ?? string.Empty));
            Assert.Equal("ApiKey", diagnostic.Properties["SecretKind"]);
        }

        [Theory]
        [InlineData("class C { object M() => new Azure.Identity.ClientSecretCredential(\"t\", \"c\", ")]
        [InlineData("class C { object M() => new Azure.AzureKeyCredential(); }")]
        [InlineData("class C { object M() => new(\"Xk9_pQ2.vR7~mN4-tL8Zz\"); }")]
        [InlineData("class C { void M() => System.Environment.SetEnvironmentVariable(\"AZURE_CLIENT_SECRET\"); }")]
        [InlineData("class C { object M() => new Azure.Search.Documents.SearchClient(null, null, new Azure.AzureKeyCredential(\"f3a9c1d27b5e48e0a6d4c2b1e9f07a35\"), ); }")]
        public async Task IncompleteCode_NeverThrows(string source)
        {
            var result = await AnalyzerRunner.RunAsync(
                ImmutableArray.Create<DiagnosticAnalyzer>(new CredentialAnalyzer()),
                new[] { ("/0/Test0.cs", source) },
                extraReferences: TestReferences.All);

            Assert.False(result.HasFailures, result.FormatFailures());
        }
    }
}
