using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SecretlessAnalyzers.Testing;

namespace SecretlessAnalyzers.Tests.Infrastructure
{
    /// <summary>
    /// The assemblies test compilations see besides the framework: the real Azure.Identity / Azure.Core,
    /// Microsoft.Extensions.Azure, WindowsAzure.Storage and Microsoft.Azure.Cosmos packages, and the stand-ins for
    /// packages not served here.
    /// </summary>
    public static class AzureReferences
    {
        public static ImmutableArray<MetadataReference> All { get; } = ReferenceSets.FromTypesWithDependencies(
            typeof(Azure.Identity.DefaultAzureCredential),
            typeof(Azure.Storage.Blobs.BlobServiceClient),
            typeof(Microsoft.Extensions.Azure.AzureClientFactoryBuilder),
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection),
            typeof(Microsoft.WindowsAzure.Storage.CloudStorageAccount),
            typeof(Microsoft.Extensions.Configuration.IConfiguration),
            typeof(Microsoft.Extensions.Configuration.ConfigurationBinder),
            typeof(Microsoft.Azure.Cosmos.CosmosClient),
            typeof(Azure.Search.Documents.SearchClient),
            typeof(Azure.Messaging.EventGrid.EventGridPublisherClient),
            typeof(Microsoft.Identity.Client.ConfidentialClientApplicationBuilder),
            typeof(System.ClientModel.ApiKeyCredential),
            typeof(Npgsql.NpgsqlDataSourceBuilder),
            typeof(Microsoft.EntityFrameworkCore.NpgsqlDbContextOptionsBuilderExtensions),
            typeof(Microsoft.EntityFrameworkCore.SqlServerDbContextOptionsExtensions));

        /// <summary>
        /// The retired Cosmos DB .NET SDK v2 (Microsoft.Azure.DocumentDB.Core) with Azure.Identity. Kept apart from
        /// <see cref="All"/>: it is never used next to Microsoft.Azure.Cosmos in one project.
        /// </summary>
        public static ImmutableArray<MetadataReference> LegacyCosmos { get; } = ReferenceSets.FromTypesWithDependencies(
            typeof(Azure.Identity.DefaultAzureCredential),
            typeof(Microsoft.Azure.Documents.Client.DocumentClient));
    }
}
