using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Reporting.Azure;
using SecretlessAnalyzers.Reporting.Model;

namespace SecretlessAnalyzers.Reporting.Grants
{
    /// <summary>Writes the grants of one resource in the form its grant kind takes.</summary>
    public static class GrantWriters
    {
        public static void Write(ResourceAccess access)
        {
            switch (access.GrantKind)
            {
                case GrantKind.CosmosDataPlaneRoleAssignment:
                    CosmosGrants.Write(access);
                    break;
                case GrantKind.RedisAccessPolicyAssignment:
                    RedisGrants.Write(access);
                    break;
                case GrantKind.SqlContainedUser:
                    SqlGrants.Write(access);
                    break;
                case GrantKind.PostgreSqlEntraPrincipal:
                    PostgresGrants.Write(access);
                    break;
                case GrantKind.MySqlEntraPrincipal:
                    MySqlGrants.Write(access);
                    break;
                case GrantKind.EntraAppRoleCarryOver:
                    EntraApplicationGrants.Write(access);
                    break;
                default:
                    AzureRbacGrants.Write(access);
                    break;
            }
        }

        /// <summary>
        /// Says what the resource is (the catalog's resource name, else <paramref name="fallbackKind"/>) and the scope its grants
        /// are written on.
        /// </summary>
        public static void Describe(ResourceAccess access, string fallbackKind, string scope)
        {
            access.Kind = access.Facts?.ResourceName ?? fallbackKind;
            access.Scope = scope;
        }

        /// <summary>
        /// A PostgreSQL or MySQL server: the principal is granted in SQL on the databases the service uses, one grant per role;
        /// the caller writes the statements.
        /// </summary>
        public static void DescribeEntraPrincipal(ResourceAccess access, string fallbackKind)
        {
            Describe(access, fallbackKind, "the databases the service uses on " + access.Resource);
            access.CommandLanguage = "sql";
            foreach (var role in access.Roles)
            {
                access.Grants.Add(new RoleGrant { Role = role, Scope = access.Scope });
            }
        }

        /// <summary>The resource's ARM name, or a placeholder that says which service's name to put there.</summary>
        public static string NameOrPlaceholder(ResourceAccess access) =>
            access.Name ?? "<" + (access.Facts?.Id.ToLowerInvariant() ?? ServiceFacts.KeyOf(access.Service)) + "-resource-name>";
    }
}
