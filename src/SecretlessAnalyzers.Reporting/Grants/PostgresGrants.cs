using System;
using System.Linq;
using System.Text;
using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Reporting.Model;

namespace SecretlessAnalyzers.Reporting.Grants
{
    /// <summary>
    /// Azure Database for PostgreSQL: a Microsoft Entra principal for the identity (<c>pgaadauth_create_principal</c>,
    /// run by the server's Entra admin in the postgres database), then the privileges the code needs.
    /// </summary>
    public static class PostgresGrants
    {
        private static readonly string[] TablePrivileges = { "SELECT", "INSERT", "UPDATE", "DELETE" };

        public static void Write(ResourceAccess access)
        {
            GrantWriters.DescribeEntraPrincipal(access, "Azure Database for PostgreSQL (Microsoft Entra principal)");

            // The catalog's principal roles carry the table privileges the calls need; none known: read and write data.
            var privileges = access.Roles
                .SelectMany(role => (AzureCatalog.RoleNamed(role)?.Privileges ?? string.Empty).Split(new[] { ", " }, StringSplitOptions.RemoveEmptyEntries))
                .Distinct()
                .ToList();
            if (privileges.Count == 0)
            {
                privileges.AddRange(TablePrivileges);
            }

            var onTables = TablePrivileges.Where(privileges.Contains).ToList();
            var text = new StringBuilder()
                .Append("-- On ").Append(access.Resource).Append(", connected to the postgres database as the server's Microsoft Entra admin:\n")
                .Append("SELECT * FROM pgaadauth_create_principal('").Append(Placeholders.IdentityName).Append("', false, false);\n")
                .Append("-- Then, in each database the service uses:");
            if (onTables.Count > 0)
            {
                text.Append("\nGRANT ").Append(string.Join(", ", onTables)).Append(" ON ALL TABLES IN SCHEMA public TO \"").Append(Placeholders.IdentityName).Append("\";");
            }

            if (privileges.Contains("CREATE"))
            {
                text.Append("\nGRANT CREATE ON SCHEMA public TO \"").Append(Placeholders.IdentityName).Append("\";");
            }

            access.Commands.Add(text.ToString());
        }
    }
}
