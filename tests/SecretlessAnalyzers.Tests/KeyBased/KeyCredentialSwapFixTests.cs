using System.Threading.Tasks;
using SecretlessAnalyzers.CodeFixes.Common;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.KeyBasedAuthenticationAnalyzer,
    SecretlessAnalyzers.CodeFixes.KeyBased.KeyBasedAuthenticationCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.KeyBased
{
    /// <summary>
    /// SL2001 fix for key credential objects: the endpoint is already an argument, so the key, named key, SAS or
    /// shared key credential is swapped for the token credential, where the client has a token constructor in that place.
    /// </summary>
    public class KeyCredentialSwapFixTests
    {
        [Fact]
        public Task SearchClient_KeyFromConfiguration_BecomesDefaultAzureCredential() =>
            Verify.VerifyCodeFixAsync(
                """
                using System;
                using Azure;
                using Azure.Search.Documents;
                using Microsoft.Extensions.Configuration;

                class Catalog
                {
                    public SearchClient Create(IConfiguration config, Uri endpoint) =>
                        new SearchClient(endpoint, "products", [|new AzureKeyCredential(config["Search:Key"]!)|]);
                }
                """,
                """
                using System;
                using Azure;
                using Azure.Identity;
                using Azure.Search.Documents;
                using Microsoft.Extensions.Configuration;

                class Catalog
                {
                    public SearchClient Create(IConfiguration config, Uri endpoint) =>
                        new SearchClient(endpoint, "products", new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task Registration_OfAnyAzureClient_MovesTheKeyToWithCredential() =>
            Verify.VerifyCodeFixAsync(
                """
                using System;
                using Azure;
                using Microsoft.Extensions.Azure;
                using Microsoft.Extensions.Configuration;

                class Startup
                {
                    public void Configure(AzureClientFactoryBuilder clients, IConfiguration config, Uri endpoint) =>
                        clients.AddTextClient(endpoint, [|new AzureKeyCredential(config["Text:Key"]!)|]);
                }
                """ + TextClientRegistrations,
                """
                using System;
                using Azure;
                using Azure.Identity;
                using Microsoft.Extensions.Azure;
                using Microsoft.Extensions.Configuration;

                class Startup
                {
                    public void Configure(AzureClientFactoryBuilder clients, IConfiguration config, Uri endpoint) =>
                        clients.AddTextClient(endpoint).WithCredential(new DefaultAzureCredential());
                }
                """ + TextClientRegistrations);

        private const string TextClientRegistrations = """


                namespace Azure.AI.Sample
                {
                    public class TextClientOptions : Azure.Core.ClientOptions { }

                    public class TextClient { }
                }

                namespace Microsoft.Extensions.Azure
                {
                    // The shape newer Azure packages use: a key registration, and one that takes the builder's credential.
                    public static class TextClientBuilderExtensions
                    {
                        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.AI.Sample.TextClient, global::Azure.AI.Sample.TextClientOptions> AddTextClient<TBuilder>(this TBuilder builder, System.Uri endpoint, global::Azure.AzureKeyCredential credential)
                            where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilder => throw null!;

                        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.AI.Sample.TextClient, global::Azure.AI.Sample.TextClientOptions> AddTextClient<TBuilder>(this TBuilder builder, System.Uri endpoint)
                            where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilderWithCredential => throw null!;
                    }
                }
                """;

        [Fact]
        public Task SearchClient_WithOptions_ManagedIdentity() =>
            new Verify.Test
            {
                TestCode = """
                    using System;
                    using Azure;
                    using Azure.Search.Documents;
                    using Microsoft.Extensions.Configuration;

                    class Catalog
                    {
                        public SearchClient Create(IConfiguration config, Uri endpoint, SearchClientOptions options) =>
                            new SearchClient(endpoint, "products", [|new AzureKeyCredential(config["Search:Key"]!)|], options);
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure;
                    using Azure.Identity;
                    using Azure.Search.Documents;
                    using Microsoft.Extensions.Configuration;

                    class Catalog
                    {
                        public SearchClient Create(IConfiguration config, Uri endpoint, SearchClientOptions options) =>
                            new SearchClient(endpoint, "products", new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned), options);
                    }
                    """,
                CodeActionEquivalenceKey = CredentialActions.UseManagedIdentityCredentialKey,
            }.RunAsync();

        [Fact]
        public Task EventGridPublisher_KeyFromTheEnvironment_IsSwapped() =>
            Verify.VerifyCodeFixAsync(
                """
                using System;
                using Azure;
                using Azure.Messaging.EventGrid;

                class Events
                {
                    public EventGridPublisherClient Create(Uri endpoint) =>
                        new EventGridPublisherClient(endpoint, [|new AzureKeyCredential(Environment.GetEnvironmentVariable("EVENTGRID_KEY")!)|]);
                }
                """,
                """
                using System;
                using Azure;
                using Azure.Identity;
                using Azure.Messaging.EventGrid;

                class Events
                {
                    public EventGridPublisherClient Create(Uri endpoint) =>
                        new EventGridPublisherClient(endpoint, new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task StorageClients_SharedKeyAndSas_AreSwapped_AndTheAccountNameConstantGoes() =>
            Verify.VerifyCodeFixAsync(
                """
                using System;
                using Azure;
                using Azure.Data.Tables;
                using Azure.Storage;
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.Configuration;

                class Storage
                {
                    private const string Account = "contoso";
                    public BlobServiceClient Blobs(IConfiguration config, Uri uri) =>
                        new BlobServiceClient(uri, [|new StorageSharedKeyCredential(Account, config["Storage:Key"])|]);
                }
                """,
                """
                using System;
                using Azure;
                using Azure.Data.Tables;
                using Azure.Identity;
                using Azure.Storage;
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.Configuration;

                class Storage
                {
                    public BlobServiceClient Blobs(IConfiguration config, Uri uri) =>
                        new BlobServiceClient(uri, new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task StorageClients_SasWithOptions_AndTableSharedKey_AreSwapped() =>
            new Verify.Test
            {
                TestCode = """
                    using System;
                    using Azure;
                    using Azure.Data.Tables;
                    using Azure.Storage.Blobs;
                    using Microsoft.Extensions.Configuration;

                    class Storage
                    {
                        public BlobContainerClient Container(IConfiguration config, Uri uri, BlobClientOptions options) =>
                            new BlobContainerClient(uri, [|new AzureSasCredential(config["Storage:Sas"]!)|], options);
                        public TableClient Table(IConfiguration config, Uri uri) =>
                            new TableClient(uri, "orders", [|new TableSharedKeyCredential("contoso", config["Tables:Key"])|]);
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure;
                    using Azure.Data.Tables;
                    using Azure.Identity;
                    using Azure.Storage.Blobs;
                    using Microsoft.Extensions.Configuration;

                    class Storage
                    {
                        public BlobContainerClient Container(IConfiguration config, Uri uri, BlobClientOptions options) =>
                            new BlobContainerClient(uri, new DefaultAzureCredential(), options);
                        public TableClient Table(IConfiguration config, Uri uri) =>
                            new TableClient(uri, "orders", new DefaultAzureCredential());
                    }
                    """,
                BatchFixedCode = """
                    using System;
                    using Azure;
                    using Azure.Data.Tables;
                    using Azure.Identity;
                    using Azure.Storage.Blobs;
                    using Microsoft.Extensions.Configuration;

                    class Storage
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        public BlobContainerClient Container(IConfiguration config, Uri uri, BlobClientOptions options) =>
                            new BlobContainerClient(uri, AzureCredential, options);
                        public TableClient Table(IConfiguration config, Uri uri) =>
                            new TableClient(uri, "orders", AzureCredential);
                    }
                    """,
            }.RunAsync();

        [Fact]
        public Task Registration_WithSharedKeyCredential_MovesTheCredentialToWithCredential() =>
            Verify.VerifyCodeFixAsync(
                """
                using System;
                using Azure.Storage;
                using Microsoft.Extensions.Azure;
                using Microsoft.Extensions.Configuration;
                using Microsoft.Extensions.DependencyInjection;

                static class Registrations
                {
                    public static void Add(IServiceCollection services, IConfiguration config, Uri blobs) =>
                        services.AddAzureClients(clients => clients.AddBlobServiceClient(blobs, [|new StorageSharedKeyCredential("contoso", config["Storage:Key"])|]));
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Azure.Storage;
                using Microsoft.Extensions.Azure;
                using Microsoft.Extensions.Configuration;
                using Microsoft.Extensions.DependencyInjection;

                static class Registrations
                {
                    public static void Add(IServiceCollection services, IConfiguration config, Uri blobs) =>
                        services.AddAzureClients(clients => clients.AddBlobServiceClient(blobs).WithCredential(new DefaultAzureCredential()));
                }
                """);

        [Fact]
        public Task FixAll_SharesOneCredential() =>
            new Verify.Test
            {
                TestCode = """
                    using System;
                    using Azure;
                    using Azure.Messaging.EventGrid;
                    using Azure.Search.Documents;
                    using Microsoft.Extensions.Configuration;

                    class Clients
                    {
                        public SearchClient Search(IConfiguration config, Uri endpoint) =>
                            new SearchClient(endpoint, "products", [|new AzureKeyCredential(config["Search:Key"]!)|]);
                        public EventGridPublisherClient Events(IConfiguration config, Uri endpoint) =>
                            new EventGridPublisherClient(endpoint, [|new AzureKeyCredential(config["EventGrid:Key"]!)|]);
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure;
                    using Azure.Identity;
                    using Azure.Messaging.EventGrid;
                    using Azure.Search.Documents;
                    using Microsoft.Extensions.Configuration;

                    class Clients
                    {
                        public SearchClient Search(IConfiguration config, Uri endpoint) =>
                            new SearchClient(endpoint, "products", new DefaultAzureCredential());
                        public EventGridPublisherClient Events(IConfiguration config, Uri endpoint) =>
                            new EventGridPublisherClient(endpoint, new DefaultAzureCredential());
                    }
                    """,
                BatchFixedCode = """
                    using System;
                    using Azure;
                    using Azure.Identity;
                    using Azure.Messaging.EventGrid;
                    using Azure.Search.Documents;
                    using Microsoft.Extensions.Configuration;

                    class Clients
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        public SearchClient Search(IConfiguration config, Uri endpoint) =>
                            new SearchClient(endpoint, "products", AzureCredential);
                        public EventGridPublisherClient Events(IConfiguration config, Uri endpoint) =>
                            new EventGridPublisherClient(endpoint, AzureCredential);
                    }
                    """,
            }.RunAsync();

        [Fact]
        public Task NoFix_WithoutTokenOverload_OrWhenTheKeyOrCredentialIsHeldElsewhere() =>
            Verify.VerifyCodeFixAsync(
                """
                using System;
                using Azure;
                using Azure.Data.Tables;
                using Azure.Messaging.EventGrid;
                using Azure.Search.Documents;
                using Microsoft.Extensions.Configuration;

                class Clients
                {
                    public TableClient TableSas(IConfiguration config, Uri uri) => new TableClient(uri, [|new AzureSasCredential(config["Tables:Sas"]!)|]);
                    public EventGridPublisherClient KeyInLocal(IConfiguration config, Uri endpoint)
                    {
                        var key = config["EventGrid:Key"]!;
                        return new EventGridPublisherClient(endpoint, [|new AzureKeyCredential(key)|]);
                    }
                    public SearchClient CredentialInLocal(IConfiguration config, Uri endpoint)
                    {
                        var credential = [|new AzureKeyCredential(config["Search:Key"]!)|];
                        return new SearchClient(endpoint, "products", credential);
                    }
                    public SearchClient Computed(Uri endpoint) => new SearchClient(endpoint, "products", [|new AzureKeyCredential(Load())|]);
                    private static string Load() => Environment.MachineName;
                }
                """,
                """
                using System;
                using Azure;
                using Azure.Data.Tables;
                using Azure.Messaging.EventGrid;
                using Azure.Search.Documents;
                using Microsoft.Extensions.Configuration;

                class Clients
                {
                    public TableClient TableSas(IConfiguration config, Uri uri) => new TableClient(uri, [|new AzureSasCredential(config["Tables:Sas"]!)|]);
                    public EventGridPublisherClient KeyInLocal(IConfiguration config, Uri endpoint)
                    {
                        var key = config["EventGrid:Key"]!;
                        return new EventGridPublisherClient(endpoint, [|new AzureKeyCredential(key)|]);
                    }
                    public SearchClient CredentialInLocal(IConfiguration config, Uri endpoint)
                    {
                        var credential = [|new AzureKeyCredential(config["Search:Key"]!)|];
                        return new SearchClient(endpoint, "products", credential);
                    }
                    public SearchClient Computed(Uri endpoint) => new SearchClient(endpoint, "products", [|new AzureKeyCredential(Load())|]);
                    private static string Load() => Environment.MachineName;
                }
                """);
    }
}
