using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SecretlessAnalyzers.Testing;

namespace SecretlessAnalyzers.Tests.Infrastructure
{
    /// <summary>
    /// The assemblies test compilations see besides the framework: the real Azure.Identity / Azure.Core,
    /// Microsoft.Extensions.Azure and WindowsAzure.Storage packages, and the stand-ins for packages not served here.
    /// </summary>
    public static class AzureReferences
    {
        public static ImmutableArray<MetadataReference> All { get; } = ReferenceSets.FromTypesWithDependencies(
            typeof(Azure.Identity.DefaultAzureCredential),
            typeof(Azure.Storage.Blobs.BlobServiceClient),
            typeof(Microsoft.Extensions.Azure.AzureClientFactoryBuilder),
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection),
            typeof(Microsoft.WindowsAzure.Storage.CloudStorageAccount),
            typeof(Npgsql.NpgsqlDataSourceBuilder),
            typeof(Microsoft.EntityFrameworkCore.NpgsqlDbContextOptionsBuilderExtensions),
            typeof(Microsoft.EntityFrameworkCore.SqlServerDbContextOptionsExtensions));
    }
}
