using System;
using SecretlessAnalyzers.Reporting.Model;

namespace SecretlessAnalyzers.Reporting.Grants
{
    /// <summary>
    /// A client secret belongs to an app registration, not to a resource: the managed identity needs the data roles
    /// the application holds today, so the command lists them.
    /// </summary>
    public static class EntraApplicationGrants
    {
        public static void Write(ResourceAccess access)
        {
            // The analyzer names the application by its client id when the code holds it as a constant.
            var application = Guid.TryParse(access.Resource, out _) ? access.Resource : "<application-client-id>";
            GrantWriters.Describe(access, "Microsoft Entra application (client secret)", "the resources the application's role assignments cover");
            access.Roles.Clear();
            access.RelativeGrants.Clear();
            access.RoleNotes.Clear();
            access.RoleNotes.Add("the roles the application holds today: list them, grant the data roles among them to the managed identity, then delete the client secret");
            access.Commands.Add(
                "az role assignment list --assignee " + application + " --all --output table\n"
                + "# then, once the service runs with its managed identity:\n"
                + "az ad app credential delete --id " + application + " --key-id <secret-key-id>");
        }
    }
}
