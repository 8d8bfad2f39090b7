// Stand-in for the public surface of the NuGet package Azure.Storage.Files.Shares.
// Follows sdk/storage/Azure.Storage.Files.Shares/api/Azure.Storage.Files.Shares.net10.0.cs in
// Azure/azure-sdk-for-net (commit 01d8f0bbd97aa5b96ee85924dea2c64d86580640). Only a subset of members is
// declared; every declared member keeps the listing's exact name, parameter types, order, names and defaults.
// Every body throws, except the ShareTokenIntent value type, which stores its string. See README.md.

namespace Azure.Storage.Files.Shares
{
    public partial class ShareClient
    {
        protected ShareClient() { }
        public ShareClient(string connectionString, string shareName) { }
        public ShareClient(string connectionString, string shareName, Azure.Storage.Files.Shares.ShareClientOptions options) { }
        public ShareClient(System.Uri shareUri, Azure.AzureSasCredential credential, Azure.Storage.Files.Shares.ShareClientOptions options = null) { }
        public ShareClient(System.Uri shareUri, Azure.Core.TokenCredential credential, Azure.Storage.Files.Shares.ShareClientOptions options = null) { }
        public ShareClient(System.Uri shareUri, Azure.Storage.Files.Shares.ShareClientOptions options = null) { }
        public ShareClient(System.Uri shareUri, Azure.Storage.StorageSharedKeyCredential credential, Azure.Storage.Files.Shares.ShareClientOptions options = null) { }

        public virtual string AccountName { get { throw null; } }
        public virtual bool CanGenerateSasUri { get { throw null; } }
        public virtual string Name { get { throw null; } }
        public virtual System.Uri Uri { get { throw null; } }

        public virtual Azure.Response<Azure.Storage.Files.Shares.Models.ShareInfo> CreateIfNotExists(Azure.Storage.Files.Shares.Models.ShareCreateOptions options = null, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual Azure.Response<Azure.Storage.Files.Shares.Models.ShareInfo> CreateIfNotExists(System.Collections.Generic.IDictionary<string, string> metadata, int? quotaInGB, System.Threading.CancellationToken cancellationToken) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response<Azure.Storage.Files.Shares.Models.ShareInfo>> CreateIfNotExistsAsync(Azure.Storage.Files.Shares.Models.ShareCreateOptions options = null, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response<Azure.Storage.Files.Shares.Models.ShareInfo>> CreateIfNotExistsAsync(System.Collections.Generic.IDictionary<string, string> metadata, int? quotaInGB, System.Threading.CancellationToken cancellationToken) { throw null; }
        public virtual Azure.Response<bool> Exists(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response<bool>> ExistsAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual Azure.Storage.Files.Shares.ShareDirectoryClient GetDirectoryClient(string directoryName) { throw null; }
        public virtual Azure.Storage.Files.Shares.ShareDirectoryClient GetRootDirectoryClient() { throw null; }
    }

    public partial class ShareClientOptions : Azure.Core.ClientOptions
    {
        public ShareClientOptions(Azure.Storage.Files.Shares.ShareClientOptions.ServiceVersion version = Azure.Storage.Files.Shares.ShareClientOptions.ServiceVersion.V2026_04_06) { }

        public bool? AllowSourceTrailingDot { get { throw null; } set { } }
        public bool? AllowTrailingDot { get { throw null; } set { } }
        public Azure.Storage.Files.Shares.Models.ShareTokenIntent? ShareTokenIntent { get { throw null; } set { } }
        public Azure.Storage.Files.Shares.ShareClientOptions.ServiceVersion Version { get { throw null; } }

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
        }
    }

    public partial class ShareDirectoryClient
    {
        protected ShareDirectoryClient() { }
        public ShareDirectoryClient(string connectionString, string shareName, string directoryPath) { }
        public ShareDirectoryClient(string connectionString, string shareName, string directoryPath, Azure.Storage.Files.Shares.ShareClientOptions options) { }
        public ShareDirectoryClient(System.Uri directoryUri, Azure.AzureSasCredential credential, Azure.Storage.Files.Shares.ShareClientOptions options = null) { }
        public ShareDirectoryClient(System.Uri directoryUri, Azure.Core.TokenCredential credential, Azure.Storage.Files.Shares.ShareClientOptions options = null) { }
        public ShareDirectoryClient(System.Uri directoryUri, Azure.Storage.Files.Shares.ShareClientOptions options = null) { }
        public ShareDirectoryClient(System.Uri directoryUri, Azure.Storage.StorageSharedKeyCredential credential, Azure.Storage.Files.Shares.ShareClientOptions options = null) { }

        public virtual string AccountName { get { throw null; } }
        public virtual string Name { get { throw null; } }
        public virtual string Path { get { throw null; } }
        public virtual string ShareName { get { throw null; } }
        public virtual System.Uri Uri { get { throw null; } }

        public virtual Azure.Storage.Files.Shares.ShareFileClient GetFileClient(string fileName) { throw null; }
        public virtual Azure.Storage.Files.Shares.ShareDirectoryClient GetSubdirectoryClient(string subdirectoryName) { throw null; }
    }

    public partial class ShareFileClient
    {
        protected ShareFileClient() { }
        public ShareFileClient(string connectionString, string shareName, string filePath) { }
        public ShareFileClient(string connectionString, string shareName, string filePath, Azure.Storage.Files.Shares.ShareClientOptions options) { }
        public ShareFileClient(System.Uri fileUri, Azure.AzureSasCredential credential, Azure.Storage.Files.Shares.ShareClientOptions options = null) { }
        public ShareFileClient(System.Uri fileUri, Azure.Core.TokenCredential credential, Azure.Storage.Files.Shares.ShareClientOptions options = null) { }
        public ShareFileClient(System.Uri fileUri, Azure.Storage.Files.Shares.ShareClientOptions options = null) { }
        public ShareFileClient(System.Uri fileUri, Azure.Storage.StorageSharedKeyCredential credential, Azure.Storage.Files.Shares.ShareClientOptions options = null) { }

        public virtual string AccountName { get { throw null; } }
        public virtual string Name { get { throw null; } }
        public virtual string Path { get { throw null; } }
        public virtual string ShareName { get { throw null; } }
        public virtual System.Uri Uri { get { throw null; } }
    }

    public partial class ShareServiceClient
    {
        protected ShareServiceClient() { }
        public ShareServiceClient(string connectionString) { }
        public ShareServiceClient(string connectionString, Azure.Storage.Files.Shares.ShareClientOptions options) { }
        public ShareServiceClient(System.Uri serviceUri, Azure.AzureSasCredential credential, Azure.Storage.Files.Shares.ShareClientOptions options = null) { }
        public ShareServiceClient(System.Uri serviceUri, Azure.Core.TokenCredential credential, Azure.Storage.Files.Shares.ShareClientOptions options = null) { }
        public ShareServiceClient(System.Uri serviceUri, Azure.Storage.Files.Shares.ShareClientOptions options = null) { }
        public ShareServiceClient(System.Uri serviceUri, Azure.Storage.StorageSharedKeyCredential credential, Azure.Storage.Files.Shares.ShareClientOptions options = null) { }

        public virtual string AccountName { get { throw null; } }
        public virtual bool CanGenerateAccountSasUri { get { throw null; } }
        public virtual System.Uri Uri { get { throw null; } }

        public virtual Azure.Storage.Files.Shares.ShareClient GetShareClient(string shareName) { throw null; }
    }
}

namespace Azure.Storage.Files.Shares.Models
{
    public partial class ShareCreateOptions
    {
        public ShareCreateOptions() { }
        public System.Collections.Generic.IDictionary<string, string> Metadata { get { throw null; } set { } }
        public int? QuotaInGB { get { throw null; } set { } }
    }

    public partial class ShareInfo
    {
        internal ShareInfo() { }
        public Azure.ETag ETag { get { throw null; } }
        public System.DateTimeOffset LastModified { get { throw null; } }
    }

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    public readonly partial struct ShareTokenIntent : System.IEquatable<Azure.Storage.Files.Shares.Models.ShareTokenIntent>
    {
        private readonly string _value;

        public ShareTokenIntent(string value) { _value = value ?? throw new System.ArgumentNullException(nameof(value)); }

        public static Azure.Storage.Files.Shares.Models.ShareTokenIntent Backup { get { return new Azure.Storage.Files.Shares.Models.ShareTokenIntent("backup"); } }

        public bool Equals(Azure.Storage.Files.Shares.Models.ShareTokenIntent other) { return string.Equals(_value, other._value, System.StringComparison.InvariantCultureIgnoreCase); }
        public override bool Equals(object obj) { return obj is Azure.Storage.Files.Shares.Models.ShareTokenIntent other && Equals(other); }
        public override int GetHashCode() { return _value == null ? 0 : System.StringComparer.InvariantCultureIgnoreCase.GetHashCode(_value); }
        public static bool operator ==(Azure.Storage.Files.Shares.Models.ShareTokenIntent left, Azure.Storage.Files.Shares.Models.ShareTokenIntent right) { return left.Equals(right); }
        public static implicit operator Azure.Storage.Files.Shares.Models.ShareTokenIntent(string value) { return new Azure.Storage.Files.Shares.Models.ShareTokenIntent(value); }
        public static bool operator !=(Azure.Storage.Files.Shares.Models.ShareTokenIntent left, Azure.Storage.Files.Shares.Models.ShareTokenIntent right) { return !left.Equals(right); }
        public override string ToString() { return _value; }
    }
}

namespace Microsoft.Extensions.Azure
{
    public static partial class ShareClientBuilderExtensions
    {
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Storage.Files.Shares.ShareServiceClient, global::Azure.Storage.Files.Shares.ShareClientOptions> AddFileServiceClientWithCredential<TBuilder>(this TBuilder builder, System.Uri serviceUri) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilderWithCredential { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Storage.Files.Shares.ShareServiceClient, global::Azure.Storage.Files.Shares.ShareClientOptions> AddFileServiceClient<TBuilder>(this TBuilder builder, string connectionString) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilder { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Storage.Files.Shares.ShareServiceClient, global::Azure.Storage.Files.Shares.ShareClientOptions> AddFileServiceClient<TBuilder>(this TBuilder builder, System.Uri serviceUri) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilder { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Storage.Files.Shares.ShareServiceClient, global::Azure.Storage.Files.Shares.ShareClientOptions> AddFileServiceClient<TBuilder>(this TBuilder builder, System.Uri serviceUri, global::Azure.Storage.StorageSharedKeyCredential sharedKeyCredential) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilder { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Storage.Files.Shares.ShareServiceClient, global::Azure.Storage.Files.Shares.ShareClientOptions> AddFileServiceClient<TBuilder, TConfiguration>(this TBuilder builder, TConfiguration configuration) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilderWithConfiguration<TConfiguration> { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Storage.Files.Shares.ShareServiceClient, global::Azure.Storage.Files.Shares.ShareClientOptions> AddShareServiceClient<TBuilder>(this TBuilder builder, System.Uri serviceUri, global::Azure.AzureSasCredential sasCredential) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilder { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Storage.Files.Shares.ShareServiceClient, global::Azure.Storage.Files.Shares.ShareClientOptions> AddShareServiceClient<TBuilder>(this TBuilder builder, System.Uri serviceUri, global::Azure.Core.TokenCredential tokenCredential) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilderWithCredential { throw null; }
    }
}
