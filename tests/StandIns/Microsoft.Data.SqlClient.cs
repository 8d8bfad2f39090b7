// Stand-in for the public surface of the NuGet package Microsoft.Data.SqlClient.
// Follows the reference assembly source src/Microsoft.Data.SqlClient/netcore/ref/Microsoft.Data.SqlClient.cs in
// dotnet/SqlClient (SqlConnection, SqlConnectionStringBuilder, SqlCommand, SqlCredential,
// SqlAuthenticationParameters, SqlAuthenticationToken) and the current SqlAuthenticationMethod.cs source of the
// same repository (member names, values and the [Obsolete] on ActiveDirectoryPassword). Package metadata of
// Microsoft.Data.SqlClient 6.1.5 gives the same three SqlConnection constructors (see migrations.md §18).
// Only a subset of members is declared; every body throws. Not declared: SqlParameterCollection,
// SqlDataReader, SqlTransaction and the typed "new" overloads that return them (the DbCommand/DbConnection
// base members are available instead). See README.md.

namespace Microsoft.Data.SqlClient
{
    public enum SqlAuthenticationMethod
    {
        NotSpecified = 0,
        SqlPassword = 1,
        [System.Obsolete("ActiveDirectoryPassword is deprecated, use a more secure authentication method. See https://aka.ms/SqlClientEntraIDAuthentication for more details.")]
        ActiveDirectoryPassword = 2,
        ActiveDirectoryIntegrated = 3,
        ActiveDirectoryInteractive = 4,
        ActiveDirectoryServicePrincipal = 5,
        ActiveDirectoryDeviceCodeFlow = 6,
        ActiveDirectoryManagedIdentity = 7,
        ActiveDirectoryMSI = 8,
        ActiveDirectoryDefault = 9,
        ActiveDirectoryWorkloadIdentity = 10,
    }

    public class SqlAuthenticationParameters
    {
        protected SqlAuthenticationParameters(Microsoft.Data.SqlClient.SqlAuthenticationMethod authenticationMethod, string serverName, string databaseName, string resource, string authority, string userId, string password, System.Guid connectionId, int connectionTimeout) { }

        public Microsoft.Data.SqlClient.SqlAuthenticationMethod AuthenticationMethod { get { throw null; } }
        public string Authority { get { throw null; } }
        public System.Guid ConnectionId { get { throw null; } }
        public int ConnectionTimeout { get { throw null; } }
        public string DatabaseName { get { throw null; } }
        public string Password { get { throw null; } }
        public string Resource { get { throw null; } }
        public string ServerName { get { throw null; } }
        public string UserId { get { throw null; } }
    }

    public class SqlAuthenticationToken
    {
        public SqlAuthenticationToken(string accessToken, System.DateTimeOffset expiresOn) { }

        public string AccessToken { get { throw null; } }
        public System.DateTimeOffset ExpiresOn { get { throw null; } }
    }

    public sealed partial class SqlCommand : System.Data.Common.DbCommand, System.ICloneable
    {
        public SqlCommand() { }
        public SqlCommand(string cmdText) { }
        public SqlCommand(string cmdText, Microsoft.Data.SqlClient.SqlConnection connection) { }

        public override string CommandText { get { throw null; } set { } }
        public override int CommandTimeout { get { throw null; } set { } }
        public override System.Data.CommandType CommandType { get { throw null; } set { } }
        public new Microsoft.Data.SqlClient.SqlConnection Connection { get { throw null; } set { } }
        protected override System.Data.Common.DbConnection DbConnection { get { throw null; } set { } }
        protected override System.Data.Common.DbParameterCollection DbParameterCollection { get { throw null; } }
        protected override System.Data.Common.DbTransaction DbTransaction { get { throw null; } set { } }
        public override bool DesignTimeVisible { get { throw null; } set { } }
        public override System.Data.UpdateRowSource UpdatedRowSource { get { throw null; } set { } }

        public override void Cancel() { }
        object System.ICloneable.Clone() { throw null; }
        protected override System.Data.Common.DbParameter CreateDbParameter() { throw null; }
        protected override System.Data.Common.DbDataReader ExecuteDbDataReader(System.Data.CommandBehavior behavior) { throw null; }
        public override int ExecuteNonQuery() { throw null; }
        public override object ExecuteScalar() { throw null; }
        public override void Prepare() { }
    }

    [System.ComponentModel.DefaultEvent("InfoMessage")]
    public sealed partial class SqlConnection : System.Data.Common.DbConnection, System.ICloneable
    {
        public SqlConnection() { }
        public SqlConnection(string connectionString) { }
        public SqlConnection(string connectionString, Microsoft.Data.SqlClient.SqlCredential credential) { }

        public string AccessToken { get { throw null; } set { } }
        public System.Func<Microsoft.Data.SqlClient.SqlAuthenticationParameters, System.Threading.CancellationToken, System.Threading.Tasks.Task<Microsoft.Data.SqlClient.SqlAuthenticationToken>> AccessTokenCallback { get { throw null; } set { } }
        public System.Guid ClientConnectionId { get { throw null; } }
        public override string ConnectionString { get { throw null; } set { } }
        public override int ConnectionTimeout { get { throw null; } }
        public Microsoft.Data.SqlClient.SqlCredential Credential { get { throw null; } set { } }
        public override string Database { get { throw null; } }
        public override string DataSource { get { throw null; } }
        public override string ServerVersion { get { throw null; } }
        public override System.Data.ConnectionState State { get { throw null; } }

        protected override System.Data.Common.DbTransaction BeginDbTransaction(System.Data.IsolationLevel isolationLevel) { throw null; }
        public override void ChangeDatabase(string database) { }
        object System.ICloneable.Clone() { throw null; }
        public override void Close() { }
        public new Microsoft.Data.SqlClient.SqlCommand CreateCommand() { throw null; }
        protected override System.Data.Common.DbCommand CreateDbCommand() { throw null; }
        public override void Open() { }
        public override System.Threading.Tasks.Task OpenAsync(System.Threading.CancellationToken cancellationToken) { throw null; }
    }

    public sealed partial class SqlConnectionStringBuilder : System.Data.Common.DbConnectionStringBuilder
    {
        public SqlConnectionStringBuilder() { }
        public SqlConnectionStringBuilder(string connectionString) { }

        public string ApplicationName { get { throw null; } set { } }
        public Microsoft.Data.SqlClient.SqlAuthenticationMethod Authentication { get { throw null; } set { } }
        public int ConnectTimeout { get { throw null; } set { } }
        public string DataSource { get { throw null; } set { } }
        public string InitialCatalog { get { throw null; } set { } }
        public bool IntegratedSecurity { get { throw null; } set { } }
        public bool MultipleActiveResultSets { get { throw null; } set { } }
        public string Password { get { throw null; } set { } }
        public bool PersistSecurityInfo { get { throw null; } set { } }
        public bool TrustServerCertificate { get { throw null; } set { } }
        public string UserID { get { throw null; } set { } }
    }

    public sealed partial class SqlCredential
    {
        public SqlCredential(string userId, System.Security.SecureString password) { }

        public System.Security.SecureString Password { get { throw null; } }
        public string UserId { get { throw null; } }
    }
}
