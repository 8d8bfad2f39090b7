using System;
using SecretlessAnalyzers.Reporting.Model;

namespace SecretlessAnalyzers.Reporting.Grants
{
    /// <summary><c>az role assignment create</c> for each role, on the narrowest ARM scope the code shows.</summary>
    public static class AzureRbacGrants
    {
        public static void Write(ResourceAccess access)
        {
            var arm = access.Facts?.ArmResourceType;
            GrantWriters.Describe(
                access,
                access.Service + " resource",
                arm is null
                    ? "<resource-id of " + access.Resource + ">"
                    : "/subscriptions/" + Placeholders.Subscription + "/resourceGroups/" + Placeholders.ResourceGroup + "/providers/" + arm + "/" + GrantWriters.NameOrPlaceholder(access));
            foreach (var grant in access.RelativeGrants)
            {
                var (path, note) = ArmPath(grant.Path, arm is null);
                var scope = path.Length == 0 ? access.Scope : access.Scope + "/" + path;
                access.Grants.Add(new RoleGrant { Role = grant.Role, Scope = scope, Note = note, RelativePath = path });
                access.Commands.Add(
                    (note is null ? string.Empty : "# " + note + "\n")
                    + "az role assignment create --assignee-object-id " + Placeholders.PrincipalId + " --assignee-principal-type ServicePrincipal \\\n"
                    + "  --role \"" + grant.Role + "\" \\\n"
                    + "  --scope \"" + scope + "\"");
            }
        }

        /// <summary>
        /// The ARM path of a part of a resource; a Service Bus name that may be a queue or a topic is written as a
        /// queue, with a note.
        /// </summary>
        internal static (string Path, string? Note) ArmPath(string relative, bool unknownResource)
        {
            if (relative.Length == 0 || unknownResource)
            {
                return (string.Empty, null);
            }

            const string Entities = "entities/";
            if (relative.StartsWith(Entities, StringComparison.Ordinal))
            {
                var entity = relative.Substring(Entities.Length);
                return ("queues/" + entity, "the code sends to '" + entity + "': if it is a topic, use topics/" + entity + " in the scope");
            }

            return (relative, null);
        }
    }
}
