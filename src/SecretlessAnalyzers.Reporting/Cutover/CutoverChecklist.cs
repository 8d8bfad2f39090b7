using System;
using System.Collections.Generic;
using System.Linq;
using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Reporting.Azure;
using SecretlessAnalyzers.Reporting.Grants;
using SecretlessAnalyzers.Reporting.Model;
using SecretlessAnalyzers.Reporting.Output;

namespace SecretlessAnalyzers.Reporting.Cutover
{
    /// <summary>
    /// The order that takes a resource off keys without an outage: grant, deploy the rewritten code, verify, switch
    /// key access off, rotate the key that was in the code, delete the configuration keys. A service that deletes its
    /// access keys when local auth is switched off (App Configuration) switches it off last.
    /// </summary>
    public static class CutoverChecklist
    {
        public static void Write(ResourceAccess access)
        {
            var steps = access.Cutover;
            steps.Add(new CutoverStep("grant", GrantStep(access)));
            steps.Add(new CutoverStep("deploy", "Deploy the rewritten code (the automatic fixes, and the findings done by hand) with the service's managed identity enabled."));
            steps.Add(new CutoverStep("verify", access.GrantKind == GrantKind.EntraAppRoleCarryOver
                ? "Verify: the service works with its managed identity (its logs show no authorization failure) and no longer uses the client secret."
                : "Verify: the service works against " + access.Resource + " with its identity (its logs show no authorization failure), and nothing else still uses a key."));

            var deletesKeys = ServiceFacts.LocalAuthDeletesKeys(access.Facts);
            var disable = DisableStep(access, deletesKeys);
            if (disable is not null && !deletesKeys)
            {
                steps.Add(disable);
            }

            steps.Add(new CutoverStep("rotate-key", RotateStep(access, deletesKeys)));
            steps.Add(new CutoverStep("delete-settings", access.ConfigurationKeys.Count == 0
                ? "Delete the secret from every environment's settings and from Key Vault references that only served it."
                : "Delete the configuration keys " + string.Join(", ", access.ConfigurationKeys.Select(k => "`" + k + "`"))
                    + " (keep only the endpoint) from every environment's settings, and the Key Vault references that only served them."));
            if (disable is not null && deletesKeys)
            {
                steps.Add(disable);
            }
        }

        private static string GrantStep(ResourceAccess access) => access.GrantKind switch
        {
            GrantKind.SqlContainedUser or GrantKind.PostgreSqlEntraPrincipal or GrantKind.MySqlEntraPrincipal =>
                "Grant: run the SQL above on " + access.Resource + " as the server's Microsoft Entra admin.",
            GrantKind.EntraAppRoleCarryOver =>
                "Grant: give the managed identity the data roles the application holds (listed by the command above).",
            _ => BicepWriter.Declares(access)
                ? "Grant: run the commands above, or deploy " + ReportFiles.BicepName + "."
                : "Grant: run the commands above.",
        };

        private static CutoverStep? DisableStep(ResourceAccess access, bool deletesKeys)
        {
            if (access.GrantKind == GrantKind.EntraAppRoleCarryOver)
            {
                return null;
            }

            if (access.Facts is not { } service)
            {
                return new CutoverStep("disable-local-auth", "Disable key-based access to " + access.Resource + " where the service allows it.");
            }

            // The catalog writes the switch as "property: value" (allowSharedKeyAccess: false); ARM resources take it with az resource update.
            var text = "Disable local auth: `" + service.LocalAuthSwitch + "`";
            if (service.Id == ServiceIds.Storage)
            {
                text += " (this also ends every SAS signed with the account key)";
            }

            // A top-level boolean resource property (allowSharedKeyAccess, disableLocalAuth...) is set with az resource
            // update; nested properties and server parameters are set as the service's documentation says.
            var colon = service.LocalAuthSwitch.IndexOf(": ", StringComparison.Ordinal);
            var value = colon > 0 ? service.LocalAuthSwitch.Substring(colon + 2) : string.Empty;
            if (service.ArmResourceType is { } arm && colon > 0 && service.LocalAuthSwitch.Substring(0, colon).All(char.IsLetter) && value is "true" or "false")
            {
                var id = "/subscriptions/" + Placeholders.Subscription + "/resourceGroups/" + Placeholders.ResourceGroup + "/providers/" + arm + "/" + GrantWriters.NameOrPlaceholder(access);
                text += ": `az resource update --ids \"" + id + "\" --set properties." + service.LocalAuthSwitch.Substring(0, colon) + "=" + value + "`";
            }

            text += deletesKeys ? ". This deletes the store's access keys, so it comes last." : ".";
            return new CutoverStep("disable-local-auth", text);
        }

        private static string RotateStep(ResourceAccess access, bool deletesKeys)
        {
            if (access.GrantKind == GrantKind.EntraAppRoleCarryOver)
            {
                return "Delete the client secret (the `az ad app credential delete` command above): it is in your history.";
            }

            var where = access.SecretsAt.Count == 0 ? string.Empty : " (found at " + string.Join(", ", access.SecretsAt.Select(w => "`" + w + "`")) + ")";
            return deletesKeys
                ? "The key that was in the code" + where + " stops working when local auth is disabled (last step): until then, rotate it if it may have leaked."
                : "Rotate or delete the secret (key or password) that was in the code" + where + ": it stays in your history.";
        }
    }
}
