// Stand-in for the public surface of the NuGet package Azure.Storage.Files.DataLake.
// Follows sdk/storage/Azure.Storage.Files.DataLake/api/Azure.Storage.Files.DataLake.net10.0.cs in
// Azure/azure-sdk-for-net (commit 05b0f722d0013797b740426fbc0c368966d90115). Only constructors and a few
// members are declared; every declared member keeps the listing's exact name, parameter types, order, names
// and defaults. Unlike Blobs, the options are separate overloads (no "= null"). Every body throws.
// The DataLake DI extensions have no connection-string overload. See README.md.

namespace Azure.Storage.Files.DataLake
{
    public partial class DataLakeClientOptions : Azure.Core.ClientOptions
    {
        public DataLakeClientOptions(Azure.Storage.Files.DataLake.DataLakeClientOptions.ServiceVersion version = Azure.Storage.Files.DataLake.DataLakeClientOptions.ServiceVersion.V2026_06_06) { }

        public bool EnableTenantDiscovery { get { throw null; } set { } }
        public System.Uri GeoRedundantSecondaryUri { get { throw null; } set { } }
        public Azure.Storage.Files.DataLake.DataLakeClientOptions.ServiceVersion Version { get { throw null; } }

        public enum ServiceVersion
        {
            V2019_02_02 = 1,
            V2019_07_07 = 2,
            V2019_12_12 = 3,
            V2020_02_10 = 4,
            V2020_04_08 = 5,
            V2020_06_12 = 6,
            V2020_08_04 = 7,
            V2020_10_02 = 8,
            V2020_12_06 = 9,
            V2021_02_12 = 10,
            V2021_04_10 = 11,
            V2021_06_08 = 12,
            V2021_08_06 = 13,
            V2021_10_04 = 14,
            V2021_12_02 = 15,
            V2022_11_02 = 16,
            V2023_01_03 = 17,
            V2023_05_03 = 18,
            V2023_08_03 = 19,
            V2023_11_03 = 20,
            V2024_02_04 = 21,
            V2024_05_04 = 22,
            V2024_08_04 = 23,
            V2024_11_04 = 24,
            V2025_01_05 = 25,
            V2025_05_05 = 26,
            V2025_07_05 = 27,
            V2025_11_05 = 28,
            V2026_02_06 = 29,
            V2026_04_06 = 30,
            V2026_06_06 = 31,
        }
    }

    public partial class DataLakeFileSystemClient
    {
        protected DataLakeFileSystemClient() { }
        public DataLakeFileSystemClient(string connectionString, string fileSystemName) { }
        public DataLakeFileSystemClient(string connectionString, string fileSystemName, Azure.Storage.Files.DataLake.DataLakeClientOptions options) { }
        public DataLakeFileSystemClient(System.Uri fileSystemUri) { }
        public DataLakeFileSystemClient(System.Uri fileSystemUri, Azure.AzureSasCredential credential) { }
        public DataLakeFileSystemClient(System.Uri fileSystemUri, Azure.AzureSasCredential credential, Azure.Storage.Files.DataLake.DataLakeClientOptions options) { }
        public DataLakeFileSystemClient(System.Uri fileSystemUri, Azure.Core.TokenCredential credential) { }
        public DataLakeFileSystemClient(System.Uri fileSystemUri, Azure.Core.TokenCredential credential, Azure.Storage.Files.DataLake.DataLakeClientOptions options) { }
        public DataLakeFileSystemClient(System.Uri fileSystemUri, Azure.Storage.Files.DataLake.DataLakeClientOptions options) { }
        public DataLakeFileSystemClient(System.Uri fileSystemUri, Azure.Storage.StorageSharedKeyCredential credential) { }
        public DataLakeFileSystemClient(System.Uri fileSystemUri, Azure.Storage.StorageSharedKeyCredential credential, Azure.Storage.Files.DataLake.DataLakeClientOptions options) { }

        public virtual string AccountName { get { throw null; } }
        public virtual string Name { get { throw null; } }
        public virtual System.Uri Uri { get { throw null; } }

        public virtual Azure.Storage.Files.DataLake.DataLakeDirectoryClient GetDirectoryClient(string directoryName) { throw null; }
    }

    public partial class DataLakePathClient
    {
        protected DataLakePathClient() { }

        public virtual Azure.Response<Azure.Storage.Files.DataLake.Models.PathInfo> SetAccessControlList(System.Collections.Generic.IList<Azure.Storage.Files.DataLake.Models.PathAccessControlItem> accessControlList, string owner = null, string group = null, Azure.Storage.Files.DataLake.Models.DataLakeRequestConditions conditions = null, System.Threading.CancellationToken cancellationToken = default(System.Threading.CancellationToken)) { throw null; }
    }

    public partial class DataLakeDirectoryClient : Azure.Storage.Files.DataLake.DataLakePathClient
    {
        protected DataLakeDirectoryClient() { }
        public DataLakeDirectoryClient(string connectionString, string fileSystemName, string directoryPath) { }
        public DataLakeDirectoryClient(System.Uri directoryUri, Azure.Core.TokenCredential credential) { }
    }

    public partial class DataLakeServiceClient
    {
        protected DataLakeServiceClient() { }
        public DataLakeServiceClient(string connectionString) { }
        public DataLakeServiceClient(string connectionString, Azure.Storage.Files.DataLake.DataLakeClientOptions options) { }
        public DataLakeServiceClient(System.Uri serviceUri) { }
        public DataLakeServiceClient(System.Uri serviceUri, Azure.AzureSasCredential credential) { }
        public DataLakeServiceClient(System.Uri serviceUri, Azure.AzureSasCredential credential, Azure.Storage.Files.DataLake.DataLakeClientOptions options) { }
        public DataLakeServiceClient(System.Uri serviceUri, Azure.Core.TokenCredential credential) { }
        public DataLakeServiceClient(System.Uri serviceUri, Azure.Core.TokenCredential credential, Azure.Storage.Files.DataLake.DataLakeClientOptions options) { }
        public DataLakeServiceClient(System.Uri serviceUri, Azure.Storage.Files.DataLake.DataLakeClientOptions options) { }
        public DataLakeServiceClient(System.Uri serviceUri, Azure.Storage.StorageSharedKeyCredential credential) { }
        public DataLakeServiceClient(System.Uri serviceUri, Azure.Storage.StorageSharedKeyCredential credential, Azure.Storage.Files.DataLake.DataLakeClientOptions options) { }

        public virtual string AccountName { get { throw null; } }
        public virtual System.Uri Uri { get { throw null; } }

        public virtual Azure.Storage.Files.DataLake.DataLakeFileSystemClient GetFileSystemClient(string fileSystemName) { throw null; }
    }
}

namespace Azure.Storage.Files.DataLake.Models
{
    public partial class DataLakeRequestConditions : Azure.RequestConditions
    {
        public DataLakeRequestConditions() { }
    }

    public partial class PathAccessControlItem
    {
        public PathAccessControlItem() { }
    }

    public partial class PathInfo
    {
        internal PathInfo() { }
    }
}

namespace Microsoft.Extensions.Azure
{
    public static partial class DataLakeClientBuilderExtensions
    {
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Storage.Files.DataLake.DataLakeServiceClient, global::Azure.Storage.Files.DataLake.DataLakeClientOptions> AddDataLakeServiceClient<TBuilder>(this TBuilder builder, System.Uri serviceUri) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilderWithCredential { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Storage.Files.DataLake.DataLakeServiceClient, global::Azure.Storage.Files.DataLake.DataLakeClientOptions> AddDataLakeServiceClient<TBuilder>(this TBuilder builder, System.Uri serviceUri, global::Azure.AzureSasCredential sasCredential) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilder { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Storage.Files.DataLake.DataLakeServiceClient, global::Azure.Storage.Files.DataLake.DataLakeClientOptions> AddDataLakeServiceClient<TBuilder>(this TBuilder builder, System.Uri serviceUri, global::Azure.Core.TokenCredential tokenCredential) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilderWithCredential { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Storage.Files.DataLake.DataLakeServiceClient, global::Azure.Storage.Files.DataLake.DataLakeClientOptions> AddDataLakeServiceClient<TBuilder>(this TBuilder builder, System.Uri serviceUri, global::Azure.Storage.StorageSharedKeyCredential sharedKeyCredential) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilder { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Storage.Files.DataLake.DataLakeServiceClient, global::Azure.Storage.Files.DataLake.DataLakeClientOptions> AddDataLakeServiceClient<TBuilder, TConfiguration>(this TBuilder builder, TConfiguration configuration) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilderWithConfiguration<TConfiguration> { throw null; }
    }
}
