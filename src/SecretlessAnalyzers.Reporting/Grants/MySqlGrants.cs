using SecretlessAnalyzers.Reporting.Model;

namespace SecretlessAnalyzers.Reporting.Grants
{
    /// <summary>Azure Database for MySQL: a Microsoft Entra user for the identity, then the privileges the code needs.</summary>
    public static class MySqlGrants
    {
        public static void Write(ResourceAccess access)
        {
            GrantWriters.DescribeEntraPrincipal(access, "Azure Database for MySQL (Microsoft Entra user)");
            access.Commands.Add(
                "-- On " + access.Resource + ", connected as the server's Microsoft Entra admin: create the Microsoft Entra user\n"
                + "-- for " + Placeholders.IdentityName + " (see the rule page of the finding), then GRANT it the privileges the service needs.");
        }
    }
}
