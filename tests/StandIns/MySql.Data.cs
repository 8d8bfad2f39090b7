// Stand-in for the public surface of the NuGet package MySql.Data (Oracle's MySQL connector), namespace
// MySql.Data.MySqlClient: MySqlConnection and MySqlConnectionStringBuilder as in its reference documentation. It has
// no token or password-provider hook, which is why SL1003 offers no fix for it. Only a subset of members is
// declared; every body throws. See README.md.

namespace MySql.Data.MySqlClient
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
        public MySqlConnectionStringBuilder(string connStr) { }

        public string Database { get { throw null; } set { } }
        public string Password { get { throw null; } set { } }
        public string Server { get { throw null; } set { } }
        public string UserID { get { throw null; } set { } }
    }
}
