using System;
using SecretlessAnalyzers.Reporting.Azure;
using SecretlessAnalyzers.Reporting.Model;

namespace SecretlessAnalyzers.Reporting.Grants
{
    /// <summary>Cosmos DB data-plane role assignments: <c>az cosmosdb sql role assignment create</c>, scoped to a database or container.</summary>
    public static class CosmosGrants
    {
        public static void Write(ResourceAccess access)
        {
            var account = GrantWriters.NameOrPlaceholder(access);
            GrantWriters.Describe(access, "Azure Cosmos DB account (data-plane RBAC)", "/");
            access.RoleNotes.Add("(data-plane roles cannot create databases or containers: create them in deployment)");
            foreach (var grant in access.RelativeGrants)
            {
                var definition = ServiceFacts.CosmosDefinitionId(grant.Role);
                var path = grant.Path.StartsWith("dbs/", StringComparison.Ordinal) ? grant.Path : string.Empty;
                var scope = "/" + path;
                access.Grants.Add(new RoleGrant { Role = grant.Role, Scope = scope, RelativePath = path });
                access.Commands.Add(
                    "az cosmosdb sql role assignment create --account-name " + account + " --resource-group " + Placeholders.ResourceGroup + " \\\n"
                    + "  --scope \"" + scope + "\" --principal-id " + Placeholders.PrincipalId + " --role-definition-id " + definition + "  # " + grant.Role);
            }
        }
    }
}
