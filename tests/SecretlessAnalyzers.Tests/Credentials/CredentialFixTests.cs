using System.Threading.Tasks;
using SecretlessAnalyzers.CodeFixes.Common;
using Xunit;
using KeyVerify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.CredentialAnalyzer,
    SecretlessAnalyzers.CodeFixes.Credentials.KeyCredentialCodeFixProvider>;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.CredentialAnalyzer,
    SecretlessAnalyzers.CodeFixes.Credentials.ClientSecretCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Credentials
{
    /// <summary>SL1005 and SL1006 fixes, compiled against the real Azure.Identity, Azure.Search.Documents and Azure.Messaging.EventGrid.</summary>
    public class CredentialFixTests
    {
        private const string Secret = "Xk9_pQ2.vR7~mN4-tL8Zz";
        private const string ApiKey = "f3a9c1d27b5e48e0a6d4c2b1e9f07a35";

        // ---- SL1005 -------------------------------------------------------------------------------------------

        [Fact]
        public Task ClientSecretCredential_BecomesDefaultAzureCredential_AndIdsGo() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Azure.Core;
                using Azure.Identity;

                class Auth
                {
                    private const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
                    private const string ClientId = "0b9c1f7e-6d2a-4b8e-9c3f-1a2b3c4d5e6f";
                    private const string ClientSecret = "{{Secret}}";

                    public TokenCredential Create() => new ClientSecretCredential(TenantId, ClientId, {|SL1005:ClientSecret|});
                }
                """,
                """
                using Azure.Core;
                using Azure.Identity;

                class Auth
                {
                    public TokenCredential Create() => new DefaultAzureCredential();
                }
                """);

        [Fact]
        public Task ManagedIdentityAction_IsSystemAssigned() =>
            new Verify.Test
            {
                TestCode = $$"""
                    using Azure.Core;
                    using Azure.Identity;

                    class Auth
                    {
                        public TokenCredential Create() => new ClientSecretCredential("tenant", "client", {|SL1005:"{{Secret}}"|});
                    }
                    """,
                FixedCode = """
                    using Azure.Core;
                    using Azure.Identity;

                    class Auth
                    {
                        public TokenCredential Create() => new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
                    }
                    """,
                CodeActionEquivalenceKey = CredentialActions.UseManagedIdentityCredentialKey,
            }.RunAsync();

        [Fact]
        public Task ManagedIdentityAction_UserAssigned_FromOption_FirstWhenPreferred() =>
            new Verify.Test
            {
                TestCode = $$"""
                    using Azure.Core;
                    using Azure.Identity;

                    class Auth
                    {
                        public TokenCredential Create() => new ClientSecretCredential("tenant", "0b9c1f7e-6d2a-4b8e-9c3f-1a2b3c4d5e6f", {|SL1005:"{{Secret}}"|});
                    }
                    """,
                FixedCode = """
                    using Azure.Core;
                    using Azure.Identity;

                    class Auth
                    {
                        public TokenCredential Create() => new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId("11111111-2222-3333-4444-555555555555"));
                    }
                    """,
                CodeActionIndex = 0,
                AnalyzerConfigOptions =
                {
                    ["secretless.credential"] = "managed_identity",
                    ["secretless.managed_identity_client_id"] = "11111111-2222-3333-4444-555555555555",
                },
            }.RunAsync();

        [Fact]
        public Task WorkloadIdentityAction_IsOfferedThird() =>
            new Verify.Test
            {
                TestCode = $$"""
                    using Azure.Core;
                    using Azure.Identity;

                    class Auth
                    {
                        public TokenCredential Create() => new ClientSecretCredential("tenant", "client", {|SL1005:"{{Secret}}"|});
                    }
                    """,
                FixedCode = """
                    using Azure.Core;
                    using Azure.Identity;

                    class Auth
                    {
                        public TokenCredential Create() => new WorkloadIdentityCredential();
                    }
                    """,
                CodeActionIndex = 2,
                CodeActionEquivalenceKey = CredentialActions.UseWorkloadIdentityCredentialKey,
            }.RunAsync();

        [Fact]
        public Task ExplicitlyTypedLocal_TakesTheNewType() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Azure.Identity;
                using Azure.Search.Documents;

                class Catalog
                {
                    public SearchClient Create(System.Uri endpoint)
                    {
                        ClientSecretCredential credential = new ClientSecretCredential("tenant", "client", {|SL1005:"{{Secret}}"|});
                        return new SearchClient(endpoint, "products", credential);
                    }
                }
                """,
                """
                using Azure.Identity;
                using Azure.Search.Documents;

                class Catalog
                {
                    public SearchClient Create(System.Uri endpoint)
                    {
                        DefaultAzureCredential credential = new DefaultAzureCredential();
                        return new SearchClient(endpoint, "products", credential);
                    }
                }
                """);

        [Fact]
        public Task ClientCertificateCredential_WithPasswordProtectedFile_IsReplaced() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Azure.Core;
                using Azure.Identity;
                using System.Security.Cryptography.X509Certificates;

                class Auth
                {
                    public TokenCredential Create() =>
                        new ClientCertificateCredential("tenant", "client", X509CertificateLoader.LoadPkcs12FromFile("app.pfx", {|SL1005:"{{Secret}}"|}));
                }
                """,
                """
                using Azure.Core;
                using Azure.Identity;
                using System.Security.Cryptography.X509Certificates;

                class Auth
                {
                    public TokenCredential Create() =>
                        new DefaultAzureCredential();
                }
                """);

        [Fact]
        public Task UsernamePasswordCredential_IsReplaced() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Azure.Core;
                using Azure.Identity;

                class Auth
                {
                #pragma warning disable CS0618
                    public TokenCredential Create() => new UsernamePasswordCredential("ops@contoso.com", {|SL1005:"{{Secret}}"|}, "tenant", "client");
                }
                """,
                """
                using Azure.Core;
                using Azure.Identity;

                class Auth
                {
                #pragma warning disable CS0618
                    public TokenCredential Create() => new DefaultAzureCredential();
                }
                """);

        [Fact]
        public Task ClientSecretCredential_UsedAsItsOwnType_IsNotFixed()
        {
            // A property typed ClientSecretCredential cannot hold another credential: no fix, the secret stays reported.
            var source = $$"""
                using Azure.Identity;

                class Auth
                {
                    public ClientSecretCredential Credential { get; } = new("tenant", "client", {|SL1005:"{{Secret}}"|});
                }
                """;
            return Verify.VerifyCodeFixAsync(source, source);
        }

        [Fact]
        public Task UserFlow_IsNotFixed()
        {
            var source = $$"""
                using Azure.Identity;

                class Auth
                {
                    public object Obo() => new OnBehalfOfCredential("tenant", "client", {|SL1005:"{{Secret}}"|}, "assertion");
                }
                """;
            return Verify.VerifyCodeFixAsync(source, source);
        }

        [Fact]
        public Task FixAll_SharesOneCredentialPerType() =>
            new Verify.Test
            {
                TestCode = $$"""
                    using Azure.Core;
                    using Azure.Identity;

                    class Auth
                    {
                        public TokenCredential Orders() => new ClientSecretCredential("tenant", "orders", {|SL1005:"{{Secret}}"|});
                        public TokenCredential Billing() => new ClientSecretCredential("tenant", "billing", {|SL1005:"{{Secret}}"|});
                    }
                    """,
                FixedCode = """
                    using Azure.Core;
                    using Azure.Identity;

                    class Auth
                    {
                        public TokenCredential Orders() => new DefaultAzureCredential();
                        public TokenCredential Billing() => new DefaultAzureCredential();
                    }
                    """,
                BatchFixedCode = """
                    using Azure.Core;
                    using Azure.Identity;

                    class Auth
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        public TokenCredential Orders() => AzureCredential;
                        public TokenCredential Billing() => AzureCredential;
                    }
                    """,
            }.RunAsync();

        // ---- SL1006 -------------------------------------------------------------------------------------------

        [Fact]
        public Task SearchClient_KeyCredential_BecomesTokenOverload() =>
            KeyVerify.VerifyCodeFixAsync(
                $$"""
                using System;
                using Azure;
                using Azure.Search.Documents;

                class Catalog
                {
                    private const string SearchKey = "{{ApiKey}}";

                    public SearchClient Create() =>
                        new SearchClient(new Uri("https://contoso.search.windows.net"), "products", new AzureKeyCredential({|SL1006:SearchKey|}));
                }
                """,
                """
                using System;
                using Azure;
                using Azure.Identity;
                using Azure.Search.Documents;

                class Catalog
                {
                    public SearchClient Create() =>
                        new SearchClient(new Uri("https://contoso.search.windows.net"), "products", new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task SearchClient_ManagedIdentityPreferred_IsTheFirstAction() =>
            new KeyVerify.Test
            {
                TestCode = $$"""
                    using System;
                    using Azure;
                    using Azure.Search.Documents;

                    public sealed class Catalog
                    {
                        private static readonly Uri Endpoint = new("https://contoso.search.windows.net");

                        public SearchClient Products { get; } = new SearchClient(
                            Endpoint,
                            "products",
                            new AzureKeyCredential({|SL1006:"{{ApiKey}}"|}));
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure;
                    using Azure.Identity;
                    using Azure.Search.Documents;

                    public sealed class Catalog
                    {
                        private static readonly Uri Endpoint = new("https://contoso.search.windows.net");

                        public SearchClient Products { get; } = new SearchClient(
                            Endpoint,
                            "products",
                            new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned));
                    }
                    """,
                CodeActionIndex = 0,
                AnalyzerConfigOptions = { ["secretless.credential"] = "managed_identity" },
            }.RunAsync();

        [Fact]
        public Task EventGridPublisher_OptionsKept_ManagedIdentity() =>
            new KeyVerify.Test
            {
                TestCode = $$"""
                    using System;
                    using Azure;
                    using Azure.Messaging.EventGrid;

                    class Events
                    {
                        public EventGridPublisherClient Create(EventGridPublisherClientOptions options) =>
                            new EventGridPublisherClient(new Uri("https://orders.westeurope-1.eventgrid.azure.net/api/events"), new AzureKeyCredential({|SL1006:"{{ApiKey}}"|}), options);
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure;
                    using Azure.Identity;
                    using Azure.Messaging.EventGrid;

                    class Events
                    {
                        public EventGridPublisherClient Create(EventGridPublisherClientOptions options) =>
                            new EventGridPublisherClient(new Uri("https://orders.westeurope-1.eventgrid.azure.net/api/events"), new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned), options);
                    }
                    """,
                CodeActionEquivalenceKey = CredentialActions.UseManagedIdentityCredentialKey,
            }.RunAsync();

        [Fact]
        public Task CredentialInALocal_SharedByTwoClients_IsRemoved() =>
            KeyVerify.VerifyCodeFixAsync(
                $$"""
                using System;
                using Azure;
                using Azure.Search.Documents;
                using Azure.Search.Documents.Indexes;

                class Catalog
                {
                    public (SearchClient, SearchIndexClient) Create(Uri endpoint)
                    {
                        var credential = new AzureKeyCredential({|SL1006:"{{ApiKey}}"|});
                        var search = new SearchClient(endpoint, "products", credential);
                        var indexes = new SearchIndexClient(endpoint, credential);
                        return (search, indexes);
                    }
                }
                """,
                """
                using System;
                using Azure;
                using Azure.Identity;
                using Azure.Search.Documents;
                using Azure.Search.Documents.Indexes;

                class Catalog
                {
                    public (SearchClient, SearchIndexClient) Create(Uri endpoint)
                    {
                        var search = new SearchClient(endpoint, "products", new DefaultAzureCredential());
                        var indexes = new SearchIndexClient(endpoint, new DefaultAzureCredential());
                        return (search, indexes);
                    }
                }
                """);

        [Fact]
        public Task NewClientWithTokenOverload_IsFoundByOverloadResolution() =>
            KeyVerify.VerifyCodeFixAsync(
                $$"""
                using System;
                using System.ClientModel;

                namespace Contoso.AI
                {
                    public class ChatClient
                    {
                        public ChatClient(Uri endpoint, ApiKeyCredential credential, string deployment = null) { }
                        public ChatClient(Uri endpoint, Azure.Core.TokenCredential credential, string deployment = null) { }
                    }

                    class Chat
                    {
                        public ChatClient Create() => new(new Uri("https://contoso.openai.azure.com"), new ApiKeyCredential({|SL1006:"{{ApiKey}}"|}), "gpt");
                    }
                }
                """,
                """
                using System;
                using System.ClientModel;
                using Azure.Identity;

                namespace Contoso.AI
                {
                    public class ChatClient
                    {
                        public ChatClient(Uri endpoint, ApiKeyCredential credential, string deployment = null) { }
                        public ChatClient(Uri endpoint, Azure.Core.TokenCredential credential, string deployment = null) { }
                    }

                    class Chat
                    {
                        public ChatClient Create() => new(new Uri("https://contoso.openai.azure.com"), new DefaultAzureCredential(), "gpt");
                    }
                }
                """);

        [Fact]
        public Task NoTokenOverload_NoFix()
        {
            var source = $$"""
                using System;
                using Azure;

                namespace Legacy
                {
                    public class GeocodingClient { public GeocodingClient(Uri endpoint, AzureKeyCredential credential) { } }

                    class Maps
                    {
                        public GeocodingClient Create() => new GeocodingClient(new Uri("https://geo.contoso.com"), new AzureKeyCredential({|SL1006:"{{ApiKey}}"|}));
                    }
                }
                """;
            return KeyVerify.VerifyCodeFixAsync(source, source);
        }

        [Fact]
        public Task CredentialUsedElsewhere_NoFix()
        {
            var source = $$"""
                using System;
                using Azure;
                using Azure.Search.Documents;

                class Catalog
                {
                    public SearchClient Create(Uri endpoint)
                    {
                        var credential = new AzureKeyCredential({|SL1006:"{{ApiKey}}"|});
                        Console.WriteLine(credential.Key.Length);
                        return new SearchClient(endpoint, "products", credential);
                    }
                }
                """;
            return KeyVerify.VerifyCodeFixAsync(source, source);
        }

        [Fact]
        public Task FixAll_KeyCredentials_ShareOneCredentialPerType() =>
            new KeyVerify.Test
            {
                TestCode = $$"""
                    using System;
                    using Azure;
                    using Azure.Messaging.EventGrid;
                    using Azure.Search.Documents;

                    class Clients
                    {
                        private static readonly Uri Search = new Uri("https://contoso.search.windows.net");
                        private static readonly Uri Topic = new Uri("https://orders.westeurope-1.eventgrid.azure.net/api/events");

                        public SearchClient Products() => new SearchClient(Search, "products", new AzureKeyCredential({|SL1006:"{{ApiKey}}"|}));
                        public EventGridPublisherClient Events() => new EventGridPublisherClient(Topic, new AzureKeyCredential({|SL1006:"{{ApiKey}}"|}));
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure;
                    using Azure.Identity;
                    using Azure.Messaging.EventGrid;
                    using Azure.Search.Documents;

                    class Clients
                    {
                        private static readonly Uri Search = new Uri("https://contoso.search.windows.net");
                        private static readonly Uri Topic = new Uri("https://orders.westeurope-1.eventgrid.azure.net/api/events");

                        public SearchClient Products() => new SearchClient(Search, "products", new DefaultAzureCredential());
                        public EventGridPublisherClient Events() => new EventGridPublisherClient(Topic, new DefaultAzureCredential());
                    }
                    """,
                BatchFixedCode = """
                    using System;
                    using Azure;
                    using Azure.Identity;
                    using Azure.Messaging.EventGrid;
                    using Azure.Search.Documents;

                    class Clients
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        private static readonly Uri Search = new Uri("https://contoso.search.windows.net");
                        private static readonly Uri Topic = new Uri("https://orders.westeurope-1.eventgrid.azure.net/api/events");

                        public SearchClient Products() => new SearchClient(Search, "products", AzureCredential);
                        public EventGridPublisherClient Events() => new EventGridPublisherClient(Topic, AzureCredential);
                    }
                    """,
            }.RunAsync();
    }
}
