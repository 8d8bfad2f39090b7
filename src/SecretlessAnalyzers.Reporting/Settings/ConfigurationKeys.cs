using System;
using System.Collections.Generic;
using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Reporting.Azure;
using SecretlessAnalyzers.Reporting.Model;
using SecretlessAnalyzers.Reporting.Merging;

namespace SecretlessAnalyzers.Reporting.Settings
{
    /// <summary>The configuration settings that hold secrets: where they are, what reads them, and what replaces them.</summary>
    public static class ConfigurationKeys
    {
        private const string ConnectionStrings = "ConnectionStrings:";

        public static IEnumerable<ConfigurationKeyToDelete> Of(IReadOnlyList<Finding> findings)
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

                // Clients of several storage services that read one key (blob and queue) each read a setting of their own.
                if (finding.RuleId == "SL2001" && finding.Property("FixBlocker") is null
                    && EndpointSetting(finding, key, findings) is { } setting
                    && !entry.NewSettings.Exists(s => string.Equals(s.Setting, setting.Setting, StringComparison.OrdinalIgnoreCase)))
                {
                    entry.NewSettings.Add(setting);
                }

                var list = finding.InSourceCode ? entry.ReadAt : entry.Files;
                if (!list.Contains(finding.Where))
                {
                    list.Add(finding.Where);
                }
            }

            return keys.Values;
        }

        /// <summary>
        /// The setting SL2001's fix introduces, by its convention: the key without <c>ConnectionStrings:</c>, then the
        /// catalog's setting of the endpoint (<see cref="EndpointSettingNames"/>: for storage the one of the part the
        /// client works on, the <c>ClientPart</c> property, else the part of its role: <c>:BlobServiceUri</c>,
        /// <c>:QueueServiceUri</c>...; <c>:FullyQualifiedNamespace</c>, <c>:AccountEndpoint</c>, <c>:Endpoint</c>); with
        /// its value when a finding names the resource. Null when the fix writes no setting for the service.
        /// </summary>
        private static NewEndpointSetting? EndpointSetting(Finding finding, string key, IReadOnlyList<Finding> findings)
        {
            var name = key.StartsWith(ConnectionStrings, StringComparison.OrdinalIgnoreCase) ? key.Substring(ConnectionStrings.Length) : key;
            var service = finding.Property("Service") ?? string.Empty;
            var resource = finding.Property("Resource") ?? RoleMerger.ResourceOfSameSetting(finding, service, findings);
            var facts = ServiceFacts.Find(service, resource);
            if (facts is null)
            {
                return null;
            }

            var part = finding.Property("ClientPart") ?? AzureCatalog.RoleNamed(finding.Property("Role"))?.Part;
            var endpoint = (part is null ? null : facts.Endpoint(part)) ?? facts.Endpoint();
            if (endpoint?.Setting is not { } setting)
            {
                return null;
            }

            // Namespaces are written as their host name; the other endpoints come from the catalog's template.
            var value = resource is null ? null
                : setting == EndpointSettingNames.FullyQualifiedNamespace ? resource
                : endpoint.For(resource.Split('.')[0]);
            return new NewEndpointSetting(name + ":" + setting, value);
        }
    }
}
