// Stand-in for the public surface of the retired Azure Cosmos DB .NET SDK v2, NuGet package
// Microsoft.Azure.DocumentDB.Core 2.18.0, which is not to be used as a package here (Microsoft's own licence terms; the
// registry does not serve it). The newest published 2.x is 2.22.0 (2024-03-21); 2.18.0 is the newest version whose
// public API the reference documentation records member by member.
// Source: the API reference (ECMA XML) of Azure/azure-docs-sdk-dotnet, xml/Microsoft.Azure.Documents.Client/
// DocumentClient.xml at commit 6f5654c59dc0298fa8bbecb68cf0bda1747c19c3 (assembly versions 2.14.0.0 to 2.18.0.0; every
// constructor below is listed for 2.18.0.0), xml/Microsoft.Azure.Documents/IDocumentClient.xml, ConsistencyLevel.xml,
// and the ConnectionPolicy, ConnectionMode and Protocol pages of the same reference. The SDK's source was never
// published (Azure/azure-cosmos-dotnet-v2 holds samples and release notes only).
// Declared: every DocumentClient constructor that takes a key or resource token (string or SecureString, with and
// without JsonSerializerSettings or an HttpMessageHandler), a few properties, Dispose; ConnectionPolicy, ConnectionMode,
// Protocol, ConsistencyLevel; three members of IDocumentClient. Not declared: the permission-feed and resource-token
// dictionary constructors (they need Permission/Resource) and every data operation. Every body throws.

namespace Microsoft.Azure.Documents
{
    public enum ConsistencyLevel
    {
        Strong = 0,
        BoundedStaleness = 1,
        Session = 2,
        Eventual = 3,
        ConsistentPrefix = 4,
    }

    public partial interface IDocumentClient
    {
        System.Security.SecureString AuthKey { get; }
        Microsoft.Azure.Documents.Client.ConnectionPolicy ConnectionPolicy { get; }
        Microsoft.Azure.Documents.ConsistencyLevel ConsistencyLevel { get; }
    }
}

namespace Microsoft.Azure.Documents.Client
{
    public enum ConnectionMode
    {
        Gateway = 0,
        Direct = 1,
    }

    public enum Protocol
    {
        Https = 0,
        Tcp = 1,
    }

    public sealed partial class ConnectionPolicy
    {
        public ConnectionPolicy() { }
        public Microsoft.Azure.Documents.Client.ConnectionMode ConnectionMode { get { throw null; } set { } }
        public Microsoft.Azure.Documents.Client.Protocol ConnectionProtocol { get { throw null; } set { } }
        public static Microsoft.Azure.Documents.Client.ConnectionPolicy Default { get { throw null; } }
        public bool EnableEndpointDiscovery { get { throw null; } set { } }
    }

    public sealed partial class DocumentClient : System.IDisposable, Microsoft.Azure.Documents.IDocumentClient
    {
        public DocumentClient(System.Uri serviceEndpoint, System.Security.SecureString authKey, Microsoft.Azure.Documents.Client.ConnectionPolicy connectionPolicy = null, Microsoft.Azure.Documents.ConsistencyLevel? desiredConsistencyLevel = null) { }
        public DocumentClient(System.Uri serviceEndpoint, string authKeyOrResourceToken, Microsoft.Azure.Documents.Client.ConnectionPolicy connectionPolicy = null, Microsoft.Azure.Documents.ConsistencyLevel? desiredConsistencyLevel = null) { }
        [System.Obsolete("Please use the constructor that takes JsonSerializerSettings as the third parameter.")]
        public DocumentClient(System.Uri serviceEndpoint, System.Security.SecureString authKey, Microsoft.Azure.Documents.Client.ConnectionPolicy connectionPolicy, Microsoft.Azure.Documents.ConsistencyLevel? desiredConsistencyLevel, Newtonsoft.Json.JsonSerializerSettings serializerSettings) { }
        public DocumentClient(System.Uri serviceEndpoint, System.Security.SecureString authKey, Newtonsoft.Json.JsonSerializerSettings serializerSettings, Microsoft.Azure.Documents.Client.ConnectionPolicy connectionPolicy = null, Microsoft.Azure.Documents.ConsistencyLevel? desiredConsistencyLevel = null) { }
        [System.Obsolete("Please use the constructor that takes JsonSerializerSettings as the third parameter.")]
        public DocumentClient(System.Uri serviceEndpoint, string authKeyOrResourceToken, Microsoft.Azure.Documents.Client.ConnectionPolicy connectionPolicy, Microsoft.Azure.Documents.ConsistencyLevel? desiredConsistencyLevel, Newtonsoft.Json.JsonSerializerSettings serializerSettings) { }
        public DocumentClient(System.Uri serviceEndpoint, string authKeyOrResourceToken, Newtonsoft.Json.JsonSerializerSettings serializerSettings, Microsoft.Azure.Documents.Client.ConnectionPolicy connectionPolicy = null, Microsoft.Azure.Documents.ConsistencyLevel? desiredConsistencyLevel = null) { }
        public DocumentClient(System.Uri serviceEndpoint, string authKeyOrResourceToken, System.Net.Http.HttpMessageHandler handler, Microsoft.Azure.Documents.Client.ConnectionPolicy connectionPolicy = null, Microsoft.Azure.Documents.ConsistencyLevel? desiredConsistencyLevel = null) { }
        public System.Security.SecureString AuthKey { get { throw null; } }
        public Microsoft.Azure.Documents.Client.ConnectionPolicy ConnectionPolicy { get { throw null; } }
        public Microsoft.Azure.Documents.ConsistencyLevel ConsistencyLevel { get { throw null; } }
        public System.Uri ReadEndpoint { get { throw null; } }
        public System.Uri ServiceEndpoint { get { throw null; } }
        public System.Uri WriteEndpoint { get { throw null; } }
        public void Dispose() { }
    }
}
