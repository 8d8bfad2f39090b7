using System.Linq;
using SecretlessAnalyzers.Reporting.Azure;
using SecretlessAnalyzers.Reporting.Model;

namespace SecretlessAnalyzers.Reporting.Grants
{
    /// <summary>Azure Cache for Redis data access policy assignments: <c>az redis access-policy-assignment create</c>.</summary>
    public static class RedisGrants
    {
        public static void Write(ResourceAccess access)
        {
            var cache = GrantWriters.NameOrPlaceholder(access);
            GrantWriters.Describe(access, "Azure Cache for Redis (data access policy)", "the cache " + cache);
            foreach (var policy in access.Roles.Select(ServiceFacts.RedisPolicy).Distinct())
            {
                access.Grants.Add(new RoleGrant { Role = policy, Scope = access.Scope });
                access.Commands.Add(
                    "az redis access-policy-assignment create --name " + cache + " --resource-group " + Placeholders.ResourceGroup + " \\\n"
                    + "  --policy-name \"" + policy + "\" --object-id " + Placeholders.PrincipalId + " --object-id-alias " + Placeholders.IdentityName + " \\\n"
                    + "  --access-policy-assignment-name " + Placeholders.IdentityName);
            }
        }
    }
}
