using System.Text;
using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Databases
{
    /// <summary>Where a database server runs, which decides the passwordless alternative.</summary>
    public enum DatabaseHostKind
    {
        OnPremises,
        AzureSql,
        AzurePostgreSql,
        AzureMySql,
    }

    /// <summary>A database password found in a connection string (or given to a connection-string builder).</summary>
    /// <param name="Password">The secret itself: only ever shown through <see cref="SecretRedaction"/>.</param>
    /// <param name="Server">The host name of the server, without protocol prefix, port or instance.</param>
    /// <param name="IsServicePrincipal"><c>Authentication=Active Directory Service Principal</c>: the password is an Entra client secret.</param>
    public sealed record DatabaseSecret(string Password, string? Server, string? Database, DatabaseHostKind HostKind, bool IsServicePrincipal)
    {
        public string KindDisplayName => IsServicePrincipal ? "Client secret (Active Directory Service Principal)" : "Password";

        /// <summary>Never the secret (a record prints every member): its redacted form.</summary>
        public override string ToString() => nameof(DatabaseSecret) + " " + SecretRedaction.Redact(Password);
    }

    /// <summary>
    /// Finds passwords in SQL Server, PostgreSQL and MySQL connection strings and rewrites those strings for
    /// Microsoft Entra authentication. Pure string work on the shared <see cref="ConnectionString"/> parser: linear,
    /// total over any input, no regular expressions.
    /// </summary>
    public static class DatabaseConnectionStrings
    {
        public static readonly string[] PasswordKeys = { "Password", "PWD" };

        public static readonly string[] UserKeys = { "User ID", "UserID", "UID", "User", "Username", "User Name" };

        public static readonly string[] ServerKeys = { "Server", "Data Source", "DataSource", "Address", "Addr", "Network Address", "Host" };

        public static readonly string[] DatabaseKeys = { "Database", "Initial Catalog" };

        private static readonly string[] IntegratedKeys = { "Integrated Security", "Trusted_Connection" };

        private static readonly string[] AzureSqlSuffixes =
        {
            ".database.windows.net", ".database.chinacloudapi.cn", ".database.usgovcloudapi.net", ".database.cloudapi.de", ".sql.azuresynapse.net",
        };

        private static readonly string[] AzurePostgreSqlSuffixes =
        {
            ".postgres.database.azure.com", ".postgres.database.chinacloudapi.cn", ".postgres.database.usgovcloudapi.net",
        };

        private static readonly string[] AzureMySqlSuffixes =
        {
            ".mysql.database.azure.com", ".mysql.database.chinacloudapi.cn", ".mysql.database.usgovcloudapi.net",
        };

        /// <summary>
        /// The per-literal pre-filter: a password keyword and an '='. A part of a concatenation may be as short as
        /// <c>";Password="</c>, so the length test is left to the caller.
        /// </summary>
        public static bool MightContainPassword(string text) =>
            text.IndexOf('=') >= 0
            && (text.IndexOf("Password", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("PWD", StringComparison.OrdinalIgnoreCase) >= 0);

        /// <summary>A password in a database connection string; null for anything else.</summary>
        public static DatabaseSecret? Detect(string text)
        {
            var connectionString = ConnectionString.Parse(text);
            if (!connectionString.TryGet(out var password, PasswordKeys)
                || !IsSecretPassword(password.Value)
                || (!connectionString.TryGet(out _, ServerKeys) && !connectionString.TryGet(out _, DatabaseKeys)))
            {
                return null;
            }

            // Integrated authentication ignores the password; LocalDB is a developer instance.
            foreach (var key in IntegratedKeys)
            {
                var integrated = connectionString.GetValue(key);
                if (integrated is not null && IsTrue(integrated))
                {
                    return null;
                }
            }

            var serverValue = connectionString.GetValue(ServerKeys);
            if (serverValue is not null && serverValue.TrimStart().StartsWith("(localdb)", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var authentication = connectionString.GetValue("Authentication");
            var isServicePrincipal = authentication is not null && NormalizeKeyword(authentication) == "activedirectoryserviceprincipal";
            var host = HostOf(serverValue);
            return new DatabaseSecret(password.Value, host, connectionString.GetValue(DatabaseKeys), HostKindOf(host), isServicePrincipal);
        }

        /// <summary>A password given on its own (a builder's <c>Password</c> property): the same non-secret rules.</summary>
        public static bool IsSecretPassword(string value) =>
            value.Length > 0 && !NonSecretClassifier.IsNonSecret(value) && !FoldedString.HasHole(value);

        /// <summary>The host name of a server value: <c>tcp:srv.database.windows.net,1433</c> gives <c>srv.database.windows.net</c>.</summary>
        public static string? HostOf(string? server)
        {
            if (server is null || FoldedString.HasHole(server))
            {
                return null;
            }

            var host = server.Trim();
            foreach (var prefix in new[] { "tcp:", "np:", "lpc:", "admin:" })
            {
                if (host.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    host = host.Substring(prefix.Length);
                }
            }

            // The first of several hosts; no port (",1433" or ":5432") and no named instance ("\SQLEXPRESS").
            var end = host.IndexOfAny(new[] { ',', ':', '\\', ';', ' ' });
            if (end >= 0)
            {
                host = host.Substring(0, end);
            }

            return host.Length == 0 ? null : host.ToLowerInvariant();
        }

        public static DatabaseHostKind HostKindOf(string? host)
        {
            if (host is null)
            {
                return DatabaseHostKind.OnPremises;
            }

            if (EndsWithAny(host, AzureSqlSuffixes))
            {
                return DatabaseHostKind.AzureSql;
            }

            if (EndsWithAny(host, AzurePostgreSqlSuffixes))
            {
                return DatabaseHostKind.AzurePostgreSql;
            }

            return EndsWithAny(host, AzureMySqlSuffixes) ? DatabaseHostKind.AzureMySql : DatabaseHostKind.OnPremises;
        }

        /// <summary>
        /// The Azure SQL connection string for Entra authentication: user, password, integrated security and any
        /// previous authentication mode removed, <c>Authentication=<paramref name="authentication"/></c> (and, for a
        /// user-assigned identity, <c>User Id=<paramref name="userId"/></c>) written where the first removed entry was.
        /// </summary>
        public static string ForEntraAuthentication(string text, string authentication, string? userId)
        {
            var added = "Authentication=" + authentication + (userId is null ? string.Empty : ";User Id=" + userId);
            var removed = new List<string>(UserKeys);
            removed.AddRange(PasswordKeys);
            removed.AddRange(IntegratedKeys);
            removed.Add("Persist Security Info");
            removed.Add("PersistSecurityInfo");
            removed.Add("Authentication");
            return Rewrite(text, removed, added);
        }

        /// <summary>The connection string without its password, for a data source whose password is a token.</summary>
        public static string WithoutPassword(string text) => Rewrite(text, PasswordKeys, null);

        /// <summary>Removes every entry whose key is in <paramref name="keys"/>; writes <paramref name="added"/> in place of the first.</summary>
        private static string Rewrite(string text, IReadOnlyList<string> keys, string? added)
        {
            var builder = new StringBuilder(text.Length);
            var position = 0;
            var inserted = added is null;
            foreach (var entry in ConnectionString.Parse(text).Entries)
            {
                if (!IsOneOf(entry.Key, keys))
                {
                    continue;
                }

                builder.Append(text, position, entry.KeyStart - position);
                position = entry.ValueStart + entry.ValueLength;
                var hadSeparator = position < text.Length && text[position] == ';';
                if (hadSeparator)
                {
                    position++;
                    while (position < text.Length && text[position] == ' ')
                    {
                        position++;
                    }
                }

                if (!inserted)
                {
                    inserted = true;
                    builder.Append(added);
                    if (hadSeparator)
                    {
                        builder.Append(';');
                    }
                }
            }

            builder.Append(text, position, text.Length - position);
            if (!inserted)
            {
                // Nothing was removed: append at the end.
                var trimmedLength = builder.Length;
                while (trimmedLength > 0 && char.IsWhiteSpace(builder[trimmedLength - 1]))
                {
                    trimmedLength--;
                }

                if (trimmedLength > 0 && builder[trimmedLength - 1] != ';')
                {
                    builder.Insert(trimmedLength, ";");
                }

                builder.Append(added);
            }

            // A removed last entry leaves "...;": keep the string as tidy as it was.
            if (text.Length > 0 && text[text.Length - 1] != ';' && builder.Length > 0 && builder[builder.Length - 1] == ';')
            {
                builder.Length--;
            }

            return builder.ToString();
        }

        private static bool IsOneOf(string key, IReadOnlyList<string> keys)
        {
            foreach (var candidate in keys)
            {
                if (string.Equals(key, candidate, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsTrue(string value)
        {
            var normalized = value.Trim();
            return string.Equals(normalized, "true", StringComparison.OrdinalIgnoreCase)
                || string.Equals(normalized, "yes", StringComparison.OrdinalIgnoreCase)
                || string.Equals(normalized, "sspi", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>"Active Directory Service Principal" and "ActiveDirectoryServicePrincipal" compare equal.</summary>
        private static string NormalizeKeyword(string value)
        {
            var builder = new StringBuilder(value.Length);
            foreach (var c in value)
            {
                if (!char.IsWhiteSpace(c))
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }

            return builder.ToString();
        }

        private static bool EndsWithAny(string host, string[] suffixes)
        {
            foreach (var suffix in suffixes)
            {
                if (host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
