using System;
using System.Collections.Generic;
using System.Linq;
using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Reporting.Azure;
using SecretlessAnalyzers.Reporting.Model;

namespace SecretlessAnalyzers.Reporting.Merging
{
    /// <summary>
    /// Groups findings by service and resource, and keeps for each the smallest set of roles per scope: a role on a
    /// scope covers the same or a weaker role of its family on that scope and its parts. A configuration file's
    /// finding names the broad role (the file says nothing of the calls); when the code that reads the same setting
    /// names roles from its calls, those are kept instead.
    /// </summary>
    public static class RoleMerger
    {
        public static List<ResourceAccess> Merge(IReadOnlyList<Finding> findings)
        {
            var groups = new SortedDictionary<string, (string Service, string Resource, List<Finding> Findings)>(StringComparer.OrdinalIgnoreCase);
            foreach (var finding in findings)
            {
                var service = finding.Property("Service") ?? finding.Property("ServiceId");
                if (service is null)
                {
                    continue;
                }

                // With no resource in code or in a configuration file, the setting the client reads names it.
                var resource = finding.Property("Resource") ?? ResourceOfSameSetting(finding, service, findings)
                    ?? (finding.Property("ConfigurationKey") is { } setting ? "(the one in setting " + setting + ")" : Placeholders.Unknown);
                var facts = ServiceFacts.Find(service, resource, finding.Property("ServiceId"));
                var key = (facts?.Id ?? ServiceFacts.KeyOf(service)) + "\n" + resource;
                if (!groups.TryGetValue(key, out var group))
                {
                    groups[key] = group = (service, resource, new List<Finding>());
                }

                group.Findings.Add(finding);
            }

            var result = new List<ResourceAccess>();
            foreach (var group in groups.Values)
            {
                var facts = ServiceFacts.Find(group.Service, group.Resource, group.Findings.Select(f => f.Property("ServiceId")).FirstOrDefault(id => id is not null));
                var access = new ResourceAccess
                {
                    Service = group.Service,
                    Facts = facts,
                    Resource = group.Resource,
                    Name = group.Resource.StartsWith("(", StringComparison.Ordinal) ? null : group.Resource.Split('.')[0],
                };
                var grants = new List<RelativeGrant>();
                foreach (var finding in WithoutConfigurationFallbacks(group.Findings, findings))
                {
                    foreach (var (role, scope) in GrantsOf(finding))
                    {
                        var (names, note) = RoleNames(role);
                        foreach (var name in names)
                        {
                            // Role names go into shell commands and Bicep between quotes: catalog names, or plain words (never quotes or '$').
                            var grant = new RelativeGrant(name, scope);
                            var safe = AzureCatalog.RoleNamed(name) is not null || name.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.');
                            if (safe && !grants.Contains(grant))
                            {
                                grants.Add(grant);
                            }
                        }

                        if (note is not null && !access.RoleNotes.Contains(note))
                        {
                            access.RoleNotes.Add(note);
                        }
                    }
                }

                foreach (var grant in grants.Where(g => !grants.Any(other => !other.Equals(g) && ServiceFacts.Covers(other.Role, g.Role) && Contains(other.Path, g.Path))))
                {
                    access.RelativeGrants.Add(grant);
                    if (!access.Roles.Contains(grant.Role, StringComparer.OrdinalIgnoreCase))
                    {
                        access.Roles.Add(grant.Role);
                    }
                }

                access.FoundAt.AddRange(group.Findings.Select(f => f.Where).Distinct());
                access.SecretsAt.AddRange(group.Findings.Where(f => f.RedactedSecret is not null).Select(f => f.Where).Distinct());
                access.ConfigurationKeys.AddRange(group.Findings.Select(f => f.Property("ConfigurationKey")).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase));
                result.Add(access);
            }

            return result;
        }

        /// <summary>
        /// The findings whose roles count: a configuration file's finding is left out when the code that reads its
        /// setting names roles from its calls (SL2001, or SL1021 with the role of the client it feeds), at every read:
        /// a read whose client the analysis could not follow keeps the file's broad role.
        /// </summary>
        private static IEnumerable<Finding> WithoutConfigurationFallbacks(List<Finding> group, IReadOnlyList<Finding> all) =>
            group.Where(finding => finding.InSourceCode
                || finding.Property("ConfigurationKey") is not { } key
                || !RolesComeFromCode(key, finding, all));

        private static bool RolesComeFromCode(string key, Finding fileFinding, IReadOnlyList<Finding> all)
        {
            var code = all.Where(f => f.InSourceCode && string.Equals(f.Property("ConfigurationKey"), key, StringComparison.OrdinalIgnoreCase)).ToList();
            var withRoles = code.Where(f => f.Property("Role") is not null && SameService(f, fileFinding)).ToList();
            return withRoles.Count > 0
                && code.All(read => read.Property("Role") is not null || withRoles.Any(f => f.File == read.File && f.Line == read.Line));
        }

        private static bool SameService(Finding a, Finding b) =>
            a.Property("Service") is not { } first || b.Property("Service") is not { } second
            || ServiceFacts.Find(first)?.Id == ServiceFacts.Find(second, b.Property("Resource"))?.Id;

        private static bool Contains(string outer, string inner) =>
            outer == inner || outer.Length == 0 || inner.StartsWith(outer + "/", StringComparison.Ordinal);

        /// <summary>A finding's <c>Grants</c> (<c>role@scope;role@scope</c>), or its <c>Role</c> on the whole resource.</summary>
        public static IEnumerable<(string Role, string Scope)> GrantsOf(Finding finding)
        {
            if (finding.Property("Grants") is { } grants)
            {
                foreach (var grant in grants.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    var at = grant.LastIndexOf('@');
                    if (at > 0)
                    {
                        // Scopes are plain path segments; anything else is ignored rather than printed into a command.
                        var scope = grant.Substring(at + 1);
                        yield return (grant.Substring(0, at), scope.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '/') ? scope : string.Empty);
                    }
                }

                yield break;
            }

            if (finding.Property("Role") is { } role)
            {
                yield return (role, string.Empty);
            }
        }

        /// <summary>
        /// The resource another finding names for the same configuration key: SL2001 sees the client reading
        /// <c>ConnectionStrings:Reports</c>, SL1020 sees the account in <c>appsettings.json</c>.
        /// </summary>
        public static string? ResourceOfSameSetting(Finding finding, string service, IReadOnlyList<Finding> all)
        {
            var key = finding.Property("ConfigurationKey");
            if (key is null)
            {
                return null;
            }

            var id = ServiceFacts.Find(service)?.Id ?? ServiceFacts.KeyOf(service);
            var resources = all
                .Where(other => string.Equals(other.Property("ConfigurationKey"), key, StringComparison.OrdinalIgnoreCase)
                    && other.Property("Resource") is { } resource
                    && other.Property("Service") is { } otherService
                    && (ServiceFacts.Find(otherService, resource)?.Id ?? ServiceFacts.KeyOf(otherService)) is var otherId
                    && (otherId == id || ServiceFacts.Find(service) is null))
                .Select(other => other.Property("Resource")!)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            return resources.Count == 1 ? resources[0] : null;
        }

        /// <summary>
        /// "Storage Blob Data Contributor (or the Queue ... role)" → the role, with the parenthesis as a note;
        /// "A and B", "A, B" → both; "A or B" → A (the first is the least privilege).
        /// </summary>
        public static (List<string> Names, string? Note) RoleNames(string role)
        {
            // A catalog role whose name has a parenthesis ("PostgreSQL Entra principal (GRANT SELECT)") is one role.
            if (AzureCatalog.RoleNamed(role) is { } whole)
            {
                return (new List<string> { whole.Name }, null);
            }

            string? note = null;
            var parenthesis = role.IndexOf(" (", StringComparison.Ordinal);
            if (parenthesis > 0)
            {
                note = role.Substring(parenthesis + 1).Trim();
                role = role.Substring(0, parenthesis);
            }

            var or = role.IndexOf(" or ", StringComparison.OrdinalIgnoreCase);
            if (or > 0)
            {
                note = (note is null ? string.Empty : note + " ") + "(alternative: " + role.Substring(or + 4).Trim() + ")";
                role = role.Substring(0, or);
            }

            var names = role.Split(new[] { ", ", "; ", " and ", " + " }, StringSplitOptions.RemoveEmptyEntries)
                .Select(n => n.Trim())
                .Where(n => n.Length > 0)
                .ToList();
            return (names, note);
        }
    }
}
