// SecretlessAnalyzers migration report: compiled by MSBuild's RoslynCodeTaskFactory from this file (see
// SecretlessAnalyzers.targets), and by the tests. Self-contained on purpose: an inline task on the .NET SDK compiles
// against netstandard only (System.Text.Json cannot be referenced there), so it carries a small JSON reader/writer.
// It reads the compiler's SARIF log (version 1.0 or 2.1), keeps the SL* results and writes Markdown for people and
// JSON for tools. Messages in the log already show secrets redacted; diagnostic properties never hold a secret.
// The tests compile this file with SECRETLESS_REPORT_LOGIC_ONLY: everything but the MSBuild task class, which the
// end-to-end test and the sample build exercise.
#nullable enable
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
#if !SECRETLESS_REPORT_LOGIC_ONLY
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
#endif

namespace SecretlessAnalyzers.MigrationReport
{
#if !SECRETLESS_REPORT_LOGIC_ONLY
    /// <summary>The MSBuild task: SARIF log in, <c>secretless-report.md</c> and <c>.json</c> out. Never fails the build.</summary>
    public sealed class WriteSecretlessMigrationReport : Task
    {
        /// <summary>The compiler's SARIF log (the <c>ErrorLog</c> property, without its <c>,version=</c> suffix).</summary>
        [Required]
        public string ErrorLog { get; set; } = string.Empty;

        [Required]
        public string ProjectPath { get; set; } = string.Empty;

        [Required]
        public string OutputDirectory { get; set; } = string.Empty;

        public string TargetFramework { get; set; } = string.Empty;

        /// <summary>When set (a solution build), the project's report is also merged into a report for the solution there.</summary>
        public string SolutionDirectory { get; set; } = string.Empty;

        [Output]
        public string MarkdownPath { get; set; } = string.Empty;

        public override bool Execute()
        {
            try
            {
                if (!File.Exists(ErrorLog))
                {
                    Log.LogWarning("Secretless migration report: the compiler log '{0}' was not written, so no report was made. Is the project compiled with Roslyn (C#)?", ErrorLog);
                    return true;
                }

                var report = ReportBuilder.Build(File.ReadAllText(ErrorLog), ProjectPath, TargetFramework);
                Directory.CreateDirectory(OutputDirectory);
                MarkdownPath = Path.Combine(OutputDirectory, ReportFiles.MarkdownName);
                var jsonPath = Path.Combine(OutputDirectory, ReportFiles.JsonName);
                File.WriteAllText(MarkdownPath, report.ToMarkdown(), ReportFiles.Utf8);
                File.WriteAllText(jsonPath, report.ToJson(), ReportFiles.Utf8);
                Log.LogMessage(MessageImportance.High, "Secretless migration report ({0}): {1}", report.Summary(), MarkdownPath);
                Log.LogMessage(MessageImportance.High, "Secretless migration report (JSON): {0}", jsonPath);

                if (!string.IsNullOrEmpty(SolutionDirectory) && SolutionDirectory != "*Undefined*")
                {
                    var combined = SolutionReport.Merge(SolutionDirectory, report);
                    Log.LogMessage(MessageImportance.High, "Secretless migration report for the solution: {0}", combined);
                }

                return true;
            }
            catch (Exception exception)
            {
                // The report is an extra of the build: whatever goes wrong here must not fail the user's build.
                Log.LogWarning("Secretless migration report: {0}", exception.Message);
                return true;
            }
        }
    }

#endif

    public static class ReportFiles
    {
        public const string MarkdownName = "secretless-report.md";
        public const string JsonName = "secretless-report.json";
        public const string SchemaName = "secretless-migration-report/1";

        /// <summary>UTF-8 without a byte-order mark: what Markdown viewers and JSON parsers expect.</summary>
        public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    }

    /// <summary>One SL* result of the log.</summary>
    public sealed class Finding
    {
        public string RuleId { get; set; } = string.Empty;
        public string Level { get; set; } = string.Empty;
        public string Message { get; set; } = string.Empty;
        public string Title { get; set; } = string.Empty;
        public string HelpUri { get; set; } = string.Empty;
        public string File { get; set; } = string.Empty;
        public int Line { get; set; }
        public int Column { get; set; }
        public string? RedactedSecret { get; set; }
        public SortedDictionary<string, string> Properties { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

        public string? Property(string key) => Properties.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

        public string Where => Line > 0 ? File + ":" + Line.ToString(CultureInfo.InvariantCulture) + ":" + Column.ToString(CultureInfo.InvariantCulture) : File;

        public bool InSourceCode => File.EndsWith(".cs", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An Azure resource the project talks to, the roles its identity needs there, and how to grant them.</summary>
    public sealed class ResourceAccess
    {
        public string Service { get; set; } = string.Empty;
        public string Resource { get; set; } = string.Empty;
        public string Kind { get; set; } = string.Empty;
        public string Scope { get; set; } = string.Empty;
        public List<string> Roles { get; } = new List<string>();
        public List<string> RoleNotes { get; } = new List<string>();
        public List<string> Commands { get; } = new List<string>();
        public string CommandLanguage { get; set; } = "sh";
        public List<string> FoundAt { get; } = new List<string>();

        /// <summary>Each role on the part of the resource the code uses (a path below the resource; empty for all of it).</summary>
        public List<(string Role, string Scope)> RelativeGrants { get; } = new List<(string Role, string Scope)>();

        /// <summary>Each role with the scope written in its command.</summary>
        public List<RoleGrant> Grants { get; } = new List<RoleGrant>();
    }

    public sealed class RoleGrant
    {
        public string Role { get; set; } = string.Empty;
        public string Scope { get; set; } = string.Empty;
        public string? Note { get; set; }
    }

    public sealed class ConfigurationKeyToDelete
    {
        public string Key { get; set; } = string.Empty;
        public List<string> Files { get; } = new List<string>();
        public List<string> ReadAt { get; } = new List<string>();

        /// <summary>The setting SL2001's fix reads the endpoint from instead (<c>Reports:ServiceUri</c>), or null.</summary>
        public string? NewSetting { get; set; }

        /// <summary>Its value, when the findings name the resource (<c>https://contosoreports.blob.core.windows.net</c>), or null.</summary>
        public string? NewValue { get; set; }
    }

    public sealed class ProjectReport
    {
        public string Project { get; set; } = string.Empty;
        public string ProjectPath { get; set; } = string.Empty;
        public string TargetFramework { get; set; } = string.Empty;
        public List<Finding> Findings { get; } = new List<Finding>();
        public List<ResourceAccess> Resources { get; } = new List<ResourceAccess>();
        public List<ConfigurationKeyToDelete> ConfigurationKeys { get; } = new List<ConfigurationKeyToDelete>();
        public int Suppressed { get; set; }

        /// <summary>Suppressed because secretless.baseline.json records them (docs/baseline.md); not in <see cref="Suppressed"/>.</summary>
        public int Baselined { get; set; }

        public string Summary() => string.Format(
            CultureInfo.InvariantCulture,
            "{0} finding(s), {1} secret(s), {2} Azure resource(s), {3} configuration key(s) to delete",
            Findings.Count,
            Findings.Count(f => f.RedactedSecret is not null),
            Resources.Count,
            ConfigurationKeys.Count);

        public string ToMarkdown() => MarkdownWriter.Project(this, headingLevel: 1);

        public string ToJson() => Json.Write(JsonShape.Project(this)) + "\n";
    }

    /// <summary>SARIF 1.0 / 2.1 → <see cref="ProjectReport"/>.</summary>
    public static class ReportBuilder
    {
        public static ProjectReport Build(string sarif, string projectPath, string targetFramework)
        {
            var report = new ProjectReport
            {
                Project = Path.GetFileNameWithoutExtension(projectPath),
                ProjectPath = projectPath,
                TargetFramework = targetFramework,
            };
            var projectDirectory = Path.GetDirectoryName(Path.GetFullPath(projectPath)) ?? string.Empty;
            var root = Json.Parse(sarif) as JsonObject ?? throw new FormatException("The SARIF log is not a JSON object.");
            foreach (var run in root.Array("runs").OfType<JsonObject>())
            {
                var rules = RulesOf(run);
                foreach (var result in run.Array("results").OfType<JsonObject>())
                {
                    var ruleId = result.String("ruleId") ?? string.Empty;
                    if (!IsSecretlessRule(ruleId))
                    {
                        continue;
                    }

                    if (IsSuppressed(result))
                    {
                        if (IsBaselined(result))
                        {
                            report.Baselined++;
                        }
                        else
                        {
                            report.Suppressed++;
                        }

                        continue;
                    }

                    report.Findings.Add(ToFinding(result, ruleId, rules, projectDirectory));
                }
            }

            report.Findings.Sort((a, b) =>
            {
                var byFile = string.CompareOrdinal(a.File, b.File);
                return byFile != 0 ? byFile : a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column);
            });
            report.Resources.AddRange(RoleAssignments.For(report.Findings));
            report.ConfigurationKeys.AddRange(ConfigurationKeysOf(report.Findings));
            return report;
        }

        public static bool IsSecretlessRule(string ruleId) =>
            ruleId.Length == 6 && ruleId.StartsWith("SL", StringComparison.Ordinal) && ruleId.Skip(2).All(char.IsDigit);

        /// <summary>The redacted form <c>SecretRedaction</c> writes into messages: <c>'abcd…' (88 characters)</c>.</summary>
        public static string? RedactedSecretIn(string message)
        {
            var end = message.IndexOf(" characters)", StringComparison.Ordinal);
            if (end < 0)
            {
                return null;
            }

            var open = message.LastIndexOf("' (", end, StringComparison.Ordinal);
            var quote = open < 0 ? -1 : message.LastIndexOf('\'', open - 1);
            return quote < 0 ? null : message.Substring(quote, end + " characters)".Length - quote);
        }

        private static Dictionary<string, (string Title, string HelpUri)> RulesOf(JsonObject run)
        {
            var rules = new Dictionary<string, (string, string)>(StringComparer.Ordinal);

            // SARIF 2.1: tool.driver.rules[] with shortDescription.text; 1.0: rules{} keyed by id with a plain shortDescription.
            foreach (var rule in (run.Object("tool")?.Object("driver")?.Array("rules") ?? new List<object?>()).OfType<JsonObject>())
            {
                rules[rule.String("id") ?? string.Empty] = (rule.Object("shortDescription")?.String("text") ?? string.Empty, rule.String("helpUri") ?? string.Empty);
            }

            foreach (var entry in run.Object("rules") ?? new JsonObject())
            {
                if (entry.Value is JsonObject rule)
                {
                    rules[entry.Key] = (rule.String("shortDescription") ?? string.Empty, rule.String("helpUri") ?? string.Empty);
                }
            }

            return rules;
        }

        private static bool IsSuppressed(JsonObject result) =>
            result.Array("suppressions").Count > 0 || result.Array("suppressionStates").Count > 0;

        // The baseline suppressor's justification names the file; SARIF 2.1 carries it (SARIF 1.0 does not).
        private static bool IsBaselined(JsonObject result) =>
            result.Array("suppressions").OfType<JsonObject>().Any(s =>
                (s.String("justification") ?? s.Object("properties")?.String("suppressionType") ?? string.Empty).Contains("secretless.baseline.json"));

        private static Finding ToFinding(JsonObject result, string ruleId, Dictionary<string, (string Title, string HelpUri)> rules, string projectDirectory)
        {
            var message = result.Object("message")?.String("text") ?? result.String("message") ?? string.Empty;
            rules.TryGetValue(ruleId, out var rule);
            var finding = new Finding
            {
                RuleId = ruleId,
                Level = result.String("level") ?? "warning",
                Message = message,
                Title = rule.Title ?? string.Empty,
                HelpUri = rule.HelpUri ?? string.Empty,
                RedactedSecret = RedactedSecretIn(message),
            };

            var location = result.Array("locations").OfType<JsonObject>().FirstOrDefault();
            var physical = location?.Object("physicalLocation");
            var file = physical?.Object("artifactLocation") ?? location?.Object("resultFile");
            var region = physical?.Object("region") ?? location?.Object("resultFile")?.Object("region");
            finding.File = RelativePath(file?.String("uri"), projectDirectory);
            finding.Line = region?.Int("startLine") ?? 0;
            finding.Column = region?.Int("startColumn") ?? 0;

            foreach (var property in result.Object("properties")?.Object("customProperties") ?? new JsonObject())
            {
                if (property.Value is string value)
                {
                    finding.Properties[property.Key] = value;
                }
            }

            return finding;
        }

        private static string RelativePath(string? uri, string projectDirectory)
        {
            if (string.IsNullOrEmpty(uri))
            {
                return "(no location)";
            }

            var path = Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.IsFile ? absolute.LocalPath : Uri.UnescapeDataString(uri!);
            if (!Path.IsPathRooted(path))
            {
                return path.Replace('\\', '/');
            }

            var directory = projectDirectory.TrimEnd('/', '\\') + Path.DirectorySeparatorChar;
            return (path.StartsWith(directory, StringComparison.OrdinalIgnoreCase) ? path.Substring(directory.Length) : path).Replace('\\', '/');
        }

        /// <summary>
        /// The setting SL2001's fix introduces, by its convention: the key without <c>ConnectionStrings:</c>, then
        /// <c>:ServiceUri</c> (storage), <c>:FullyQualifiedNamespace</c> (Service Bus, Event Hubs), <c>:AccountEndpoint</c>
        /// (Cosmos DB) or <c>:Endpoint</c> (App Configuration); with its value when a finding names the resource.
        /// </summary>
        private static (string? Setting, string? Value) EndpointSetting(Finding finding, string key, List<Finding> findings)
        {
            const string ConnectionStrings = "ConnectionStrings:";
            var name = key.StartsWith(ConnectionStrings, StringComparison.OrdinalIgnoreCase) ? key.Substring(ConnectionStrings.Length) : key;
            var service = new string((finding.Property("Service") ?? string.Empty).Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
            var resource = finding.Property("Resource") ?? RoleAssignments.ResourceOfSameSetting(finding, finding.Property("Service") ?? string.Empty, findings);
            var role = finding.Property("Role") ?? string.Empty;
            if (service.Contains("storage"))
            {
                var storageService = role.Contains("Queue") ? "queue" : role.Contains("Table") ? "table" : "blob";
                return (name + ":ServiceUri", resource is null ? null : "https://" + resource + "." + storageService + ".core.windows.net");
            }

            if (service.Contains("servicebus") || service.Contains("eventhub"))
            {
                return (name + ":FullyQualifiedNamespace", resource);
            }

            if (service.Contains("cosmos"))
            {
                return (name + ":AccountEndpoint", resource is null ? null : "https://" + resource + ".documents.azure.com:443/");
            }

            return service.Contains("appconfig")
                ? (name + ":Endpoint", resource is null ? null : "https://" + resource)
                : (null, null);
        }

        private static IEnumerable<ConfigurationKeyToDelete> ConfigurationKeysOf(List<Finding> findings)
        {
            var keys = new SortedDictionary<string, ConfigurationKeyToDelete>(StringComparer.OrdinalIgnoreCase);
            foreach (var finding in findings)
            {
                var key = finding.Property("ConfigurationKey");
                if (key is null)
                {
                    continue;
                }

                if (!keys.TryGetValue(key, out var entry))
                {
                    keys[key] = entry = new ConfigurationKeyToDelete { Key = key };
                }

                if (finding.RuleId == "SL2001" && finding.Property("FixBlocker") is null && entry.NewSetting is null)
                {
                    (entry.NewSetting, entry.NewValue) = EndpointSetting(finding, key, findings);
                }

                var list = finding.InSourceCode ? entry.ReadAt : entry.Files;
                if (!list.Contains(finding.Where))
                {
                    list.Add(finding.Where);
                }
            }

            return keys.Values;
        }
    }

    /// <summary>
    /// Groups findings by service and resource and writes the commands that grant the roles they name, each on the
    /// narrowest scope the findings' <c>Grants</c> property gives (a container, a queue, an entity, a Cosmos
    /// container). The service names of the rules are matched loosely ("Storage", "ServiceBus", "Service Bus",
    /// "CosmosDB"...), so new rules that use the common diagnostic properties get commands without a change here.
    /// </summary>
    public static class RoleAssignments
    {
        public const string PrincipalId = "<principal-id>";
        public const string ResourceGroup = "<resource-group>";
        public const string Subscription = "<subscription-id>";
        public const string IdentityName = "<identity-name>";
        public const string Unknown = "(unknown)";

        private static readonly (string Match, string Provider, string Kind)[] ArmResources =
        {
            ("servicebus", "Microsoft.ServiceBus/namespaces", "Service Bus namespace"),
            ("eventhub", "Microsoft.EventHub/namespaces", "Event Hubs namespace"),
            ("eventgrid", "Microsoft.EventGrid/topics", "Event Grid topic"),
            ("keyvault", "Microsoft.KeyVault/vaults", "Key vault"),
            ("appconfig", "Microsoft.AppConfiguration/configurationStores", "App Configuration store"),
            ("webpubsub", "Microsoft.SignalRService/WebPubSub", "Web PubSub service"),
            ("signalr", "Microsoft.SignalRService/SignalR", "SignalR service"),
            ("search", "Microsoft.Search/searchServices", "Azure AI Search service"),
            ("openai", "Microsoft.CognitiveServices/accounts", "Azure OpenAI account"),
            ("cognitive", "Microsoft.CognitiveServices/accounts", "Azure AI services account"),
            ("aiservice", "Microsoft.CognitiveServices/accounts", "Azure AI services account"),
            ("storage", "Microsoft.Storage/storageAccounts", "Storage account"),
            ("blob", "Microsoft.Storage/storageAccounts", "Storage account"),
            ("queue", "Microsoft.Storage/storageAccounts", "Storage account"),
            ("table", "Microsoft.Storage/storageAccounts", "Storage account"),
            ("datalake", "Microsoft.Storage/storageAccounts", "Storage account"),
        };

        public static IEnumerable<ResourceAccess> For(IEnumerable<Finding> findings)
        {
            var all = findings.ToList();
            var groups = new SortedDictionary<string, (string Service, string Resource, List<Finding> Findings)>(StringComparer.OrdinalIgnoreCase);
            foreach (var finding in all)
            {
                var service = finding.Property("Service");
                if (service is null)
                {
                    continue;
                }

                // With no resource in code or in a configuration file, the setting the client reads names it.
                var resource = finding.Property("Resource") ?? ResourceOfSameSetting(finding, service, all)
                    ?? (finding.Property("ConfigurationKey") is { } setting ? "(the one in setting " + setting + ")" : Unknown);
                var key = ServiceKey(service) + "\n" + resource;
                if (!groups.TryGetValue(key, out var group))
                {
                    groups[key] = group = (service, resource, new List<Finding>());
                }

                group.Findings.Add(finding);
            }

            foreach (var group in groups.Values)
            {
                var access = new ResourceAccess { Service = group.Service, Resource = group.Resource };
                var grants = new List<(string Role, string Scope)>();
                foreach (var finding in group.Findings)
                {
                    foreach (var (role, scope) in GrantsOf(finding))
                    {
                        var (names, note) = RoleNames(role);
                        foreach (var name in names)
                        {
                            // Role names go into shell commands between quotes: only names, never quotes or '$'.
                            if (name.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.') && !grants.Contains((name, scope)))
                            {
                                grants.Add((name, scope));
                            }
                        }

                        if (note is not null && !access.RoleNotes.Contains(note))
                        {
                            access.RoleNotes.Add(note);
                        }
                    }
                }

                // A role on a scope covers the same or a weaker role of its family on that scope and its parts.
                foreach (var grant in grants.Where(g => !grants.Any(other => other != g && RoleCovers(other.Role, g.Role) && Contains(other.Scope, g.Scope))))
                {
                    access.RelativeGrants.Add(grant);
                    if (!access.Roles.Contains(grant.Role, StringComparer.OrdinalIgnoreCase))
                    {
                        access.Roles.Add(grant.Role);
                    }
                }

                foreach (var where in group.Findings.Select(f => f.Where).Distinct())
                {
                    access.FoundAt.Add(where);
                }

                WriteCommands(access);
                yield return access;
            }
        }

        private static readonly (string Suffix, int Rank)[] RoleRanks =
        {
            (" Reader", 1), (" Message Sender", 1), (" Message Processor", 1), (" Sender", 1), (" Receiver", 1), (" Contributor", 2), (" Owner", 3),
        };

        /// <summary>"Storage Blob Data Contributor" allows all "Storage Blob Data Reader" does (same family, higher rank).</summary>
        public static bool RoleCovers(string broad, string narrow)
        {
            if (string.Equals(broad, narrow, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var b = RoleRanks.FirstOrDefault(r => broad.EndsWith(r.Suffix, StringComparison.Ordinal));
            var n = RoleRanks.FirstOrDefault(r => narrow.EndsWith(r.Suffix, StringComparison.Ordinal));
            return b.Suffix is not null && n.Suffix is not null && b.Rank > n.Rank
                && broad.Substring(0, broad.Length - b.Suffix.Length) == narrow.Substring(0, narrow.Length - n.Suffix.Length);
        }

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

            if (finding.Property("Role") is { } role2)
            {
                yield return (role2, string.Empty);
            }
        }

        /// <summary>
        /// The resource another finding names for the same configuration key: SL2001 sees the client reading
        /// <c>ConnectionStrings:Reports</c>, SL1020 sees the account in <c>appsettings.json</c>.
        /// </summary>
        internal static string? ResourceOfSameSetting(Finding finding, string service, List<Finding> all)
        {
            var key = finding.Property("ConfigurationKey");
            if (key is null)
            {
                return null;
            }

            var resources = all
                .Where(other => string.Equals(other.Property("ConfigurationKey"), key, StringComparison.OrdinalIgnoreCase)
                    && other.Property("Resource") is not null
                    && other.Property("Service") is { } otherService && ServiceKey(otherService) == ServiceKey(service))
                .Select(other => other.Property("Resource")!)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            return resources.Count == 1 ? resources[0] : null;
        }

        /// <summary>"Service Bus", "ServiceBus" and "servicebus" are one service.</summary>
        private static string ServiceKey(string service) => new string(service.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();

        /// <summary>
        /// "Storage Blob Data Contributor (or the Queue ... role)" → the role, with the parenthesis as a note;
        /// "A and B", "A, B" → both; "A or B" → A (the first is the least privilege).
        /// </summary>
        public static (List<string> Names, string? Note) RoleNames(string role)
        {
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

        private static void WriteCommands(ResourceAccess access)
        {
            var service = ServiceKey(access.Service);
            var known = !access.Resource.StartsWith("(", StringComparison.Ordinal);

            // ARM names are the first label of a host name: contoso.servicebus.windows.net → contoso.
            var name = known ? access.Resource.Split('.')[0] : "<" + service + "-resource-name>";
            if (service.Contains("cosmos"))
            {
                Cosmos(access, name);
            }
            else if (service.Contains("redis"))
            {
                Redis(access, name);
            }
            else if (service.Contains("postgres") || service.Contains("npgsql"))
            {
                Postgres(access);
            }
            else if (service.Contains("mysql"))
            {
                MySql(access);
            }
            else if (service.Contains("sql"))
            {
                Sql(access);
            }
            else if (service.Contains("entra"))
            {
                EntraApplication(access);
            }
            else
            {
                var arm = ArmResources.FirstOrDefault(r => service.Contains(r.Match));
                access.Kind = arm.Kind ?? access.Service + " resource";
                access.Scope = arm.Provider is null
                    ? "<resource-id of " + access.Resource + ">"
                    : "/subscriptions/" + Subscription + "/resourceGroups/" + ResourceGroup + "/providers/" + arm.Provider + "/" + name;
                foreach (var (role, relative) in access.RelativeGrants)
                {
                    var (scope, comment) = ArmScope(access.Scope, relative);
                    access.Grants.Add(new RoleGrant { Role = role, Scope = scope, Note = comment });
                    access.Commands.Add(
                        (comment is null ? string.Empty : "# " + comment + "\n")
                        + "az role assignment create --assignee-object-id " + PrincipalId + " --assignee-principal-type ServicePrincipal \\\n"
                        + "  --role \"" + role + "\" \\\n"
                        + "  --scope \"" + scope + "\"");
                }
            }
        }

        /// <summary>The ARM scope of a part of a resource; a Service Bus name that may be a queue or a topic is written as a queue, with a note.</summary>
        private static (string Scope, string? Note) ArmScope(string resourceScope, string relative)
        {
            if (relative.Length == 0 || resourceScope.StartsWith("<resource-id", StringComparison.Ordinal))
            {
                return (resourceScope, null);
            }

            const string Entities = "entities/";
            if (relative.StartsWith(Entities, StringComparison.Ordinal))
            {
                var entity = relative.Substring(Entities.Length);
                return (resourceScope + "/queues/" + entity, "the code sends to '" + entity + "': if it is a topic, use " + resourceScope + "/topics/" + entity);
            }

            return (resourceScope + "/" + relative, null);
        }

        private static void Cosmos(ResourceAccess access, string account)
        {
            access.Kind = "Azure Cosmos DB account (data-plane RBAC)";
            access.Scope = "/";
            access.RoleNotes.Add("(data-plane roles cannot create databases or containers: create them in deployment)");
            foreach (var (role, relative) in access.RelativeGrants)
            {
                // Built-in data-plane roles: ...0001 Data Reader, ...0002 Data Contributor.
                var definition = Guid.TryParse(role, out _) ? role
                    : role.IndexOf("Reader", StringComparison.OrdinalIgnoreCase) >= 0 ? "00000000-0000-0000-0000-000000000001"
                    : "00000000-0000-0000-0000-000000000002";
                var scope = relative.StartsWith("dbs/", StringComparison.Ordinal) ? "/" + relative : "/";
                access.Grants.Add(new RoleGrant { Role = role, Scope = scope });
                access.Commands.Add(
                    "az cosmosdb sql role assignment create --account-name " + account + " --resource-group " + ResourceGroup + " \\\n"
                    + "  --scope \"" + scope + "\" --principal-id " + PrincipalId + " --role-definition-id " + definition + "  # " + role);
            }
        }

        private static void Redis(ResourceAccess access, string cache)
        {
            access.Kind = "Azure Cache for Redis (data access policy)";
            access.Scope = "the cache " + cache;
            foreach (var role in access.Roles)
            {
                var policy = role.IndexOf("Owner", StringComparison.OrdinalIgnoreCase) >= 0 ? "Data Owner"
                    : role.IndexOf("Reader", StringComparison.OrdinalIgnoreCase) >= 0 ? "Data Reader"
                    : "Data Contributor";
                access.Grants.Add(new RoleGrant { Role = role, Scope = access.Scope });
                access.Commands.Add(
                    "az redis access-policy-assignment create --name " + cache + " --resource-group " + ResourceGroup + " \\\n"
                    + "  --policy-name \"" + policy + "\" --object-id " + PrincipalId + " --object-id-alias " + IdentityName + " \\\n"
                    + "  --access-policy-assignment-name " + IdentityName);
            }
        }

        private static void Sql(ResourceAccess access)
        {
            access.Kind = "Azure SQL database (contained database user)";
            access.Scope = "each database the service uses on " + access.Resource;
            access.CommandLanguage = "sql";

            // One contained user per database: the grants' "databases/<name>" scopes, or every database the service uses.
            var databases = access.RelativeGrants.Count == 0 ? new List<string> { string.Empty } : access.RelativeGrants.Select(g => g.Scope).Distinct().ToList();
            foreach (var database in databases)
            {
                var roles = access.RelativeGrants.Where(g => g.Scope == database).Select(g => g.Role)
                    .Where(r => r.StartsWith("db_", StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
                if (roles.Count == 0)
                {
                    roles.AddRange(new[] { "db_datareader", "db_datawriter" });
                }

                var name = database.StartsWith("databases/", StringComparison.Ordinal) ? database.Substring("databases/".Length) : null;
                var scope = name is null ? access.Scope : "database " + name + " on " + access.Resource;
                var statements = new StringBuilder();
                statements.Append("-- On ").Append(access.Resource).Append(name is null ? ", in each database the service uses" : ", in database " + name)
                    .Append(", connected as the server's Microsoft Entra admin:\n");
                statements.Append("CREATE USER [").Append(IdentityName).Append("] FROM EXTERNAL PROVIDER;");
                foreach (var role in roles)
                {
                    access.Grants.Add(new RoleGrant { Role = role, Scope = scope });
                    statements.Append("\nALTER ROLE ").Append(role).Append(" ADD MEMBER [").Append(IdentityName).Append("];");
                }

                access.Commands.Add(statements.ToString());
            }
        }

        private static void Postgres(ResourceAccess access)
        {
            access.Kind = "Azure Database for PostgreSQL (Microsoft Entra principal)";
            access.Scope = "the databases the service uses on " + access.Resource;
            access.CommandLanguage = "sql";
            AddRoleGrants(access);
            access.Commands.Add(
                "-- On " + access.Resource + ", connected to the postgres database as the server's Microsoft Entra admin:\n"
                + "SELECT * FROM pgaadauth_create_principal('" + IdentityName + "', false, false);\n"
                + "-- Then, in each database: GRANT the privileges the service needs to \"" + IdentityName + "\".");
        }

        private static void MySql(ResourceAccess access)
        {
            access.Kind = "Azure Database for MySQL (Microsoft Entra user)";
            access.Scope = "the databases the service uses on " + access.Resource;
            access.CommandLanguage = "sql";
            AddRoleGrants(access);
            access.Commands.Add(
                "-- On " + access.Resource + ", connected as the server's Microsoft Entra admin: create the Microsoft Entra user\n"
                + "-- for " + IdentityName + " (see the rule page of the finding), then GRANT it the privileges the service needs.");
        }

        /// <summary>
        /// A client secret belongs to an app registration, not to a resource: the managed identity needs the data
        /// roles the application holds today, so the command lists them.
        /// </summary>
        private static void EntraApplication(ResourceAccess access)
        {
            // The analyzer names the application by its client id when the code holds it as a constant.
            var application = Guid.TryParse(access.Resource, out _) ? access.Resource : "<application-client-id>";
            access.Kind = "Microsoft Entra application (client secret)";
            access.Scope = "the resources the application's role assignments cover";
            access.Roles.Clear();
            access.RoleNotes.Clear();
            access.RoleNotes.Add("the roles the application holds today: list them, grant the data roles among them to the managed identity, then delete the client secret");
            access.Commands.Add(
                "az role assignment list --assignee " + application + " --all --output table\n"
                + "# then, once the service runs with its managed identity:\n"
                + "az ad app credential delete --id " + application + " --key-id <secret-key-id>");
        }

        private static void AddRoleGrants(ResourceAccess access)
        {
            foreach (var role in access.Roles)
            {
                access.Grants.Add(new RoleGrant { Role = role, Scope = access.Scope });
            }
        }
    }

    internal static class MarkdownWriter
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
                text.Append(report.Baselined.ToString(CultureInfo.InvariantCulture)).Append(" finding(s) recorded in secretless.baseline.json are not listed.\n");
            }

            text.Append("Secrets are shown redacted: first four characters and length.\n\n");

            text.Append(h2).Append(" Findings\n\n");
            if (report.Findings.Count == 0)
            {
                text.Append("No SecretlessAnalyzers finding: nothing to migrate in this project.\n\n");
            }
            else
            {
                text.Append("| Rule | What | Resource | Where | Secret | Next step |\n|---|---|---|---|---|---|\n");
                foreach (var finding in report.Findings)
                {
                    var what = finding.Property("SecretKind") is { } kind ? Words(kind) : finding.Title;
                    var resource = finding.Property("Service") is { } service ? service + " `" + (finding.Property("Resource") ?? "(unknown)") + "`" : string.Empty;
                    var next = NextStep(finding);
                    text.Append("| ").Append(finding.HelpUri.Length > 0 ? "[" + finding.RuleId + "](" + finding.HelpUri + ")" : finding.RuleId)
                        .Append(" | ").Append(Cell(what))
                        .Append(" | ").Append(Cell(resource))
                        .Append(" | `").Append(Cell(finding.Where)).Append('`')
                        .Append(" | ").Append(finding.RedactedSecret is null ? string.Empty : "`" + Cell(finding.RedactedSecret) + "`")
                        .Append(" | ").Append(Cell(next)).Append(" |\n");
                }

                text.Append('\n');
            }

            text.Append(h2).Append(" Azure resources and the roles the identity needs\n\n");
            if (report.Resources.Count == 0)
            {
                text.Append("None found.\n\n");
            }
            else
            {
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
                text.Append("Replace `").Append(RoleAssignments.PrincipalId).Append("` with the object (principal) id of the service's managed identity ")
                    .Append("(`az webapp identity show --name <app> --resource-group <resource-group> --query principalId -o tsv`, or ")
                    .Append("`az identity show --name <identity-name> --resource-group <resource-group> --query principalId -o tsv` for a user-assigned one), ")
                    .Append("`").Append(RoleAssignments.ResourceGroup).Append("` and `").Append(RoleAssignments.Subscription).Append("` with where each resource lives, ")
                    .Append("and `").Append(RoleAssignments.IdentityName).Append("` with the identity's name. ")
                    .Append("Scopes are as narrow as the code shows: a container, queue, table, share, entity, event hub or Cosmos container when the code names it with a constant; ")
                    .Append("the whole resource when the name is computed or the client escapes the analysis (the finding's message says why).\n\n");
                foreach (var resource in report.Resources.Where(r => r.Commands.Count > 0))
                {
                    text.Append("```").Append(resource.CommandLanguage).Append('\n');
                    text.Append(resource.CommandLanguage == "sql" ? "-- " : "# ").Append(resource.Kind).Append(' ').Append(resource.Resource).Append('\n');
                    text.Append(string.Join("\n", resource.Commands)).Append("\n```\n\n");
                }
            }

            text.Append(h2).Append(" Configuration keys to delete once migrated\n\n");
            if (report.ConfigurationKeys.Count == 0)
            {
                text.Append("None found.\n\n");
            }
            else
            {
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

                    if (key.NewSetting is not null)
                    {
                        text.Append(": the SL2001 fix reads `").Append(key.NewSetting).Append("` instead: set it")
                            .Append(key.NewValue is null ? string.Empty : " to `" + key.NewValue + "`")
                            .Append(" in every environment, then delete the secret from every environment's settings and from Key Vault references that only served it.\n");
                    }
                    else
                    {
                        text.Append(": keep only the endpoint (or nothing), and delete the secret from every environment's settings and from Key Vault references that only served it.\n");
                    }
                }

                text.Append('\n');
            }

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

            text.Append("2. Grant the roles above, deploy, and check the service works with its managed identity.\n");
            text.Append("3. Rotate every key listed here (they are in your history), disable key-based access where the service allows it, and delete the configuration keys above.\n");
            return text.ToString();
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

    internal static class JsonShape
    {
        public static JsonObject Project(ProjectReport report)
        {
            var findings = report.Findings.Select(f =>
            {
                var properties = new JsonObject();
                foreach (var property in f.Properties)
                {
                    properties.Add(property.Key, property.Value);
                }

                return (object?)new JsonObject
                {
                    { "ruleId", f.RuleId },
                    { "level", f.Level },
                    { "title", f.Title },
                    { "message", f.Message },
                    { "file", f.File },
                    { "line", f.Line },
                    { "column", f.Column },
                    { "redactedSecret", f.RedactedSecret },
                    { "helpUri", f.HelpUri },
                    { "properties", properties },
                };
            }).ToList();
            var resources = report.Resources.Select(r => (object?)new JsonObject
            {
                { "service", r.Service },
                { "resource", r.Resource },
                { "kind", r.Kind },
                { "roles", r.Roles.Cast<object?>().ToList() },
                { "roleNotes", r.RoleNotes.Cast<object?>().ToList() },
                { "scope", r.Scope },
                { "grants", r.Grants.Select(g => (object?)new JsonObject { { "role", g.Role }, { "scope", g.Scope }, { "note", g.Note } }).ToList() },
                { "commandLanguage", r.CommandLanguage },
                { "commands", r.Commands.Cast<object?>().ToList() },
                { "foundAt", r.FoundAt.Cast<object?>().ToList() },
            }).ToList();
            var keys = report.ConfigurationKeys.Select(k => (object?)new JsonObject
            {
                { "key", k.Key },
                { "files", k.Files.Cast<object?>().ToList() },
                { "readAt", k.ReadAt.Cast<object?>().ToList() },
                { "newSetting", k.NewSetting },
                { "newValue", k.NewValue },
            }).ToList();
            return new JsonObject
            {
                { "schema", ReportFiles.SchemaName },
                { "project", report.Project },
                { "projectPath", report.ProjectPath.Replace('\\', '/') },
                { "targetFramework", report.TargetFramework },
                { "suppressed", report.Suppressed },
                { "baselined", report.Baselined },
                { "findings", findings },
                { "resources", resources },
                { "configurationKeys", keys },
            };
        }
    }

    /// <summary>
    /// The report of a solution build: each project leaves its report in <c>obj/secretless-report/</c> under the
    /// solution folder, and rewrites <c>secretless-report.md</c> / <c>.json</c> there from all of them, under a lock
    /// because projects build in parallel. Reports of projects whose file no longer exists are left out.
    /// </summary>
    public static class SolutionReport
    {
        public static string Merge(string solutionDirectory, ProjectReport report)
        {
            var parts = Path.Combine(solutionDirectory, "obj", "secretless-report");
            Directory.CreateDirectory(parts);
            // Two projects of the same name in different folders keep separate parts.
            var name = report.Project + "-" + StableHash(Path.GetFullPath(report.ProjectPath)) + (report.TargetFramework.Length > 0 ? "." + report.TargetFramework : string.Empty);
            using (Lock(Path.Combine(parts, ".lock")))
            {
                File.WriteAllText(Path.Combine(parts, name + ".json"), report.ToJson(), ReportFiles.Utf8);
                File.WriteAllText(Path.Combine(parts, name + ".md"), MarkdownWriter.Project(report, headingLevel: 2), ReportFiles.Utf8);

                var projects = new List<(JsonObject Json, string Markdown)>();
                foreach (var json in Directory.GetFiles(parts, "*.json").OrderBy(p => p, StringComparer.Ordinal))
                {
                    var markdown = Path.ChangeExtension(json, ".md");
                    if (Json.Parse(File.ReadAllText(json)) is JsonObject part && File.Exists(markdown)
                        && File.Exists(part.String("projectPath") ?? string.Empty))
                    {
                        projects.Add((part, File.ReadAllText(markdown)));
                    }
                }

                var markdownPath = Path.Combine(solutionDirectory, ReportFiles.MarkdownName);
                File.WriteAllText(markdownPath, Markdown(projects), ReportFiles.Utf8);
                File.WriteAllText(
                    Path.Combine(solutionDirectory, ReportFiles.JsonName),
                    Json.Write(new JsonObject { { "schema", ReportFiles.SchemaName }, { "projects", projects.Select(p => (object?)p.Json).ToList() } }) + "\n",
                    ReportFiles.Utf8);
                return markdownPath;
            }
        }

        public static string Markdown(IReadOnlyList<(JsonObject Json, string Markdown)> projects)
        {
            var text = new StringBuilder("# Secretless migration report\n\n");
            text.Append("| Project | Findings | Secrets | Azure resources | Configuration keys |\n|---|---|---|---|---|\n");
            foreach (var (json, _) in projects)
            {
                var findings = json.Array("findings").OfType<JsonObject>().ToList();
                text.Append("| ").Append(json.String("project")).Append(json.String("targetFramework") is { Length: > 0 } tfm ? " (" + tfm + ")" : string.Empty)
                    .Append(" | ").Append(findings.Count.ToString(CultureInfo.InvariantCulture))
                    .Append(" | ").Append(findings.Count(f => f.String("redactedSecret") is not null).ToString(CultureInfo.InvariantCulture))
                    .Append(" | ").Append(json.Array("resources").Count.ToString(CultureInfo.InvariantCulture))
                    .Append(" | ").Append(json.Array("configurationKeys").Count.ToString(CultureInfo.InvariantCulture)).Append(" |\n");
            }

            text.Append('\n');
            foreach (var (_, markdown) in projects)
            {
                text.Append(markdown).Append('\n');
            }

            return text.ToString();
        }

        /// <summary>FNV-1a of the path: the same name for the same project in every build.</summary>
        private static string StableHash(string text)
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = unchecked((hash ^ c) * 16777619u);
            }

            return hash.ToString("x8", CultureInfo.InvariantCulture);
        }

        private static IDisposable Lock(string path)
        {
            // Another project's build may hold it for the few milliseconds of its own merge.
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                }
                catch (IOException) when (attempt < 200)
                {
                    Thread.Sleep(50);
                }
            }
        }
    }

    /// <summary>An ordered JSON object.</summary>
    public sealed class JsonObject : List<KeyValuePair<string, object?>>
    {
        public void Add(string key, object? value) => Add(new KeyValuePair<string, object?>(key, value));

        public object? Get(string key)
        {
            foreach (var entry in this)
            {
                if (entry.Key == key)
                {
                    return entry.Value;
                }
            }

            return null;
        }

        public string? String(string key) => Get(key) as string;

        public int? Int(string key) => Get(key) is double number ? (int)number : null;

        public JsonObject? Object(string key) => Get(key) as JsonObject;

        public List<object?> Array(string key) => Get(key) as List<object?> ?? new List<object?>();
    }

    /// <summary>
    /// Just enough JSON: objects (<see cref="JsonObject"/>), arrays (<c>List&lt;object?&gt;</c>), strings, numbers
    /// (double), booleans and null. Input is the compiler's own log, so errors throw <see cref="FormatException"/>.
    /// </summary>
    public static class Json
    {
        private const int MaxDepth = 128;

        public static object? Parse(string text)
        {
            var position = 0;
            var value = ParseValue(text, ref position, 0);
            SkipWhitespace(text, ref position);
            if (position != text.Length)
            {
                throw new FormatException("Unexpected text after the JSON value at " + position.ToString(CultureInfo.InvariantCulture) + ".");
            }

            return value;
        }

        public static string Write(object? value)
        {
            var text = new StringBuilder();
            WriteValue(text, value, 0);
            return text.ToString();
        }

        private static object? ParseValue(string text, ref int position, int depth)
        {
            if (depth > MaxDepth)
            {
                throw new FormatException("JSON nested too deeply.");
            }

            SkipWhitespace(text, ref position);
            if (position >= text.Length)
            {
                throw new FormatException("Unexpected end of JSON.");
            }

            switch (text[position])
            {
                case '{':
                    var obj = new JsonObject();
                    position++;
                    SkipWhitespace(text, ref position);
                    if (Peek(text, position) == '}')
                    {
                        position++;
                        return obj;
                    }

                    while (true)
                    {
                        SkipWhitespace(text, ref position);
                        var key = ParseString(text, ref position);
                        SkipWhitespace(text, ref position);
                        Expect(text, ref position, ':');
                        obj.Add(key, ParseValue(text, ref position, depth + 1));
                        SkipWhitespace(text, ref position);
                        if (Peek(text, position) == ',')
                        {
                            position++;
                            continue;
                        }

                        Expect(text, ref position, '}');
                        return obj;
                    }

                case '[':
                    var array = new List<object?>();
                    position++;
                    SkipWhitespace(text, ref position);
                    if (Peek(text, position) == ']')
                    {
                        position++;
                        return array;
                    }

                    while (true)
                    {
                        array.Add(ParseValue(text, ref position, depth + 1));
                        SkipWhitespace(text, ref position);
                        if (Peek(text, position) == ',')
                        {
                            position++;
                            continue;
                        }

                        Expect(text, ref position, ']');
                        return array;
                    }

                case '"':
                    return ParseString(text, ref position);
                case 't':
                    return Literal(text, ref position, "true", true);
                case 'f':
                    return Literal(text, ref position, "false", false);
                case 'n':
                    return Literal(text, ref position, "null", null);
                default:
                    var start = position;
                    while (position < text.Length && "+-0123456789.eE".IndexOf(text[position]) >= 0)
                    {
                        position++;
                    }

                    if (start == position || !double.TryParse(text.Substring(start, position - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    {
                        throw new FormatException("Unexpected character in JSON at " + start.ToString(CultureInfo.InvariantCulture) + ".");
                    }

                    return number;
            }
        }

        private static string ParseString(string text, ref int position)
        {
            Expect(text, ref position, '"');
            var value = new StringBuilder();
            while (position < text.Length)
            {
                var c = text[position++];
                if (c == '"')
                {
                    return value.ToString();
                }

                if (c != '\\')
                {
                    value.Append(c);
                    continue;
                }

                if (position >= text.Length)
                {
                    break;
                }

                var escaped = text[position++];
                switch (escaped)
                {
                    case 'n': value.Append('\n'); break;
                    case 'r': value.Append('\r'); break;
                    case 't': value.Append('\t'); break;
                    case 'b': value.Append('\b'); break;
                    case 'f': value.Append('\f'); break;
                    case 'u':
                        if (position + 4 > text.Length || !int.TryParse(text.Substring(position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                        {
                            throw new FormatException("Bad \\u escape in JSON.");
                        }

                        value.Append((char)code);
                        position += 4;
                        break;
                    default: value.Append(escaped); break;
                }
            }

            throw new FormatException("Unterminated JSON string.");
        }

        private static object? Literal(string text, ref int position, string word, object? value)
        {
            if (string.CompareOrdinal(text, position, word, 0, word.Length) != 0)
            {
                throw new FormatException("Unexpected word in JSON at " + position.ToString(CultureInfo.InvariantCulture) + ".");
            }

            position += word.Length;
            return value;
        }

        private static char Peek(string text, int position) => position < text.Length ? text[position] : '\0';

        private static void Expect(string text, ref int position, char expected)
        {
            if (Peek(text, position) != expected)
            {
                throw new FormatException("Expected '" + expected + "' in JSON at " + position.ToString(CultureInfo.InvariantCulture) + ".");
            }

            position++;
        }

        private static void SkipWhitespace(string text, ref int position)
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }
        }

        private static void WriteValue(StringBuilder text, object? value, int indent)
        {
            switch (value)
            {
                case null:
                    text.Append("null");
                    break;
                case string s:
                    WriteString(text, s);
                    break;
                case bool b:
                    text.Append(b ? "true" : "false");
                    break;
                case int i:
                    text.Append(i.ToString(CultureInfo.InvariantCulture));
                    break;
                case double d:
                    text.Append(d.ToString("R", CultureInfo.InvariantCulture));
                    break;
                case JsonObject obj:
                    WriteContainer(text, obj, indent, '{', '}', (entry, inner) =>
                    {
                        WriteString(text, entry.Key);
                        text.Append(": ");
                        WriteValue(text, entry.Value, inner);
                    });
                    break;
                case List<object?> array:
                    WriteContainer(text, array, indent, '[', ']', (item, inner) => WriteValue(text, item, inner));
                    break;
                default:
                    WriteString(text, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
                    break;
            }
        }

        private static void WriteContainer<T>(StringBuilder text, List<T> items, int indent, char open, char close, Action<T, int> write)
        {
            text.Append(open);
            if (items.Count == 0)
            {
                text.Append(close);
                return;
            }

            for (var i = 0; i < items.Count; i++)
            {
                text.Append(i == 0 ? "\n" : ",\n").Append(' ', 2 * (indent + 1));
                write(items[i], indent + 1);
            }

            text.Append('\n').Append(' ', 2 * indent).Append(close);
        }

        private static void WriteString(StringBuilder text, string value)
        {
            text.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': text.Append("\\\""); break;
                    case '\\': text.Append("\\\\"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\t': text.Append("\\t"); break;
                    default:
                        if (c < ' ')
                        {
                            text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            text.Append(c);
                        }

                        break;
                }
            }

            text.Append('"');
        }
    }
}
