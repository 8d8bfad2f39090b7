// Stand-in for the public surface of the NuGet package System.Data.SqlClient (the legacy SQL Server provider, in
// maintenance). Follows the reference assembly source src/libraries/System.Data.SqlClient/ref/System.Data.SqlClient.cs
// of dotnet/corefx (release/3.1): SqlConnection, SqlConnectionStringBuilder and SqlCredential. Only a subset of members
// is declared; every body throws. Unlike Microsoft.Data.SqlClient it has no SqlAuthenticationMethod with the
// "Active Directory Default / Managed Identity" modes: that is why SL1003 offers no fix for it. See README.md.

namespace System.Data.SqlClient
{
    public sealed partial class SqlConnection : System.Data.Common.DbConnection, System.ICloneable
    {
        public SqlConnection() { }
        public SqlConnection(string connectionString) { }
        public SqlConnection(string connectionString, System.Data.SqlClient.SqlCredential credential) { }

        public string AccessToken { get { throw null; } set { } }
        public override string ConnectionString { get { throw null; } set { } }
        public override string Database { get { throw null; } }
        public override string DataSource { get { throw null; } }
        public override string ServerVersion { get { throw null; } }
        public override System.Data.ConnectionState State { get { throw null; } }

        protected override System.Data.Common.DbTransaction BeginDbTransaction(System.Data.IsolationLevel isolationLevel) { throw null; }
        public override void ChangeDatabase(string database) { }
        object System.ICloneable.Clone() { throw null; }
        public override void Close() { }
        protected override System.Data.Common.DbCommand CreateDbCommand() { throw null; }
        public override void Open() { }
    }

    public sealed partial class SqlConnectionStringBuilder : System.Data.Common.DbConnectionStringBuilder
    {
        public SqlConnectionStringBuilder() { }
        public SqlConnectionStringBuilder(string connectionString) { }

        public string DataSource { get { throw null; } set { } }
        public string InitialCatalog { get { throw null; } set { } }
        public bool IntegratedSecurity { get { throw null; } set { } }
        public string Password { get { throw null; } set { } }
        public string UserID { get { throw null; } set { } }
    }

    public sealed partial class SqlCredential
    {
        public SqlCredential(string userId, System.Security.SecureString password) { }

        public System.Security.SecureString Password { get { throw null; } }
        public string UserId { get { throw null; } }
    }
}
