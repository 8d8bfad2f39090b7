using System;
using System.Collections.Generic;
using SecretlessAnalyzers.Reporting.Azure;
using SecretlessAnalyzers.Reporting.Model;
using SecretlessAnalyzers.Reporting.Roles;

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

        /// <summary>
        /// The setting SL2001's fix introduces, by its convention: the key without <c>ConnectionStrings:</c>, then the
        /// service's endpoint setting (<c>:ServiceUri</c>, <c>:FullyQualifiedNamespace</c>, <c>:AccountEndpoint</c>,
        /// <c>:Endpoint</c>); with its value when a finding names the resource.
        /// </summary>
        private static (string? Setting, string? Value) EndpointSetting(Finding finding, string key, IReadOnlyList<Finding> findings)
        {
            var name = key.StartsWith(ConnectionStrings, StringComparison.OrdinalIgnoreCase) ? key.Substring(ConnectionStrings.Length) : key;
            var service = finding.Property("Service") ?? string.Empty;
            var resource = finding.Property("Resource") ?? RoleMerger.ResourceOfSameSetting(finding, service, findings);
            var facts = AzureServices.Find(service, resource);
            if (facts?.EndpointSetting is not { } suffix)
            {
                return (null, null);
            }

            var value = resource is null ? null : facts.Id switch
            {
                "storage" => "https://" + resource + "." + StorageService(finding.Property("Role") ?? string.Empty) + ".core.windows.net",
                "cosmosdb" => "https://" + resource + ".documents.azure.com:443/",
                "appconfiguration" => "https://" + resource,
                _ => resource,
            };
            return (name + suffix, value);
        }

        private static string StorageService(string role) =>
            role.Contains("Queue") ? "queue" : role.Contains("Table") ? "table" : "blob";
    }
}
