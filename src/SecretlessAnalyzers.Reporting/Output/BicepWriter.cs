using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Reporting.Azure;
using SecretlessAnalyzers.Reporting.Model;

namespace SecretlessAnalyzers.Reporting.Output
{
    /// <summary>
    /// <c>secretless-roles.bicep</c>: the report's Azure RBAC, Cosmos DB data-plane and Redis access-policy grants as
    /// resources of one resource-group deployment. Each resource the code uses is declared <c>existing</c> (with its
    /// container, queue, entity or event hub when the code names one) and each grant is scoped to it. SQL and
    /// PostgreSQL grants are not ARM resources: they stay scripts in the Markdown report.
    /// </summary>
    public static class BicepWriter
    {
        private const string RoleAssignmentType = "Microsoft.Authorization/roleAssignments@2022-04-01";

        /// <summary>Whether the resource has a grant the Bicep file declares.</summary>
        public static bool Declares(ResourceAccess resource) => resource.Grants.Any(grant => Declares(resource, grant));

        public static string Project(ProjectReport report)
        {
            var text = new StringBuilder();
            text.Append("// ").Append(ReportFiles.BicepName).Append(": the grants of the Secretless migration report of ").Append(Comment(report.Project)).Append(".\n")
                .Append("// Deploy it to the resource group that holds the resources below (each is found there by name):\n")
                .Append("//   az deployment group create --resource-group <resource-group> --template-file ").Append(ReportFiles.BicepName).Append(" --parameters principalId=<principal-id>\n")
                .Append("// SQL and PostgreSQL grants are database users, not Azure resources: run their SQL from ").Append(ReportFiles.MarkdownName).Append(".\n\n");
            if (!report.Resources.Any(Declares))
            {
                text.Append("// No grant of this project is an Azure RBAC, Cosmos DB or Redis assignment: nothing to deploy.\n");
                return text.ToString();
            }

            text.Append("@description('Object (principal) id of the managed identity the service runs as.')\nparam principalId string\n\n");
            text.Append("@description('The kind of principal: ServicePrincipal for a managed identity.')\n@allowed([\n  'ServicePrincipal'\n  'User'\n  'Group'\n])\nparam principalType string = 'ServicePrincipal'\n");
            if (report.Resources.Any(r => r.GrantKind == GrantKind.RedisAccessPolicyAssignment && Declares(r)))
            {
                text.Append("\n@description('The name Azure Cache for Redis shows for the identity (its object id alias).')\nparam principalName string = 'secretless-identity'\n");
            }

            var symbols = new Symbols();
            var skipped = new List<string>();
            foreach (var resource in report.Resources)
            {
                switch (resource.GrantKind)
                {
                    case GrantKind.AzureRbacRoleAssignment:
                        AzureRbac(text, resource, symbols, skipped);
                        break;
                    case GrantKind.CosmosDataPlaneRoleAssignment:
                        Cosmos(text, resource, symbols, skipped);
                        break;
                    case GrantKind.RedisAccessPolicyAssignment:
                        Redis(text, resource, symbols, skipped);
                        break;
                }
            }

            if (skipped.Count > 0)
            {
                text.Append("\n// Not declared here (grant them with the commands of ").Append(ReportFiles.MarkdownName).Append("):\n");
                foreach (var line in skipped)
                {
                    text.Append("//   ").Append(Comment(line)).Append('\n');
                }
            }

            return text.ToString();
        }

        private static bool Declares(ResourceAccess resource, RoleGrant grant) =>
            IsName(resource.Name) && resource.Facts?.ArmResource?.ApiVersion is not null && resource.GrantKind switch
            {
                GrantKind.AzureRbacRoleAssignment => ServiceFacts.RoleDefinitionId(grant.Role) is not null,
                GrantKind.CosmosDataPlaneRoleAssignment or GrantKind.RedisAccessPolicyAssignment => true,
                _ => false,
            };

        private static void AzureRbac(StringBuilder text, ResourceAccess resource, Symbols symbols, List<string> skipped)
        {
            if (!Declarable(resource, skipped))
            {
                return;
            }

            var facts = resource.Facts!;
            var parents = new Dictionary<string, string>(StringComparer.Ordinal);
            var root = Existing(text, symbols, facts.Id.ToLowerInvariant() + "_" + resource.Name, TypeAt(facts), resource.Name!, parent: null);
            parents[string.Empty] = root;
            foreach (var grant in resource.Grants)
            {
                if (ServiceFacts.RoleDefinitionId(grant.Role) is not { } roleId)
                {
                    skipped.Add("'" + grant.Role + "' on " + grant.Scope + ": no built-in role id known");
                    continue;
                }

                var (scope, declaredPath) = ScopeOf(text, resource, grant.RelativePath, parents, symbols);
                text.Append('\n');
                text.Append("// ").Append(Comment(grant.Role)).Append(" on ").Append(Comment(facts.ArmResourceType + "/" + resource.Name + (declaredPath.Length > 0 ? "/" + declaredPath : string.Empty))).Append('\n');
                if (grant.Note is not null)
                {
                    text.Append("// ").Append(Comment(grant.Note)).Append('\n');
                }

                if (declaredPath != grant.RelativePath)
                {
                    text.Append("// The code uses only ").Append(Comment(grant.RelativePath)).Append(", which is not an ARM resource: the grant covers the part above it.\n");
                }

                text.Append("resource ").Append(symbols.New("grant")).Append(" '").Append(RoleAssignmentType).Append("' = {\n")
                    .Append("  name: guid(").Append(scope).Append(".id, principalId, '").Append(roleId).Append("')\n")
                    .Append("  scope: ").Append(scope).Append('\n')
                    .Append("  properties: {\n")
                    .Append("    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '").Append(roleId).Append("')\n")
                    .Append("    principalId: principalId\n")
                    .Append("    principalType: principalType\n")
                    .Append("  }\n}\n");
            }
        }

        /// <summary>The symbol of the narrowest declared resource on the path (declaring its parts as they come), and that path.</summary>
        private static (string Symbol, string Path) ScopeOf(StringBuilder text, ResourceAccess resource, string path, Dictionary<string, string> declared, Symbols symbols)
        {
            var segments = path.Length == 0 ? new string[0] : path.Split('/');
            var facts = resource.Facts!;
            var current = declared[string.Empty];
            var currentPath = string.Empty;
            var arm = facts.ArmResource!;
            var type = arm.Name;
            for (var i = 0; i + 1 < segments.Length; i += 2)
            {
                var childType = segments[i];
                var name = segments[i + 1];
                if (!arm.ChildTypes.Contains(childType) || !IsName(name))
                {
                    break;
                }

                type += "/" + childType;
                var childPath = currentPath.Length == 0 ? childType + "/" + name : currentPath + "/" + childType + "/" + name;
                if (!declared.TryGetValue(childPath, out var symbol))
                {
                    symbol = Existing(text, symbols, current + "_" + name, type + "@" + arm.ApiVersion, name, current);
                    declared[childPath] = symbol;
                }

                current = symbol;
                currentPath = childPath;
            }

            return (current, currentPath);
        }

        private static void Cosmos(StringBuilder text, ResourceAccess resource, Symbols symbols, List<string> skipped)
        {
            if (!Declarable(resource, skipped))
            {
                return;
            }

            var facts = resource.Facts!;
            var account = Existing(text, symbols, facts.Id.ToLowerInvariant() + "_" + resource.Name, TypeAt(facts), resource.Name!, parent: null);
            foreach (var grant in resource.Grants)
            {
                var definition = ServiceFacts.CosmosDefinitionId(grant.Role);
                var scope = grant.RelativePath.Length > 0 ? "'${" + account + ".id}/" + grant.RelativePath + "'" : account + ".id";
                text.Append('\n')
                    .Append("// ").Append(Comment(grant.Role)).Append(" on ").Append(Comment(grant.Scope)).Append(" of the account\n")
                    .Append("resource ").Append(symbols.New("grant")).Append(" '").Append(facts.ArmResourceType).Append("/sqlRoleAssignments@").Append(facts.ArmResource!.ApiVersion).Append("' = {\n")
                    .Append("  parent: ").Append(account).Append('\n')
                    .Append("  name: guid(").Append(account).Append(".id, principalId, '").Append(definition).Append("', '").Append(grant.Scope).Append("')\n")
                    .Append("  properties: {\n")
                    .Append("    roleDefinitionId: '${").Append(account).Append(".id}/sqlRoleDefinitions/").Append(definition).Append("'\n")
                    .Append("    principalId: principalId\n")
                    .Append("    scope: ").Append(scope).Append('\n')
                    .Append("  }\n}\n");
            }
        }

        private static void Redis(StringBuilder text, ResourceAccess resource, Symbols symbols, List<string> skipped)
        {
            if (!Declarable(resource, skipped))
            {
                return;
            }

            var facts = resource.Facts!;
            var cache = Existing(text, symbols, facts.Id.ToLowerInvariant() + "_" + resource.Name, TypeAt(facts), resource.Name!, parent: null);
            foreach (var grant in resource.Grants)
            {
                text.Append('\n')
                    .Append("// The '").Append(Comment(grant.Role)).Append("' access policy of the cache\n")
                    .Append("resource ").Append(symbols.New("grant")).Append(" '").Append(facts.ArmResourceType).Append("/accessPolicyAssignments@").Append(facts.ArmResource!.ApiVersion).Append("' = {\n")
                    .Append("  parent: ").Append(cache).Append('\n')
                    // Letters and digits only, stable per identity and policy.
                    .Append("  name: 'secretless${uniqueString(").Append(cache).Append(".id, principalId, '").Append(grant.Role).Append("')}'\n")
                    .Append("  properties: {\n")
                    .Append("    accessPolicyName: '").Append(grant.Role).Append("'\n")
                    .Append("    objectId: principalId\n")
                    .Append("    objectIdAlias: principalName\n")
                    .Append("  }\n}\n");
            }
        }

        private static string TypeAt(AzureService service) => service.ArmResource!.Name + "@" + service.ArmResource.ApiVersion;

        private static bool Declarable(ResourceAccess resource, List<string> skipped)
        {
            if (resource.Grants.Count == 0)
            {
                return false;
            }

            if (resource.Facts?.ArmResource?.ApiVersion is null)
            {
                skipped.Add(resource.Kind + " " + resource.Resource + ": no ARM resource type known");
                return false;
            }

            if (!IsName(resource.Name))
            {
                skipped.Add(resource.Kind + " " + resource.Resource + ": its name is not in the code");
                return false;
            }

            return true;
        }

        private static string Existing(StringBuilder text, Symbols symbols, string hint, string type, string name, string? parent)
        {
            var symbol = symbols.New(hint);
            text.Append('\n').Append("resource ").Append(symbol).Append(" '").Append(type).Append("' existing = {\n");
            if (parent is not null)
            {
                text.Append("  parent: ").Append(parent).Append('\n');
            }

            text.Append("  name: '").Append(name).Append("'\n}\n");
            return symbol;
        }

        /// <summary>ARM names the report writes between quotes: letters, digits, '-', '_' and '.', nothing Bicep would read as code.</summary>
        private static bool IsName(string? name) =>
            !string.IsNullOrEmpty(name) && name!.All(c => c < 128 && (char.IsLetterOrDigit(c) || c is '-' or '_' or '.'));

        private static string Comment(string text) => text.Replace("\r", " ").Replace("\n", " ");

        /// <summary>Bicep identifiers: letters, digits and '_', not starting with a digit, each used once.</summary>
        private sealed class Symbols
        {
            private readonly HashSet<string> _used = new HashSet<string>(StringComparer.Ordinal);

            public string New(string hint)
            {
                var symbol = new string(hint.Select(c => c < 128 && char.IsLetterOrDigit(c) ? c : '_').ToArray());
                if (symbol.Length == 0 || char.IsDigit(symbol[0]))
                {
                    symbol = "r_" + symbol;
                }

                var candidate = symbol;
                for (var n = 2; !_used.Add(candidate); n++)
                {
                    candidate = symbol + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return candidate;
            }
        }
    }
}
