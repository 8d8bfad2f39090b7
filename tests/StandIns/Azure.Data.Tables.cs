// Stand-in for the public surface of the NuGet package Azure.Data.Tables.
// Follows sdk/tables/Azure.Data.Tables/api/Azure.Data.Tables.net10.0.cs in Azure/azure-sdk-for-net
// (commit f5b0ac99c2d408e97f561c71d7ccd674508e0d72). Only a subset of members is declared; every declared
// member keeps the listing's exact name, parameter types, order, names, defaults and generic constraints.
// Every body throws. Note the parameter name "tokenCredential" (not "credential") on the token overloads,
// the TableClientOptions constructor parameter "serviceVersion", and that
// TableServiceClient(Uri, TableSharedKeyCredential, TableClientOptions options) has no default in this
// listing (older netstandard2.0 listings showed "options = null"). See README.md.

namespace Azure.Data.Tables
{
    public partial interface ITableEntity
    {
        Azure.ETag ETag { get; set; }
        string PartitionKey { get; set; }
        string RowKey { get; set; }
        System.DateTimeOffset? Timestamp { get; set; }
    }

    public partial class TableClient
    {
        protected TableClient() { }
        public TableClient(string connectionString, string tableName) { }
        public TableClient(string connectionString, string tableName, Azure.Data.Tables.TableClientOptions options = null) { }
        public TableClient(System.Uri endpoint, Azure.AzureSasCredential credential, Azure.Data.Tables.TableClientOptions options = null) { }
        public TableClient(System.Uri endpoint, Azure.Data.Tables.TableClientOptions options = null) { }
        public TableClient(System.Uri endpoint, string tableName, Azure.Core.TokenCredential tokenCredential, Azure.Data.Tables.TableClientOptions options = null) { }
        public TableClient(System.Uri endpoint, string tableName, Azure.Data.Tables.TableSharedKeyCredential credential) { }
        public TableClient(System.Uri endpoint, string tableName, Azure.Data.Tables.TableSharedKeyCredential credential, Azure.Data.Tables.TableClientOptions options = null) { }

        public virtual string AccountName { get { throw null; } }
        public virtual string Name { get { throw null; } }
        public virtual System.Uri Uri { get { throw null; } }

        public virtual System.Threading.Tasks.Task<Azure.Response> AddEntityAsync<T>(T entity, System.Threading.CancellationToken cancellationToken = default) where T : Azure.Data.Tables.ITableEntity { throw null; }
        public virtual Azure.Response AddEntity<T>(T entity, System.Threading.CancellationToken cancellationToken = default) where T : Azure.Data.Tables.ITableEntity { throw null; }
        public virtual Azure.Response<Azure.Data.Tables.Models.TableItem> Create(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response<Azure.Data.Tables.Models.TableItem>> CreateAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual Azure.Response<Azure.Data.Tables.Models.TableItem> CreateIfNotExists(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response<Azure.Data.Tables.Models.TableItem>> CreateIfNotExistsAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual Azure.Response Delete(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response> DeleteAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual Azure.Response DeleteEntity(Azure.Data.Tables.ITableEntity entity, Azure.ETag ifMatch = default, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual Azure.Response DeleteEntity(string partitionKey, string rowKey, Azure.ETag ifMatch = default, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response> DeleteEntityAsync(Azure.Data.Tables.ITableEntity entity, Azure.ETag ifMatch = default, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response> DeleteEntityAsync(string partitionKey, string rowKey, Azure.ETag ifMatch = default, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response<T>> GetEntityAsync<T>(string partitionKey, string rowKey, System.Collections.Generic.IEnumerable<string> select = null, System.Threading.CancellationToken cancellationToken = default) where T : class, Azure.Data.Tables.ITableEntity { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.NullableResponse<T>> GetEntityIfExistsAsync<T>(string partitionKey, string rowKey, System.Collections.Generic.IEnumerable<string> select = null, System.Threading.CancellationToken cancellationToken = default) where T : class, Azure.Data.Tables.ITableEntity { throw null; }
        public virtual Azure.NullableResponse<T> GetEntityIfExists<T>(string partitionKey, string rowKey, System.Collections.Generic.IEnumerable<string> select = null, System.Threading.CancellationToken cancellationToken = default) where T : class, Azure.Data.Tables.ITableEntity { throw null; }
        public virtual Azure.Response<T> GetEntity<T>(string partitionKey, string rowKey, System.Collections.Generic.IEnumerable<string> select = null, System.Threading.CancellationToken cancellationToken = default) where T : class, Azure.Data.Tables.ITableEntity { throw null; }
        public virtual Azure.AsyncPageable<T> QueryAsync<T>(System.Linq.Expressions.Expression<System.Func<T, bool>> filter, int? maxPerPage = default, System.Collections.Generic.IEnumerable<string> select = null, System.Threading.CancellationToken cancellationToken = default) where T : class, Azure.Data.Tables.ITableEntity { throw null; }
        public virtual Azure.AsyncPageable<T> QueryAsync<T>(string filter = null, int? maxPerPage = default, System.Collections.Generic.IEnumerable<string> select = null, System.Threading.CancellationToken cancellationToken = default) where T : class, Azure.Data.Tables.ITableEntity { throw null; }
        public virtual Azure.Pageable<T> Query<T>(System.Linq.Expressions.Expression<System.Func<T, bool>> filter, int? maxPerPage = default, System.Collections.Generic.IEnumerable<string> select = null, System.Threading.CancellationToken cancellationToken = default) where T : class, Azure.Data.Tables.ITableEntity { throw null; }
        public virtual Azure.Pageable<T> Query<T>(string filter = null, int? maxPerPage = default, System.Collections.Generic.IEnumerable<string> select = null, System.Threading.CancellationToken cancellationToken = default) where T : class, Azure.Data.Tables.ITableEntity { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response> UpdateEntityAsync<T>(T entity, Azure.ETag ifMatch, Azure.Data.Tables.TableUpdateMode mode = Azure.Data.Tables.TableUpdateMode.Merge, System.Threading.CancellationToken cancellationToken = default) where T : Azure.Data.Tables.ITableEntity { throw null; }
        public virtual Azure.Response UpdateEntity<T>(T entity, Azure.ETag ifMatch, Azure.Data.Tables.TableUpdateMode mode = Azure.Data.Tables.TableUpdateMode.Merge, System.Threading.CancellationToken cancellationToken = default) where T : Azure.Data.Tables.ITableEntity { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response> UpsertEntityAsync<T>(T entity, Azure.Data.Tables.TableUpdateMode mode = Azure.Data.Tables.TableUpdateMode.Merge, System.Threading.CancellationToken cancellationToken = default) where T : Azure.Data.Tables.ITableEntity { throw null; }
        public virtual Azure.Response UpsertEntity<T>(T entity, Azure.Data.Tables.TableUpdateMode mode = Azure.Data.Tables.TableUpdateMode.Merge, System.Threading.CancellationToken cancellationToken = default) where T : Azure.Data.Tables.ITableEntity { throw null; }
    }

    public partial class TableClientOptions : Azure.Core.ClientOptions
    {
        public TableClientOptions(Azure.Data.Tables.TableClientOptions.ServiceVersion serviceVersion = Azure.Data.Tables.TableClientOptions.ServiceVersion.V2020_12_06) { }

        public bool EnableTenantDiscovery { get { throw null; } set { } }

        public enum ServiceVersion
        {
            V2019_02_02 = 1,
            V2020_12_06 = 2,
        }
    }

    public sealed partial class TableEntity : Azure.Data.Tables.ITableEntity, System.Collections.Generic.ICollection<System.Collections.Generic.KeyValuePair<string, object>>, System.Collections.Generic.IDictionary<string, object>, System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, object>>, System.Collections.IEnumerable
    {
        public TableEntity() { }
        public TableEntity(System.Collections.Generic.IDictionary<string, object> values) { }
        public TableEntity(string partitionKey, string rowKey) { }

        public int Count { get { throw null; } }
        public Azure.ETag ETag { get { throw null; } set { } }
        public object this[string key] { get { throw null; } set { } }
        public System.Collections.Generic.ICollection<string> Keys { get { throw null; } }
        public string PartitionKey { get { throw null; } set { } }
        public string RowKey { get { throw null; } set { } }
        bool System.Collections.Generic.ICollection<System.Collections.Generic.KeyValuePair<string, object>>.IsReadOnly { get { throw null; } }
        System.Collections.Generic.ICollection<object> System.Collections.Generic.IDictionary<string, object>.Values { get { throw null; } }
        public System.DateTimeOffset? Timestamp { get { throw null; } set { } }

        public void Add(string key, object value) { }
        public void Clear() { }
        public bool ContainsKey(string key) { throw null; }
        public byte[] GetBinary(string key) { throw null; }
        public System.BinaryData GetBinaryData(string key) { throw null; }
        public bool? GetBoolean(string key) { throw null; }
        public System.DateTime? GetDateTime(string key) { throw null; }
        public System.DateTimeOffset? GetDateTimeOffset(string key) { throw null; }
        public double? GetDouble(string key) { throw null; }
        public System.Guid? GetGuid(string key) { throw null; }
        public int? GetInt32(string key) { throw null; }
        public long? GetInt64(string key) { throw null; }
        public string GetString(string key) { throw null; }
        public bool Remove(string key) { throw null; }
        void System.Collections.Generic.ICollection<System.Collections.Generic.KeyValuePair<string, object>>.Add(System.Collections.Generic.KeyValuePair<string, object> item) { }
        bool System.Collections.Generic.ICollection<System.Collections.Generic.KeyValuePair<string, object>>.Contains(System.Collections.Generic.KeyValuePair<string, object> item) { throw null; }
        void System.Collections.Generic.ICollection<System.Collections.Generic.KeyValuePair<string, object>>.CopyTo(System.Collections.Generic.KeyValuePair<string, object>[] array, int arrayIndex) { }
        bool System.Collections.Generic.ICollection<System.Collections.Generic.KeyValuePair<string, object>>.Remove(System.Collections.Generic.KeyValuePair<string, object> item) { throw null; }
        System.Collections.Generic.IEnumerator<System.Collections.Generic.KeyValuePair<string, object>> System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, object>>.GetEnumerator() { throw null; }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() { throw null; }
        public bool TryGetValue(string key, out object value) { throw null; }
    }

    public partial class TableServiceClient
    {
        protected TableServiceClient() { }
        public TableServiceClient(string connectionString) { }
        public TableServiceClient(string connectionString, Azure.Data.Tables.TableClientOptions options = null) { }
        public TableServiceClient(System.Uri endpoint, Azure.AzureSasCredential credential) { }
        public TableServiceClient(System.Uri endpoint, Azure.AzureSasCredential credential, Azure.Data.Tables.TableClientOptions options = null) { }
        public TableServiceClient(System.Uri endpoint, Azure.Core.TokenCredential tokenCredential, Azure.Data.Tables.TableClientOptions options = null) { }
        public TableServiceClient(System.Uri endpoint, Azure.Data.Tables.TableClientOptions options = null) { }
        public TableServiceClient(System.Uri endpoint, Azure.Data.Tables.TableSharedKeyCredential credential) { }
        public TableServiceClient(System.Uri endpoint, Azure.Data.Tables.TableSharedKeyCredential credential, Azure.Data.Tables.TableClientOptions options) { }

        public virtual string AccountName { get { throw null; } }
        public virtual System.Uri Uri { get { throw null; } }

        public virtual Azure.Response<Azure.Data.Tables.Models.TableItem> CreateTable(string tableName, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response<Azure.Data.Tables.Models.TableItem>> CreateTableAsync(string tableName, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual Azure.Response<Azure.Data.Tables.Models.TableItem> CreateTableIfNotExists(string tableName, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response<Azure.Data.Tables.Models.TableItem>> CreateTableIfNotExistsAsync(string tableName, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual Azure.Response DeleteTable(string tableName, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual System.Threading.Tasks.Task<Azure.Response> DeleteTableAsync(string tableName, System.Threading.CancellationToken cancellationToken = default) { throw null; }
        public virtual Azure.Data.Tables.TableClient GetTableClient(string tableName) { throw null; }
    }

    public partial class TableSharedKeyCredential
    {
        public TableSharedKeyCredential(string accountName, string accountKey) { }

        public string AccountName { get { throw null; } }

        public void SetAccountKey(string accountKey) { }
    }

    public enum TableUpdateMode
    {
        Merge = 0,
        Replace = 1,
    }
}

namespace Azure.Data.Tables.Models
{
    public partial class TableItem
    {
        public TableItem(string name) { }
        public string Name { get { throw null; } }
    }
}

namespace Microsoft.Extensions.Azure
{
    public static partial class TableClientBuilderExtensions
    {
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Data.Tables.TableServiceClient, global::Azure.Data.Tables.TableClientOptions> AddTableServiceClient<TBuilder>(this TBuilder builder, string connectionString) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilder { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Data.Tables.TableServiceClient, global::Azure.Data.Tables.TableClientOptions> AddTableServiceClient<TBuilder>(this TBuilder builder, System.Uri serviceUri) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilderWithCredential { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Data.Tables.TableServiceClient, global::Azure.Data.Tables.TableClientOptions> AddTableServiceClient<TBuilder>(this TBuilder builder, System.Uri serviceUri, global::Azure.Data.Tables.TableSharedKeyCredential sharedKeyCredential) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilder { throw null; }
        public static global::Azure.Core.Extensions.IAzureClientBuilder<global::Azure.Data.Tables.TableServiceClient, global::Azure.Data.Tables.TableClientOptions> AddTableServiceClient<TBuilder, TConfiguration>(this TBuilder builder, TConfiguration configuration) where TBuilder : global::Azure.Core.Extensions.IAzureClientFactoryBuilderWithConfiguration<TConfiguration> { throw null; }
    }
}
