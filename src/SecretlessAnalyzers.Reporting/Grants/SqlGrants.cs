using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Reporting.Model;

namespace SecretlessAnalyzers.Reporting.Grants
{
    /// <summary>
    /// Azure SQL: a contained database user for the identity and the database roles the code needs, in T-SQL run by
    /// the server's Microsoft Entra admin. These are database roles, not Azure RBAC roles: never an az role assignment.
    /// </summary>
    public static class SqlGrants
    {
        private const string DatabasesPrefix = "databases/";

        public static void Write(ResourceAccess access)
        {
            GrantWriters.Describe(access, "Azure SQL database (contained database user)", "each database the service uses on " + access.Resource);
            access.CommandLanguage = "sql";

            // One contained user per database: the grants' "databases/<name>" scopes, or every database the service uses.
            var databases = access.RelativeGrants.Count == 0 ? new List<string> { string.Empty } : access.RelativeGrants.Select(g => g.Path).Distinct().ToList();
            foreach (var database in databases)
            {
                var roles = access.RelativeGrants.Where(g => g.Path == database).Select(g => g.Role)
                    .Where(r => r.StartsWith("db_", StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
                if (roles.Count == 0)
                {
                    // Nothing known of the calls: reading and writing data, the least a working service may need.
                    roles.AddRange(new[] { Roles.SqlDataReader.Name, Roles.SqlDataWriter.Name });
                }

                var name = database.StartsWith(DatabasesPrefix, StringComparison.Ordinal) ? database.Substring(DatabasesPrefix.Length) : null;
                var scope = name is null ? access.Scope : "database " + name + " on " + access.Resource;
                var statements = new StringBuilder();
                statements.Append("-- On ").Append(access.Resource).Append(name is null ? ", in each database the service uses" : ", in database " + name)
                    .Append(", connected as the server's Microsoft Entra admin:\n");
                statements.Append("CREATE USER [").Append(Placeholders.IdentityName).Append("] FROM EXTERNAL PROVIDER;");
                foreach (var role in roles)
                {
                    access.Grants.Add(new RoleGrant { Role = role, Scope = scope, RelativePath = database });
                    statements.Append("\nALTER ROLE ").Append(role).Append(" ADD MEMBER [").Append(Placeholders.IdentityName).Append("];");
                }

                access.Commands.Add(statements.ToString());
            }
        }
    }
}
