// Stand-in for the public surface of the NuGet package Azure.Storage.Common.
// Follows sdk/storage/Azure.Storage.Common/api/Azure.Storage.Common.*.cs in Azure/azure-sdk-for-net.
// Declarations only: every member throws. See README.md.

namespace Azure.Storage
{
    public partial class StorageSharedKeyCredential
    {
        public StorageSharedKeyCredential(string accountName, string accountKey) { }

        public string AccountName { get { throw null; } }

        protected static string ComputeSasSignature(Azure.Storage.StorageSharedKeyCredential credential, string message) { throw null; }

        public void SetAccountKey(string accountKey) { }
    }
}
