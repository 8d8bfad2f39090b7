using System.Threading;
using System.Threading.Tasks;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.KeyBasedAuthenticationAnalyzer,
    SecretlessAnalyzers.CodeFixes.KeyBased.KeyBasedAuthenticationCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.KeyBased
{
    /// <summary>SL2001 fix: storage service clients move to the token overload with the endpoint from the setting of their part of the account (&lt;Name&gt;:BlobServiceUri, :QueueServiceUri, :TableServiceUri, :DfsServiceUri) (other services: KeyBasedClientFixTests).</summary>
    public class KeyBasedAuthenticationFixTests
    {
        [Fact]
        public Task BlobServiceClient_FromConnectionString_UsesBlobServiceUriSetting() =>
            Verify.VerifyCodeFixAsync(
                """
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.Configuration;

                class Files
                {
                    public BlobServiceClient Create(IConfiguration config) => new BlobServiceClient([|config.GetConnectionString("Storage")|]);
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.Configuration;

                class Files
                {
                    public BlobServiceClient Create(IConfiguration config) => new BlobServiceClient(new Uri(config["Storage:BlobServiceUri"] ?? throw new InvalidOperationException("Missing setting Storage:BlobServiceUri")), new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task DataLakeServiceClient_FromConnectionString_UsesDfsServiceUriSetting() =>
            Verify.VerifyCodeFixAsync(
                """
                using Azure.Storage.Files.DataLake;
                using Microsoft.Extensions.Configuration;

                class Lake
                {
                    public DataLakeServiceClient Create(IConfiguration config) => new DataLakeServiceClient([|config["Lake"]|]);
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Azure.Storage.Files.DataLake;
                using Microsoft.Extensions.Configuration;

                class Lake
                {
                    public DataLakeServiceClient Create(IConfiguration config) => new DataLakeServiceClient(new Uri(config["Lake:DfsServiceUri"] ?? throw new InvalidOperationException("Missing setting Lake:DfsServiceUri")), new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task QueueServiceClient_FromIndexer_WithManagedIdentity() =>
            new Verify.Test
            {
                TestCode = """
                    using Azure.Storage.Queues;
                    using Microsoft.Extensions.Configuration;

                    class Work
                    {
                        public QueueServiceClient Create(IConfiguration config) => new QueueServiceClient([|config["Queues"]|], new QueueClientOptions());
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Identity;
                    using Azure.Storage.Queues;
                    using Microsoft.Extensions.Configuration;

                    class Work
                    {
                        public QueueServiceClient Create(IConfiguration config) => new QueueServiceClient(new Uri(config["Queues:QueueServiceUri"] ?? throw new InvalidOperationException("Missing setting Queues:QueueServiceUri")), new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned), new QueueClientOptions());
                    }
                    """,
                CodeActionIndex = 1,
            }.RunAsync(CancellationToken.None);

        [Fact]
        public Task NoFix_ForOtherClientsAndSources() =>
            Verify.VerifyCodeFixAsync(
                """
                using System;
                using Azure.Storage.Blobs;
                using Azure.Storage.Files.Shares;
                using Microsoft.Extensions.Configuration;

                class Clients
                {
                    public ShareClient Share(IConfiguration config) => new ShareClient([|config["Files"]|], "docs");
                    public BlobServiceClient Environment() => new BlobServiceClient([|System.Environment.GetEnvironmentVariable("STORAGE")|]);
                    public BlobServiceClient Local(IConfiguration config)
                    {
                        var connection = config.GetConnectionString("Storage");
                        return new BlobServiceClient([|connection|]);
                    }
                }
                """,
                """
                using System;
                using Azure.Storage.Blobs;
                using Azure.Storage.Files.Shares;
                using Microsoft.Extensions.Configuration;

                class Clients
                {
                    public ShareClient Share(IConfiguration config) => new ShareClient([|config["Files"]|], "docs");
                    public BlobServiceClient Environment() => new BlobServiceClient([|System.Environment.GetEnvironmentVariable("STORAGE")|]);
                    public BlobServiceClient Local(IConfiguration config)
                    {
                        var connection = config.GetConnectionString("Storage");
                        return new BlobServiceClient([|connection|]);
                    }
                }
                """);

        [Fact]
        public Task FixAll_SharesOneCredential() =>
            new Verify.Test
            {
                TestCode = """
                    using Azure.Data.Tables;
                    using Azure.Storage.Blobs;
                    using Microsoft.Extensions.Configuration;

                    class Clients
                    {
                        public BlobServiceClient Blobs(IConfiguration config) => new BlobServiceClient([|config.GetConnectionString("Storage")|]);
                        public TableServiceClient Tables(IConfiguration config) => new TableServiceClient([|config.GetConnectionString("Tables")|]);
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Data.Tables;
                    using Azure.Identity;
                    using Azure.Storage.Blobs;
                    using Microsoft.Extensions.Configuration;

                    class Clients
                    {
                        public BlobServiceClient Blobs(IConfiguration config) => new BlobServiceClient(new Uri(config["Storage:BlobServiceUri"] ?? throw new InvalidOperationException("Missing setting Storage:BlobServiceUri")), new DefaultAzureCredential());
                        public TableServiceClient Tables(IConfiguration config) => new TableServiceClient(new Uri(config["Tables:TableServiceUri"] ?? throw new InvalidOperationException("Missing setting Tables:TableServiceUri")), new DefaultAzureCredential());
                    }
                    """,
                BatchFixedCode = """
                    using System;
                    using Azure.Data.Tables;
                    using Azure.Identity;
                    using Azure.Storage.Blobs;
                    using Microsoft.Extensions.Configuration;

                    class Clients
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        public BlobServiceClient Blobs(IConfiguration config) => new BlobServiceClient(new Uri(config["Storage:BlobServiceUri"] ?? throw new InvalidOperationException("Missing setting Storage:BlobServiceUri")), AzureCredential);
                        public TableServiceClient Tables(IConfiguration config) => new TableServiceClient(new Uri(config["Tables:TableServiceUri"] ?? throw new InvalidOperationException("Missing setting Tables:TableServiceUri")), AzureCredential);
                    }
                    """,
            }.RunAsync(CancellationToken.None);
    }
}
