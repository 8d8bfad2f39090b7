// Stand-in for the public surface of the NuGet package MySqlConnector. Follows the sources of mysql-net/MySqlConnector
// (src/MySqlConnector/MySqlConnection.cs, MySqlConnectionStringBuilder.cs, MySqlDataSource.cs,
// MySqlDataSourceBuilder.cs, MySqlProvidePasswordContext.cs) as of version 2.4: names, parameter types, order, names
// and defaults. Only a subset of members is declared; every body throws. Deliberate difference: MySqlDataSource
// derives from DbDataSource only on .NET 7+; this netstandard2.0 stand-in derives from object. See README.md.

namespace MySqlConnector
{
    public sealed partial class MySqlConnection : System.Data.Common.DbConnection, System.ICloneable
    {
        public MySqlConnection() { }
        public MySqlConnection(string connectionString) { }

        public override string ConnectionString { get { throw null; } set { } }
        public override string Database { get { throw null; } }
        public override string DataSource { get { throw null; } }
        public override string ServerVersion { get { throw null; } }
        public override System.Data.ConnectionState State { get { throw null; } }

        protected override System.Data.Common.DbTransaction BeginDbTransaction(System.Data.IsolationLevel isolationLevel) { throw null; }
        public override void ChangeDatabase(string databaseName) { }
        object System.ICloneable.Clone() { throw null; }
        public override void Close() { }
        protected override System.Data.Common.DbCommand CreateDbCommand() { throw null; }
        public override void Open() { }
    }

    public sealed partial class MySqlConnectionStringBuilder : System.Data.Common.DbConnectionStringBuilder
    {
        public MySqlConnectionStringBuilder() { }
        public MySqlConnectionStringBuilder(string connectionString) { }

        public string Database { get { throw null; } set { } }
        public string Password { get { throw null; } set { } }
        public string Server { get { throw null; } set { } }
        public string UserID { get { throw null; } set { } }
    }

    public sealed partial class MySqlDataSource : System.IDisposable
    {
        public MySqlDataSource(string connectionString) { }

        public string ConnectionString { get { throw null; } }

        public MySqlConnector.MySqlConnection CreateConnection() { throw null; }
        public void Dispose() { }
        public MySqlConnector.MySqlConnection OpenConnection() { throw null; }
        public System.Threading.Tasks.ValueTask<MySqlConnector.MySqlConnection> OpenConnectionAsync(System.Threading.CancellationToken cancellationToken = default) { throw null; }
    }

    public sealed partial class MySqlDataSourceBuilder
    {
        public MySqlDataSourceBuilder(string connectionString = null) { }

        public MySqlConnector.MySqlConnectionStringBuilder ConnectionStringBuilder { get { throw null; } }

        public MySqlConnector.MySqlDataSource Build() { throw null; }
        public MySqlConnector.MySqlDataSourceBuilder UsePeriodicPasswordProvider(System.Func<MySqlConnector.MySqlProvidePasswordContext, System.Threading.CancellationToken, System.Threading.Tasks.ValueTask<string>> passwordProvider, System.TimeSpan successRefreshInterval, System.TimeSpan failureRefreshInterval) { throw null; }
    }

    public sealed partial class MySqlProvidePasswordContext
    {
        internal MySqlProvidePasswordContext() { }

        public string Database { get { throw null; } }
        public string Host { get { throw null; } }
        public int Port { get { throw null; } }
        public string UserId { get { throw null; } }
    }
}
