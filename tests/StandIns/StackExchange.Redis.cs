// Stand-in for the public surface of the NuGet package StackExchange.Redis 2.x. Follows src/StackExchange.Redis/
// PublicAPI/PublicAPI.Shipped.txt of StackExchange/StackExchange.Redis: ConnectionMultiplexer.Connect/ConnectAsync (all
// three overloads each, so overload resolution matches the real package) and ConfigurationOptions.Parse. Only a subset
// of members is declared; every body throws. IDatabase is declared without members. See README.md.

namespace StackExchange.Redis
{
    public sealed partial class ConfigurationOptions : System.ICloneable
    {
        public ConfigurationOptions() { }

        public bool AbortOnConnectFail { get { throw null; } set { } }
        public string Password { get { throw null; } set { } }
        public bool Ssl { get { throw null; } set { } }
        public string User { get { throw null; } set { } }

        public object Clone() { throw null; }
        public static StackExchange.Redis.ConfigurationOptions Parse(string configuration) { throw null; }
        public static StackExchange.Redis.ConfigurationOptions Parse(string configuration, bool ignoreUnknown) { throw null; }
        public override string ToString() { throw null; }
    }

    public sealed partial class ConnectionMultiplexer : System.IDisposable
    {
        internal ConnectionMultiplexer() { }

        public static StackExchange.Redis.ConnectionMultiplexer Connect(StackExchange.Redis.ConfigurationOptions configuration, System.IO.TextWriter log = null) { throw null; }
        public static StackExchange.Redis.ConnectionMultiplexer Connect(string configuration, System.Action<StackExchange.Redis.ConfigurationOptions> configure, System.IO.TextWriter log = null) { throw null; }
        public static StackExchange.Redis.ConnectionMultiplexer Connect(string configuration, System.IO.TextWriter log = null) { throw null; }
        public static System.Threading.Tasks.Task<StackExchange.Redis.ConnectionMultiplexer> ConnectAsync(StackExchange.Redis.ConfigurationOptions configuration, System.IO.TextWriter log = null) { throw null; }
        public static System.Threading.Tasks.Task<StackExchange.Redis.ConnectionMultiplexer> ConnectAsync(string configuration, System.Action<StackExchange.Redis.ConfigurationOptions> configure, System.IO.TextWriter log = null) { throw null; }
        public static System.Threading.Tasks.Task<StackExchange.Redis.ConnectionMultiplexer> ConnectAsync(string configuration, System.IO.TextWriter log = null) { throw null; }
        public void Dispose() { }
        public StackExchange.Redis.IDatabase GetDatabase(int db = -1, object asyncState = null) { throw null; }
    }

    public partial interface IDatabase
    {
    }
}
