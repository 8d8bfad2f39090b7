using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SecretlessAnalyzers.Reporting.Model;
using SecretlessAnalyzers.Reporting.Sarif;

namespace SecretlessAnalyzers.Reporting.Output
{
    /// <summary>The report for people: findings, roles per resource, grant commands, the cut-over checklist, configuration keys.</summary>
    public static class MarkdownWriter
    {
        private static readonly Dictionary<string, string> BlockerNotes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["LegacySdk"] = "Move off the legacy SDK first (no automatic fix)",
            ["AzureIdentityMissing"] = "Add the Azure.Identity package, then apply the fix",
            ["EndpointUnknown"] = "Write the endpoint by hand (no automatic fix)",
        };

        public static string Project(ProjectReport report, int headingLevel)
        {
            var h1 = new string('#', headingLevel);
            var h2 = h1 + "#";
            var text = new StringBuilder();
            text.Append(h1).Append(" Secretless migration report: ").Append(report.Project).Append("\n\n");
            text.Append("Project `").Append(report.ProjectPath.Replace('\\', '/')).Append('`');
            if (report.TargetFramework.Length > 0)
            {
                text.Append(" (").Append(report.TargetFramework).Append(')');
            }

            text.Append(": ").Append(report.Summary()).Append(".\n");
            if (report.Suppressed > 0)
            {
                text.Append(report.Suppressed.ToString(CultureInfo.InvariantCulture)).Append(" suppressed finding(s) are not listed.\n");
            }

            if (report.Baselined > 0)
            {
                text.Append(report.Baselined.ToString(CultureInfo.InvariantCulture)).Append(" finding(s) recorded in ").Append(SarifReader.BaselineFileName).Append(" are not listed.\n");
            }

            text.Append("Secrets are shown redacted: first four characters and length.\n\n");
            Findings(text, h2, report);
            Resources(text, h2, report);
            Checklist(text, h2, report);
            ConfigurationKeys(text, h2, report);
            Then(text, h2, report);
            return text.ToString();
        }

        private static void Findings(StringBuilder text, string h2, ProjectReport report)
        {
            text.Append(h2).Append(" Findings\n\n");
            if (report.Findings.Count == 0)
            {
                text.Append("No SecretlessAnalyzers finding: nothing to migrate in this project.\n\n");
                return;
            }

            text.Append("| Rule | What | Resource | Where | Secret | Next step |\n|---|---|---|---|---|---|\n");
            foreach (var finding in report.Findings)
            {
                var what = finding.Property("SecretKind") is { } kind ? Words(kind) : finding.Title;
                var resource = finding.Property("Service") is { } service ? service + " `" + (finding.Property("Resource") ?? Placeholders.Unknown) + "`" : string.Empty;
                text.Append("| ").Append(finding.HelpUri.Length > 0 ? "[" + finding.RuleId + "](" + finding.HelpUri + ")" : finding.RuleId)
                    .Append(" | ").Append(Cell(what))
                    .Append(" | ").Append(Cell(resource))
                    .Append(" | `").Append(Cell(finding.Where)).Append('`')
                    .Append(" | ").Append(finding.RedactedSecret is null ? string.Empty : "`" + Cell(finding.RedactedSecret) + "`")
                    .Append(" | ").Append(Cell(NextStep(finding))).Append(" |\n");
            }

            text.Append('\n');
        }

        private static void Resources(StringBuilder text, string h2, ProjectReport report)
        {
            text.Append(h2).Append(" Azure resources and the roles the identity needs\n\n");
            if (report.Resources.Count == 0)
            {
                text.Append("None found.\n\n");
                return;
            }

            text.Append("| Service | Resource | Least-privilege role | Scope |\n|---|---|---|---|\n");
            foreach (var resource in report.Resources)
            {
                // One row per role and scope; the resource's notes go with its first row.
                var notes = resource.RoleNotes.Count > 0 ? " " + string.Join(" ", resource.RoleNotes) : string.Empty;
                var rows = resource.Grants.Count > 0 ? resource.Grants : new List<RoleGrant> { new RoleGrant { Scope = resource.Scope } };
                foreach (var grant in rows)
                {
                    text.Append("| ").Append(Cell(resource.Kind))
                        .Append(" | `").Append(Cell(resource.Resource)).Append('`')
                        .Append(" | ").Append(Cell((grant.Role + notes).Trim()))
                        .Append(" | `").Append(Cell(grant.Scope)).Append('`').Append(grant.Note is null ? string.Empty : " (" + Cell(grant.Note) + ")")
                        .Append(" |\n");
                    notes = string.Empty;
                }
            }

            text.Append('\n');
            text.Append(h2).Append(" Grant the roles\n\n");
            text.Append("Replace `").Append(Placeholders.PrincipalId).Append("` with the object (principal) id of the service's managed identity ")
                .Append("(`az webapp identity show --name <app> --resource-group <resource-group> --query principalId -o tsv`, or ")
                .Append("`az identity show --name <identity-name> --resource-group <resource-group> --query principalId -o tsv` for a user-assigned one), ")
                .Append("`").Append(Placeholders.ResourceGroup).Append("` and `").Append(Placeholders.Subscription).Append("` with where each resource lives, ")
                .Append("and `").Append(Placeholders.IdentityName).Append("` with the identity's name. ")
                .Append("Scopes are as narrow as the code shows: a container, queue, table, share, entity, event hub or Cosmos container when the code names it with a constant; ")
                .Append("the whole resource when the name is computed or the client escapes the analysis (the finding's message says why).\n\n");
            if (report.Resources.Any(r => BicepWriter.Declares(r)))
            {
                text.Append("The Azure RBAC, Cosmos DB and Redis grants are also in `").Append(ReportFiles.BicepName).Append("` next to this report: ")
                    .Append("`az deployment group create --resource-group <resource-group> --template-file ").Append(ReportFiles.BicepName)
                    .Append(" --parameters principalId=<principal-id>` (it finds each resource by name in that resource group: split it for resources that live elsewhere). ")
                    .Append("Database users are not Azure resources: run their SQL.\n\n");
            }

            foreach (var resource in report.Resources.Where(r => r.Commands.Count > 0))
            {
                text.Append("```").Append(resource.CommandLanguage).Append('\n');
                text.Append(resource.CommandLanguage == "sql" ? "-- " : "# ").Append(resource.Kind).Append(' ').Append(resource.Resource).Append('\n');
                text.Append(string.Join("\n", resource.Commands)).Append("\n```\n\n");
            }
        }

        private static void Checklist(StringBuilder text, string h2, ProjectReport report)
        {
            if (report.Resources.Count == 0)
            {
                return;
            }

            text.Append(h2).Append(" Cut-over checklist\n\n");
            text.Append("For each resource, in this order: the service never runs without a way in, and the old key stops working only once nothing uses it.\n\n");
            foreach (var resource in report.Resources)
            {
                text.Append("**").Append(Cell(resource.Kind)).Append(" `").Append(Cell(resource.Resource)).Append("`**\n\n");
                var number = 1;
                foreach (var step in resource.Cutover)
                {
                    text.Append(number++.ToString(CultureInfo.InvariantCulture)).Append(". [ ] ").Append(step.Text).Append('\n');
                }

                text.Append('\n');
            }
        }

        private static void ConfigurationKeys(StringBuilder text, string h2, ProjectReport report)
        {
            text.Append(h2).Append(" Configuration keys to delete once migrated\n\n");
            if (report.ConfigurationKeys.Count == 0)
            {
                text.Append("None found.\n\n");
                return;
            }

            foreach (var key in report.ConfigurationKeys)
            {
                text.Append("- `").Append(key.Key).Append('`');
                if (key.Files.Count > 0)
                {
                    text.Append(" in ").Append(string.Join(", ", key.Files.Select(f => "`" + f + "`")));
                }

                if (key.ReadAt.Count > 0)
                {
                    text.Append(", read at ").Append(string.Join(", ", key.ReadAt.Select(f => "`" + f + "`")));
                }

                if (key.NewSettings.Count > 0)
                {
                    text.Append(": the SL2001 fix reads ")
                        .Append(string.Join(" and ", key.NewSettings.Select(n => "`" + n.Setting + "`")))
                        .Append(" instead: set ")
                        .Append(key.NewSettings.Count == 1
                            ? "it" + (key.NewValue is null ? string.Empty : " to `" + key.NewValue + "`")
                            : string.Join(", ", key.NewSettings.Select(n => "`" + n.Setting + "`" + (n.Value is null ? string.Empty : " to `" + n.Value + "`"))))
                        .Append(" in every environment, then delete the secret from every environment's settings and from Key Vault references that only served it.\n");
                }
                else
                {
                    text.Append(": keep only the endpoint (or nothing), and delete the secret from every environment's settings and from Key Vault references that only served it.\n");
                }
            }

            text.Append('\n');
        }

        private static void Then(StringBuilder text, string h2, ProjectReport report)
        {
            // Findings in code with no blocker; a read of a configuration key (SL1021) is migrated with the client it
            // feeds, which SL2001's fix rewrites.
            var fixable = report.Findings.Where(f => f.InSourceCode && f.Property("FixBlocker") is null && (f.Property("ConfigurationKey") is null || f.RuleId == "SL2001"))
                .Select(f => f.RuleId).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList();
            text.Append(h2).Append(" Then\n\n");
            if (fixable.Count > 0)
            {
                text.Append("1. Apply the automatic fixes: `dotnet format analyzers ").Append(Path.GetFileName(report.ProjectPath)).Append(" --diagnostics ")
                    .Append(string.Join(" ", fixable)).Append(" --severity info`, and do the findings whose next step says so by hand.\n");
            }
            else
            {
                text.Append("1. Do the findings by hand, as their next step says.\n");
            }

            text.Append("2. Follow the cut-over checklist of each resource: grant, deploy, verify, disable key access, rotate the keys listed here (they are in your history), delete the configuration keys.\n");
        }

        private static string NextStep(Finding finding)
        {
            var blocker = finding.Property("FixBlocker");
            if (blocker is not null)
            {
                return BlockerNotes.TryGetValue(blocker, out var note) ? note : blocker;
            }

            if (finding.RuleId == "SL2001" && finding.InSourceCode)
            {
                return "Code fix (`dotnet format analyzers --diagnostics SL2001 --severity info`), then set the endpoint setting below";
            }

            if (finding.Property("ConfigurationKey") is { } key)
            {
                return finding.InSourceCode ? "Migrate the client that uses `" + key + "`" : "Delete `" + key + "` once the client is migrated";
            }

            if (finding.RuleId is "SL1010" or "SL1011")
            {
                // No token-based equivalent can be inferred for these: the value moves out of code.
                return "Move the value to Key Vault (read through configuration), or replace it with a managed identity, then rotate it";
            }

            return finding.InSourceCode ? "Code fix (`dotnet format analyzers --diagnostics " + finding.RuleId + "`)" : "By hand (see the rule page)";
        }

        /// <summary>"StorageAccountKey" → "Storage account key"; text with spaces stays as it is.</summary>
        private static string Words(string identifier)
        {
            if (identifier.IndexOf(' ') >= 0)
            {
                return identifier;
            }

            var text = new StringBuilder();
            for (var i = 0; i < identifier.Length; i++)
            {
                var c = identifier[i];
                var wordStart = i > 0 && char.IsUpper(c) && char.IsLower(identifier[i - 1]);
                text.Append(wordStart ? " " + char.ToLowerInvariant(c) : c.ToString());
            }

            return text.ToString();
        }

        private static string Cell(string text) => text.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");
    }
}
